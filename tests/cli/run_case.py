#!/usr/bin/env python3
"""Runs one end-to-end case file against the real mllmseg binary.

A case file holds commands and what they must print, in the manner of cram:

    # comments, before the first command only
    $ mllmseg list --task video --venue "NeurIPS'24"
    vitron<TAB>VITRON<TAB>...          <- expected standard output
    ! mllmseg: error: ...              <- expected standard error
    [2]                                <- expected exit status (0 when absent)

Each command runs under bash in a fresh temporary directory, with the
binary's directory first on PATH, FIXTURES naming tests/fixtures, and a
fixed environment (no colour variables, no MLLMSEG_CATALOG, C.UTF-8).
Output is compared exactly. With --update the file is rewritten with what
the commands actually printed (review the diff before committing it).
"""
import os
import re
import subprocess
import sys
import tempfile

STATUS = re.compile(r"^\[(\d+)\]$")


def parse(path):
    cases, current = [], None
    with open(path, encoding="utf-8", newline="") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("$ "):
                current = {"command": raw[2:], "stdout": [], "stderr": [], "status": 0}
                cases.append(current)
            elif current is None:  # the header: comments before the first command
                continue
            elif STATUS.match(raw):
                current["status"] = int(STATUS.match(raw).group(1))
            elif raw.startswith("! ") or raw == "!":
                current["stderr"].append(raw[2:])
            else:
                current["stdout"].append(raw)
    for case in cases:  # the blank line that separates cases is not output
        while case["stdout"] and case["stdout"][-1] == "":
            case["stdout"].pop()
    return cases


def lines(text):
    """The lines of text; trailing blank lines are dropped, as a case file
    cannot tell them from the blank line that ends a command's block."""
    out = text.split("\n")
    while out and out[-1] == "":
        out.pop()
    return out


def run(command, binary_dir, fixtures):
    env = {
        "PATH": binary_dir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "",  # set to the case's directory below, so no user catalog leaks in
        "LANG": "C.UTF-8",
        "FIXTURES": fixtures,
        "COLUMNS": "100",
    }
    with tempfile.TemporaryDirectory(prefix="mllmseg-case-") as cwd:
        env["HOME"] = cwd
        done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"), done.returncode


def render(path, cases, results):
    header = []
    with open(path, encoding="utf-8", newline="") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("$ "):
                break
            header.append(raw)
    while header and header[-1] == "":
        header.pop()
    out = header + [""] if header else []
    for case, (stdout, stderr, status) in zip(cases, results):
        out.append("$ " + case["command"])
        out.extend(lines(stdout))
        out.extend(("! " + l) if l else "!" for l in lines(stderr))
        if status != 0:
            out.append("[%d]" % status)
        out.append("")
    return "\n".join(out)


def main():
    update = "--update" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--update"]
    binary, fixtures, path = args
    binary_dir = os.path.dirname(os.path.abspath(binary))
    cases = parse(path)
    if not cases:
        print("%s: no commands" % path)
        return 1
    results = [run(c["command"], binary_dir, os.path.abspath(fixtures)) for c in cases]
    if update:
        text = render(path, cases, results)  # reads the header before the file is truncated
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return 0
    failed = 0
    for case, (stdout, stderr, status) in zip(cases, results):
        problems = []
        if lines(stdout) != case["stdout"]:
            problems.append("stdout differs\n  expected:\n%s\n  actual:\n%s" % (
                "\n".join("    " + l for l in case["stdout"]), "\n".join("    " + l for l in lines(stdout))))
        if lines(stderr) != case["stderr"]:
            problems.append("stderr differs\n  expected:\n%s\n  actual:\n%s" % (
                "\n".join("    " + l for l in case["stderr"]), "\n".join("    " + l for l in lines(stderr))))
        if status != case["status"]:
            problems.append("exit status %d, expected %d" % (status, case["status"]))
        if problems:
            failed += 1
            print("FAIL $ %s\n%s" % (case["command"], "\n".join(problems)))
    print("%s: %d commands, %d failed" % (os.path.basename(path), len(cases), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
