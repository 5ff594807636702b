#!/usr/bin/env bash
# Debian's headless Chromium and its WebDriver, for tests/web/test_browser.py.
# Installs `chromium` and `chromium-driver` with apt-get when either is missing,
# quietly; the test skips itself on a machine without them.  Nothing else is
# downloaded: Selenium is pointed at these binaries.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  chromium chromium-driver >/dev/null
