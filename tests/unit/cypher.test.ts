import { describe, expect, it } from "vitest";
import { statementListQuery, type StatementFilter } from "../../store/statements.ts";
import { entityListQuery } from "../../store/entities.ts";
import { publicationListQuery } from "../../store/publications.ts";
import { ALL_PATH_TYPES } from "../../store/paths.ts";
import { pathLevelQuery } from "../../store/pathLevels.ts";
import type { Cypher } from "../../store/base.ts";
import type { PageRequest } from "../../store/paging.ts";

const first: PageRequest = { after: null, size: 20, count: true };
const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const pin = ({ text, params }: Cypher) => ({ text: flat(text), params });

/** Every $name in the text has a parameter, and no user value is spelt into the text. */
function parameterised(query: Cypher, values: unknown[]) {
  const used = new Set([...query.text.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]!));
  for (const name of used) expect(query.params, `$${name}`).toHaveProperty(name);
  for (const v of values) if (typeof v === "string" && v.length > 3) expect(query.text).not.toContain(v);
}

const mentions = (text: string, param: string) => new RegExp(`\\$${param}\\b`).test(text);

const VALUES: Required<{
  [K in Exclude<keyof StatementFilter, "includeCombinations">]: NonNullable<StatementFilter[K]>;
}> = {
  entity: "ENTITY_VALUE",
  subject: "SUBJECT_VALUE",
  object: "OBJECT_VALUE",
  predicate: "PREDICATE_VALUE",
  minLevel: "C",
  level: "B",
  modelSystem: "MODEL_VALUE",
  provenance: "PROVENANCE_VALUE",
  direction: "DIRECTION_VALUE",
  reference: 7,
  disease: "DISEASE_VALUE",
  hedged: true,
  involvesCombination: false,
  knowledgeLevel: "KNOWLEDGE_VALUE",
  epistemicStatus: "STATUS_VALUE",
  negated: true,
  inference: false,
};
const ALL_FIELDS = Object.keys(VALUES) as (keyof typeof VALUES)[];
/** Every combination of these (2^12) is checked; the others one at a time against each of these. */
const FIELDS = ALL_FIELDS.slice(0, 12);

describe("statements list: one filter model for page and count", () => {
  it("pins the page and count of an unfiltered first page", () => {
    const q = statementListQuery(null, first);
    expect(pin(q.page)).toMatchSnapshot();
    expect(pin(q.count)).toMatchSnapshot();
  });

  it.each([
    ["entity + minLevel", { entity: "gene:TP53", minLevel: "C" }],
    [
      "subject + object + predicate",
      { subject: "drug:selinexor", object: "gene:XPO1", predicate: "inhibits" },
    ],
    ["object + level + reference", { object: "gene:MCL1", level: "D", reference: 35 }],
    [
      "model system, provenance, direction, disease",
      {
        modelSystem: "cell_line",
        provenance: "cited",
        direction: "supports",
        disease: "disease:mds",
      },
    ],
    [
      "entity with its combinations, hedged",
      { entity: "drug:venetoclax", includeCombinations: true, hedged: true },
    ],
    ["epistemics of the evidence", { epistemicStatus: "proposed", inference: true, negated: false }],
  ] as [string, StatementFilter][])("pins %s", (_name, filter) => {
    const q = statementListQuery(filter, first);
    expect({ page: pin(q.page), count: pin(q.count) }).toMatchSnapshot();
  });

  it("resumes after the cursor: its level from its id, weaker levels from the start", () => {
    const q = statementListQuery({ minLevel: "D" }, { after: [4, "stmt:x"], size: 5, count: false });
    expect(q.page.params.levels).toEqual([
      { rank: 4, from: "stmt:x" },
      { rank: 3, from: "" },
      { rank: 2, from: "" },
    ]);
    expect(q.page.params.limit).toBe(6);
  });

  it("includes combinations only when asked, and only with an entity", () => {
    const plain = statementListQuery({ entity: "drug:venetoclax" }, first);
    const withCombinations = statementListQuery(
      { entity: "drug:venetoclax", includeCombinations: true },
      first,
    );
    expect(plain.page.params.includeCombinations).toBe(false);
    expect(withCombinations.page.params.includeCombinations).toBe(true);
    expect(withCombinations.count.params.includeCombinations).toBe(true);
    expect(withCombinations.count.text).toContain("HAS_PART");
    expect(statementListQuery({ includeCombinations: true }, first).page.params.includeCombinations).toBe(
      false,
    );
  });

  const filters: StatementFilter[] = [];
  for (let mask = 0; mask < 1 << FIELDS.length; mask++) {
    const filter: StatementFilter = {};
    FIELDS.forEach((f, i) => {
      if (mask & (1 << i)) (filter as Record<string, unknown>)[f] = VALUES[f];
    });
    filters.push(filter);
  }
  for (const extra of ALL_FIELDS.slice(FIELDS.length))
    for (const base of filters.slice(0, 1 << 6)) filters.push({ ...base, [extra]: VALUES[extra] });

  it("for every combination of filters, page and count filter on the same fields and levels", () => {
    for (const filter of filters) {
      const q = statementListQuery(filter, first);
      parameterised(q.page, Object.values(filter));
      parameterised(q.count, Object.values(filter));
      // The same parameter values reach both queries.
      for (const f of ALL_FIELDS.filter((f) => f !== "minLevel" && f !== "level"))
        expect([q.page.params[f], q.count.params[f]]).toEqual([filter[f] ?? null, filter[f] ?? null]);
      // The level ranks the count accepts are exactly the levels the page reads (no cursor).
      const levels = (q.page.params.levels as { rank: number }[]).map((l) => l.rank);
      expect(q.count.params.ranks).toEqual(levels);
      expect(q.count.text).toContain("c.levelRank IN $ranks");
      // Every given field is a predicate of both queries (the page names anchors in its branches).
      for (const f of ALL_FIELDS.filter((f) => filter[f] != null && f !== "minLevel" && f !== "level")) {
        expect(mentions(q.count.text, f), f).toBe(true);
        expect(mentions(q.page.text, f), f).toBe(true);
      }
      for (const f of ALL_FIELDS.filter((f) => filter[f] == null && f !== "minLevel" && f !== "level")) {
        expect(mentions(q.count.text, f), f).toBe(false);
        expect(mentions(q.page.text, f), f).toBe(false);
      }
    }
  }, 120_000);
});

describe("entities and publications lists", () => {
  it.each([
    ["no filter", null],
    ["kind", { kind: "gene" }],
    ["name", { nameContains: "XPO" }],
    ["kind and name", { kind: "drug", nameContains: "Selin" }],
  ] as const)("entities: pins %s", (_name, filter) => {
    const q = entityListQuery(filter, { after: ["xpo1", "gene:XPO1"], size: 10, count: true });
    expect({ page: pin(q.page), count: pin(q.count) }).toMatchSnapshot();
    parameterised(q.page, ["XPO", "Selin", "xpo1", "gene:XPO1"]);
    // One filter model: the count filters with the page's own predicate and values.
    expect(q.page.text).toContain(
      q.count.text.slice(q.count.text.indexOf("WHERE") + 6, q.count.text.indexOf(" RETURN")),
    );
    expect(q.count.params).toEqual({ kind: q.page.params.kind, contains: q.page.params.contains });
  });

  it("publications: pins the page after a cursor", () => {
    const q = publicationListQuery({ after: [12, "pub:ref12"], size: 40, count: true });
    expect({ page: pin(q.page), count: pin(q.count) }).toMatchSnapshot();
  });
});

describe("mechanism paths", () => {
  it.each([false, true])("pins the level query (last level: %s)", (last) => {
    const text = pathLevelQuery(["INHIBITS", "TREATS"], last);
    expect(flat(text)).toMatchSnapshot();
    // Entity ids and levels only as parameters; relationship types only from the allowlist.
    expect([...new Set([...text.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]))].sort()).toEqual(
      last ? ["ids", "minRank", "to"] : ["ids", "minRank"],
    );
    expect(text).toContain("[r:INHIBITS|TREATS]");
    // Degrees count every statement edge, whatever the query's predicates.
    expect(text).toContain(ALL_PATH_TYPES.join("|"));
  });
  it("refuses a relationship type outside the allowlist", () => {
    expect(() => pathLevelQuery(["INHIBITS]->() DETACH DELETE (m"], false)).toThrow(/allowlist/);
  });
});
