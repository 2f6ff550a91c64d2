"""What the consumer tests share: running the real mllmseg, the catalogs to
export (the embedded one and tricky-catalog.json, whose papers exercise
escaping, authors, formula guards and citation keys that once collided), the
papers as the json export gives them, and reporting a missing tool as a skip.

Each test script takes the mllmseg binary as its first argument. It exits 0
when every check passed, 1 on the first failed check, and 77 when the tool
it needs is not installed, which CTest reports as skipped (SKIP_RETURN_CODE).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGS = [("embedded catalog", None), ("tricky-catalog.json", os.path.join(HERE, "tricky-catalog.json"))]


class Failed(Exception):
    pass


def need(tool, package):
    """The path of tool, or a skip naming the Debian package to install."""
    path = shutil.which(tool)
    if path is None:
        print("SKIP: %s is not installed (apt-get install %s)" % (tool, package))
        sys.exit(SKIP)
    return path


def check(condition, message):
    if not condition:
        raise Failed(message)


# The one note a bibliography export may give: how many entries lack authors.
AUTHORS_NOTE = re.compile(rb"mllmseg: note: \d+ of \d+ (entry has|entries have|entries has) no authors; "
                          rb"'mllmseg enrich' fills them in from arXiv\n")


def mllmseg(binary, catalog, *args):
    """Standard output of mllmseg (bytes); any status but 0 or any standard
    error but the note on entries without authors fails the test."""
    command = [binary] + (["--catalog", catalog] if catalog else []) + list(args)
    done = subprocess.run(command, capture_output=True, timeout=60)
    stderr = AUTHORS_NOTE.sub(b"", done.stderr)
    check(done.returncode == 0 and not stderr,
          "%s: status %d, stderr %r" % (" ".join(command), done.returncode, done.stderr.decode()))
    return done.stdout


def papers(binary, catalog):
    """The papers as dicts of the catalog format, from the json export."""
    return json.loads(mllmseg(binary, catalog, "export", "--format", "json"))["papers"]


def family_name(author):
    """The family name as the exports split it: before a comma, else the last
    word (an independent restatement of lib/format/person_name.cc)."""
    if "," in author and author.split(",", 1)[0].strip():
        return " ".join(author.split(",", 1)[0].split())
    words = author.replace(",", " ").split()
    return words[-1] if words else ""


def normalised(text):
    """Text as compared with rendered output: NFC, case-folded, quotes of any
    kind dropped (citation styles add, curl and move them), whitespace runs
    as one space."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub("[\"'\u2018\u2019\u201c\u201d]", "", text)
    return " ".join(text.split())


def main(run):
    """Runs run(binary) and turns its outcome into the exit status."""
    if len(sys.argv) < 2:
        print("usage: %s MLLMSEG [ARGS...]" % os.path.basename(sys.argv[0]))
        return 2
    try:
        run(sys.argv[1], *sys.argv[2:])
    except Failed as e:
        print("FAIL: %s" % e)
        return 1
    return 0
