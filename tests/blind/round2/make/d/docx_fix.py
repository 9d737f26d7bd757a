"""Shared helpers: fixed core properties and a zip rewritten with fixed timestamps, so rebuilding gives the same bytes."""
import datetime
import zipfile
from io import BytesIO
from pathlib import Path

FIXED = (2023, 12, 1, 0, 0, 0)


def set_core(doc, title, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = "r2-d blind eval"
    cp.last_modified_by = "r2-d blind eval"
    cp.created = when
    cp.modified = when
    cp.revision = 1


def save_reproducible(doc, out: Path):
    buf = BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(BytesIO(buf.getvalue()))
    res = BytesIO()
    with zipfile.ZipFile(res, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    out.write_bytes(res.getvalue())
