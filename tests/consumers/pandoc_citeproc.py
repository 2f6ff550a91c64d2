#!/usr/bin/env python3
"""pandoc --citeproc renders every paper from the bibtex, biblatex or
csl-json export (the format is the second argument): a document citing each
citation key of the export renders with no warning (a key pandoc cannot find
is one), one reference a paper, each holding its paper's title and first
author's family name."""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

from consumer import CATALOGS, check, family_name, main, mllmseg, need, normalised, papers

# pandoc picks the reader from the extension: .bib is BibLaTeX, .bibtex BibTeX.
EXTENSIONS = {"bibtex": ".bibtex", "biblatex": ".bib", "csl-json": ".json"}
ENTRY = re.compile(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>', re.S)


def citation_keys(fmt, text):
    if fmt == "csl-json":
        return [item["id"] for item in json.loads(text)]
    return re.findall(r"^@\w+\{([^,]+),$", text, re.M)


def run(binary, fmt):
    pandoc = need("pandoc", "pandoc")
    for label, catalog in CATALOGS:
        expected = papers(binary, catalog)
        exported = mllmseg(binary, catalog, "export", "--format", fmt).decode("utf-8")
        keys = citation_keys(fmt, exported)
        check(len(keys) == len(expected) and len(set(keys)) == len(keys),
              "%s: %d unique citation keys for %d papers: %s" % (label, len(set(keys)), len(expected), keys))
        with tempfile.TemporaryDirectory(prefix="mllmseg-pandoc-") as tmp:
            bibliography = os.path.join(tmp, "papers" + EXTENSIONS[fmt])
            with open(bibliography, "w", encoding="utf-8") as f:
                f.write(exported)
            document = os.path.join(tmp, "cite.md")
            with open(document, "w", encoding="utf-8") as f:
                f.write("Papers: %s.\n" % "; ".join("@" + k for k in keys))
            done = subprocess.run([pandoc, "--citeproc", "--bibliography=" + bibliography, "--wrap=none",
                                   "-t", "html", document], capture_output=True, timeout=120)
        stderr = done.stderr.decode("utf-8", "replace")
        check(done.returncode == 0 and stderr == "",
              "%s: pandoc status %d, stderr:\n%s" % (label, done.returncode, stderr))
        entries = {key: normalised(html.unescape(re.sub(r"<[^>]+>", "", body)))
                   for key, body in ENTRY.findall(done.stdout.decode("utf-8"))}
        check(sorted(entries) == sorted(keys),
              "%s: pandoc rendered %d references for %d keys; missing %s" %
              (label, len(entries), len(keys), sorted(set(keys) - set(entries))))
        for paper in expected:
            title = normalised(paper["title"])
            holding = [key for key, text in entries.items() if title in text]
            check(holding, "%s: no reference holds the title of %s: %r" % (label, paper["key"], paper["title"]))
            if paper.get("authors"):
                family = normalised(family_name(paper["authors"][0]))
                check(any(family in entries[key] for key in holding),
                      "%s: the reference of %s lacks its first author %r" % (label, paper["key"], family))
        print("%s: pandoc --citeproc rendered %d/%d papers from the %s export" %
              (label, len(entries), len(expected), fmt))


if __name__ == "__main__":
    sys.exit(main(run))
