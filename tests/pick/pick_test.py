#!/usr/bin/env python3
"""Runs `mllmseg pick` in a real fzf on a real terminal, tmux's, and drives
it as a person would: types a query, selects with Tab, accepts with Enter or
leaves with Escape, presses the bindings, and reads the screen back.

    pick_test.py BINARY

Each case starts a detached tmux session on a server of its own (-L, killed
whatever happens) whose one window runs `mllmseg pick ... > out` and then
writes the exit status to a file. The screen is polled until it shows what
is awaited, or a timeout fails the case with the screen as it was. The
catalog is five papers of the embedded one, exported to a file, so that the
preview and the bindings must find it through --catalog.

Exits 77 (CTest's skip) when tmux or fzf is not installed.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 10.0  # seconds for the screen to show what is awaited
KEYS = ["lisa", "sa2va", "glamm", "visa", "lavaseg"]


class Failure(Exception):
    pass


class Session:
    """A tmux server with one 120x40 window running command."""

    def __init__(self, work, name, command, env):
        self.work = work
        self.socket = "mllmseg-pick-test-%d-%s" % (os.getpid(), name)
        self.out = os.path.join(work, name + ".out")
        self.status = os.path.join(work, name + ".status")
        script = os.path.join(work, name + ".sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write("cd %s\n" % shlex.quote(work))
            for key, value in env.items():
                f.write("export %s=%s\n" % (key, shlex.quote(value)))
            f.write("unset MLLMSEG_CATALOG FZF_DEFAULT_OPTS FZF_DEFAULT_COMMAND DISPLAY WAYLAND_DISPLAY NO_COLOR\n")
            f.write("%s > %s\n" % (command, shlex.quote(self.out)))
            f.write("echo $? > %s.tmp && mv %s.tmp %s\n" % ((shlex.quote(self.status),) * 3))
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "sh " + shlex.quote(script))

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket] + list(args), capture_output=True, text=True,
                              timeout=10, check=False)

    def screen(self):
        return self.tmux("capture-pane", "-p").stdout

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def type(self, text):
        self.tmux("send-keys", "-l", text)

    def wait_for(self, what, predicate):
        """Polls the screen until predicate(screen) holds; fails after TIMEOUT."""
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise Failure("the screen never showed %s; it showed:\n%s" % (what, screen))

    def wait_for_text(self, *texts):
        return self.wait_for(" and ".join(repr(t) for t in texts), lambda s: all(t in s for t in texts))

    def result(self):
        """What pick printed and its status, once it has ended."""
        deadline = time.monotonic() + TIMEOUT
        while not os.path.exists(self.status):
            if time.monotonic() > deadline:
                raise Failure("pick did not end; the screen:\n%s" % self.screen())
            time.sleep(0.1)
        with open(self.status, encoding="utf-8") as f:
            status = int(f.read().strip())
        with open(self.out, encoding="utf-8") as f:
            return f.read(), status

    def close(self):
        self.tmux("kill-server")
        # A server that ended by itself leaves its socket behind.
        directory = os.path.join(os.environ.get("TMUX_TMPDIR") or "/tmp", "tmux-%d" % os.getuid())
        try:
            os.remove(os.path.join(directory, self.socket))
        except OSError:
            pass


def focused(name):
    """Whether the line under fzf's pointer is the paper called name."""
    return lambda screen: any(line.startswith(">") and line[1:].strip().startswith(name + " ")
                              for line in screen.splitlines())


def expect(what, expected, actual):
    if expected != actual:
        raise Failure("%s: expected %r, got %r" % (what, expected, actual))


def typed_query_selected_and_accepted(s):
    """Types sa2va, sees the list and the preview, tries the bindings, picks it."""
    s.wait_for_text("enter: print keys", "ctrl-y: copy BibTeX")
    s.type("sa2va")
    s.wait_for("Sa2VA under the pointer", focused("Sa2VA"))
    s.wait_for_text("title      Sa2VA: Marrying SAM2 with LLaVA", "code       https://github.com/magic-research/Sa2VA")
    s.keys("C-o")  # BROWSER=echo: opened, as open says in the preview's label
    s.wait_for_text("mllmseg: opened https://arxiv.org/abs/2501.04001")
    s.keys("C-y")  # no clipboard tool here
    s.wait_for_text("No clipboard tool", "mllmseg export -f bibtex sa2va")
    s.keys("Tab")
    s.wait_for("the selection counted", lambda screen: "(1)" in screen)
    s.keys("Enter")
    expect("output and status", ("sa2va\n", 0), s.result())


def two_selected(s):
    """Selects the two video papers with Tab, in the order shown."""
    first = s.wait_for("a video paper under the pointer", lambda screen: focused("Sa2VA")(screen) or
                       focused("VISA")(screen))
    order = ["sa2va", "visa"] if focused("Sa2VA")(first) else ["visa", "sa2va"]
    s.wait_for_text("2/2")  # the filters left two papers
    s.keys("Tab")
    s.wait_for("the first selected", lambda screen: "(1)" in screen)
    s.keys("Tab")
    s.wait_for("both selected", lambda screen: "(2)" in screen)
    s.keys("Enter")
    expect("output and status", ("\n".join(order) + "\n", 0), s.result())


def escaped(s):
    """Tries to open a code link there is none of, then leaves with Escape:
    nothing printed, status 1."""
    s.wait_for("LaVASeg under the pointer", focused("LaVASeg"))
    s.wait_for_text("title      Empowering Segmentation Ability to Multi-modal Large Language Models")
    s.keys("M-o")
    s.wait_for_text("mllmseg: LaVASeg has no code link")
    s.keys("Escape")
    expect("output and status", ("", 1), s.result())


CASES = [
    ("typed", "pick", typed_query_selected_and_accepted),
    ("multi", "pick --task video", two_selected),
    ("escape", "pick lavaseg", escaped),
]


def main():
    binary = os.path.abspath(sys.argv[1])
    for program in ("tmux", "fzf"):
        if shutil.which(program) is None:
            print("SKIP: %s is not installed (Debian: apt install %s)" % (program, program))
            return 77
    failed = 0
    with tempfile.TemporaryDirectory(prefix="mllmseg-pick-") as work:
        catalog = os.path.join(work, "catalog.json")
        subprocess.run([binary, "export", "-f", "json", "-o", catalog] + KEYS, check=True,
                       env=dict(os.environ, HOME=work), capture_output=True)
        env = {"HOME": work, "LANG": "C.UTF-8", "BROWSER": "echo", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        for name, arguments, case in CASES:
            command = "%s --catalog %s %s" % (shlex.quote(binary), shlex.quote(catalog), arguments)
            session = Session(work, name, command, env)
            try:
                case(session)
                print("ok   %s: mllmseg %s" % (name, arguments))
            except (Failure, subprocess.TimeoutExpired) as e:
                failed += 1
                print("FAIL %s: mllmseg %s\n%s" % (name, arguments, e))
            finally:
                session.close()
    print("%d cases, %d failed" % (len(CASES), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
