/** Runs one sipp instance (one rate step) and collects what it measured. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lastEtagsFromLog, parseRttCsv, parseStatCsv, totalsFromRows, type SippTotals } from "./sipp-output.js";
import { freeUdpPort } from "./net-util.js";
import { onInterrupt } from "./cleanup.js";

export const SIPP_INSTALL_HINT =
  "sipp not found. Install it with `apt-get install sip-tester` (Debian/Ubuntu; the binary is /usr/bin/sipp) or put sipp on PATH, or pass --sipp <path>.";

export interface SippRunOptions {
  sippPath: string;
  scenarioFile: string;
  host: string;
  port: number;
  /** Calls to place (-m). */
  calls: number;
  /** Calls per second (-r). */
  rate: number;
  /**
   * Closed loop instead: keep this many calls in progress (-users), starting a new one as one ends,
   * so the server sets the pace and is never pushed past what it sustains.
   */
  users?: number;
  /** Values for [keyword] in the scenario (-key). */
  keys?: Record<string, string>;
  /** Injection file content (-inf), written to the run's directory. */
  injection?: string;
  /** Collect <log> lines (-trace_logs). */
  traceLogs?: boolean;
  /** Hard limit for the whole run, in seconds (sipp -timeout). */
  timeoutSeconds: number;
}

export interface SippRunResult {
  totals: SippTotals;
  /** Response times in ms per rtd number (1: first response, 2: ...), as sipp measured them. */
  rtts: Map<number, number[]>;
  /** Entity-tags per injection line, from the scenario's <log> lines. */
  etags: Map<number, string>;
  exitCode: number | null;
  wallSeconds: number;
  /** First lines of sipp's error log, when it wrote one. */
  errors: string;
}

/** Path of a usable sipp, or null. */
export function findSipp(explicit?: string): string | null {
  const candidates = explicit ? [explicit] : ["sipp", "/usr/bin/sipp", "/usr/local/bin/sipp"];
  for (const c of candidates) {
    const r = spawnSync(c, ["-v"], { encoding: "utf8" });
    if (!r.error && /SIPp/i.test(`${r.stdout}${r.stderr}`)) return c;
  }
  return null;
}

export async function runSipp(o: SippRunOptions): Promise<SippRunResult> {
  const dir = mkdtempSync(join(tmpdir(), "presence-bench-sipp-"));
  try {
    const localPort = await freeUdpPort();
    const args = [
      `${o.host}:${o.port}`,
      "-sf",
      o.scenarioFile,
      "-t",
      "u1", // one UDP socket: the watcher scenarios receive their NOTIFYs on it
      "-i",
      "127.0.0.1",
      "-p",
      String(localPort),
      "-m",
      String(o.calls),
      ...(o.users !== undefined
        ? ["-users", String(o.users)]
        : // Open calls are not capped by sipp's default (3 x call length x rate), so the offered rate holds.
          ["-r", String(o.rate), "-rp", "1000", "-l", String(Math.max(1000, o.rate * 20))]),
      "-max_socket",
      "64",
      "-buff_size",
      "8388608",
      "-nostdin",
      "-trace_stat",
      "-stf",
      "stat.csv",
      "-fd",
      "200ms",
      "-trace_rtt",
      "-rtt_freq",
      "1",
      "-trace_err",
      "-timeout",
      `${Math.ceil(o.timeoutSeconds)}s`,
    ];
    for (const [k, v] of Object.entries(o.keys ?? {})) args.push("-key", k, v);
    if (o.injection !== undefined) {
      writeFileSync(join(dir, "inject.csv"), o.injection);
      args.push("-inf", "inject.csv");
    }
    if (o.traceLogs) args.push("-trace_logs", "-log_file", "actions.log");
    // Aborted calls end quietly: sipp would otherwise send a BYE the server has no use for.
    args.push("-default_behaviors", "none");
    if (process.env["BENCH_SIPP_TRACE_MSG"] === "1") args.push("-trace_msg");
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(o.sippPath, args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      const forget = onInterrupt(() => {
        child.kill("SIGKILL");
      });
      child.once("exit", forget);
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      child.on("error", reject);
      child.on("exit", (code) => {
        if (code !== null && code > 1 && code !== 99) {
          // 0: all calls succeeded, 1: some failed; anything else is sipp itself failing.
          const hint = stderr.trim() || readErrors(dir);
          if (!existsStat(dir)) return reject(new Error(`sipp exited with ${code}: ${hint}`));
        }
        resolve(code);
      });
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const rows = parseStatCsv(readText(join(dir, "stat.csv")));
    const rttFile = readdirSync(dir).find((f) => f.endsWith("_rtt.csv"));
    return {
      totals: totalsFromRows(rows, o.calls),
      rtts: rttFile ? parseRttCsv(readText(join(dir, rttFile))) : new Map(),
      etags: o.traceLogs ? lastEtagsFromLog(readText(join(dir, "actions.log"))) : new Map(),
      exitCode,
      wallSeconds,
      errors: readErrors(dir),
    };
  } finally {
    // BENCH_KEEP_SIPP=1 keeps each step's sipp files (statistics, errors, logs) for a closer look.
    if (process.env["BENCH_KEEP_SIPP"] === "1") process.stderr.write(`sipp files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function existsStat(dir: string): boolean {
  return readText(join(dir, "stat.csv")).length > 0;
}

function readErrors(dir: string): string {
  const f = readdirSync(dir).find((n) => n.endsWith("_errors.log"));
  return f ? readText(join(dir, f)).slice(0, 2000) : "";
}
