#!/bin/sh
# Build guard: the generator core (src/core) never includes a PostgreSQL header, and every core
# .cpp ends its includes with the tripwire core/core_only.hpp.
status=0
if grep -rnE '#include *[<"](postgres|fmgr|funcapi|executor/|access/|utils/|catalog/)' src/core; then
    echo "check_core_isolation: src/core includes a PostgreSQL header (above)"; status=1
fi
for f in $(find src/core -name '*.cpp'); do
    grep -q '#include "core/core_only.hpp"' "$f" || { echo "check_core_isolation: $f does not include core/core_only.hpp"; status=1; }
done
exit $status
