#!/usr/bin/env python3
"""mllmseg update against a real HTTP server on 127.0.0.1.

The server, started here on a free port, serves under paths that choose its
behaviour: the list of 2026-01-21 the embedded catalog was made from, a later
version of it (lists/later.md), that list with a section no task can be read
from, the seed list of March 2025 and a later version of that
(lists/newer.md), a list too small to replace the catalog, a 404, a body cut
short (Content-Length larger than what is sent), a page that is not a list,
and a server too slow for --timeout; a closed port gives a refused
connection. HOME and XDG_DATA_HOME point into a temporary directory, and
SOURCE_DATE_EPOCH fixes the day update records. After every failure the
stored catalog and its backup must be byte for byte what they were, and the
status 2.
"""
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def read(path):
    with open(path, "rb") as f:
        return f.read()


SEED = read(os.path.join(FIXTURES, "Awesome-MLLM-Segmentation.md"))
NEWER = read(os.path.join(FIXTURES, "lists", "newer.md"))
CURRENT = read(os.path.join(FIXTURES, "Awesome-MLLM-Segmentation-2026-01-21.md"))
# NewSeg added, DecAF removed, STAMP at CVPR'26, RSVP's www.arxiv.org link fixed.
LATER = read(os.path.join(FIXTURES, "lists", "later.md"))
# The current list with a section whose heading names no task, before Video.
PARTIAL = CURRENT.replace(b"## Video Segmentation\r\n", b"### Reasoning Segmentation\r\n\r\n1. <span id = \"4001\">"
                          b"**[Odd]**</span> | **ArXiv'2601** | Odd: A Paper Under No Task | "
                          b"[`[pdf]`](https://arxiv.org/abs/2601.00002)\r\n\r\n## Video Segmentation\r\n", 1)
assert PARTIAL != CURRENT
PARTIAL_LINE = PARTIAL[:PARTIAL.index(b"### Reasoning Segmentation")].count(b"\n") + 1
SMALL = read(os.path.join(FIXTURES, "lists", "small.md"))
CURATED = read(os.path.join(ROOT, "catalog", "papers.json"))
# The embedded catalog is what update made of the 2026-01-21 list on that day;
# only where it was read from differs.
UPSTREAM = b"https://raw.githubusercontent.com/mc-lan/Awesome-MLLM-Segmentation/main/README.md"
JAN_21 = "1768953600"  # 2026-01-21T00:00:00Z
JAN_28 = "1769558400"  # 2026-01-28T00:00:00Z


def curated_from(url):
    """The embedded catalog as update writes it from url on 2026-01-21."""
    assert CURATED.count(UPSTREAM) == 1
    return CURATED.replace(UPSTREAM, url.encode())


class Lists(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, length=None):
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (time-out, size cap)

    def do_GET(self):
        mode = self.path.split("/")[1]
        if mode == "seed":
            self.send(200, SEED)
        elif mode == "current":
            self.send(200, CURRENT)
        elif mode == "later":
            self.send(200, LATER)
        elif mode == "partial":
            self.send(200, PARTIAL)
        elif mode == "newer":
            self.send(200, NEWER)
        elif mode == "small":
            self.send(200, SMALL)
        elif mode == "truncated":
            self.send(200, NEWER[:4000], length=len(NEWER))
        elif mode == "not-a-list":
            self.send(200, b"<!DOCTYPE html><html><body><h1>Rate limited</h1><ol><li>1. no</li></ol></body></html>")
        elif mode == "slow":
            time.sleep(3)
            self.send(200, NEWER)
        else:
            self.send(404, b"404: Not Found")


class Failures:
    def __init__(self):
        self.count = 0

    def check(self, what, condition, detail=""):
        if not condition:
            self.count += 1
            print("FAIL %s %r" % (what, detail))


def main():
    binary = os.path.abspath(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Lists)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]

    failures = Failures()
    with tempfile.TemporaryDirectory(prefix="mllmseg-update-") as home:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), SOURCE_DATE_EPOCH=JAN_21)
        env.pop("MLLMSEG_CATALOG", None)
        stored = os.path.join(home, "data", "mllmseg", "catalog.json")
        backup = stored + ".bak"

        def run(*args, environment=None):
            done = subprocess.run([binary] + list(args), env=environment or env, capture_output=True, timeout=60)
            return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")

        # Before any update: the built-in catalog, and a failure creates nothing.
        code, out, err = run("info")
        failures.check("built in at first", out.startswith("catalog       <embedded catalog> (built in)\n"
                                                          "papers        74\n"), out)
        code, out, err = run("update", "--from", base + "/missing/README.md")
        failures.check("404 status", code == 2, (code, out, err))
        failures.check("404 message", err == "mllmseg: error: %s/missing/README.md: HTTP 404\n" % base, err)
        failures.check("404 creates nothing", not os.path.exists(os.path.join(home, "data")))

        # The current list, given the curated data of the built-in catalog, is the built-in catalog.
        current = base + "/current/README.md"
        code, out, err = run("update", "--from", current)
        failures.check("current status", code == 0, (code, err))
        failures.check("current output", out == "no differences (74 papers)\nsaved 74 papers to %s\n" % stored, out)
        failures.check("current lint on stderr", "mllmseg: lint: %s:88: heading-typo: heading \"Open-Vocabulary "
                       "Semantic SegmentationS\" differs from its entry in the Contents" % current in err, err)
        failures.check("current carries curated data", "mllmseg: note: kept the curated data of 74 matching papers "
                       "(73 author lists, 8 fixes)\n" in err, err)
        failures.check("current gives the curated catalog", read(stored) == curated_from(current))
        failures.check("no backup of nothing", not os.path.exists(backup))

        # From now on that catalog is in use.
        code, out, err = run("info")
        failures.check("info names the user catalog",
                       out.startswith("catalog       %s (user catalog)\npapers        74\n" % stored), out)

        # A later list, a week later: the diff, the new catalog, the old one kept.
        later = base + "/later/README.md"
        code, out, err = run("update", "--from", later, environment=dict(env, SOURCE_DATE_EPOCH=JAN_28))
        failures.check("later status", code == 0, (code, err))
        failures.check("later diff", out == (
            "added newseg: NewSeg (ArXiv'2601) \"NewSeg: Segmenting Everything New\"\n"
            "removed decaf: DecAF (ArXiv'2510) \"DecAF: Decomposed Attention Fusion in MLLMs for Training-Free "
            "Video Reasoning Segmentation\"\n"
            "changed stamp: STAMP\n"
            "  venue: \"ArXiv'2511\" -> \"CVPR'26\"\n"
            "  year: 2025 -> 2026\n"
            "  month: 11 -> null\n"
            "1 added, 1 removed, 1 changed; 74 papers before, 74 after\n"
            "saved 74 papers to %s (the previous catalog is %s)\n" % (stored, backup)), out)
        failures.check("later carries curated data", "mllmseg: note: kept the curated data of 73 matching papers "
                       "(72 author lists, 7 fixes)\n" in err, err)
        failures.check("later says which fix it dropped", "mllmseg: warning: dropped the curated fix of pdf in "
                       "entry 1046 of rsvp: the list itself now says \"https://arxiv.org/abs/2506.04277\"\n"
                       in err, err)
        failures.check("backup is the previous catalog", read(backup) == curated_from(current))
        with open(stored, encoding="utf-8") as f:
            catalog = json.load(f)
        papers = {p["key"]: p for p in catalog["papers"]}
        failures.check("update recorded", (catalog.get("updated"), catalog.get("updated_from")) == ("2026-01-28", later),
                       (catalog.get("updated"), catalog.get("updated_from")))
        failures.check("new paper listed on the day of the update",
                       (papers["newseg"].get("listed"), papers["newseg"].get("listed_by")) == ("2026-01-28", "update"),
                       papers["newseg"])
        failures.check("listed dates kept", (papers["stamp"].get("listed"), papers["stamp"].get("listed_by")) ==
                       ("2025-12-08", None), papers["stamp"])
        failures.check("fix the list did not make kept", [f["field"] for f in papers["stamp"].get("fixes", [])] ==
                       ["pdf"], papers["stamp"].get("fixes"))
        code, out, err = run("show", "newseg")
        failures.check("new paper in use", code == 0 and out.startswith("NewSeg\n") and
                       "\n  listed     2026-01-28 (first seen by mllmseg update)\n" in out, (code, out, err))
        code, out, err = run("list", "--listed", "2026-01-28")
        failures.check("--listed finds it", (code, out.split("\t")[0]) == (0, "newseg"), (code, out, err))
        code, out, err = run("list", "--author", "Jiaya Jia")
        failures.check("authors kept", code == 0 and out.startswith("lisa\t"), (code, out, err))
        code, out, err = run("info")
        failures.check("info after update", "catalog       %s (user catalog)\npapers        74\n" % stored in out, out)

        # Failures: status 2, the reason, and nothing touched.
        saved, saved_backup = read(stored), read(backup)

        def untouched():
            return read(stored) == saved and read(backup) == saved_backup and \
                sorted(os.listdir(os.path.dirname(stored))) == ["catalog.json", "catalog.json.bak"]

        cases = [
            ("404", [base + "/missing/README.md"], [], "%s/missing/README.md: HTTP 404" % base),
            ("refused", ["http://127.0.0.1:%d/README.md" % closed_port], [], "Couldn't connect to server"),
            ("truncated", [base + "/truncated/README.md"], [], "transfer closed with %d bytes remaining to read"
             % (len(NEWER) - 4000)),
            ("oversized", [base + "/newer/README.md"], ["--max-bytes", "4096"], "response is larger than 4096 bytes"),
            ("not a list", [base + "/not-a-list/README.md"], [],
             "%s/not-a-list/README.md: not a list in the Awesome-MLLM-Segmentation format" % base),
            ("too small", [base + "/small/README.md"], [], "the list has 2 papers, the catalog in use 74; refusing"),
            ("partial", [base + "/partial/README.md"], [],
             "%s/partial/README.md: part of the list cannot be imported (line %d: see mllmseg lint); refusing to "
             "update without it (--force to update anyway)" % (base, PARTIAL_LINE)),
            ("too slow", [base + "/slow/README.md"], ["--timeout", "1"], "Operation timed out after"),
            ("missing file", [os.path.join(home, "nowhere.md")], [],
             "cannot read list '%s': No such file or directory" % os.path.join(home, "nowhere.md")),
        ]
        for name, source, extra, message in cases:
            code, out, err = run("update", "--from", *source, *extra)
            failures.check(name + " status", code == 2, (code, out, err))
            failures.check(name + " message", err.startswith("mllmseg: error: ") and message in err, err)
            failures.check(name + " leaves the catalog", untouched())

        # --dry-run shows the diff and writes nothing.
        code, out, err = run("update", "--dry-run", "--from", current)
        failures.check("dry run status", code == 0, (code, err))
        failures.check("dry run output", out.startswith("added decaf: DecAF (ArXiv'2510) ") and
                       out.endswith("1 added, 1 removed, 1 changed; 74 papers before, 74 after\n"
                                    "dry run: %s not written\n" % stored), out)
        failures.check("dry run writes nothing", untouched())

        # --force accepts a list that shrank.
        code, out, err = run("update", "--force", "--from", base + "/small/README.md")
        failures.check("forced status", code == 0, (code, err))
        failures.check("forced output", out.endswith("saved 2 papers to %s (the previous catalog is %s)\n"
                                                     % (stored, backup)), out)
        failures.check("forced backup", read(backup) == saved)

        # --force accepts a list part of which cannot be imported, without that part.
        code, out, err = run("update", "--force", "--from", base + "/partial/README.md")
        failures.check("forced partial status", code == 0, (code, err))
        failures.check("forced partial output", out.endswith("72 added, 0 removed, 0 changed; 2 papers before, 74 "
                                                             "after\nsaved 74 papers to %s (the previous catalog is "
                                                             "%s)\n" % (stored, backup)), out)
        failures.check("forced partial names the part", "mllmseg: lint: %s/partial/README.md:%d: unknown-section: "
                       % (base, PARTIAL_LINE) in err, err)
        code, out, err = run("show", "odd")
        failures.check("forced partial leaves the part out", code == 2, (code, out, err))

        # MLLMSEG_CATALOG still comes first, and update says so.
        other = dict(env, MLLMSEG_CATALOG=backup)
        code, out, err = run("update", "--from", base + "/seed/README.md", environment=other)
        failures.check("env status", code == 0, (code, err))
        failures.check("env note", err.endswith("mllmseg: note: mllmseg reads %s (MLLMSEG_CATALOG) ahead of the "
                                                "user catalog\n" % backup), err)
        code, out, err = run("info", environment=other)
        failures.check("env info", out.startswith("catalog       %s (MLLMSEG_CATALOG)\n" % backup), out)

        # Without XDG_DATA_HOME the catalog goes under ~/.local/share.
        plain = dict(env)
        plain.pop("XDG_DATA_HOME")
        code, out, err = run("update", "--from", current, environment=plain)
        default_place = os.path.join(home, ".local", "share", "mllmseg", "catalog.json")
        failures.check("home status", code == 0, (code, err))
        failures.check("home place", os.path.exists(default_place) and read(default_place) == curated_from(current),
                       out)

        # A stored catalog that cannot be read does not stop update, which
        # replaces it; the broken file becomes the backup. A catalog named
        # with --catalog is still an error.
        broken = b'{"papers": [\n'
        with open(stored, "wb") as f:
            f.write(broken)
        reason = "%s:2:1: syntax error while parsing value - unexpected end of input; " \
            "expected '[', '{', or a literal" % stored
        code, out, err = run("update", "--dry-run", "--from", current)
        failures.check("broken dry run status", code == 0, (code, err))
        failures.check("broken dry run writes nothing", read(stored) == broken)
        code, out, err = run("update", "--from", current)
        failures.check("broken status", code == 0, (code, err))
        failures.check("broken warning", err.startswith("mllmseg: warning: cannot use the user catalog (%s); "
                                                        "using the built-in catalog instead\n" % reason), err)
        failures.check("broken output", out == "no differences (74 papers)\nsaved 74 papers to %s (the previous "
                       "catalog is %s)\n" % (stored, backup), out)
        failures.check("broken replaced", read(stored) == curated_from(current))
        failures.check("broken kept", read(backup) == broken)
        with open(stored, "wb") as f:
            f.write(broken)
        code, out, err = run("--catalog", stored, "update", "--from", current)
        failures.check("named broken status", code == 2 and err == "mllmseg: error: %s\n" % reason, (code, err))
        failures.check("named broken untouched", read(stored) == broken)

        # The README's example: from the seed list of March 2025 to a later
        # version of it (lists/newer.md), in a data directory of its own.
        seeded = dict(env, XDG_DATA_HOME=os.path.join(home, "seeded"))
        seeded_catalog = os.path.join(home, "seeded", "mllmseg", "catalog.json")
        # The seed lacks 35 papers of the built-in catalog and adds none: an
        # older list, refused unless --force.
        code, out, err = run("update", "--from", base + "/seed/README.md", environment=seeded)
        failures.check("older seed refused", code == 2 and err == (
            "mllmseg: error: %s/seed/README.md: the list lacks 35 of the catalog's papers (Seg-Zero, POPEN, MMSA, "
            "32 more) and has none the catalog lacks: it looks older than the catalog (updated 2026-01-21); "
            "refusing to drop them (--force to update anyway)\n" % base), (code, err))
        failures.check("older seed writes nothing", not os.path.exists(seeded_catalog))
        code, out, err = run("update", "--force", "--from", base + "/seed/README.md", environment=seeded)
        failures.check("seed status", code == 0, (code, err))
        failures.check("seed output", out.endswith("0 added, 35 removed, 5 changed; 74 papers before, 39 after\n"
                                                   "saved 39 papers to %s\n" % seeded_catalog), out)
        failures.check("seed lint on stderr", "mllmseg: lint: %s/seed/README.md:65: section-conflict: HiMTok has "
                       "code https://github.com/yayafengzi/LMMHiMTok" % base in err, err)
        failures.check("seed carries curated data", "mllmseg: note: kept the curated data of 39 matching papers "
                       "(39 author lists, 3 fixes)\n" in err, err)
        code, out, err = run("update", "--from", base + "/newer/README.md", environment=seeded)
        failures.check("newer status", code == 0, (code, err))
        failures.check("newer diff", out == (
            "added newseg: NewSeg (ArXiv'2504) \"NewSeg: Segmenting Everything New\"\n"
            "removed geopix: GeoPix (ArXiv'2501) \"GeoPix: Multi-Modal Large Language Model for Pixel-level Image "
            "Understanding in Remote Sensing\"\n"
            "changed hyperseg: HyperSeg\n"
            "  venue: \"ArXiv'2411\" -> \"CVPR'25\"\n"
            "  year: 2024 -> 2025\n"
            "  month: 11 -> null\n"
            "1 added, 1 removed, 1 changed; 39 papers before, 39 after\n"
            "saved 39 papers to %s (the previous catalog is %s.bak)\n" % (seeded_catalog, seeded_catalog)), out)
        code, out, err = run("list", "--author", "Jiaya Jia", environment=seeded)
        failures.check("seed authors kept", code == 0 and out.startswith("lisa\t"), (code, out, err))

    server.shutdown()
    print("update: %d failed" % failures.count)
    return 1 if failures.count else 0


if __name__ == "__main__":
    sys.exit(main())
