#!/usr/bin/env bash
# The large book's PDF/CLI ratio without starting the application: one DOCX (e.g. large.docx from the folder
# bench/book.sh prints) converted round after round by the application's route (running LibreOffice, contents
# refreshed, tagged) and by a cold `soffice --convert-to pdf` with the same export options (tagged) and with the
# command line's defaults (untagged); wall / CPU per route, LibreOffice's CPU apart from the JVM's, ratios per
# round. Usage: bench/book-pdf-routes.sh BOOK.docx [ROUNDS]. Compare ratios within one round on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
docx="$(realpath "$1")"; rounds="${2:-3}"
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.documents.internal.BookPdfRoutes "$docx" "$rounds"
