import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { exportKgx, readKgxJsonl, writeKgx, type KgxEdge, type KgxNode } from "../../seed/kgx.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { connect } from "./helpers.ts";

/**
 * The export against tools no one here wrote: KGX's own validator and transform (kgx from PyPI, in
 * the virtual environment tools/kgx/setup.sh creates), offline, against the installed Biolink model.
 * In CI (.ci/run creates the environment before npm test) a missing environment fails the suite;
 * locally without it the suite is skipped: create it with `tools/kgx/setup.sh`.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const PYTHON = path.join(process.env.KGX_VENV ?? path.join(ROOT, ".venv-kgx"), "bin", "python");
const TOOLS = path.join(ROOT, "tools", "kgx");
const run = promisify(execFile);

let dir: string;
let data: { nodes: KgxNode[]; edges: KgxEdge[] };
/** kgx's findings on the export (tools/kgx/check_export.py: one Python process, the model loads once). */
let report: {
  validate: Record<"tsv" | "jsonl", Record<string, Record<string, Record<string, string[]>>>>;
  domainRange: string[];
  biolinkVersion: string;
  kgxVersion: string;
};

describe.skipIf(!existsSync(PYTHON) && !process.env.CI)(
  "KGX export against kgx and the Biolink model",
  () => {
    beforeAll(async () => {
      if (!existsSync(PYTHON))
        throw new Error(`no kgx environment at ${PYTHON}: run tools/kgx/setup.sh (.ci/run does)`);
      const db = connect();
      try {
        if (!(await isSeeded(db))) await loadSeed(db);
        data = await exportKgx(db);
      } finally {
        await db.close();
      }
      dir = mkdtempSync(path.join(os.tmpdir(), "kgx-validate-"));
      writeKgx(dir, data);
      const { stdout } = await run(PYTHON, [path.join(TOOLS, "check_export.py"), dir], {
        maxBuffer: 64 * 1024 * 1024,
      });
      report = JSON.parse(stdout.trim().split("\n").at(-1)!);
    }, 600_000);

    it.each(["tsv", "jsonl"] as const)("kgx validate reports no errors on the %s export", (format) => {
      // {level: {error type: {message: [ids]}}}: warnings are allowed, errors are not.
      expect(
        report.validate[format].ERROR ?? {},
        `kgx ${report.kgxVersion}, Biolink ${report.biolinkVersion}`,
      ).toEqual({});
      expect(report.biolinkVersion).toMatch(/^4\./);
    });

    it("every edge's predicate fits the Biolink domain and range of its subject and object", () => {
      expect(report.domainRange).toEqual([]);
    });

    it("a kgx transform round trip (TSV → JSON Lines → TSV → JSON Lines) keeps every node, edge and value", () => {
      // check_export.py ran `kgx transform --stream` TSV → JSON Lines (hop1) → TSV (hop2) → JSON Lines
      // (hop3). Streaming: KGX's in-memory graph keys edges by subject-predicate-object and would merge
      // distinct statements that differ only in their qualifiers.
      for (const hop of ["hop1", "hop3"]) {
        const nodes = readKgxJsonl(path.join(dir, `${hop}_nodes.jsonl`));
        const edges = readKgxJsonl(path.join(dir, `${hop}_edges.jsonl`));
        expect([nodes.length, edges.length], hop).toEqual([data.nodes.length, data.edges.length]);
        for (const [original, back] of [
          [data.nodes, nodes],
          [data.edges, edges],
        ] as const) {
          const byId = new Map(back.map((r) => [r.id as string, r]));
          for (const record of original as unknown as Record<string, unknown>[]) {
            const read = byId.get(record.id as string);
            expect(read, `${hop}: ${record.id}`).toBeDefined();
            // Every property we wrote comes back with the same value and type (KGX lists are sets:
            // compared sorted; empty ones may be dropped).
            const set = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);
            for (const [key, value] of Object.entries(record)) {
              if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
              // KGX types only Biolink's own columns when reading TSV: our numeric `strength` comes
              // back as its exact decimal text, which must still be the same number.
              const back =
                typeof value === "number" && typeof read![key] === "string" ? Number(read![key]) : read![key];
              expect(set(back), `${hop}: ${record.id}.${key}`).toEqual(set(value));
            }
            // Nothing we left out appears: negated, above all, only where it is true.
            expect(read!.negated, `${hop}: ${record.id}.negated`).toEqual(record.negated);
          }
        }
      }
      // The one negated statement family survives as negated, and only it.
      const negated = (rows: Record<string, unknown>[]) => rows.filter((e) => e.negated === true).length;
      expect(negated(readKgxJsonl(path.join(dir, "hop3_edges.jsonl")))).toBe(
        negated(data.edges as unknown as Record<string, unknown>[]),
      );
      expect(negated(data.edges as unknown as Record<string, unknown>[])).toBeGreaterThan(0);
    });
  },
);
