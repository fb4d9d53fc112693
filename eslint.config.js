import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import graphql from "@graphql-eslint/eslint-plugin";

/**
 * The GraphQL schema's lint rules, all in this one place. Kept: graphql-eslint's schema-recommended
 * and schema-relay sets and the schema-all rules that apply, with the options below. Dropped, each
 * with its reason:
 * - alphabetize: fields are ordered by meaning (id, name, then details, then relations), not A-Z.
 * - description-style: one-line descriptions are inline strings, longer ones blocks; both are valid.
 * - require-nullable-result-in-root: list roots return [] rather than null; failures are errors
 *   with a code (server/errorPolicy.ts), not nulls.
 * - input-name, no-scalar-result-type-on-mutation, require-field-of-type-query-in-mutation-result:
 *   the API has no mutations (no-root-type forbids adding any).
 * - require-deprecation-date: nothing is deprecated (require-deprecation-reason stays on).
 * Relaxed:
 * - naming-convention without EnumValueDefinition: enum values are the closed vocabularies' own
 *   spelling (schema/vocabulary.ts, seed YAML, Biolink knowledge_level values, CIViC levels A-E);
 *   renaming them to UPPER_CASE would break every client and the seed files.
 * - relay-arguments without includeBoth: paging is forward only (first/after); keyset cursors are
 *   stable, so a client steps back by reusing a cursor it has seen (documented on each connection).
 * - strict-id-in-types: every type that stands for a stored record has `id: ID!`; the exceptions
 *   are values computed per request or embedded in their parent, which no client normalises.
 */
const GRAPHQL_SCHEMA_RULES = {
  "@graphql-eslint/known-argument-names": "error",
  "@graphql-eslint/known-directives": "error",
  "@graphql-eslint/known-type-names": "error",
  "@graphql-eslint/lone-schema-definition": "error",
  "@graphql-eslint/naming-convention": [
    "error",
    {
      types: "PascalCase",
      FieldDefinition: "camelCase",
      InputValueDefinition: "camelCase",
      Argument: "camelCase",
      DirectiveDefinition: "camelCase",
      "FieldDefinition[parent.name.value=Query]": {
        forbiddenPrefixes: ["query", "get"],
        forbiddenSuffixes: ["Query"],
      },
      "EnumTypeDefinition,EnumTypeExtension": { forbiddenPrefixes: ["Enum"], forbiddenSuffixes: ["Enum"] },
      "UnionTypeDefinition,UnionTypeExtension": {
        forbiddenPrefixes: ["Union"],
        forbiddenSuffixes: ["Union"],
      },
      "ObjectTypeDefinition,ObjectTypeExtension": {
        forbiddenPrefixes: ["Type"],
        forbiddenSuffixes: ["Type"],
      },
    },
  ],
  "@graphql-eslint/no-hashtag-description": "error",
  "@graphql-eslint/no-typename-prefix": "error",
  "@graphql-eslint/no-unreachable-types": "error",
  "@graphql-eslint/possible-type-extension": "error",
  "@graphql-eslint/provided-required-arguments": "error",
  "@graphql-eslint/require-deprecation-reason": "error",
  "@graphql-eslint/require-description": [
    "error",
    {
      types: true,
      rootField: true,
      FieldDefinition: true,
      InputValueDefinition: true,
      EnumValueDefinition: true,
      DirectiveDefinition: true,
    },
  ],
  "@graphql-eslint/strict-id-in-types": [
    "error",
    {
      acceptedIdNames: ["id"],
      acceptedIdTypes: ["ID"],
      exceptions: {
        types: [
          "Query",
          "Health",
          "PageInfo",
          "Passage",
          "Identifier",
          "Condition",
          "Epistemics",
          "SearchHit",
          "SearchResults",
          "SearchFacet",
          "Suggestion",
          "MechanismPath",
          "PathStep",
          "Neighbourhood",
          "NeighbourGroup",
          "BeforeAfter",
        ],
        suffixes: ["Connection", "Edge"],
      },
    },
  ],
  "@graphql-eslint/unique-directive-names": "error",
  "@graphql-eslint/unique-directive-names-per-location": "error",
  "@graphql-eslint/unique-enum-value-names": "error",
  "@graphql-eslint/unique-field-definition-names": "error",
  "@graphql-eslint/unique-operation-types": "error",
  "@graphql-eslint/unique-type-names": "error",
  "@graphql-eslint/no-root-type": ["error", { disallow: ["mutation", "subscription"] }],
  "@graphql-eslint/require-nullable-fields-with-oneof": "error",
  "@graphql-eslint/require-type-pattern-with-oneof": "error",
  "@graphql-eslint/relay-connection-types": "error",
  "@graphql-eslint/relay-edge-types": [
    "error",
    { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
  ],
  "@graphql-eslint/relay-page-info": "error",
  "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
};

export default tseslint.config(
  {
    ignores: [
      "**/*.tmp.ts",
      "node_modules",
      "schema/generated",
      "neo4j/launcher/target",
      "artifacts",
      "export",
      "public/vendor",
      ".venv-kgx",
    ],
  },
  {
    files: ["schema/schema.graphql"],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: "schema/schema.graphql" } },
    },
    plugins: { "@graphql-eslint": graphql },
    rules: GRAPHQL_SCHEMA_RULES,
  },
  { ...js.configs.recommended, files: ["**/*.{js,mjs,cjs,ts,mts,cts,tsx}"] },
  ...tseslint.configs.recommended.map((c) => ({
    ...c,
    files: c.files ?? ["**/*.{js,mjs,cjs,ts,mts,cts,tsx}"],
  })),
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts,tsx}"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read GraphQL JSON responses, whose shape the assertions themselves check.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
