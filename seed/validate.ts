import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { SEED_FILES, type Locus, type SeedData, type SeedKey } from "./model.ts";
import { hedgeCueIn } from "./evidence.ts";
import { IDENTIFIER_PREFIXES, type IdentifierPrefix } from "../schema/vocabulary.ts";

/** Words by which a quote names a combination or a regimen rather than one drug. */
const REGIMEN_WORDS = /\b(combin\w*|plus|regimens?|together with|added to|-based)\b/i;

export const DEFAULT_SEED_DIR = path.resolve(import.meta.dirname, "data");
export const DEFAULT_PAPER = path.resolve(import.meta.dirname, "source/paper.txt");

/** A curated file is a few hundred kB; anything this large is a mistake or an attack, not data. */
export const MAX_SEED_FILE_BYTES = 5 * 1024 * 1024;
/** The source paper's reference list: numbers 1-37. */
const SOURCE_REFERENCES = 37;

export interface SeedProblem {
  file: string;
  line: number | null;
  path: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `Seed validation failed with ${problems.length} problem(s):\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file}${p.line ? `:${p.line}` : ""}: ${p.path || "(root)"}: ${p.message}`)
          .join("\n"),
    );
    this.name = "SeedValidationError";
  }
}

export interface ValidatedSeed {
  data: SeedData;
  paper: string;
  /** Section name for a character offset of the paper. */
  sectionAt(offset: number): string;
}

type PathKey = string | number;

/**
 * Parses and checks every seed file, then every cross-reference between them and every quote
 * against paper.txt. Nothing is written anywhere; all problems are reported together.
 */
export function validateSeed(seedDir = DEFAULT_SEED_DIR, paperPath = DEFAULT_PAPER): ValidatedSeed {
  const paper = readFileSync(paperPath, "utf8");
  const problems: SeedProblem[] = [];
  const docs = new Map<SeedKey, { doc: Document; lines: LineCounter }>();
  const parsed: Partial<Record<SeedKey, unknown>> = {};

  const lineOf = (key: SeedKey, at: PathKey[]): number | null => {
    const entry = docs.get(key);
    if (!entry) return null;
    for (let n = at.length; n >= 0; n--) {
      const node = entry.doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) return entry.lines.linePos(node.range[0]).line;
    }
    return null;
  };
  const report = (key: SeedKey, at: PathKey[], message: string) =>
    problems.push({
      file: `seed/data/${SEED_FILES[key].file}`,
      line: lineOf(key, at),
      path: at.join("."),
      message,
    });

  for (const [key, { file, schema }] of Object.entries(SEED_FILES) as [
    SeedKey,
    (typeof SEED_FILES)[SeedKey],
  ][]) {
    let text: string;
    try {
      const size = statSync(path.join(seedDir, file)).size;
      if (size > MAX_SEED_FILE_BYTES) {
        problems.push({
          file: `seed/data/${file}`,
          line: null,
          path: "",
          message: `file is larger than ${MAX_SEED_FILE_BYTES} bytes (${size})`,
        });
        continue;
      }
      text = readFileSync(path.join(seedDir, file), "utf8");
    } catch {
      problems.push({
        file: `seed/data/${file}`,
        line: null,
        path: "",
        message: "file is missing or unreadable",
      });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    docs.set(key, { doc, lines });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        problems.push({
          file: `seed/data/${file}`,
          line: e.linePos?.[0]?.line ?? null,
          path: "",
          message: e.message,
        });
      }
      continue;
    }
    const result = schema.safeParse(doc.toJS());
    if (!result.success) {
      for (const issue of result.error.issues) report(key, issue.path as PathKey[], issue.message);
      continue;
    }
    parsed[key] = result.data;
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const data = parsed as SeedData;
  checkSeed(data, paper, report, { kind: "source" });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { data, paper, sectionAt: sectionFinder(data) };
}

/** Which rules apply: the curated source paper, or one paper of a literature corpus. */
export type SeedProfile =
  | { kind: "source" }
  /** A corpus paper: its entities come from the corpus vocabulary, its references are its own list. */
  | { kind: "corpus"; entities: ReadonlySet<string> };

type Report = (key: SeedKey, at: PathKey[], message: string) => void;

function sectionFinder(data: SeedData): (offset: number) => string {
  const sections = data.source.sections;
  return (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.name ?? "unknown";
}

/**
 * Validates one paper of a corpus, held in memory, with the same record schemas and the same
 * cross-checks as the curated seed; problems name the paper and the path inside it.
 */
export function validatePaper(
  input: Record<SeedKey, unknown>,
  paper: string,
  label: string,
  entities: ReadonlySet<string>,
): ValidatedSeed {
  const problems: SeedProblem[] = [];
  const report: Report = (key, at, message) =>
    problems.push({ file: `${label} ${key}`, line: null, path: at.join("."), message });
  const parsed: Partial<Record<SeedKey, unknown>> = {};
  for (const [key, { schema }] of Object.entries(SEED_FILES) as [SeedKey, (typeof SEED_FILES)[SeedKey]][]) {
    const result = schema.safeParse(input[key]);
    if (result.success) parsed[key] = result.data;
    else for (const issue of result.error.issues) report(key, issue.path as PathKey[], issue.message);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const data = parsed as SeedData;
  checkSeed(data, paper, report, { kind: "corpus", entities });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { data, paper, sectionAt: sectionFinder(data) };
}

/** Every cross-reference between the parts of a seed, and every quote against the paper's text. */
function checkSeed(data: SeedData, paper: string, report: Report, profile: SeedProfile): void {
  const source = profile.kind === "source";
  if (source && data.source.paper.id !== "pub:source")
    report("source", ["paper", "id"], 'the source paper\'s id must be "pub:source"');
  // Every id is unique across all files, so a reference to an id is never ambiguous.
  const seen = new Map<string, string>();
  const claimId = (key: SeedKey, at: PathKey[], id: string) => {
    if (seen.has(id)) report(key, at, `duplicate id "${id}" (first used in ${seen.get(id)})`);
    else seen.set(id, SEED_FILES[key].file);
  };

  const cells = new Set(data.table1.cells.map((c) => c.cell));
  const rows = new Set(data.table1.rows.map((r) => r.id));
  const checkLocus = (key: SeedKey, at: PathKey[], locus: Locus) => {
    if ("cell" in locus) {
      if (!cells.has(locus.cell)) report(key, [...at, "cell"], `unknown Table 1 cell "${locus.cell}"`);
    } else if (locus.end <= locus.start || locus.end > paper.length) {
      report(key, at, `offsets ${locus.start}-${locus.end} are outside paper.txt (length ${paper.length})`);
    } else if (paper.slice(locus.start, locus.end) !== locus.quote) {
      const found = JSON.stringify(paper.slice(locus.start, locus.end).slice(0, 60));
      report(
        key,
        [...at, "quote"],
        `quote does not match paper.txt at ${locus.start}-${locus.end} (text there: ${found})`,
      );
    }
  };
  const checkLoci = (key: SeedKey, at: PathKey[], list: Locus[]) =>
    list.forEach((locus, i) => checkLocus(key, [...at, i], locus));

  // Publications: one record per reference number; the source paper has exactly 1-37 as pub:ref<N>.
  const refNumbers = new Set<number>();
  data.publications.forEach((p, i) => {
    claimId("publications", [i, "id"], p.id);
    if (refNumbers.has(p.number))
      report("publications", [i, "number"], `reference ${p.number} appears twice`);
    refNumbers.add(p.number);
    if (source && p.id !== `pub:ref${p.number}`)
      report("publications", [i, "id"], `id must be "pub:ref${p.number}"`);
  });
  if (source)
    for (let n = 1; n <= SOURCE_REFERENCES; n++)
      if (!refNumbers.has(n)) report("publications", [], `reference ${n} is missing`);
  const refRange = source ? ` (the paper has references 1-${SOURCE_REFERENCES})` : "";
  const checkRef = (key: SeedKey, at: PathKey[], n: number | null | undefined) => {
    if (n != null && !refNumbers.has(n)) report(key, at, `unknown reference number ${n}${refRange}`);
  };

  // A corpus paper sees the shared vocabulary without copying it: 50,000 papers each copying a
  // 25,000-entity set made validation quadratic in corpus size.
  const ownEntities = new Set<string>();
  const shared = profile.kind === "corpus" ? profile.entities : new Set<string>();
  const knownEntity = (id: string) => ownEntities.has(id) || shared.has(id);
  const xrefOwner = new Map<string, string>();
  data.entities.forEach((e, i) => {
    claimId("entities", [i, "id"], e.id);
    ownEntities.add(e.id);
    if (!e.id.startsWith(`${e.kind}:`))
      report("entities", [i, "id"], `id must start with its kind "${e.kind}:"`);
    e.aliases.forEach((a, j) => checkLoci("entities", [i, "aliases", j, "loci"], a.loci));
    if (e.xrefs.length === 0 && !e.xref_note)
      report("entities", [i, "xref_note"], "an entity without identifiers needs a note saying why");
    e.xrefs.forEach((x, j) => {
      const at: PathKey[] = [i, "xrefs", j, "id"];
      const [prefix, local] = [x.id.slice(0, x.id.indexOf(":")), x.id.slice(x.id.indexOf(":") + 1)];
      const spec = IDENTIFIER_PREFIXES[prefix as IdentifierPrefix];
      if (!spec) return report("entities", at, `unknown identifier prefix "${prefix}"`);
      if (!spec.pattern.test(local)) report("entities", at, `"${x.id}" is not a well-formed ${prefix} id`);
      if (!(spec.kinds as readonly string[]).includes(e.kind))
        report("entities", at, `${prefix} does not identify a ${e.kind}`);
      // One identifier names one entity: entity(id:) resolves a CURIE to exactly one record.
      const owner = xrefOwner.get(x.id);
      if (owner && owner !== e.id) report("entities", at, `"${x.id}" already identifies ${owner}`);
      xrefOwner.set(x.id, e.id);
      if (e.xrefs.findIndex((y) => y.id === x.id) !== j) report("entities", at, `duplicate "${x.id}"`);
    });
  });
  const checkEntity = (key: SeedKey, at: PathKey[], id: string | null | undefined) => {
    if (id != null && !knownEntity(id)) report(key, at, `unknown entity id "${id}"`);
  };

  data.table1.cells.forEach((c, i) => {
    claimId("table1", [i, "cell"], `cell:${c.cell}`);
    const row = c.cell.split(".")[1] ?? "";
    if (!rows.has(row)) report("table1", ["cells", i, "cell"], `unknown Table 1 row "${row}"`);
    checkLoci("table1", ["cells", i, "spans"], c.spans);
  });
  data.table1.rows.forEach(
    (r, i) => r.label_locus && checkLoci("table1", ["rows", i, "label_locus"], [r.label_locus]),
  );
  data.table1.notes?.forEach((n, i) => checkLoci("table1", ["notes", i, "loci"], n.loci));

  data.citations.forEach((c, i) => {
    claimId("citations", [i, "id"], c.id);
    checkLocus("citations", [i], c);
    c.refs.forEach((n, j) => checkRef("citations", [i, "refs", j], n));
  });

  data.therapies.forEach((t, i) => {
    claimId("therapies", [i, "id"], t.id);
    ownEntities.add(t.id);
    checkLoci("therapies", [i, "loci"], t.loci);
  });
  data.therapies.forEach((t, i) =>
    t.components.forEach((c, j) => {
      checkEntity("therapies", [i, "components", j], c);
      if (c === t.id) report("therapies", [i, "components", j], "a therapy cannot contain itself");
    }),
  );

  // The citation markers of each text span, to hold every evidence item to its own sentence's.
  const markersAt = (start: number, end: number) =>
    [...new Set(data.citations.filter((c) => c.start < end && start < c.end).flatMap((c) => c.refs))].sort(
      (a, b) => a - b,
    );
  const singleAgent = (id: string) => id.startsWith("drug:") || id.startsWith("drug_class:");
  data.evidence.forEach((e, i) => {
    const at = (...p: PathKey[]) => [i, ...p];
    claimId("evidence", at("id"), e.id);
    const s = e.statement;
    checkEntity("evidence", at("statement", "subject"), s.subject);
    checkEntity("evidence", at("statement", "object"), s.object);
    s.context.forEach((c, j) => checkEntity("evidence", at("statement", "context", j), c));
    s.conditions.forEach((c, j) =>
      checkEntity("evidence", at("statement", "conditions", j, "entity"), c.entity),
    );
    e.references.forEach((n, j) => checkRef("evidence", at("references", j), n));
    if (e.provenance === "cited" && e.references.length === 0)
      report("evidence", at("references"), "a cited evidence item needs at least one reference number");
    checkLocus("evidence", at("locus"), e.locus);
    if (!("quote" in e.locus)) return;
    const quote = e.locus.quote;
    const ep = e.epistemics;
    const cue = hedgeCueIn(quote);
    if (cue && !ep.hedged && !ep.hedge_exempt_reason)
      report(
        "evidence",
        at("epistemics", "hedged"),
        `the quote says "${cue}": mark the item hedged or give hedge_exempt_reason`,
      );
    const flat = quote.replace(/\s+/g, " ").toLowerCase();
    ep.hedge_cues.forEach((c, j) => {
      if (!flat.includes(c.replace(/\s+/g, " ").toLowerCase()))
        report("evidence", at("epistemics", "hedge_cues", j), `hedge cue "${c}" is not in the quote`);
    });
    if (ep.negated && e.direction !== "refutes")
      report("evidence", at("direction"), "a negated item refutes its statement (direction: refutes)");
    if (source) {
      const markers = markersAt(e.locus.start, e.locus.end);
      const given = [...e.references].sort((a, b) => a - b);
      if (given.join(",") !== markers.join(",") && !e.references_reason)
        report(
          "evidence",
          at("references"),
          `references [${given.join(", ")}] differ from the quote's own citation markers [${markers.join(", ")}]: use those or give references_reason`,
        );
    }
    if (REGIMEN_WORDS.test(quote) && singleAgent(s.subject) && !e.single_drug_reason)
      report(
        "evidence",
        at("statement", "subject"),
        "the quote names a combination or regimen but the subject is a single drug: state it of the therapy or give single_drug_reason",
      );
  });

  const citationRefs = new Map(data.citations.map((c) => [c.id, c.refs]));
  const identified = new Set(data.publications.filter((p) => p.title != null).map((p) => p.number));
  const judged = new Set<string>();
  data.verdicts.forEach((v, i) => {
    const refs = citationRefs.get(v.citation);
    if (!refs) report("verdicts", [i, "citation"], `unknown citing sentence "${v.citation}"`);
    else if (!refs.includes(v.reference))
      report("verdicts", [i, "reference"], `${v.citation} does not cite reference ${v.reference}`);
    if (!identified.has(v.reference))
      report("verdicts", [i, "reference"], `reference ${v.reference} is not identified; it cannot be judged`);
    if ((v.verdict === "distorts") !== (v.aspect != null))
      report("verdicts", [i, "aspect"], "a distortion names its aspect, and only a distortion does");
    const key = `${v.citation}#${v.reference}`;
    if (judged.has(key)) report("verdicts", [i], `${key} is judged twice`);
    judged.add(key);
  });
  if (source)
    data.citations.forEach((c) =>
      c.refs
        .filter((n) => identified.has(n) && !judged.has(`${c.id}#${n}`))
        .forEach((n) => report("verdicts", [], `no verdict for ${c.id} citing identified reference ${n}`)),
    );

  data.studies.forEach((s, i) => {
    claimId("studies", [i, "id"], s.id);
    checkRef("studies", [i, "reference"], s.reference);
    checkEntity("studies", [i, "population", "disease"], s.population.disease);
    s.interventions.forEach((d, j) => checkEntity("studies", [i, "interventions", j], d));
    checkLoci("studies", [i, "loci"], s.loci);
    s.outcomes.forEach((o, j) => {
      claimId("studies", [i, "outcomes", j, "id"], o.id);
      checkLoci("studies", [i, "outcomes", j, "loci"], o.loci);
    });
  });

  data.cases.forEach((c, i) => {
    claimId("cases", [i, "id"], c.id);
    c.facts.forEach((f, j) => {
      checkEntity("cases", [i, "facts", j, "entity"], f.entity);
      checkLoci("cases", [i, "facts", j, "loci"], f.loci);
    });
    c.mutations.forEach((m, j) => {
      checkEntity("cases", [i, "mutations", j, "gene"], m.gene);
      checkLoci("cases", [i, "mutations", j, "loci"], m.loci);
    });
    c.regimens.forEach((r, j) => {
      claimId("cases", [i, "regimens", j, "id"], r.id);
      checkLoci("cases", [i, "regimens", j, "loci"], r.loci);
      if (r.response) checkLoci("cases", [i, "regimens", j, "response", "loci"], r.response.loci);
      r.components.forEach((comp, k) => {
        checkEntity("cases", [i, "regimens", j, "components", k, "drug"], comp.drug);
        checkLoci("cases", [i, "regimens", j, "components", k, "loci"], comp.loci);
      });
    });
  });

  data.conflicts.forEach((c, i) => {
    claimId("conflicts", [i, "id"], c.id);
    if (!seen.has(c.subject) && !knownEntity(c.subject))
      report("conflicts", [i, "subject"], `unknown subject "${c.subject}"`);
    c.values.forEach((v, j) => {
      checkLoci("conflicts", [i, "values", j, "loci"], v.loci);
      if (v.loci.length === 0 && !v.source)
        report(
          "conflicts",
          [i, "values", j, "loci"],
          "a value needs a locus, or a source when it is a cited work's",
        );
      if (v.source) checkRef("conflicts", [i, "values", j, "source", "reference"], v.source.reference);
    });
  });
}
