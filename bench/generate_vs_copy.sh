#!/bin/bash
# Benchmark: generate_all() against binary COPY FROM of the very same rows into the same empty
# tables, side by side in one run. Each round is one transaction: both schemas are emptied
# (TRUNCATE, untimed), then, timed separately:
#   A. dentsynth.generate_all(patients) into schema bench_gen;
#   B. COPY ... FROM '<file>' (FORMAT binary) of those very rows into schema bench_copy.
# Rounds alternate which side runs first and start from a CHECKPOINT.
# Rows/s = rows written / elapsed (clock_timestamp inside the server). Prints per-round figures and
# medians and the ratio A/B. Needs a superuser connection (server-side COPY files) and the
# extension installed; run it inside `pg_virtualenv` for a throwaway cluster:
#   pg_virtualenv -v 15 bench/generate_vs_copy.sh 50000 5
set -euo pipefail
patients=${1:-50000}
rounds=${2:-5}
dir=$(mktemp -d /tmp/dentsynth-bench.XXXXXX)
chmod 777 "$dir"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -c "CREATE EXTENSION IF NOT EXISTS dentsynth" \
     -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_gen')" -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_copy')" >/dev/null
psql -c "CREATE OR REPLACE FUNCTION pg_temp.noop() RETURNS void LANGUAGE sql AS 'SELECT'" >/dev/null
# The same rows for COPY: generate once, dump every generated table in binary.
tables=$(psql -At -c "SELECT table_name FROM dentsynth.generate_all($patients, target_schema => 'bench_gen', replace => true, as_of => '2025-12-31')")
for t in $tables; do psql -c "COPY bench_gen.\"$t\" TO '$dir/$t.bin' (FORMAT binary)"; done
copy_sql=""
for t in $tables; do copy_sql+="EXECUTE 'COPY bench_copy.\"$t\" FROM ''$dir/$t.bin'' (FORMAT binary)';"; done
truncate_list=$(for t in $tables; do printf 'bench_copy."%s",' "$t"; done | sed 's/,$//')
gen_truncate_list=$(for t in $tables; do printf 'bench_gen."%s",' "$t"; done | sed 's/,$//')

echo "patients=$patients rounds=$rounds tables=$(echo $tables | wc -w) postgres=$(psql -At -c 'SHOW server_version')"
printf '%-6s %12s %12s %14s %14s\n' round rows gen_seconds gen_rows_per_s copy_rows_per_s
gen_results=(); copy_results=()
for round in $(seq 1 "$rounds"); do
    # Alternate which side goes first, and start every round from a checkpoint, so neither side
    # pays for the other's dirty buffers or WAL.
    copy_first=$([ $((round % 2)) -eq 0 ] && echo true || echo false)
    psql -c CHECKPOINT
    line=$(psql -At -F' ' 2>&1 <<SQL | sed -n 's/.*RESULT //p'
DO \$\$
DECLARE t0 timestamptz; t1 timestamptz; gen_rows bigint; copy_rows bigint; gen_s float8; copy_s float8;
BEGIN
    TRUNCATE $gen_truncate_list;
    TRUNCATE $truncate_list;
    IF $copy_first THEN
        t1 := clock_timestamp();
        $copy_sql
        copy_s := extract(epoch FROM clock_timestamp() - t1);
    END IF;
    t0 := clock_timestamp();
    SELECT sum(rows) INTO gen_rows FROM dentsynth.generate_all($patients, target_schema => 'bench_gen', as_of => '2025-12-31');
    gen_s := extract(epoch FROM clock_timestamp() - t0);
    IF NOT $copy_first THEN
        t1 := clock_timestamp();
        $copy_sql
        copy_s := extract(epoch FROM clock_timestamp() - t1);
    END IF;
    RAISE NOTICE 'RESULT % % % %', gen_rows, gen_s, gen_rows / gen_s, gen_rows / copy_s;
END \$\$;
SQL
    )
    read -r rows gen_s gen_rps copy_rps <<<"$line"
    printf '%-6s %12s %12.3f %14.0f %14.0f\n' "$round" "$rows" "$gen_s" "$gen_rps" "$copy_rps"
    gen_results+=("$gen_rps"); copy_results+=("$copy_rps")
done
median() { printf "%s\n" "$@" | sort -g | awk "{v[NR]=\$1} END {print v[int((NR+1)/2)]}"; }
gen_median=$(median "${gen_results[@]}"); copy_median=$(median "${copy_results[@]}")
awk -v g="$gen_median" -v c="$copy_median" "BEGIN {printf(\"median gen_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.2f\\n\", g, c, g / c)}"
psql -c "DROP SCHEMA bench_gen CASCADE" -c "DROP SCHEMA bench_copy CASCADE" >/dev/null 2>&1
rm -rf "$dir"
