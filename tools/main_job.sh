#!/bin/bash
# The README's main command: install what is missing, build and install the extension, start a
# local cluster, generate N patients (default 5000) into raw and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
tools/install_dependencies.sh
make -s -j2
$SUDO make -s install
tools/demo.sh "${1:-5000}"
