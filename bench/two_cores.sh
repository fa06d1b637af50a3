#!/bin/bash
# Two cores against one, side by side: the same roster generated in the shapes a user can choose,
# timed in one cluster, order rotated every round. Sides:
#   one_core   generate_all(patients) into a new schema with every process of the cluster pinned to
#              CPU 0 (taskset on the postmaster and its children; new backends inherit it): the work
#              of one call on one core
#   one_call   the same call on both cores (the generator on its worker thread, parallel index builds)
#   same       two sessions at once: part 1 and part 2 of 2 into the same existing, empty tables
#              (made and committed by create_raw_schema beforehand, untimed)
#   own        two sessions at once: part 1 and part 2 of 2, each into a new schema of its own
# and, for comparison with the write path before dentsynth.write_pages_directly:
#   one_core_buffered   one_core with SET dentsynth.write_pages_directly = off
# Prints seconds per side per round, the medians, and each side's speed-up over one_core (median
# of one_core / median of the side), plus the CPU the side kept busy (from /proc/stat, all
# processes: the cluster's, the kernel's writeback) and its I/O wait. Needs root (taskset on the
# server's processes) and a cluster the environment points at, e.g.
#   pg_virtualenv -t -v 15 bench/two_cores.sh 20000 5
set -euo pipefail
patients=${1:-20000}
rounds=${2:-5}
sides=(one_core one_call same own one_core_buffered)
[ $((patients % 16)) -eq 0 ] || { echo "patients must be a multiple of 16 (two parts of whole family blocks)" >&2; exit 2; }
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c "CREATE EXTENSION IF NOT EXISTS dentsynth" >/dev/null
checkpointer=$(psql -At -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
postmaster=$(ps -o ppid= -p "$checkpointer" | tr -d ' ')
pin() {  # pin the cluster's processes (and through the postmaster, every new backend) to CPUs $1
    taskset -a -p -c "$1" "$postmaster" >/dev/null
    for child in $(pgrep -P "$postmaster"); do taskset -a -p -c "$1" "$child" >/dev/null 2>&1 || true; done
}
trap 'pin 0-$(($(nproc) - 1))' EXIT
cpu() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9, $6}' /proc/stat; }
clean() {
    for schema in bench_one bench_same bench_part1 bench_part2; do psql -c "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null; done
    psql -c "DELETE FROM dentsynth.generation WHERE target_schema LIKE 'bench\_%'" -c "CHECKPOINT" >/dev/null
}
call() {  # schema, settings, extra arguments
    psql -c "$2" -c "SELECT count(*) FROM dentsynth.generate_all($patients, as_of => '2025-12-31', target_schema => '$1'$3)" >/dev/null
}
run_side() {
    case $1 in
        one_core) pin 0; call bench_one "RESET ALL" "" ;;
        one_core_buffered) pin 0; call bench_one "SET dentsynth.write_pages_directly = off" "" ;;
        one_call) call bench_one "RESET ALL" "" ;;
        same) call bench_same "RESET ALL" ", part => 1, parts => 2" & call bench_same "RESET ALL" ", part => 2, parts => 2"; wait ;;
        own) call bench_part1 "RESET ALL" ", part => 1, parts => 2" & call bench_part2 "RESET ALL" ", part => 2, parts => 2"; wait ;;
    esac
}
declare -A seconds busy iowait
for round in $(seq 1 "$rounds"); do
    for i in "${!sides[@]}"; do
        side=${sides[$(((i + round - 1) % ${#sides[@]}))]}
        clean
        pin 0-$(($(nproc) - 1))
        [ "$side" = same ] && psql -c "SELECT count(*) FROM dentsynth.create_raw_schema('bench_same')" -c "CHECKPOINT" >/dev/null
        read -r busy0 wait0 < <(cpu)
        start=$(date +%s.%N)
        run_side "$side"
        end=$(date +%s.%N)
        read -r busy1 wait1 < <(cpu)
        pin 0-$(($(nproc) - 1))
        seconds[$side]+="$(echo "$end - $start" | bc) "
        busy[$side]+="$(echo "($busy1 - $busy0) / 100" | bc -l) "
        iowait[$side]+="$(echo "($wait1 - $wait0) / 100" | bc -l) "
        printf 'round %d %-18s %7.2f s\n' "$round" "$side" "$(echo "$end - $start" | bc)"
    done
done
clean
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
base=$(echo "${seconds[one_core]}" | median)
printf '\n%-18s %s\n' side "seconds per round | median s | speed-up over one_core | median CPU busy s | median I/O wait s"
for side in "${sides[@]}"; do
    m=$(echo "${seconds[$side]}" | median)
    printf '%-18s %s| %.2f | %.2f | %.2f | %.2f\n' "$side" "$(for s in ${seconds[$side]}; do printf '%.2f ' "$s"; done)" "$m" \
        "$(echo "$base / $m" | bc -l)" "$(echo "${busy[$side]}" | median)" "$(echo "${iowait[$side]}" | median)"
done
