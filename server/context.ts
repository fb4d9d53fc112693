import type { Config } from "../core/config.ts";
import type { RequestDb } from "../core/db/database.ts";
import type { Loaders } from "./loaders.ts";
import type { Paper } from "./paper.ts";

/** What every resolver gets: a per-request database handle, its loaders, and the paper text. */
export interface Context {
  db: RequestDb;
  loaders: Loaders;
  config: Config;
  paper: Paper;
}
