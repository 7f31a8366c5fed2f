#!/usr/bin/env bash
# Master-plan book benchmark: starts the app in-process (in-memory H2, demo data), saves a version of the demo
# plan and of a large plan (700 projects, 1,500 KPIs) in TH-65, and for each prints the time to build the
# document, render the DOCX, make the PDF through the running LibreOffice, and - the baseline, same run, same
# DOCX - `soffice --headless --convert-to pdf` from the command line. Targets: DOCX <= 2 s, PDF no slower than
# the command line. Needs LibreOffice (libreoffice-writer-nogui) and fonts-thai-tlwg. A few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

# BOOK_BENCH=demo or BOOK_BENCH=large measures one book only (default: both).
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.BookBenchmark
