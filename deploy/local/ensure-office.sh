#!/usr/bin/env bash
# The document tests open the Word and Excel files as an office does: LibreOffice headless converts them to PDF
# (report-service OfficeRenderingTest). Installs the fonts and LibreOffice's writer and calc when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$ROOT/deploy/local/ensure-fonts.sh"
if [ -x /usr/bin/soffice ]; then exit 0; fi
log "Installing LibreOffice (writer, calc) for the document rendering tests"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null
