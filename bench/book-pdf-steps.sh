#!/usr/bin/env bash
# Profiles the engine's PDF route piece by piece on one DOCX (load, contents refresh, refresh, tagged or untagged
# export; with or without the Thai line-break marks), variants alternated round after round in one running
# LibreOffice, wall / CPU per step. Usage: bench/book-pdf-steps.sh BOOK.docx [ROUNDS] [VARIANT...]
# (BOOK.docx: e.g. large.docx from the folder bench/book.sh prints). CPU time is the steadier number on a shared
# machine; compare variants within one run only.
set -euo pipefail
cd "$(dirname "$0")/.."
docx="$(realpath "$1")"; rounds="${2:-2}"; shift $(( $# < 2 ? $# : 2 ))
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(plain tagged marked:toc+tagged marked:toc+refresh+tagged)
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.documents.internal.BookPdfSteps "$docx" "$rounds" "${variants[@]}"
