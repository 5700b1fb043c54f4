// "Did you mean …?" for a misspelled name: the known name closest by edit distance, if it is close
// enough to be a typo (at most a third of the letters differ), ignoring case.

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(name.length / 3)) ? best.name : undefined;
}

/** " — did you mean X?" or "" when nothing is close. */
export function didYouMean(name: string, known: readonly string[], show: (n: string) => string = (n) => `"${n}"`): string {
  const match = closest(name, known);
  return match && match !== name ? ` — did you mean ${show(match)}?` : '';
}
