#!/bin/sh
# Installs what dentsynth needs on Debian 12 from Debian's own packages, only what is missing:
# the PostgreSQL 15 server and headers, a C++20 compiler, Boost.Random, pgTAP and pg_prove,
# clang-format (the formatting check) and jq (the release check reads META.json).
set -eu
packages="build-essential postgresql-15 postgresql-server-dev-15 libboost-dev postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl clang-format jq"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
