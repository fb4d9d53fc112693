import { createBase, type Reader } from "./base.ts";
import { caseQueries } from "./cases.ts";
import { statementQueries } from "./statements.ts";
import { conflictQueries } from "./conflicts.ts";
import { entityQueries } from "./entities.ts";
import { lociQueries } from "./loci.ts";
import { pathQueries } from "./paths.ts";
import { publicationQueries } from "./publications.ts";
import { searchQueries } from "./search.ts";
import { studyQueries } from "./studies.ts";

/**
 * The query layer: every read the API makes, as named functions returning typed rows, one module
 * per concern. One store per request: its loaders batch and cache within that request only.
 */
export function createStore(db: Reader) {
  const base = createBase(db);
  return {
    entities: entityQueries(db, base),
    statements: statementQueries(db, base),
    loci: lociQueries(base),
    publications: publicationQueries(db, base),
    cases: caseQueries(db, base),
    studies: studyQueries(db, base),
    conflicts: conflictQueries(db, base),
    search: searchQueries(db),
    paths: pathQueries(db),
  };
}

export type Store = ReturnType<typeof createStore>;
