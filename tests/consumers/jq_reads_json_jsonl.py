#!/usr/bin/env python3
"""jq reads the json and jsonl exports: the json export is one catalog
object whose papers jq lists, and the jsonl export is one paper record a
line, the same records as the json export's, in the same order."""
import json
import subprocess
import sys

from consumer import CATALOGS, check, main, mllmseg, need, papers


def jq(path, program, data, *options):
    done = subprocess.run([path, *options, program], input=data, capture_output=True, timeout=60)
    check(done.returncode == 0 and not done.stderr,
          "jq %s: status %d, stderr %s" % (program, done.returncode, done.stderr.decode()))
    return done.stdout.decode("utf-8")


def run(binary):
    path = need("jq", "jq")
    for label, catalog in CATALOGS:
        expected = papers(binary, catalog)
        keys = [p["key"] for p in expected]
        exported = mllmseg(binary, catalog, "export", "--format", "json")
        check(jq(path, ".format", exported, "-r").strip() == "mllmseg-catalog/1", "%s: json format field" % label)
        check(jq(path, ".papers[].key", exported, "-r").split() == keys, "%s: json keys differ" % label)
        lines = mllmseg(binary, catalog, "export", "--format", "jsonl")
        check(lines.count(b"\n") == len(expected), "%s: jsonl has not one line a paper" % label)
        check(jq(path, ".key", lines, "-r").split() == keys, "%s: jsonl keys differ" % label)
        records = [json.loads(l) for l in jq(path, ".", lines, "-c").splitlines()]
        check(records == expected, "%s: jsonl records differ from the json export's papers" % label)
        print("%s: jq read %d papers from json and %d from jsonl" % (label, len(keys), len(records)))


if __name__ == "__main__":
    sys.exit(main(run))
