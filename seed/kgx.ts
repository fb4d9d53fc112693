import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../core/db/database.ts";
import { ENTITY_STATES, PREDICATES, type EntityState, type Predicate } from "../schema/vocabulary.ts";

/**
 * KGX export (https://github.com/biolink/kgx): entities, publications, cases and studies as nodes,
 * statements as Biolink edges (one per statement) with their qualifiers, publications, verbatim
 * supporting text (one per evidence item), knowledge level and agent type.
 */
export interface KgxNode {
  id: string;
  category: string[];
  name: string;
  synonym?: string[];
  xref?: string[];
  description?: string;
}

export interface KgxEdge {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  qualified_predicate?: string;
  subject_aspect_qualifier?: string;
  subject_form_or_variant_qualifier?: string;
  object_aspect_qualifier?: string;
  object_form_or_variant_qualifier?: string;
  object_direction_qualifier?: string;
  negated: boolean;
  publications: string[];
  supporting_text: string[];
  knowledge_level: string;
  agent_type: string;
  primary_knowledge_source: string;
  evidence_level: string;
  strength: number;
}

/** Our own knowledge-source tag; not a registered infores, and documented as such. */
export const KNOWLEDGE_SOURCE = "infores:evidence-graph";

const NODE_COLUMNS = ["id", "category", "name", "synonym", "xref", "description"] as const;
const EDGE_COLUMNS = [
  "id",
  "subject",
  "predicate",
  "object",
  "qualified_predicate",
  "subject_aspect_qualifier",
  "subject_form_or_variant_qualifier",
  "object_aspect_qualifier",
  "object_form_or_variant_qualifier",
  "object_direction_qualifier",
  "negated",
  "publications",
  "supporting_text",
  "knowledge_level",
  "agent_type",
  "primary_knowledge_source",
  "evidence_level",
  "strength",
] as const;

function publicationCurie(p: { id: string; pmid?: string | null; doi?: string | null }): string {
  if (p.pmid) return `PMID:${p.pmid}`;
  if (p.doi) return `doi:${p.doi}`;
  return p.id;
}

export async function exportKgx(db: Database): Promise<{ nodes: KgxNode[]; edges: KgxEdge[] }> {
  const entities = await db.read<{ e: Record<string, unknown> & { id: string } }>(
    "export",
    "MATCH (e:Entity) RETURN e {.*} AS e ORDER BY e.id",
  );
  const pubs = await db.read<{
    p: { id: string; title: string | null; number: number | null; pmid: string | null; doi: string | null };
  }>("export", "MATCH (p:Publication) RETURN p {.*} AS p ORDER BY coalesce(p.number, 0)");
  const cases = await db.read<{ c: { id: string; label: string } }>(
    "export",
    "MATCH (c:Case) RETURN c {.*} AS c ORDER BY c.id",
  );
  const studies = await db.read<{ s: { id: string; title: string } }>(
    "export",
    "MATCH (s:Study) RETURN s {.*} AS s ORDER BY s.id",
  );
  const statements = await db.read<{
    c: Record<string, unknown> & { id: string };
    pubs: { id: string; pmid: string | null; doi: string | null }[];
    evidence: {
      quote: string;
      knowledgeLevel: string;
      agentType: string;
      weight: number;
      direction: string;
    }[];
  }>(
    "export",
    `MATCH (c:Statement)
     OPTIONAL MATCH (c)-[:CITES]->(p:Publication)
     WITH c, collect(p {.id, .pmid, .doi}) AS pubs
     OPTIONAL MATCH (c)-[:HAS_EVIDENCE]->(e:Evidence)-[:STATED_IN]->(l:Locus)
     WITH c, pubs, e, l ORDER BY l.start
     RETURN c {.*} AS c, pubs,
            collect({quote: l.quote, knowledgeLevel: e.knowledgeLevel, agentType: e.agentType,
                     weight: e.weight, direction: e.direction}) AS evidence
     ORDER BY c.id`,
  );
  const sourcePub = pubs.find((p) => p.p.id === "pub:source")!.p;

  const nodes: KgxNode[] = [
    ...entities.map(({ e }) => ({
      id: e.id,
      category: [String(e.category)],
      name: String(e.name),
      synonym: [...((e.synonyms as string[]) ?? []), ...((e.aliases as string[]) ?? [])],
      xref: (e.xrefs as string[]) ?? [],
      description: (e.description as string | null) ?? undefined,
    })),
    ...pubs.map(({ p }) => ({
      id: p.id,
      category: ["biolink:Publication"],
      name: p.title ?? (p.number == null ? "source paper" : `reference ${p.number} (title not known)`),
      xref: [p.pmid ? `PMID:${p.pmid}` : null, p.doi ? `doi:${p.doi}` : null].filter((x): x is string => !!x),
    })),
    ...cases.map(({ c }) => ({ id: c.id, category: ["biolink:Case"], name: c.label })),
    ...studies.map(({ s }) => ({ id: s.id, category: ["biolink:Study"], name: s.title })),
  ];
  const edges: KgxEdge[] = statements.map(({ c, pubs: cited, evidence }) => {
    const predicate = PREDICATES[c.predicate as Predicate];
    const state = (v: unknown, kind: "aspect" | "form_or_variant") => {
      const found = v ? ENTITY_STATES[v as EntityState] : null;
      return found?.qualifier === kind ? found.value : undefined;
    };
    // The edge's knowledge level is its strongest evidence item's (ties: the first in reading order).
    const strongest = [...evidence].sort((a, b) => b.weight - a.weight)[0];
    return {
      id: c.id,
      subject: String(c.subjectId),
      predicate: String(c.biolinkPredicate),
      object: String(c.objectId),
      qualified_predicate: predicate.aspect ? "biolink:causes" : undefined,
      subject_aspect_qualifier: state(c.subjectState, "aspect"),
      subject_form_or_variant_qualifier: state(c.subjectState, "form_or_variant"),
      object_aspect_qualifier: predicate.aspect ?? state(c.objectState, "aspect"),
      object_form_or_variant_qualifier: state(c.objectState, "form_or_variant"),
      object_direction_qualifier: predicate.effect ?? undefined,
      // Negated only where every evidence item refutes the statement.
      negated: evidence.length > 0 && evidence.every((e) => e.direction === "refutes"),
      // The source paper is always a publication of the edge; cited works are added when it cites them.
      publications: [publicationCurie(sourcePub), ...cited.map(publicationCurie)],
      supporting_text: evidence.map((e) => e.quote.replace(/\s+/g, " ")),
      knowledge_level: strongest?.knowledgeLevel ?? "not_provided",
      agent_type: strongest?.agentType ?? "manual_agent",
      primary_knowledge_source: KNOWLEDGE_SOURCE,
      evidence_level: String(c.bestLevel ?? ""),
      strength: Number(c.strength),
    };
  });
  return { nodes, edges };
}

const cell = (v: unknown): string =>
  v == null ? "" : Array.isArray(v) ? v.map((x) => cell(x)).join("|") : String(v).replace(/[\t\r\n]+/g, " ");

export function writeKgx(dir: string, data: { nodes: KgxNode[]; edges: KgxEdge[] }): string[] {
  mkdirSync(dir, { recursive: true });
  const files = {
    "nodes.tsv": [
      NODE_COLUMNS.join("\t"),
      ...data.nodes.map((n) => NODE_COLUMNS.map((c) => cell(n[c])).join("\t")),
    ],
    "edges.tsv": [
      EDGE_COLUMNS.join("\t"),
      ...data.edges.map((e) => EDGE_COLUMNS.map((c) => cell(e[c])).join("\t")),
    ],
    "nodes.jsonl": data.nodes.map((n) => JSON.stringify(n)),
    "edges.jsonl": data.edges.map((e) => JSON.stringify(e)),
  };
  return Object.entries(files).map(([name, lines]) => {
    const file = path.join(dir, name);
    writeFileSync(file, lines.join("\n") + "\n");
    return file;
  });
}

const LIST_COLUMNS = new Set(["category", "synonym", "xref", "publications", "supporting_text"]);

/** Reads a KGX TSV file back into records (list columns split on "|"). */
export function readKgxTsv(file: string): Record<string, unknown>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => {
    const values = line.split("\t");
    return Object.fromEntries(
      columns.map((c, i) => {
        const v = values[i] ?? "";
        return [c, LIST_COLUMNS.has(c) ? (v ? v.split("|") : []) : v];
      }),
    );
  });
}

export function readKgxJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
