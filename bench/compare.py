#!/usr/bin/env python3
"""End-to-end timing of the real mllmseg binary against jq and grep, and
with --sqlite against an SQLite FTS5 index of the same papers, and then
mllmseg's snapshot (cold and warm) and its JSON reader alone (--no-cache),
and with --baseline against an earlier mllmseg whose every query reads the
JSON (the first query and the reader alone, each against it).

Each comparison runs its commands in turn, alternating, RUNS times, each
round in the next of their orders (started with posix_spawn, timed from
spawn to exit), and reports the median wall time, the max RSS of one more
run under GNU time and the ratio to the reference command. Results of
mllmseg and jq are checked to be the same papers. Timings are reported,
never judged: the exit status is non-zero only when a command fails or the
results differ.

  compare.py --mllmseg build/default/app/mllmseg --generator build/default/bench/mllmseg_bench_gen \\
             [--runs 21] [--papers 1000000] [--data DIR] [--sqlite [--baseline OLD_MLLMSEG]]
  compare.py --smoke ...   (a few runs on small inputs, for CTest)
"""
import argparse
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "catalog", "papers.json")


GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def wall_time(argv, stdout_path=os.devnull):
    """Wall seconds of one run of argv, started with posix_spawn (no fork of
    the Python process, no wrapper), from spawn to the end of wait4."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, _ = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit("failed (%d): %s" % (code, " ".join(argv)))
    return wall


def peak_rss(argv):
    """Max RSS (bytes) of one run of argv.

    The max RSS of a child started from Python counts Python's own pages from
    before exec, so it is read from GNU time (Debian's `time` package), whose
    footprint before exec is a megabyte or two; without it, from wait4. It is
    measured in runs of its own, as GNU time's start-up would otherwise count
    in the wall time of commands that take a millisecond or two."""
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="mllmseg-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv
    with open(os.devnull, "wb") as out:
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # GNU time passes the command's status on
        raise SystemExit("failed (%d): %s" % (code, " ".join(argv)))
    peak = usage.ru_maxrss * 1024
    if rss_file:
        with open(rss_file) as f:
            lines = f.read().split()
        os.unlink(rss_file)
        peak = int(lines[-1]) * 1024 if lines else peak
    return peak


def compare(title, commands, runs):
    """commands: list of (label, argv); the first is the reference."""
    walls = {label: [] for label, _ in commands}
    # Each round in the next of the commands' orders, so that no command
    # always runs right after the same other one: on this machine a command
    # run right after jq took a fifth longer than after grep or mllmseg
    # (mllmseg list --task video 2.79 against 2.32 ms, grep 1.82 against
    # 1.49 ms, medians of 41), and with the order fixed grep always ran
    # right after jq.
    # Up to three commands go through all their orders in turn; more (whose
    # orders in turn would differ only at the end for many rounds) are
    # shuffled, with a seed of their own.
    orders = list(itertools.permutations(commands)) if len(commands) <= 3 else None
    shuffler = random.Random(len(commands))
    for round_number in range(runs):
        if orders:
            order = orders[round_number % len(orders)]
        else:
            order = list(commands)
            shuffler.shuffle(order)
        for label, argv in order:
            walls[label].append(wall_time(argv))
    rss = {label: peak_rss(argv) for label, argv in commands}
    reference = statistics.median(walls[commands[0][0]])
    print("\n### %s (%d alternating runs, medians)\n" % (title, runs))
    print("| command | wall ms | max RSS MiB | time / %s |" % commands[0][0])
    print("|---|---:|---:|---:|")
    medians = {}
    for label, _ in commands:
        m = statistics.median(walls[label])
        medians[label] = m
        print("| `%s` | %.2f | %.1f | %.2fx |" % (label, m * 1000, rss[label] / 2**20, m / reference))
    return medians, rss


def keys_of(path, key="key"):
    with open(path, encoding="utf-8") as f:
        return sorted(p[key] for p in json.load(f))


def same_papers(mllmseg_argv, jq_argv, workdir):
    a = os.path.join(workdir, "a.json")
    b = os.path.join(workdir, "b.json")
    wall_time(mllmseg_argv, a)
    wall_time(jq_argv, b)
    return keys_of(a) == keys_of(b), len(keys_of(a))


def build_fts5(catalog, db):
    """An SQLite FTS5 table of the catalog's papers (key, name, title,
    abstract), what a user with this much data would reach for; returns the
    seconds the import and index build took."""
    started = time.perf_counter()
    if os.path.exists(db):
        os.unlink(db)
    with open(catalog, encoding="utf-8") as f:
        papers = json.load(f)["papers"]
    con = sqlite3.connect(db)
    con.execute("create virtual table p using fts5(key unindexed, name, title, abstract)")
    con.executemany("insert into p values (?, ?, ?, ?)",
                    ((q["key"], q["name"], q["title"], q.get("abstract") or "") for q in papers))
    con.commit()
    con.close()
    return time.perf_counter() - started


def compare_sqlite(mllmseg, big, workdir, runs, baseline):
    """mllmseg against SQLite FTS5 through the sqlite3 command on the same
    papers: the prefix query sam2* over name, title and abstract."""
    sqlite = shutil.which("sqlite3")
    if sqlite is None:
        print("\nsqlite3 is not installed; no SQLite comparison")
        return
    db = os.path.join(workdir, "papers.db")
    build = build_fts5(big, db)
    print("\nSQLite FTS5 import and index build: %.1f s" % build)
    query = "select key from p where p match 'sam2*' order by key;"
    fts = [sqlite, db, query]
    search = [mllmseg, "--catalog", big, "search", "sam2", "--format", "{key}"]
    a = os.path.join(workdir, "fts.txt")
    b = os.path.join(workdir, "mllmseg.txt")
    wall_time(fts, a)
    wall_time(search, b)
    with open(a) as f:
        fts_keys = sorted(f.read().split())
    with open(b) as f:
        our_keys = sorted(f.read().split())
    print("same papers from mllmseg and SQLite FTS5: %s (%d and %d)" % (
        "yes" if fts_keys == our_keys else "NO", len(our_keys), len(fts_keys)))
    compare("SQLite FTS5 against mllmseg, search sam2",
            [("sqlite3 fts5 sam2*", fts), ("mllmseg search sam2", search)], runs)
    compare_snapshot(mllmseg, big, workdir, runs, fts, build, baseline)


def compare_snapshot(mllmseg, big, workdir, runs, fts, fts_build, baseline):
    """The same queries with the catalog's snapshot (written by the first
    query, in a cache of the run's own), against the same SQLite query; the
    first query with no snapshot yet, against SQLite's build and the
    baseline's query; and the JSON reader alone (--no-cache), against the
    baseline."""
    clear = [mllmseg, "cache", "clear"]
    cold_search = [mllmseg, "--catalog", big, "search", "sam2", "--json"]
    old_search = [baseline, "--catalog", big, "search", "sam2", "--json"] if baseline else None
    colds, olds = [], []
    for _ in range(runs):
        wall_time(clear)
        colds.append(wall_time(cold_search))
        if old_search:
            olds.append(wall_time(old_search))
    wall_time(clear)
    cold_rss = peak_rss(cold_search)
    cold = statistics.median(colds)
    print("\nfirst query, snapshot written (`%s`, cache cleared before each of %d runs): median %.2f s, "
          "max RSS %.0f MiB; %.3fx SQLite's import and index build" % (
              " ".join(cold_search[1:]), runs, cold, cold_rss / 2**20, cold / fts_build))
    if old_search:
        old = statistics.median(olds)
        print("baseline's query (`%s`), alternating with it: median %.2f s; first query / baseline: %.2fx" % (
            " ".join([os.path.basename(baseline)] + old_search[1:]), old, cold / old))
        _, rss = compare("the JSON reader alone against the baseline, search sam2 --json",
                         [("baseline search sam2 --json", old_search),
                          ("--no-cache search sam2 --json", [mllmseg, "--no-cache"] + old_search[1:])], runs)
        size = os.path.getsize(big)
        print("\nmax RSS / file size: --no-cache %.2fx, baseline %.2fx" % (
            rss["--no-cache search sam2 --json"] / size, rss["baseline search sam2 --json"] / size))
    commands = [
        ("sqlite3 fts5 sam2*", fts),
        ("search sam2 --json, snapshot", [mllmseg, "--catalog", big, "search", "sam2", "--json"]),
        ("search sam2 --format {key}, snapshot", [mllmseg, "--catalog", big, "search", "sam2", "--format", "{key}"]),
        ("list --venue CVPR --year 2024 --task video, snapshot",
         [mllmseg, "--catalog", big, "list", "--venue", "CVPR", "--year", "2024", "--task", "video"]),
        ("info, snapshot", [mllmseg, "--catalog", big, "info"]),
        ("list --limit 1, snapshot", [mllmseg, "--catalog", big, "list", "--limit", "1"]),
        ("--no-cache search sam2 --json", [mllmseg, "--no-cache", "--catalog", big, "search", "sam2", "--json"]),
        ("--no-cache info", [mllmseg, "--no-cache", "--catalog", big, "info"]),
        ("--no-cache list --limit 1", [mllmseg, "--no-cache", "--catalog", big, "list", "--limit", "1"]),
    ]
    compare("mllmseg with a warm snapshot and without one, against SQLite FTS5", commands, runs)
    print("\ncatalog file: %.0f MiB; snapshot: %.0f MiB" % (
        os.path.getsize(big) / 2**20,
        sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(os.environ["XDG_CACHE_HOME"])
            for f in files) / 2**20))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mllmseg", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--papers", type=int, default=1000000)
    parser.add_argument("--big-runs", type=int, default=3)
    parser.add_argument("--data", default=None, help="where to keep the generated catalog")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--sqlite", action="store_true",
                        help="also build an SQLite FTS5 index of the synthetic catalog and compare with it")
    parser.add_argument("--baseline", default=None,
                        help="an earlier mllmseg, without snapshots, to time the first query and --no-cache against")
    parser.add_argument("--skip-big-jq", action="store_true",
                        help="leave out jq on the synthetic catalog (20 s a run at 1,000,000 papers)")
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.papers, args.big_runs = 2, 300, 1
    mllmseg = os.path.abspath(args.mllmseg)
    # Snapshots go to a cache of the run's own, never the user's.
    cache = tempfile.mkdtemp(prefix="mllmseg-bench-cache-")
    os.environ["XDG_CACHE_HOME"] = cache
    jq = shutil.which("jq")
    grep = shutil.which("grep")
    if jq is None:
        print("jq is not installed; nothing to compare with")
        return 77
    env_note = "catalog: embedded (%d bytes in catalog/papers.json)" % os.path.getsize(CATALOG)
    print(env_note)

    embedded_video = [
        ("grep -c video catalog/papers.json", [grep, "-c", "video", CATALOG]),
        ("mllmseg list --task video", [mllmseg, "list", "--task", "video"]),
        ("jq video filter", [jq, '[.papers[] | select(.tasks | index("video"))]', CATALOG]),
    ]
    compare("Embedded catalog: papers of one task", embedded_video, args.runs)
    embedded_search = [
        ("grep -c video catalog/papers.json", [grep, "-c", "video", CATALOG]),
        ("mllmseg search sam2", [mllmseg, "search", "sam2"]),
        ("jq sam2 filter", [jq, '[.papers[] | select((.name + " " + .title) | test("sam2"; "i"))]', CATALOG]),
    ]
    compare("Embedded catalog: search", embedded_search, args.runs)

    workdir = args.data or tempfile.mkdtemp(prefix="mllmseg-bench-")
    os.makedirs(workdir, exist_ok=True)
    big = os.path.join(workdir, "synthetic-%d.json" % args.papers)
    if not os.path.exists(big):
        with open(big + ".tmp", "wb") as out:
            subprocess.run([args.generator, str(args.papers), "2024"], stdout=out, check=True)
        os.replace(big + ".tmp", big)
    size = os.path.getsize(big)
    print("\nsynthetic catalog: %d papers, %.1f MiB" % (args.papers, size / 2**20))
    # The JSON reader, as every query paid before snapshots; compare_snapshot
    # times the snapshot.
    mllmseg_search = [mllmseg, "--no-cache", "--catalog", big, "search", "sam2", "--json"]
    jq_search = [jq, '[.papers[] | select((.name + " " + .title) | test("sam2"; "i"))]', big]
    same = True
    if not args.skip_big_jq:
        same, count = same_papers(mllmseg_search, jq_search, workdir)
        print("same papers from mllmseg and jq: %s (%d)" % ("yes" if same else "NO", count))
        medians, rss = compare("%d-paper catalog: search sam2 --json" % args.papers,
                               [("jq sam2 filter", jq_search), ("mllmseg search sam2 --json", mllmseg_search)],
                               args.big_runs)
        print("\nmllmseg max RSS / file size: %.2fx; jq: %.2fx" % (
            rss["mllmseg search sam2 --json"] / size, rss["jq sam2 filter"] / size))
    if args.sqlite:
        compare_sqlite(mllmseg, big, workdir, args.big_runs,
                       os.path.abspath(args.baseline) if args.baseline else None)
    if args.data is None:
        shutil.rmtree(workdir)
    shutil.rmtree(cache)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
