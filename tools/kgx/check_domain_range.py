"""
Checks every edge's predicate against the Biolink domain and range (kgx validate checks that a
predicate exists, not that it fits its subject and object). Offline, against the installed model.

Usage: python check_domain_range.py nodes.jsonl edges.jsonl
Prints one line per violation and a summary; exits 1 when there is any.
"""

import json
import sys

import kgx_offline  # noqa: F401 (patches bmt to the installed Biolink model before use)
from bmt import Toolkit


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def inherited(tk, predicate, attribute):
    # A predicate without its own domain/range takes its nearest ancestor's.
    for name in tk.get_ancestors(predicate, reflexive=True, mixin=False, formatted=False):
        value = getattr(tk.get_element(name), attribute, None)
        if value:
            return value
    return None


def violations(tk, nodes_file, edges_file):
    """One line per edge end whose category the predicate's domain or range does not admit."""
    nodes = {n["id"]: n for n in read(nodes_file)}
    edges = read(edges_file)
    fits = {}
    found = []

    def admits(cls, category):
        key = (cls, category)
        if key not in fits:
            allowed = set(tk.get_descendants(cls, reflexive=True, mixin=True, formatted=True))
            fits[key] = category in allowed
        return fits[key]

    for e in edges:
        p = e["predicate"].removeprefix("biolink:")
        element = tk.get_element(p)
        if element is None:
            found.append(f"{e['id']}: unknown predicate {e['predicate']}")
            continue
        for end, attribute in (("subject", "domain"), ("object", "range")):
            cls = inherited(tk, p, attribute)
            categories = nodes[e[end]]["category"]
            if cls and not any(admits(cls, c) for c in categories):
                found.append(f"{e['id']}: {e['predicate']} {attribute} is {cls}; {end} {e[end]} is {categories}")
    return found


def main() -> None:
    tk = Toolkit()
    found = violations(tk, sys.argv[1], sys.argv[2])
    print("\n".join(found))
    print(f"domain/range: {len(found)} violations (Biolink {tk.get_model_version()})")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
