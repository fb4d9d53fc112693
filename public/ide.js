// GraphiQL from local assets, with the named operations of queries/ as ready examples (tabs).
/* global React, ReactDOM, GraphiQL */
(async () => {
  const operations = await (await fetch("/queries.json")).json();
  const fetcher = GraphiQL.createFetcher({
    url: "/graphql",
    headers: { "apollo-require-preflight": "true" },
  });
  const first = operations[0];
  const root = ReactDOM.createRoot(document.getElementById("ide"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: first ? first.query : "{ health { status publications } }",
      defaultTabs: operations.map((op) => ({ query: op.query })),
      defaultEditorToolsVisibility: true,
    }),
  );
})();
