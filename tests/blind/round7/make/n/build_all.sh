#!/bin/sh
# Rebuild every generated record of this folder (byte-for-byte reproducible).
set -e
cd "$(dirname "$0")/.."
PY=.venv-make/bin/python
$PY make/make_maputo_txt.py
$PY make/make_dakar_docx.py
$PY make/make_cladem_docx.py
$PY make/make_nairobi_pdf.py
$PY make/make_amman_pdf.py
