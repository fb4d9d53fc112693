// GraphQL texts the explorer sends that the server also sends: its start-up warm-up
// (server/warmup.ts) opens a neighbourhood with NEIGHBOURHOOD_QUERY, so Neo4j has planned exactly
// the statements a user's first open issues. One copy, so the two cannot drift apart.

// evidenceCount and supportCount (stored on the statement) say whether all its evidence refutes it,
// without a read of every listed statement's evidence.
export const STATEMENT_FIELDS = `id bestLevel strength hedged involvesCombination predicate subjectState objectState
  evidenceCount supportCount
  subject { id name kind components { id name kind } } object { id name kind components { id name kind } }`;

export const ENTITY_FIELDS = `id name kind category description synonyms statementCount
  identifiers { curie url source } identifierNote
  aliases { printed correction } components { id name kind } partOf { id name }`;

/** One page of the statements naming $id, strongest first. */
export const PAGE_QUERY = `statements(filter: { entity: $id }, first: $first, after: $after) {
  edges { node { ${STATEMENT_FIELDS} } } pageInfo { hasNextPage endCursor } }`;

/** An entity and the first page of its neighbourhood, in one round trip. */
export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!, $first: Int, $after: String) { entity(id: $id) { ${ENTITY_FIELDS} } ${PAGE_QUERY} }`;

/** Statements per page unless the permalink says otherwise (#page=N). */
export const DEFAULT_PAGE_SIZE = 40;
