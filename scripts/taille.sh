#!/bin/sh
# Sizes of a build made in a private folder (default /tmp/kit-dist-$$), so that several people can measure at once:
#   sh scripts/taille.sh /tmp/kit-dist-moi
set -e
D=${1:-/tmp/kit-dist-$$}
rm -rf "$D"
KIT_DIST="$D" node_modules/.bin/rollup -c --silent
KIT_DIST="$D" node scripts/autonome.mjs
KIT_DIST="$D" node scripts/size.mjs
