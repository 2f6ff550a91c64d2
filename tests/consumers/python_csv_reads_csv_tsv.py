#!/usr/bin/env python3
"""Python's csv module reads the csv and tsv exports back to the catalog's
values: a header row, then one row a paper with exactly the values of the
json export, except that a cell beginning with = + - @, a tab or a carriage
return carries the leading ' that keeps a spreadsheet from running it."""
import csv
import io
import sys

from consumer import CATALOGS, check, main, mllmseg, papers

HEADER = ["key", "name", "title", "venue", "year", "tasks", "arxiv", "pdf", "code", "authors", "doi", "abstract"]


def guarded(value):
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def row_of(paper):
    values = [paper["key"], paper["name"], paper["title"], paper["venue"], str(paper["year"]),
              ";".join(paper["tasks"]), paper["arxiv"] or "", paper["pdf"], paper["code"] or "",
              "; ".join(paper.get("authors", [])), paper.get("doi", ""), paper.get("abstract", "")]
    return [guarded(v) for v in values]


def run(binary):
    for label, catalog in CATALOGS:
        expected = [HEADER] + [row_of(p) for p in papers(binary, catalog)]
        guards = sum(1 for row in expected[1:] for v in row if v.startswith("'"))
        for fmt, delimiter, line_end in (("csv", ",", "\r\n"), ("tsv", "\t", "\n")):
            text = mllmseg(binary, catalog, "export", "--format", fmt).decode("utf-8")
            check(text.startswith(delimiter.join(HEADER) + line_end) and text.endswith(line_end),
                  "%s, %s: rows do not end in %r" % (label, fmt, line_end))
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
            check(len(rows) == len(expected), "%s, %s: %d rows, expected %d" % (label, fmt, len(rows), len(expected)))
            for got, want in zip(rows, expected):
                check(got == want, "%s, %s: row\n  %r\nexpected\n  %r" % (label, fmt, got, want))
            print("%s: csv module read %d rows of the %s export back (%d guarded cells)" %
                  (label, len(rows), fmt, guards))


if __name__ == "__main__":
    sys.exit(main(run))
