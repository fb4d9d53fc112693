/**
 * The layering, checked by `npm run deps` (part of `npm run lint`, so of `npm test`):
 *
 *   cli/, bench/, tests/                 entry points and tests: nothing imports them
 *   server/ (API)   seed/ (loader, export)
 *   store/                               the query layer: all read Cypher
 *   core/ (config, logger, database)     schema/ (vocabulary, constraints)     neo4j/ (launcher installer)
 *
 * Imports point down only; server/ and seed/ do not import each other.
 */
const layer = (name, path, forbidden, comment) => ({
  name,
  severity: "error",
  comment,
  from: { path },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "modules must not import each other in a cycle",
      from: {},
      to: { circular: true },
    },
    layer(
      "core-is-bottom",
      "^core/",
      "^(store|server|seed|cli|bench|tests|schema)/",
      "core/ (config, logger, database access) imports nothing above it",
    ),
    layer(
      "core-knows-no-graphql",
      "^core/",
      "node_modules/(graphql|@apollo)/",
      "the database layer has its own errors; server/errorPolicy.ts maps them to GraphQL codes",
    ),
    layer(
      "store-knows-no-graphql",
      "^store/",
      "node_modules/(graphql|@apollo)/",
      "the query layer returns rows; argument checks and GraphQL errors belong to server/",
    ),
    layer(
      "neo4j-launcher-is-bottom",
      "^neo4j/",
      "^(core|store|server|seed|cli|bench|tests|schema)/",
      "the launcher installer is plain Node",
    ),
    layer(
      "schema-is-bottom",
      "^schema/(?!generated/)",
      "^(core|store|server|seed|cli|bench|tests|neo4j)/",
      "the vocabulary and constraints import nothing but each other",
    ),
    layer(
      "store-below-api-and-loader",
      "^store/",
      "^(server|seed|cli|bench|tests)/",
      "the query layer serves the API; it knows nothing above it",
    ),
    layer(
      "seed-not-api",
      "^seed/",
      "^(server|store|cli|bench|tests)/",
      "the loader sits on core/ and schema/ only",
    ),
    layer(
      "server-not-loader",
      "^server/",
      "^(seed|cli|bench|tests)/",
      "the API does not load data: entry points do",
    ),
    layer(
      "generated-types-only-api",
      "^schema/generated/",
      "^(seed|cli|bench|tests)/",
      "resolver types may name the API's context and the query layer's rows, nothing above",
    ),
    layer(
      "entry-points-on-top",
      "^(core|store|server|seed|schema|neo4j|bench)/",
      "^(cli|tests)/",
      "nothing imports an entry point or a test",
    ),
    layer(
      "bench-on-top",
      "^(core|store|server|seed|schema|neo4j|cli)/",
      "^bench/",
      "only tests may reuse the benchmark generator",
    ),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(artifacts|export|public)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js", ".json"] },
  },
};
