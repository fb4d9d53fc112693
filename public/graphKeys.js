// The graph from the keyboard. The canvas is one tab stop (role "application": its keys are its own);
// inside it a visible selection moves between the drawn entities and their statements, and every
// move is announced in a live region, so the picture can be explored without a mouse or a screen.
//
// Keys (also shown to the user, see KEY_HELP):
//   → or ↓   next entity          ← or ↑   previous entity      Home / End   first / last entity
//   ]        next statement of the selected entity (an edge)      [   previous statement
//   Enter    open the selection: an entity's neighbourhood, a statement's evidence
//   Escape   drop the selection and leave the graph for the details panel
// Order of entities: for a path, column by column from its start (left) to its end (right), top to
// bottom within a column; for other views, the view's own entity first (the one a neighbourhood is
// about), then the others in the order their first statement is listed (strongest first).
// A statement's order: the list's order, strongest evidence first.

export const KEY_HELP =
  "Arrow keys move between entities, ] and [ between the selected entity's statements, Enter opens the selection, Escape leaves the graph.";

/**
 * @param {object} o
 * @param {any} o.cy the Cytoscape instance
 * @param {HTMLElement} o.container the canvas's element (made focusable here)
 * @param {HTMLElement} o.status a live region for announcements
 * @param {(el: any) => void} o.open opens an element's view (a node or an edge)
 * @param {() => HTMLElement | null} o.leave where focus goes on Escape
 */
export function setupGraphKeys({ cy, container, status, open, leave }) {
  let nodeIndex = -1;
  let edgeIndex = -1;
  let order = [];

  const say = (text) => {
    status.textContent = text;
  };
  const name = (n) => n.data("label");
  const statementEdges = (n) =>
    n
      .connectedEdges()
      .filter((e) => e.data("statements")?.length || e.data("predicate") === "has_part")
      .sort((a, b) => (a.data("order") ?? 1e9) - (b.data("order") ?? 1e9) || (a.id() < b.id() ? -1 : 1));

  /** The documented order (see the module comment); recomputed after every drawing. */
  function computeOrder() {
    const nodes = cy.nodes().toArray();
    const byLayout = cy.scratch("_keysLayout") === "path";
    const rank = (n) => n.data("order") ?? 1e9;
    const column = (n) => Math.round(n.position("x") / 40);
    order = nodes.sort((a, b) => {
      // A path's start is its leftmost column already; its end the rightmost.
      if (byLayout) return column(a) - column(b) || a.position("y") - b.position("y");
      const fa = a.hasClass("focus") ? 0 : 1;
      const fb = b.hasClass("focus") ? 0 : 1;
      return fa - fb || rank(a) - rank(b) || column(a) - column(b) || a.position("y") - b.position("y");
    });
  }

  function clear() {
    cy.elements(".kbd").removeClass("kbd");
  }

  /** Pans just enough to bring a node into view (the canvas may be zoomed into part of the graph). */
  function reveal(el) {
    const box = el.renderedBoundingBox({ includeLabels: true });
    const w = container.clientWidth;
    const h = container.clientHeight;
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > w || box.y2 > h)
      cy.center(el.isNode() ? el : el.connectedNodes());
  }

  function selectNode(i) {
    if (!order.length) return say("The graph is empty.");
    nodeIndex = (i + order.length) % order.length;
    edgeIndex = -1;
    const n = order[nodeIndex];
    clear();
    n.addClass("kbd");
    reveal(n);
    const edges = statementEdges(n).length;
    say(
      `${name(n)}${n.data("kind") ? `, ${n.data("kind").replace(/_/g, " ")}` : ""}: entity ${nodeIndex + 1} of ${order.length}, ${edges} statement${edges === 1 ? "" : "s"} drawn. Enter opens it; ] steps through its statements.`,
    );
  }

  function selectEdge(step) {
    if (nodeIndex < 0) return selectNode(0);
    const n = order[nodeIndex];
    const edges = statementEdges(n);
    if (!edges.length) return say(`${name(n)} has no statement drawn.`);
    // From no statement selected, ] selects the first and [ the last.
    edgeIndex =
      edgeIndex < 0 ? (step > 0 ? 0 : edges.length - 1) : (edgeIndex + step + edges.length) % edges.length;
    const e = edges[edgeIndex];
    clear();
    n.addClass("kbd");
    e.addClass("kbd");
    reveal(e);
    const level = e.data("level") ? `, level ${e.data("level")}` : "";
    say(
      `${e.source().data("label")} ${e.data("label")} ${e.target().data("label")}${level}: statement ${edgeIndex + 1} of ${edges.length} of ${name(n)}. Enter opens its evidence.`,
    );
  }

  function current() {
    if (nodeIndex < 0) return null;
    const n = order[nodeIndex];
    return edgeIndex >= 0 ? statementEdges(n)[edgeIndex] : n;
  }

  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "graph");
  container.setAttribute("aria-describedby", "graph-keys");

  container.addEventListener("focus", () => {
    if (nodeIndex < 0 || !order[nodeIndex] || order[nodeIndex].removed()) selectNode(0);
  });
  container.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = {
      ArrowRight: () => selectNode(nodeIndex + 1),
      ArrowDown: () => selectNode(nodeIndex + 1),
      ArrowLeft: () => selectNode(nodeIndex - 1),
      ArrowUp: () => selectNode(nodeIndex - 1),
      Home: () => selectNode(0),
      End: () => selectNode(order.length - 1),
      "]": () => selectEdge(1),
      "[": () => selectEdge(-1),
      Enter: () => {
        const el = current();
        if (el) open(el);
      },
      Escape: () => {
        clear();
        nodeIndex = -1;
        edgeIndex = -1;
        say("Left the graph.");
        leave()?.focus();
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  return {
    /** After a new drawing: recompute the order and, while the canvas has focus, select its first entity. */
    redrawn(layoutKind) {
      cy.scratch("_keysLayout", layoutKind);
      computeOrder();
      nodeIndex = -1;
      edgeIndex = -1;
      if (document.activeElement === container) selectNode(0);
      else say("");
    },
    /** The selected element (tests and the console). */
    selected: current,
  };
}
