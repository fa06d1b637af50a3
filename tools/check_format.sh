#!/bin/bash
# Fails when a C++ file of the project is not formatted as .clang-format says (Debian 12's
# clang-format, 14). Generated files are left out. To format: tools/check_format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'test/*.cpp' | grep -v '/generated/')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/dentsynth-format.$$; then
    head -40 /tmp/dentsynth-format.$$
    rm -f /tmp/dentsynth-format.$$
    echo "check_format: C++ files differ from .clang-format; run tools/check_format.sh --fix" >&2
    exit 1
fi
rm -f /tmp/dentsynth-format.$$
echo "check_format: ${#files[@]} C++ files formatted as .clang-format says"
