#!/bin/bash
# Benchmark: what reporting progress (pg_stat_progress_copy) costs generate_all. The same call,
# generate_all(patients) into one schema with replace => true (so the indexes are rebuilt after
# the load, as in a new schema), timed inside the server, alternating two builds of the module
# whose extension scripts are the same: BEFORE.so (without the reporting) and AFTER.so (with it).
# Each call runs in a new session, so the module installed just before it is the one loaded;
# rounds alternate which build goes first and start from a CHECKPOINT. Prints one line per call:
# round, build, rows, seconds. Needs root (it installs into PostgreSQL's pkglibdir) and a
# throwaway cluster:
#   pg_virtualenv -v 15 bench/progress_overhead.sh /path/to/before.so /path/to/after.so 5000 6
set -euo pipefail
before=$1
after=$2
patients=${3:-5000}
rounds=${4:-6}
lib=$(pg_config --pkglibdir)
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -c "CREATE EXTENSION IF NOT EXISTS dentsynth"
install -m 755 "$after" "$lib/dentsynth.so"
psql -c "SELECT count(*) FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => 'bench_progress', replace => true)" >/dev/null
run() {
    install -m 755 "$1" "$lib/dentsynth.so"
    psql -c CHECKPOINT
    psql -At 2>&1 <<SQL | sed -n 's/.*RESULT //p'
DO \$\$ DECLARE t0 timestamptz := clock_timestamp(); n bigint;
BEGIN
    SELECT sum("rows") INTO n FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => 'bench_progress', replace => true);
    RAISE NOTICE 'RESULT % %', n, round(extract(epoch FROM clock_timestamp() - t0)::numeric, 3);
END \$\$;
SQL
}
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order="before after"; else order="after before"; fi
    for side in $order; do
        if [ "$side" = before ]; then so=$before; else so=$after; fi
        echo "round $round $side $(run "$so")"
    done
done
install -m 755 "$after" "$lib/dentsynth.so"
