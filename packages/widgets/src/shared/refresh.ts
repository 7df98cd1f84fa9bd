/**
 * The range of the `refresh` attribute, in seconds. Below 5 s a page of figures would hammer its
 * server for numbers that change a few times a day; above an hour it would no longer be live.
 */
export const REFRESH = { min: 5, max: 3600, default: 60 } as const;

/**
 * `refresh` seconds as the milliseconds the live source waits, and why it was changed: NaN (a
 * non-number attribute) is the default, values out of range are clamped.
 */
export function refreshMs(seconds: number | undefined): { ms: number; warning: string | undefined } {
  const s = seconds ?? REFRESH.default;
  const clamped = Number.isNaN(s) ? REFRESH.default : Math.min(REFRESH.max, Math.max(REFRESH.min, s));
  const warning = clamped === s ? undefined : `refresh="${seconds}" is not between ${REFRESH.min} and ${REFRESH.max} seconds; using ${clamped}`;
  return { ms: clamped * 1000, warning };
}
