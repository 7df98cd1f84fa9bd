// Editor data from a custom-elements.json, so that editors complete and document the tags,
// their attributes and values, events, CSS parts and custom properties:
//   dist/vscode.html-custom-data.json  VS Code (`html.customData` setting)
//   dist/web-types.json                JetBrains IDEs (found through package.json "web-types")
// `npm run build` (scripts/build.mjs) writes both for every package with a custom-elements.json;
// `node scripts/editor-data.mjs packages/widgets` does it for one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The custom elements of a manifest: each class with a tagName. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The values an attribute takes, where its type says: a union of string literals
 * (`'bar' | 'ring'`), or the name of an `as const` object of the manifest (`Theme` →
 * `{ light: 'light', … }`) whose values are those strings. Otherwise none (free text).
 */
export function attributeValues(manifest, typeText = '') {
  const literals = (text) => [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length && parts.every((p) => /^(['"]).*\1$/.test(p))) return parts.map((p) => p.slice(1, -1));
  if (parts.length === 1 && /^[A-Z]\w*$/.test(parts[0])) {
    const constant = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.kind === 'variable' && d.name === parts[0] && /^\{[^{}]*\}$/s.test((d.type?.text ?? '').trim()));
    if (constant) return [...new Set(literals(constant.type.text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(\w+|'[^']*')\s*:/g, '')))];
  }
  return [];
}

const isBoolean = (a) => a.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean';

/** VS Code custom HTML data, version 1.1 (https://github.com/microsoft/vscode-custom-data). */
export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: elementDoc(el) },
      attributes: (el.attributes ?? []).map((a) => {
        const values = attributeValues(manifest, a.type?.text);
        return {
          name: a.name,
          description: { kind: 'markdown', value: attributeDoc(a) },
          // "v": VS Code's value set of a boolean (valueless) attribute.
          ...(isBoolean(a) ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types), HTML elements and CSS. */
export function webTypes(manifest, pkg) {
  const elements = elementsOf(manifest);
  const byName = (list) => [...new Map(list.map((x) => [x.name, x])).values()];
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: el.description ?? el.summary ?? '',
          attributes: (el.attributes ?? []).map((a) => {
            const values = attributeValues(manifest, a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default !== undefined && a.default !== 'undefined' ? { default: a.default } : {}),
              value: isBoolean(a)
                ? { kind: 'no-value', type: 'boolean' }
                : { kind: 'plain', type: values.length ? values.map((v) => `'${v}'`).join(' | ') : (a.type?.text ?? 'string').replace(/\s*\|\s*undefined/, '') },
            };
          }),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          css: {
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: cssPropertyDoc(p) })),
          },
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
        })),
      },
      css: {
        properties: byName(elements.flatMap((el) => el.cssProperties ?? [])).map((p) => ({ name: p.name, description: cssPropertyDoc(p) })),
        parts: byName(elements.flatMap((el) => el.cssParts ?? [])).map((p) => ({ name: p.name, description: p.description ?? '' })),
      },
    },
  };
}

function elementDoc(el) {
  const list = (title, items, line) => (items?.length ? `\n\n**${title}:** ${items.map(line).join(', ')}` : '');
  return (
    (el.description ?? el.summary ?? '') +
    list('Events', el.events, (e) => `\`${e.name}\``) +
    list('CSS parts', el.cssParts, (p) => `\`${p.name}\``) +
    list('CSS properties', el.cssProperties, (p) => `\`${p.name}\``)
  );
}

function attributeDoc(a) {
  return `${a.description ?? ''}${a.default !== undefined && a.default !== 'undefined' ? ` Default: \`${a.default}\`.` : ''}`;
}

function cssPropertyDoc(p) {
  return `${p.description ?? ''}${p.default ? ` Default: \`${p.default}\`.` : ''}`;
}

/** Writes both files into `packageDir`/dist from its custom-elements.json; returns their paths. */
export function writeEditorData(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const dist = join(packageDir, 'dist');
  mkdirSync(dist, { recursive: true });
  const files = {
    [join(dist, 'vscode.html-custom-data.json')]: vscodeCustomData(manifest),
    [join(dist, 'web-types.json')]: webTypes(manifest, pkg),
  };
  for (const [file, data] of Object.entries(files)) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/editor-data.mjs <package folder with a custom-elements.json>');
    process.exit(2);
  }
  for (const file of writeEditorData(resolve(dir))) console.log(file);
}
