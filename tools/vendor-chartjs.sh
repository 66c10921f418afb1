#!/usr/bin/env bash
# Vendors Chart.js (MIT) into src/ICP.Web/wwwroot/lib/chartjs, for the staff dashboard's charts.
#
#   tools/vendor-chartjs.sh          fetch the pinned tarball with `npm pack`, check it, copy the files
#   tools/vendor-chartjs.sh --check  verify the vendored files against lib/chartjs/SHA256SUMS (no network)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/src/ICP.Web/wwwroot/lib/chartjs"
version=4.6.1
sha256=9345dacdf4bb4c5d40321f4b9aafab6fe676d37a534fc0bc2d17c4c4e29c4f00

if [[ "${1:-}" == "--check" ]]; then
  cd "$dest"
  sha256sum --quiet -c SHA256SUMS
  echo "Chart.js: every vendored file matches SHA256SUMS"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack --silent "chart.js@$version")
echo "$sha256  $work/$tarball" | sha256sum --quiet -c - || { echo "checksum mismatch for chart.js@$version" >&2; exit 1; }
tar -xzf "$work/$tarball" -C "$work"

rm -rf "$dest"
mkdir -p "$dest"
cp "$work/package/LICENSE.md" "$dest/LICENSE.md"
# The source-map comment is dropped: browsers would ask for a file that is not vendored.
sed '/^\/\/# sourceMappingURL=/d' "$work/package/dist/chart.umd.min.js" > "$dest/chart.umd.min.js"
printf 'chart.js %s (sha256 of the npm tarball: %s)\nVendored by tools/vendor-chartjs.sh; do not edit these files.\n' "$version" "$sha256" > "$dest/VERSION"
(cd "$dest" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "Chart.js $version vendored into ${dest#"$root"/}"
