import { test } from "node:test";
import assert from "node:assert/strict";
import { lastEtagsFromLog, parseRttCsv, parseStatCsv, totalsFromRows } from "./sipp-output.js";

// Abridged from a real sipp 3.6 -trace_stat file (-fd 200ms): the columns the parser reads.
const header =
  "StartTime;LastResetTime;CurrentTime;TargetRate;TotalCallCreated;SuccessfulCall(C);FailedCall(C);Retransmissions(C);" +
  "FailedTimeoutOnRecv(C);FailedUnexpectedMessage(C);FailedMaxUDPRetrans(C);DeadCallMsgs(C);OutOfCallMsgs(C);";
const row = (t: string, created: number, ok: number, failed: number, retrans: number) =>
  `2026-11-26\t13:58:22.887744\t1795701502.887744;x;2026-11-26\t${t.split("|")[0]}\t${t.split("|")[1]};1000;${created};${ok};${failed};${retrans};${failed};0;0;0;0;`;

test("totals come from the last row; creation time from the first row with every call created", () => {
  const csv = [
    header,
    row("13:58:22.887744|1795701502.887744", 0, 0, 0, 0),
    row("13:58:23.091518|1795701503.091518", 204, 87, 0, 0),
    row("13:58:24.905103|1795701504.905103", 3000, 2500, 0, 3),
    row("13:58:26.000000|1795701506.000000", 3000, 2990, 10, 12),
  ].join("\n");
  const t = totalsFromRows(parseStatCsv(csv), 3000);
  assert.equal(t.created, 3000);
  assert.equal(t.successful, 2990);
  assert.equal(t.failed, 10);
  assert.equal(t.failedTimeout, 10);
  assert.equal(t.retransmissions, 12);
  assert.ok(Math.abs(t.creationSeconds! - 2.017359) < 1e-6);
  assert.ok(Math.abs(t.elapsedSeconds - 3.112256) < 1e-6);
  assert.equal(totalsFromRows(parseStatCsv(csv), 5000).creationSeconds, null);
  assert.equal(totalsFromRows([], 10).created, 0);
});

test("response times are grouped by rtd number; the header row is skipped", () => {
  const rtt = parseRttCsv("Date_ms;response_time_ms;rtd_no\n8.001;0;1\n8.001;4;2\n12.5;1;1\n");
  assert.deepEqual(rtt.get(1), [0, 1]);
  assert.deepEqual(rtt.get(2), [4]);
});

test("the last logged entity-tag of each injection line wins", () => {
  const log = "2026-11-26\t14:06:23.1\t1795.1: etag;4;aaa\n2026-11-26\t14:06:23.2\t1795.2: etag;5;b-b_\nx: etag;4;ccc\n";
  const tags = lastEtagsFromLog(log);
  assert.equal(tags.get(4), "ccc");
  assert.equal(tags.get(5), "b-b_");
  assert.equal(tags.size, 2);
});
