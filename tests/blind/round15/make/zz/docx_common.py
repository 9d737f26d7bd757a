"""Shared helper: save a python-docx Document with fixed metadata and zip timestamps (reproducible bytes)."""
import datetime
import io
import zipfile


def save_reproducible(doc, out, when, title, author="Country office"):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.title = title
    cp.created = cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
