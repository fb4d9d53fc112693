"""
Checks a KGX export with kgx itself, offline, in one process (the Biolink model loads once):

  1. `kgx validate` on the TSV and on the JSON Lines files (kgx.cli.cli_utils.validate, the function
     the CLI command runs), errors and warnings by level;
  2. Biolink domain and range of every edge's predicate (check_domain_range.py);
  3. a `kgx transform --stream` round trip TSV -> JSON Lines -> TSV -> JSON Lines (hop1, hop2, hop3).

Usage: python check_export.py <export dir>   (the dir holds nodes/edges .tsv/.jsonl and context.jsonld)
Prints one JSON object on the last line of stdout: {"validate": {"tsv": {...}, "jsonl": {...}},
"domainRange": [...violations], "biolinkVersion": "...", "kgxVersion": "..."}.
The same checks from a shell: python kgx_offline.py --context <dir>/context.jsonld validate -i tsv
<dir>/nodes.tsv <dir>/edges.tsv (and -i jsonl), and ... transform --stream -i tsv -f jsonl -o out ...
"""

import contextlib
import io
import json
import os
import sys

import kgx_offline
from check_domain_range import violations


def main() -> None:
    export = os.path.abspath(sys.argv[1])
    with open(os.path.join(export, "context.jsonld"), encoding="utf-8") as f:
        kgx_offline.setup(json.load(f)["@context"])

    import kgx
    from bmt import Toolkit
    from kgx.cli.cli_utils import transform, validate
    from kgx.transformer import Transformer

    def files(prefix, ext):
        return [os.path.join(export, f"{prefix}nodes.{ext}"), os.path.join(export, f"{prefix}edges.{ext}")]

    result = {"validate": {}}
    for fmt in ("tsv", "jsonl"):
        # validate() writes its report to stderr and returns it: {level: {type: {message: [ids]}}}.
        with contextlib.redirect_stderr(io.StringIO()):
            result["validate"][fmt] = validate(files("", fmt), fmt, None, None)

    tk = Toolkit()
    result["domainRange"] = violations(tk, files("", "jsonl")[0], files("", "jsonl")[1])
    result["biolinkVersion"] = tk.get_model_version()
    result["kgxVersion"] = getattr(kgx, "__version__", "unknown")

    # hop1 and hop3 as `kgx transform --stream` runs them. hop2 writes TSV while streaming, which
    # needs the columns named up front (the CLI has no option for them and would keep only KGX's
    # defaults), so it calls kgx's Transformer with the export's own TSV header as the columns.
    transform(files("", "tsv"), input_format="tsv", output=os.path.join(export, "hop1"), output_format="jsonl", stream=True)

    def header(path):
        with open(path, encoding="utf-8") as f:
            return f.readline().rstrip("\n").split("\t")

    Transformer(stream=True).transform(
        input_args={"filename": files("hop1_", "jsonl"), "format": "jsonl"},
        output_args={
            "filename": os.path.join(export, "hop2"),
            "format": "tsv",
            "node_properties": header(files("", "tsv")[0]),
            "edge_properties": header(files("", "tsv")[1]),
        },
    )
    transform(files("hop2_", "tsv"), input_format="tsv", output=os.path.join(export, "hop3"), output_format="jsonl", stream=True)

    print(json.dumps(result, default=list))


if __name__ == "__main__":
    main()
