#!/usr/bin/env python3
"""The BibTeX mllmseg writes, built by the real latex and bibtex.

    latex_test.py MLLMSEG FIXTURES_CITE

(a) tests/fixtures/cite/paper.tex, with the entries `mllmseg cite` writes
    for it (and other.bib for the key it leaves to another bibliography),
    builds with no undefined citation, and its bibliography holds exactly the
    keys the document cites.
(b) A document citing every paper of the catalog (\\nocite{*} over `mllmseg
    export --format bibtex`) builds under the plain, unsrt and IEEEtran
    styles without a warning from bibtex or latex, and each entry of the
    .bbl shows the title's capitals (SAM2, LLaVA, Seg-Zero), the first
    author's family name, the year, and for a preprint its arXiv id (and
    under IEEEtran, which prints links, its link).

Exits 0 when every check passed, 1 on the first failure, and 77 (skipped)
when latex or bibtex is not installed (texlive-latex-base). IEEEtran.bst
missing is a failure: CI installs it (texlive-publishers).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
STYLES = ["plain", "unsrt", "IEEEtran"]

# The keys paper.tex cites, as its bibliography must list them.
CITED = {
    "lisa2024", "lai2024lisa", "glamm2024", "pixellm2024", "Seg-Zero", "sa2va2025", "VISA", "2409.19603",
    "omg-llava2024", "text4seg2025", "pixfoundation-2-0-2025", "knuth1984", "rsvp2025", "hyperseg2024",
    "u-llava2024", "seg-zero2025", "glus2025", "sam-r1-2025", "visionllm-v22024", "arXiv:2503.10596",
}


class Failed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


def run(command, cwd, what):
    done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=120)
    out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    check(done.returncode == 0, "%s: status %d:\n%s" % (what, done.returncode, out[-3000:]))
    return out


def build(cwd, name):
    """latex, bibtex, latex, latex: the bibtex output and the last latex log."""
    run(["latex", "-interaction=nonstopmode", "-halt-on-error", name], cwd, "latex " + name)
    bibtex = run(["bibtex", name], cwd, "bibtex " + name)
    for _ in range(2):
        run(["latex", "-interaction=nonstopmode", "-halt-on-error", name], cwd, "latex " + name)
    with open(os.path.join(cwd, name + ".log"), encoding="utf-8", errors="replace") as f:
        log = f.read()
    return bibtex, log


def bibitems(bbl):
    """{key: the entry's text, braces dropped and white space made single spaces}."""
    items = {}
    for chunk in re.split(r"\\bibitem", bbl)[1:]:
        match = re.match(r"(?:\[[^\]]*(?:\][^\]]*)*?\])?\{([^}]*)\}", chunk, re.S)
        check(match, "a \\bibitem without a key: %r" % chunk[:80])
        text = chunk[match.end():].split("\\end{thebibliography}")[0]
        items[match.group(1)] = " ".join(text.replace("{", "").replace("}", "").split())
    return items


def no_warnings(what, bibtex, log):
    warnings = [line for line in bibtex.splitlines() if "Warning" in line or "error message" in line]
    check(not warnings, "%s: bibtex warned:\n%s" % (what, "\n".join(warnings)))
    latex = [line for line in log.splitlines() if "Warning" in line or line.startswith("!")]
    check(not latex, "%s: latex warned:\n%s" % (what, "\n".join(latex)))


def keeps_capitals(word, name):
    """A title word a style must not lowercase: an independent restatement of
    lib/format/capitals.cc (a capital after the first letter, a capital and a
    digit, a lone capital in a compound) plus the paper's own name."""
    word = word.strip(":,;?!.()\"'")
    if name and word.lower() == name.lower():
        return True
    parts = word.split("-")
    for part in parts:
        if len(parts) > 1 and len(part) == 1 and part.isupper():
            return True
        if any(c.isupper() for c in part[1:]) or (any(c.isdigit() for c in part) and any(c.isupper() for c in part)):
            return True
    return False


def family(author):
    if "," in author:
        return author.split(",", 1)[0].strip()
    return author.split()[-1]


def cited_document(binary, fixtures, tmp):
    work = os.path.join(tmp, "cited")
    shutil.copytree(fixtures, work)
    run([binary, "cite", "paper.tex", "--ignore", "knuth*", "-o", "refs.bib"], work, "mllmseg cite")
    bibtex, log = build(work, "paper")
    check("undefined" not in log, "paper.tex: undefined citations:\n%s" %
          "\n".join(line for line in log.splitlines() if "undefined" in line))
    with open(os.path.join(work, "paper.bbl"), encoding="utf-8") as f:
        keys = set(bibitems(f.read()))
    check(keys == CITED, "paper.bbl: missing %s, extra %s" % (sorted(CITED - keys), sorted(keys - CITED)))
    check("Warning" not in bibtex, "paper.tex: bibtex warned:\n%s" % bibtex)
    print("(a) paper.tex builds with latex and bibtex: %d entries, no undefined citation" % len(keys))


def whole_catalog(binary, tmp):
    exported = subprocess.run([binary, "export", "--format", "json"], capture_output=True, check=True)
    papers = json.loads(exported.stdout)["papers"]
    keyed = subprocess.run([binary, "export", "--format", "bibtex"], capture_output=True, check=True)
    bib = keyed.stdout.decode("utf-8")
    keys = re.findall(r"^@\w+\{([^,]+),", bib, re.M)
    check(len(keys) == len(papers), "%d entries for %d papers" % (len(keys), len(papers)))
    for style in STYLES:
        work = os.path.join(tmp, style)
        os.mkdir(work)
        with open(os.path.join(work, "all.bib"), "w", encoding="utf-8") as f:
            f.write(bib)
        with open(os.path.join(work, "all.tex"), "w", encoding="utf-8") as f:
            f.write("\\documentclass{article}\n\\usepackage{url}\n\\begin{document}\n\\nocite{*}\n"
                    "\\bibliographystyle{%s}\n\\bibliography{all}\n\\end{document}\n" % style)
        bibtex, log = build(work, "all")
        no_warnings(style, bibtex, log)
        with open(os.path.join(work, "all.bbl"), encoding="utf-8") as f:
            items = bibitems(f.read())
        check(len(items) == len(papers), "%s: %d entries for %d papers" % (style, len(items), len(papers)))
        for key, paper in zip(keys, papers):
            text = items.get(key)
            check(text is not None, "%s: no entry %s" % (style, key))
            where = "%s, %s" % (style, key)
            for word in paper["title"].split():
                if keeps_capitals(word, paper["name"]):
                    core = word.strip(":,;?!.()\"'")
                    check(core in text, "%s: title word %r lost its capitals: %s" % (where, core, text))
            if paper.get("authors"):
                check(family(paper["authors"][0]) in text, "%s: no first author: %s" % (where, text))
            check(str(paper["year"]) in text, "%s: no year: %s" % (where, text))
            if paper["venue"].lower().startswith("arxiv") and paper.get("arxiv"):
                check("arXiv:" + paper["arxiv"] in text, "%s: no arXiv id: %s" % (where, text))
                if style == "IEEEtran":
                    check("\\url" + paper["pdf"] in text.replace("\\url ", "\\url"),
                          "%s: no link: %s" % (where, text))
        print("(b) %s: %d entries, no warning; capitals, authors, years and arXiv ids shown" % (style, len(items)))


def main():
    binary, fixtures = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    for tool in ("latex", "bibtex"):
        if shutil.which(tool) is None:
            print("SKIP: %s is not installed (apt-get install texlive-latex-base)" % tool)
            return SKIP
    if subprocess.run(["kpsewhich", "IEEEtran.bst"], capture_output=True).returncode != 0:
        print("FAIL: IEEEtran.bst is not installed (apt-get install texlive-publishers)")
        return 1
    try:
        with tempfile.TemporaryDirectory(prefix="mllmseg-latex-") as tmp:
            cited_document(binary, fixtures, tmp)
            whole_catalog(binary, tmp)
    except Failed as failure:
        print("FAIL: %s" % failure)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
