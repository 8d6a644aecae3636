import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node resolves chrono-node's "./*" locale export; Vite's resolver does not, so name the file.
    alias: [
      {
        find: /^chrono-node\/en$/,
        replacement: fileURLToPath(
          new URL("./node_modules/chrono-node/dist/esm/locales/en/index.js", import.meta.url),
        ),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ (the compiled server the start-up tests run) if a source changed.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
