import { fileURLToPath } from "node:url";

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));

/** Files of the deployment that the tests and the generator read. */
export const chartPaths = {
  repoRoot: root(""),
  chart: root("deploy/helm/presence"),
  values: root("deploy/helm/presence/values.yaml"),
  schema: root("deploy/helm/presence/values.schema.json"),
  templates: root("deploy/helm/presence/templates"),
  examples: root("deploy/helm/examples"),
  exampleConfig: root("config/presence.example.yaml"),
  dockerfile: root("deploy/Dockerfile"),
  dockerignore: root("deploy/Dockerfile.dockerignore"),
  assembleScript: root("deploy/docker/assemble-app.sh"),
  entrypoint: root("deploy/docker/entrypoint.mjs"),
} as const;
