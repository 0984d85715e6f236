import type { AggregationInput } from "./types.js";

/**
 * The body Kamailio notifies for a package without agg_nbody: the most recently received
 * publication (ties: the later one in the list). null when there is none.
 */
export function latestPublication(pubs: readonly AggregationInput[]): Buffer | null {
  let best: AggregationInput | null = null;
  for (const p of pubs) if (best === null || p.receivedAt >= best.receivedAt) best = p;
  return best?.body ?? null;
}
