"""Save a python-docx Document reproducibly (fixed core properties and zip timestamps)."""
import datetime
import io
import zipfile


def save_fixed(doc, out, when, title):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "blind r2-e"
    cp.title = title
    cp.created = cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out)
