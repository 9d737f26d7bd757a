"""Helpers shared by the DOCX scripts: reproducible saving (fixed core properties and zip dates)."""
import datetime
import io
import zipfile


def save_reproducible(doc, out, when: datetime.datetime, title: str, author: str):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.title = title
    cp.created = cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
