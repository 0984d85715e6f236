/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and ranks functions by self time. Used to explain a missed
 * target: `node --import tsx test/bench/cpu-profile.ts <file.cpuprofile> [top]`.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTimeEntry {
  /** Function name and location, e.g. `parseMessage (parser.js:120)`. */
  frame: string;
  selfMs: number;
  /** Share of the busy (non-idle) sampled time. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleShare: number;
  top: SelfTimeEntry[];
}

/** Self time per function (summed over every node with the same name and location). */
export function summarizeProfile(profile: CpuProfile, top = 10): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's duration is the delta to the next sample.
    const d = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + Math.max(0, d));
  }
  const byFrame = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const busyUs = () => total - idle;
  for (const [id, us] of selfUs) {
    const cf = byId.get(id)!.callFrame;
    total += us;
    if (cf.functionName === "(idle)") idle += us;
    const where = cf.url ? ` (${basename(cf.url)}:${cf.lineNumber + 1})` : "";
    const key = `${cf.functionName || "(anonymous)"}${where}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + us);
  }
  const entries = [...byFrame.entries()]
    .filter(([frame]) => frame !== "(idle)")
    .map(([frame, us]) => ({ frame, selfMs: us / 1000, share: busyUs() > 0 ? us / busyUs() : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: total / 1000, idleShare: total > 0 ? idle / total : 0, top: entries.slice(0, top) };
}

export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: cpu-profile.ts <file.cpuprofile> [top]\n");
    process.exit(2);
  }
  const s = summarizeProfile(readProfile(file), Number(process.argv[3] ?? 25));
  const busy = s.totalMs * (1 - s.idleShare);
  process.stdout.write(`sampled ${s.totalMs.toFixed(0)} ms, idle ${(s.idleShare * 100).toFixed(1)} %, busy ${busy.toFixed(0)} ms\n`);
  for (const e of s.top) {
    process.stdout.write(`${e.selfMs.toFixed(1).padStart(9)} ms ${(e.share * 100).toFixed(1).padStart(5)} %  ${e.frame}\n`);
  }
}
