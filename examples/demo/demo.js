// Each example's markup is written once, in its light stage. This fills the snippet above it with
// that markup (as a portal editor would paste it) and adds a dark copy beside it. It runs before
// the elements are defined (module scripts run in order), so it copies the markup as written.
const dedent = (text) => {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

const kfElements = (root) => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('kf-'));

for (const example of document.querySelectorAll('.example')) {
  const light = example.querySelector('.stage.light');
  // innerHTML writes boolean attributes as with-change=""; a person writes with-change.
  example.querySelector('.snippet').textContent = dedent(light.innerHTML).replace(/=""/g, '');
  const dark = light.cloneNode(true);
  dark.classList.replace('light', 'dark');
  for (const el of kfElements(light)) el.setAttribute('theme', 'light');
  for (const el of kfElements(dark)) el.setAttribute('theme', 'dark');
  light.dataset.label = 'theme="light"';
  dark.dataset.label = 'theme="dark"';
  light.after(dark);
}
