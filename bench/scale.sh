#!/bin/bash
# Benchmark at several roster sizes: generate_all() against binary COPY FROM of the very same rows,
# with the backend's memory. For each roster, in a new backend each:
#   G. dentsynth.generate_all(patients) into a new schema (the default settings), with
#      client_min_messages = debug1 so that it reports each table's time (writing, closing);
#   C. COPY ... FROM '<file>' (FORMAT binary) of those rows, table by table, into the contract's
#      tables created in the same transaction (create_raw_schema), committed at the end.
# SCALE_TARGET=existing instead loads both sides into empty tables made and committed beforehand
# (index entries row by row on both sides).
# While a side runs, the backend's /proc/<pid>/status is sampled every 0.2 s: VmHWM (its peak
# resident memory, shared buffers it touched included) and the largest RssAnon seen (its private,
# anonymous memory: what the call itself allocates). Prints rows/s of both sides, their ratio, the
# memory of both, and the ten slowest tables of each side. Needs a superuser on the local machine (server
# COPY files, /proc of the backend); run it in a throwaway cluster:
#   pg_virtualenv -v 15 bench/scale.sh 5000 50000 200000
set -euo pipefail
[ $# -gt 0 ] || set -- 5000 50000 200000
target=${SCALE_TARGET:-new}
dir=$(mktemp -d /tmp/dentsynth-scale.XXXXXX)
chmod 777 "$dir"
trap 'rm -rf "$dir"' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c "CREATE EXTENSION IF NOT EXISTS dentsynth" >/dev/null

# Samples the memory of backend $1 until it is told to stop (file $2 appears); prints
# "<VmHWM kB> <largest RssAnon kB>".
sample() {
    local pid=$1 stop=$2 hwm=0 anon=0 v
    while [ ! -e "$stop" ] && [ -r "/proc/$pid/status" ]; do
        v=$(awk '/^RssAnon:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${v:-0}" -gt "$anon" ] && anon=$v
        v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${v:-0}" -gt "$hwm" ] && hwm=$v
        sleep 0.2
    done
    echo "$hwm $anon"
}

# Runs SQL file $1 in a new backend, sampling it; prints "<seconds> <VmHWM kB> <RssAnon kB>". The
# file starts by writing the backend's pid to $dir/pid and its last statement prints the seconds.
measured() {
    local sql=$1
    rm -f "$dir/pid" "$dir/stop" "$dir/mem"
    psql -At -f "$sql" >"$dir/out" 2>"$dir/err" &
    local client=$!
    while [ ! -s "$dir/pid" ]; do sleep 0.05; done
    sample "$(cat "$dir/pid")" "$dir/stop" >"$dir/mem" &
    local sampler=$!
    wait "$client"
    touch "$dir/stop"
    wait "$sampler"
    echo "$(tail -n 1 "$dir/out") $(cat "$dir/mem")"
}

printf '%-9s %10s %9s %11s %9s %11s %6s %10s %10s %10s %10s\n' patients rows gen_s gen_rows/s copy_s copy_rows/s ratio gen_hwm_MB gen_anon_MB copy_hwm_MB copy_anon_MB
for patients in "$@"; do
    PGOPTIONS='-c client_min_messages=warning' psql -c "DROP SCHEMA IF EXISTS scale_gen CASCADE" -c "DROP SCHEMA IF EXISTS scale_copy CASCADE" >/dev/null
    if [ "$target" = existing ]; then
        psql -c "SELECT count(*) FROM dentsynth.create_raw_schema('scale_gen')" -c "SELECT count(*) FROM dentsynth.create_raw_schema('scale_copy')" >/dev/null
    fi
    psql -c "CHECKPOINT" >/dev/null
    cat >"$dir/gen.sql" <<SQL
\o $dir/pid
SELECT pg_backend_pid();
\o
SET client_min_messages = debug1;
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;
CREATE TEMP TABLE written AS SELECT * FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => 'scale_gen');
SELECT sum(rows) FROM written;
SELECT round(extract(epoch FROM clock_timestamp() - t)::numeric, 2) FROM t0;
SQL
    read -r gen_s gen_hwm gen_anon < <(measured "$dir/gen.sql")
    gen_tables=$(sed -n 's/^.*DEBUG:  dentsynth: \([a-z_]*\): [0-9]* rows, \([0-9.]*\) s writing, \([0-9.]*\) s closing.*/\1 \2 \3/p' "$dir/err" |
                 awk '{printf "%s %.2f\n", $1, $2 + $3}' | sort -k2 -g -r | head -n 10 | awk '{printf "%s %ss; ", $1, $2}')
    rows=$(head -n 1 "$dir/out")  # the rows generate_all wrote, from its result
    tables=$(psql -At -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'scale_gen' ORDER BY 1")
    for t in $tables; do psql -c "COPY scale_gen.\"$t\" TO '$dir/$t.bin' (FORMAT binary)"; done
    # The generated schema goes before the COPY side runs: the disk holds the rows twice at most
    # (a schema and the dump), about 48 GB at 200,000 patients.
    psql -c "DROP SCHEMA scale_gen CASCADE" -c "CHECKPOINT" >/dev/null 2>&1
    {
        echo "\\o $dir/pid"
        echo "SELECT pg_backend_pid();"
        echo "\\o"
        echo "CREATE TEMP TABLE per_table (table_name text, seconds numeric);"
        echo "CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;"
        echo "BEGIN;"
        [ "$target" = existing ] || echo "CREATE SCHEMA scale_copy; SELECT count(*) FROM dentsynth.create_raw_schema('scale_copy') \\g /dev/null"
        echo "DO \$\$ DECLARE s timestamptz; BEGIN"
        for t in $tables; do
            echo "  s := clock_timestamp(); EXECUTE 'COPY scale_copy.\"$t\" FROM ''$dir/$t.bin'' (FORMAT binary)';"
            echo "  INSERT INTO per_table VALUES ('$t', extract(epoch FROM clock_timestamp() - s));"
        done
        echo "END \$\$;"
        echo "COMMIT;"
        echo "\\o $dir/per_table"
        echo "SELECT table_name, round(seconds, 2) FROM per_table ORDER BY seconds DESC LIMIT 10;"
        echo "\\o"
        echo "SELECT round(extract(epoch FROM clock_timestamp() - t)::numeric, 2) FROM t0;"
    } >"$dir/copy.sql"
    read -r copy_s copy_hwm copy_anon < <(measured "$dir/copy.sql")
    printf '%-9s %10s %9s %11.0f %9s %11.0f %6.2f %10.0f %10.0f %10.0f %10.0f\n' "$patients" "$rows" "$gen_s" \
        "$(echo "$rows / $gen_s" | bc -l)" "$copy_s" "$(echo "$rows / $copy_s" | bc -l)" "$(echo "($rows / $gen_s) / ($rows / $copy_s)" | bc -l)" \
        "$(echo "$gen_hwm / 1024" | bc -l)" "$(echo "$gen_anon / 1024" | bc -l)" "$(echo "$copy_hwm / 1024" | bc -l)" "$(echo "$copy_anon / 1024" | bc -l)"
    echo "          slowest generate_all tables (writing + closing): $gen_tables"
    echo "          slowest COPY tables: $(tr '|' ' ' <"$dir/per_table" | awk '{printf "%s %ss; ", $1, $2}')"
    rm -f "$dir"/*.bin
done
