import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../core/db/database.ts";
import {
  ENTITY_STATES,
  IDENTIFIER_PREFIXES,
  PREDICATES,
  biolinkMapping,
  kindOfId,
  type EntityState,
  type IdentifierPrefix,
  type Predicate,
} from "../schema/vocabulary.ts";

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
  subject_direction_qualifier?: string;
  subject_form_or_variant_qualifier?: string;
  object_aspect_qualifier?: string;
  object_form_or_variant_qualifier?: string;
  object_direction_qualifier?: string;
  /** Present (true) only on negated statements: KGX reads any non-empty TSV cell as true. */
  negated?: true;
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

/**
 * Records without a standard identifier (entities no registry names, therapies, cases, studies,
 * statements) get a CURIE under this prefix, which the export declares in context.jsonld.
 */
export const LOCAL_PREFIX = "EVIDENCEGRAPH";
export const LOCAL_PREFIX_IRI = "urn:evidence-graph:";
/** `gene:XPO1` → `EVIDENCEGRAPH:gene.XPO1` (kinds hold no dot, so the first dot splits it back). */
export const localCurie = (id: string): string => `${LOCAL_PREFIX}:${id.replace(":", ".")}`;

const NODE_COLUMNS = ["id", "category", "name", "synonym", "xref", "description"] as const;
const EDGE_COLUMNS = [
  "id",
  "subject",
  "predicate",
  "object",
  "qualified_predicate",
  "subject_aspect_qualifier",
  "subject_direction_qualifier",
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

const oneLine = (text: string): string => text.replace(/\s+/g, " ");

/** A publication's CURIE: PMID, else DOI (Biolink spells the prefix `doi`); null when it has neither. */
function publicationCurie(p: { pmid?: string | null; doi?: string | null }): string | null {
  if (p.pmid) return `PMID:${p.pmid}`;
  if (p.doi) return `doi:${p.doi}`;
  return null;
}

/** The node id of an entity: its first standard identifier Biolink knows the prefix of, else a local CURIE. */
export function entityNodeId(e: { id: string; xrefs?: string[] | null }): string {
  const standard = (e.xrefs ?? []).find(
    (x) => IDENTIFIER_PREFIXES[x.slice(0, x.indexOf(":")) as IdentifierPrefix]?.biolink,
  );
  return standard ?? localCurie(e.id);
}

export async function exportKgx(db: Database): Promise<{ nodes: KgxNode[]; edges: KgxEdge[] }> {
  const entities = await db.read<{ e: Record<string, unknown> & { id: string; kind: string } }>(
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
  const nodeOf = new Map(entities.map(({ e }) => [e.id, entityNodeId(e as never)]));

  const nodes: KgxNode[] = [
    ...entities.map(({ e }) => {
      const id = nodeOf.get(e.id)!;
      const xrefs = ((e.xrefs as string[] | null) ?? []).filter((x) => x !== id);
      return {
        id,
        category: [String(e.category)],
        name: String(e.name),
        // KGX lists are sets: no repeats (a printed spelling may equal a synonym).
        // Spellings printed across a line break keep one space: KGX TSV holds no line breaks.
        synonym: [
          ...new Set([...((e.synonyms as string[]) ?? []), ...((e.aliases as string[]) ?? [])].map(oneLine)),
        ],
        // The other standard identifiers, and the local id when the node id is a standard one.
        xref: id.startsWith(`${LOCAL_PREFIX}:`) ? xrefs : [...xrefs, localCurie(e.id)],
        description: e.description == null ? undefined : oneLine(String(e.description)),
      };
    }),
    ...pubs.map(({ p }) => {
      // A PMID is the node id; a DOI cannot be (KGX's CURIE pattern forbids "/" in the local part),
      // so a publication known only by its DOI keeps a local id with the DOI as xref.
      const id = p.pmid ? `PMID:${p.pmid}` : localCurie(p.id);
      return {
        id,
        category: ["biolink:Publication"],
        name: p.title ?? (p.number == null ? "source paper" : `reference ${p.number} (title not known)`),
        xref: [p.doi && !id.startsWith("doi:") ? `doi:${p.doi}` : null, localCurie(p.id)].filter(
          (x): x is string => !!x && x !== id,
        ),
      };
    }),
    ...cases.map(({ c }) => ({ id: localCurie(c.id), category: ["biolink:Case"], name: c.label })),
    ...studies.map(({ s }) => ({ id: localCurie(s.id), category: ["biolink:Study"], name: s.title })),
  ];
  const edges: KgxEdge[] = statements.map(({ c, pubs: cited, evidence }) => {
    const predicate = PREDICATES[c.predicate as Predicate];
    const mapped = biolinkMapping(
      c.predicate as Predicate,
      kindOfId(String(c.subjectId)),
      kindOfId(String(c.objectId)),
    );
    const state = (v: unknown, kind: "aspect" | "form_or_variant") => {
      const found = v ? ENTITY_STATES[v as EntityState] : null;
      return found?.qualifier === kind ? found.value : undefined;
    };
    // The edge's knowledge level is its strongest evidence item's (ties: the first in reading order).
    const strongest = [...evidence].sort((a, b) => b.weight - a.weight)[0];
    const negated = evidence.length > 0 && evidence.every((e) => e.direction === "refutes");
    const publications = [sourcePub, ...cited].map(publicationCurie).filter((x): x is string => !!x);
    return {
      id: localCurie(c.id),
      subject: nodeOf.get(String(c.subjectId))!,
      predicate: mapped.predicate,
      object: nodeOf.get(String(c.objectId))!,
      qualified_predicate: predicate.aspect ? "biolink:causes" : undefined,
      subject_aspect_qualifier: mapped.subjectAspect ?? state(c.subjectState, "aspect"),
      subject_direction_qualifier: mapped.subjectDirection,
      subject_form_or_variant_qualifier: state(c.subjectState, "form_or_variant"),
      object_aspect_qualifier: predicate.aspect ?? state(c.objectState, "aspect"),
      object_form_or_variant_qualifier: state(c.objectState, "form_or_variant"),
      object_direction_qualifier: predicate.effect ?? undefined,
      // Negated only where every evidence item refutes the statement.
      ...(negated ? { negated: true as const } : {}),
      // The source paper is always a publication of the edge; cited works are added when it cites
      // them and have a PMID or DOI (a reference known only by its number has no public id).
      publications: [...new Set(publications)],
      supporting_text: evidence.map((e) => oneLine(e.quote)),
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
    // The local prefix, declared as JSON-LD so a reader can expand every CURIE of the export.
    "context.jsonld": [JSON.stringify({ "@context": { [LOCAL_PREFIX]: LOCAL_PREFIX_IRI } }, null, 2)],
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
