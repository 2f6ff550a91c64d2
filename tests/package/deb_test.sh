#!/bin/bash
# deb_test.sh BUILD_DIR: builds the .deb with cpack, installs it with dpkg -i,
# runs /usr/bin/mllmseg, removes it with dpkg -r and checks nothing is left.
# It changes the machine: it runs only as root with CI=true (CI's throwaway
# machine) or MLLMSEG_TEST_DEB=1, and exits 77 (skipped) otherwise.
set -euo pipefail
build=$1
source=$(cd "$(dirname "$0")/../.." && pwd)  # the project, for its catalog/papers.json

skip() {
    echo "skipped: $*"
    exit 77
}
[[ ${CI:-} == true || ${MLLMSEG_TEST_DEB:-} == 1 ]] || skip "installs a package; set CI=true or MLLMSEG_TEST_DEB=1"
[[ $(id -u) == 0 ]] || skip "dpkg -i needs root"
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" > /dev/null || skip "$tool is not installed (dpkg-dev, file)"
done
! grep -q 'fsanitize' "$build/CMakeCache.txt" || skip "a sanitizer build: the package would need the sanitizer runtimes"
if dpkg-query -W -f='${Status}' mllmseg 2> /dev/null | grep -q 'ok installed'; then
    echo "FAIL: a package mllmseg is already installed; this test will not touch it"
    exit 1
fi

files=(/usr/bin/mllmseg /usr/share/man/man1/mllmseg.1 /usr/share/bash-completion/completions/mllmseg
    /usr/share/zsh/vendor-completions/_mllmseg /usr/share/fish/vendor_completions.d/mllmseg.fish)
for f in "${files[@]}"; do
    [[ ! -e $f ]] || { echo "FAIL: $f exists before the package is installed"; exit 1; }
done

work=$(mktemp -d)
cleanup() {
    if dpkg-query -W -f='${Status}' mllmseg 2> /dev/null | grep -q 'ok installed'; then
        dpkg -r mllmseg > /dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$work" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
debs=("$work"/*.deb)
deb=${debs[0]}
echo "built $(basename "$deb")"

failed=0
check() {  # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if ! "$@"; then
        echo "FAIL: $what"
        failed=1
    fi
}
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
check "Depends names libc6" grep -q 'libc6' <<< "$depends"
# Each shared library the binary needs (fewer with MLLMSEG_STATIC_DEPS) is
# named by its package, and a library linked in is not.
needed=$(objdump -p "$build/app/mllmseg" | awk '/NEEDED/ {print $2}')
for lib in fmt re2 stdc++ stemmer; do
    if grep -q "^lib$lib\\." <<< "$needed"; then
        check "Depends names lib$lib" grep -q "lib$lib" <<< "$depends"
    else
        check "Depends does not name lib$lib, which is linked in" bash -c "! grep -q 'lib$lib' <<< '$depends'"
    fi
done
# A JSON catalog loads simdjson's library when it is read: the package
# depends on it, and the binary does not load it at start.
check "Depends names libsimdjson, which reading a JSON catalog loads" grep -q 'libsimdjson' <<< "$depends"
check "the binary does not load libsimdjson at start" bash -c "! grep -q '^libsimdjson' <<< '$needed'"
# --jq loads jq's library when it runs, as update and enrich load libcurl.
check "the binary does not load libjq at start" bash -c "! grep -q '^libjq' <<< '$needed'"
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
check "Recommends names libcurl4, which update and enrich load" grep -q 'libcurl4' <<< "$recommends"
check "Recommends names libjq1, which --jq loads" grep -q 'libjq1' <<< "$recommends"
contents=$(dpkg-deb -c "$deb")
for f in "${files[@]}"; do
    check "the package holds $f" grep -q " \.$f\$" <<< "$contents"
done

dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log"; exit 1; }
for f in "${files[@]}"; do
    check "$f is installed" test -s "$f"
done
expected=$("$build/app/mllmseg" list --task video)
actual=$(/usr/bin/mllmseg list --task video)
check "/usr/bin/mllmseg list --task video prints what the build does" test "$expected" = "$actual"
check "/usr/bin/mllmseg --jq runs jq's library" test "$(/usr/bin/mllmseg list --task video --jq length)" = \
    "$(wc -l <<< "$expected" | tr -d ' ')"
check "/usr/bin/mllmseg reads a JSON catalog with simdjson's library" test \
    "$(/usr/bin/mllmseg --no-cache --catalog "$source/catalog/papers.json" list --task video)" = "$expected"
check "man finds the page" bash -c '! command -v man > /dev/null || man -w mllmseg > /dev/null'
# update loads libcurl: a refused connection on loopback, not a missing library.
fetched=$(HOME="$work/home" /usr/bin/mllmseg update --dry-run --timeout 5 --from http://127.0.0.1:9/README.md 2>&1 || true)
echo "update: $fetched"
check "the installed update finds libcurl" bash -c '! grep -q "cannot load" <<< "$1"' _ "$fetched"

dpkg -r mllmseg > "$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; exit 1; }
for f in "${files[@]}"; do
    check "$f is gone after dpkg -r" test ! -e "$f"
done
check "dpkg no longer lists mllmseg as installed" \
    bash -c "! dpkg-query -W -f='\${Status}' mllmseg 2> /dev/null | grep -q 'ok installed'"

((failed == 0)) && echo "the package installs, runs and removes cleanly"
exit $failed
