#!/usr/bin/env bash
# Writes the demo province's master-plan book (TH-65) in Thai and English, DOCX and PDF, to target/demo-books/
# (or the folder given), to look at: pdftoppm -r 60 -png target/demo-books/book-th.pdf /tmp/th
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.DemoBooks "$@"
