import { defineConfig } from "vitest/config";

export default defineConfig({
  // Apollo loads graphql's CommonJS build; tests must share that one instance (graphql refuses two realms).
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    // One real Neo4j is shared by the integration files; files that write to it must not interleave.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "seed/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
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
