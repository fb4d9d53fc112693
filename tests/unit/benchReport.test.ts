import { describe, expect, it } from "vitest";
import { targets, type Latency, type ScaleResult, type Throughput } from "../../bench/report.ts";

/** The targets table of docs/benchmarks.md is computed from a run: these runs are made up, the rules are not. */
const lat = (p50: number): Latency => ({ n: 10, p50, p95: p50, p99: p50 });
const tp = (rps: number, p99: number, errors = 0): Throughput => ({ rps, p99, errors });

function scale(s: number, over: Partial<ScaleResult> = {}): ScaleResult {
  return {
    scale: s,
    rows: [],
    latency: {},
    throughput: [],
    cached: {},
    cacheOffEffective: true,
    ...over,
  };
}
const OPS = ["entityLookup", "claimsPage", "search", "paths", "citation"];
const find = (all: ReturnType<typeof targets>, prefix: string) => {
  const t = all.find((x) => x.metric.startsWith(prefix));
  if (!t) throw new Error(`no target ${prefix}: ${all.map((x) => x.metric).join("; ")}`);
  return t;
};

describe("bench targets", () => {
  it("says 'not measured' for every figure a run lacks, and never yes or no", () => {
    const tenK = scale(1e4, { latency: { paths: { ours: lat(20) } } });
    const all = targets([tenK], OPS);
    for (const prefix of [
      "mechanism paths, maxHops 3",
      "mechanism paths: maxHops 4",
      "bulk first load / plain UNWIND CREATE, same run, at 1M",
      "entity lookup p50 ours/raw at 1M",
      "citation lookup p50 growth",
      "no label scan",
    ])
      expect(find(all, prefix).met, prefix).toBe("not measured");
    expect(find(all, "mechanism paths, maxHops 3").figure).toMatch(/1M scale/);
    // A 1M run without the maxHops 4 operation or a bulk ingest row names what is missing.
    const withMillion = targets([tenK, scale(1e6)], OPS);
    expect(find(withMillion, "mechanism paths: maxHops 4").figure).toMatch(/operation paths4 at 1M/);
    expect(find(withMillion, "bulk first load / plain UNWIND CREATE, same run, at 1M").figure).toMatch(
      /a bulk ingest row/,
    );
    expect(find(withMillion, "bulk first load / plain UNWIND CREATE, same run, at 1M").met).toBe(
      "not measured",
    );
  });

  it("computes growth and ratio targets from the two scales and judges them against the issue's bounds", () => {
    const all = targets(
      [
        scale(1e4, {
          latency: {
            paths: { ours: lat(40), oursUncached: lat(10) },
            citation: { ours: lat(10), oursUncached: lat(12) },
          },
        }),
        scale(1e6, {
          latency: {
            paths: { ours: lat(180), oursUncached: lat(60) },
            paths4: { ours: lat(1100), oursUncached: lat(200) },
            citation: { ours: lat(25), oursUncached: lat(20) },
            entityLookup: { ours: lat(1), oursUncached: lat(4), raw: lat(2) },
          },
          rows: [{ metric: "ingest ratio bulk/plain", value: 12.5, unit: "×" }],
          cached: { entityLookup: true, citation: true },
        }),
      ],
      [...OPS, "paths4"],
    );
    const paths = find(all, "mechanism paths, maxHops 3");
    expect(paths.figure).toContain("= 4.5×");
    expect(paths.met).toBe("yes");
    // 1100 / 40 = 27.5 > 25
    expect(find(all, "mechanism paths: maxHops 4").met).toBe("no");
    // The cache-off side on its own: 60 / 10 = 6 > 5, and 200 / 10 = 20 ≤ 25.
    const offPaths = find(all, "mechanism paths, maxHops 3: p50 at 1M / p50 at 10k (ours, cache off");
    expect(offPaths.figure).toContain("= 6×");
    expect(offPaths.met).toBe("no");
    expect(
      find(all, "mechanism paths: maxHops 4 p50 at 1M / maxHops 3 p50 at 10k (ours, cache off").met,
    ).toBe("yes");
    expect(find(all, "bulk first load / plain UNWIND CREATE, same run, at 1M").met).toBe("yes");
    expect(find(all, "entity lookup p50 ours/raw at 1M (ours as shipped, cache on)").met).toBe("yes");
    expect(find(all, "entity lookup p50 ours/raw at 1M (ours, cache off)").met).toBe("no");
    // 25 / 10 = 2.5 with the cache, 20 / 12 = 1.67 without
    expect(find(all, "citation lookup p50 growth 1M / 10k (ours as shipped").met).toBe("no");
    expect(find(all, "citation lookup p50 growth 1M / 10k (ours, cache off)").met).toBe("yes");
  });

  it("meets throughput only when every c is ≥ 1.5× with p99 no worse and no errors", () => {
    const run = (c: number, ours: Throughput, theirs: Throughput) => ({
      op: "search",
      c,
      ours,
      uncached: ours,
      theirs,
    });
    const judge = (runs: ReturnType<typeof run>[]) =>
      find(
        targets([scale(1e4, { throughput: runs })], OPS),
        "throughput search, ours/@neo4j/graphql (ours as",
      ).met;
    const good = [run(1, tp(150, 10), tp(100, 10)), run(8, tp(300, 30), tp(100, 40))];
    expect(judge([...good, run(32, tp(400, 90), tp(200, 90))])).toBe("yes");
    // Without c = 32 the target is not measured, not met.
    expect(judge(good)).toBe("not measured");
    expect(judge([run(1, tp(149, 10), tp(100, 10))])).toBe("no");
    expect(judge([run(1, tp(300, 11), tp(100, 10))])).toBe("no");
    expect(judge([run(1, tp(300, 10, 2), tp(100, 10))])).toBe("no");
    expect(find(targets([scale(1e4)], OPS), "throughput claimsPage, ours/@neo4j/graphql (ours as").met).toBe(
      "not measured",
    );
    // A baseline the bench skipped at a scale (NaN) is neither a miss there nor a figure.
    const all = [...good, run(32, tp(400, 90), tp(200, 90))];
    const skipped = all.map((r) => ({ ...r, theirs: tp(NaN, NaN) }));
    const t = find(
      targets([scale(1e4, { throughput: all }), scale(1e5, { throughput: skipped })], OPS),
      "throughput search, ours/@neo4j/graphql (ours as",
    );
    expect(t.met).toBe("yes");
    expect(t.figure).toContain("100k: @neo4j/graphql side not run at this scale");
    const none = find(
      targets([scale(1e5, { throughput: skipped })], OPS),
      "throughput search, ours/@neo4j/graphql (ours as",
    );
    expect(none.met).toBe("not measured");
    // Theirs answered no request within the run: no ratio, and ours is ahead if it answered without errors.
    const slow = all.map((r) => ({ ...r, theirs: tp(0, 0, 40) }));
    const ahead = find(
      targets([scale(1e4, { throughput: slow })], OPS),
      "throughput search, ours/@neo4j/graphql (ours as",
    );
    expect(ahead.met).toBe("yes");
    expect(ahead.figure).toContain("none answered in the run");
    const failing = slow.map((r) => ({ ...r, ours: tp(r.ours.rps, r.ours.p99, 1) }));
    expect(
      find(
        targets([scale(1e4, { throughput: failing })], OPS),
        "throughput search, ours/@neo4j/graphql (ours as",
      ).met,
    ).toBe("no");
  });

  it("reads label scans from the PROFILE of our lookups", () => {
    const profiled = (operator: string) =>
      targets(
        [
          scale(1e5, {
            profile: [
              {
                operation: "entityLookup",
                side: "ours",
                index: 1,
                of: 1,
                firstRequestOnly: false,
                cypher: "MATCH ...",
                totalDbHits: 5,
                plan: [{ depth: 0, operator, details: "a:Alias", rows: 1, dbHits: 5 }],
              },
            ],
          }),
        ],
        OPS,
      ).find((t) => t.metric.startsWith("no label scan"))!;
    expect(profiled("NodeIndexSeek").met).toBe("yes");
    expect(profiled("NodeByLabelScan").met).toBe("no");
    expect(profiled("NodeByLabelScan").figure).toContain("entityLookup: NodeByLabelScan");
  });
});
