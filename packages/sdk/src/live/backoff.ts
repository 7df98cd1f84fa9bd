/**
 * Milliseconds to wait after the `failures`-th failure in a row: the refresh interval doubled per
 * failure up to `cap` (never below `refresh`), with "equal jitter" — a random point in the upper
 * half — so that many readers who failed together do not retry together. Below the cap each wait
 * is at least the one before it (the lowest of one step is the highest of the step before); at
 * the cap it stays between cap / 2 and cap.
 */
export function backoffDelay(failures: number, refresh: number, cap: number, random: () => number = Math.random): number {
  const top = Math.max(refresh, Math.min(cap, refresh * 2 ** Math.min(failures, 30)));
  return top / 2 + (random() * top) / 2;
}
