#!/usr/bin/env bash
# The report-service embeds Chinese fonts in its PDFs; it needs TrueType ones (PDFBox cannot embed Noto CJK's CFF
# outlines): AR PL SungtiL GB (宋体, body) and WenQuanYi Micro Hei (黑体, headings; Zen Hei, also a 黑体,
# holds a glyph table three times as large, which a PDF render keeps in memory). Install them when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if compgen -G "/usr/share/fonts/truetype/arphic-gbsn00lp/*.ttf" >/dev/null && [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  exit 0
fi
log "Installing Chinese fonts for the PDF documents (fonts-arphic-gbsn00lp, fonts-wqy-microhei)"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-arphic-gbsn00lp fonts-wqy-microhei >/dev/null
