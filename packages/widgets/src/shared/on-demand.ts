/**
 * A module loaded on first use, for the per-element builds' `*.lazy.ts` stand-ins (the validator,
 * the embedded dataset, the live sources). `get()` gives the value at once once loaded, else the
 * Promise of it; a failed load is forgotten, so the next `get()` tries again. `peek()` gives it
 * only when already loaded, without starting the load.
 */
export function onDemand<T>(load: () => Promise<T>): { get(): T | Promise<T>; peek(): T | undefined } {
  let loaded: { value: T } | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () =>
      loaded
        ? loaded.value
        : (loading ??= load().then(
            (value) => (loaded = { value }).value,
            (e: unknown) => {
              loading = undefined;
              throw e;
            },
          )),
    peek: () => loaded?.value,
  };
}
