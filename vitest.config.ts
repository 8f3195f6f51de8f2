// One vitest run for the whole workspace.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/*/e2e/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
