#!/usr/bin/env bash
# Regenerates src/ICP.Web/Features/Activities/CountryNames.json, the names of countries and
# territories in each interface language, from the CLDR data of the machine's ICU (Debian:
# apt-get install gcc libicu-dev). Run it when a language is added (docs/languages.md) and commit
# the file; the portal never calls ICU for these names.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O1 -o "$work/country-names" "$root/tools/country-names.c" $(pkg-config --cflags --libs icu-uc)
"$work/country-names" en fr ca es > "$work/CountryNames.json"
mv "$work/CountryNames.json" "$root/src/ICP.Web/Features/Activities/CountryNames.json"
echo "Written src/ICP.Web/Features/Activities/CountryNames.json"
