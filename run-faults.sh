#!/usr/bin/env bash
# The fault suite (issue 19): the packaged application on a real PostgreSQL 15 server under a load driver, first
# killed with kill -9 at random moments and started again (20 cycles), then with PostgreSQL stopped for 30 s and
# started again; afterwards every confirmed step is checked in the database. Prints the figures.
#
#   ./run-faults.sh                         20 crash cycles, a 30 s outage
#   FAULTS_CYCLES=5 FAULTS_OUTAGE_SECONDS=10 ./run-faults.sh
#
# Nothing to install: PostgreSQL runs from zonky's binaries (Maven Central, as in the test command) and the mail
# server is GreenMail, in the test JVM. The short version of the same scenarios runs in ./run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")"

CYCLES="${FAULTS_CYCLES:-20}"
OUTAGE="${FAULTS_OUTAGE_SECONDS:-30}"

echo "run-faults: building the jar (./mvnw -B package -DskipTests)"
./mvnw -B -q package -DskipTests
JAR="$(ls target/netwerkregie-*.jar | grep -v -- '-plain' | head -n 1)"
echo "run-faults: ${CYCLES} crash cycles and a ${OUTAGE} s database outage on ${JAR}"

status=0
./mvnw -B surefire:test@faults -Dnetwerkregie.faults.jar="$PWD/$JAR" -Dnetwerkregie.faults.cycles="$CYCLES" \
  -Dnetwerkregie.faults.outageSeconds="$OUTAGE" -Dnetwerkregie.faults.maxLoadMillis="${FAULTS_MAX_LOAD_MILLIS:-15000}" \
  "$@" || status=$?

OUT=target/surefire-reports-faults/nl.netwerkregie.faults.FaultsIT-output.txt
if [ -f "$OUT" ]; then
  echo
  grep '^FAULTS' "$OUT" | sed 's/^FAULTS //'
fi
exit "$status"
