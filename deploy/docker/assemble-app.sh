#!/bin/sh
# Builds the runtime tree of the image from a built workspace: the manifests and dist/ of every
# workspace package, plus a production-only install (no devDependencies, no test/ workspace) of the
# services and the packages they import. Used by deploy/Dockerfile; runs the same outside Docker:
#   deploy/docker/assemble-app.sh <built workspace> <empty target dir>
# The pnpm store must already hold every package (the build's full install fills it): the install
# here is --offline, so it never resolves anything the lockfile does not pin.
set -eu

src=${1:?usage: assemble-app.sh <built workspace> <target dir>}
dest=${2:?usage: assemble-app.sh <built workspace> <target dir>}
services="edge presentity subscription notifier standalone"

mkdir -p "$dest"
cd "$src"
for svc in $services; do
  test -f "services/$svc/dist/main.js" || { echo "services/$svc/dist/main.js missing: run pnpm build first" >&2; exit 1; }
done

# Manifests, dist/ and the entry script; sources, tests, source maps and type declarations stay behind.
tar -cf - \
  --exclude=node_modules --exclude='*.tsbuildinfo' --exclude='*.map' --exclude='*.d.ts' --exclude='*.test.js' \
  package.json pnpm-lock.yaml pnpm-workspace.yaml \
  packages/*/package.json packages/*/dist \
  services/*/package.json services/*/dist \
  deploy/docker/entrypoint.mjs \
  | tar -xf - -C "$dest"

cd "$dest"
filters=""
for svc in $services; do filters="$filters --filter @presence/$svc..."; done
# shellcheck disable=SC2086 # one --filter per word
pnpm install --frozen-lockfile --prod --offline --ignore-scripts $filters
