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

/**
 * Self time per function (summed over every node with the same name and location), from sample
 * counts: each sample stands for one sampling interval of running code. Weighting samples by their
 * time deltas instead would charge the time the thread spent descheduled (frequent when sipp and the
 * server share two cores) to whatever ran just before, typically a UDP send.
 */
export function summarizeProfile(profile: CpuProfile, top = 10): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const counts = new Map<number, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const msPerSample = samples.length > 0 ? (profile.endTime - profile.startTime) / 1000 / samples.length : 0;
  const byFrame = new Map<string, number>();
  let idle = 0;
  for (const [id, n] of counts) {
    const cf = byId.get(id)!.callFrame;
    if (cf.functionName === "(idle)") idle += n;
    const where = cf.url ? ` (${basename(cf.url)}:${cf.lineNumber + 1})` : "";
    const key = `${cf.functionName || "(anonymous)"}${where}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + n);
  }
  const busy = samples.length - idle;
  const entries = [...byFrame.entries()]
    .filter(([frame]) => frame !== "(idle)")
    .map(([frame, n]) => ({ frame, selfMs: n * msPerSample, share: busy > 0 ? n / busy : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return {
    totalMs: samples.length * msPerSample,
    idleShare: samples.length > 0 ? idle / samples.length : 0,
    top: entries.slice(0, top),
  };
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
