import { useEffect, useState } from 'react';
import { KfDashboard, KfFigure, KfKpi } from '@keyfigures/react';
import type { KfErrorDetail, KfLoadEvent } from '@keyfigures/react';
import { locales } from './locale.js';
import type { Locale } from './locale.js';

/** Not an id of the dataset: choosing it shows what onKfError reports. */
const MISSPELT = 'new-foreign-enterprise';

export function App() {
  const [locale, setLocale] = useState<Locale>('en');
  const [indicator, setIndicator] = useState('new-foreign-enterprises');
  // The ids come from the dataset the card loaded (onKfLoad), not from a list kept here.
  const [ids, setIds] = useState<string[]>([]);
  const [error, setError] = useState<KfErrorDetail>();
  const t = locales[locale];

  // The page's language follows the switch, for screen readers and the browser's fonts.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.title;
  }, [locale, t]);

  const loaded = (e: KfLoadEvent) => {
    setIds(e.detail.dataset.indicators.map((i) => i.id));
    setError(undefined);
  };

  return (
    <main className="page">
      <p>
        <a href="../">← All examples</a>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>

      <fieldset className="switch">
        <legend>{t.language}</legend>
        {(Object.keys(locales) as Locale[]).map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name="locale" value={l} checked={l === locale} onChange={() => setLocale(l)} /> {locales[l].name}
          </label>
        ))}
      </fieldset>

      <p className="sentence">
        {t.sentence(
          <KfFigure indicator="new-foreign-enterprises" locale={locale} withChange />,
          <KfFigure indicator="fortune-500-companies" locale={locale} />,
        )}
      </p>

      <section aria-labelledby="card-heading">
        <h2 id="card-heading">{t.card}</h2>
        <label className="field">
          {t.indicator}{' '}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {(ids.length ? ids : [indicator]).map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
            <option value={MISSPELT}>{t.misspelt}</option>
          </select>
        </label>
        <div className="card-row">
          <KfKpi
            indicator={indicator}
            locale={locale}
            onKfLoad={loaded}
            onKfUpdate={() => setError(undefined)}
            onKfError={(e) => setError(e.detail)}
          />
          <p className="errors" role="status">
            {error ? (
              <>
                <code>{t.error}</code> <code>{error.code}</code>: {error.message}
              </>
            ) : (
              t.noErrors
            )}
          </p>
        </div>
      </section>

      <section aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">{t.dashboard}</h2>
        <KfDashboard locale={locale} headingLevel={3} onKfError={(e) => setError(e.detail)} />
      </section>
    </main>
  );
}
