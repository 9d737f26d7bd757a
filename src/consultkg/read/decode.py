"""Bytes of a text record (Markdown or portal text) to Unicode text."""
from __future__ import annotations

import re
import unicodedata

from ..errors import InputError

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_text(raw: bytes, where: str = "<bytes>") -> tuple[str, list[str]]:
    """Bytes of a text record to NFC text with ``\\n`` line ends, and any warnings.

    >>> decode_text("caf\\u00e9\\r\\n".encode("cp1252"))
    ('café\\n', ['not UTF-8; read as cp1252'])
    """
    text, notes = file_chars(raw, where)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(where, "empty file")
    return text, notes


def file_chars(raw: bytes, where: str = "<bytes>") -> tuple[str, list[str]]:
    """The characters of a text record as the file has them (no byte-order mark; line ends
    and Unicode normalisation untouched), and any warnings: what RFC 5147 ``char=`` counts.

    >>> file_chars("caf\\u00e9\\r\\n".encode("utf-8-sig"))
    ('café\\r\\n', [])
    """
    notes: list[str] = []
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    text = None
    for encoding in ["utf-16"] if utf16 else [] if b"\x00" in raw else ["utf-8-sig", "cp1252"]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        notes += ["not UTF-8; read as cp1252"] if encoding == "cp1252" else []
        break
    if text is None or _looks_binary(text):
        raise InputError(where, "binary file, not a text record")
    return text, notes


def _looks_binary(text: str) -> bool:
    return len(_CONTROLS.findall(text)) > max(2, len(text) // 100) or "\x00" in text


