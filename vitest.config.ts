// One vitest run for the whole workspace.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/*/e2e/**/*.test.ts", "tests/**/*.test.ts"],
    // guards against hangs, not speed checks (speed is measured by pnpm bench): generous, because
    // a Neo4j push or a browser test on a loaded 2-core machine can take tens of seconds
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
