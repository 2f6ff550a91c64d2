#!/usr/bin/env python3
"""Loads mllmseg's completion script into a real shell and asks it to
complete lines, comparing what it offers with the same expectations for
every shell.

    completion_test.py bash|zsh|fish BINARY

bash: `complete -p mllmseg` names the function, which runs with COMP_WORDS
and COMP_CWORD set; COMPREPLY is read back, unquoted as the shell would.
zsh: an interactive zsh in a pseudo-terminal (zsh/zpty) with compinit and
_mllmseg on $fpath, as installed, is sent the line and a TAB; compadd is
wrapped to record the matches it is given.
fish: `complete -C LINE`.

Exits 77 (CTest's skip) when the shell is not installed.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

# (line, expected matches); CATALOG is the test's own catalog, the four ICLR papers.
CASES = [
    ("mllmseg lis", ["list"]),
    ("mllmseg sta", ["stats"]),
    ("mllmseg sh", ["show"]),
    ("mllmseg rel", ["related"]),
    ("mllmseg pi", ["pick"]),
    ("mllmseg pick --ha", ["--has-code"]),
    ("mllmseg related text4", ["text4seg", "text4segpp"]),
    ("mllmseg related --li", ["--limit", "--listed"]),
    ("mllmseg list --tas", ["--task"]),
    ("mllmseg list --tab", ["--table"]),
    ("mllmseg list --task v", ["video", "vos"]),
    ("mllmseg stats --venue neur", ["NeurIPS", "NeurIPS'24", "NeurIPS'25"]),
    ("mllmseg show vis", ["visa", "visionllm-v2", "visionreasoner", "vistallm"]),
    ("mllmseg show text4", ["text4seg", "text4segpp"]),
    ("mllmseg --catalog CATALOG show ", ["mmsa", "segllm", "setokim", "text4seg"]),
    ("mllmseg --catalog CATALOG open s", ["segllm", "setokim"]),
    ("mllmseg search --sort r", ["relevance"]),
    ("mllmseg list --sort l", ["list", "listed"]),
    ("mllmseg search --sort l", ["list", "listed"]),
    ("mllmseg completions ", ["bash", "fish", "zsh"]),
    ("mllmseg --color a", ["always", "auto"]),
    ("mllmseg --catalog ica", ["ical.json"]),
    ("mllmseg open --p", ["--print", "--project"]),
]
# With MLLMSEG_CATALOG set, keys come from that catalog.
ENV_CASES = [
    ("mllmseg show ", ["mmsa", "segllm", "setokim", "text4seg"]),
]

BASH = r"""
source "$SCRIPT"
spec=$(complete -p mllmseg) || exit 3
function=${spec#*-F }
function=${function%% *}
read -r -a COMP_WORDS <<<"$LINE"
[[ $LINE == *' ' ]] && COMP_WORDS+=('')
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$LINE
COMP_POINT=${#LINE}
COMPREPLY=()
"$function" mllmseg "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
for word in "${COMPREPLY[@]}"; do
    eval "printf '%s\n' $word"
done
"""

ZSH_SETUP = r"""
PS1='' PROMPT='' RPS1=''
unsetopt zle_bracketed_paste 2>/dev/null
fpath=("$FUNCTIONS" $fpath)
autoload -Uz compinit && compinit -u -D
# Record the matches for the current word; internal queries (-O, -A, -D
# store into arrays) pass through.
compadd() {
    if (( ${@[(I)-[OAD]]} )); then
        builtin compadd "$@"
        return
    fi
    local -a __matches
    builtin compadd -O __matches "$@"
    (( $#__matches )) && print -rl -- $__matches >>"$MATCHES"
    builtin compadd "$@"
}
__test_done() { print -r -- __DONE__; exit }
__test_arm() { comppostfuncs=(__test_done) }
compprefuncs=(__test_arm)
"""

ZSH = r"""
zmodload zsh/zpty || exit 77
zpty z zsh -f -i
zpty -w z "source ${(q)SETUP}"
zpty -w -n z "$LINE"$'\t'
local out= chunk=
integer start=$SECONDS
while [[ $out != *__DONE__* ]]; do
    if zpty -r -t z chunk; then
        out+=$chunk
    else
        (( SECONDS - start > 20 )) && { print -u2 "no completion after 20s: $out"; exit 3 }
        sleep 0.05
    fi
done
zpty -d z
[[ -f $MATCHES ]] && cat $MATCHES
"""


def run_shell(shell, line, script, workdir, env):
    env = dict(env, LINE=line)
    if shell == "bash":
        env["SCRIPT"] = script
        cmd = ["bash", "--norc", "--noprofile", "-c", BASH]
    elif shell == "fish":
        cmd = ["fish", "--no-config", "-c", "source %s; complete -C %s" % (shlex.quote(script), shlex.quote(line))]
    else:
        env["MATCHES"] = os.path.join(workdir, "matches")
        env["FUNCTIONS"] = os.path.dirname(script)
        env["SETUP"] = os.path.join(workdir, "setup.zsh")
        if os.path.exists(env["MATCHES"]):
            os.remove(env["MATCHES"])
        with open(env["SETUP"], "w") as f:
            f.write(ZSH_SETUP)
        cmd = ["zsh", "-f", "-c", ZSH]
    done = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        return None, "%s exited with %d: %s" % (shell, done.returncode, done.stderr.strip())
    words = [l.split("\t")[0] for l in done.stdout.splitlines() if l.strip()]
    return sorted(set(words)), None


def main():
    shell, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    if shutil.which(shell) is None:
        print("%s is not installed: skipped" % shell)
        return 77
    with tempfile.TemporaryDirectory(prefix="mllmseg-completion-") as workdir:
        bindir = os.path.dirname(binary)
        env = {
            "PATH": bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": workdir,
            "LANG": "C.UTF-8",
            "TERM": "dumb",
        }
        catalog = os.path.join(workdir, "ical.json")
        with open(catalog, "w") as f:
            subprocess.run([binary, "export", "--format", "json", "--venue", "ICLR"], stdout=f, check=True, env=env)
        functions = os.path.join(workdir, "functions")
        os.mkdir(functions)
        script = os.path.join(functions, {"bash": "mllmseg", "zsh": "_mllmseg", "fish": "mllmseg.fish"}[shell])
        with open(script, "w") as f:
            subprocess.run([binary, "completions", shell], stdout=f, check=True, env=env)

        failed = 0
        runs = [(line, want, env) for line, want in CASES]
        runs += [(line, want, dict(env, MLLMSEG_CATALOG=catalog)) for line, want in ENV_CASES]
        for line, want, run_env in runs:
            line = line.replace("CATALOG", catalog)
            got, error = run_shell(shell, line, script, workdir, run_env)
            label = line + (" (MLLMSEG_CATALOG)" if "MLLMSEG_CATALOG" in run_env else "")
            if error or got != sorted(want):
                failed += 1
                print("FAIL %s: %r\n  expected %s\n  got      %s" % (shell, label, sorted(want), error or got))
        print("%s: %d lines completed, %d failed" % (shell, len(runs), failed))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
