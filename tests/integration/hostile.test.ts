import { readFileSync, writeFileSync, mkdtempSync, cpSync } from "node:fs";
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, inject } from "vitest";
import { parse as parseYaml, stringify } from "yaml";
import { buildSchema, getNamedType, isInputObjectType, type GraphQLArgument } from "graphql";
import { graphCounts, loadSeed } from "../../seed/load.ts";
import { DEFAULT_SEED_DIR, SeedValidationError } from "../../seed/validate.ts";
import { useSeededApi } from "./helpers.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const api = useSeededApi();
const run = api.run;

/** Strings that would do damage if any layer spliced them into Cypher, Lucene or HTML. */
const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  "x` DETACH DELETE n //",
  `\\u0027) RETURN 1 UNION MATCH (n) RETURN n //`,
  `*:* OR name:*`,
  `nuclear") OR ("`,
  `<script>alert(1)</script>`,
  `$limit`,
  "a".repeat(5000),
  "",
];

describe("hostile string arguments", () => {
  const schema = buildSchema(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
  const fields = Object.values(schema.getQueryType()!.getFields());
  const stringArgs: { field: string; arg: GraphQLArgument; inputField?: string }[] = [];
  for (const f of fields) {
    for (const a of f.args) {
      const named = getNamedType(a.type);
      if (["String", "ID"].includes(named.name)) stringArgs.push({ field: f.name, arg: a });
      if (isInputObjectType(named)) {
        for (const inner of Object.values(named.getFields())) {
          if (["String", "ID"].includes(getNamedType(inner.type).name))
            stringArgs.push({ field: f.name, arg: a, inputField: inner.name });
        }
      }
    }
  }

  it("covers every string argument of every query field", () => {
    expect(stringArgs.length).toBeGreaterThan(20);
  });

  it("answers each injection with a clear error or a correct empty answer, and changes nothing", async () => {
    const before = await graphCounts(api.db());
    const unexpected: string[] = [];
    for (const { field, arg, inputField } of stringArgs) {
      const f = fields.find((x) => x.name === field)!;
      // Fill the other required arguments with harmless valid values.
      const required = f.args.filter((a) => a.name !== arg.name && a.type.toString().endsWith("!"));
      const fixed = Object.fromEntries(
        required.map((a) => [a.name, getNamedType(a.type).name === "Int" ? 1 : "gene:XPO1"]),
      );
      const selection = selectionFor(getNamedType(f.type).name);
      for (const evil of INJECTIONS) {
        const value = inputField ? { [inputField]: evil } : evil;
        const args = { ...fixed, [arg.name]: value };
        const varDefs = Object.keys(args)
          .map((k) => `$${k}: ${f.args.find((a) => a.name === k)!.type.toString()}`)
          .join(", ");
        const callArgs = Object.keys(args)
          .map((k) => `${k}: $${k}`)
          .join(", ");
        const result = await run(`query(${varDefs}) { ${field}(${callArgs}) ${selection} }`, args);
        const codes = (result.errors ?? []).map((e: any) => e.extensions?.code);
        // Acceptable: data (possibly empty or null), or a client error that names what is wrong.
        if (
          codes.some((c: unknown) => !["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"].includes(String(c)))
        ) {
          unexpected.push(
            `${field}(${arg.name}${inputField ? "." + inputField : ""}=${JSON.stringify(evil).slice(0, 30)}): ${JSON.stringify(result.errors)}`,
          );
        }
        for (const e of result.errors ?? []) expect(e.message).not.toMatch(/Neo4j|Cypher|Neo\.|at \w+ \(/);
      }
    }
    expect(unexpected).toEqual([]);
    expect(await graphCounts(api.db())).toEqual(before);
  }, 120_000);
});

function selectionFor(type: string): string {
  const map: Record<string, string> = {
    Entity: "{ id }",
    EntityConnection: "{ edges { node { id } } }",
    Claim: "{ id }",
    ClaimConnection: "{ edges { node { id } } }",
    SearchHit: "{ type highlight }",
    MechanismPath: "{ score }",
    Neighbourhood: "{ groups { predicate } }",
    Publication: "{ id }",
    PublicationConnection: "{ edges { node { id } } }",
    Case: "{ id }",
    Study: "{ id }",
    Outcome: "{ id }",
    Conflict: "{ id }",
    Passage: "{ text }",
    Health: "{ status }",
  };
  return map[type] ?? "{ __typename }";
}

describe("hostile documents", () => {
  it("refuses a mutation (the API is read-only: no write path exists)", async () => {
    const result = await run(`mutation { deleteEverything }`);
    expect(result.errors?.[0]?.message).toBe("This API is read-only: mutation operations are not accepted.");
    const sub = await run(`subscription { health { status } }`);
    expect(sub.errors?.[0]?.message).toMatch(/read-only: subscription/);
  });

  it("refuses documents with too many tokens before validating them", async () => {
    const result = await run(`{ ${Array.from({ length: 3000 }, () => "health { status }").join(" ")} }`);
    expect(result.errors?.[0]?.message).toMatch(/Document contains more th[ae][nt] 5000 tokens/);
  });

  it("refuses directive floods and deeply nested fragments", async () => {
    const directives = await run(
      `{ health @skip(if: false) ${"@include(if: true) ".repeat(200)} { status } }`,
    );
    expect(directives.errors?.length).toBeGreaterThan(0);
    const cyclic = await run(
      `{ claims { edges { node { ...A } } } } fragment A on Claim { subject { claims { ...A } } }`,
    );
    expect(cyclic.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
  });
});

describe("bad seed data", () => {
  function seedWith(file: string, content: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "badseed-"));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, file), content);
    return dir;
  }
  const original = (file: string) => readFileSync(path.join(DEFAULT_SEED_DIR, file), "utf8");

  const cases: [string, () => string, RegExp][] = [
    [
      "malformed YAML",
      () => seedWith("claims.yaml", "- id: claim:x\n  subject: [unclosed\n"),
      /claims\.yaml:\d+/,
    ],
    ["a truncated file", () => seedWith("cases.yaml", original("cases.yaml").slice(0, 5000)), /cases\.yaml/],
    [
      "an oversized file",
      () => seedWith("citations.yaml", original("citations.yaml") + "#".repeat(6 * 1024 * 1024)),
      /citations\.yaml.*larger than/,
    ],
    [
      "inconsistent records (duplicate ids across files)",
      () => {
        const claims = parseYaml(original("claims.yaml"));
        claims[1].id = claims[0].id;
        return seedWith("claims.yaml", stringify(claims));
      },
      /duplicate id/,
    ],
    [
      "a wrong type",
      () => seedWith("studies.yaml", original("studies.yaml").replace(/n: 70\b/, "n: seventy")),
      /studies\.yaml:\d+: .*population\.n/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`rejects ${what} with a clear message and writes nothing`, async () => {
      const before = await graphCounts(api.db());
      const error = await loadSeed(api.db(), { seedDir: make() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as Error).message).toMatch(message);
      expect(await graphCounts(api.db())).toEqual(before);
    });
  }

  it("leaves the database as it was when a load is killed mid-way", async () => {
    const before = await graphCounts(api.db());
    // Break the current graph's equality with the seed, so a completed load would be visible.
    await api.db().write("test", "MATCH (c:Claim) WITH c LIMIT 1 SET c.killTestMarker = true");
    const child = spawn(process.execPath, ["--import", "tsx", "seed/cli.ts"], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await new Promise<void>((resolve, reject) => {
      let err = "";
      child.stderr.on("data", (d) => {
        err += d;
        // Progress lines are printed inside the write transaction: kill at the first one.
        if (err.includes("nodes ")) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => reject(new Error(`seed exited before it could be killed:\n${err}`)));
    });
    await new Promise((r) => setTimeout(r, 2000)); // let Neo4j notice the dropped connection and roll back
    const marked = await api
      .db()
      .read<{ n: number }>("test", "MATCH (c:Claim) WHERE c.killTestMarker RETURN count(c) AS n");
    expect(marked[0]!.n).toBe(1);
    await api.db().write("test", "MATCH (c:Claim) WHERE c.killTestMarker REMOVE c.killTestMarker");
    expect(await graphCounts(api.db())).toEqual(before);
  }, 120_000);
});
