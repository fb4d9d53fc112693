/**
 * The database layer's own errors. Their messages are written for clients and never carry Cypher
 * or Neo4j detail (that goes to the log); the API maps each kind to its error code in one place
 * (server/errorPolicy.ts).
 */
export class DatabaseError extends Error {
  override readonly name: string = "DatabaseError";
}

/** Neo4j cannot be reached or is not serving the database; retrying later may succeed. */
export class DatabaseUnavailableError extends DatabaseError {
  override readonly name = "DatabaseUnavailableError";
  constructor(options?: ErrorOptions) {
    super("The database is unavailable; try again shortly.", options);
  }
}

/** The server-side transaction timeout stopped the query. */
export class QueryTimeoutError extends DatabaseError {
  override readonly name = "QueryTimeoutError";
  constructor(options?: ErrorOptions) {
    super("The query took too long and was stopped.", options);
  }
}

/** Any other driver failure: a bug or an unexpected database state; clients see no detail. */
export class DatabaseFailure extends DatabaseError {
  override readonly name = "DatabaseFailure";
  constructor(options?: ErrorOptions) {
    super("Internal server error", options);
  }
}
