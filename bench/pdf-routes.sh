#!/usr/bin/env bash
# Compares the two PDF routes on the same Thai sample document: the generated DOCX converted by a running
# LibreOffice (JODConverter) and the same document as HTML printed by headless Chromium. Prints both times and
# writes both PDFs and their first pages as PNG to target/pdf-routes/ for a look. Takes about half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.PdfRoutesComparison
