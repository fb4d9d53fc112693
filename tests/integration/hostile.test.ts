import { readFileSync, writeFileSync, mkdtempSync, cpSync } from "node:fs";
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, inject } from "vitest";
import { parse as parseYaml, stringify } from "yaml";
import {
  Kind,
  buildSchema,
  getNamedType,
  isInputObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLObjectType,
  type TypeNode,
} from "graphql";
import { graphCounts, loadSeed } from "../../seed/load.ts";
import { DEFAULT_SEED_DIR, SeedValidationError } from "../../seed/validate.ts";
import { until, useSeededApi } from "./helpers.ts";

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
    // Listed again independently, from the SDL's syntax tree rather than the built schema.
    const doc = parse(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
    const typeName = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : typeName(t.type));
    const inputs = new Map(
      doc.definitions
        .filter((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
        .map((d) => [d.name.value, d.fields ?? []]),
    );
    const query = doc.definitions.find(
      (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query",
    );
    const expected: string[] = [];
    for (const f of query?.kind === Kind.OBJECT_TYPE_DEFINITION ? (query.fields ?? []) : [])
      for (const a of f.arguments ?? []) {
        const t = typeName(a.type);
        if (t === "String" || t === "ID") expected.push(`${f.name.value}.${a.name.value}`);
        for (const inner of inputs.get(t) ?? [])
          if (["String", "ID"].includes(typeName(inner.type)))
            expected.push(`${f.name.value}.${a.name.value}.${inner.name.value}`);
      }
    const covered = stringArgs.map((s) => [s.field, s.arg.name, s.inputField].filter(Boolean).join("."));
    expect(covered.sort()).toEqual(expected.sort());
    // A few that must be among them: lookups, filters' ids and texts, the search text.
    expect(covered).toEqual(
      expect.arrayContaining([
        "entity.name",
        "statements.filter.entity",
        "cases.filter.karyotype",
        "search.query",
      ]),
    );
  });

  it("answers each injection with a clear error or a correct empty answer, and changes nothing", async () => {
    const before = await graphCounts(api.db());
    const unexpected: string[] = [];
    let tried = 0;
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
        tried += 1;
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
    expect(tried).toBe(stringArgs.length * INJECTIONS.length);
    expect(unexpected).toEqual([]);
    expect(await graphCounts(api.db())).toEqual(before);
  }, 120_000);
});

function selectionFor(type: string): string {
  const map: Record<string, string> = {
    Entity: "{ id }",
    EntityConnection: "{ edges { node { id } } }",
    Statement: "{ id }",
    StatementConnection: "{ edges { node { id } } }",
    Evidence: "{ id }",
    CitationVerdict: "{ id }",
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

  it("refuses a directive flood with the directive limit, and a repeated directive with graphql-js's rule", async () => {
    // 200 directives, each valid where it stands: only the directive limit stops this document.
    const flood = await run(`{ ${"... on Query @include(if: true) { health { status } } ".repeat(200)} }`);
    expect(flood.data).toBeUndefined();
    expect(flood.errors?.map((e: any) => e.message)).toEqual(["Directives limit of 50 exceeded, found 200."]);
    expect(flood.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    // One directive repeated at one location is graphql-js's own rule.
    const repeated = await run(`{ health @skip(if: false) ${"@include(if: true) ".repeat(20)} { status } }`);
    expect(repeated.data).toBeUndefined();
    expect(repeated.errors?.map((e: any) => e.message)).toContain(
      'The directive "@include" can only be used once at this location.',
    );
    // A few directives are an ordinary query.
    const few = await run(`{ health @include(if: true) { status } }`);
    expect(few.errors).toBeUndefined();
    expect(few.data.health.status).toBe("ok");
  });

  it("refuses a nested entities -> claims -> subject -> claims query without `first` by its cost", async () => {
    // Entity's list of claims, found in the schema whatever it is called; its default page is 50.
    const schema = buildSchema(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
    const rel = Object.values((schema.getType("Entity") as GraphQLObjectType).getFields()).find(
      (f) =>
        f.args.some((a) => a.name === "first") &&
        "subject" in ((getNamedType(f.type) as GraphQLObjectType).getFields?.() ?? {}),
    )!.name;
    const nested = await run(
      `{ entities { edges { node { ${rel} { subject { ${rel} { subject { name } } } } } } } }`,
    );
    expect(nested.data).toBeUndefined();
    expect(nested.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(nested.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit/);
  });

  it("refuses fragments that each spread the next one twice, by cost, without walking every path", async () => {
    let doc = `query Doubling { ...F0 }\n`;
    for (let i = 0; i < 23; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    const result = await run(doc + `fragment F23 on Query { __typename }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e: any) => e.message)).toEqual([
      expect.stringMatching(/Query cost .* exceeds the limit/),
    ]);
  });

  it("answers a nested or oversized JSON cursor with BAD_USER_INPUT on every connection", async () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
    const connections = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === "after"),
    );
    expect(connections.map((f) => f.name)).toEqual(expect.arrayContaining(["entities", "publications"]));
    const cursors = [
      Buffer.from(`[${"[".repeat(150)}1${"]".repeat(150)},"x"]`).toString("base64url"),
      Buffer.from("[".repeat(20_000) + "]".repeat(20_000)).toString("base64url"),
      Buffer.from(JSON.stringify([{ level: "A" }, "claim:x"])).toString("base64url"),
    ];
    for (const f of connections)
      for (const after of cursors) {
        const result = await run(`query($after: String) { ${f.name}(after: $after) { edges { cursor } } }`, {
          after,
        });
        expect(
          result.errors?.map((e: any) => e.extensions?.code),
          `${f.name}`,
        ).toEqual(["BAD_USER_INPUT"]);
        expect(result.errors?.[0]?.message).toBe('Argument "after": is not a cursor returned by this API');
      }
  });

  it("refuses fragments that spread themselves", async () => {
    const cyclic = await run(
      `{ statements { edges { node { ...A } } } } fragment A on Statement { subject { statements { ...A } } }`,
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
      () => seedWith("evidence.yaml", "- id: ev:x\n  statement: [unclosed\n"),
      /evidence\.yaml:\d+/,
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
        const evidence = parseYaml(original("evidence.yaml"));
        evidence[1].id = evidence[0].id;
        return seedWith("evidence.yaml", stringify(evidence));
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
    await api.db().write("test", "MATCH (c:Statement) WITH c LIMIT 1 SET c.killTestMarker = true");
    const child = spawn(process.execPath, ["--import", "tsx", "cli/seed.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: inject("neo4jUri"),
        NEO4J_PASSWORD: inject("neo4jAuth").credentials,
        LOG_LEVEL: "warn",
      },
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
    // Neo4j rolls the killed load back once it notices the dropped connection: wait until the
    // seed's transaction (tagged with operation "seed") is gone.
    await until("the killed seed transaction is rolled back", async () => {
      const open = await api
        .db()
        .read<{ n: number }>(
          "test",
          "SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = 'seed' RETURN count(*) AS n",
        );
      return open[0]!.n === 0;
    });
    const marked = await api
      .db()
      .read<{ n: number }>("test", "MATCH (c:Statement) WHERE c.killTestMarker RETURN count(c) AS n");
    expect(marked[0]!.n).toBe(1);
    await api.db().write("test", "MATCH (c:Statement) WHERE c.killTestMarker REMOVE c.killTestMarker");
    expect(await graphCounts(api.db())).toEqual(before);
  }, 120_000);
});
