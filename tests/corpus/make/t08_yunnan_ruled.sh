#!/bin/sh
# t08: build the Word source with python-docx, convert it to PDF with LibreOffice (ruled tables).
# Run from the repository root: sh tests/corpus/make/t08_yunnan_ruled.sh
set -e
HERE=$(dirname "$0")
TMP=$(mktemp -d)
/work/main/.venv/bin/python "$HERE/t08_yunnan_ruled.py" "$TMP/t08_yunnan_ruled.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/t08_yunnan_ruled.docx" >/dev/null
cp "$TMP/t08_yunnan_ruled.pdf" "$HERE/../t08_yunnan_ruled.pdf"
rm -rf "$TMP"
echo "wrote $HERE/../t08_yunnan_ruled.pdf"
