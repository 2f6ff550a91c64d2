#!/usr/bin/env python3
"""--jq answers as jq does: each `mllmseg ... --json ... | jq [-r|-c] PROGRAM`
example of the README is run twice, piped to the real jq and with
--jq PROGRAM in place of a bare --json, and the two must agree:
byte for byte with -r or -c (--jq prints strings raw and, in a pipe, other
values compact), as the same JSON values otherwise (jq indents them)."""
import json
import os
import re
import shlex
import subprocess
import sys

from consumer import HERE, check, main, need

README = os.path.join(HERE, "..", "..", "README.md")
EXAMPLE = re.compile(r"^\$ (mllmseg .*--json.*?) \| jq (.*)$")


def examples():
    """(mllmseg command, jq options, jq program) of each README example."""
    found = []
    with open(README, encoding="utf-8") as f:
        for line in f:
            match = EXAMPLE.match(line.rstrip("\n"))
            if match:
                words = shlex.split(match.group(2))
                found.append((match.group(1), words[:-1], words[-1]))
    return found


def shell(command, binary_dir):
    env = dict(os.environ, PATH=binary_dir + os.pathsep + os.environ.get("PATH", ""), LANG="C.UTF-8")
    env.pop("MLLMSEG_CATALOG", None)
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, env=env, timeout=60)
    check(done.returncode == 0 and not done.stderr,
          "%s: status %d, stderr %s" % (command, done.returncode, done.stderr.decode()))
    return done.stdout.decode("utf-8")


def values(text):
    decoder, at, out = json.JSONDecoder(), 0, []
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        value, at = decoder.raw_decode(text, at)
        out.append(value)
    return out


def run(binary):
    jq = need("jq", "jq")
    binary_dir = os.path.dirname(os.path.abspath(binary))
    found = examples()
    check(len(found) >= 4, "only %d jq examples found in the README" % len(found))
    for command, options, program in found:
        check(set(options) <= {"-r", "-c"}, "%s: jq options %s not compared" % (command, options))
        piped = shell("%s | %s %s %s" % (command, jq, " ".join(options), shlex.quote(program)), binary_dir)
        # --jq in --json's place: bare --json may stand anywhere in the command.
        with_jq = re.sub(r"--json(?=\s|$)", "--jq " + shlex.quote(program), command, count=1)
        filtered = shell(with_jq, binary_dir)
        if options:
            check(filtered == piped, "%s: --jq printed %r, jq %r" % (with_jq, filtered, piped))
        else:
            check(values(filtered) == values(piped), "%s: --jq printed %r, jq %r" % (with_jq, filtered, piped))
        check(filtered.strip() != "", "%s: no output to compare" % with_jq)
        print("same answer: %s" % with_jq)


if __name__ == "__main__":
    sys.exit(main(run))
