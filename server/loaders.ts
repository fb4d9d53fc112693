import DataLoader from "dataloader";
import type { RequestDb } from "./db/database.ts";
import { assertLabel, assertRelType } from "../schema/vocabulary.ts";

export type Row = Record<string, unknown> & { id: string };

/**
 * Batched loaders, one set per request: however many items a list returns, each nested field
 * costs one Cypher round-trip per level, never one per item.
 */
export function createLoaders(db: RequestDb) {
  const byId = (label: string) =>
    new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read<{ id: string; node: Row }>(
        `UNWIND $ids AS id MATCH (n:${assertLabel(label)} {id: id}) RETURN id, n {.*} AS node`,
        { ids: [...ids] },
      );
      const found = new Map(rows.map((r) => [r.id, r.node]));
      return ids.map((id) => found.get(id) ?? null);
    });

  const related = new Map<string, DataLoader<string, Row[]>>();
  /**
   * Nodes linked to each key by one of the allowlisted relationship types, in `order` (a property
   * of the related node). `dir` is the direction seen from the key's node.
   */
  const rel = (spec: { from: string; types: string[]; to: string; dir: "out" | "in"; order?: string }) => {
    const key = JSON.stringify(spec);
    let loader = related.get(key);
    if (!loader) {
      const types = spec.types.map(assertRelType).join("|");
      const pattern =
        spec.dir === "out"
          ? `(a:${assertLabel(spec.from)} {id: id})-[:${types}]->(b:${assertLabel(spec.to)})`
          : `(a:${assertLabel(spec.from)} {id: id})<-[:${types}]-(b:${assertLabel(spec.to)})`;
      const order = spec.order && /^[a-zA-Z]+$/.test(spec.order) ? `b.${spec.order}, ` : "";
      loader = new DataLoader<string, Row[]>(async (ids) => {
        const rows = await db.read<{ id: string; items: Row[] }>(
          `UNWIND $ids AS id
           OPTIONAL MATCH ${pattern}
           WITH id, b ORDER BY ${order}b.id
           RETURN id, collect(DISTINCT b {.*}) AS items`,
          { ids: [...ids] },
        );
        const found = new Map(rows.map((r) => [r.id, r.items]));
        return ids.map((id) => found.get(id) ?? []);
      });
      related.set(key, loader);
    }
    return loader;
  };

  return {
    entity: byId("Entity"),
    claim: byId("Claim"),
    publication: byId("Publication"),
    study: byId("Study"),
    caseById: byId("Case"),
    rel,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
