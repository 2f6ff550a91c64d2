#!/usr/bin/env python3
"""mllmseg update against a real HTTP server on 127.0.0.1.

The server, started here on a free port, serves under paths that choose its
behaviour: the seed list, a later version of it, a list too small to replace
the catalog, a 404, a body cut short (Content-Length larger than what is
sent), a page that is not a list, and a server too slow for --timeout; a
closed port gives a refused connection. HOME and XDG_DATA_HOME point into a
temporary directory. After every failure the stored catalog and its backup
must be byte for byte what they were, and the status 2.
"""
import http.server
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
SMALL = read(os.path.join(FIXTURES, "lists", "small.md"))
CURATED = read(os.path.join(ROOT, "catalog", "papers.json"))


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
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"))
        env.pop("MLLMSEG_CATALOG", None)
        stored = os.path.join(home, "data", "mllmseg", "catalog.json")
        backup = stored + ".bak"

        def run(*args, environment=None):
            done = subprocess.run([binary] + list(args), env=environment or env, capture_output=True, timeout=60)
            return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")

        # Before any update: the built-in catalog, and a failure creates nothing.
        code, out, err = run("info")
        failures.check("built in at first", out.startswith("catalog       <embedded catalog> (built in)\n"
                                                          "papers        39\n"), out)
        code, out, err = run("update", "--from", base + "/missing/README.md")
        failures.check("404 status", code == 2, (code, out, err))
        failures.check("404 message", err == "mllmseg: error: %s/missing/README.md: HTTP 404\n" % base, err)
        failures.check("404 creates nothing", not os.path.exists(os.path.join(home, "data")))

        # The seed list, given the curated data of the built-in catalog, is the built-in catalog.
        code, out, err = run("update", "--from", base + "/seed/README.md")
        failures.check("seed status", code == 0, (code, err))
        failures.check("seed output", out == "no differences (39 papers)\nsaved 39 papers to %s\n" % stored, out)
        failures.check("seed lint on stderr", "mllmseg: lint: %s/seed/README.md:65: section-conflict: HiMTok has "
                       "code https://github.com/yayafengzi/LMMHiMTok" % base in err, err)
        failures.check("seed carries curated data", "mllmseg: note: kept the curated data of 39 matching papers "
                       "(38 author lists, 5 fixes)\n" in err, err)
        failures.check("seed gives the curated catalog", read(stored) == CURATED)
        failures.check("no backup of nothing", not os.path.exists(backup))

        # From now on that catalog is in use.
        code, out, err = run("info")
        failures.check("info names the user catalog",
                       out.startswith("catalog       %s (user catalog)\npapers        39\n" % stored), out)

        # A later list: the diff, the new catalog, the old one kept.
        code, out, err = run("update", "--from", base + "/newer/README.md")
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
            "saved 39 papers to %s (the previous catalog is %s)\n" % (stored, backup)), out)
        failures.check("newer says which fix it dropped", "mllmseg: warning: dropped the curated fix of code in "
                       "entry 2006 of himtok: the list itself now says \"https://github.com/yayafengzi/LMM-HiMTok\"\n"
                       in err, err)
        failures.check("backup is the previous catalog", read(backup) == CURATED)
        code, out, err = run("show", "newseg")
        failures.check("new paper in use", code == 0 and out.startswith("NewSeg\n"), (code, out, err))
        code, out, err = run("list", "--author", "Jiaya Jia")
        failures.check("authors kept", code == 0 and out.startswith("lisa\t"), (code, out, err))
        code, out, err = run("info")
        failures.check("info after update", "catalog       %s (user catalog)\npapers        39\n" % stored in out, out)

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
            ("too small", [base + "/small/README.md"], [], "the list has 2 papers, the catalog in use 39; refusing"),
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
        code, out, err = run("update", "--dry-run", "--from", base + "/seed/README.md")
        failures.check("dry run status", code == 0, (code, err))
        failures.check("dry run output", out.endswith("1 added, 1 removed, 1 changed; 39 papers before, 39 after\n"
                                                      "dry run: %s not written\n" % stored), out)
        failures.check("dry run writes nothing", untouched())

        # --force accepts a list that shrank.
        code, out, err = run("update", "--force", "--from", base + "/small/README.md")
        failures.check("forced status", code == 0, (code, err))
        failures.check("forced output", out.endswith("saved 2 papers to %s (the previous catalog is %s)\n"
                                                     % (stored, backup)), out)
        failures.check("forced backup", read(backup) == saved)

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
        code, out, err = run("update", "--from", base + "/seed/README.md", environment=plain)
        default_place = os.path.join(home, ".local", "share", "mllmseg", "catalog.json")
        failures.check("home status", code == 0, (code, err))
        failures.check("home place", os.path.exists(default_place) and read(default_place) == CURATED, out)

        # A stored catalog that cannot be read does not stop update, which
        # replaces it; the broken file becomes the backup. A catalog named
        # with --catalog is still an error.
        broken = b'{"papers": [\n'
        with open(stored, "wb") as f:
            f.write(broken)
        reason = "%s:2:1: syntax error while parsing value - unexpected end of input; " \
            "expected '[', '{', or a literal" % stored
        code, out, err = run("update", "--dry-run", "--from", base + "/seed/README.md")
        failures.check("broken dry run status", code == 0, (code, err))
        failures.check("broken dry run writes nothing", read(stored) == broken)
        code, out, err = run("update", "--from", base + "/seed/README.md")
        failures.check("broken status", code == 0, (code, err))
        failures.check("broken warning", err.startswith("mllmseg: warning: cannot use the user catalog (%s); "
                                                        "using the built-in catalog instead\n" % reason), err)
        failures.check("broken output", out == "no differences (39 papers)\nsaved 39 papers to %s (the previous "
                       "catalog is %s)\n" % (stored, backup), out)
        failures.check("broken replaced", read(stored) == CURATED)
        failures.check("broken kept", read(backup) == broken)
        with open(stored, "wb") as f:
            f.write(broken)
        code, out, err = run("--catalog", stored, "update", "--from", base + "/seed/README.md")
        failures.check("named broken status", code == 2 and err == "mllmseg: error: %s\n" % reason, (code, err))
        failures.check("named broken untouched", read(stored) == broken)

    server.shutdown()
    print("update: %d failed" % failures.count)
    return 1 if failures.count else 0


if __name__ == "__main__":
    sys.exit(main())
