#!/bin/bash
# Several servers, tested (README "Several servers"): three throwaway clusters next to the test
# cluster each generate one part of a roster, and test/multi_server/coordinator.psql, run in the
# test cluster as the coordinator, attaches them and compares the union with the single call.
# The clusters listen only on a socket in a private directory (no port clashes) and are stopped
# and removed on every exit. Run inside the test cluster's environment (pg_virtualenv sets PGHOST,
# PGPORT, PGUSER); the module must be installed where that cluster finds it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bindir=$("${PG_CONFIG:-pg_config}" --bindir)
work=$(mktemp -d -t dentsynth-servers.XXXXXX)
as_owner=()
if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root
    chown postgres: "$work"
    as_owner=(runuser -u postgres --)
fi
data_dirs=()
cleanup() {
    for d in "${data_dirs[@]}"; do "${as_owner[@]}" "$bindir/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
# Where the test cluster finds the module when it is not installed into PostgreSQL's own directories.
destdir=$(psql -X -At -d postgres -c "SELECT current_setting('extension_destdir', true)")

for k in 1 2 3; do
    d="$work/server$k"
    data_dirs+=("$d")
    "${as_owner[@]}" "$bindir/initdb" -D "$d" -U dentsynth -A trust --no-sync -E UTF8 --locale=C >/dev/null
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$d" -w -l "$d/server.log" start -o "-p 540$k -c listen_addresses='' \
        -c unix_socket_directories='$work' -c fsync=off -c max_connections=20 ${destdir:+-c extension_destdir='$destdir'}" >/dev/null
done
on_server() { PGOPTIONS=-cclient_min_messages=warning psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p "540$1" -U dentsynth -d "$2" -c "$3" >/dev/null; }

# Each server generates its own part at full speed, with nothing but its own arguments.
roster="seed => 5, start_date => '2023-01-01', as_of => '2025-03-31'"
for k in 1 2 3; do
    on_server "$k" postgres "CREATE EXTENSION dentsynth"
    on_server "$k" postgres "SELECT count(*) FROM dentsynth.generate_all(312, $roster, part => $k, parts => 3)"
    # Parts the coordinator must refuse: a roster whose parts cut a family block (20 patients).
    on_server "$k" postgres "CREATE DATABASE misaligned"
    on_server "$k" misaligned "CREATE EXTENSION dentsynth"
    on_server "$k" misaligned "SELECT count(*) FROM dentsynth.generate_all(20, $roster, part => $k, parts => 3)"
done
# ... and part 2 of another generation (seed 9).
on_server 2 postgres "CREATE DATABASE seed9"
on_server 2 seed9 "CREATE EXTENSION dentsynth"
on_server 2 seed9 "SELECT count(*) FROM dentsynth.generate_all(312, seed => 9, start_date => '2023-01-01', as_of => '2025-03-31', part => 2, parts => 3)"

pg_prove -d postgres --ext .psql --set socket_dir="$work" test/multi_server/coordinator.psql
