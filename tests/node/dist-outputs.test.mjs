// What `npm run build` ships (issue 4): the outputs exist with their source maps; the classic
// script is a script; per-element entries import only their own chunks and no other element's
// code; the build without data has no dataset in it; every target of the packages' `exports`
// exists; `sideEffects` names exactly the modules that define elements; the editor data matches
// the manifest. Reads packages/*/dist as the build left it (npm test builds first).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { Script } from 'node:vm';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parseAst } from 'rollup/parseAst';
import { closure, importsOf } from '../../scripts/size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const dist = join(widgets, 'dist');
const TAGS = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];
const ONE_FILE = ['keyfigures.js', 'keyfigures.iife.js', 'keyfigures.nodata.js'];

const text = (file) => readFileSync(file, 'utf8');
const json = (file) => JSON.parse(text(file));
const rel = (file) => relative(root, file);

/** Files under `dir`, relative to it, with `/` separators. */
function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** A package.json path pattern (`./dist/elements/*.js`) as a RegExp; `*` stays within one folder, as bundlers read sideEffects. */
const glob = (pattern) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** The source files (package-relative) a built file was made from, from its source map. */
function sourcesOf(file) {
  const map = json(`${file}.map`);
  return map.sources.map((s) => rel(resolve(dirname(file), map.sourceRoot ?? '', s)));
}

before(() => {
  if (!existsSync(join(dist, 'keyfigures.js'))) throw new Error(`${rel(dist)} is not built: run \`npm run build\` first.`);
});

describe('built outputs of @keyfigures/widgets', () => {
  for (const name of [...ONE_FILE, ...TAGS.map((t) => `elements/${t}.js`)]) {
    it(`dist/${name} exists, with a source map it names`, () => {
      const file = join(dist, name);
      expect(existsSync(file), rel(file)).to.equal(true);
      expect(text(file)).to.match(new RegExp(`//# sourceMappingURL=${name.split('/').pop().replace(/\./g, '\\.')}\\.map\\s*$`));
      expect(existsSync(`${file}.map`), `${rel(file)}.map`).to.equal(true);
    });
  }

  it('every chunk of dist/elements/ has a source map, and every source a map names exists', () => {
    const files = listFiles(join(dist, 'elements')).filter((f) => f.endsWith('.js'));
    for (const f of files) {
      const file = join(dist, 'elements', f);
      expect(existsSync(`${file}.map`), `${rel(file)}.map`).to.equal(true);
      for (const src of sourcesOf(file)) expect(existsSync(join(root, src)), `${src} (in ${f}.map)`).to.equal(true);
    }
  });

  it('the one-file builds (drop-in, IIFE, nodata) map back to existing sources, ours among them', () => {
    for (const name of ONE_FILE) {
      const sources = sourcesOf(join(dist, name));
      expect(sources.filter((s) => !existsSync(join(root, s))), `missing sources of ${name}`).to.deep.equal([]);
      expect(sources, name).to.include('packages/widgets/src/shared/define-elements.ts');
    }
  });

  // terser drops the code's comments; the styles' are scripts/minify-css-literals.mjs's to drop.
  // One of them with an apostrophe once shipped ~3 KB gzip of comments and indentation.
  it('no built file ships a CSS comment or a line of indented style text', () => {
    const files = [...ONE_FILE, ...listFiles(join(dist, 'elements')).filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)];
    for (const name of files) {
      const code = text(join(dist, name));
      const at = code.search(/\/\*|\n {2,}[a-z-]+: /);
      expect(at, `${name}: …${code.slice(Math.max(0, at - 60), at + 60)}…`).to.equal(-1);
    }
  });
});

describe('dist/keyfigures.iife.js: a classic script', () => {
  const code = () => text(join(dist, 'keyfigures.iife.js'));

  it('parses as a classic script (no import or export statement)', () => {
    expect(() => new Script(code(), { filename: 'keyfigures.iife.js' })).not.to.throw();
  });

  it('has no import() either', () => {
    expect(importsOf(code())).to.deep.equal([]);
  });

  it('is one statement: `var keyfigures = …`, the one global', () => {
    const body = parseAst(code()).body;
    expect(body.map((n) => n.type)).to.deep.equal(['VariableDeclaration']);
    expect(body[0].kind).to.equal('var');
    expect(body[0].declarations.map((d) => d.id.name)).to.deep.equal(['keyfigures']);
  });
});

describe('dist/elements/: per-element entries', () => {
  const entry = (tag) => join(dist, 'elements', `${tag}.js`);

  it('has one entry per element, and nothing else beside chunks/', () => {
    const top = readdirSync(join(dist, 'elements')).filter((f) => !f.endsWith('.map'));
    expect(top.sort()).to.deep.equal([...TAGS.map((t) => `${t}.js`), 'chunks'].sort());
  });

  for (const tag of TAGS) {
    it(`${tag}.js imports only relative chunks under chunks/, which exist`, () => {
      const { files, lazy } = closure(entry(tag));
      for (const file of [...files, ...lazy].map((f) => f.file)) {
        for (const { specifier } of importsOf(text(file))) {
          expect(specifier, `in ${rel(file)}`).to.match(/^\.\.?\//);
          const target = resolve(dirname(file), specifier);
          expect(rel(target), `imported by ${rel(file)}`).to.match(/^packages\/widgets\/dist\/elements\/chunks\/[^/]+\.js$/);
          expect(existsSync(target), rel(target)).to.equal(true);
        }
      }
    });
  }

  /** The element folders of widgets/src whose code `tag`'s entry loads before it can show. */
  const elementFolders = (tag) => {
    const folders = new Set();
    for (const { file } of closure(entry(tag)).files) {
      for (const src of sourcesOf(file)) {
        const m = /^packages\/widgets\/src\/(bars|dashboard|figure|kpi|progress|timeline|waffle)\//.exec(src);
        if (m) folders.add(m[1]);
      }
    }
    return [...folders].sort();
  };

  it('kf-figure.js loads the code of kf-figure only, no other element', () => {
    expect(elementFolders('kf-figure')).to.deep.equal(['figure']);
  });

  it('kf-kpi.js loads the code of kf-kpi only', () => {
    expect(elementFolders('kf-kpi')).to.deep.equal(['kpi']);
  });

  it('kf-dashboard.js loads the dashboard and the elements it composes (kpi, progress, waffle, timeline)', () => {
    expect(elementFolders('kf-dashboard')).to.deep.equal(['dashboard', 'kpi', 'progress', 'timeline', 'waffle']);
  });

  it("the SDK's validator is not loaded up front, but on demand (a chunk reached only by import())", () => {
    const validator = ['packages/sdk/src/schema-check.ts', 'packages/sdk/src/schema.ts', 'packages/sdk/src/validate.ts'];
    for (const tag of TAGS) {
      const { files, lazy } = closure(entry(tag));
      const upFront = files.flatMap((f) => sourcesOf(f.file));
      const onDemand = lazy.flatMap((f) => sourcesOf(f.file));
      expect(validator.filter((v) => upFront.includes(v)), `${tag} loads up front`).to.deep.equal([]);
      expect(validator.filter((v) => !onDemand.includes(v)), `${tag} cannot load on demand`).to.deep.equal([]);
    }
  });
});

describe('dist/keyfigures.nodata.js: no embedded dataset', () => {
  const dataset = json(join(root, 'packages/data/chongqing-commerce-2024.json'));
  const quotes = dataset.indicators.flatMap((i) => i.observations.map((o) => o.quote)).filter(Boolean);

  it('the dataset has quotes to look for, and the drop-in (with data) contains them', () => {
    expect(quotes.length).to.be.greaterThan(5);
    const dropIn = text(join(dist, 'keyfigures.js'));
    expect(quotes.filter((q) => !dropIn.includes(q)), 'quotes missing from keyfigures.js').to.deep.equal([]);
  });

  it('contains none of the quotes, nor the dataset id', () => {
    const nodata = text(join(dist, 'keyfigures.nodata.js'));
    expect(quotes.filter((q) => nodata.includes(q)), 'quotes in keyfigures.nodata.js').to.deep.equal([]);
    expect(nodata).not.to.contain(dataset.id);
  });

  it('still has the validator and the "no dataset" message', () => {
    const nodata = text(join(dist, 'keyfigures.nodata.js'));
    expect(nodata).to.contain('no dataset: set the src attribute');
    expect(nodata).to.contain('#/$defs/Dataset');
  });
});

describe('package.json of each package', () => {
  const packages = readdirSync(join(root, 'packages')).filter((p) => existsSync(join(root, 'packages', p, 'package.json')));

  /** Every [subpath, condition, target] of an exports map, conditions flattened. */
  const targetsOf = (exports) =>
    Object.entries(exports).flatMap(([subpath, value]) =>
      typeof value === 'string' ? [[subpath, 'default', value]] : Object.entries(value).map(([condition, target]) => [subpath, condition, target]),
    );

  for (const name of packages) {
    const dir = join(root, 'packages', name);
    const pkg = json(join(dir, 'package.json'));
    if (!pkg.exports) continue;

    it(`${pkg.name}: every exports target exists (each match of a * pattern, with its types)`, () => {
      const files = listFiles(dir).filter((f) => !f.startsWith('node_modules/'));
      for (const [subpath, condition, target] of targetsOf(pkg.exports)) {
        if (!target.includes('*')) {
          expect(existsSync(join(dir, target)), `${pkg.name} "${subpath}" ${condition} → ${target}`).to.equal(true);
          continue;
        }
        // A pattern: the default target's matches name the stems; every condition must have each.
        const defaults = pkg.exports[subpath].default ?? target;
        const stems = files.map((f) => glob(defaults).exec(f) && f).filter(Boolean).map((f) => {
          const [head, tail] = defaults.replace(/^\.\//, '').split('*');
          return f.slice(head.length, f.length - tail.length);
        });
        expect(stems.length, `${pkg.name} "${subpath}" matches no file`).to.be.greaterThan(0);
        for (const stem of stems) {
          const file = target.replace('*', stem);
          expect(existsSync(join(dir, file)), `${pkg.name} "${subpath.replace('*', stem)}" ${condition} → ${file}`).to.equal(true);
        }
      }
    });

    it(`${pkg.name}: every JavaScript entry of exports has types`, () => {
      for (const [subpath, value] of Object.entries(pkg.exports)) {
        const target = typeof value === 'string' ? value : (value.default ?? value.import ?? '');
        if (!target.endsWith('.js')) continue;
        expect(typeof value === 'object' && value.types, `${pkg.name} "${subpath}" types`).to.be.a('string');
      }
    });
  }

  describe('@keyfigures/widgets', () => {
    const pkg = json(join(widgets, 'package.json'));
    const patterns = () => pkg.sideEffects.map(glob);
    const matched = (file) => patterns().some((p) => p.test(file));
    const files = () => listFiles(widgets).filter((f) => /^(src|dist)\//.test(f) && /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'));

    /** Source modules that register tags when imported: a top-level defineAll() or defineElements(…) call. */
    const defining = () =>
      files()
        .filter((f) => f.startsWith('src/'))
        .filter((f) => /^(defineAll\(|defineElements\()/m.test(text(join(widgets, f))));

    it('sideEffects names every source module that defines elements', () => {
      const found = defining();
      expect(found).to.include.members(['src/define.ts', ...TAGS.map((t) => `src/define/${t}.ts`), 'src/define/global.ts']);
      expect(found.filter((f) => !matched(f)), 'defining modules not in sideEffects').to.deep.equal([]);
    });

    it('sideEffects names every built module that defines elements', () => {
      const built = ['dist/define.js', ...TAGS.map((t) => `dist/define/${t}.js`), ...TAGS.map((t) => `dist/elements/${t}.js`), ...ONE_FILE.map((f) => `dist/${f}`)];
      for (const f of built) expect(existsSync(join(widgets, f)), f).to.equal(true);
      expect(built.filter((f) => !matched(f)), 'not in sideEffects').to.deep.equal([]);
    });

    it('sideEffects names nothing else: classes, shared code and chunks are side-effect free', () => {
      const defines = new Set([...defining(), ...defining().map((f) => f.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'))]);
      const others = files().filter((f) => !defines.has(f) && !/^dist\/(elements\/kf-[^/]+|keyfigures[^/]*)\.js$/.test(f));
      expect(others).to.include.members(['src/index.ts', 'dist/index.js', 'src/shared/define-all.ts', 'src/shared/define-elements.ts']);
      expect(others.filter(matched), 'side-effect-free modules in sideEffects').to.deep.equal([]);
    });

    it('"customElements" and "web-types" point at files the build wrote', () => {
      expect(existsSync(join(widgets, pkg.customElements)), pkg.customElements).to.equal(true);
      expect(existsSync(join(widgets, pkg['web-types'])), pkg['web-types']).to.equal(true);
    });
  });
});

describe('editor data from custom-elements.json', () => {
  const manifest = () => json(join(widgets, 'custom-elements.json'));
  const tagsOf = (m) => m.modules.flatMap((x) => x.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName).sort();

  it('dist/vscode.html-custom-data.json: version 1.1, every tag of the manifest with its attributes', () => {
    const data = json(join(dist, 'vscode.html-custom-data.json'));
    expect(data.version).to.equal(1.1);
    expect(data.tags.map((t) => t.name).sort()).to.deep.equal(tagsOf(manifest()));
    expect(data.tags.map((t) => t.name).sort()).to.deep.equal([...TAGS].sort());
    const figure = data.tags.find((t) => t.name === 'kf-figure');
    expect(figure.attributes.map((a) => a.name)).to.include.members(['indicator', 'src', 'locale', 'theme']);
    expect(figure.attributes.find((a) => a.name === 'theme').values.map((v) => v.name)).to.deep.equal(['light', 'dark', 'auto']);
    expect(figure.attributes.find((a) => a.name === 'with-change').valueSet, 'a boolean attribute').to.equal('v');
  });

  it('dist/web-types.json: the package name and version, every tag with attributes, events and CSS', () => {
    const pkg = json(join(widgets, 'package.json'));
    const data = json(join(dist, 'web-types.json'));
    expect([data.name, data.version]).to.deep.equal([pkg.name, pkg.version]);
    const elements = data.contributions.html.elements;
    expect(elements.map((e) => e.name).sort()).to.deep.equal([...TAGS].sort());
    const progress = elements.find((e) => e.name === 'kf-progress');
    expect(progress.attributes.find((a) => a.name === 'variant').value.type).to.equal("'bar' | 'ring'");
    expect(progress.events.map((e) => e.name)).to.include.members(['kf-load', 'kf-update', 'kf-error']);
    expect(progress.css.properties.map((p) => p.name)).to.include('--kf-accent');
    expect(data.contributions.css.properties.map((p) => p.name)).to.include('--kf-accent');
  });
});
