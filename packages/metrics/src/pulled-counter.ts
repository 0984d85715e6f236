import { Counter, Gauge, type Registry } from "prom-client";

/** A labelled value read at scrape time: [label values in labelNames order, value]. */
export type Sample = readonly [labels: Record<string, string>, value: number];

/**
 * A counter whose value lives elsewhere (a plain number the hot path increments) and is read at
 * scrape time: no label hashing per SIP message.
 */
export function pulledCounter(registry: Registry, name: string, help: string, labelNames: string[], read: () => Iterable<Sample>): void {
  new Counter({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const [labels, value] of read()) this.inc(labels, value);
    },
  });
}

/**
 * A gauge read at scrape time. `read` may be slow or fail (a store that is down): a failed read
 * keeps the last values rather than failing the whole scrape.
 */
export function pulledGauge(registry: Registry, name: string, help: string, labelNames: string[], read: () => Promise<Iterable<Sample>> | Iterable<Sample>): void {
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      let samples: Iterable<Sample>;
      try {
        samples = await read();
      } catch {
        return;
      }
      this.reset();
      for (const [labels, value] of samples) this.set(labels, value);
    },
  });
}
