// Checks of the container build without a Docker engine: deploy/Dockerfile parsed for its stages,
// user and entry point; the entry script run; and the runtime tree that the build stage assembles
// (deploy/docker/assemble-app.sh) built from this workspace and started with plain node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "@presence/config";
import { chartPaths } from "./chart-paths.js";
import { at, readYaml } from "./chart-checks.js";

interface Instruction {
  op: string;
  args: string;
  line: number;
}
interface Stage {
  image: string;
  name: string | null;
  instructions: Instruction[];
}

/** Dockerfile instructions by stage, with line continuations joined and ARG defaults substituted in FROM. */
function parseDockerfile(text: string): { stages: Stage[]; globalArgs: Record<string, string> } {
  const instructions: Instruction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!.trim()}`;
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    assert.ok(m, `Dockerfile line ${start + 1}: not an instruction`);
    instructions.push({ op: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start + 1 });
  }
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.op === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      assert.ok(m, `line ${ins.line}: FROM <image> [AS <name>]`);
      const image = m[1]!.replace(/\$\{(\w+)\}/g, (_, n: string) => globalArgs[n] ?? `\${${n}}`);
      stages.push({ image, name: m[2] ?? null, instructions: [] });
    } else if (stages.length === 0) {
      assert.equal(ins.op, "ARG", `line ${ins.line}: only ARG may precede the first FROM`);
      const [k, v] = ins.args.split("=");
      globalArgs[k!] = v ?? "";
    } else {
      stages.at(-1)!.instructions.push(ins);
    }
  }
  return { stages, globalArgs };
}

const dockerfile = parseDockerfile(readFileSync(chartPaths.dockerfile, "utf8"));
const serviceDirs = readdirSync(join(chartPaths.repoRoot, "services")).filter((d) => existsSync(join(chartPaths.repoRoot, "services", d, "package.json")));
const rootPackage = JSON.parse(readFileSync(join(chartPaths.repoRoot, "package.json"), "utf8")) as { packageManager: string };

test("the Dockerfile builds on node:24-bookworm-slim in two stages: build, then a runtime stage", () => {
  const { stages } = dockerfile;
  assert.deepEqual(
    stages.map((s) => [s.image, s.name]),
    [
      ["node:24-bookworm-slim", "build"],
      ["node:24-bookworm-slim", "runtime"],
    ],
  );
  const runs = stages[0]!.instructions.filter((i) => i.op === "RUN").map((i) => i.args);
  const pnpmVersion = rootPackage.packageManager.replace(/^pnpm@/, "");
  assert.ok(runs.some((r) => r.includes(`pnpm@${pnpmVersion}`)), `installs the workspace's pnpm ${pnpmVersion}`);
  assert.ok(runs.includes("pnpm install --frozen-lockfile"));
  assert.ok(runs.includes("pnpm build"));
  assert.ok(runs.some((r) => /deploy\/docker\/assemble-app\.sh \/src \/app$/.test(r)));
});

test("the runtime stage holds only the assembled tree and runs as a fixed non-root user", () => {
  const runtime = dockerfile.stages[1]!.instructions;
  const copies = runtime.filter((i) => i.op === "COPY");
  assert.ok(copies.length >= 1);
  for (const c of copies) assert.match(c.args, /^--from=build\b/, `line ${c.line}: nothing from the build context reaches the runtime image`);
  const users = runtime.filter((i) => i.op === "USER");
  assert.equal(users.length, 1);
  const [uid, gid] = users[0]!.args.split(":");
  assert.match(uid!, /^[1-9][0-9]*$/, "numeric, non-zero uid (runAsNonRoot can verify it)");
  assert.notEqual(gid, "0");
  const userLine = users[0]!.line;
  for (const i of runtime.filter((x) => x.op === "RUN")) assert.ok(i.line < userLine, `line ${i.line}: RUN after USER`);
  const chartValues = readYaml(chartPaths.values);
  assert.equal(String(at(chartValues, "podSecurityContext", "runAsUser")), uid, "the chart runs pods as the image's user");
  assert.deepEqual(JSON.parse(runtime.find((i) => i.op === "ENTRYPOINT")!.args), ["node", "--max-semi-space-size=32", "/app/deploy/docker/entrypoint.mjs"]);
  const cmd = JSON.parse(runtime.find((i) => i.op === "CMD")!.args) as string[];
  assert.ok(serviceDirs.includes(cmd[0]!), "the default argument is a service");
  const exposed = runtime.filter((i) => i.op === "EXPOSE").flatMap((i) => i.args.split(/\s+/));
  const sip = configSchema.sip_port.default;
  const api = configSchema.api_port.default;
  assert.deepEqual(exposed.sort(), [`${sip}/tcp`, `${sip}/udp`, `${api}/tcp`].sort());
});

test("every path the build stage copies exists and is not excluded from the build context", () => {
  const ignored = readFileSync(chartPaths.dockerignore, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  for (const c of dockerfile.stages[0]!.instructions.filter((i) => i.op === "COPY")) {
    const parts = c.args.split(/\s+/).filter((p) => !p.startsWith("--"));
    for (const src of parts.slice(0, -1)) {
      assert.ok(existsSync(join(chartPaths.repoRoot, src)), `line ${c.line}: ${src} missing`);
      for (const pattern of ignored) {
        const top = pattern.replace(/^\*\*\//, "");
        assert.ok(!(src === top || src.startsWith(`${top}/`)), `line ${c.line}: ${src} is excluded by ${pattern}`);
      }
    }
  }
});

test("the entry script and the assembly script know exactly the services in services/", () => {
  const entry = readFileSync(chartPaths.entrypoint, "utf8");
  const listed = JSON.parse(/const SERVICES = (\[[^\]]*\])/.exec(entry)![1]!.replace(/'/g, '"')) as string[];
  assert.deepEqual([...listed].sort(), [...serviceDirs].sort());
  const script = readFileSync(chartPaths.assembleScript, "utf8");
  assert.deepEqual(/^services="([^"]*)"/m.exec(script)![1]!.split(" ").sort(), [...serviceDirs].sort());
});

test("the entry script refuses an unknown or missing service name with a usage message", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [chartPaths.entrypoint, ...args], { encoding: "utf8" });
  const none = run();
  assert.equal(none.status, 64);
  assert.match(none.stderr, /usage: entrypoint\.mjs <service>.*edge/);
  const unknown = run("gateway");
  assert.equal(unknown.status, 64);
  assert.match(unknown.stderr, /unknown service "gateway"/);
  assert.equal(run("--help").status, 0);
});

const built = serviceDirs.every((s) => existsSync(join(chartPaths.repoRoot, "services", s, "dist", "main.js")));
const hasPnpm = spawnSync("pnpm", ["--version"], { encoding: "utf8" }).status === 0;

test(
  "the assembled runtime tree has no dev dependencies and runs a service with plain node",
  { skip: !built ? "services not built (pnpm build)" : !hasPnpm ? "pnpm not on PATH" : false, timeout: 90_000 },
  async () => {
    const app = mkdtempSync(join(tmpdir(), "presence-app-"));
    try {
      const r = spawnSync("sh", [chartPaths.assembleScript, chartPaths.repoRoot, app], { encoding: "utf8", timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr + r.stdout);
      const store = readdirSync(join(app, "node_modules", ".pnpm"));
      for (const dev of ["typescript@", "tsx@", "turbo@", "sip.js@", "ajv@"]) assert.ok(!store.some((p) => p.startsWith(dev)), `${dev} in the runtime tree`);
      assert.ok(!existsSync(join(app, "test")), "no test workspace");
      assert.ok(!existsSync(join(app, "services", "edge", "src")), "no sources");
      // The standalone service needs neither NATS nor Redis: start it from the tree, stop it with SIGTERM.
      const child = spawn(process.execPath, [join(app, "deploy", "docker", "entrypoint.mjs"), "standalone"], {
        cwd: tmpdir(),
        env: { PATH: process.env.PATH ?? "", PRESENCE_SIP_HOST: "127.0.0.1", PRESENCE_SIP_PORT: "0", PRESENCE_API_PORT: "0" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      const listening = new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (b: Buffer) => {
          out += b.toString();
          if (out.includes("presence server listening")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      await listening;
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      assert.equal(await exited, 0, out);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  },
);
