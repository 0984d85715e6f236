/** "Did you mean" for misspelt keys: edit distance after normalizing case, dashes and camelCase. */

export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** maxExpires, max-expires, MAX_EXPIRES -> max_expires */
export function normalizeKeyName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-\s.]+/g, "_")
    .toLowerCase();
}

/** The closest candidate, or null when none is close enough to be a plausible typo. */
export function suggestKey(name: string, candidates: readonly string[]): string | null {
  const norm = normalizeKeyName(name);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(norm, c);
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  if (best === null) return null;
  const limit = Math.max(2, Math.floor(best.length / 4));
  return bestDist <= limit ? best : null;
}
