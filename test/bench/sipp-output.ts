/**
 * Parsing of the files sipp writes: the statistics CSV (-trace_stat -stf), the response-time CSV
 * (-trace_rtt) and <log> lines (-trace_logs). Pure: text in, figures out.
 */

/** Cumulative counters of a sipp run, from the last row of its statistics CSV. */
export interface SippTotals {
  created: number;
  successful: number;
  failed: number;
  retransmissions: number;
  failedTimeout: number;
  failedUnexpected: number;
  failedMaxRetrans: number;
  deadCallMessages: number;
  outOfCallMessages: number;
  /** Seconds from the first row to the row where every call had been created; null if never. */
  creationSeconds: number | null;
  /** Seconds from the first row to the last one. */
  elapsedSeconds: number;
}

/** One row of the statistics CSV: column name to value. */
export type SippStatRow = Record<string, string>;

export function parseStatCsv(text: string): SippStatRow[] {
  const lines = text.split("\n").filter((l) => l.trim().length > 0);
  if (lines.length < 2) return [];
  const header = lines[0]!.split(";");
  return lines.slice(1).map((line) => {
    const cells = line.split(";");
    const row: SippStatRow = {};
    header.forEach((name, i) => {
      if (name) row[name] = cells[i] ?? "";
    });
    return row;
  });
}

/** CurrentTime cells look like "2026-11-26\t13:58:22.887744\t1795701502.887744": the epoch is last. */
function epochOf(cell: string | undefined): number {
  if (!cell) return Number.NaN;
  const parts = cell.trim().split(/\s+/);
  return Number(parts[parts.length - 1]);
}

function num(row: SippStatRow, name: string): number {
  const v = Number(row[name]);
  return Number.isFinite(v) ? v : 0;
}

export function totalsFromRows(rows: readonly SippStatRow[], callsRequested: number): SippTotals {
  if (rows.length === 0) {
    return {
      created: 0,
      successful: 0,
      failed: 0,
      retransmissions: 0,
      failedTimeout: 0,
      failedUnexpected: 0,
      failedMaxRetrans: 0,
      deadCallMessages: 0,
      outOfCallMessages: 0,
      creationSeconds: null,
      elapsedSeconds: 0,
    };
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const t0 = epochOf(first["CurrentTime"]);
  const created = num(last, "TotalCallCreated");
  let creationSeconds: number | null = null;
  // The first periodic row where every requested call existed; rows are a few hundred ms apart.
  for (const row of rows) {
    if (num(row, "TotalCallCreated") >= callsRequested) {
      creationSeconds = epochOf(row["CurrentTime"]) - t0;
      break;
    }
  }
  return {
    created,
    successful: num(last, "SuccessfulCall(C)"),
    failed: num(last, "FailedCall(C)"),
    retransmissions: num(last, "Retransmissions(C)"),
    failedTimeout: num(last, "FailedTimeoutOnRecv(C)"),
    failedUnexpected: num(last, "FailedUnexpectedMessage(C)"),
    failedMaxRetrans: num(last, "FailedMaxUDPRetrans(C)"),
    deadCallMessages: num(last, "DeadCallMsgs(C)"),
    outOfCallMessages: num(last, "OutOfCallMsgs(C)"),
    creationSeconds,
    elapsedSeconds: epochOf(last["CurrentTime"]) - t0,
  };
}

/** Response times in ms per rtd number, from "Date_ms;response_time_ms;rtd_no" rows. */
export function parseRttCsv(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const line of text.split("\n")) {
    const cells = line.split(";");
    if (cells.length < 3) continue;
    const ms = Number(cells[1]);
    const rtd = Number(cells[2]);
    if (!Number.isFinite(ms) || !Number.isInteger(rtd)) continue; // the header row
    let list = out.get(rtd);
    if (!list) out.set(rtd, (list = []));
    list.push(ms);
  }
  return out;
}

/**
 * Entity-tags logged by the fan-out scenarios as "etag;<line>;<etag>" <log> lines (prefixed by sipp
 * with a timestamp). The last entry per line wins: sipp writes them in the order the 200 OKs arrived.
 */
export function lastEtagsFromLog(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /etag;(\d+);([^\s;]+)/g;
  for (const m of text.matchAll(re)) out.set(Number(m[1]), m[2]!);
  return out;
}
