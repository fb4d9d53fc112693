import { GraphQLError } from "graphql";

/** Every error code a client can see, in one place. */
export enum ErrorCode {
  BadUserInput = "BAD_USER_INPUT",
  NotFound = "NOT_FOUND",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTooComplex = "QUERY_TOO_COMPLEX",
  Timeout = "TIMEOUT",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BadUserInput, argument },
  });
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QueryTooComplex } });
}
