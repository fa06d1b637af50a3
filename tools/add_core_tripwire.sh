#!/bin/sh
# Appends the core tripwire include after the last #include of every src/core .cpp lacking it.
for f in $(find src/core -name '*.cpp' -not -path '*/generated/*'); do
    grep -q '#include "core/core_only.hpp"' "$f" && continue
    last=$(grep -n '^#include' "$f" | tail -1 | cut -d: -f1)
    sed -i "${last}a\\
\\
#include \"core/core_only.hpp\"  // last: fails the build if a PostgreSQL header slipped in" "$f"
done
