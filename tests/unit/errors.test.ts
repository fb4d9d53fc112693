import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { DatabaseFailure, DatabaseUnavailableError, QueryTimeoutError } from "../../core/db/errors.ts";
import { badInput, clipEcho, errorPolicy } from "../../server/errorPolicy.ts";
import { createLogger } from "../../core/logger.ts";

const policy = errorPolicy(createLogger("silent"));
/** What Apollo hands formatError for an error thrown by a resolver. */
const fromResolver = (error: Error) => {
  const wrapped = new GraphQLError(error.message, { path: ["health"], originalError: error });
  return policy({ ...wrapped.toJSON(), extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped);
};

describe("error policy: the one map from errors to GraphQL codes", () => {
  it.each([
    [
      new DatabaseUnavailableError(),
      "SERVICE_UNAVAILABLE",
      "The database is unavailable; try again shortly.",
    ],
    [new QueryTimeoutError(), "TIMEOUT", "The query took too long and was stopped."],
    [new DatabaseFailure(), "INTERNAL_SERVER_ERROR", "Internal server error"],
    [
      new Error("Neo.ClientError.Statement.SyntaxError at MATCH (n)"),
      "INTERNAL_SERVER_ERROR",
      "Internal server error",
    ],
  ])("%s becomes %s with a message for clients", (error, code, message) => {
    expect(fromResolver(error)).toEqual({ message, path: ["health"], extensions: { code } });
  });

  it("keeps a bad-input error's message and argument", () => {
    const error = badInput("first", "must be at most 100");
    expect(policy(error.toJSON(), error)).toMatchObject({
      message: 'Argument "first": must be at most 100',
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
  });

  it("gives a 4xx error Apollo raised without a code (wrong persisted-query hash) BAD_REQUEST", () => {
    const error = new GraphQLError("provided sha does not match query", {
      extensions: { http: { status: 400, headers: new Map() } },
    });
    const formatted = policy(
      { message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } },
      error,
    );
    expect(formatted.extensions?.code).toBe("BAD_REQUEST");
  });

  it("masks variable coercion messages in production and cuts echoed input everywhere", () => {
    const production = errorPolicy(createLogger("silent"), { production: true });
    const message =
      'Variable "$l" got invalid value "Z"; Value "Z" does not exist in "EvidenceLevel" enum. Did you mean the enum value "A"?';
    const error = new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
    expect(production(error.toJSON(), error).message).toBe('Variable "$l" has an invalid value.');
    expect(clipEcho(`Int cannot represent non-integer value: "${"x".repeat(5000)}"`)).toBe(
      `Int cannot represent non-integer value: "${"x".repeat(32)}…"`,
    );
    expect(clipEcho("y".repeat(1000)).length).toBeLessThanOrEqual(301);
  });
});
