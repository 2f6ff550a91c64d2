#!/usr/bin/env python3
"""Checks that lib/'s folders include only folders below them.

    check_layers.py LIB_DIR

The data flows one way, bytes -> model -> store -> query -> output, and so do
the includes: a folder may include itself and the folders of lower layers,
never one of its own layer or above. A folder not named here is an error, so
that a new one is placed on purpose.
"""
import pathlib
import re
import sys

LAYERS = [
    ["util"],                                   # text, dates, UTF-8, results
    ["catalog", "io", "net", "term", "cli"],    # the model and its reader; files, HTTP, terminal, CLI model
    ["store", "importer", "enrich"],            # the indexed store; lists and arXiv records made into the model
    ["snapshot"],                               # the store saved to and mapped from the user's cache
    ["query", "source"],                        # filters, search, sort, lookup, counts; the catalog a command reads
    ["format"],                                 # what is printed and exported
    ["diff", "lint", "cite"],                   # comparisons, findings, a document's citations, written with format
    ["update"],                                 # the whole update, from a list to the stored catalog
]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/', re.M)


def main():
    lib = pathlib.Path(sys.argv[1])
    rank = {folder: i for i, layer in enumerate(LAYERS) for folder in layer}
    problems = []
    for path in sorted(lib.glob("*/*")):
        if path.suffix not in (".h", ".cc"):
            continue
        folder = path.parent.name
        if folder not in rank:
            problems.append("%s: folder %s has no layer in check_layers.py" % (path, folder))
            continue
        for included in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if included == folder:
                continue
            if included not in rank:
                problems.append("%s: includes %s/, which has no layer" % (path, included))
            elif rank[included] >= rank[folder]:
                problems.append("%s: %s/ includes %s/, a folder of the same layer or above"
                                % (path.relative_to(lib), folder, included))
    for problem in problems:
        print(problem)
    print("%d include%s against the layer order" % (len(problems), "" if len(problems) == 1 else "s"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
