import type { Config } from "../core/config.ts";
import type { RequestDb } from "../core/db/database.ts";
import type { Store } from "../store/index.ts";
import type { Paper } from "./paper.ts";

/**
 * What every resolver gets: the query layer for this request, the configuration and the paper
 * text, and the data version the request started under. `db` is the same request's database handle, for the request log (operation name,
 * round-trips); resolvers read through `store` only.
 */
export interface Context {
  db: RequestDb;
  store: Store;
  config: Config;
  paper: Paper;
  /** The data version (server/dataVersion.ts) when the request started; null if not known yet. */
  dataVersion: number | null;
}
