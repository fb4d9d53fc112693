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
  /** The request itself is malformed (e.g. a persisted-query hash that does not match its query). */
  BadRequest = "BAD_REQUEST",
  /** The answer would be larger than the response cap; ask for smaller pages. */
  ResponseTooLarge = "RESPONSE_TOO_LARGE",
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
  ErrorCode.BadRequest,
  ErrorCode.ResponseTooLarge,
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Longest quoted input an error message repeats; the rest is cut (a bad argument may be 256 KB). */
export const ECHO_PREFIX = 32;
const MAX_MESSAGE = 300;

/** Cuts every quoted value in a message to a short prefix, and the message itself to a bounded length. */
export function clipEcho(message: string): string {
  const clipped = message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
    inner.length > ECHO_PREFIX ? `"${inner.slice(0, ECHO_PREFIX)}…"` : whole,
  );
  return clipped.length > MAX_MESSAGE ? `${clipped.slice(0, MAX_MESSAGE)}…` : clipped;
}

/**
 * graphql-js coerces variables before Apollo's schema-detail hiding applies, so its messages carry
 * "Did you mean ...", enum value lists and type names. In production they say which variable is
 * wrong and nothing about the schema.
 */
function maskVariableError(message: string): string | undefined {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(message);
  return variable ? `Variable "$${variable[1]}" has an invalid value.` : undefined;
}

/** A GraphQLError Apollo raised with an HTTP 4xx status but no code of its own (e.g. a wrong persisted-query hash). */
function clientHttpError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http
    ?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** Apollo's formatError: database errors get their code, internal errors are masked (the log gets everything). */
export function errorPolicy(log: Logger, options: { production?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    let code =
      original instanceof DatabaseError
        ? databaseErrorCode(original)
        : (formatted.extensions?.code as string | undefined);
    if (
      code === ErrorCode.InternalServerError &&
      !(original instanceof DatabaseError) &&
      clientHttpError(error)
    )
      code = ErrorCode.BadRequest;
    if (code && CLIENT_CODES.has(code)) {
      let message = original instanceof DatabaseError ? original.message : formatted.message;
      if (options.production && code === ErrorCode.BadUserInput)
        message = maskVariableError(message) ?? message;
      return {
        message: clipEcho(message),
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
