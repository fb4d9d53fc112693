/**
 * The five logical operations of the literature benchmark, each as a query to our API and as the
 * raw Cypher a developer would write for the same data (the @neo4j/graphql versions are in
 * neo4jGraphql.ts). Variables come from the corpus's probes, so every scale asks the same questions.
 */
import type { Driver } from "neo4j-driver";
import { ALL_PATH_TYPES } from "../store/paths.ts";
import { findMechanismPathsByLevels } from "../store/pathLevels.ts";
import type { SyntheticCorpus } from "./synthetic.ts";

export const OPERATION_NAMES = [
  "entityLookup",
  "claimsPage",
  "search",
  "paths",
  "paths4",
  "citation",
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface Operation {
  /** Our API: document and variables. */
  graphql: string;
  variables: Record<string, unknown>;
  /** The same data through neo4j-driver: the Cypher a developer would write (for paths, the same search). */
  raw: (driver: Driver) => Promise<unknown>;
  /** Variables for the @neo4j/graphql document of the same name. */
  neo4jGraphqlVariables: Record<string, unknown>;
}

/**
 * Raw Cypher runs as our API runs it: an auto-commit query in a READ session (one round-trip;
 * driver.executeQuery's managed transaction costs three).
 */
export async function rawRead(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const cypher = (query: string, params: Record<string, unknown>) => (driver: Driver) =>
  rawRead(driver, query, params);

export function operations(probes: SyntheticCorpus["probes"]): Record<OperationName, Operation> {
  return {
    entityLookup: {
      graphql: `query ($name: String!) { entity(name: $name) { id name kind synonyms xrefs description } }`,
      variables: { name: probes.hubGeneName },
      raw: cypher(
        `MATCH (a:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
               RETURN e {.id, .name, .kind, .synonyms, .xrefs, .description} AS entity LIMIT 1`,
        { key: probes.hubGeneName.toLowerCase() },
      ),
      neo4jGraphqlVariables: { key: probes.hubGeneName.toLowerCase() },
    },
    // The name is kept from the claims model so that figures before and after compare by row.
    claimsPage: {
      graphql: `query ($subject: ID!) {
        statements(filter: { subject: $subject, minLevel: D }, first: 20) {
          edges { node { id predicate bestLevel strength object { id name } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { subject: probes.hubDrug },
      raw: cypher(
        `MATCH (c:Statement) WHERE c.subjectId = $subject AND c.levelRank >= $minRank
               WITH c ORDER BY c.levelRank DESC, c.id LIMIT 20
               MATCH (c)-[:OBJECT]->(o:Entity)
               RETURN c {.id, .predicate, .bestLevel, .strength, object: o {.id, .name}} AS statement`,
        { subject: probes.hubDrug, minRank: 2 },
      ),
      neo4jGraphqlVariables: { subject: probes.hubDrug, minRank: 2 },
    },
    search: {
      graphql: `query ($q: String!) {
        search(query: $q, types: [STATEMENT], first: 10) {
          score target { ... on Statement { id predicate subject { name } object { name } } }
        }
      }`,
      variables: { q: probes.searchTerm },
      raw: cypher(
        `CALL db.index.fulltext.queryNodes('statement_text', $q, {limit: 10}) YIELD node, score
               MATCH (node)-[:SUBJECT]->(s:Entity) MATCH (node)-[:OBJECT]->(o:Entity)
               RETURN score, node {.id, .predicate, subject: s.name, object: o.name} AS statement
               ORDER BY score DESC`,
        { q: probes.searchTerm },
      ),
      neo4jGraphqlVariables: { q: probes.searchTerm },
    },
    paths: pathsOperation(probes, 3),
    // The same question in up to four steps: the hops where enumeration explodes.
    paths4: pathsOperation(probes, 4),
    citation: {
      graphql: `query ($id: ID!) {
        publication(id: $id) {
          id title year
          citingSentences(first: 20) { quote section }
          statements(first: 20) { id predicate subject { name } object { name } }
        }
      }`,
      variables: { id: probes.topPaper },
      raw: cypher(
        `MATCH (p:Publication {id: $id})
               CALL (p) { MATCH (p)<-[:CITES]-(l:Locus) WITH l ORDER BY l.id LIMIT 20
                          RETURN collect(l {.quote, .section}) AS sentences }
               CALL (p) { MATCH (p)<-[:CITES]-(c:Statement) WITH c ORDER BY c.levelRank DESC, c.id LIMIT 20
                          MATCH (c)-[:SUBJECT]->(s:Entity) MATCH (c)-[:OBJECT]->(o:Entity)
                          RETURN collect(c {.id, .predicate, subject: s.name, object: o.name}) AS statements }
               RETURN p {.id, .title, .year} AS publication, sentences, statements`,
        { id: probes.topPaper },
      ),
      neo4jGraphqlVariables: { id: probes.topPaper },
    },
  };
}

/** Mechanism paths between the probes' pair in up to `maxHops` steps: ours, and the level-by-level baseline. */
function pathsOperation(probes: SyntheticCorpus["probes"], maxHops: 3 | 4): Operation {
  return {
    graphql: `query ($from: ID!, $to: ID!) {
        mechanismPaths(from: $from, to: $to, maxHops: ${maxHops}, first: 10) {
          score steps { from { id } to { id } predicate level statement { id } }
        }
      }`,
    variables: { from: probes.pathFrom, to: probes.pathTo },
    raw: (driver: Driver) =>
      findMechanismPathsByLevels((query, params) => rawRead(driver, query, params) as never, {
        from: probes.pathFrom,
        to: probes.pathTo,
        maxHops,
        minRank: 1,
        types: ALL_PATH_TYPES,
        first: 10,
      }),
    neo4jGraphqlVariables: { from: probes.pathFrom, to: probes.pathTo },
  };
}
