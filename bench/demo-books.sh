#!/usr/bin/env bash
# Writes the demo province's master-plan book (TH-65) in Thai and English, DOCX and PDF, to target/demo-books/
# (or the folder given), to look at: pdftoppm -r 60 -png target/demo-books/book-th.pdf /tmp/th
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.DemoBooks "$@"
