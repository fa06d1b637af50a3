#!/bin/bash
# Benchmark at several roster sizes: generate_all() against binary COPY FROM of the very same rows,
# with the backend's memory. For each roster, in a new backend each:
#   G. dentsynth.generate_all(patients) into an empty schema (the default settings);
#   C. COPY ... FROM '<file>' (FORMAT binary) of those rows, table by table, into another empty schema.
# While a side runs, the backend's /proc/<pid>/status is sampled every 0.2 s: VmHWM (its peak
# resident memory, shared buffers it touched included) and the largest RssAnon seen (its private,
# anonymous memory: what the call itself allocates). Prints rows/s of both sides, their ratio, the
# memory of both, and the slowest tables of the COPY side (generate_all writes every table at once,
# patient by patient, so it has no time per table). Needs a superuser on the local machine (server
# COPY files, /proc of the backend); run it in a throwaway cluster:
#   pg_virtualenv -v 15 bench/scale.sh 5000 50000 200000
set -euo pipefail
[ $# -gt 0 ] || set -- 5000 50000 200000
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
    psql -At -f "$sql" >"$dir/out" &
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
    psql -c "DROP SCHEMA IF EXISTS scale_gen CASCADE" -c "DROP SCHEMA IF EXISTS scale_copy CASCADE" \
         -c "SELECT count(*) FROM dentsynth.create_raw_schema('scale_gen')" -c "SELECT count(*) FROM dentsynth.create_raw_schema('scale_copy')" \
         -c "CHECKPOINT" >/dev/null
    cat >"$dir/gen.sql" <<SQL
\o $dir/pid
SELECT pg_backend_pid();
\o
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;
CREATE TEMP TABLE written AS SELECT * FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => 'scale_gen');
SELECT sum(rows) FROM written;
SELECT round(extract(epoch FROM clock_timestamp() - t)::numeric, 2) FROM t0;
SQL
    read -r gen_s gen_hwm gen_anon < <(measured "$dir/gen.sql")
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
        echo "DO \$\$ DECLARE s timestamptz; BEGIN"
        for t in $tables; do
            echo "  s := clock_timestamp(); EXECUTE 'COPY scale_copy.\"$t\" FROM ''$dir/$t.bin'' (FORMAT binary)';"
            echo "  INSERT INTO per_table VALUES ('$t', extract(epoch FROM clock_timestamp() - s));"
        done
        echo "END \$\$;"
        echo "\\o $dir/per_table"
        echo "SELECT table_name, round(seconds, 2) FROM per_table ORDER BY seconds DESC LIMIT 10;"
        echo "\\o"
        echo "SELECT round(extract(epoch FROM clock_timestamp() - t)::numeric, 2) FROM t0;"
    } >"$dir/copy.sql"
    read -r copy_s copy_hwm copy_anon < <(measured "$dir/copy.sql")
    printf '%-9s %10s %9s %11.0f %9s %11.0f %6.2f %10.0f %10.0f %10.0f %10.0f\n' "$patients" "$rows" "$gen_s" \
        "$(echo "$rows / $gen_s" | bc -l)" "$copy_s" "$(echo "$rows / $copy_s" | bc -l)" "$(echo "($rows / $gen_s) / ($rows / $copy_s)" | bc -l)" \
        "$(echo "$gen_hwm / 1024" | bc -l)" "$(echo "$gen_anon / 1024" | bc -l)" "$(echo "$copy_hwm / 1024" | bc -l)" "$(echo "$copy_anon / 1024" | bc -l)"
    echo "          slowest COPY tables: $(tr '|' ' ' <"$dir/per_table" | awk '{printf "%s %ss; ", $1, $2}')"
    rm -f "$dir"/*.bin
done
