#!/usr/bin/env bash
# The fault suite (issue 19): the packaged application on a real PostgreSQL 15 server under a load driver, first
# killed with kill -9 at random moments and started again (20 cycles), then with PostgreSQL stopped for 30 s and
# started again; afterwards every confirmed step is checked in the database. Prints the figures.
#
#   ./run-faults.sh                         20 crash cycles, a 30 s outage
#   FAULTS_CYCLES=5 FAULTS_OUTAGE_SECONDS=10 ./run-faults.sh
#
# Then TwoNodesIT (items 4 and 5): two nodes on one PostgreSQL behind HAProxy (Debian's haproxy, installed here when
# missing), timers, votes on both nodes, node 1 killed, and the mixed load with one and with two nodes and at 10, 50
# and 100 users (NODES_THROUGHPUT_USERS, NODES_THROUGHPUT_SECONDS, NODES_LOAD_USERS, NODES_LOAD_SECONDS,
# NODES_TIMERS, NODES_LOCK_MILLIS). FAULTS_SUITE=faults or FAULTS_SUITE=nodes runs only the one.
#
# Nothing to install: PostgreSQL runs from zonky's binaries (Maven Central, as in the test command) and the mail
# server is GreenMail, in the test JVM. The short version of the same scenarios runs in ./run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")"

CYCLES="${FAULTS_CYCLES:-20}"
OUTAGE="${FAULTS_OUTAGE_SECONDS:-30}"
SUITE="${FAULTS_SUITE:-all}"
case "$SUITE" in
  faults) TESTS=FaultsIT ;;
  nodes) TESTS=TwoNodesIT ;;
  *) TESTS=FaultsIT,TwoNodesIT ;;
esac

if [ "$SUITE" != "faults" ] && ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  echo "run-faults: installing Debian's haproxy for the two-node run"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
fi

echo "run-faults: building the jar (./mvnw -B package -DskipTests)"
./mvnw -B -q package -DskipTests
JAR="$(ls target/netwerkregie-*.jar | grep -v -- '-plain' | head -n 1)"
echo "run-faults: ${CYCLES} crash cycles and a ${OUTAGE} s database outage on ${JAR}"

status=0
./mvnw -B surefire:test@faults -Dnetwerkregie.faults.jar="$PWD/$JAR" -Dnetwerkregie.faults.cycles="$CYCLES" \
  -Dnetwerkregie.faults.outageSeconds="$OUTAGE" -Dnetwerkregie.faults.maxLoadMillis="${FAULTS_MAX_LOAD_MILLIS:-15000}" \
  -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnetwerkregie.nodes.timers="${NODES_TIMERS:-20}" -Dnetwerkregie.nodes.lockMillis="${NODES_LOCK_MILLIS:-10000}" \
  -Dnetwerkregie.nodes.throughputUsers="${NODES_THROUGHPUT_USERS:-20}" \
  -Dnetwerkregie.nodes.throughputSeconds="${NODES_THROUGHPUT_SECONDS:-60}" \
  -Dnetwerkregie.nodes.loadUsers="${NODES_LOAD_USERS:-10,50,100}" -Dnetwerkregie.nodes.loadSeconds="${NODES_LOAD_SECONDS:-60}" \
  "$@" || status=$?

OUT=target/surefire-reports-faults/nl.netwerkregie.faults.FaultsIT-output.txt
if [ -f "$OUT" ]; then
  echo
  grep '^FAULTS' "$OUT" | sed 's/^FAULTS //'
fi
NODES_OUT=target/surefire-reports-faults/nl.netwerkregie.faults.TwoNodesIT-output.txt
if [ -f "$NODES_OUT" ]; then
  echo
  grep -E '^(TWONODES|LOAD)' "$NODES_OUT" | sed -E 's/^(TWONODES|LOAD) //'
fi
exit "$status"
