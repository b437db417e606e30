#!/usr/bin/env bash
# Tags the checked-out commit as release vX.Y.Z (the version in package.json), moves the major
# tag vX to it, pushes both, and creates the GitHub release with the CHANGELOG section as its
# notes. Run by .github/workflows/release.yml after CI passed on this commit; refuses to
# re-release an existing version and never moves a major tag backwards.
#
#   scripts/tag-release.sh [remote]      (needs git identity, push rights and gh auth)
set -euo pipefail
cd "$(dirname "$0")/.."
remote=${1:-origin}

version=$(node -p 'require("./package.json").version')
tag="v$version"
major="v${version%%.*}"
notes=$(mktemp)
trap 'rm -f "$notes"' EXIT
node scripts/release-notes.mjs "$version" --check >"$notes"

git fetch --quiet --force --tags "$remote"
if git rev-parse --quiet --verify "refs/tags/$tag" >/dev/null; then
  echo "::error::$tag already exists; bump the version in package.json and src/actions/common/suite-version.ts" >&2
  exit 1
fi
# The major tag only ever moves forward: to a newer release of its line.
if current=$(git describe --tags --exact-match "refs/tags/$major^{commit}" --match 'v*.*.*' 2>/dev/null); then
  newest=$(printf '%s\n%s\n' "${current#v}" "$version" | sort -V | tail -n 1)
  if [ "$newest" != "$version" ]; then
    echo "::error::$major points at $current, newer than $tag; release from the newest line" >&2
    exit 1
  fi
fi

commit=$(git rev-parse HEAD)
git tag --annotate --message "kubespray-upgrade-actions $tag" "$tag" "$commit"
git tag --force --annotate --message "kubespray-upgrade-actions $tag (moving major tag)" "$major" "$commit"
git push "$remote" "refs/tags/$tag"
git push --force "$remote" "refs/tags/$major"
gh release create "$tag" --verify-tag --title "$tag" --notes-file "$notes"
echo "released $tag at $commit; $major now points there"
