// Mechanism explorer: search, a graph of neighbourhoods and paths, and an evidence panel.
// All state lives in the URL hash, so every view can be shared as a link.
/* global cytoscape */

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
        width: 26,
        height: 26,
        shape: "data(shape)",
      },
    },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#1d2a44" } },
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

const STATEMENT_FIELDS = `id bestLevel strength hedged involvesCombination predicate subjectState objectState
  subject { id name kind components { id name kind } } object { id name kind components { id name kind } }
  evidence { direction }`;

/** A statement's end, with its state when the text gives one ("TP53 (mutated)"). */
const endName = (e, state) => (state ? `${e.name} (${state.replace(/_/g, " ")})` : e.name);

function drawStatements(statements, focusIds = [], alsoDraw = []) {
  const nodes = new Map();
  const parts = new Map();
  for (const e of [...statements.flatMap((c) => [c.subject, c.object]), ...alsoDraw]) {
    nodes.set(e.id, e);
    // A combination is drawn with its components, linked by thin grey "part of" edges.
    for (const part of e.components ?? []) parts.set(`${e.id}>${part.id}`, [e.id, part]);
  }
  for (const [, part] of parts.values()) if (!nodes.has(part.id)) nodes.set(part.id, part);
  cy.elements().remove();
  cy.add(
    [...nodes.values()].map((e) => ({
      data: {
        id: e.id,
        label: e.name,
        color: KIND_COLORS[e.kind] ?? "#888",
        shape: e.kind === "therapy" ? "round-rectangle" : "ellipse",
      },
    })),
  );
  // One edge per statement (identical statements are already one record): width from its best
  // level, dashed when all its evidence refutes, dotted when all of it is hedged.
  cy.add(
    statements.map((c) => {
      const refutes = c.evidence.length > 0 && c.evidence.every((e) => e.direction === "refutes");
      return {
        data: {
          id: c.id,
          source: c.subject.id,
          target: c.object.id,
          label: c.predicate.replace(/_/g, " "),
          predicate: c.predicate,
          statements: [c.id],
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
  cy.layout({ name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 110, padding: 20 }).run();
}

// Exposed so that browser tests (and curious users in the console) can inspect the graph.
window.explorer = { cy };

cy.on("mouseover", "edge", (evt) => evt.target.addClass("hover"));
cy.on("mouseout", "edge", (evt) => evt.target.removeClass("hover"));
cy.on("tap", "edge", (evt) => {
  // "has part" edges of a combination lead to the combination, not to a statement.
  if (evt.target.data("predicate") === "has_part")
    location.hash = `entity=${encodeURIComponent(evt.target.data("source"))}`;
  else location.hash = `statement=${encodeURIComponent(evt.target.id())}`;
});
cy.on("tap", "node", (evt) => (location.hash = `entity=${encodeURIComponent(evt.target.id())}`));

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
  return `<li><b>[${r.number}]</b> ${title}${r.firstAuthor ? ` — ${esc(r.firstAuthor)} ${r.year ?? ""}` : ""}${ids ? ` <small>${ids}</small>` : ""}</li>`;
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
  return `<div class="evidence ${ep.hedged ? "is-hedged" : ""} ${e.direction === "refutes" ? "is-refuting" : ""}">
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
  if (!edgeOf().length) await showNeighbourhood(statement.subject.id, false);
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

async function showNeighbourhood(id, panel = true) {
  const { entity } = await gql(
    `query($id: ID!) { entity(id: $id) { id name kind category description synonyms xrefs
      aliases { printed correction } components { id name kind } partOf { id name }
      statements(first: 100) { ${STATEMENT_FIELDS} } } }`,
    { id },
  );
  if (!entity) return ($("#panel").innerHTML = `<p>No entity ${esc(id)}.</p>`);
  // The entity is drawn even when no statement names it (a combination is shown with its parts).
  drawStatements(entity.statements, [entity.id], [entity]);
  if (!panel) return;
  const printed = entity.aliases.filter((a) => !["name", "synonym"].includes(a.correction));
  $("#panel").innerHTML = `
    <h2>${esc(entity.name)}</h2>
    <p><span class="badge">${esc(entity.kind.replace(/_/g, " "))}</span><span class="badge">${esc(entity.category)}</span></p>
    ${entity.description ? `<p>${esc(entity.description)}</p>` : ""}
    ${entity.synonyms.length ? `<p><b>Also called</b> ${entity.synonyms.map(esc).join(", ")}</p>` : ""}
    ${printed.length ? `<p><b>Printed in the paper as</b> ${printed.map((a) => `${esc(a.printed)} <small>(${a.correction})</small>`).join(", ")}</p>` : ""}
    ${entity.xrefs.length ? `<p><b>Identifiers</b> ${entity.xrefs.map(esc).join(", ")}</p>` : ""}
    ${entity.components.length ? `<p><b>Combination of</b> ${entity.components.map((c) => esc(c.name)).join(" + ")}</p>` : ""}
    ${entity.partOf.length ? `<p><b>Part of</b> ${entity.partOf.map((t) => `<a href="#entity=${encodeURIComponent(t.id)}">${esc(t.name)}</a>`).join(", ")}</p>` : ""}
    <p>${entity.statements.length} statements. Click an edge for its evidence.</p>`;
}

async function runSearch(q) {
  $("#search").value = q;
  const { search } = await gql(
    `query($q: String!) { search(query: $q, first: 20) { type score highlight
      target { __typename ... on Entity { id name } ... on Statement { id } ... on Locus { id start end cites { number } } } } }`,
    { q },
  );
  $("#results").innerHTML = search.length
    ? search
        .map((h) => {
          const t = h.target;
          const href =
            h.type === "ENTITY"
              ? `#entity=${t.id}`
              : h.type === "STATEMENT"
                ? `#statement=${t.id}`
                : `#sentence=${t.start}-${t.end}`;
          const label =
            h.type === "ENTITY"
              ? "entity"
              : h.type === "STATEMENT"
                ? "statement"
                : `sentence citing ${t.cites.map((c) => c.number).join(", ")}`;
          return `<a class="hit" href="${href}" data-type="${h.type}"><small>${label} · score ${h.score.toFixed(2)}</small>${h.highlight}</a>`;
        })
        .join("")
    : `<p class="hint">Nothing found for “${esc(q)}”.</p>`;
  const firstEntity = search.find((h) => h.type === "ENTITY");
  if (firstEntity) await showNeighbourhood(firstEntity.target.id);
}

async function showSentence(start, end) {
  const { passage } = await gql(
    `query($s: Int!, $e: Int!) { passage(start: $s, end: $e, context: 200) { before text after section } }`,
    { s: start, e: end },
  );
  $("#panel").innerHTML =
    `<h2>${esc(passage.section)}</h2><div class="quote"><span class="ctx">…${esc(passage.before)}</span><mark>${esc(passage.text)}</mark><span class="ctx">${esc(passage.after)}…</span></div>`;
}

async function resolveEntity(text) {
  if (text.includes(":")) return text;
  const { entity } = await gql(`query($n: String) { entity(name: $n) { id } }`, { n: text });
  if (!entity) throw new Error(`No entity named “${text}”`);
  return entity.id;
}

async function showPaths(from, to, hops) {
  const form = $("#path-form");
  form.hidden = false;
  $("#path-from").value = from;
  $("#path-to").value = to;
  $("#path-hops").value = String(hops);
  const [a, b] = await Promise.all([resolveEntity(from), resolveEntity(to)]);
  const { mechanismPaths } = await gql(
    `query($a: ID!, $b: ID!, $h: Int) { mechanismPaths(from: $a, to: $b, maxHops: $h, first: 10) { score
      entities { name } weakestStep { from { name } to { name } level }
      steps { statement { ${STATEMENT_FIELDS} } } } }`,
    { a, b, h: hops },
  );
  const statements = new Map();
  for (const p of mechanismPaths) for (const s of p.steps) statements.set(s.statement.id, s.statement);
  drawStatements([...statements.values()], [a, b]);
  $("#paths").innerHTML = mechanismPaths.length
    ? mechanismPaths
        .map(
          (
            p,
            i,
          ) => `<div class="path" data-i="${i}"><b>${p.entities.map((e) => esc(e.name)).join(" → ")}</b><br>
          <small>score ${p.score.toFixed(3)} · weakest step ${esc(p.weakestStep.from.name)} → ${esc(p.weakestStep.to.name)} (level ${p.weakestStep.level})</small></div>`,
        )
        .join("")
    : "<p class='hint'>No path within that many hops.</p>";
  document.querySelectorAll(".path").forEach((el) =>
    el.addEventListener("click", () => {
      const p = mechanismPaths[Number(el.dataset.i)];
      location.hash = `statement=${encodeURIComponent(p.steps[0].statement.id)}`;
    }),
  );
}

async function showCases() {
  const { cases } = await gql(`{ cases { id label response mutations { value } } }`);
  $("#results").innerHTML = cases
    .map(
      (c) =>
        `<a class="hit" href="#case=${c.id}"><b>${esc(c.label)}</b><small>response ${esc(c.response ?? "–")} · ${c.mutations.map((m) => esc(m.value)).join(", ")}</small></a>`,
    )
    .join("");
}

async function showCase(id) {
  await showCases();
  const { case: c } = await gql(
    `query($id: ID!) { case(id: $id) { label response
      beforeAfter { field unit before { valueNumber timepoint } after { valueNumber timepoint } }
      facts { field value unit timepoint loci { kind section rowLabel column } conflicts { description } }
      regimens { name cycles response components { drug { name } dose unit schedule days } } } }`,
    { id },
  );
  if (!c) return ($("#panel").innerHTML = `<p>No case ${esc(id)}.</p>`);
  cy.elements().remove();
  const fmt = (f, unit) =>
    `${f.valueNumber}${unit === "%" || unit === "percent" ? "%" : unit ? ` ${esc(unit)}` : ""}`;
  $("#panel").innerHTML = `
    <h2 id="case-title">${esc(c.label)}</h2>
    <p>Response to SVD: <span class="badge">${esc(c.response ?? "–")}</span></p>
    <h3>Before and after</h3>
    ${c.beforeAfter.map((b) => `<div class="ba" data-field="${esc(b.field)}"><div><small>${esc(b.field.replace(/_/g, " "))} · ${esc(b.before.timepoint)}</small><br><b>${fmt(b.before, b.unit)}</b></div><div>→</div><div><small>${esc(b.after.timepoint)}</small><br><b>${fmt(b.after, b.unit)}</b></div></div>`).join("")}
    <h3>Regimens</h3>
    ${c.regimens.map((r) => `<p><b>${esc(r.name)}</b> · ${r.cycles ?? "?"} cycle(s) · response ${esc(r.response ?? "–")}<br>${r.components.map((x) => `${esc(x.drug.name)} ${x.dose ?? ""} ${esc(x.unit ?? "")} ${esc(x.schedule ?? "")} days ${esc(x.days ?? "")}`).join("<br>")}</p>`).join("")}
    <h3>Facts</h3>
    <table><tr><th>field</th><th>value</th><th>when</th><th>where</th></tr>
    ${c.facts.map((f) => `<tr><td>${esc(f.field.replace(/_/g, " "))}</td><td>${esc(f.value)} ${esc(f.unit ?? "")}${f.conflicts.length ? ` <span class="badge" style="background:#d93025;color:#fff" title="${esc(f.conflicts.map((x) => x.description).join(" | "))}">conflict</span>` : ""}</td><td>${esc(f.timepoint ?? "")}</td><td><small>${f.loci.map((l) => (l.kind === "table_cell" ? `Table 1: ${esc(l.rowLabel)}` : esc(l.section))).join("; ")}</small></td></tr>`).join("")}
    </table>`;
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
      await showPaths(from, to, Number(params.get("hops") ?? 2));
    } else if (params.has("case")) await showCase(params.get("case"));
    else if (params.has("cases")) await showCases();
    else if (params.has("conflicts")) await showConflicts();
  } catch (error) {
    $("#panel").innerHTML = `<p class="conflict">${esc(error.message)}</p>`;
  }
}

$("#search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("#search").value.trim();
  if (q) location.hash = `q=${encodeURIComponent(q)}`;
});
$("#path-form").addEventListener("submit", (e) => {
  e.preventDefault();
  location.hash = `paths=${encodeURIComponent($("#path-from").value)}..${encodeURIComponent($("#path-to").value)}&hops=${$("#path-hops").value}`;
});
window.addEventListener("hashchange", route);
renderLegend();
route();
