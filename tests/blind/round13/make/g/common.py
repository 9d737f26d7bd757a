"""Shared helpers for the g-* records: reproducible DOCX saving."""
import io
import zipfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def save_docx_reproducibly(doc, out: Path, when):
    """Save a python-docx Document with fixed core properties and zip timestamps."""
    cp = doc.core_properties
    cp.created = cp.modified = when
    cp.last_printed = when
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
