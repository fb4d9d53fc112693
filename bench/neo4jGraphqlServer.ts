/**
 * The @neo4j/graphql comparison API as its own process (so its memory is measured apart from
 * ours), over the Neo4j at NEO4J_URI. Prints "ready at <url>"; stops on SIGTERM.
 */
import neo4j from "neo4j-driver";
import { useTcpNoDelay } from "../core/db/database.ts";
import { startNeo4jGraphqlApi } from "./neo4jGraphql.ts";

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("NEO4J_URI is required");
// The same Bolt socket setting our API uses, so the comparison is of the APIs, not of Nagle.
useTcpNoDelay();
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? "unused"));
const api = await startNeo4jGraphqlApi(driver);
console.log(`ready at ${api.url}`);
process.on("SIGTERM", () => {
  void api
    .close()
    .then(() => driver.close())
    .then(() => process.exit(0));
});
