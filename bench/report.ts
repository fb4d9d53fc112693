/**
 * The bench's results as data, and what it writes from them: the targets of issue 19 computed
 * from a run, the throughput tables and the PROFILE section of docs/benchmarks.md. Kept apart
 * from bench/literature.ts (which measures) so that the targets can be tested without a database.
 */

/** Two decimals, as every figure is printed. */
export const ms = (x: number) => +x.toFixed(2);

export interface Throughput {
  rps: number;
  p99: number;
  errors: number;
}

export type Row = Record<string, string | number>;
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}
export type Side = "ours" | "oursUncached" | "raw" | "gen";
export interface ThroughputRun {
  op: string;
  c: number;
  ours: Throughput;
  uncached?: Throughput;
  theirs: Throughput;
}
export interface ScaleResult {
  scale: number;
  rows: Row[];
  latency: Partial<Record<string, Partial<Record<Side, Latency>>>>;
  throughput: ThroughputRun[];
  /** Per operation: our default server answered a repeated request with no Cypher (0 round-trips) while the cache-off one did not. */
  cached: Partial<Record<string, boolean>>;
  /** Whether the cache-off server really issued Cypher on a repeat of every operation ours answered from cache. */
  cacheOffEffective: boolean;
  profile?: ProfiledStatement[];
}

export interface PlanRow {
  depth: number;
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}
export interface ProfiledStatement {
  operation: string;
  side: "ours" | "raw";
  /** 1-based position among the statements the operation issued. */
  index: number;
  of: number;
  /** The statements came from the first request: the repeat issued none (answered from memory). */
  firstRequestOnly: boolean;
  cypher: string;
  totalDbHits?: number;
  plan?: PlanRow[];
  error?: string;
}

export interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: Plan[];
}
export function flattenPlan(plan: Plan, depth = 0): PlanRow[] {
  const details = plan.arguments["Details"];
  return [
    {
      depth,
      // Neo4j suffixes the runtime ("NodeIndexSeek@neo4j"); the database name adds nothing here.
      operator: plan.operatorType.replace(/@neo4j$/, ""),
      details: typeof details === "string" ? details : "",
      rows: Number(plan.rows),
      dbHits: Number(plan.dbHits),
    },
    ...plan.children.flatMap((c) => flattenPlan(c, depth + 1)),
  ];
}

export const cell = (x: string | number) => String(x).replaceAll("|", "\\|").replaceAll("\n", " ");
export const fmt = (x: number) => (Number.isFinite(x) ? ms(x).toLocaleString("en") : "–");
export const scaleName = (s: number) => (s >= 1e6 ? `${s / 1e6}M` : s >= 1e3 ? `${s / 1e3}k` : String(s));

/** The concurrencies the throughput target names. */
export const THROUGHPUT_CONCURRENCIES = [1, 8, 32];

export interface Target {
  metric: string;
  figure: string;
  target: string;
  met: "yes" | "no" | "not measured";
}

/**
 * The issue's targets, each computed from this run's figures: nobody edits this table by hand.
 * A figure this run did not measure (a scale not reached, an operation or ingest row not in this
 * build) is "not measured".
 */
export function targets(results: ScaleResult[], operationNames: readonly string[]): Target[] {
  const at = (s: number) => results.find((r) => r.scale === s);
  const p50 = (s: number, op: string, side: Side = "ours") => at(s)?.latency[op]?.[side]?.p50;
  const out: Target[] = [];
  const ratioTarget = (
    metric: string,
    a: number | undefined,
    b: number | undefined,
    describe: (a: number, b: number) => string,
    target: string,
    ok: (r: number) => boolean,
    missing: string,
  ) => {
    if (a === undefined || b === undefined)
      out.push({ metric, figure: missing, target, met: "not measured" });
    else
      out.push({
        metric,
        figure: `${describe(a, b)} = ${fmt(a / b)}×`,
        target,
        met: ok(a / b) ? "yes" : "no",
      });
  };
  const msPair = (a: number, b: number) => `${fmt(a)} ms / ${fmt(b)} ms`;
  const why = (needs: string[]) => {
    const lacking = needs.filter((n) => !n.startsWith("ok"));
    return lacking.length ? `not in this run: ${lacking.join(", ")}` : "";
  };
  const has = (s: number) => (at(s) ? "ok" : `${scaleName(s)} scale`);
  const hasOp = (s: number, op: string) =>
    !at(s) ? `${scaleName(s)} scale` : p50(s, op) === undefined ? `operation ${op} at ${scaleName(s)}` : "ok";
  const cacheNote = (s: number, op: string) => (at(s)?.cached[op as string] ? ", cache on" : "");

  // Both sides: "ours" as shipped answers a repeated request from the response cache, so only the
  // cache-off figures measure the search itself.
  for (const side of ["ours", "oursUncached"] as const) {
    const label = side === "ours" ? `ours as shipped${cacheNote(1e6, "paths")}` : "ours, cache off";
    ratioTarget(
      `mechanism paths, maxHops 3: p50 at 1M / p50 at 10k (${label}, same run)`,
      p50(1e6, "paths", side),
      p50(1e4, "paths", side),
      msPair,
      "≤ 5×",
      (r) => r <= 5,
      why([hasOp(1e6, "paths"), hasOp(1e4, "paths")]),
    );
    ratioTarget(
      `mechanism paths: maxHops 4 p50 at 1M / maxHops 3 p50 at 10k (${label})`,
      p50(1e6, "paths4", side),
      p50(1e4, "paths", side),
      msPair,
      "≤ 25×",
      (r) => r <= 25,
      why([hasOp(1e6, "paths4"), hasOp(1e4, "paths")]),
    );
  }
  // Ingest rows come from the ingest part of the bench, whatever it names them: any "ratio" row
  // of a bulk load against the plain baseline.
  const ingestRatio = (s: number, pattern: RegExp) =>
    at(s)?.rows.find((r) => pattern.test(String(r.metric)) && r.unit === "×");
  for (const s of [...new Set([...results.map((r) => r.scale), 1e6])]) {
    const row = ingestRatio(s, /bulk.*\/\s*plain|bulk.*ratio|ratio.*bulk/i);
    out.push({
      metric: `bulk first load / plain UNWIND CREATE, same run, at ${scaleName(s)}`,
      figure: row ? `${row.value}× (${row.metric})` : why([has(s), "a bulk ingest row"]),
      target: s === 1e6 ? "≥ 10×" : "≥ 10× (the target is at 1M)",
      met: row && s === 1e6 ? (Number(row.value) >= 10 ? "yes" : "no") : "not measured",
    });
  }
  for (const side of ["ours", "oursUncached"] as const) {
    const label = side === "ours" ? `ours as shipped${cacheNote(1e6, "entityLookup")}` : "ours, cache off";
    ratioTarget(
      `entity lookup p50 ours/raw at 1M (${label})`,
      p50(1e6, "entityLookup", side),
      p50(1e6, "entityLookup", "raw"),
      msPair,
      "≤ 1.3×",
      (r) => r <= 1.3,
      why([hasOp(1e6, "entityLookup")]),
    );
  }
  for (const side of ["ours", "oursUncached"] as const) {
    const label = side === "ours" ? `ours as shipped${cacheNote(1e6, "citation")}` : "ours, cache off";
    const partial =
      p50(1e6, "citation", side) === undefined && p50(1e5, "citation", side) !== undefined
        ? `; 100k/10k: ${fmt(p50(1e5, "citation", side)! / p50(1e4, "citation", side)!)}×`
        : "";
    ratioTarget(
      `citation lookup p50 growth 1M / 10k (${label})`,
      p50(1e6, "citation", side),
      p50(1e4, "citation", side),
      msPair,
      "≤ 2×",
      (r) => r <= 2,
      why([hasOp(1e6, "citation"), hasOp(1e4, "citation")]) + partial,
    );
  }
  // Throughput: per operation, every c at every scale measured, ours ≥ 1.5× theirs and p99 no worse.
  for (const side of ["ours", "uncached"] as const)
    for (const name of operationNames) {
      const parts: string[] = [];
      let met = true;
      let any = false;
      let partial = false;
      for (const r of results) {
        const all = r.throughput.filter((t) => t.op === name);
        // A NaN baseline is a side the bench skipped at this scale (--path-baselines): not a miss.
        const runsHere = all.filter((t) => !Number.isNaN(t.theirs.rps));
        if (all.length && !runsHere.length)
          parts.push(`${scaleName(r.scale)}: @neo4j/graphql side not run at this scale`);
        if (!runsHere.length) continue;
        any = true;
        // The target is at every one of c = 1, 8 and 32: a run without one of them cannot meet it.
        const lacking = THROUGHPUT_CONCURRENCIES.filter((c) => !runsHere.some((t) => t.c === c));
        if (lacking.length) {
          partial = true;
          parts.push(`${scaleName(r.scale)}: c=${lacking.join(", ")} not run`);
        }
        const figures = runsHere.map((t) => {
          const mine = t[side]!;
          // Theirs answered nothing within the run (each request outlasted it): its p99 is no
          // latency, and any answer of ours is ahead.
          if (t.theirs.rps === 0) {
            if (!(mine.rps > 0 && mine.errors === 0)) met = false;
            return `c=${t.c} ${fmt(mine.rps)} req/s vs none answered in the run (p99 ${mine.p99}${mine.errors ? `, ${mine.errors} errors` : ""})`;
          }
          const ratio = mine.rps / t.theirs.rps;
          const ok = ratio >= 1.5 && mine.p99 <= t.theirs.p99 && mine.errors === 0;
          if (!ok) met = false;
          return `c=${t.c} ${fmt(ratio)}× (p99 ${mine.p99} vs ${t.theirs.p99}${mine.errors ? `, ${mine.errors} errors` : ""})`;
        });
        parts.push(`${scaleName(r.scale)}: ${figures.join(", ")}`);
      }
      const label =
        side === "ours"
          ? `ours as shipped${results.some((r) => r.cached[name]) ? ", cache on" : ""}`
          : "ours, cache off";
      out.push({
        metric: `throughput ${name}, ours/@neo4j/graphql (${label})`,
        figure: parts.length ? parts.join("; ") : "not in this run",
        target: "≥ 1.5× at c = 1, 8, 32, p99 no worse",
        met: !any ? "not measured" : !met ? "no" : partial ? "not measured" : "yes",
      });
    }
  // Label scans, read from the PROFILE of our statements.
  const profiled = results.filter((r) => r.profile);
  const lookups: string[] = operationNames.filter((n) => n === "entityLookup" || n === "citation");
  if (!profiled.length)
    out.push({
      metric: "no label scan in a lookup by key (PROFILE of ours)",
      figure: "no PROFILE in this run",
      target: "none",
      met: "not measured",
    });
  for (const r of profiled) {
    const scans = r
      .profile!.filter((p) => p.side === "ours" && lookups.includes(p.operation))
      .flatMap((p) =>
        (p.plan ?? [])
          .filter((row) => /LabelScan|AllNodesScan/.test(row.operator))
          .map((row) => `${p.operation}: ${row.operator} ${row.details}`),
      );
    out.push({
      metric: `no label scan in a lookup by key (${lookups.join(", ")}; PROFILE of ours at ${scaleName(r.scale)})`,
      figure: scans.length ? scans.join("; ") : "no label or all-nodes scan in their plans",
      target: "none",
      met: scans.length ? "no" : "yes",
    });
  }
  return out;
}

export const table = (header: string[], body: (string | number)[][]) =>
  [
    `| ${header.map(cell).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...body.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");

export function throughputTables(results: ScaleResult[], duration: number): string {
  return results
    .filter((r) => r.throughput.length)
    .map((r) => {
      const body = r.throughput.map((t) => {
        const off = t.uncached!;
        if (Number.isNaN(t.theirs.rps))
          return [
            t.op,
            t.c,
            `${fmt(t.ours.rps)} / ${t.ours.p99} / ${t.ours.errors}`,
            `${fmt(off.rps)} / ${off.p99} / ${off.errors}`,
            "not run at this scale",
            "–",
            "–",
          ];
        return [
          t.op,
          t.c,
          `${fmt(t.ours.rps)} / ${t.ours.p99} / ${t.ours.errors}`,
          `${fmt(off.rps)} / ${off.p99} / ${off.errors}`,
          `${fmt(t.theirs.rps)} / ${t.theirs.p99} / ${t.theirs.errors}`,
          ...(t.theirs.rps === 0
            ? ["theirs answered none", "theirs answered none"]
            : [
                `${fmt(t.ours.rps / t.theirs.rps)}×${t.ours.p99 <= t.theirs.p99 ? "" : " (p99 worse)"}`,
                `${fmt(off.rps / t.theirs.rps)}×${off.p99 <= t.theirs.p99 ? "" : " (p99 worse)"}`,
              ]),
        ];
      });
      return `#### Throughput at ${r.scale.toLocaleString("en")} evidence items (${duration} s per run)\n\n${table(
        [
          "operation",
          "c",
          `ours${Object.values(r.cached).some(Boolean) ? " (cache on)" : ""}: req/s / p99 ms / errors`,
          "ours (cache off): req/s / p99 ms / errors",
          "@neo4j/graphql: req/s / p99 ms / errors",
          "ratio ours/theirs",
          "ratio cache off/theirs",
        ],
        body,
      )}`;
    })
    .join("\n\n");
}

export function profileSection(
  results: ScaleResult[],
  operationNames: readonly string[],
  stamp: string,
): string | null {
  const r = [...results].reverse().find((x) => x.profile);
  if (!r) return null;
  const parts = [
    `<!-- written by npm run bench; edits here are overwritten -->

Neo4j PROFILE of each operation at ${r.scale.toLocaleString("en")} evidence items, ${stamp}.
*Ours*: the statements our server sent for one request (recorded by the database gateway's
\`onStatement\` hook in an in-process server with the response cache off, on a repeat of the request, so
anything built once and kept in memory is not counted); *raw*: the raw-Cypher side's statements.
Each statement was profiled with the parameters it was sent with. Rows and db hits are Neo4j's
own counts per operator; indentation shows the plan tree (a child feeds its parent).`,
  ];
  for (const name of operationNames) {
    parts.push(`### ${name}`);
    for (const side of ["ours", "raw"] as const) {
      const entries = r.profile!.filter((p) => p.operation === name && p.side === side);
      const label = side === "ours" ? "ours" : "raw Cypher";
      if (!entries.length || entries[0]!.of === 0) {
        parts.push(`**${label}**: no Cypher on a repeated request or on the first one.`);
        continue;
      }
      const total = entries.reduce((s, e) => s + (e.totalDbHits ?? 0), 0);
      parts.push(
        `**${label}**: ${entries.length} statement${entries.length > 1 ? "s" : ""}, ${total.toLocaleString("en")} db hits in total${
          entries[0]!.firstRequestOnly ? " (from the first request: a repeat issued no Cypher)" : ""
        }.`,
      );
      for (const e of entries) {
        const head = `${label}, statement ${e.index} of ${e.of}${e.totalDbHits !== undefined ? `: ${e.totalDbHits.toLocaleString("en")} db hits` : ""}`;
        const cypher = e.cypher.replace(/\n\s*\n/g, "\n").trim();
        let body = `<details><summary>${head}</summary>\n\n\`\`\`cypher\n${cypher}\n\`\`\`\n</details>\n\n`;
        if (e.error) body += `PROFILE failed: ${cell(e.error)}`;
        else if (e.plan)
          body += table(
            ["operator", "details", "rows", "db hits"],
            e.plan.map((p) => [
              `${"· ".repeat(p.depth)}${p.operator}`,
              p.details.length > 160 ? `${p.details.slice(0, 157)}...` : p.details,
              p.rows.toLocaleString("en"),
              p.dbHits.toLocaleString("en"),
            ]),
          );
        parts.push(body);
      }
    }
  }
  return parts.join("\n\n");
}

/** Replaces the text between `open` and `close` in `doc`, or appends the section. */
export function replaceSection(doc: string, open: string, close: string, section: string): string {
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  return start >= 0 && end > start
    ? doc.slice(0, start) + section + doc.slice(end + close.length)
    : `${doc}\n${section}\n`;
}
