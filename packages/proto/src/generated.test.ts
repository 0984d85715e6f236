import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("generated code", () => {
  it("src/gen matches what `pnpm generate` produces from proto/presence/v1 (regenerate and commit when this fails)", async () => {
    const out = await mkdtemp(join(tmpdir(), "presence-proto-"));
    try {
      await run(process.execPath, [join(pkgDir, "scripts/generate.mjs"), out], { cwd: pkgDir });
      for (const file of ["presence.js", "presence.d.ts"]) {
        const fresh = await readFile(join(out, file), "utf8");
        const committed = await readFile(join(pkgDir, "src/gen", file), "utf8");
        assert.ok(fresh.length > 1000, `${file} was generated`);
        assert.equal(committed === fresh, true, `src/gen/${file} is stale: run \`pnpm --filter @presence/proto generate\``);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("the generated ES module loads under plain node (no tsx) and round-trips a message", async () => {
    const script = `
      import { presence } from ${JSON.stringify(join(pkgDir, "src/gen/presence.js"))};
      const T = presence.v1.NotifyRequest;
      const bytes = T.encode({ requestUri: "sip:a@h", body: new Uint8Array([0, 255]), cseq: 7, target: { port: 5060 } }).finish();
      const m = T.decode(bytes);
      process.stdout.write(JSON.stringify({ uri: m.requestUri, cseq: m.cseq, body: [...m.body], port: m.target.port, conn: m.target.connectionId }));
    `;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: pkgDir });
    assert.deepEqual(JSON.parse(stdout), { uri: "sip:a@h", cseq: 7, body: [0, 255], port: 5060, conn: null });
  });
});
