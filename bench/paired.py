#!/usr/bin/env python3
"""Paired timing of two or more builds of mllmseg on one command.

Runs each binary on the same arguments in turn, round after round (every
other round in reverse order), and reports for each its median wall and CPU
time and, against the first, the median of the per-round ratios. On a
machine whose speed drifts from minute to minute (a shared virtual
machine), a ratio taken within one round is far steadier than the ratio of
two medians taken minutes apart.

    bench/paired.py --runs 11 OLD NEW -- --catalog big.json --no-cache search sam2 --json
"""

import argparse
import resource
import statistics
import subprocess
import sys
import time


def run_once(binary, args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary] + args, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    argv = sys.argv[1:]
    args = argv[argv.index("--") + 1:] if "--" in argv else []
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     usage="%(prog)s [--runs N] BINARY BINARY... -- ARGS...")
    parser.add_argument("--runs", type=int, default=11, help="rounds (default 11)")
    parser.add_argument("binaries", nargs="+", help="the builds to compare; the first is the reference")
    options = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    if len(options.binaries) < 2 or options.runs < 1:
        parser.error("give two builds or more and at least one run")
    times = [[] for _ in options.binaries]
    # Every other round runs the builds in reverse, so that no build always
    # runs right after another: in two runs of the same two builds in fixed
    # order, the one listed second came out 6 % and 3 % slower.
    for round_number in range(options.runs):
        order = list(enumerate(options.binaries))
        if round_number % 2 == 1:
            order.reverse()
        for i, binary in order:
            times[i].append(run_once(binary, args))
    for i, binary in enumerate(options.binaries):
        walls = [t[0] for t in times[i]]
        cpus = [t[1] for t in times[i]]
        line = f"{binary}: wall {statistics.median(walls):.3f} s, cpu {statistics.median(cpus):.3f} s"
        if i > 0:
            wall_ratio = statistics.median(t[0] / r[0] for t, r in zip(times[i], times[0]))
            cpu_ratio = statistics.median(t[1] / max(r[1], 1e-9) for t, r in zip(times[i], times[0]))
            line += f"; paired ratio wall {wall_ratio:.3f}x, cpu {cpu_ratio:.3f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
