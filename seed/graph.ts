import {
  DATASET,
  ENTITY_KINDS,
  EVIDENCE_LEVELS,
  PREDICATES,
  biolinkMapping,
  kindOfId,
  statementSign,
  type EntityKind,
  type EntityState,
  type EvidenceLevel,
  type Predicate,
} from "../schema/vocabulary.ts";
import {
  definedAbbreviations,
  fromRoman,
  greekVariants,
  normalizeTerm,
  termKey,
  toRoman,
} from "../schema/terms.ts";
import type { Locus } from "./model.ts";
import { evidenceWeight, groupStatements, statementStrength } from "./evidence.ts";

const levelOf = (level: string) => EVIDENCE_LEVELS[level as EvidenceLevel];
const levelOfRank = (rank: number) =>
  (Object.keys(EVIDENCE_LEVELS) as EvidenceLevel[]).find((l) => EVIDENCE_LEVELS[l].rank === rank)!;
import type { ValidatedSeed } from "./validate.ts";

/**
 * How a node group is written. `create`: nodes the dataset owns (deleted and re-created on reload).
 * `merge`: shared nodes (a corpus's entities, a corpus paper's own record), matched by id and updated.
 * `reference`: shared nodes known only as someone's reference; created if missing, never overwritten.
 */
export type WriteMode = "create" | "merge" | "reference";

export interface NodeGroup {
  label: string;
  extraLabel?: string;
  mode: WriteMode;
  rows: { id: string; props: Record<string, unknown> }[];
}

export interface RelGroup {
  type: string;
  from: string;
  to: string;
  /** `merge` for relationships between shared nodes, so reloading does not duplicate them. */
  mode: "create" | "merge";
  rows: { from: string; to: string; props: Record<string, unknown> }[];
}

/** A graph ready to write: node rows per label and relationship rows per (type, from label, to label). */
export interface GraphBatch {
  nodes: Map<string, NodeGroup>;
  rels: Map<string, RelGroup>;
}

export interface BuildOptions {
  /** Owner of the nodes this seed creates; reloading replaces exactly that dataset. */
  dataset: string;
  /** Keeps loci of different papers apart ("" for the source paper, whose ids are loc:text:...). */
  locusPrefix: string;
  /** Publications are shared between corpus papers: merged by id instead of owned. */
  sharedPublications: boolean;
  /** Names of entities the seed uses but does not define (a corpus's vocabulary), for search text. */
  entityNames?: ReadonlyMap<string, string>;
}

const SOURCE_OPTIONS: BuildOptions = { dataset: DATASET, locusPrefix: "", sharedPublications: false };

export function locusId(locus: Locus, prefix = ""): string {
  return "cell" in locus
    ? `loc:${prefix}cell:${locus.cell}`
    : `loc:${prefix}text:${locus.start}-${locus.end}`;
}

export function emptyBatch(): GraphBatch {
  return { nodes: new Map(), rels: new Map() };
}

const sharedSeen = new WeakMap<NodeGroup, Set<string>>();

/** Appends one batch's rows to another's (a corpus writes many papers per transaction). */
export function appendBatch(into: GraphBatch, from: GraphBatch): GraphBatch {
  for (const [key, group] of from.nodes) {
    const target = into.nodes.get(key) ?? { ...group, rows: [] };
    into.nodes.set(key, target);
    if (group.mode === "create") target.rows.push(...group.rows);
    else {
      // Shared nodes (references, vocabulary) recur in many papers; one row each is enough.
      const seen = (sharedSeen.get(target) ?? sharedSeen.set(target, new Set()).get(target))!;
      for (const row of group.rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        target.rows.push(row);
      }
    }
  }
  for (const [key, group] of from.rels) {
    const target = into.rels.get(key);
    if (target) target.rows.push(...group.rows);
    else into.rels.set(key, { ...group, rows: [...group.rows] });
  }
  return into;
}

function batchWriter(batch: GraphBatch, dataset: string) {
  const node = (
    label: string,
    id: string,
    props: Record<string, unknown>,
    extraLabel?: string,
    mode: WriteMode = "create",
  ) => {
    const key = `${label}:${extraLabel ?? ""}:${mode}`;
    let group = batch.nodes.get(key);
    if (!group) batch.nodes.set(key, (group = { label, extraLabel, mode, rows: [] }));
    group.rows.push({ id, props: { ...props, id, dataset } });
  };
  const relSeen = new Set<string>();
  const rel = (
    type: string,
    from: string,
    fromId: string,
    to: string,
    toId: string,
    props: Record<string, unknown> = {},
    mode: "create" | "merge" = "create",
  ) => {
    const dedupe = `${type}|${fromId}|${toId}|${JSON.stringify(props)}`;
    if (relSeen.has(dedupe)) return;
    relSeen.add(dedupe);
    const key = `${type}|${from}|${to}|${mode}`;
    let group = batch.rels.get(key);
    if (!group) batch.rels.set(key, (group = { type, from, to, mode, rows: [] }));
    group.rows.push({ from: fromId, to: toId, props });
  };
  return { node, rel };
}

/**
 * A CITES relationship carries the key it is listed by from its publication's side (the cited
 * paper, the citing node's kind, then its sort key: a locus's offset or a claim's level rank,
 * and its id). An index on that key pages a paper cited by thousands in index order, reading
 * only the page instead of every citation (schema/constraints.ts, store/publications.ts).
 */
function citeKey(publication: string, kind: "Locus" | "Statement", sortKey: number, citing: string) {
  return { publication, citingKind: kind, sortKey, citingId: citing };
}

type Entities = ValidatedSeed["data"]["entities"];

/**
 * Entity nodes with their Alias and Xref nodes. Every name an entity answers to is an Alias with an
 * indexed lower-case key, so lookup by name, synonym or OCR spelling is one index seek; every
 * standard identifier it carries is an Xref keyed by the CURIE, so lookup by CURIE is one too.
 */
function addEntities(
  { node, rel }: ReturnType<typeof batchWriter>,
  entities: Entities,
  addLocus: (l: Locus) => string,
  mode: "create" | "merge",
) {
  for (const e of entities) {
    const kind = ENTITY_KINDS[e.kind as EntityKind];
    node(
      "Entity",
      e.id,
      {
        kind: e.kind,
        name: e.name,
        // The entities page's sort key, stored so an index serves it (schema/constraints.ts).
        nameSort: e.name.toLowerCase(),
        category: kind.biolink,
        synonyms: e.synonyms,
        aliases: e.aliases.map((a) => a.printed),
        searchText: [e.name, ...e.synonyms, ...e.aliases.map((a) => a.printed), e.description ?? ""].join(
          " | ",
        ),
        // Parallel lists (Neo4j properties hold no maps): each identifier and where it was confirmed.
        xrefs: e.xrefs.map((x) => x.id),
        xrefSources: e.xrefs.map((x) => x.source),
        xrefNote: e.xref_note ?? null,
        description: e.description ?? null,
      },
      kind.label,
      mode,
    );
    // The index of e.xrefs (which stays the record: the API and the KGX export read it): one Xref
    // node per CURIE, so store/entities.ts byXref seeks Xref.id's unique index instead of reading
    // every entity's list. Written in the entity's mode, so it is replaced or merged with it.
    for (const x of e.xrefs) {
      node("Xref", x.id, {}, undefined, mode);
      rel("XREF_OF", "Xref", x.id, "Entity", e.id, {}, mode);
    }
    const names = [
      { printed: e.name, correction: "name", loci: [] as Locus[] },
      ...e.synonyms.map((s) => ({ printed: s, correction: "synonym", loci: [] as Locus[] })),
      ...e.aliases,
    ];
    // Spellings that differ only in case (p53 / P53) stay separate aliases, so each keeps its loci.
    const seenSpellings = new Set<string>();
    for (const a of names) {
      if (seenSpellings.has(a.printed)) continue;
      seenSpellings.add(a.printed);
      const aliasId = `alias:${e.id}:${a.printed}`;
      node(
        "Alias",
        aliasId,
        {
          printed: a.printed,
          key: a.printed.toLowerCase(),
          correction: a.correction,
          correctedTo: e.name,
          entityId: e.id,
        },
        undefined,
        mode,
      );
      rel("ALIAS_OF", "Alias", aliasId, "Entity", e.id, {}, mode);
      a.loci.forEach((l) => rel("PRINTED_AT", "Alias", aliasId, "Locus", addLocus(l)));
    }
    addTerms(
      node,
      e.id,
      names.map((n) => n.printed),
      e.id,
    );
  }
}

/**
 * Search synonyms as data: one Term per normalized spelling, grouped (an entity's names, an
 * abbreviation the paper defines with its long form, a phase number in Arabic and Roman). A query
 * word or phrase equal to a term's text is expanded with the other terms of its group
 * (store/search.ts). Names with Greek letters also get their spelled-out forms (NF-κB: NF kappa B).
 */
function addTerms(
  node: ReturnType<typeof batchWriter>["node"],
  group: string,
  spellings: string[],
  entityId: string | null,
) {
  const texts = new Set<string>();
  for (const s of spellings) {
    const t = normalizeTerm(s);
    if (t) texts.add(t);
    greekVariants(s).forEach((v) => texts.add(v));
  }
  if (texts.size < 2 && entityId == null) return;
  for (const text of texts)
    node("Term", `term:${group}:${text}`, { group, text, key: termKey(text), entityId }, undefined, "merge");
}

/** Abbreviations the paper defines and the phase numbers it prints, as Term groups. */
function addPaperTerms(node: ReturnType<typeof batchWriter>["node"], paper: string, phases: string[]) {
  for (const [abbr, long] of definedAbbreviations(paper)) {
    const singular = abbr.replace(/s$/, "");
    addTerms(node, `abbr:${normalizeTerm(singular)}`, [abbr, singular, long], null);
  }
  const printed = [...paper.matchAll(/\bphase\s+([IVX]{1,4}|[1-9])\b/gi)].map((m) => m[1]!);
  for (const p of new Set([...printed, ...phases])) {
    const n = /^\d+$/.test(p) ? Number(p) : fromRoman(p);
    if (n == null || n < 1 || n > 9) continue;
    addTerms(node, `phase:${n}`, [`phase ${n}`, `phase ${toRoman(n)}`], null);
  }
}

/** A corpus's shared vocabulary: entities and aliases, merged by id so papers can share them. */
export function buildVocabulary(entities: Entities, dataset: string): GraphBatch {
  const batch = emptyBatch();
  addEntities(
    batchWriter(batch, dataset),
    entities,
    () => {
      throw new Error("vocabulary aliases cannot carry loci");
    },
    "merge",
  );
  return batch;
}

/** Turns validated seed records into nodes and relationships; pure, no database. */
export function buildGraph(
  { data, paper, sectionAt }: ValidatedSeed,
  options: BuildOptions = SOURCE_OPTIONS,
): GraphBatch {
  const batch = emptyBatch();
  const { node, rel } = batchWriter(batch, options.dataset);
  // Loci are shared: one node per distinct span or cell, however many facts point at it.
  const loci = new Map<string, Record<string, unknown>>();
  const cellsById = new Map(data.table1.cells.map((c) => [c.cell, c]));
  const rowLabels = new Map(data.table1.rows.map((r) => [r.id, r.label]));
  const addLocus = (locus: Locus): string => {
    const id = locusId(locus, options.locusPrefix);
    if (loci.has(id)) return id;
    if ("cell" in locus) {
      const cell = cellsById.get(locus.cell)!;
      const [column, row] = locus.cell.split(".") as [string, string];
      const first = cell.spans[0]!;
      loci.set(id, {
        kind: "table_cell",
        section: "Table 1",
        table: "Table 1",
        row,
        rowLabel: rowLabels.get(row) ?? row,
        column,
        quote: cell.printed,
        start: first.start,
        end: cell.spans[cell.spans.length - 1]!.end,
        spans: JSON.stringify(cell.spans.map((s) => [s.start, s.end])),
      });
    } else {
      loci.set(id, {
        kind: "text",
        section: sectionAt(locus.start),
        start: locus.start,
        end: locus.end,
        quote: locus.quote,
      });
    }
    return id;
  };
  const stated = (label: string, ownerId: string, list: Locus[]) =>
    list.forEach((l) => rel("STATED_IN", label, ownerId, "Locus", addLocus(l)));
  /**
   * What the paper prints for a record, for its search text: each sentence's words and each
   * Table 1 cell under its row label ("Spleen size: 20.2cm length, ..."), so a fact or outcome is
   * found by the paper's own words ("spleen size", "HMA failure"), not only by its field names.
   */
  const printedText = (list: Locus[]) =>
    list.map((l) => {
      const locus = loci.get(addLocus(l))!;
      const text =
        locus.kind === "table_cell"
          ? `${String(locus.rowLabel)}: ${String(locus.quote)}`
          : String(locus.quote);
      return text.replace(/\s+/g, " ");
    });

  const source = data.source.paper;
  const shared = options.sharedPublications;
  node(
    "Publication",
    source.id,
    {
      number: null,
      title: source.title,
      journal: source.journal,
      year: source.year,
      doi: source.doi,
      // DOIs are case-insensitive: the lookup key, stored so an index serves it (schema/constraints.ts).
      doiLower: source.doi?.toLowerCase() ?? null,
      isSource: !shared,
      identification: shared ? "a corpus paper" : "the source paper",
      searchText: [source.title, source.journal, source.year, source.doi]
        .filter((x) => x != null)
        .join(" | "),
    },
    undefined,
    shared ? "merge" : "create",
  );
  // A corpus paper's references are other papers' records: numbers are the citing paper's own.
  const refId = new Map(data.publications.map((p) => [p.number, p.id]));
  for (const p of data.publications) {
    node(
      "Publication",
      p.id,
      {
        number: p.number,
        title: p.title,
        firstAuthor: p.first_author,
        year: p.year,
        journal: p.journal,
        doi: p.doi,
        doiLower: p.doi?.toLowerCase() ?? null,
        pmid: p.pmid,
        pmcid: p.pmcid ?? null,
        studyKind: p.study_kind ?? null,
        abstractFindings: p.abstract_findings ?? null,
        note: p.note ?? null,
        identification: p.identification,
        isSource: false,
        // Everything a reference is looked up by, as one text (full-text indexes read strings only).
        searchText: [p.title, p.first_author, p.journal, p.year, p.doi, p.pmid && `PMID ${p.pmid}`]
          .filter((x) => x != null && x !== "")
          .join(" | "),
      },
      undefined,
      shared ? "reference" : "create",
    );
  }

  for (const c of data.citations) {
    const id = addLocus(c);
    loci.get(id)!.citationId = c.id;
    const start = loci.get(id)!.start as number;
    for (const pub of c.refs.map((n) => refId.get(n)!))
      rel("CITES", "Locus", id, "Publication", pub, citeKey(pub, "Locus", start, id));
  }

  addEntities({ node, rel }, data.entities, addLocus, "create");

  // The paper's own names (therapies, and its entities when no shared vocabulary is given) over
  // the shared vocabulary's, without copying it: a copy per paper made a corpus load quadratic
  // (50,000 papers x 25,000 names at 1M claims).
  const ownNames = new Map<string, string>(
    options.entityNames ? [] : data.entities.map((e) => [e.id, e.name]),
  );
  const entityName = { get: (id: string) => ownNames.get(id) ?? options.entityNames?.get(id) };
  for (const t of data.therapies) {
    ownNames.set(t.id, t.name);
    node(
      "Entity",
      t.id,
      {
        kind: "therapy",
        name: t.name,
        nameSort: t.name.toLowerCase(),
        category: ENTITY_KINDS.therapy.biolink,
        synonyms: t.synonyms,
        aliases: [],
        interaction: t.interaction,
        componentIds: t.components,
        searchText: [t.name, ...t.synonyms, t.description ?? ""].join(" | "),
        xrefs: [],
        xrefSources: [],
        xrefNote: "a combination or sequence of drugs: no registry identifies it",
        description: t.description ?? null,
      },
      ENTITY_KINDS.therapy.label,
    );
    const aliasId = `alias:${t.id}:${t.name}`;
    node("Alias", aliasId, {
      printed: t.name,
      key: t.name.toLowerCase(),
      correction: "name",
      correctedTo: t.name,
      entityId: t.id,
    });
    rel("ALIAS_OF", "Alias", aliasId, "Entity", t.id);
    addTerms(node, t.id, [t.name, ...t.synonyms], t.id);
    stated("Entity", t.id, t.loci);
    t.components.forEach((c, position) => rel("HAS_PART", "Entity", t.id, "Entity", c, { position }));
  }

  const scope = options.locusPrefix;
  for (const s of groupStatements(data.evidence, scope)) {
    const predicate = PREDICATES[s.spec.predicate as Predicate];
    const supporting = s.items.filter((e) => e.direction === "supports");
    // Lists sort and filter by the strongest evidence of either direction, so a statement that
    // only refutes is still listed; path edges use the strongest supporting evidence.
    const bestRank = Math.max(...s.items.map((e) => levelOf(e.level).rank));
    const supportRank = Math.max(0, ...supporting.map((e) => levelOf(e.level).rank));
    const strength = statementStrength(s.items.map((e) => ({ ...e, level: e.level as EvidenceLevel })));
    const references = [...new Set(s.items.flatMap((e) => e.references))].sort((a, b) => a - b);
    const ends = [s.spec.subject, s.spec.object];
    node("Statement", s.id, {
      predicate: s.spec.predicate,
      biolinkPredicate: biolinkMapping(
        s.spec.predicate as Predicate,
        kindOfId(s.spec.subject),
        kindOfId(s.spec.object),
      ).predicate,
      subjectId: s.spec.subject,
      objectId: s.spec.object,
      subjectState: s.spec.subject_state ?? null,
      objectState: s.spec.object_state ?? null,
      contextIds: s.spec.context,
      conditions: JSON.stringify(s.spec.conditions),
      strength,
      evidenceCount: s.items.length,
      supportCount: supporting.length,
      levelRank: bestRank,
      bestLevel: levelOfRank(bestRank),
      hedged: s.items.every((e) => e.epistemics.hedged),
      involvesCombination: ends.some((id) => id.startsWith("therapy:")),
      references,
      searchText: [
        `${entityName.get(s.spec.subject)} ${s.spec.predicate.replace(/_/g, " ")} ${entityName.get(s.spec.object)}`,
        ...s.spec.conditions.map((c) => c.value),
        ...s.items.flatMap((e) => ("quote" in e.locus ? [e.locus.quote.replace(/\s+/g, " ")] : [])),
      ].join(" | "),
    });
    rel("SUBJECT", "Statement", s.id, "Entity", s.spec.subject);
    rel("OBJECT", "Statement", s.id, "Entity", s.spec.object);
    for (const c of [...s.spec.context, ...s.spec.conditions.flatMap((c) => (c.entity ? [c.entity] : []))])
      rel("IN_CONTEXT", "Statement", s.id, "Entity", c);
    for (const pub of references.map((n) => refId.get(n)!))
      rel("CITES", "Statement", s.id, "Publication", pub, citeKey(pub, "Statement", bestRank, s.id));
    rel("REPORTED_IN", "Statement", s.id, "Publication", source.id);
    for (const e of s.items) {
      const ep = e.epistemics;
      node("Evidence", e.id, {
        statementId: s.id,
        direction: e.direction,
        level: e.level,
        levelRank: levelOf(e.level).rank,
        modelSystem: e.model_system,
        provenance: e.provenance,
        references: e.references,
        referencesReason: e.references_reason ?? null,
        hedged: ep.hedged,
        hedgeCues: ep.hedge_cues,
        hedgeExemptReason: ep.hedge_exempt_reason ?? null,
        negated: ep.negated,
        status: ep.status,
        inference: ep.inference,
        knowledgeLevel: e.knowledge_level,
        agentType: e.agent_type,
        weight: evidenceWeight({ ...e, level: e.level as EvidenceLevel }),
        singleDrugReason: e.single_drug_reason ?? null,
        note: e.note ?? null,
        searchText: [
          `${entityName.get(s.spec.subject)} ${s.spec.predicate.replace(/_/g, " ")} ${entityName.get(s.spec.object)}`,
          "quote" in e.locus ? e.locus.quote.replace(/\s+/g, " ") : "",
          e.model_system.replace(/_/g, " "),
        ].join(" | "),
      });
      rel("HAS_EVIDENCE", "Statement", s.id, "Evidence", e.id);
      stated("Evidence", e.id, [e.locus]);
      for (const pub of e.references.map((n) => refId.get(n)!))
        rel("CITES", "Evidence", e.id, "Publication", pub);
    }
    // Hetionet-style direct edge so that mechanism paths are plain typed hops between entities.
    // `sign` (causal predicates only): the step's effect with the ends' states folded in, so
    // that paths compose signs from the edges alone (schema/vocabulary.ts statementSign); the
    // states themselves for a path's explanation.
    const sign = statementSign(
      s.spec.predicate as Predicate,
      s.spec.subject_state as EntityState | null,
      s.spec.object_state as EntityState | null,
    );
    rel(predicate.rel, "Entity", s.spec.subject, "Entity", s.spec.object, {
      statementId: s.id,
      levelRank: supporting.length > 0 ? supportRank : bestRank,
      strength,
      direction: supporting.length > 0 ? "supports" : "refutes",
      ...(sign === null ? {} : { sign }),
      ...(s.spec.subject_state ? { subjectState: s.spec.subject_state } : {}),
      ...(s.spec.object_state ? { objectState: s.spec.object_state } : {}),
    });
  }

  const citationLocus = new Map(data.citations.map((c) => [c.id, locusId(c, options.locusPrefix)]));
  for (const v of data.verdicts) {
    const verdictId = `verdict:${v.citation}:${v.reference}`;
    node("CitationVerdict", verdictId, {
      citationId: v.citation,
      reference: v.reference,
      verdict: v.verdict,
      aspect: v.aspect ?? null,
      reason: v.reason,
    });
    rel("VERDICT_ON", "CitationVerdict", verdictId, "Locus", citationLocus.get(v.citation)!);
    rel("ABOUT_REFERENCE", "CitationVerdict", verdictId, "Publication", refId.get(v.reference)!);
  }

  for (const s of data.studies) {
    node("Study", s.id, {
      title: s.title,
      reference: s.reference,
      design: s.design,
      phase: s.phase ?? null,
      n: s.population.n ?? null,
      populationDescription: s.population.description ?? null,
      note: s.note ?? null,
      searchText: [
        s.title,
        s.design,
        s.phase ? `phase ${s.phase}` : "",
        s.population.description ?? "",
        ...[s.population.disease, ...s.interventions].map((id) => (id ? (entityName.get(id) ?? "") : "")),
      ]
        .filter(Boolean)
        .join(" | "),
    });
    rel(
      "REPORTED_IN",
      "Study",
      s.id,
      "Publication",
      s.reference == null ? source.id : refId.get(s.reference)!,
    );
    if (s.population.disease) rel("POPULATION", "Study", s.id, "Entity", s.population.disease);
    s.interventions.forEach((d) => rel("INTERVENTION", "Study", s.id, "Entity", d));
    stated("Study", s.id, s.loci);
    for (const o of s.outcomes) {
      node("Outcome", o.id, {
        measure: o.measure,
        value: o.value == null ? null : String(o.value),
        valueNumber: typeof o.value === "number" ? o.value : null,
        valueLow: o.value_low ?? null,
        valueHigh: o.value_high ?? null,
        unit: o.unit ?? null,
        arm: o.arm ?? null,
        comparisonArm: o.comparison?.arm ?? null,
        comparisonValue: o.comparison?.value == null ? null : String(o.comparison.value),
        significance: o.significance ?? null,
        note: o.note ?? null,
        studyId: s.id,
        // Field names are words here: the analyzer keeps "overall_survival" as one token.
        searchText: [
          o.measure.replace(/_/g, " "),
          o.value == null ? "" : `${o.value}${o.unit ? ` ${o.unit}` : ""}`,
          o.arm ?? "",
          o.comparison?.arm ?? "",
          o.significance ?? "",
          s.title,
          ...printedText(o.loci),
        ]
          .filter(Boolean)
          .join(" | "),
      });
      rel("HAS_OUTCOME", "Study", s.id, "Outcome", o.id);
      stated("Outcome", o.id, o.loci);
    }
  }

  for (const c of data.cases) {
    const factText = (f: { field: string; value: unknown; unit?: string | null; printed?: string | null }) =>
      [f.field.replace(/_/g, " "), f.value == null ? "" : String(f.value), f.unit ?? "", f.printed ?? ""]
        .filter(Boolean)
        .join(" ");
    const facts = [
      ...c.facts.map((f) => ({ ...f, entity: f.entity ?? null })),
      ...c.mutations.map((m) => ({
        field: "mutation",
        value: m.gene.replace(/^gene:/, ""),
        unit: null,
        timepoint: m.timepoint ?? null,
        entity: m.gene,
        printed: m.printed ?? null,
        note: null,
        loci: m.loci,
      })),
    ];
    node("Case", c.id, {
      label: c.label,
      searchText: [c.label, ...facts.map(factText), ...c.regimens.map((r) => r.name)].join(" | "),
    });
    facts.forEach((f, i) => {
      const factId = `fact:${c.id}:${f.field}:${f.timepoint ?? "any"}:${i}`;
      node("CaseFact", factId, {
        caseId: c.id,
        field: f.field,
        value: f.value == null ? null : String(f.value),
        valueNumber: typeof f.value === "number" ? f.value : null,
        valueType: f.value == null ? "null" : typeof f.value,
        unit: f.unit ?? null,
        timepoint: f.timepoint ?? null,
        printed: f.printed ?? null,
        note: f.note ?? null,
        searchText: [
          c.label,
          factText(f),
          f.timepoint ? f.timepoint.replace(/_/g, " ") : "",
          f.entity ? (entityName.get(f.entity) ?? "") : "",
          ...printedText(f.loci),
        ]
          .filter(Boolean)
          .join(" | "),
      });
      rel("HAS_FACT", "Case", c.id, "CaseFact", factId);
      if (f.entity) rel("ABOUT", "CaseFact", factId, "Entity", f.entity);
      stated("CaseFact", factId, f.loci);
    });
    for (const r of c.regimens) {
      node("Regimen", r.id, {
        name: r.name,
        line: r.line ?? null,
        cycles: r.cycles ?? null,
        response: r.response?.value ?? null,
        caseId: c.id,
      });
      rel("RECEIVED", "Case", c.id, "Regimen", r.id);
      stated("Regimen", r.id, [...r.loci, ...(r.response?.loci ?? [])]);
      r.components.forEach((comp, k) => {
        const compId = `${r.id}:${k}`;
        node("RegimenComponent", compId, {
          drugId: comp.drug,
          dose: comp.dose ?? null,
          unit: comp.unit ?? null,
          schedule: comp.schedule ?? null,
          days: comp.days ?? null,
          position: k,
        });
        rel("HAS_COMPONENT", "Regimen", r.id, "RegimenComponent", compId);
        rel("USES_DRUG", "RegimenComponent", compId, "Entity", comp.drug);
        stated("RegimenComponent", compId, comp.loci);
      });
    }
  }

  const caseLabel = new Map(data.cases.map((c) => [c.id, c.label]));
  addPaperTerms(
    node,
    paper,
    data.studies.flatMap((s) => (s.phase ? [s.phase] : [])),
  );
  const caseFacts = [...batch.nodes.values()].filter((g) => g.label === "CaseFact").flatMap((g) => g.rows);
  for (const c of data.conflicts) {
    node("Conflict", c.id, {
      field: c.field,
      description: c.description,
      kind: c.kind,
      subjectId: c.subject,
      // "conflict" is what the record is: a user asking for a conflict finds it by that word.
      searchText: [
        `conflict: ${c.field.replace(/_/g, " ")}`,
        c.description,
        c.kind.replace(/_/g, " "),
        entityName.get(c.subject) ?? caseLabel.get(c.subject) ?? "",
        ...c.values.map((v) => String(v.value)),
      ]
        .filter(Boolean)
        .join(" | "),
    });
    const subjectLabel = subjectLabelOf(c.subject);
    rel("CONCERNS", "Conflict", c.id, subjectLabel, c.subject);
    c.values.forEach((v, i) => {
      const valueId = `${c.id}:${i}`;
      node("ConflictValue", valueId, {
        value: String(v.value),
        position: i,
        sourceReference: v.source?.reference ?? null,
        sourceBasis: v.source?.basis ?? null,
      });
      if (v.source)
        rel("ABOUT_REFERENCE", "ConflictValue", valueId, "Publication", refId.get(v.source.reference)!);
      rel("HAS_VALUE", "Conflict", c.id, "ConflictValue", valueId);
      stated("ConflictValue", valueId, v.loci);
    });
    // The facts a conflict touches: same case and field, so the fact's page can show the conflict.
    for (const f of caseFacts) {
      if (f.props.caseId === c.subject && f.props.field === c.field)
        rel("AFFECTS", "Conflict", c.id, "CaseFact", f.id);
    }
  }

  for (const [id, props] of loci) node("Locus", id, props);
  return batch;
}

function subjectLabelOf(id: string): string {
  const prefix = id.split(":")[0];
  switch (prefix) {
    case "case":
      return "Case";
    case "stmt":
      return "Statement";
    case "ev":
      return "Evidence";
    case "pub":
      return "Publication";
    case "study":
      return "Study";
    case "regimen":
      return "Regimen";
    case "outcome":
      return "Outcome";
    default:
      return "Entity";
  }
}
