import { describe, expect, it } from "vitest";
import { applySchema, staleFulltextIndexes } from "../../seed/load.ts";
import { fulltextIndexes } from "../../schema/constraints.ts";
import { evaluate } from "../../bench/relevance.ts";
import { testConfig, testLog, useSeededApi } from "./helpers.ts";

const { run, db } = useSeededApi();

const HIT = `type title score highlight target { __typename
  ... on Entity { id name } ... on Statement { id } ... on Locus { id } ... on Evidence { id }
  ... on Publication { id } ... on Study { id } ... on Outcome { id } ... on Case { id }
  ... on CaseFact { id } ... on Conflict { id } }`;

async function search(query: string, types?: string[], first = 10) {
  const { data, errors, roundTrips } = await run(
    `query($q: String!, $t: [SearchHitType!], $f: Int) { search(query: $q, types: $t, first: $f) { ${HIT} } }`,
    { q: query, t: types, f: first },
  );
  expect(errors).toBeUndefined();
  return { hits: data.search as any[], roundTrips };
}

const ids = (hits: any[]) => hits.map((h) => h.target.id);

describe("search answers what people type", () => {
  it("answers when only part of the query matches, every-word matches first, in one round-trip", async () => {
    const { hits, roundTrips } = await search("selinexor venetoclax synergy zzyzx");
    expect(hits.length).toBeGreaterThan(0);
    expect(roundTrips).toBe(1);
    // Without the unmatched word, hits matching every word rank above those matching some.
    const all = await search("selinexor venetoclax", ["STATEMENT"], 20);
    // Judged on the record's whole search text: a highlight is clipped and may not show both words.
    const texts = await db().read<{ id: string; text: string }>(
      "test",
      "MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id, s.searchText AS text",
      { ids: ids(all.hits) },
    );
    const text = new Map(texts.map((t) => [t.id, t.text]));
    const both = ids(all.hits).map(
      (id) => /selinexor/i.test(text.get(id)!) && /venetoclax/i.test(text.get(id)!),
    );
    expect(both[0]).toBe(true);
    expect(both.indexOf(false) === -1 || both.lastIndexOf(true) < both.indexOf(false)).toBe(true);
  });

  it("finds every kind of record by its own words, and `types` keeps only that kind", async () => {
    const samples = await db().read<{ type: string; id: string; text: string }>(
      "test",
      `UNWIND [['ENTITY','Entity','name'], ['STATEMENT','Statement','searchText'], ['EVIDENCE','Evidence','searchText'],
               ['REFERENCE','Publication','title'], ['STUDY','Study','title'], ['OUTCOME','Outcome','searchText'],
               ['PATIENT','Case','label'], ['PATIENT_FACT','CaseFact','searchText'], ['CONFLICT','Conflict','description']] AS k
       CALL (k) {
         MATCH (n) WHERE k[1] IN labels(n) AND n[k[2]] IS NOT NULL
         RETURN n.id AS id, n[k[2]] AS text ORDER BY size(n[k[2]]) DESC, n.id LIMIT 1
       }
       RETURN k[0] AS type, id, text
       UNION ALL
       MATCH (l:Locus) WHERE l.citationId IS NOT NULL
       WITH l ORDER BY size(l.quote) DESC, l.id LIMIT 1
       RETURN 'CITING_SENTENCE' AS type, l.id AS id, l.quote AS text`,
    );
    expect(samples.length).toBe(10);
    for (const s of samples) {
      // The record's first dozen words, as someone quoting it would type them.
      const words = s.text
        .match(/[\p{L}\p{N}]+/gu)!
        .slice(0, 12)
        .join(" ");
      const { hits } = await search(words, [s.type], 5);
      expect(ids(hits), `${s.type} ${s.id} by "${words}"`).toContain(s.id);
      for (const h of hits) expect(h.type).toBe(s.type);
      expect(hits[0].title.length).toBeGreaterThan(0);
    }
  });

  it("ranks records that match every word (or its synonym) first, across kinds of record", async () => {
    // "hypomethylating agent" is the paper's long form of HMA: the outcome says "HMA failure" and
    // "overall survival"; the HMA-refractory MDS entity has "after HMA failure" but no "survival".
    const { hits } = await search("survival after hypomethylating agent failure", undefined, 20);
    const at = (id: string) => ids(hits).indexOf(id);
    expect(at("outcome:prebet-os-after-hma-failure")).toBeGreaterThanOrEqual(0);
    expect(at("outcome:prebet-os-after-hma-failure")).toBeLessThan(5);
    const entity = at("disease:hma_refractory_mds");
    if (entity >= 0) expect(at("outcome:prebet-os-after-hma-failure")).toBeLessThan(entity);
  });

  it("finds a numbered record's facts by the paper's words, and inflections Porter stemming misses", async () => {
    // "spleen size" is Table 1's row label and the text's words, not the fact's field name.
    const spleen = await search("patient 2 spleen size", undefined, 5);
    expect(ids(spleen.hits)[0]).toMatch(/^fact:case:2:spleen_/);
    // Porter stems "died" to "di" and "die" to "die".
    const die = await search("why did patient 2 die", undefined, 5);
    const death = die.hits.find(
      (h) => /^fact:case:2:/.test(h.target.id) && /<mark>died<\/mark>/.test(h.highlight),
    );
    expect(death, ids(die.hits).join(", ")).toBeDefined();
  });

  it("expands names from the graph's own vocabulary: Greek letters, phase numerals, abbreviations", async () => {
    for (const q of ["NF kappa B", "NF-kB", "nuclear factor kappa B"])
      expect(ids((await search(q, ["ENTITY"], 3)).hits)[0], q).toBe("protein_complex:NFKB");
    expect(ids((await search("rigosertib phase 3", ["STUDY"], 3)).hits)).toContain("study:ontime-rigosertib");
    expect(ids((await search("selinexor phase 2", ["STUDY"], 3)).hits)).toContain(
      "study:selinexor-phase2-hma-failure",
    );
    // "complete remission (CR)" is defined in the paper; "CR" alone finds text saying the long form.
    const cr = await run(`{ searchResults(query: "CR", types: [STATEMENT], first: 5) { expandedWith } }`);
    expect(cr.data.searchResults.expandedWith).toContain("complete remission");
  });

  it("takes synonyms from Term nodes in the database, not from code", async () => {
    const before = await search("quibblezorp", ["ENTITY"]);
    expect(before.hits).toEqual([]);
    await db().write(
      "test",
      `CREATE (:Term {id: 'term:test:a', group: 'test:quibble', text: 'quibblezorp', key: 'quibblezorp'}),
              (:Term {id: 'term:test:b', group: 'test:quibble', text: 'eltanexor', key: 'eltanexor'})`,
    );
    try {
      const after = await search("quibblezorp", ["ENTITY"]);
      expect(ids(after.hits)[0]).toBe("drug:eltanexor");
    } finally {
      await db().write("test", "MATCH (t:Term) WHERE t.group = 'test:quibble' DELETE t");
    }
  });

  it("forgives typos and says when nothing matches, offering the nearest names", async () => {
    expect(ids((await search("selinexr", ["ENTITY"], 3)).hits)).toContain("drug:selinexor");
    const { data } = await run(
      `{ searchResults(query: "xpo9", first: 5) { hits { type } facets { count } nearest { id } } }`,
    );
    expect(data.searchResults.hits).toEqual([]);
    expect(data.searchResults.facets).toEqual([]);
    expect(data.searchResults.nearest.map((e: any) => e.id)).toContain("gene:XPO1");
  });

  it("marks whole words only, from the analyzer's tokens", async () => {
    const { hits } = await search("nf p53 kappa", undefined, 20);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits)
      for (const m of h.highlight.matchAll(/(.)?<mark>([^<]*)<\/mark>(.)?/gu)) {
        expect(m[1] ?? " ", h.highlight).toMatch(/[^\p{L}\p{N}]/u);
        expect(m[3] ?? " ", h.highlight).toMatch(/[^\p{L}\p{N}]/u);
      }
  });

  it("counts hits per kind (facets) and honours types there too", async () => {
    const { data } = await run(
      `{ all: searchResults(query: "spleen", first: 3) { hits { type } facets { type count } }
         two: searchResults(query: "spleen", types: [PATIENT_FACT, CONFLICT]) { facets { type count } } }`,
    );
    const facets = data.all.facets as { type: string; count: number }[];
    expect(facets.length).toBeGreaterThan(2);
    expect(facets.map((f) => f.count)).toEqual([...facets.map((f) => f.count)].sort((a, b) => b - a));
    for (const h of data.all.hits) expect(facets.map((f) => f.type)).toContain(h.type);
    const two = data.two.facets.map((f: any) => f.type).sort();
    expect(two).toEqual(["CONFLICT", "PATIENT_FACT"]);
    expect(data.two.facets).toEqual(facets.filter((f) => two.includes(f.type)));
  });

  it("suggests entities by name, synonym, printed spelling and spelled-out form", async () => {
    const suggest = async (prefix: string) => {
      const { data, errors } = await run(
        `query($p: String!) { suggest(prefix: $p, first: 8) { text correction entity { id name } } }`,
        { p: prefix },
      );
      expect(errors).toBeUndefined();
      return data.suggest as { text: string; correction: string; entity: { id: string } }[];
    };
    expect((await suggest("seli")).map((s) => s.entity.id)).toContain("drug:selinexor");
    expect((await suggest("KPT-3")).map((s) => s.entity.id)).toEqual(["drug:selinexor"]);
    expect((await suggest("mcl-")).map((s) => s.entity.id)).toContain("gene:MCL1");
    expect((await suggest("ASXLI")).find((s) => s.entity.id === "gene:ASXL1")?.correction).toBe("ocr");
    expect((await suggest("nf kappa")).map((s) => s.entity.id)).toContain("protein_complex:NFKB");
    const seen = (await suggest("s")).map((s) => s.entity.id);
    expect(new Set(seen).size).toBe(seen.length);
    const { errors } = await run(`{ suggest(prefix: "  ") { text } }`);
    expect(errors?.[0]?.message).toMatch(/prefix/);
  });

  it("re-creates a full-text index whose analyzer changed", async () => {
    const ix = fulltextIndexes().find((i) => i.name === "case_text")!;
    await db().write("test", `DROP INDEX ${ix.name}`);
    await db().write(
      "test",
      `CREATE FULLTEXT INDEX ${ix.name} FOR (n:${ix.label}) ON EACH [n.searchText]
       OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
    );
    expect(await staleFulltextIndexes(db())).toEqual([ix.name]);
    await applySchema(db());
    expect(await staleFulltextIndexes(db())).toEqual([]);
    const [row] = await db().read<{ analyzer: string }>(
      "test",
      `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name
       RETURN options.indexConfig['fulltext.analyzer'] AS analyzer`,
      { name: ix.name },
    );
    expect(row!.analyzer).toBe("english");
    // The re-created index is filled from the data already there.
    expect(ids((await search("Patient 2", ["PATIENT"], 3)).hits)).toContain("case:2");
  });
});

describe("relevance set", () => {
  it("finds a relevant record in the top five for at least 90% of the queries (Recall@5)", async () => {
    const { recallAt5, results } = await evaluate({ config: testConfig, db: db(), log: testLog });
    const misses = results.filter((r) => r.firstRelevantRank == null).map((r) => r.query);
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(recallAt5, `missed: ${misses.join(" | ")}`).toBeGreaterThanOrEqual(0.9);
  });
});
