#!/usr/bin/env bash
# The one test command: installs what the browser tests need when it is missing (Debian's chromium and
# chromium-driver), then runs every test: on H2, again on a real PostgreSQL 15 (embedded binaries from
# Maven Central, no server to install), and the end-to-end journeys in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "run-tests: installing Debian's chromium and chromium-driver for the browser tests"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The two-node test (TwoNodesIT) puts Debian's HAProxy in front of the nodes; without it the test checks the same
# facts against the nodes' own ports and says so.
if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  echo "run-tests: installing Debian's haproxy for the two-node test"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null) \
    || echo "run-tests: haproxy could not be installed; TwoNodesIT runs without it and prints so"
fi

exec ./mvnw -B verify "$@"
