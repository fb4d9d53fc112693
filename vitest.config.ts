import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One real Neo4j is shared by the integration files; files that write to it must not interleave.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "seed/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
