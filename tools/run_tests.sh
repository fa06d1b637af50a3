#!/bin/bash
# Every test of the project, in a throwaway PostgreSQL 15 cluster that pg_virtualenv creates and
# removes: the core isolation guard, the core's unit test and its whole generations under
# AddressSanitizer and UndefinedBehaviorSanitizer, pg_regress (sql/ + expected/) and the pgTAP
# suites (test/).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

tools/check_core_isolation.sh
make -s WERROR=1 core-test
make -s -j2 WERROR=1 core-sanitize
make -s -j2 WERROR=1
$SUDO make -s install
# pg_virtualenv runs the command as the cluster's owner with PGHOST/PGPORT/PGUSER set.
pg_virtualenv -v 15 bash -c '
    set -e
    status=0
    make -s installcheck || { cat regression.diffs 2>/dev/null; status=1; }
    pg_prove -d postgres --ext .sql test/ || status=1
    exit $status
'
