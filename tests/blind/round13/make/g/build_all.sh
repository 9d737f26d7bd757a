#!/bin/sh
# Rebuild every generated g-* record (the .md and the e-mail .txt are written by hand).
# Needs: python3 -m venv .venv-make && .venv-make/bin/pip install python-docx fpdf2 ; fonts-dejavu-core
set -e
cd "$(dirname "$0")/.."
PY=.venv-make/bin/python
$PY make/make_islamabad_docx.py
$PY make/make_san_salvador_docx.py
$PY make/make_antananarivo_pdf.py
$PY make/make_cairo_pdf.py
python3 make/make_jakarta_txt.py
