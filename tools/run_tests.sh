#!/bin/bash
# Every test of the project, in a throwaway PostgreSQL 15 cluster that pg_virtualenv creates and
# removes: the core isolation guard, the C++ formatting check (.clang-format), the release's
# versions and META.json (tools/check_release.sh), the core's unit
# test and its whole generations under AddressSanitizer and UndefinedBehaviorSanitizer,
# pg_regress (sql/ + expected/), the pgTAP suites (test/) and the several-servers test
# (test/multi_server/run.sh: three more throwaway clusters).
set -euo pipefail
cd "$(dirname "$0")/.."
PG_CONFIG=${PG_CONFIG:-pg_config}

tools/check_core_isolation.sh
tools/check_format.sh
tools/check_release.sh
make -s WERROR=1 core-test
make -s -j2 WERROR=1 core-sanitize
make -s -j2 WERROR=1

# Where the test cluster finds the module, without sudo where possible: in PostgreSQL's own
# directories when this user may write them (root, or a user who owns the install); else in a
# temporary directory that the cluster searches first (extension_destdir, a setting of Debian's
# PostgreSQL, as its own packages are tested before they are installed); sudo only when neither.
pkglibdir=$("$PG_CONFIG" --pkglibdir)
extdir=$("$PG_CONFIG" --sharedir)/extension
cluster_opts=(-v 15)
if [ -w "$pkglibdir" ] && [ -w "$extdir" ]; then
    echo "run_tests: installing into $pkglibdir and $extdir"
    make -s install
elif grep -q extension_destdir "$("$PG_CONFIG" --sharedir)/postgresql.conf.sample" 2>/dev/null; then
    destdir=$(mktemp -d -t dentsynth-test.XXXXXX)
    trap 'rm -rf "$destdir"' EXIT
    chmod 755 "$destdir"  # the cluster may run as another user (postgres)
    echo "run_tests: $pkglibdir is not writable; installing under $destdir (extension_destdir)"
    make -s install DESTDIR="$destdir"
    cluster_opts+=(-o "extension_destdir=$destdir")
else
    echo "run_tests: $pkglibdir is not writable and this PostgreSQL has no extension_destdir; installing with sudo"
    sudo make -s install
fi
# pg_virtualenv runs the command as the cluster's owner with PGHOST/PGPORT/PGUSER set.
pg_virtualenv "${cluster_opts[@]}" bash -c '
    set -e
    status=0
    make -s installcheck || { cat regression.diffs 2>/dev/null; status=1; }
    pg_prove -d postgres --ext .sql test/ || status=1
    test/multi_server/run.sh || status=1  # the parts of a roster on three more clusters
    exit $status
'
