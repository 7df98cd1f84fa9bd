// A classic script (no `type="module"`) that uses the global the IIFE build defines. In its own
// file, not inline, so that a strict Content-Security-Policy (script-src 'self') allows it.
(function () {
  'use strict';
  var status = document.getElementById('status');
  if (!window.keyfigures) {
    status.textContent = 'keyfigures.iife.js did not load.';
    return;
  }
  var defined = Object.keys(keyfigures.elements).filter(function (tag) {
    return customElements.get(tag) === keyfigures.elements[tag];
  });
  status.textContent = 'window.keyfigures is here, and has defined ';
  defined.forEach(function (tag, i) {
    var code = document.createElement('code');
    code.textContent = tag;
    status.append(i ? ', ' : '', code);
  });
  status.append('.');

  // The cards read `locale` as an attribute (and property): switching it re-renders them in place.
  // (The figures in the English sentence above stay English.)
  var button = document.getElementById('switch-locale');
  var elements = document.querySelectorAll('.cards > *');
  button.hidden = false;
  button.addEventListener('click', function () {
    // The button names the language it switches to, in that language.
    var to = button.lang;
    for (var i = 0; i < elements.length; i++) elements[i].setAttribute('locale', to);
    button.lang = to === 'zh-CN' ? 'en' : 'zh-CN';
    button.textContent = to === 'zh-CN' ? 'English' : '中文';
  });
})();
