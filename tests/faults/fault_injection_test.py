#!/usr/bin/env python3
"""Every subcommand, with its standard output and error closed, full
(/dev/full) or a pipe nobody reads, ends with its proper status, never with
a signal (status 134 was std::terminate after a failed write to stderr).

    fault_injection_test.py MLLMSEG FIXTURES_DIR

For each subcommand the table below gives one run that succeeds and one
that fails (an unknown flag). The expected status under a fault follows
from the run without one:
  - standard output closed or full, when the command writes to it: 2, the
    output was lost (and the error, if standard error still works, says so);
  - standard output a pipe whose reader has gone: the command's own status,
    as for `mllmseg list | head -1`;
  - standard error closed, full or unread: the command's own status; notes
    and error messages are lost, never the status;
  - a run that fails: 2 whatever the fault.
The table must name every subcommand that `mllmseg --help` lists.
"""
import os
import re
import subprocess
import sys
import tempfile

MLLMSEG = os.path.abspath(sys.argv[1])
FIXTURES = os.path.abspath(sys.argv[2])
SEED = os.path.join(FIXTURES, "Awesome-MLLM-Segmentation.md")
CURRENT = os.path.join(FIXTURES, "Awesome-MLLM-Segmentation-2026-01-21.md")

# One succeeding run a subcommand; {tmp} is a fresh directory for the run.
RUNS = {
    "list": ["list", "--task", "video"],
    "search": ["search", "sam2", "reasoning"],
    "related": ["related", "lisa"],
    "show": ["show", "lisa", "sa2va"],
    "export": ["export", "-f", "bibtex", "--task", "video"],
    "cite": ["cite", "{tmp}/paper.tex"],
    "info": ["info"],
    "enrich": ["enrich", "--dry-run"],
    "stats": ["stats"],
    "open": ["open", "--print", "lisa"],
    # fzf needs a terminal, which these runs may not have: the run that
    # matches no paper ends before fzf, with its note on standard error.
    "pick": ["pick", "--venue", "CVPR'12"],
    "completions": ["completions", "bash"],
    "manpage": ["manpage"],
    "import": ["import", SEED],
    "lint": ["lint", CURRENT],
    "diff": ["diff", SEED, CURRENT],
    "update": ["update", "--from", SEED],
    "cache": ["cache"],
}
# Runs that write a file rather than standard output.
FILE_RUNS = {
    "export -o": ["export", "-f", "bibtex", "lisa", "-o", "{tmp}/refs.bib"],
    "import -o": ["import", SEED, "-o", "{tmp}/seed.json"],
}

FAULTS = ["closed", "full", "unread"]


def subcommands():
    out = subprocess.run([MLLMSEG, "--help"], capture_output=True, text=True, check=True).stdout
    names = []
    in_list = False
    for line in out.splitlines():
        if line.startswith("Subcommands:"):
            in_list = True
            continue
        if in_list:
            match = re.match(r"  (\S+)", line)
            if not match:
                break
            names.append(match.group(1))
    return names


def stream(fault, fd, keep):
    """What to give the child for fd under fault, and a preexec step."""
    if fault == "closed":
        return subprocess.DEVNULL, fd  # closed in the child, below
    if fault == "full":
        f = open("/dev/full", "wb")
        keep.append(f)
        return f, None
    read_end, write_end = os.pipe()
    os.close(read_end)
    keep.append(write_end)
    return write_end, None


def run(args, tmp, stdout_fault=None, stderr_fault=None):
    env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"), BROWSER="true", NO_COLOR="1")
    env.pop("MLLMSEG_CATALOG", None)
    keep = []
    to_close = []
    stdout, stderr = subprocess.PIPE, subprocess.PIPE
    if stdout_fault:
        stdout, close = stream(stdout_fault, 1, keep)
        to_close += [close] if close is not None else []
    if stderr_fault:
        stderr, close = stream(stderr_fault, 2, keep)
        to_close += [close] if close is not None else []

    def preexec():
        for fd in to_close:
            os.close(fd)

    args = [a.replace("{tmp}", tmp) for a in args]
    try:
        done = subprocess.run([MLLMSEG] + args, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                              env=env, cwd=tmp, preexec_fn=preexec, timeout=60)
    finally:
        for k in keep:
            k.close() if hasattr(k, "close") else os.close(k)
    return done.returncode, done.stdout if stdout == subprocess.PIPE else None


def fresh_dir(root, counter=[0]):
    counter[0] += 1
    path = os.path.join(root, "run%d" % counter[0])
    os.mkdir(path)
    with open(os.path.join(path, "paper.tex"), "w") as f:
        f.write("As \\cite{lisa} and \\citep{sa2va} show.\n")
    return path


def main():
    failures = []
    with tempfile.TemporaryDirectory() as root:
        missing = [name for name in subcommands() if name not in RUNS]
        if missing:
            failures.append("no run in the table for: " + ", ".join(missing))
        cases = [(name, args) for name, args in RUNS.items()]
        cases += list(FILE_RUNS.items())
        cases += [(name + " (error)", [RUNS[name][0], "--no-such-flag"]) for name in RUNS]
        count = 0
        for name, args in cases:
            status, out = run(args, fresh_dir(root))
            writes_stdout = bool(out)
            for target in ("stdout", "stderr", "both"):
                for fault in FAULTS:
                    got, _ = run(args, fresh_dir(root),
                                 stdout_fault=fault if target in ("stdout", "both") else None,
                                 stderr_fault=fault if target in ("stderr", "both") else None)
                    count += 1
                    expected = status
                    if status != 2 and target != "stderr" and writes_stdout and fault != "unread":
                        expected = 2
                    if got != expected:
                        failures.append("%s: %s %s: status %d, expected %d (%d without a fault)"
                                        % (name, target, fault, got, expected, status))
    for failure in failures:
        print("FAIL", failure)
    print("%d runs under faults, %d failures" % (count, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
