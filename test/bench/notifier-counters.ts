/**
 * Reads the notifiers' coalesced-update counter from their /metrics endpoints (the distributed
 * topologies), so a fan-out step can report how many changes were folded into an in-flight NOTIFY.
 */

/** The /metrics URL of each notifier process, from its "ops endpoints listening" log line. */
export function notifierMetricsUrls(procs: ReadonlyArray<{ name: string; service: string; lines: readonly string[] }>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const p of procs) {
    if (p.service !== "notifier") continue;
    for (const line of p.lines) {
      if (!line.includes("ops endpoints listening")) continue;
      try {
        const port = (JSON.parse(line) as { port?: unknown }).port;
        if (typeof port === "number" && port > 0) urls[p.name] = `http://127.0.0.1:${port}/metrics`;
      } catch {
        // Not a JSON log line.
      }
      break;
    }
  }
  return urls;
}

/** The value of an unlabelled counter in Prometheus text format, or null when absent. */
export function counterValue(text: string, name: string): number | null {
  const m = new RegExp(`^${name} (\\S+)$`, "m").exec(text);
  if (!m) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) ? v : null;
}

/** Sum of presence_notifier_coalesced_updates_total over the notifiers; null when one cannot be read. */
export async function coalescedTotal(urls: Readonly<Record<string, string>>): Promise<number | null> {
  const list = Object.values(urls);
  if (list.length === 0) return null;
  let sum = 0;
  for (const url of list) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const v = counterValue(await res.text(), "presence_notifier_coalesced_updates_total");
      if (v === null) return null;
      sum += v;
    } catch {
      return null;
    }
  }
  return sum;
}
