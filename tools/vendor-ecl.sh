#!/usr/bin/env bash
# Vendors the Europa Component Library (ECL) into src/ICP.Web/wwwroot/lib/ecl, so that the build
# and the running portal need no network and no page loads anything from another origin.
#
#   tools/vendor-ecl.sh          fetch the pinned tarballs with `npm pack`, check them, copy the files
#   tools/vendor-ecl.sh --check  verify the vendored files against lib/ecl/SHA256SUMS (no network)
#
# Why `npm pack` and two versions: `npm install @ecl/preset-ec` fails on this project's registry
# mirror (its ~95 @ecl/* sub-packages are missing), but the preset's tarball carries the complete
# prebuilt dist/. The 5.3.1 tarball has no icon sprite; 4.11.0 ships one (same icon names).
# ECL is licensed under the EUPL: its LICENSE travels with the files, which are never edited
# (the portal's own stylesheet, wwwroot/css/site.css, overrides what it must).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/src/ICP.Web/wwwroot/lib/ecl"

ecl_version=5.3.1
ecl_sha256=e6e9dfdc5003df39c9fc584d69c4ff2668f2acccc1778bc014d16158759ebc1b
icons_version=4.11.0
icons_sha256=323d4e44f2b4fb68ee0dba4ce55d336622ffe5f42d513b2975d3dff9f4f69df8

if [[ "${1:-}" == "--check" ]]; then
  cd "$dest"
  sha256sum --quiet -c SHA256SUMS
  echo "ECL: every vendored file matches SHA256SUMS"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # name version expected-sha256
  local tarball
  tarball=$(cd "$work" && npm pack --silent "$1@$2")
  echo "$3  $work/$tarball" | sha256sum --quiet -c - || { echo "checksum mismatch for $1@$2" >&2; exit 1; }
  mkdir -p "$work/$2"
  tar -xzf "$work/$tarball" -C "$work/$2"
}

fetch @ecl/preset-ec "$ecl_version" "$ecl_sha256"
fetch @ecl/preset-ec "$icons_version" "$icons_sha256"

src="$work/$ecl_version/package"
rm -rf "$dest"
mkdir -p "$dest/styles/optional" "$dest/scripts" "$dest/fonts" "$dest/images/logo" "$dest/images/icons"
cp "$src/LICENSE" "$dest/LICENSE"
cp "$src/dist/styles/ecl-ec.css" "$src/dist/styles/ecl-ec-print.css" "$dest/styles/"
for optional in ecl-reset ecl-ec-default ecl-ec-default-print ecl-ec-utilities; do
  cp "$src/dist/styles/optional/$optional.css" "$dest/styles/optional/"
done
cp "$src/dist/scripts/ecl-ec.js" "$dest/scripts/"
cp "$src/dist/fonts/InterVariable.woff2" "$src/dist/fonts/InterVariable-Italic.woff2" "$src/dist/fonts/version.txt" "$dest/fonts/"
for language in en fr es; do
  cp "$src/dist/images/logo/positive/logo-ec--$language.svg" "$dest/images/logo/logo-ec--$language.svg"
  cp "$src/dist/images/logo/negative/logo-ec--$language.svg" "$dest/images/logo/logo-ec--$language-negative.svg"
done
cp "$work/$icons_version/package/dist/images/icons/sprites/icons.svg" "$dest/images/icons/icons.svg"

# ECL's @font-face lists the Inter font on webtools.europa.eu before the local copy. Under the
# portal's CSP (font-src 'self') Chromium reports a blocked load of every such URL on every page,
# even for faces no element uses. So the pages link a derived copy ("*.local.css") whose only
# change is that remote source removed; the published files stay beside it, unmodified.
for sheet in ecl-ec ecl-ec-print; do
  sed -E 's#url\(https://webtools\.europa\.eu/fonts/inter/[A-Za-z-]+\.woff2\) format\("woff2"\),##g' \
    "$dest/styles/$sheet.css" > "$dest/styles/$sheet.local.css"
  if grep -q 'webtools' "$dest/styles/$sheet.local.css" || ! grep -q 'url(../fonts/InterVariable.woff2)' "$dest/styles/$sheet.local.css"; then
    echo "$sheet.css: the @font-face rule changed shape; update the sed expression above" >&2
    exit 1
  fi
done

cat > "$dest/VERSION" <<INFO
@ecl/preset-ec $ecl_version (sha256 of the npm tarball: $ecl_sha256)
icons.svg from @ecl/preset-ec $icons_version (sha256 of the npm tarball: $icons_sha256)
Vendored by tools/vendor-ecl.sh; do not edit these files.
INFO

(cd "$dest" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "ECL $ecl_version vendored into ${dest#"$root"/}"
