#!/bin/bash
# capture-usage.sh BINARY > docs/usage.md: runs list, search, related, show and
# stats in tmux windows 80 and 200 columns wide and writes the screens as
# markdown.
set -euo pipefail
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
bindir=$(mktemp -d)
trap 'rm -rf "$bindir"; tmux kill-session -t mllmseg-usage 2> /dev/null || true' EXIT
ln -s "$binary" "$bindir/mllmseg"

screen() {  # screen WIDTH COMMAND: the terminal after COMMAND, trailing blanks trimmed
    tmux kill-session -t mllmseg-usage 2> /dev/null || true
    tmux new-session -d -s mllmseg-usage -x "$1" -y 60 \
        "env -i HOME=$bindir TERM=xterm-256color LANG=C.UTF-8 PATH=$bindir:/usr/bin:/bin PS1='$ ' bash --norc --noprofile"
    sleep 0.3
    tmux send-keys -t mllmseg-usage "$2" Enter
    sleep 0.8
    tmux capture-pane -p -t mllmseg-usage | sed -e 's/ *$//' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' | sed '$d'
}

cat << 'HEAD'
# mllmseg as a person sees it

Screens captured from a real terminal (tmux, `TERM=xterm-256color`,
`LANG=C.UTF-8`) 80 and 200 columns wide by `docs/capture-usage.sh`; colour
is not shown. On a terminal, output longer than the screen goes through a
pager (`$MLLMSEG_PAGER`, `$PAGER`, else `less -FRX`); these captures pass
`--no-pager` to show it whole. In a pipe there is no pager, no colour and no
table: see the [README](../README.md).

What the captures showed and what changed: at 80 columns the list's rows were
one column too wide and every row wrapped, so the AUTHORS column now gives way
when the title would get fewer than 20 columns; `show` wrapped long values to
the left edge, breaking its two columns, so values now wrap under themselves.
Search matches are marked in bold red in the NAME and TITLE cells. `related`
prints each paper's reason on a line of its own under the row, wrapped under
the VENUE column, rather than as a column that would leave the title no room.
HEAD

for width in 80 200; do
    echo
    echo "## $width columns"
    for command in "mllmseg --no-pager list --task video" "mllmseg --no-pager search reasoning video --limit 6" \
        "mllmseg --no-pager related lisa --limit 4" "mllmseg --no-pager show visa" \
        "mllmseg --no-pager stats --venue CVPR --venue NeurIPS --venue ICLR"; do
        echo
        echo '```console'
        screen "$width" "$command"
        echo '```'
    done
done
