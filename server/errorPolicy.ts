import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError } from "../core/db/errors.ts";
import type { Logger } from "../core/logger.ts";

/** Every error code this service raises itself (Apollo adds GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED). */
export enum ErrorCode {
  BadUserInput = "BAD_USER_INPUT",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  Timeout = "TIMEOUT",
  RateLimited = "RATE_LIMITED",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BadUserInput, argument },
  });
}

/** The one mapping from the database layer's errors to GraphQL codes. */
export function databaseErrorCode(error: DatabaseError): ErrorCode {
  if (error instanceof DatabaseUnavailableError) return ErrorCode.ServiceUnavailable;
  if (error instanceof QueryTimeoutError) return ErrorCode.Timeout;
  return ErrorCode.InternalServerError;
}

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.ServiceUnavailable,
  ErrorCode.Timeout,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Apollo's formatError: database errors get their code, internal errors are masked (the log gets everything). */
export function errorPolicy(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code =
      original instanceof DatabaseError
        ? databaseErrorCode(original)
        : (formatted.extensions?.code as string | undefined);
    if (code && CLIENT_CODES.has(code)) {
      return {
        message: original instanceof DatabaseError ? original.message : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...pick(formatted.extensions, "argument") },
      };
    }
    // The database layer logged its own failures already.
    if (!(original instanceof DatabaseError))
      log.error({ err: original, path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError },
    };
  };
}

function pick(obj: Record<string, unknown> | undefined, key: string) {
  return obj && key in obj ? { [key]: obj[key] } : {};
}
