/** Helpers for the server processes the benchmark starts. */
import type { ChildProcess } from "node:child_process";

/** Keeps the last lines a child printed, for error messages. */
export function tailOf(child: ChildProcess, keep = 30): () => string {
  const lines: string[] = [];
  const take = (d: Buffer) => {
    for (const l of d.toString().split("\n")) if (l.trim()) lines.push(l);
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return () => lines.join("\n");
}

export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const t = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await gone;
  clearTimeout(t);
}
