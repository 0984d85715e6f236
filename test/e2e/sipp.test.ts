/** sipp, a SIP peer nobody here wrote, against the standalone server over UDP and TCP. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { freePort, REPO_ROOT } from "../support/processes.js";
import { TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

const hasSipp = spawnSync("sipp", ["-v"]).error === undefined;

function runSipp(args: string[], timeoutMs = 30000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("sipp", args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function scenario(file: string, port: number, service: string, transport: "u1" | "t1", calls: number) {
  const local = await freePort();
  return runSipp([
    "-sf", join("test/sipp", file), "-s", service, `127.0.0.1:${port}`,
    "-i", "127.0.0.1", "-p", String(local), "-t", transport,
    "-m", String(calls), "-r", "20", "-l", "10",
    "-timeout", "20s", "-timeout_error", "-recv_timeout", "5000", "-nostdin", "-trace_err",
    "-error_file", `/tmp/sipp-${process.pid}-${local}-errors.log`,
  ]);
}

for (const store of TARGETS) {
  describe(`sipp (${store} store)`, { skip: hasSipp ? false : "sipp not installed (apt-get install sip-tester)" }, () => {
    let srv: TestTarget;
    before(async () => {
      srv = await startTarget(store);
    });
    after(async () => {
      await srv.dispose();
    });

    test("sipp PUBLISH scenario: 200 with SIP-ETag, then removal with SIP-If-Match", async () => {
      const r = await scenario("publish.xml", srv.port, `sippub-${store}`, "u1", 10);
      assert.equal(r.code, 0, r.output.slice(-2000));
    });

    test("sipp SUBSCRIBE scenario over UDP: 200 with our To-tag, then an active NOTIFY", async () => {
      const r = await scenario("subscribe-notify.xml", srv.port, `sippsub-${store}`, "u1", 10);
      assert.equal(r.code, 0, r.output.slice(-2000));
      // The notify-reply events of the distributed topology arrive over the bus: give them a moment.
      const accepted = () => srv.notifyReplies.filter((e) => e.outcome.kind === "response" && e.outcome.status === 200).length;
      for (let i = 0; i < 40 && accepted() < 10; i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(accepted() >= 10, `${accepted()} NOTIFYs answered 200`);
    });

    test("sipp SUBSCRIBE scenario over TCP", async () => {
      const r = await scenario("subscribe-notify.xml", srv.port, `sipptcp-${store}`, "t1", 5);
      assert.equal(r.code, 0, r.output.slice(-2000));
    });
  });
}
