#!/usr/bin/env bash
# The dashboard test drives Debian's Chromium through chromedriver; install both when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi
log "Installing Debian's chromium and chromium-driver for the browser test"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
