#!/usr/bin/env python3
"""bibtool reads the bibtex and biblatex exports (the latter with its
biblatex resource) without a complaint: nothing on standard error (bibtool
warns there about unbalanced braces, bad field syntax and, with -d, double
entries), and every entry comes out of it with its citation key."""
import re
import subprocess
import sys

from consumer import CATALOGS, check, main, mllmseg, need, papers


def keys_in(text):
    return re.findall(r"^@\w+\{\s*([^,\s]+),", text, re.M)


def run(binary):
    bibtool = need("bibtool", "bibtool")
    for label, catalog in CATALOGS:
        count = len(papers(binary, catalog))
        for fmt in ("bibtex", "biblatex"):
            exported = mllmseg(binary, catalog, "export", "--format", fmt)
            # Standard input: bibtool's kpathsea file lookup can miss plain paths.
            # BibLaTeX's entry types (@online) are known to bibtool only with
            # its biblatex resource.
            options = ["-r", "biblatex"] if fmt == "biblatex" else []
            done = subprocess.run([bibtool, *options, "-d"], input=exported, capture_output=True, timeout=60)
            stderr = done.stderr.decode("utf-8", "replace")
            check(done.returncode == 0 and stderr == "",
                  "%s, %s: bibtool status %d, stderr:\n%s" % (label, fmt, done.returncode, stderr))
            read = keys_in(done.stdout.decode("utf-8", "replace"))
            written = keys_in(exported.decode("utf-8"))
            check(len(written) == count and sorted(read) == sorted(written),
                  "%s, %s: %d papers, %d entries written, bibtool read %d: %s" %
                  (label, fmt, count, len(written), len(read), sorted(set(written) ^ set(read))))
            print("%s: bibtool read %d/%d entries of the %s export, no complaint" % (label, len(read), count, fmt))


if __name__ == "__main__":
    sys.exit(main(run))
