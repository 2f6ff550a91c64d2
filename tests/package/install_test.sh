#!/bin/bash
# install_test.sh BUILD_DIR: installs the build into a temporary prefix and
# checks every file is where man, bash-completion, zsh and fish look.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" > "$prefix.log" 2>&1 || { cat "$prefix.log"; exit 1; }
rm -f "$prefix.log"

failed=0
expect_file() {
    if [[ ! -s $prefix/$1 ]]; then
        echo "FAIL: $1 was not installed"
        failed=1
    fi
}
expect_file bin/mllmseg
expect_file share/man/man1/mllmseg.1
expect_file share/bash-completion/completions/mllmseg
expect_file share/zsh/vendor-completions/_mllmseg
expect_file share/fish/vendor_completions.d/mllmseg.fish
((failed == 0)) || exit 1

# The installed files are the ones the installed binary generates.
for shell_file in bash:share/bash-completion/completions/mllmseg zsh:share/zsh/vendor-completions/_mllmseg \
    fish:share/fish/vendor_completions.d/mllmseg.fish; do
    if ! cmp -s <("$prefix/bin/mllmseg" completions "${shell_file%%:*}") "$prefix/${shell_file#*:}"; then
        echo "FAIL: ${shell_file#*:} differs from 'mllmseg completions ${shell_file%%:*}'"
        failed=1
    fi
done
if ! cmp -s <("$prefix/bin/mllmseg" manpage) "$prefix/share/man/man1/mllmseg.1"; then
    echo "FAIL: share/man/man1/mllmseg.1 differs from 'mllmseg manpage'"
    failed=1
fi
"$prefix/bin/mllmseg" list --task video > /dev/null || { echo "FAIL: the installed binary does not run"; failed=1; }
((failed == 0)) && echo "installed into a temporary prefix: binary, man page and completions in place"
exit $failed
