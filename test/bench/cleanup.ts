/** What must be stopped if the benchmark is interrupted (Ctrl-C): sipp, watchers, servers, Redis. */

type Cleanup = () => Promise<void> | void;
const pending = new Set<Cleanup>();

/** Registers a cleanup; call the returned function once it is no longer needed. */
export function onInterrupt(fn: Cleanup): () => void {
  pending.add(fn);
  return () => {
    pending.delete(fn);
  };
}

/** Runs every registered cleanup, newest first, each at most once. */
export async function runCleanups(): Promise<void> {
  const all = [...pending].reverse();
  pending.clear();
  for (const fn of all) {
    try {
      await fn();
    } catch {
      // best effort: keep stopping the others
    }
  }
}
