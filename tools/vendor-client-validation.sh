#!/usr/bin/env bash
# Vendors aspnet-client-validation (MIT), the jQuery-free reader of the data-val-* attributes that
# FluentValidation's client adapters write, into src/ICP.Web/wwwroot/lib/aspnet-client-validation.
#
#   tools/vendor-client-validation.sh          fetch the pinned tarball with `npm pack`, check it, copy the files
#   tools/vendor-client-validation.sh --check  verify the vendored files against SHA256SUMS (no network)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/src/ICP.Web/wwwroot/lib/aspnet-client-validation"
version=0.11.1
sha256=7c6211cffd892718ca147e802955d0bc1756ce3444100f2ab9d075c45653f262

if [[ "${1:-}" == "--check" ]]; then
  cd "$dest"
  sha256sum --quiet -c SHA256SUMS
  echo "aspnet-client-validation: every vendored file matches SHA256SUMS"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack --silent "aspnet-client-validation@$version")
echo "$sha256  $work/$tarball" | sha256sum --quiet -c - || { echo "checksum mismatch for aspnet-client-validation@$version" >&2; exit 1; }
tar -xzf "$work/$tarball" -C "$work"

rm -rf "$dest"
mkdir -p "$dest"
cp "$work/package/LICENSE" "$dest/LICENSE"
# The source-map comment is dropped: browsers would ask for a file that is not vendored.
sed '/^\/\/# sourceMappingURL=/d' "$work/package/dist/aspnet-validation.min.js" > "$dest/aspnet-validation.min.js"
printf 'aspnet-client-validation %s (sha256 of the npm tarball: %s)\nVendored by tools/vendor-client-validation.sh; do not edit these files.\n' "$version" "$sha256" > "$dest/VERSION"
(cd "$dest" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "aspnet-client-validation $version vendored into ${dest#"$root"/}"
