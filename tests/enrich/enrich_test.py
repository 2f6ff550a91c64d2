#!/usr/bin/env python3
"""mllmseg enrich against a real HTTP server on 127.0.0.1.

The server, started here on a free port, answers like the arXiv API under
paths that choose its behaviour: a normal batch, an id arXiv does not know,
HTTP 503 with Retry-After (once, or always), malformed XML, a body that is not
a feed, a server too slow for --timeout, and a refused connection. After every
failure the user catalog must be byte-for-byte what it was.

catalog.json has a paper that lacks every field (LISA), one with curated
authors and nothing else (GLaMM, whose authors arXiv lists longer), one with
every field (PixelLM, never asked about), one with a curated date and
abstract but no authors (HyperSeg, whose abstract arXiv gives differently),
and one without an arXiv id. enrich fills what each lacks and keeps, byte for
byte, what each has.
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
RESPONSES = os.path.join(HERE, "responses")


def response(name):
    with open(os.path.join(RESPONSES, name), "rb") as f:
        return f.read()


class Api(http.server.BaseHTTPRequestHandler):
    hits = {}
    queries = []

    def log_message(self, *args):
        pass

    def send(self, status, body, headers=()):
        try:
            self.send_all(status, body, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (the time-out case)

    def send_all(self, status, body, headers):
        self.send_response(status)
        self.send_header("Content-Type", "application/atom+xml")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        mode = self.path.split("/")[1]
        Api.queries.append(self.path)
        Api.hits[mode] = Api.hits.get(mode, 0) + 1
        if mode == "ok":
            self.send(200, response("batch.xml"))
        elif mode == "unknown":
            self.send(200, response("unknown.xml"))
        elif mode == "busy-once":
            if Api.hits[mode] == 1:
                self.send(503, b"busy", [("Retry-After", "1")])
            else:
                self.send(200, response("batch.xml"))
        elif mode == "busy":
            self.send(503, b"busy", [("Retry-After", "1")])
        elif mode == "malformed":
            self.send(200, response("malformed.xml"))
        elif mode == "not-a-feed":
            self.send(200, b"<html><body>Not here</body></html>")
        elif mode == "slow":
            time.sleep(3)
            self.send(200, response("batch.xml"))
        else:
            self.send(404, b"no such thing")


class Failures:
    def __init__(self):
        self.count = 0

    def check(self, what, condition, detail=""):
        if not condition:
            self.count += 1
            print("FAIL %s %s" % (what, detail))


def main():
    binary = os.path.abspath(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]

    failures = Failures()
    with tempfile.TemporaryDirectory(prefix="mllmseg-enrich-") as home:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"))
        env.pop("MLLMSEG_CATALOG", None)
        user_catalog = os.path.join(home, "data", "mllmseg", "catalog.json")
        fixture = os.path.join(HERE, "catalog.json")

        def run(*args):
            done = subprocess.run([binary] + list(args), env=env, capture_output=True, text=True, timeout=60)
            return done.returncode, done.stdout, done.stderr

        with open(fixture, encoding="utf-8") as f:
            curated = {p["key"]: p for p in json.load(f)["papers"]}

        # --dry-run counts, per field, what the papers it would ask about
        # lack; it asks nothing and writes nothing.
        code, out, err = run("--catalog", fixture, "enrich", "--dry-run", "--api", base + "/ok/query")
        failures.check("dry run status", code == 0, (code, err))
        failures.check("dry run output", out == "would ask arXiv about 3 papers: "
                       "abstract 2, submitted 2, doi 3, authors 2\n", repr(out))
        failures.check("dry run asks nothing", Api.queries == [], Api.queries)
        failures.check("dry run writes nothing", not os.path.exists(user_catalog))

        # A normal batch fills what each paper lacks, whether or not it has
        # authors, and nothing it has.
        code, out, err = run("--catalog", fixture, "enrich", "--api", base + "/ok/query")
        failures.check("batch status", code == 0, (code, err))
        failures.check("batch output", out == "filled lisa: abstract, submitted, doi, authors\n"
                       "filled glamm: abstract, submitted\n"
                       "filled hyperseg: authors\n"
                       "filled 3 of 3 papers asked about: abstract 2, submitted 2, doi 1, authors 2\n"
                       "wrote 5 papers to %s\n" % user_catalog, repr(out))
        failures.check("batch notes", err == "", repr(err))
        failures.check("one request for the three papers that lack a field",
                       Api.queries == ["/ok/query?id_list=2308.00692,2311.03356,2411.17606&max_results=3"],
                       Api.queries)
        with open(user_catalog, encoding="utf-8") as f:
            papers = {p["key"]: p for p in json.load(f)["papers"]}
        failures.check("authors filled", papers["lisa"]["authors"] == ["Xin Lai", "Zhuotao Tian", "Jiaya Jia"],
                       papers["lisa"].get("authors"))
        failures.check("first submission date", papers["lisa"].get("submitted") == "2023-08-01", papers["lisa"])
        failures.check("abstract unwrapped", papers["lisa"].get("abstract") ==
                       "A test abstract, wrapped over lines as the API wraps them, with runs of spaces.",
                       papers["lisa"].get("abstract"))
        failures.check("doi", papers["lisa"].get("doi") == "10.1109/CVPR52733.2024.00915", papers["lisa"])
        failures.check("source recorded", papers["lisa"]["authors_source"]["urls"] == [base + "/ok/query"] and
                       papers["lisa"]["authors_source"]["confirmed"] is False, papers["lisa"].get("authors_source"))
        # GLaMM: curated (short) authors, no abstract. arXiv's ten authors
        # do not replace the catalog's two; the abstract and date are filled.
        failures.check("curated authors kept byte for byte",
                       json.dumps(papers["glamm"]["authors"]) == json.dumps(curated["glamm"]["authors"]),
                       papers["glamm"]["authors"])
        failures.check("curated authors keep no new source", "authors_source" not in papers["glamm"],
                       papers["glamm"])
        failures.check("abstract filled beside curated authors",
                       papers["glamm"].get("abstract") == "A third test abstract.", papers["glamm"])
        failures.check("date filled beside curated authors", papers["glamm"].get("submitted") == "2023-11-06",
                       papers["glamm"])
        failures.check("no doi from arXiv, none written", papers["glamm"].get("doi") is None, papers["glamm"])
        # HyperSeg: arXiv's abstract differs from the curated one.
        failures.check("curated abstract kept", papers["hyperseg"]["abstract"] == curated["hyperseg"]["abstract"],
                       papers["hyperseg"])
        failures.check("curated date kept", papers["hyperseg"]["submitted"] == "2024-11-26", papers["hyperseg"])
        failures.check("authors filled beside a curated abstract",
                       papers["hyperseg"].get("authors") == ["Cong Wei", "\u00c1d\u00e1m M\u00fcller"],
                       papers["hyperseg"])
        fields = ("authors", "submitted", "abstract", "doi", "authors_source")
        failures.check("paper with every field untouched", all(papers["pixellm"].get(k) == curated["pixellm"].get(k)
                                                               for k in fields), papers["pixellm"])
        failures.check("paper without arXiv id untouched", "authors" not in papers["llmformer"])

        # From now on the user catalog is the one in use.
        code, out, err = run("list", "--author", "muller")
        failures.check("user catalog in use", (code, out.split("\t")[0]) == (0, "hyperseg"), (code, out, err))
        failures.check("papers --author cannot look at are counted", err == "mllmseg: note: 1 paper has no "
                       "authors and was not looked at; mllmseg enrich fills them in\n", repr(err))
        code, out, err = run("info")
        failures.check("info names the user catalog", out.startswith("catalog       %s (user catalog)\n" % user_catalog),
                       out)

        # A second run asks again about the papers arXiv gave no DOI for,
        # fills nothing, writes nothing, and says so with status 1.
        with open(user_catalog, "rb") as f:
            enriched = f.read()
        code, out, err = run("enrich", "--api", base + "/ok/query")
        failures.check("second run status", code == 1, (code, out, err))
        failures.check("second run output", out == "filled 0 of 2 papers asked about: "
                       "abstract 0, submitted 0, doi 0, authors 0\n", repr(out))
        failures.check("second run asks about the papers still without a DOI",
                       Api.queries[-1] == "/ok/query?id_list=2311.03356,2411.17606&max_results=2", Api.queries)
        with open(user_catalog, "rb") as f:
            failures.check("second run writes nothing", f.read() == enriched)

        # Nothing left to fill: no request, status 0.
        complete = os.path.join(home, "complete.json")
        with open(complete, "w", encoding="utf-8") as f:
            json.dump({"format": "mllmseg-catalog/1",
                       "papers": [curated["pixellm"], curated["llmformer"]]}, f)
        before = len(Api.queries)
        code, out, err = run("--catalog", complete, "enrich", "--api", base + "/ok/query")
        failures.check("nothing to fill", (code, len(Api.queries)) == (0, before), (code, out, err))
        failures.check("nothing to fill output", out == "every paper with an arXiv id in %s has an abstract, a "
                       "first submission date, a DOI and authors; nothing to fill\n" % complete, repr(out))
        code, out, err = run("--catalog", complete, "enrich", "--dry-run")
        failures.check("nothing to fill, dry run", (code, len(Api.queries)) == (0, before), (code, out, err))

        # Batches of --batch ids, each a request of its own.
        with open(user_catalog, "wb") as f:
            f.write(enriched)
        before = len(Api.queries)
        code, out, err = run("--catalog", fixture, "enrich", "--batch", "2", "--api", base + "/ok/query")
        failures.check("batches", Api.queries[before:] == ["/ok/query?id_list=2308.00692,2311.03356&max_results=2",
                                                          "/ok/query?id_list=2411.17606&max_results=1"],
                       Api.queries[before:])

        # Failures leave the user catalog byte for byte as it was.
        with open(user_catalog, "w", encoding="utf-8") as f:
            json.dump(json.load(open(fixture)), f)
        with open(user_catalog, "rb") as f:
            saved = f.read()

        def unchanged():
            with open(user_catalog, "rb") as f:
                return f.read() == saved

        cases = [
            ("busy", [], "HTTP 503"),
            ("malformed", [], "malformed XML from the arXiv API at byte"),
            ("not-a-feed", [], "the arXiv API's answer is not an Atom feed"),
            ("slow", ["--timeout", "1"], "Operation timed out after"),
            ("nowhere", [], "HTTP 404"),
        ]
        for mode, extra, message in cases:
            code, out, err = run("enrich", "--api", base + "/" + mode + "/query", *extra)
            failures.check(mode + " status", code == 2, (code, out, err))
            failures.check(mode + " message", err.startswith("mllmseg: error: %s/%s/query?id_list=" % (base, mode))
                           and message in err, err)
            failures.check(mode + " leaves the catalog", unchanged())
        failures.check("busy retried twice, 3 s apart", Api.hits.get("busy") == 3, Api.hits)

        code, out, err = run("enrich", "--api", "http://127.0.0.1:%d/query" % closed_port)
        failures.check("refused status", code == 2, (code, err))
        failures.check("refused message", "Couldn't connect to server" in err, err)
        failures.check("refused leaves the catalog", unchanged())

        # An id arXiv does not know is reported; the rest is filled.
        code, out, err = run("enrich", "--api", base + "/unknown/query")
        failures.check("unknown id status", code == 0, (code, err))
        failures.check("unknown id reported", err == "mllmseg: note: the arXiv API gave no record for "
                       "glamm (2311.03356), hyperseg (2411.17606)\n", repr(err))
        failures.check("unknown id output", out == "filled lisa: abstract, submitted, authors\n"
                       "filled 1 of 3 papers asked about: abstract 1, submitted 1, doi 0, authors 1\n"
                       "wrote 5 papers to %s\n" % user_catalog, repr(out))

        # 503 with Retry-After, then an answer: waits and succeeds.
        with open(user_catalog, "wb") as f:
            f.write(saved)
        started = time.monotonic()
        code, out, err = run("enrich", "--api", base + "/busy-once/query")
        waited = time.monotonic() - started
        failures.check("retry after 503 status", code == 0, (code, err))
        failures.check("retry waited at least 3 s", waited >= 3.0, waited)

    server.shutdown()
    print("enrich: %d failed" % failures.count)
    return 1 if failures.count else 0


if __name__ == "__main__":
    sys.exit(main())
