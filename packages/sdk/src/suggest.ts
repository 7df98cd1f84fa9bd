/** Levenshtein distance, bounded: ids are short, so the quadratic table is tiny. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The known ids closest to `wanted`, nearest first: those within a third of its length in edits
 * (a typo), those that contain it or are contained in it ignoring punctuation (fortune500), and
 * those sharing a word of four letters or more (enterprises).
 */
export function closest(wanted: string, known: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase().slice(0, 200);
  const flat = squash(w);
  const words = new Set(w.split(/[^a-z0-9]+/).filter((x) => x.length >= 4));
  return known
    .map((id) => ({ id, d: distance(w, id) }))
    .filter(({ id, d }) => {
      const f = squash(id);
      return (
        d <= Math.max(2, Math.floor(w.length / 3)) ||
        (flat.length >= 3 && (f.includes(flat) || flat.includes(f))) ||
        id.split('-').some((part) => words.has(part))
      );
    })
    .sort((a, b) => a.d - b.d)
    .slice(0, max)
    .map(({ id }) => id);
}
