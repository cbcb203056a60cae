#!/usr/bin/env bash
# Refreshes the vendored NL Design System CSS from the npm registry. Node is needed only to run
# this script, never to build or run Maatwerk. Both packages are EUPL-1.2; their licence files are
# kept beside the CSS.
set -euo pipefail
UTRECHT_VERSIE=${UTRECHT_VERSIE:-9.0.4}
DENHAAG_VERSIE=${DENHAAG_VERSIE:-4.1.0}
doel="$(cd "$(dirname "$0")/.." && pwd)/app/src/main/resources/static/css/nl-design-system"
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
cd "$werk"
npm pack --silent "@utrecht/component-library-css@${UTRECHT_VERSIE}" "@gemeente-denhaag/design-tokens-components@${DENHAAG_VERSIE}" >/dev/null
mkdir -p utrecht denhaag
tar -xzf utrecht-component-library-css-*.tgz -C utrecht
tar -xzf gemeente-denhaag-design-tokens-components-*.tgz -C denhaag
mkdir -p "$doel/utrecht" "$doel/denhaag"
cp utrecht/package/dist/index.css "$doel/utrecht/index.css"
cp utrecht/package/dist/html.css "$doel/utrecht/html.css"
cp utrecht/package/LICENSE* "$doel/utrecht/" 2>/dev/null || cp utrecht/package/LICENCE* "$doel/utrecht/"
cp denhaag/package/dist/theme/index.css "$doel/denhaag/theme.css"
cp denhaag/package/LICENSE* "$doel/denhaag/" 2>/dev/null || cp denhaag/package/LICENCE* "$doel/denhaag/" 2>/dev/null || true
cat > "$doel/VERSIES.txt" <<TXT
@utrecht/component-library-css ${UTRECHT_VERSIE} (EUPL-1.2)
@gemeente-denhaag/design-tokens-components ${DENHAAG_VERSIE} (EUPL-1.2)
Ververst met scripts/ververs-nl-design-system.sh
TXT
echo "NL Design System CSS ververst in $doel"
