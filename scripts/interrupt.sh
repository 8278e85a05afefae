#!/usr/bin/env bash
# Stops `respin series` on the fixture with SIGINT, SIGTERM and SIGKILL at each of the 21
# points of SeriesInterruptTest (the suite runs each point with one signal) and checks that
# it leaves nothing or the whole result, and that the run again gives the same files.
#   scripts/interrupt.sh        # about 2-3 minutes on 2 cores
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
nice mvn -B -o -q -pl core,rewriters,cli -am -Dtest=SeriesInterruptTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Drespin.interrupt.all=1 test
grep -h "Tests run" cli/target/surefire-reports/respin.cli.SeriesInterruptTest.txt
