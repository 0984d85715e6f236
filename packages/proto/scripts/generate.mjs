#!/usr/bin/env node
// Generates the static protobufjs module from proto/presence/v1/*.proto.
// Usage: node scripts/generate.mjs [outDir]   (default: src/gen; the staleness test passes a temp dir)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const protoRoot = resolve(pkgDir, "../../proto");
const outDir = resolve(process.argv[2] ?? join(pkgDir, "src/gen"));
const bin = join(pkgDir, "node_modules/.bin");

// Sorted explicitly so the output does not depend on the shell's glob order.
const files = readdirSync(join(protoRoot, "presence/v1"))
  .filter((f) => f.endsWith(".proto"))
  .sort()
  .map((f) => join(protoRoot, "presence/v1", f));

mkdirSync(outDir, { recursive: true });
const js = join(outDir, "presence.js");
execFileSync(join(bin, "pbjs"), ["-t", "static-module", "-w", "es6", "--es6", "--alt-comment", "-p", protoRoot, "-o", js, ...files], {
  cwd: protoRoot,
  stdio: "inherit",
});
execFileSync(join(bin, "pbts"), ["-o", join(outDir, "presence.d.ts"), js], { cwd: pkgDir, stdio: "inherit" });
