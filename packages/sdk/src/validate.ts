import { evaluateFormula, roundTo } from './derive.js';
import { ErrorCode, KeyfiguresError } from './errors.js';
import { DatasetValidationError } from './validation-error.js';
import type { Dataset, Indicator } from './model.js';
import { adopt } from './owner.js';
import type { Problem } from './problem.js';
import { LIMITS, checkSchema } from './schema-check.js';
import { datasetSchema } from './schema.js';
import { PLACEHOLDERS, isPlaceholder, placeholdersOf } from './template.js';

export type ValidationResult = { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks that `input` is a keyfigures dataset: first its shape against the JSON Schema, then the
 * rules a schema cannot say (unique ids, references that resolve, a quote for every stated value,
 * a formula for every derived one that reproduces it). Never throws; returns every problem found.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems = checkSchema(input, datasetSchema);
  if (problems.length) return { ok: false, problems };
  const dataset = input as Dataset;
  const rules: Problem[] = [];
  checkRules(dataset, (path, message) => {
    if (rules.length < LIMITS.maxProblems) rules.push({ path, message });
  });
  if (rules.length) return { ok: false, problems: rules };
  adopt(dataset);
  return { ok: true, dataset };
}

/**
 * Parses (when given JSON text) and validates a dataset, returning it typed. Throws KeyfiguresError
 * 'invalid-json' for text that is not JSON and DatasetValidationError for a dataset that is not valid.
 */
export function loadDataset(input: unknown): Dataset {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new KeyfiguresError(ErrorCode.invalidJson, `dataset is not valid JSON: ${(e as Error).message}`);
    }
  }
  const result = validateDataset(value);
  if (!result.ok) throw new DatasetValidationError(result.problems);
  return result.dataset;
}

type Report = (path: string, message: string) => void;

function checkRules(d: Dataset, report: Report): void {
  const sources = unique(d.sources, 'sources', report);
  const themes = unique(d.themes, 'themes', report);
  const indicators = unique(d.indicators, 'indicators', report);
  unique(d.events, 'events', report);
  const ref = (set: Set<string>, what: string) => (id: string | undefined, path: string) => {
    if (id !== undefined && !set.has(id)) report(path, `no ${what} has the id "${id}"; known: ${[...set].join(', ')}`);
  };
  const source = ref(sources, 'source');
  const theme = ref(themes, 'theme');
  const indicator = ref(indicators, 'indicator');

  d.themes.forEach((t, i) => source(t.source, `themes[${i}].source`));
  d.events.forEach((e, i) => {
    source(e.source, `events[${i}].source`);
    e.themes?.forEach((t, j) => theme(t, `events[${i}].themes[${j}]`));
    e.indicators?.forEach((t, j) => indicator(t, `events[${i}].indicators[${j}]`));
  });
  d.indicators.forEach((ind, i) => {
    const at = `indicators[${i}]`;
    ind.themes.forEach((t, j) => theme(t, `${at}.themes[${j}]`));
    if (ind.items) unique(ind.items, `${at}.items`, report);
    checkObservations(d, ind, at, report, source);
    checkSentence(ind, at, report);
  });
}

function unique(list: readonly { readonly id: string }[], path: string, report: Report): Set<string> {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) report(`${path}[${i}].id`, `"${x.id}" is used twice; ids must be unique`);
    seen.add(x.id);
  });
  return seen;
}

function checkObservations(d: Dataset, ind: Indicator, at: string, report: Report, source: (id: string | undefined, path: string) => void): void {
  const seen = new Set<string>();
  ind.observations.forEach((o, j) => {
    const p = `${at}.observations[${j}]`;
    const key = `${o.measure}@${o.period}`;
    if (seen.has(key)) report(p, `a second ${o.measure} for ${o.period}; each measure has one value per period`);
    seen.add(key);
    source(o.source, `${p}.source`);
    if (!o.derived && o.quote === undefined) {
      report(`${p}.quote`, 'is required for a stated value: add the verbatim text of the source, or mark the value derived with a formula');
    }
    if (o.derived && o.quote !== undefined) report(`${p}.quote`, 'a derived value is not stated by the source; remove the quote or the derivation');
    if ((o.qualifier === 'range') !== (o.upper !== undefined)) {
      report(o.upper === undefined ? `${p}.upper` : `${p}.qualifier`, 'a range needs both qualifier "range" and an upper value');
    } else if (o.upper !== undefined && o.upper <= o.value) {
      report(`${p}.upper`, `must be greater than value (${o.value}), got ${o.upper}`);
    }
    if ((o.measure === 'change') !== (o.change !== undefined)) {
      report(`${p}.change`, o.change ? 'only a change observation has a change basis' : 'is required when the measure is change');
    }
    if (ind.total && o.measure === 'level' && o.value > ind.total.value) {
      report(`${p}.value`, `${o.value} is more than the total ${ind.total.value} it is a share of`);
    }
    if (o.derived) {
      try {
        const computed = evaluateFormula(d, ind, o.derived.formula);
        const decimals = o.derived.decimals ?? 0;
        if (!Number.isFinite(computed)) report(`${p}.derived.formula`, `evaluates to ${computed}`);
        else if (Math.abs(roundTo(computed, decimals) - o.value) > 1e-9) {
          report(`${p}.value`, `is ${o.value}, but its formula gives ${roundTo(computed, decimals)} (rounded to ${decimals} decimals)`);
        }
      } catch (e) {
        report(`${p}.derived.formula`, (e as Error).message);
      }
    }
  });
}

function checkSentence(ind: Indicator, at: string, report: Report): void {
  if (!ind.sentence) return;
  const has = {
    'level-or-target': ind.observations.some((o) => !o.derived && (o.measure === 'level' || o.measure === 'target')),
    change: ind.observations.some((o) => !o.derived && o.measure === 'change'),
    target: ind.observations.some((o) => !o.derived && o.measure === 'target'),
    total: ind.total !== undefined,
    nothing: true,
  };
  for (const [locale, template] of Object.entries(ind.sentence)) {
    for (const name of placeholdersOf(template)) {
      const path = `${at}.sentence[${JSON.stringify(locale)}]`;
      if (!isPlaceholder(name)) report(path, `unknown placeholder {${name}}; known: ${Object.keys(PLACEHOLDERS).map((k) => `{${k}}`).join(' ')}`);
      else if (!has[PLACEHOLDERS[name]]) report(path, `{${name}} needs the indicator to have a stated ${PLACEHOLDERS[name].replace('level-or-target', 'level or target')}`);
    }
  }
}
