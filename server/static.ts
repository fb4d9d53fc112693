import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const ROOT = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/** Third-party browser files, served from node_modules so the pages work with no internet. */
const VENDOR: Record<string, string> = {
  "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
  // Layouts: layered (dagre) for paths, fCoSE (on cose-base and layout-base) for neighbourhoods; SVG export.
  "cytoscape-dagre.js": "cytoscape-dagre/dist/cytoscape-dagre.min.js",
  "layout-base.js": "layout-base/layout-base.js",
  "cose-base.js": "cose-base/cose-base.js",
  "cytoscape-fcose.js": "cytoscape-fcose/cytoscape-fcose.js",
  "cytoscape-svg.js": "cytoscape-svg/cytoscape-svg.js",
  "react.production.min.js": "react/umd/react.production.min.js",
  "react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
  "graphiql.min.js": "graphiql/graphiql.min.js",
  "graphiql.min.css": "graphiql/graphiql.min.css",
};

/** A file inside an installed package, found from the package's main entry (subpaths may not be exported). */
function vendorPath(file: string): string {
  const [pkg, ...rest] = file.split("/");
  const main = require.resolve(pkg!);
  const root = main.slice(
    0,
    main.lastIndexOf(`node_modules${path.sep}${pkg}`) + `node_modules${path.sep}${pkg}`.length,
  );
  return path.join(root, ...rest);
}

/** Every static file the server may send, keyed by URL path; nothing outside this map is served. */
export function staticFiles(): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  const add = (url: string, file: string) =>
    files.set(url, {
      body: readFileSync(file),
      type: TYPES[path.extname(file)] ?? "application/octet-stream",
    });
  add("/", path.join(ROOT, "public/index.html"));
  add("/ide", path.join(ROOT, "public/ide.html"));
  for (const name of ["explorer.js", "exports.js", "graphKeys.js", "queries.js", "explorer.css", "ide.js"])
    add(`/assets/${name}`, path.join(ROOT, "public", name));
  for (const [name, file] of Object.entries(VENDOR)) add(`/vendor/${name}`, vendorPath(file));
  const dir = path.join(ROOT, "queries");
  const operations = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => ({ name: path.basename(f, ".graphql"), query: readFileSync(path.join(dir, f), "utf8") }));
  files.set("/queries.json", { body: Buffer.from(JSON.stringify(operations)), type: TYPES[".json"]! });
  return files;
}
