#!/usr/bin/env python3
"""Checks docs/mllmseg.1 against the binary's option definitions.

    check_manpage.py BINARY PAGE            the page is what `BINARY manpage` prints
    check_manpage.py --render BINARY PAGE   it renders with no groff warning (77: no groff)
    check_manpage.py --update BINARY PAGE   rewrites PAGE
"""
import difflib
import shutil
import subprocess
import sys


def main():
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    binary, page = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--render" in flags:
        if shutil.which("groff") is None:
            print("groff is not installed: skipped")
            return 77
        done = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", page], capture_output=True, text=True)
        if done.returncode != 0 or done.stderr:
            print("groff complains about %s:\n%s" % (page, done.stderr))
            return 1
        text = subprocess.run(["groff", "-man", "-Tutf8", "-P-cbou", page], capture_output=True, text=True).stdout
        missing = [s for s in ("EXIT STATUS", "ENVIRONMENT", "EXAMPLES") if s not in text]
        if missing:
            print("%s renders without %s" % (page, ", ".join(missing)))
            return 1
        print("%s renders cleanly" % page)
        return 0
    generated = subprocess.run([binary, "manpage"], capture_output=True, text=True, check=True,
                               env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}).stdout
    if "--update" in flags:
        with open(page, "w", encoding="utf-8") as f:
            f.write(generated)
        return 0
    with open(page, encoding="utf-8") as f:
        committed = f.read()
    if committed == generated:
        print("%s matches the option definitions" % page)
        return 0
    sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), generated.splitlines(True),
                                               page, "mllmseg manpage"))
    print("\n%s is out of date: run tests/docs/check_manpage.py --update %s %s" % (page, binary, page))
    return 1


if __name__ == "__main__":
    sys.exit(main())
