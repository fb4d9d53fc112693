// Figures and tables to take away: the current graph as SVG or PNG, the evidence behind the
// current view as CSV (one row per evidence item), and a copyable permalink (the URL hash).

/** CSV columns, in order; each row is one evidence item as served by the API. */
export const CSV_COLUMNS = [
  "statement_id",
  "subject",
  "predicate",
  "object",
  "evidence_id",
  "direction",
  "level",
  "quote",
  "locus",
  "references",
  "hedged",
  "hedge_cues",
  "negated",
  "status",
  "inference",
  "knowledge_level",
  "provenance",
  "model_system",
];

export const EVIDENCE_EXPORT_FIELDS = `id direction level quote provenance modelSystem knowledgeLevel
  epistemics { hedged hedgeCues negated status inference }
  locus { kind section start end rowLabel column } references { number }`;

/** Where a quote is printed, in words a reader can find again. */
export function locusText(l) {
  return l.kind === "table_cell"
    ? `Table 1, row ${l.rowLabel}, ${l.column}`
    : `${l.section}, characters ${l.start}-${l.end}`;
}

/** RFC 4180: quote every field, double inner quotes; CRLF between rows. */
const csvField = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;

export function evidenceCsv(statements) {
  const rows = [CSV_COLUMNS];
  for (const s of statements)
    for (const e of s.evidence)
      rows.push([
        s.id,
        s.subject.name,
        s.predicate,
        s.object.name,
        e.id,
        e.direction,
        e.level,
        e.quote,
        locusText(e.locus),
        e.references.map((r) => r.number).join("; "),
        e.epistemics.hedged,
        e.epistemics.hedgeCues.join("; "),
        e.epistemics.negated,
        e.epistemics.status,
        e.epistemics.inference,
        e.knowledgeLevel,
        e.provenance,
        e.modelSystem,
      ]);
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A file name from the view ("entity=gene:XPO1" -> "entity-gene-XPO1"). */
function viewName() {
  const h = decodeURIComponent(location.hash.slice(1)) || "explorer";
  return (
    h
      .replace(/[^A-Za-z0-9_.-]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "explorer"
  );
}

/**
 * Wires the toolbar. `statementsInView()` returns the ids of the statements the current view shows;
 * `fetchEvidence(ids)` returns those statements with their evidence (EVIDENCE_EXPORT_FIELDS).
 */
export function setupExports({ cy, statementsInView, fetchEvidence }) {
  const status = document.querySelector("#export-status");
  const say = (text) => (status.textContent = text);
  const permalink = document.querySelector("#permalink");
  const syncLink = () => (permalink.value = location.href);
  window.addEventListener("hashchange", syncLink);
  syncLink();

  document.querySelector("#export-svg").addEventListener("click", () => {
    if (!cy.nodes().length) return say("Nothing drawn to export.");
    const svg = cy.svg({ full: true, bg: "#ffffff", scale: 1 });
    download(`${viewName()}.svg`, new Blob([svg], { type: "image/svg+xml" }));
    say("SVG saved.");
  });
  document.querySelector("#export-png").addEventListener("click", () => {
    if (!cy.nodes().length) return say("Nothing drawn to export.");
    const png = cy.png({ full: true, bg: "#ffffff", scale: 2, output: "blob" });
    download(`${viewName()}.png`, png);
    say("PNG saved.");
  });
  document.querySelector("#export-csv").addEventListener("click", async () => {
    const ids = statementsInView();
    if (!ids.length) return say("No statements in this view.");
    say(`Fetching the evidence of ${ids.length} statement(s)…`);
    try {
      const statements = await fetchEvidence(ids);
      download(`${viewName()}-evidence.csv`, new Blob([evidenceCsv(statements)], { type: "text/csv" }));
      say(`CSV saved: ${statements.reduce((n, s) => n + s.evidence.length, 0)} evidence item(s).`);
    } catch (error) {
      say(`Export failed: ${error.message}`);
    }
  });
  document.querySelector("#copy-link").addEventListener("click", async () => {
    syncLink();
    try {
      await navigator.clipboard.writeText(permalink.value);
      say("Link copied.");
    } catch {
      // Without clipboard permission, select the link so that Ctrl+C copies it.
      permalink.select();
      say("Link selected: press Ctrl+C to copy.");
    }
  });
}
