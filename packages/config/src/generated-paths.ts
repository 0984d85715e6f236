import { fileURLToPath } from "node:url";

// Same depth from src/ and dist/, so these resolve to the repository root either way.
export const docsPath = fileURLToPath(new URL("../../../docs/configuration.md", import.meta.url));
export const examplePath = fileURLToPath(new URL("../../../config/presence.example.yaml", import.meta.url));
