// custom-elements.json from the classes' JSDoc: `npm run build` runs
// `cem analyze --config custom-elements-manifest.config.mjs` in this folder (scripts/build.mjs).
import { posix } from 'node:path';

/** The one module that registers tags: its `elements` object maps each tag to its class. */
const DEFINE_MODULE = 'src/shared/define-all.ts';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  plugins: [tagsFromDefineAll(), publicApiOnly()],
};

/**
 * Tags are registered by defineAll() from the `elements` map in define-all.ts, not by a
 * customElements.define('kf-…', …) call the analyzer would see. This reads that map and adds the
 * custom-element-definition exports the analyzer links each class to its tag by.
 */
function tagsFromDefineAll() {
  const importedFrom = new Map();
  return {
    name: 'keyfigures-tags-from-define-all',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== DEFINE_MODULE) return;
      if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
        const from = posix.normalize(posix.join(posix.dirname(DEFINE_MODULE), node.moduleSpecifier.text)).replace(/\.js$/, '.ts');
        for (const el of node.importClause.namedBindings.elements) importedFrom.set(el.name.text, from);
        return;
      }
      if (!ts.isVariableDeclaration(node) || node.name.getText() !== 'elements' || !node.initializer) return;
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.initializer)) continue;
        const tag = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText();
        const name = prop.initializer.text;
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name, module: importedFrom.get(name) ?? DEFINE_MODULE },
        });
      }
    },
  };
}

/**
 * The manifest documents the public API: protected/private members (renderReady, the data
 * controller, @state fields) and Lit's static `styles` are implementation, so they go. Events
 * documented by `@event` and also found in a dispatchEvent call are listed once. An event a class
 * documents itself keeps that documentation: the analyzer's inheritance step would otherwise
 * replace its detail type (`{code: string, message: string}`) with the base class's `CustomEvent`.
 */
function publicApiOnly() {
  const ownEvents = new Map(); // class name → its own @event entries, before inheritance
  return {
    name: 'keyfigures-public-api-only',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind === 'class' && decl.events?.length) ownEvents.set(decl.name, decl.events.map((e) => structuredClone(e)));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (decl.members) {
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !(m.static && m.name === 'styles'),
            );
          }
          if (decl.events) {
            const own = new Map((ownEvents.get(decl.name) ?? []).filter((e) => e.description).map((e) => [e.name, e]));
            decl.events = decl.events.map((e) => own.get(e.name) ?? e);
            const byName = new Map();
            for (const e of decl.events) {
              if (!e.name) continue; // a dispatch of a computed event type (the data controller's emit)
              const seen = byName.get(e.name);
              // Keep the documented one (it has a description and the detail type).
              if (!seen || (!seen.description && e.description)) byName.set(e.name, { ...seen, ...e });
            }
            decl.events = [...byName.values()];
          }
        }
      }
    },
  };
}
