import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ApolloClient, ApolloLink, InMemoryCache, Observable, gql } from "@apollo/client/core";
import { buildSchema, isAbstractType, print } from "graphql";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "./helpers.ts";

/**
 * Every named operation a user runs (queries/) through Apollo Client 3's normalised cache, all in one
 * shared cache as an app would: a type that stands for a stored record but hides its id, or two
 * operations that select the same unnormalised object with different fields, leave a result
 * incomplete when read back from the cache after the others were written.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const QUERY_DIR = path.join(ROOT, "queries");
const { run } = useSeededApi();

/** possibleTypes for unions and interfaces, read from the SDL (the cache needs them for fragments). */
function possibleTypes(): Record<string, string[]> {
  const schema = buildSchema(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isAbstractType)
      .map((t) => [t.name, schema.getPossibleTypes(t).map((p) => p.name)]),
  );
}

describe("named operations through Apollo Client's normalised cache", () => {
  it("reads every operation's result back complete and unchanged from one shared cache", async () => {
    const network = new Map<string, unknown>();
    // The in-process server as the client's transport; the raw response is kept per operation.
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          run(print(operation.query), operation.variables)
            .then(({ data, errors }) => {
              network.set(operation.operationName, data);
              observer.next({ data, errors: errors as never });
              observer.complete();
            })
            .catch((error) => observer.error(error));
        }),
    );
    // The one piece of client configuration: Epistemics is a value embedded in its Evidence (no id of
    // its own), so two operations' selections of it are merged rather than one replacing the other.
    const cache = new InMemoryCache({
      possibleTypes: possibleTypes(),
      typePolicies: { Epistemics: { merge: true } },
    });
    const client = new ApolloClient({ cache, link });

    const files = readdirSync(QUERY_DIR).filter((f) => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThan(5);
    const documents = files.map((f) => gql(readFileSync(path.join(QUERY_DIR, f), "utf8")));
    for (const query of documents) {
      const result = await client.query({ query, fetchPolicy: "network-only", errorPolicy: "none" });
      expect(result.errors).toBeUndefined();
    }
    // After all were written, each reads back from the cache alone: complete, and equal to what the
    // server sent (so no later operation overwrote or dropped a field an earlier one selected).
    for (const [i, query] of documents.entries()) {
      const name = path.basename(files[i]!, ".graphql");
      const diff = cache.diff<Record<string, unknown>>({ query, returnPartialData: true, optimistic: false });
      expect(diff.missing?.map((m) => m.message) ?? [], name).toEqual([]);
      expect(diff.complete, name).toBe(true);
      expect(diff.result, name).toEqual(network.get(name));
    }
  });
});
