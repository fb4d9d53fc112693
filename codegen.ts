import type { CodegenConfig } from "@graphql-codegen/cli";

/** Resolver types generated from the SDL; `npm run codegen:check` fails in CI when they drift. */
const config: CodegenConfig = {
  schema: "schema/*.graphql",
  generates: {
    "schema/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../../server/context.ts#Context",
        defaultMapper: "any",
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: "T | null | undefined",
      },
    },
  },
};
export default config;
