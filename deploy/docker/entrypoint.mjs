#!/usr/bin/env node
// Entry point of the container image: `entrypoint.mjs <service>` runs services/<service>/dist/main.js
// in this same process, so the service is PID 1's only program and receives SIGTERM itself.
// Configuration comes only from PRESENCE_* variables and the file named by PRESENCE_CONFIG.

const SERVICES = ["edge", "presentity", "subscription", "notifier", "standalone"];
const EX_USAGE = 64;

const name = process.argv[2];
if (name === undefined || name === "-h" || name === "--help" || !SERVICES.includes(name)) {
  const problem = name === undefined || name.startsWith("-") ? "" : `unknown service "${name}". `;
  process.stderr.write(`${problem}usage: entrypoint.mjs <service>, where <service> is one of: ${SERVICES.join(", ")}\n`);
  process.exit(name === "-h" || name === "--help" ? 0 : EX_USAGE);
}

// The image keeps this file at deploy/docker/ of the application tree, like the repository does.
await import(new URL(`../../services/${name}/dist/main.js`, import.meta.url).href);
