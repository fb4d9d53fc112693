"""
Runs the real `kgx` command line (validate, transform, ...) offline.

KGX and bmt load the Biolink model and JSON-LD contexts from GitHub by default. This wrapper points
them at installed files instead, then hands the arguments to kgx's own click CLI unchanged:
  - the Biolink model schema: biolink_model/schema/biolink_model.yaml (the `biolink-model` package)
  - the "biolink" JSON-LD context: that package's prefix map (biolink-model-prefix-map.json), plus
    the prefixes the export itself declares in its context.jsonld (--context, optional)
  - the monarch and OBO contexts: prefixcommons/registry/*.jsonld (the `prefixcommons` package)
  - bmt's predicate map (used for mapping non-Biolink predicates, never by validation): none is
    shipped in a package, so an empty one is given rather than a download.

Usage: python kgx_offline.py [--context export/kgx/context.jsonld] <kgx arguments...>
"""

import json
import os
import sys
import tempfile
from importlib.resources import files

import biolink_model
import bmt.toolkit
import prefixcommons

SCHEMA = str(files(biolink_model) / "schema" / "biolink_model.yaml")
NO_PREDICATE_MAP = {"predicate mappings": []}
_init = bmt.toolkit.Toolkit.__init__


def _offline_init(self, schema=SCHEMA, predicate_map=NO_PREDICATE_MAP, *rest, **kw):
    # kgx builds Toolkits at import time and per release (e.g. a pinned v4.1.6 URL): every remote
    # schema or predicate map is replaced by the installed model, so nothing is fetched.
    if isinstance(schema, str) and schema.startswith("http"):
        schema = SCHEMA
    if isinstance(predicate_map, str) and predicate_map.startswith("http"):
        predicate_map = NO_PREDICATE_MAP
    _init(self, schema, predicate_map, *rest, **kw)


bmt.toolkit.Toolkit.__init__ = _offline_init

import kgx.config as kgx_config  # noqa: E402 (after the patch: kgx builds a Toolkit on import)
import kgx.utils.kgx_utils as kgx_utils  # noqa: E402
from bmt import Toolkit  # noqa: E402
from kgx.validator import Validator  # noqa: E402


def setup(declared: dict) -> None:
    """Points kgx at the installed Biolink model and contexts, with the export's declared prefixes."""
    model_dir = files(biolink_model)
    with open(str(model_dir / "prefixmaps" / "biolink-model-prefix-map.json"), encoding="utf-8") as f:
        prefixes = json.load(f)
    clash = {p for p in declared if p in prefixes and prefixes[p] != declared[p]}
    if clash:
        sys.exit(f"the export redeclares Biolink prefixes: {sorted(clash)}")
    context_file = os.path.join(tempfile.mkdtemp(prefix="kgx-context-"), "biolink-context.jsonld")
    with open(context_file, "w", encoding="utf-8") as f:
        json.dump({"@context": {**prefixes, **declared}}, f)

    registry = files(prefixcommons) / "registry"
    config = kgx_config.get_config()
    config["jsonld-context"] = {
        "biolink": context_file,
        "monarch_context": str(registry / "monarch_context.jsonld"),
        "obo_context": str(registry / "obo_context.jsonld"),
    }

    toolkit = Toolkit()
    kgx_utils._default_toolkit = toolkit
    kgx_utils._toolkit_versions[toolkit.get_model_version()] = toolkit
    Validator._currently_active_toolkit = toolkit


def main() -> None:
    args = sys.argv[1:]
    declared = {}
    if args[:1] == ["--context"]:
        with open(args[1], encoding="utf-8") as f:
            declared = json.load(f)["@context"]
        args = args[2:]
    setup(declared)

    from kgx.cli import cli

    sys.argv = ["kgx", *args]
    cli()


if __name__ == "__main__":
    main()
