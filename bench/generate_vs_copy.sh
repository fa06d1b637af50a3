#!/bin/bash
# Benchmark: generate_all() against binary COPY FROM of the very same rows into the same empty
# tables, side by side in one run. Each round is one transaction: the schemas are emptied
# (TRUNCATE, untimed), then, timed separately:
#   A. dentsynth.generate_all(patients) into schema bench_gen (default settings: the tables were
#      truncated in this transaction, so their indexes are rebuilt once after the load);
#   R. the same with dentsynth.build_indexes_after_load = off (index entries row by row, as COPY);
#   T. the default with dentsynth.generate_on_worker_thread = off (generator and storage on the
#      backend's one thread) into schema bench_onethread;
#   B. COPY ... FROM '<file>' (FORMAT binary) of those very rows into schema bench_copy.
# Rounds rotate which side runs first and start from a CHECKPOINT.
# Rows/s = rows written / elapsed (clock_timestamp inside the server). Prints per-round figures and
# medians and the ratios A/B, R/B and T/B. Needs a superuser connection (server-side COPY files) and the
# extension installed; run it inside `pg_virtualenv` for a throwaway cluster:
#   pg_virtualenv -v 15 bench/generate_vs_copy.sh 50000 5
set -euo pipefail
patients=${1:-50000}
rounds=${2:-5}
dir=$(mktemp -d /tmp/dentsynth-bench.XXXXXX)
chmod 777 "$dir"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -c "CREATE EXTENSION IF NOT EXISTS dentsynth" \
     -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_gen')" -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_rowidx')" \
     -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_onethread')" \
     -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_copy')" >/dev/null
psql -c "CREATE OR REPLACE FUNCTION pg_temp.noop() RETURNS void LANGUAGE sql AS 'SELECT'" >/dev/null
# The same rows for COPY: generate once, dump every generated table in binary.
tables=$(psql -At -c "SELECT table_name FROM dentsynth.generate_all($patients, target_schema => 'bench_gen', replace => true, as_of => '2025-12-31')")
for t in $tables; do psql -c "COPY bench_gen.\"$t\" TO '$dir/$t.bin' (FORMAT binary)"; done
copy_sql=""
for t in $tables; do copy_sql+="EXECUTE 'COPY bench_copy.\"$t\" FROM ''$dir/$t.bin'' (FORMAT binary)';"; done
truncate_list=$(for t in $tables; do printf 'bench_copy."%s",' "$t"; done | sed 's/,$//')
gen_truncate_list=$(for t in $tables; do printf 'bench_gen."%s",' "$t"; done | sed 's/,$//')
rowidx_truncate_list=$(for t in $tables; do printf 'bench_rowidx."%s",' "$t"; done | sed 's/,$//')
onethread_truncate_list=$(for t in $tables; do printf 'bench_onethread."%s",' "$t"; done | sed 's/,$//')

echo "patients=$patients rounds=$rounds tables=$(echo $tables | wc -w) postgres=$(psql -At -c 'SHOW server_version')"
printf '%-6s %12s %12s %14s %16s %19s %14s\n' round rows gen_seconds gen_rows_per_s rowidx_rows_per_s onethread_rows_per_s copy_rows_per_s
gen_results=(); rowidx_results=(); onethread_results=(); copy_results=()
for round in $(seq 1 "$rounds"); do
    # Rotate which side goes first, and start every round from a checkpoint, so no side pays for
    # another's dirty buffers or WAL.
    order=$(( round % 4 ))
    psql -c CHECKPOINT
    line=$(psql -At -F' ' 2>&1 <<SQL | sed -n 's/.*RESULT //p'
CREATE FUNCTION pg_temp.run_gen(schema_name text, rebuild boolean, worker_thread boolean) RETURNS float8 LANGUAGE plpgsql AS \$f\$
DECLARE t0 timestamptz; n bigint;
BEGIN
    PERFORM set_config('dentsynth.build_indexes_after_load', rebuild::text, true);
    PERFORM set_config('dentsynth.generate_on_worker_thread', worker_thread::text, true);
    t0 := clock_timestamp();
    SELECT sum(rows) INTO n FROM dentsynth.generate_all($patients, target_schema => schema_name, as_of => '2025-12-31');
    PERFORM set_config('bench.rows', n::text, true);
    RETURN extract(epoch FROM clock_timestamp() - t0);
END \$f\$;
DO \$\$
DECLARE t1 timestamptz; gen_rows bigint; gen_s float8; rowidx_s float8; onethread_s float8; copy_s float8; side int;
BEGIN
    TRUNCATE $gen_truncate_list;
    TRUNCATE $rowidx_truncate_list;
    TRUNCATE $onethread_truncate_list;
    TRUNCATE $truncate_list;
    FOR i IN 0..3 LOOP
        side := (i + $order) % 4;
        IF side = 0 THEN
            gen_s := pg_temp.run_gen('bench_gen', true, true);
        ELSIF side = 1 THEN
            rowidx_s := pg_temp.run_gen('bench_rowidx', false, true);
        ELSIF side = 2 THEN
            onethread_s := pg_temp.run_gen('bench_onethread', true, false);
        ELSE
            t1 := clock_timestamp();
            $copy_sql
            copy_s := extract(epoch FROM clock_timestamp() - t1);
        END IF;
    END LOOP;
    gen_rows := current_setting('bench.rows')::bigint;
    RAISE NOTICE 'RESULT % % % % % %', gen_rows, gen_s, gen_rows / gen_s, gen_rows / rowidx_s, gen_rows / onethread_s, gen_rows / copy_s;
END \$\$;
SQL
    )
    read -r rows gen_s gen_rps rowidx_rps onethread_rps copy_rps <<<"$line"
    printf '%-6s %12s %12.3f %14.0f %16.0f %19.0f %14.0f\n' "$round" "$rows" "$gen_s" "$gen_rps" "$rowidx_rps" "$onethread_rps" "$copy_rps"
    gen_results+=("$gen_rps"); rowidx_results+=("$rowidx_rps"); onethread_results+=("$onethread_rps"); copy_results+=("$copy_rps")
done
median() { printf "%s\n" "$@" | sort -g | awk "{v[NR]=\$1} END {print v[int((NR+1)/2)]}"; }
gen_median=$(median "${gen_results[@]}"); rowidx_median=$(median "${rowidx_results[@]}"); onethread_median=$(median "${onethread_results[@]}")
copy_median=$(median "${copy_results[@]}")
awk -v g="$gen_median" -v r="$rowidx_median" -v t="$onethread_median" -v c="$copy_median" \
    "BEGIN {printf(\"median gen_rows_per_s=%.0f rowidx_rows_per_s=%.0f onethread_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.2f rowidx_ratio=%.2f onethread_ratio=%.2f\\n\", g, r, t, c, g / c, r / c, t / c)}"
psql -c "DROP SCHEMA bench_gen CASCADE" -c "DROP SCHEMA bench_rowidx CASCADE" -c "DROP SCHEMA bench_onethread CASCADE" -c "DROP SCHEMA bench_copy CASCADE" >/dev/null 2>&1
rm -rf "$dir"
