"""Helpers: save a python-docx Document with fixed core properties and zip timestamps."""
import datetime, io, zipfile


def save_fixed(doc, out, when=datetime.datetime(2023, 11, 20, 9, 0, 0)):
    cp = doc.core_properties
    cp.author = "blind r10-u"
    cp.last_modified_by = "blind r10-u"
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
