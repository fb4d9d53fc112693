import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic.ts";
import { loadCorpus } from "../../seed/corpus.ts";
import { graphCounts } from "../../seed/load.ts";
import { SeedValidationError } from "../../seed/validate.ts";
import { createStore } from "../../store/index.ts";
import { dataVersion } from "../../store/meta.ts";
import { useSeededApi } from "./helpers.ts";

const CLAIMS = 3000;
const corpus = generateCorpus({ claims: CLAIMS, seed: 7 });
const { run, db } = useSeededApi();

/** Removes everything a synthetic corpus wrote, so the other test files see the paper alone. */
async function removeCorpus() {
  await db().write(
    "test-cleanup",
    `MATCH (n) WHERE n.dataset STARTS WITH 'pub:syn.' OR n.dataset STARTS WITH 'corpus:synthetic'
     DETACH DELETE n`,
  );
}

/** The data version before and after the load, and the transactions the load committed. */
const bumps = { before: 0, after: 0, transactions: 0 };
beforeAll(async () => {
  await removeCorpus();
  bumps.before = (await dataVersion(db().forRequest("test"))).version;
  bumps.transactions = (await loadCorpus(db(), corpus, { evidencePerTransaction: 700 })).transactions;
  bumps.after = (await dataVersion(db().forRequest("test"))).version;
});
afterAll(removeCorpus);

describe("synthetic corpus generator", () => {
  const digest = (c: unknown) => createHash("sha256").update(JSON.stringify(c)).digest("hex");

  it("is deterministic from its seed number", () => {
    expect(digest(generateCorpus({ claims: 500, seed: 3 }))).toBe(
      digest(generateCorpus({ claims: 500, seed: 3 })),
    );
    expect(digest(generateCorpus({ claims: 500, seed: 3 }))).not.toBe(
      digest(generateCorpus({ claims: 500, seed: 4 })),
    );
  });

  it("makes exactly the evidence items asked for, with hub entities and every evidence level", () => {
    const claims = corpus.papers.flatMap(
      (p) => p.seed.evidence as { statement: { subject: string; object: string }; level: string }[],
    );
    expect(claims).toHaveLength(CLAIMS);
    const degree = new Map<string, number>();
    for (const c of claims)
      for (const e of [c.statement.subject, c.statement.object]) degree.set(e, (degree.get(e) ?? 0) + 1);
    const top = Math.max(...degree.values());
    expect(top).toBeGreaterThan(CLAIMS * 0.05);
    expect(degree.get(corpus.probes.hubGene)).toBe(top);
    expect(new Set(claims.map((c) => c.level))).toEqual(new Set(["A", "B", "C", "D", "E"]));
  });
});

describe("corpus loader", () => {
  it("writes every evidence item once, with shared publications and entities merged", async () => {
    const rows = await db().read<{ claims: number; papers: number; pubs: number; dup: number }>(
      "test",
      `MATCH (c:Evidence) WHERE c.dataset STARTS WITH 'pub:syn.' WITH count(c) AS claims
       MATCH (p:Publication) WHERE p.id STARTS WITH 'pub:syn.'
       WITH claims, count(p) AS pubs, count(DISTINCT p.id) AS distinctPubs
       RETURN claims, pubs, pubs - distinctPubs AS dup`,
    );
    expect(rows[0]).toMatchObject({ claims: CLAIMS, dup: 0 });
    expect(rows[0]!.pubs).toBeGreaterThanOrEqual(corpus.papers.length);
    const hub = await db().read<{ n: number }>(
      "test",
      `MATCH (e:Entity {id: $id})<-[:SUBJECT|OBJECT]-(:Statement)-[:HAS_EVIDENCE]->(ev:Evidence)
       RETURN count(DISTINCT ev) AS n`,
      { id: corpus.probes.hubGene },
    );
    const expected = corpus.papers
      .flatMap((p) => p.seed.evidence as { statement: { subject: string; object: string } }[])
      .filter((c) => [c.statement.subject, c.statement.object].includes(corpus.probes.hubGene)).length;
    expect(hub[0]!.n).toBe(expected);
  });

  it("adds 1 to the data version per transaction it commits", () => {
    expect(bumps.transactions).toBeGreaterThan(2);
    expect(bumps.after).toBe(bumps.before + bumps.transactions);
  });

  it("is idempotent: loading the same corpus again leaves the same graph", async () => {
    const before = await graphCounts(db());
    await loadCorpus(db(), corpus, { evidencePerTransaction: 1500 });
    expect(await graphCounts(db())).toEqual(before);
  });

  it("rejects a paper whose quote is not in its text, naming paper and field, and writes nothing", async () => {
    const before = await graphCounts(db());
    const broken = structuredClone(corpus);
    const claims = broken.papers[7]!.seed.evidence as { locus: { quote: string } }[];
    claims[0]!.locus.quote = "a sentence the paper does not contain";
    const error = await loadCorpus(db(), broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect(String((error as Error).message)).toMatch(
      /paper 7 \(pub:syn\.0000007\) evidence: 0\.locus\.quote: quote does not match/,
    );
    expect(await graphCounts(db())).toEqual(before);
  });

  it("re-merging a vocabulary moves its Xref index with its xrefs and leaves no orphan Xref", async () => {
    // A vocabulary-only corpus (no papers) whose entities swap and drop identifiers between loads.
    // SYNTHETIC is no registry: these ids exist only in this test.
    const vocabulary = (a: string[], b: string[]) => ({
      name: "synthetic-xrefs",
      papers: [],
      entities: [
        {
          id: "gene:XREFTESTA",
          kind: "gene",
          name: "XREFTESTA",
          xrefs: a,
          xref_note: a.length ? null : "test",
        },
        {
          id: "gene:XREFTESTB",
          kind: "gene",
          name: "XREFTESTB",
          xrefs: b,
          xref_note: b.length ? null : "test",
        },
      ].map((e) => ({ ...e, xrefs: e.xrefs.map((id) => ({ id, source: "synthetic test entity" })) })),
    });
    const store = createStore(db().forRequest("test"));
    const owner = async (curie: string) => (await store.entities.byXref(curie))?.id ?? null;
    const xrefs = () =>
      db().read<{ id: string; n: number }>(
        "test",
        `MATCH (x:Xref) WHERE x.id STARTS WITH 'SYNTHETIC:'
         RETURN x.id AS id, COUNT { (x)-[:XREF_OF]->() } AS n ORDER BY id`,
      );
    await loadCorpus(db(), vocabulary(["SYNTHETIC:1", "SYNTHETIC:2"], []));
    expect([await owner("SYNTHETIC:1"), await owner("SYNTHETIC:2")]).toEqual([
      "gene:XREFTESTA",
      "gene:XREFTESTA",
    ]);
    await loadCorpus(db(), vocabulary(["SYNTHETIC:1"], ["SYNTHETIC:2"]));
    expect([await owner("SYNTHETIC:1"), await owner("SYNTHETIC:2")]).toEqual([
      "gene:XREFTESTA",
      "gene:XREFTESTB",
    ]);
    await loadCorpus(db(), vocabulary([], ["SYNTHETIC:2"]));
    expect([await owner("SYNTHETIC:1"), await owner("SYNTHETIC:2")]).toEqual([null, "gene:XREFTESTB"]);
    expect(await xrefs()).toEqual([{ id: "SYNTHETIC:2", n: 1 }]);
  });

  it("rejects an evidence id used by two papers", async () => {
    const broken = structuredClone(corpus);
    const first = (broken.papers[1]!.seed.evidence as { id: string }[])[0]!.id;
    (broken.papers[2]!.seed.evidence as { id: string }[])[0]!.id = first;
    await expect(loadCorpus(db(), broken)).rejects.toThrow(/also used by corpus .* paper 1/);
  });
});

describe("the API over a corpus", () => {
  it("pages a hub's statements strongest first, and a paper's citing statements", async () => {
    const { data, errors } = await run(
      `query ($s: ID!, $p: ID!) {
        statements(filter: { subject: $s }, first: 20) { edges { node { id bestLevel subject { id } } } totalCount }
        publication(id: $p) { statements(first: 5) { id bestLevel } citingSentences(first: 3) { quote inContext { text before } } }
      }`,
      { s: corpus.probes.hubDrug, p: corpus.probes.topPaper },
    );
    expect(errors).toBeUndefined();
    const levels = data.statements.edges.map((e: any) => e.node.bestLevel);
    expect(levels).toHaveLength(20);
    expect([...levels].sort()).toEqual(levels);
    expect(data.statements.edges.every((e: any) => e.node.subject.id === corpus.probes.hubDrug)).toBe(true);
    expect(data.statements.totalCount).toBeGreaterThan(20);
    expect(data.publication.statements).toHaveLength(5);
    expect(data.publication.citingSentences).toHaveLength(3);
    const sentence = data.publication.citingSentences[0];
    expect(sentence.inContext).toEqual({ text: sentence.quote, before: "" });
  });

  it("walks a hub's statements page by page in the same order as a direct sort, with filters combined", async () => {
    const hub = corpus.probes.hubGene;
    const all = await db().read<{
      id: string;
      subjectId: string;
      objectId: string;
      level: string;
      levelRank: number;
    }>(
      "claims in order",
      "MATCH (c:Statement) RETURN c.id AS id, c.subjectId AS subjectId, c.objectId AS objectId, c.bestLevel AS level, c.levelRank AS levelRank",
    );
    for (const filter of [
      { entity: hub, minLevel: "D" },
      { entity: hub, subject: corpus.probes.hubDrug },
      { object: hub, level: "C" },
    ]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { data, errors } = await run(
          `query ($f: StatementFilter, $after: String) {
            statements(filter: $f, first: 37, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
          }`,
          { f: filter, after },
        );
        expect(errors).toBeUndefined();
        seen.push(...data.statements.edges.map((e: any) => e.node.id));
        if (!data.statements.pageInfo.hasNextPage) break;
        after = data.statements.pageInfo.endCursor;
      }
      const f = filter as {
        entity?: string;
        subject?: string;
        object?: string;
        level?: string;
        minLevel?: string;
      };
      const expected = all
        .filter(
          (c) =>
            (!f.entity || c.subjectId === f.entity || c.objectId === f.entity) &&
            (!f.subject || c.subjectId === f.subject) &&
            (!f.object || c.objectId === f.object) &&
            (!f.level || c.level === f.level) &&
            (!f.minLevel || c.level <= f.minLevel),
        )
        .sort((x, y) => y.levelRank - x.levelRank || (x.id < y.id ? -1 : 1));
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(seen, JSON.stringify(filter)).toEqual(expected.map((r) => r.id));
    }
  });

  it("lists a much-cited paper's citing sentences and statements in the same order as a direct sort", async () => {
    const { data, errors } = await run(
      `query ($p: ID!) { publication(id: $p) { citingSentences(first: 40) { id } statements(first: 40) { id } } }`,
      { p: corpus.probes.topPaper },
    );
    expect(errors).toBeUndefined();
    const expected = await db().read<{ loci: string[]; claims: string[] }>(
      "citations in order",
      `MATCH (p:Publication {id: $p})
       CALL (p) { MATCH (p)<-[:CITES]-(l:Locus) WITH l ORDER BY l.start, l.id LIMIT 40 RETURN collect(l.id) AS loci }
       CALL (p) { MATCH (p)<-[:CITES]-(c:Statement) WITH c ORDER BY c.levelRank DESC, c.id LIMIT 40 RETURN collect(c.id) AS claims }
       RETURN loci, claims`,
      { p: corpus.probes.topPaper },
    );
    expect(expected[0]!.loci).toHaveLength(40);
    expect(expected[0]!.claims).toHaveLength(40);
    expect(data.publication.citingSentences.map((l: any) => l.id)).toEqual(expected[0]!.loci);
    expect(data.publication.statements.map((c: any) => c.id)).toEqual(expected[0]!.claims);
  });

  it("finds mechanism paths and statements by name through the hubs", async () => {
    const { data, errors } = await run(
      `query ($from: ID!, $to: ID!, $q: String!) {
        mechanismPaths(from: $from, to: $to, maxHops: 3, first: 5) { steps { statement { id } } }
        search(query: $q, types: [STATEMENT], first: 3) { target { ... on Statement { id } } }
      }`,
      { from: corpus.probes.pathFrom, to: corpus.probes.pathTo, q: corpus.probes.searchTerm },
    );
    expect(errors).toBeUndefined();
    expect(data.mechanismPaths.length).toBeGreaterThan(0);
    expect(data.search).toHaveLength(3);
  });
});
