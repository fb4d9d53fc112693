// Mechanism explorer: search, a graph of neighbourhoods and paths, and an evidence panel.
// All state lives in the URL hash, so every view can be shared as a link.
/* global cytoscape, cytoscapeDagre, cytoscapeFcose, cytoscapeSvg */
import { setupExports, EVIDENCE_EXPORT_FIELDS } from "./exports.js";
import { setupGraphKeys, KEY_HELP } from "./graphKeys.js";
import { DEFAULT_PAGE_SIZE, NEIGHBOURHOOD_QUERY, PAGE_QUERY, STATEMENT_FIELDS } from "./queries.js";

// Layered drawing for paths (dagre), force drawing that keeps nodes apart for neighbourhoods (fCoSE), SVG export.
cytoscape.use(cytoscapeDagre);
cytoscape.use(cytoscapeFcose);
cytoscape.use(cytoscapeSvg);

const $ = (sel) => document.querySelector(sel);
const esc = (s) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

async function gql(query, variables = {}) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

const PREDICATE_COLORS = {
  inhibits: "#d93025",
  decreases_amount_of: "#e8710a",
  decreases_activity_of: "#e8710a",
  increases_amount_of: "#1e8e3e",
  increases_activity_of: "#1e8e3e",
  activates: "#1e8e3e",
  increases_nuclear_localization_of: "#12b5cb",
  exports_from_nucleus: "#9334e6",
  treats: "#1a73e8",
  synergizes_with: "#f538a0",
  associated_with_resistance_to: "#a50e0e",
};
const LEVEL_WIDTH = { A: 6, B: 5, C: 4, D: 3, E: 1.5 };
const KIND_COLORS = {
  drug: "#1a73e8",
  drug_class: "#5e97f6",
  gene: "#1e8e3e",
  protein_complex: "#34a853",
  gene_family: "#81c995",
  process: "#9334e6",
  disease: "#d93025",
  phenotype: "#f29900",
  procedure: "#b06000",
  therapy: "#0b57d0",
};

const cy = cytoscape({
  container: $("#graph"),
  style: [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 11,
        "background-color": "data(color)",
        color: "#1d2430",
        "text-valign": "bottom",
        "text-margin-y": 4,
        // Long names wrap into a compact block; the white backing keeps a label legible over an edge.
        "text-wrap": "wrap",
        "text-max-width": 120,
        "text-background-color": "#fff",
        "text-background-opacity": 0.85,
        "text-background-padding": 2,
        width: 26,
        height: 26,
        shape: "data(shape)",
      },
    },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#1d2a44" } },
    // The keyboard selection (public/graphKeys.js): a ring and a halo that no colour in the graph uses.
    {
      selector: "node.kbd",
      style: {
        "border-width": 5,
        "border-color": "#e37400",
        "overlay-color": "#e37400",
        "overlay-opacity": 0.25,
        "overlay-padding": 8,
      },
    },
    // Edges used only to rank the path drawing into columns; never drawn.
    { selector: "edge.rank", style: { display: "none" } },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        "font-size": 10,
        "text-rotation": "autorotate",
        color: "#333",
        "line-style": "data(style)",
      },
    },
    // Edge labels only on hover or selection: the legend explains the colours, and the graph stays legible.
    {
      selector: "edge:selected, edge.hover",
      style: { label: "data(label)", "text-background-color": "#fff", "text-background-opacity": 0.85 },
    },
    { selector: ":selected", style: { "overlay-opacity": 0.15 } },
    {
      selector: "edge.kbd",
      style: {
        label: "data(label)",
        "text-background-color": "#fff",
        "text-background-opacity": 0.85,
        "overlay-color": "#e37400",
        "overlay-opacity": 0.35,
        "overlay-padding": 6,
      },
    },
  ],
  wheelSensitivity: 0.3,
});

function renderLegend() {
  const preds = Object.entries(PREDICATE_COLORS).map(
    ([p, c]) => `<span><i style="background:${c}"></i>${p.replace(/_/g, " ")}</span>`,
  );
  const levels = Object.entries(LEVEL_WIDTH).map(
    ([l, w]) => `<span><i style="height:${w}px;background:#555"></i>level ${l}</span>`,
  );
  $("#legend").innerHTML = [
    ...preds,
    "<span><i style='border-top:2px dashed #555;height:0'></i>refutes</span>",
    ...levels,
  ].join("");
}

/** A statement's end, with its state when the text gives one ("TP53 (mutated)"). */
const endName = (e, state) => (state ? `${e.name} (${state.replace(/_/g, " ")})` : e.name);

function drawStatements(statements, focusIds = [], alsoDraw = [], layout = { kind: "neighbourhood" }) {
  const nodes = new Map();
  const parts = new Map();
  for (const e of [...statements.flatMap((c) => [c.subject, c.object]), ...alsoDraw]) {
    nodes.set(e.id, e);
    // A combination is drawn with its components, linked by thin grey "part of" edges.
    for (const part of e.components ?? []) parts.set(`${e.id}>${part.id}`, [e.id, part]);
  }
  for (const [, part] of parts.values()) if (!nodes.has(part.id)) nodes.set(part.id, part);
  // Keyboard order (public/graphKeys.js): an entity ranks by the first statement that names it.
  const firstListed = new Map();
  statements.forEach((c, i) => {
    for (const id of [c.subject.id, c.object.id]) if (!firstListed.has(id)) firstListed.set(id, i);
  });
  // One batch: the renderer redraws once for the whole graph, not once per added element.
  cy.batch(() => {
    cy.elements().remove();
    cy.add(
      [...nodes.values()].map((e) => ({
        data: {
          id: e.id,
          label: e.name,
          kind: e.kind,
          order: firstListed.get(e.id),
          color: KIND_COLORS[e.kind] ?? "#888",
          shape: e.kind === "therapy" ? "round-rectangle" : "ellipse",
        },
      })),
    );
    // One edge per statement (identical statements are already one record): width from its best
    // level, dashed when all its evidence refutes, dotted when all of it is hedged.
    cy.add(
      statements.map((c, i) => {
        const refutes = c.evidenceCount > 0 && c.supportCount === 0;
        return {
          data: {
            id: c.id,
            source: c.subject.id,
            target: c.object.id,
            label: c.predicate.replace(/_/g, " "),
            predicate: c.predicate,
            statements: [c.id],
            order: i,
            level: c.bestLevel,
            color: PREDICATE_COLORS[c.predicate] ?? "#888",
            width: LEVEL_WIDTH[c.bestLevel] ?? 2,
            style: refutes ? "dashed" : c.hedged ? "dotted" : "solid",
          },
        };
      }),
    );
    cy.add(
      [...parts.entries()].map(([key, [therapy, part]]) => ({
        data: {
          id: `part:${key}`,
          source: therapy,
          target: part.id,
          label: "has part",
          predicate: "has_part",
          statements: [],
          color: "#bbb",
          width: 1,
          style: "solid",
        },
      })),
    );
    for (const id of focusIds) cy.getElementById(id).addClass("focus");
  });
  runLayout(layout);
}

// ---- Layouts -------------------------------------------------------------------------------
// Paths: dagre, left to right, one column per hop (ranked by hidden edges that follow each path's
// entity order, so a step whose statement runs backwards still sits in its hop's column).
// Neighbourhoods: fCoSE with node sizes that include their labels.
// Then one pass that moves apart any node-with-label boxes that still touch: neither layout
// guarantees that wrapped labels clear each other, and a label printed over another is unreadable.

function runLayout(spec) {
  const started = performance.now();
  if (spec.kind === "path") layoutPaths(spec.paths);
  else if (cy.nodes().length > 1)
    cy.layout({
      name: "fcose",
      quality: "proof",
      randomize: spec.randomize ?? true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 120,
      nodeRepulsion: () => 15000,
      nodeSeparation: 90,
      packComponents: true,
    }).run();
  else cy.nodes().position({ x: 0, y: 0 });
  const placed = performance.now();
  separateBoxes(spec.kind === "path" ? "y" : "both");
  window.explorer.layoutParts = {
    place: Math.round(placed - started),
    separate: Math.round(performance.now() - placed),
  };
  cy.fit(undefined, 24);
  // A small graph is not blown up to fill the canvas.
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center();
  }
  describeGraph();
  graphKeys.redrawn(spec.kind);
  window.explorer.layoutMs = Math.round(performance.now() - started);
}

function layoutPaths(paths) {
  const helpers = new Map();
  const onPath = new Set();
  for (const p of paths)
    p.entities.forEach((e, i) => {
      onPath.add(e.id);
      const next = p.entities[i + 1];
      if (next) helpers.set(`${e.id}>${next.id}`, [e.id, next.id]);
    });
  // A combination's components that are not on a path sit one column after the combination.
  cy.edges('[predicate = "has_part"]').forEach((e) => {
    if (!onPath.has(e.target().id()))
      helpers.set(`${e.source().id()}>${e.target().id()}`, [e.source().id(), e.target().id()]);
  });
  const rank = cy.add(
    [...helpers.entries()].map(([key, [source, target]]) => ({
      group: "edges",
      data: { id: `rank:${key}`, source, target, statements: [] },
      classes: "rank",
    })),
  );
  cy.nodes()
    .union(rank)
    .layout({
      name: "dagre",
      rankDir: "LR",
      ranker: "network-simplex",
      nodeDimensionsIncludeLabels: true,
      nodeSep: 36,
      rankSep: 140,
      fit: false,
      animate: false,
    })
    .run();
  rank.remove();
}

/** Moves apart nodes whose boxes (node and label) overlap, along the shallower overlap (or only vertically). */
function separateBoxes(axes, gap = 6) {
  const nodes = cy.nodes().toArray();
  for (let round = 0; round < 200; round++) {
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    let moved = false;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const alongY = axes === "y" || oy < ox;
        const ca = alongY ? (a.y1 + a.y2) / 2 : (a.x1 + a.x2) / 2;
        const cb = alongY ? (b.y1 + b.y2) / 2 : (b.x1 + b.x2) / 2;
        // Ties (same centre) are broken by index so the pass is deterministic.
        const sign = ca < cb || (ca === cb && i < j) ? -1 : 1;
        const d = (alongY ? oy : ox) / 2;
        for (const [n, box, s] of [
          [nodes[i], a, sign],
          [nodes[j], b, -sign],
        ]) {
          const p = n.position();
          const shift = alongY ? { x: 0, y: s * d } : { x: s * d, y: 0 };
          n.position({ x: p.x + shift.x, y: p.y + shift.y });
          box.x1 += shift.x;
          box.x2 += shift.x;
          box.y1 += shift.y;
          box.y2 += shift.y;
        }
      }
    if (!moved) return;
  }
}

/** The canvas is an image to a screen reader: say what it shows (the panel lists the same statements). */
function describeGraph() {
  const statements = cy.edges().filter((e) => e.data("statements")?.length).length;
  $("#graph").setAttribute(
    "aria-label",
    cy.nodes().length
      ? `Graph of ${cy.nodes().length} entities and ${statements} statements: ${cy
          .nodes()
          .map((n) => n.data("label"))
          .slice(0, 30)
          .join(", ")}`
      : "Graph view (empty)",
  );
}

// Exposed so that browser tests (and curious users in the console) can inspect the graph.
window.explorer = { cy };

cy.on("mouseover", "edge", (evt) => evt.target.addClass("hover"));
cy.on("mouseout", "edge", (evt) => evt.target.removeClass("hover"));
/** A node opens its entity's neighbourhood, an edge its statement ("has part" edges the combination). */
function openElement(el) {
  if (el.isNode()) location.hash = `entity=${encodeURIComponent(el.id())}`;
  else if (el.data("predicate") === "has_part")
    location.hash = `entity=${encodeURIComponent(el.data("source"))}`;
  else location.hash = `statement=${encodeURIComponent(el.id())}`;
}
cy.on("tap", "node, edge", (evt) => openElement(evt.target));
$("#graph-keys").textContent = KEY_HELP;
const graphKeys = setupGraphKeys({
  cy,
  container: $("#graph"),
  status: $("#graph-status"),
  open: openElement,
  leave: () => $("#panel"),
});
window.explorer.keys = graphKeys;

function quoteHtml(locus) {
  const ctx = locus.inContext;
  const where =
    locus.kind === "table_cell"
      ? `Table 1, row ${esc(locus.rowLabel)}, ${esc(locus.column)}`
      : `${esc(locus.section)}, characters ${locus.start}–${locus.end}`;
  return `<div class="quote"><small>${where}</small><br><span class="ctx">…${esc(ctx.before)}</span><mark>${esc(ctx.text)}</mark><span class="ctx">${esc(ctx.after)}…</span></div>`;
}

function referenceHtml(r) {
  const ids = [r.doi ? `doi:${esc(r.doi)}` : null, r.pmid ? `PMID:${esc(r.pmid)}` : null]
    .filter(Boolean)
    .join(" · ");
  const title = r.title ? esc(r.title) : "<em>bibliographic details not known</em>";
  return `<li><a href="#reference=${r.number}"><b>[${r.number}]</b></a> ${title}${r.firstAuthor ? ` — ${esc(r.firstAuthor)} ${r.year ?? ""}` : ""}${ids ? ` <small>${ids}</small>` : ""}</li>`;
}

const LOCUS_FIELDS = `id kind section start end quote rowLabel column inContext(context: 140) { before text after }`;

function evidenceHtml(e) {
  const ep = e.epistemics;
  const marks = [
    `<span class="badge level-${e.level}">Level ${e.level}</span>`,
    `<span class="badge">${esc(e.modelSystem.replace(/_/g, " "))}</span>`,
    `<span class="badge">${e.direction}</span>`,
    `<span class="badge">${e.shownHere ? "shown in this paper's cases" : e.provenance === "cited" ? "cited" : "asserted, no citation"}</span>`,
    ep.hedged ? `<span class="badge hedged">hedged: “${ep.hedgeCues.map(esc).join("”, “")}”</span>` : "",
    ep.negated ? `<span class="badge negated">negated</span>` : "",
    ep.status !== "reported" ? `<span class="badge">${esc(ep.status.replace(/_/g, " "))}</span>` : "",
    ep.inference ? `<span class="badge">authors' inference</span>` : "",
    `<span class="badge">${esc(e.knowledgeLevel.replace(/_/g, " "))}</span>`,
  ].join("");
  const refs = e.references.length
    ? `<ul class="evidence-refs">${e.references.map(referenceHtml).join("")}</ul>`
    : "<p class='hint'>Its sentence cites no reference.</p>";
  return `<div class="evidence ${ep.hedged ? "is-hedged" : ""} ${ep.negated ? "is-negated" : ""} ${e.direction === "refutes" ? "is-refuting" : ""}">
    <p>${marks}</p>${quoteHtml(e.locus)}${refs}${e.note ? `<p class="hint">${esc(e.note)}</p>` : ""}</div>`;
}

async function showStatement(id) {
  const { statement } = await gql(
    `query($id: ID!) { statement(id: $id) { ${STATEMENT_FIELDS} context { name } conditions { kind value }
      subject { id name kind components { id name } } object { id name kind components { id name } }
      evidence { id direction level modelSystem provenance shownHere knowledgeLevel note
        epistemics { hedged hedgeCues negated status inference }
        locus { ${LOCUS_FIELDS} } references { number title firstAuthor year doi pmid } }
      conflicts { description } } }`,
    { id },
  );
  if (!statement) return ($("#panel").innerHTML = `<p>No statement ${esc(id)}.</p>`);
  const edgeOf = () => cy.edges().filter((e) => e.data("statements").includes(id));
  if (!edgeOf().length) drawStatements([statement], [statement.subject.id, statement.object.id]);
  cy.$(":selected").unselect();
  edgeOf().select();
  const s = statement;
  const combination = [s.subject, s.object]
    .filter((e) => e.kind === "therapy")
    .map(
      (e) =>
        `<p><b>${esc(e.name)}</b> is a combination of ${e.components.map((c) => esc(c.name)).join(" + ")}; this is said of the combination, not of one drug.</p>`,
    )
    .join("");
  $("#panel").innerHTML = `
    <h2 id="statement-title">${esc(endName(s.subject, s.subjectState))} <em>${esc(s.predicate.replace(/_/g, " "))}</em> ${esc(endName(s.object, s.objectState))}</h2>
    <p><span class="badge">strength ${s.strength.toFixed(2)}</span><span class="badge">${s.evidence.length} evidence item(s)</span>
      ${s.hedged ? `<span class="badge hedged">only hedged evidence</span>` : ""}
      ${s.context.map((c) => `<span class="badge">in ${esc(c.name)}</span>`).join("")}</p>
    ${combination}
    ${s.conditions.length ? `<p><b>Holds under</b> ${s.conditions.map((c) => `${esc(c.kind.replace(/_/g, " "))}: ${esc(c.value)}`).join("; ")}</p>` : ""}
    <h3>Evidence: what the paper says</h3><div id="statement-evidence">${s.evidence.map(evidenceHtml).join("")}</div>
    ${s.conflicts.map((c) => `<div class="conflict">${esc(c.description)}</div>`).join("")}`;
}

// ---- Neighbourhood: strongest statements first, "show more" for the rest ---------------------
// A hub has thousands of statements: the first page is drawn at once and the rest come in pages,
// read level by level from the API's keyset index (best evidence level A before E).
// The page size can be set in the link (`&page=10`), e.g. to share a compact view.
const pageSize = () => {
  const n = Number(new URLSearchParams(location.hash.slice(1)).get("page"));
  return Number.isInteger(n) && n > 0 && n <= 100 ? n : DEFAULT_PAGE_SIZE;
};
const neighbourhood = {
  id: null,
  entity: null,
  statements: [],
  after: null,
  hasMore: false,
  size: DEFAULT_PAGE_SIZE,
};

function addPage(statements) {
  neighbourhood.statements.push(...statements.edges.map((e) => e.node));
  neighbourhood.after = statements.pageInfo.endCursor;
  neighbourhood.hasMore = statements.pageInfo.hasNextPage;
}

async function neighbourhoodPage(id, after) {
  const { statements } = await gql(`query($id: ID!, $first: Int, $after: String) { ${PAGE_QUERY} }`, {
    id,
    first: neighbourhood.size,
    after,
  });
  addPage(statements);
}

const statementLine = (c) =>
  `${esc(endName(c.subject, c.subjectState))} ${esc(c.predicate.replace(/_/g, " "))} ${esc(endName(c.object, c.objectState))}`;

async function showNeighbourhood(id, panel = true) {
  // One round trip: the entity and its first page (the server reads only that page, level by level).
  const size = pageSize();
  const { entity, statements } = await gql(NEIGHBOURHOOD_QUERY, { id, first: size, after: null });
  if (!entity) return ($("#panel").innerHTML = `<p>No entity ${esc(id)}.</p>`);
  Object.assign(neighbourhood, { id: entity.id, entity, statements: [], after: null, hasMore: false, size });
  // The id may be a standard identifier (HGNC:6943): then page the statements by the local id it resolved to.
  if (entity.id === id) addPage(statements);
  else await neighbourhoodPage(entity.id, null);
  // The entity is drawn even when no statement names it (a combination is shown with its parts).
  drawStatements(neighbourhood.statements, [entity.id], [entity]);
  if (panel) renderEntityPanel();
}

async function showMore() {
  const { id, entity } = neighbourhood;
  const before = neighbourhood.statements.length;
  await neighbourhoodPage(id, neighbourhood.after);
  drawStatements(neighbourhood.statements, [entity.id], [entity]);
  renderEntityPanel();
  // Keyboard users continue at the first statement just added.
  $(`#entity-statements li:nth-child(${before + 1}) a`)?.focus();
}

function renderEntityPanel() {
  const { entity, statements, hasMore } = neighbourhood;
  const printed = entity.aliases.filter((a) => !["name", "synonym"].includes(a.correction));
  $("#panel").innerHTML = `
    <h2 id="entity-title">${esc(entity.name)}</h2>
    <p><span class="badge">${esc(entity.kind.replace(/_/g, " "))}</span><span class="badge">${esc(entity.category)}</span></p>
    ${entity.description ? `<p>${esc(entity.description)}</p>` : ""}
    ${entity.synonyms.length ? `<p><b>Also called</b> ${entity.synonyms.map(esc).join(", ")}</p>` : ""}
    ${printed.length ? `<p><b>Printed in the paper as</b> ${printed.map((a) => `${esc(a.printed)} <small>(${a.correction})</small>`).join(", ")}</p>` : ""}
    ${
      entity.identifiers.length
        ? `<p class="identifiers"><b>Identifiers</b> ${entity.identifiers
            .map(
              (x) =>
                `<a href="${esc(x.url)}" target="_blank" rel="noopener" title="${esc(`confirmed in: ${x.source}`)}">${esc(x.curie)}</a>`,
            )
            .join(", ")}</p>`
        : entity.identifierNote
          ? `<p><b>Identifiers</b> <small>none: ${esc(entity.identifierNote)}</small></p>`
          : ""
    }
    ${entity.components.length ? `<p><b>Combination of</b> ${entity.components.map((c) => `<a href="#entity=${encodeURIComponent(c.id)}">${esc(c.name)}</a>`).join(" + ")}</p>` : ""}
    ${entity.partOf.length ? `<p><b>Part of</b> ${entity.partOf.map((t) => `<a href="#entity=${encodeURIComponent(t.id)}">${esc(t.name)}</a>`).join(", ")}</p>` : ""}
    <h3>Statements, strongest first</h3>
    <p id="entity-count">${statements.length} of ${entity.statementCount} statement(s) shown. Click an edge, or a statement below, for its evidence.</p>
    <ol id="entity-statements">${statements
      .map(
        (c) =>
          `<li><a href="#statement=${encodeURIComponent(c.id)}">${statementLine(c)}</a> <span class="badge level-${c.bestLevel}">${c.bestLevel}</span>${c.hedged ? ` <span class="badge hedged">hedged</span>` : ""}</li>`,
      )
      .join("")}</ol>
    ${hasMore ? `<button type="button" id="show-more">Show ${neighbourhood.size} more</button>` : ""}`;
  $("#show-more")?.addEventListener("click", () => showMore().catch(showError));
}

const HIT_LABELS = {
  ENTITY: ["entity", "entities"],
  STATEMENT: ["statement", "statements"],
  EVIDENCE: ["evidence item", "evidence items"],
  CITING_SENTENCE: ["citing sentence", "citing sentences"],
  REFERENCE: ["reference", "references"],
  STUDY: ["study", "studies"],
  OUTCOME: ["outcome", "outcomes"],
  PATIENT: ["patient", "patients"],
  PATIENT_FACT: ["patient fact", "patient facts"],
  CONFLICT: ["conflict", "conflicts"],
};

/** Where a hit leads in the explorer, or null when it has no view of its own. */
function hitHref(h) {
  const t = h.target;
  switch (h.type) {
    case "ENTITY":
      return `#entity=${encodeURIComponent(t.id)}`;
    case "STATEMENT":
      return `#statement=${encodeURIComponent(t.id)}`;
    case "EVIDENCE":
      return `#statement=${encodeURIComponent(t.statement.id)}`;
    case "CITING_SENTENCE":
      return `#sentence=${t.start}-${t.end}`;
    case "PATIENT":
      return `#case=${encodeURIComponent(t.id)}`;
    case "PATIENT_FACT":
      return `#case=${encodeURIComponent(t.caseId)}`;
    case "CONFLICT":
      return "#conflicts";
    default:
      return null;
  }
}

async function runSearch(q) {
  $("#search").value = q;
  const { searchResults } = await gql(
    `query($q: String!) { searchResults(query: $q, first: 20) {
      facets { type count } nearest { id name }
      hits { type score title highlight
        target { __typename ... on Entity { id name } ... on Statement { id } ... on Locus { id start end cites { number } }
          ... on Evidence { id statement { id } } ... on Case { id } ... on CaseFact { id caseId } ... on Conflict { id } } } } }`,
    { q },
  );
  const { hits, facets, nearest } = searchResults;
  const facetLine = facets
    .map((f) => `${f.count >= 1000 ? "1000+" : f.count} ${HIT_LABELS[f.type][f.count === 1 ? 0 : 1]}`)
    .join(" · ");
  $("#results").innerHTML = hits.length
    ? `<p class="facets">${esc(facetLine)}</p>` +
      hits
        .map((h) => {
          const href = hitHref(h);
          const label =
            h.type === "CITING_SENTENCE"
              ? `sentence citing ${h.target.cites.map((c) => c.number).join(", ")}`
              : `${HIT_LABELS[h.type][0]} · ${esc(h.title)}`;
          const inner = `<small>${label} · score ${h.score.toFixed(2)}</small>${h.highlight}`;
          return href
            ? `<a class="hit" href="${href}" data-type="${h.type}">${inner}</a>`
            : `<div class="hit" data-type="${h.type}">${inner}</div>`;
        })
        .join("")
    : `<p class="hint">Nothing found for “${esc(q)}”.${
        nearest.length
          ? ` Nearest names: ${nearest.map((e) => `<a href="#entity=${encodeURIComponent(e.id)}">${esc(e.name)}</a>`).join(", ")}.`
          : ""
      }</p>`;
  const firstEntity = hits.find((h) => h.type === "ENTITY");
  if (firstEntity) await showNeighbourhood(firstEntity.target.id);
}

/**
 * Typeahead on a text box: entity names, synonyms and printed spellings starting with what was
 * typed (the API's suggest). Picking one (click, or arrows then Enter) fills the box with the
 * name and remembers the entity's id in data-entity-id, so nobody types an id.
 */
function attachTypeahead(input, onPick) {
  const list = document.createElement("ul");
  list.className = "suggest";
  list.id = `${input.id}-suggest`;
  list.hidden = true;
  list.setAttribute("role", "listbox");
  input.setAttribute("autocomplete", "off");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.insertAdjacentElement("afterend", list);
  let timer;
  let asked = 0;
  let active = -1;
  const show = (open) => {
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (!open) active = -1;
  };
  const options = () => [...list.querySelectorAll("li")];
  const highlightActive = () =>
    options().forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  const pick = (li) => {
    input.value = li.dataset.name;
    input.dataset.entityId = li.dataset.id;
    show(false);
    onPick?.(li.dataset.id);
  };
  input.addEventListener("input", () => {
    delete input.dataset.entityId;
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) return show(false);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const { suggest } = await gql(
        `query($p: String!) { suggest(prefix: $p, first: 8) { text correction entity { id name kind } } }`,
        { p: prefix },
      );
      if (mine !== asked) return;
      list.innerHTML = suggest
        .map(
          (s) =>
            `<li role="option" data-id="${esc(s.entity.id)}" data-name="${esc(s.entity.name)}">${esc(s.entity.name)}${
              s.text.toLowerCase() !== s.entity.name.toLowerCase() ? ` <small>“${esc(s.text)}”</small>` : ""
            } <small class="kind">${esc(s.entity.kind.replace(/_/g, " "))}</small></li>`,
        )
        .join("");
      active = -1;
      show(suggest.length > 0);
    }, 120);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    const all = options();
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : all.length - 1)) % all.length;
      highlightActive();
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      pick(all[active]);
    } else if (e.key === "Escape") show(false);
  });
  // mousedown, not click: the box must not lose focus (and close the list) before the pick.
  list.addEventListener("mousedown", (e) => {
    const li = e.target.closest("li");
    if (!li) return;
    e.preventDefault();
    pick(li);
  });
  input.addEventListener("blur", () => show(false));
  // A submitted form or a new view closes the list, and an answer still on its way is ignored.
  const close = () => {
    clearTimeout(timer);
    asked++;
    show(false);
  };
  input.form?.addEventListener("submit", close);
  window.addEventListener("hashchange", close);
}

async function showSentence(start, end) {
  const { passage } = await gql(
    `query($s: Int!, $e: Int!) { passage(start: $s, end: $e, context: 200) { before text after section } }`,
    { s: start, e: end },
  );
  $("#panel").innerHTML =
    `<h2>${esc(passage.section)}</h2><div class="quote"><span class="ctx">…${esc(passage.before)}</span><mark>${esc(passage.text)}</mark><span class="ctx">${esc(passage.after)}…</span></div>`;
}

/** An entity from an id (a shared link) or any of its names (a typed box), with its name. */
async function resolveEntity(text) {
  const { entity } = await gql(
    `query($id: ID, $n: String) { entity(id: $id, name: $n) { id name } }`,
    text.includes(":") ? { id: text } : { n: text },
  );
  if (!entity) throw new Error(`No entity named “${text}”`);
  return entity;
}

const PATH_KINDS = { mechanism: "mechanism", co_indication: "co-indication", association: "association" };

async function showPaths(from, to, hops, kind) {
  const form = $("#path-form");
  form.hidden = false;
  $("#path-hops").value = String(hops);
  $("#path-kind").value = kind;
  const ends = await Promise.all([resolveEntity(from), resolveEntity(to)]);
  // The boxes show names, never ids, whatever the link said.
  [$("#path-from"), $("#path-to")].forEach((input, i) => {
    input.value = ends[i].name;
    input.dataset.entityId = ends[i].id;
  });
  const [a, b] = ends.map((e) => e.id);
  // Mechanisms by default; the other kinds only when asked for, and labelled as what they are.
  const kinds = kind === "all" ? Object.keys(PATH_KINDS) : [kind];
  const { mechanismPaths } = await gql(
    `query($a: ID!, $b: ID!, $h: Int, $k: [PathKind!]) {
      mechanismPaths(from: $a, to: $b, maxHops: $h, first: 10, kinds: $k) { score kind effect explanation
      entities { id name } weakestStep { from { name } to { name } level }
      steps { forward statement { ${STATEMENT_FIELDS} } } } }`,
    { a, b, h: hops, k: kinds },
  );
  const statements = new Map();
  for (const p of mechanismPaths) for (const s of p.steps) statements.set(s.statement.id, s.statement);
  drawStatements([...statements.values()], [a, b], [], { kind: "path", paths: mechanismPaths });
  // A step walked against its statement's direction (a symmetric predicate, a co-indication) is marked ←.
  const arrows = (p) =>
    p.entities
      .map((e, i) => (i === 0 ? esc(e.name) : `${p.steps[i - 1].forward ? "→" : "←"} ${esc(e.name)}`))
      .join(" ");
  $("#paths").innerHTML = mechanismPaths.length
    ? mechanismPaths
        .map(
          (
            p,
            i,
          ) => `<a class="path" data-i="${i}" href="#statement=${encodeURIComponent(p.steps[0].statement.id)}"><span class="path-kind ${p.kind}">${PATH_KINDS[p.kind]}</span>
          ${p.effect ? `<span class="path-effect">${esc(p.effect)}</span>` : ""} <b>${arrows(p)}</b>
          <span class="explanation">${esc(p.explanation)}</span>
          <small>score ${p.score.toPrecision(3)} · weakest step ${esc(p.weakestStep.from.name)} → ${esc(p.weakestStep.to.name)} (level ${p.weakestStep.level})</small></a>`,
        )
        .join("")
    : `<p class='hint'>No ${kind === "all" ? "" : esc(PATH_KINDS[kind]) + " "}path within that many hops.</p>`;
}

// ---- Patients: values Table 1 and the text disagree on are shown as such; no placeholders ---------
const TIMEPOINTS = {
  diagnosis: "at diagnosis",
  anemia_worsening: "when the anaemia worsened (April 2022)",
  progression: "at progression, before SVD",
  before_svd: "before SVD",
  after_svd: "after SVD",
  pre_transplant: "before transplant",
  post_transplant: "after transplant",
  last_follow_up: "at last follow-up",
};
const when = (t) => (t ? (TIMEPOINTS[t] ?? t.replace(/_/g, " ")) : "timepoint not printed");
/** Where a case fact is printed: "Table 1 (Molecular biology)", "Patient 1 text". */
const printedIn = (loci) =>
  [
    ...new Set(loci.map((l) => (l.kind === "table_cell" ? `Table 1 (${l.rowLabel})` : `${l.section} text`))),
  ].join(" and ");
const CASE_FACT_FIELDS = `id field value unit timepoint printed note loci { kind section rowLabel column start end }
  conflicts { id kind description }`;

/** Mutations grouped by panel: the same gene tested at two timepoints is two results, not a repeat. */
function mutationPanels(mutations) {
  const panels = new Map();
  for (const m of mutations) {
    const key = `${m.timepoint}|${printedIn(m.loci)}`;
    if (!panels.has(key)) panels.set(key, { timepoint: m.timepoint, where: printedIn(m.loci), genes: [] });
    panels.get(key).genes.push(m);
  }
  return [...panels.values()];
}
const geneText = (m) =>
  `${esc(m.value)}${m.printed && m.printed !== m.value ? ` <small>(printed “${esc(m.printed)}”)</small>` : ""}`;

/** The response values of a case: one line per value with where it is printed and when. */
function responseHtml(facts) {
  const values = new Set(facts.map((f) => f.value));
  const disagree = values.size > 1;
  const conflicts = new Map(facts.flatMap((f) => f.conflicts).map((c) => [c.id, c]));
  return `<div class="response ${disagree ? "disagree" : ""}">
    <p><b>Response to SVD</b>${disagree ? ` <span class="badge conflict-badge">text and Table 1 disagree</span>` : ""}</p>
    <ul>${facts
      .map(
        (f) =>
          `<li><span class="badge">${esc(f.value)}</span> ${esc(when(f.timepoint))} · <small>${esc(printedIn(f.loci))}</small></li>`,
      )
      .join("")}</ul>
    ${[...conflicts.values()].map((c) => `<p class="conflict">${esc(c.description)}</p>`).join("")}</div>`;
}

async function showCases() {
  const { cases } = await gql(
    `{ cases { id label facts(field: "response") { value timepoint loci { kind section rowLabel } }
      mutations { value printed timepoint loci { kind section rowLabel } } } }`,
  );
  $("#results").innerHTML = cases
    .map((c) => {
      const responses = [...new Map(c.facts.map((f) => [f.value, f])).values()]
        .map((f) => `${esc(f.value)} (${esc(printedIn(f.loci))})`)
        .join(" vs ");
      const panels = mutationPanels(c.mutations)
        .map((p) => `${esc(when(p.timepoint))}: ${p.genes.map((m) => esc(m.value)).join(", ")}`)
        .join("; ");
      return `<a class="hit case-hit" href="#case=${c.id}"><b>${esc(c.label)}</b><small>response ${responses || "not reported"}</small><small>mutations ${panels || "none reported"}</small></a>`;
    })
    .join("");
}

async function showCase(id) {
  await showCases();
  const { case: c } = await gql(
    `query($id: ID!) { case(id: $id) { label
      beforeAfter { field unit before { valueNumber timepoint } after { valueNumber timepoint } }
      response: facts(field: "response") { ${CASE_FACT_FIELDS} }
      mutations { ${CASE_FACT_FIELDS} }
      facts { ${CASE_FACT_FIELDS} }
      conflicts { id kind field description values { value loci { kind section rowLabel column } } }
      regimens { name line cycles response components { drug { id name } dose unit schedule days } } } }`,
    { id },
  );
  if (!c) return ($("#panel").innerHTML = `<p>No case ${esc(id)}.</p>`);
  cy.elements().remove();
  describeGraph();
  graphKeys.redrawn("none");
  const fmt = (f, unit) =>
    `${f.valueNumber}${unit === "%" || unit === "percent" ? "%" : unit ? ` ${esc(unit)}` : ""}`;
  const regimenLine = (r) =>
    [
      r.line ? esc(r.line.replace(/_/g, " ")) : null,
      r.cycles != null ? `${r.cycles} cycle${r.cycles === 1 ? "" : "s"}` : null,
      r.response ? `response: ${esc(r.response)}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
  const componentLine = (x) =>
    [
      `<a href="#entity=${encodeURIComponent(x.drug.id)}">${esc(x.drug.name)}</a>`,
      x.dose != null ? `${x.dose}${x.unit ? ` ${esc(x.unit)}` : ""}` : null,
      x.schedule ? esc(x.schedule) : null,
      x.days ? `days ${esc(x.days)}` : null,
    ]
      .filter(Boolean)
      .join(" ");
  const sourceOf = (v) => printedIn(v.loci) || "a cited work";
  $("#panel").innerHTML = `
    <h2 id="case-title">${esc(c.label)}</h2>
    ${c.response.length ? responseHtml(c.response) : "<p>No response to SVD is reported.</p>"}
    <h3>Before and after</h3>
    ${c.beforeAfter.map((b) => `<div class="ba" data-field="${esc(b.field)}"><div><small>${esc(b.field.replace(/_/g, " "))} · ${esc(when(b.before.timepoint))}</small><br><b>${fmt(b.before, b.unit)}</b></div><div aria-hidden="true">→</div><div><small>${esc(when(b.after.timepoint))}</small><br><b>${fmt(b.after, b.unit)}</b></div></div>`).join("")}
    <h3>Where the paper disagrees with itself</h3>
    <table id="case-conflicts"><thead><tr><th scope="col">field</th><th scope="col">values, and where each is printed</th></tr></thead><tbody>
    ${c.conflicts.map((k) => `<tr data-conflict="${esc(k.id)}"><td>${esc(k.field.replace(/_/g, " "))}</td><td>${k.values.map((v) => `<b>${esc(v.value)}</b> <small>(${esc(sourceOf(v))})</small>`).join(" vs ")}<br><small>${esc(k.description)}</small></td></tr>`).join("")}
    </tbody></table>
    <h3>Mutations, by panel</h3>
    <ul id="case-mutations">${mutationPanels(c.mutations)
      .map(
        (p) =>
          `<li><b>${esc(when(p.timepoint))}</b> <small>(${esc(p.where)})</small>: ${p.genes.map(geneText).join(", ")}</li>`,
      )
      .join("")}</ul>
    <h3>Regimens</h3>
    <div id="case-regimens">${c.regimens.map((r) => `<p><b>${esc(r.name)}</b>${regimenLine(r) ? ` · ${regimenLine(r)}` : ""}${r.components.length ? `<br>${r.components.map(componentLine).join("<br>")}` : ""}</p>`).join("")}</div>
    <h3>Facts</h3>
    <table><thead><tr><th scope="col">field</th><th scope="col">value</th><th scope="col">when</th><th scope="col">where</th></tr></thead><tbody>
    ${c.facts.map((f) => `<tr><td>${esc(f.field.replace(/_/g, " "))}</td><td>${esc(f.value ?? "")} ${esc(f.unit ?? "")}${f.conflicts.length ? ` <span class="badge conflict-badge" title="${esc(f.conflicts.map((x) => x.description).join(" | "))}">disagrees</span>` : ""}</td><td>${esc(when(f.timepoint))}</td><td><small>${esc(printedIn(f.loci))}</small></td></tr>`).join("")}
    </tbody></table>`;
}

// ---- A reference: its record, each citing sentence in context, the verdict on each ------------
const VERDICT_TEXT = {
  faithful: "represented faithfully",
  distorts: "distorted by the paper",
  not_verifiable: "not verifiable",
};

async function showReference(key) {
  const byNumber = /^\d+$/.test(key);
  const { publication: p } = await gql(
    `query($n: Int, $id: ID) { publication(number: $n, id: $id) { id number title firstAuthor year journal doi pmid
      identification studyKind abstractFindings note
      citingSentences(first: 50) { ${LOCUS_FIELDS} }
      verdicts { verdict aspect reason citingSentence { id } }
      statements(first: 50) { ${STATEMENT_FIELDS} }
      studies { id title } } }`,
    byNumber ? { n: Number(key) } : { id: key },
  );
  if (!p) return ($("#panel").innerHTML = `<p>No reference ${esc(key)}.</p>`);
  drawStatements(p.statements);
  const verdictOf = new Map(p.verdicts.map((v) => [v.citingSentence.id, v]));
  const record = [
    p.firstAuthor ? `${esc(p.firstAuthor)}${p.year ? ` (${p.year})` : ""}` : null,
    p.journal ? `<i>${esc(p.journal)}</i>` : null,
    p.doi ? `doi:${esc(p.doi)}` : null,
    p.pmid ? `PMID ${esc(p.pmid)}` : null,
  ].filter(Boolean);
  $("#panel").innerHTML = `
    <h2 id="reference-title">${p.number != null ? `[${p.number}] ` : ""}${p.title ? esc(p.title) : "Bibliographic details not known"}</h2>
    ${record.length ? `<p>${record.join(" · ")}</p>` : ""}
    <p><small>Identified by: ${esc(p.identification)}</small>${p.studyKind ? ` <span class="badge">${esc(p.studyKind)}</span>` : ""}</p>
    ${p.abstractFindings ? `<p><b>What it reports</b> ${esc(p.abstractFindings)}</p>` : ""}
    ${p.note ? `<p class="hint">${esc(p.note)}</p>` : ""}
    <h3>Where the paper cites it (${p.citingSentences.length})</h3>
    <div id="reference-citations">${p.citingSentences
      .map((l) => {
        const v = verdictOf.get(l.id);
        return `<div class="citation">${quoteHtml(l)}${
          v
            ? `<p class="verdict verdict-${v.verdict}"><span class="badge">${VERDICT_TEXT[v.verdict]}${v.aspect ? ` (${esc(v.aspect)})` : ""}</span> ${esc(v.reason)}</p>`
            : `<p class="hint">No verdict recorded for this sentence.</p>`
        }</div>`;
      })
      .join("")}</div>
    ${p.studies.length ? `<h3>Studies</h3><ul>${p.studies.map((st) => `<li><a href="#study=${encodeURIComponent(st.id)}">${esc(st.title)}</a></li>`).join("")}</ul>` : ""}
    <h3>Statements it backs (${p.statements.length})</h3>
    <ol>${p.statements.map((c) => `<li><a href="#statement=${encodeURIComponent(c.id)}">${statementLine(c)}</a></li>`).join("")}</ol>`;
}

// ---- A study with its outcomes ------------------------------------------------------------------
async function showStudy(id) {
  const { study: st } = await gql(
    `query($id: ID!) { study(id: $id) { id title design phase n populationDescription note population { id name kind }
      interventions { id name kind components { id name kind } }
      reference { number title statements(first: 30) { ${STATEMENT_FIELDS} } }
      outcomes { id measure value valueLow valueHigh unit arm comparisonArm comparisonValue significance note
        loci { ${LOCUS_FIELDS} } } } }`,
    { id },
  );
  if (!st) return ($("#panel").innerHTML = `<p>No study ${esc(id)}.</p>`);
  const entities = [...st.interventions, ...(st.population ? [st.population] : [])];
  drawStatements(
    st.reference?.statements ?? [],
    entities.map((e) => e.id),
    entities,
  );
  const range = (o) => (o.valueLow != null && o.valueHigh != null ? ` (${o.valueLow}–${o.valueHigh})` : "");
  $("#panel").innerHTML = `
    <h2 id="study-title">${esc(st.title)}</h2>
    <p>${[st.design, st.phase ? `phase ${st.phase}` : null, st.n != null ? `n = ${st.n}` : null].filter(Boolean).map(esc).join(" · ")}</p>
    ${st.reference ? `<p>Reported in <a href="#reference=${st.reference.number}">[${st.reference.number}] ${esc(st.reference.title ?? "")}</a></p>` : "<p>Reported in this paper.</p>"}
    ${st.population || st.populationDescription ? `<p><b>Population</b> ${st.population ? `<a href="#entity=${encodeURIComponent(st.population.id)}">${esc(st.population.name)}</a>` : ""} ${esc(st.populationDescription ?? "")}</p>` : ""}
    ${st.interventions.length ? `<p><b>Interventions</b> ${st.interventions.map((e) => `<a href="#entity=${encodeURIComponent(e.id)}">${esc(e.name)}</a>`).join(", ")}</p>` : ""}
    ${st.note ? `<p class="hint">${esc(st.note)}</p>` : ""}
    <h3>Outcomes</h3>
    ${
      st.outcomes.length
        ? `<table id="study-outcomes"><thead><tr><th scope="col">measure</th><th scope="col">arm</th><th scope="col">value</th><th scope="col">compared with</th></tr></thead><tbody>
    ${st.outcomes.map((o) => `<tr><td>${esc(o.measure.replace(/_/g, " "))}</td><td>${esc(o.arm ?? "all")}</td><td>${o.value != null ? `${esc(o.value)}${range(o)} ${esc(o.unit ?? "")}` : "<small>not given as a number</small>"}${o.significance ? `<br><small>${esc(o.significance)}</small>` : ""}${o.note ? `<br><small>${esc(o.note)}</small>` : ""}</td><td>${o.comparisonArm ? `${esc(o.comparisonArm)}: ${esc(o.comparisonValue ?? "")}` : ""}</td></tr>`).join("")}
    </tbody></table>`
        : "<p>No outcome is recorded for this study.</p>"
    }`;
}

async function showStudies() {
  const { studies } = await gql(`{ studies { id title reference { number } } }`);
  $("#results").innerHTML = studies
    .map(
      (st) =>
        `<a class="hit" href="#study=${encodeURIComponent(st.id)}"><b>${esc(st.title)}</b><small>${st.reference ? `reference [${st.reference.number}]` : "this paper"}</small></a>`,
    )
    .join("");
}

async function showConflicts() {
  const { conflicts } = await gql(
    `{ conflicts { id kind subjectId description values { value loci { ${LOCUS_FIELDS} } } } }`,
  );
  $("#panel").innerHTML =
    `<h2>Conflicts (${conflicts.length})</h2>` +
    conflicts
      .map(
        (c) => `<div class="conflict"><b>${esc(c.subjectId)}</b>: ${esc(c.description)}
      ${c.values.map((v) => `<p><b>${esc(v.value)}</b></p>${v.loci.map(quoteHtml).join("")}`).join("")}</div>`,
      )
      .join("");
}

async function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  try {
    if (params.has("q")) await runSearch(params.get("q"));
    else if (params.has("entity")) await showNeighbourhood(params.get("entity"));
    else if (params.has("statement")) await showStatement(params.get("statement"));
    else if (params.has("sentence")) await showSentence(...params.get("sentence").split("-").map(Number));
    else if (params.has("paths")) {
      const [from, to] = params.get("paths").split("..");
      await showPaths(from, to, Number(params.get("hops") ?? 2), params.get("kind") ?? "mechanism");
    } else if (params.has("case")) await showCase(params.get("case"));
    else if (params.has("reference")) await showReference(params.get("reference"));
    else if (params.has("study")) await showStudy(params.get("study"));
    else if (params.has("studies")) await showStudies();
    else if (params.has("cases")) await showCases();
    else if (params.has("conflicts")) await showConflicts();
  } catch (error) {
    showError(error);
  }
}

function showError(error) {
  $("#panel").innerHTML = `<p class="conflict">${esc(error.message)}</p>`;
}

$("#search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("#search").value.trim();
  if (q) location.hash = `q=${encodeURIComponent(q)}`;
});
$("#path-form").addEventListener("submit", (e) => {
  e.preventDefault();
  // A name picked from the typeahead carries its entity's id; a typed name is resolved by the API.
  const end = (input) => input.dataset.entityId ?? input.value.trim();
  location.hash = `paths=${encodeURIComponent(end($("#path-from")))}..${encodeURIComponent(end($("#path-to")))}&hops=${$("#path-hops").value}&kind=${$("#path-kind").value}`;
});
attachTypeahead($("#search"), (id) => (location.hash = `entity=${encodeURIComponent(id)}`));
attachTypeahead($("#path-from"));
attachTypeahead($("#path-to"));
window.addEventListener("hashchange", route);
renderLegend();
setupExports({
  cy,
  // The statements drawn (edges), or the one statement open in the panel.
  statementsInView: () => [
    ...new Set([
      ...cy.edges().flatMap((e) => e.data("statements") ?? []),
      ...(new URLSearchParams(location.hash.slice(1)).get("statement") ?? "").split(",").filter(Boolean),
    ]),
  ],
  fetchEvidence: async (ids) => {
    const out = [];
    // A few statements per request keeps each request under the API's alias and cost limits.
    for (let i = 0; i < ids.length; i += 10) {
      const chunk = ids.slice(i, i + 10);
      const data = await gql(
        `query(${chunk.map((_, k) => `$s${k}: ID!`).join(", ")}) { ${chunk
          .map(
            (_, k) =>
              `s${k}: statement(id: $s${k}) { id predicate subject { name } object { name } evidence { ${EVIDENCE_EXPORT_FIELDS} } }`,
          )
          .join(" ")} }`,
        Object.fromEntries(chunk.map((id, k) => [`s${k}`, id])),
      );
      out.push(...chunk.map((_, k) => data[`s${k}`]).filter(Boolean));
    }
    return out;
  },
});
route();
