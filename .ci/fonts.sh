#!/usr/bin/env bash
# Debian's WenQuanYi Zen Hei, the CJK face pdfium draws the test pages' Chinese with (their PDFs
# name reportlab's STSong-Light without embedding it) and bench/pdfgen.py sets its Hei styles in.
# Installed with apt-get where missing; without it those tests skip themselves (tests/cjk.py).
set -euo pipefail
if fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei fontconfig >/dev/null
