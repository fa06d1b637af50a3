#!/bin/bash
# Fails when the release's files disagree: META.json (PGXN Meta spec 1.0.0: its required fields and
# their forms), the extension version (EXTVERSION in the Makefile, default_version in
# dentsynth.control, META.json's version and its extension's), the generator version
# (src/core/generator_version.hpp), CHANGELOG.md and the upgrade scripts.
#
# The generator version equals the extension version at a release. Between releases it may name
# the next release, but only while CHANGELOG.md lists changes under "Unreleased": cutting a
# release moves those lines under the new version, and then the two must meet.
set -euo pipefail
cd "$(dirname "$0")/.."
failures=0
fail() { echo "check_release: $*" >&2; failures=$((failures + 1)); }
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'

extension=$(sed -n 's/^EXTENSION *= *//p' Makefile)
extversion=$(sed -n 's/^EXTVERSION *= *//p' Makefile)
control_version=$(sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" "$extension.control")
generator_version=$(sed -n 's/.*kGeneratorVersion = "\(.*\)";.*/\1/p' src/core/generator_version.hpp)
[[ $extversion =~ $semver ]] || fail "EXTVERSION '$extversion' in the Makefile is not a semantic version"
[ "$control_version" = "$extversion" ] || fail "$extension.control's default_version '$control_version' differs from EXTVERSION '$extversion'"

# META.json against the PGXN Meta spec 1.0.0 (https://pgxn.org/spec/): required fields and forms.
if ! jq -e 'type == "object"' META.json >/dev/null 2>&1; then
    fail "META.json is not a JSON object"
else
    for field in name abstract version maintainer license provides meta-spec; do
        jq -e --arg f "$field" 'has($f)' META.json >/dev/null || fail "META.json lacks the required field '$field'"
    done
    [ "$(jq -r '."meta-spec".version' META.json)" = "1.0.0" ] || fail "META.json's meta-spec version is not 1.0.0"
    [ "$(jq -r '.name' META.json)" = "$extension" ] || fail "META.json's name is not '$extension'"
    jq -e '.abstract | type == "string" and length > 0' META.json >/dev/null || fail "META.json's abstract is empty"
    jq -e '.maintainer | (type == "string" and length > 0) or (type == "array" and length > 0 and all(type == "string"))' META.json >/dev/null ||
        fail "META.json's maintainer is neither a name nor a list of names"
    licenses='agpl_3 apache_1_1 apache_2_0 artistic_1 artistic_2 bsd freebsd gfdl_1_2 gfdl_1_3 gpl_1 gpl_2 gpl_3 lgpl_2_1 lgpl_3_0 mit mozilla_1_0 mozilla_1_1 openssl perl_5 postgresql qpl_1_0 ssleay sun zlib open_source restricted unrestricted unknown'
    jq -e --arg known "$licenses" '.license as $l | ($known | split(" ")) as $k
        | if ($l | type) == "string" then ($k | index([$l])) != null
          elif ($l | type) == "array" then ($l | length > 0 and all(. as $x | $k | index([$x]) != null))
          elif ($l | type) == "object" then ($l | length > 0 and all(.[]; type == "string")) else false end' META.json >/dev/null ||
        fail "META.json's license is not one the spec names (or a name -> URL object)"
    meta_version=$(jq -r '.version' META.json)
    [[ $meta_version =~ $semver ]] || fail "META.json's version '$meta_version' is not a semantic version"
    [ "$meta_version" = "$extversion" ] || fail "META.json's version '$meta_version' differs from EXTVERSION '$extversion'"
    while IFS=$'\t' read -r name file version; do
        [ -n "$file" ] && [ -e "$file" ] || fail "META.json: extension '$name' names no file, or one that does not exist ('$file')"
        [[ $version =~ $semver ]] || fail "META.json: extension '$name' has no semantic version ('$version')"
    done < <(jq -r '.provides | to_entries[] | [.key, (.value.file // ""), (.value.version // "")] | @tsv' META.json)
    [ "$(jq -r --arg e "$extension" '.provides[$e].version' META.json)" = "$extversion" ] ||
        fail "META.json's provides.$extension.version differs from EXTVERSION '$extversion'"
    jq -e '(.prereqs // {}) | to_entries | all(.key | IN("configure", "build", "runtime", "test", "develop"))' META.json >/dev/null ||
        fail "META.json's prereqs name a phase the spec does not (configure, build, runtime, test, develop)"
    jq -e '[(.prereqs // {})[] | to_entries[] | .key] | all(IN("requires", "recommends", "suggests", "conflicts"))' META.json >/dev/null ||
        fail "META.json's prereqs name a relationship the spec does not (requires, recommends, suggests, conflicts)"
    jq -e '(.release_status // "stable") | IN("stable", "testing", "unstable")' META.json >/dev/null ||
        fail "META.json's release_status is not stable, testing or unstable"
fi

grep -q 'PostgreSQL License' LICENSE 2>/dev/null || fail "LICENSE is missing or is not the PostgreSQL License"

# CHANGELOG.md: an Unreleased section and one for the extension version.
grep -qx '## Unreleased' CHANGELOG.md || fail "CHANGELOG.md has no '## Unreleased' section"
grep -qx "## $extversion" CHANGELOG.md || fail "CHANGELOG.md has no '## $extversion' section"
unreleased=$(awk '/^## /{ in_section = ($0 == "## Unreleased"); next } in_section && /^- /' CHANGELOG.md | wc -l)

# The generator version: the extension version, or (with changes listed as Unreleased) a later one.
[[ $generator_version =~ $semver ]] || fail "src/core/generator_version.hpp names no semantic version ('$generator_version')"
if [ "$generator_version" != "$extversion" ]; then
    later=$(printf '%s\n%s\n' "$extversion" "$generator_version" | sort -V | tail -n 1)
    if [ "$later" != "$generator_version" ]; then
        fail "the generator version $generator_version is older than the extension version $extversion"
    elif [ "$unreleased" -eq 0 ]; then
        fail "the generator version $generator_version differs from the extension version $extversion with nothing under 'Unreleased' in CHANGELOG.md (at a release they are equal)"
    fi
fi

# Every frozen install script of a released version reaches EXTVERSION through upgrade scripts.
for script in sql/"$extension"--*.sql; do
    version=${script#sql/"$extension"--}
    version=${version%.sql}
    [[ $version == *--* || $version == "$extversion" ]] && continue
    at=$version
    while [ "$at" != "$extversion" ]; do
        # The newest version an upgrade script from here leads to (only to later ones: no loop).
        next=""
        for upgrade in sql/"$extension--$at"--*.sql; do
            [ -e "$upgrade" ] || continue
            to=${upgrade#sql/"$extension--$at"--}
            to=${to%.sql}
            [ "$(printf '%s\n%s\n' "$at" "$to" | sort -V | tail -n 1)" = "$to" ] && [ "$to" != "$at" ] || continue
            [ -z "$next" ] || [ "$(printf '%s\n%s\n' "$next" "$to" | sort -V | tail -n 1)" = "$to" ] && next=$to
        done
        [ -n "$next" ] || break
        at=$next
    done
    [ "$at" = "$extversion" ] || fail "no chain of upgrade scripts leads from $version ($script) to $extversion"
done

if [ "$failures" -gt 0 ]; then
    echo "check_release: $failures problem(s)" >&2
    exit 1
fi
echo "check_release: $extension $extversion (generator $generator_version): META.json, control file, CHANGELOG.md and upgrade scripts agree"
