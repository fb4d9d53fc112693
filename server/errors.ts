import { GraphQLError } from "graphql";

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
