// One vitest run for the whole workspace: the unit tests, then the explorer's end-to-end tests as
// a project of their own. Its global setup builds the explorer site and the test snapshot once per
// run (only when an e2e file is in the run); two e2e files run at a time (on 2 cores vitest would
// run one), as they mostly wait for their own browser and `kg serve`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // guards against hangs, not speed checks (speed is measured by pnpm bench): generous, because
    // a Neo4j push or a browser test on a loaded 2-core machine can take tens of seconds
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "e2e", include: ["packages/*/e2e/**/*.test.ts"], globalSetup: ["packages/explorer/e2e/global-setup.ts"], maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
