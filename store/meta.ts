import { DATA_VERSION_ID, DATA_VERSION_LABEL } from "../schema/vocabulary.ts";
import type { Reader } from "./base.ts";

/** The graph's data version (see schema/vocabulary.ts DATA_VERSION_LABEL): 0 before any load. */
export interface DataVersion {
  version: number;
  /** ISO 8601 time of the commit's transaction that set it; null before any load. */
  loadedAt: string | null;
}

/** Reads the data version: one lookup by the uniqueness constraint's index. */
export async function dataVersion(reader: Reader): Promise<DataVersion> {
  const rows = await reader.read<{ version: number | null; loadedAt: string | null }>(
    `OPTIONAL MATCH (v:${DATA_VERSION_LABEL} {id: $id})
     RETURN v.version AS version, toString(v.loadedAt) AS loadedAt`,
    { id: DATA_VERSION_ID },
  );
  const row = rows[0];
  return { version: Number(row?.version ?? 0), loadedAt: row?.loadedAt ?? null };
}
