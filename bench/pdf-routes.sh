#!/usr/bin/env bash
# Compares the two PDF routes on the same Thai sample document: the generated DOCX converted by a running
# LibreOffice (JODConverter) and the same document as HTML printed by headless Chromium. Prints both times and
# writes both PDFs and their first pages as PNG to target/pdf-routes/ for a look. Takes about half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.PdfRoutesComparison
