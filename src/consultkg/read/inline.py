"""Inline Markdown to plain text: emphasis, links, escapes, entities, tags, banners, footnote markers.

    >>> r = clean_inline(r"**Key** point on [the \\(UFGE\\)](#x) &amp; more")
    >>> r.text, r.emphasis, r.links
    ('Key point on the (UFGE) & more', ['Key'], ['the (UFGE)'])
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..text import INVISIBLE, cased
from ..lexicon import BANNERS

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PUA = 0xE000  # escaped characters hide in the private-use area while parsing
_MARKUP = re.compile(r"[\\*_\[<&]")
_RESTORE = {_PUA + i: i for i in range(128)}
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_LINK = re.compile(r"\[([^\[\]]+)\](?:\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\[\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_EMPHASIS = re.compile(
    r"\*\*(?=\S)((?:(?!\*\*).)+?)(?<=\S)\*\*"
    r"|(?<!\w)__(?=\S)((?:(?!__).)+?)(?<=\S)__(?!\w)"
    r"|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])"
)
_TAG = re.compile(r"</?(?:br|p|div|span|sup|sub|u|b|i|strong|em|font)\b[^<>]*>", re.IGNORECASE)
_ENTITY = re.compile(cased(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[\p{Lu}\p{Ll}][\p{Lu}\p{Ll}0-9]{1,31});"))
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass
class _Inline:
    text: str
    emphasis: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\[\^[^\]\s]{1,12}\]")
_FOOTNOTE_TEXT = re.compile(r"^\s{0,3}\[\^[^\]\s]{1,12}\]:")


def _finish(text: str) -> str:
    """Restore escaped characters, unescape entities, drop banners and footnote markers, squeeze spaces.

    >>> _finish("Ministry of Social Policy\u00b9 and the Fund[^2]")
    'Ministry of Social Policy and the Fund'
    """
    text = _FOOTNOTE_MARK.sub("", text.translate(_RESTORE))
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text
    text = BANNERS.sub(" ", text.translate(INVISIBLE))
    return _SPACES.sub(" ", text).strip()


def _strip_emphasis(text: str, found: list[str], depth: int = 0) -> str:
    def repl(m: re.Match) -> str:
        inner = next(g for g in m.groups() if g is not None)
        nested: list[str] = []
        if depth < 4:
            inner = _strip_emphasis(inner, nested, depth + 1)
        found.append(inner)
        found.extend(nested)
        return inner

    return _EMPHASIS.sub(repl, text)


def clean_inline(raw: str) -> _Inline:
    """Markdown inline markup to plain text, keeping emphasised phrases and link texts.

    >>> r = clean_inline(r"**Key** point on [the \\(UFGE\\)](#x) &amp; more")
    >>> r.text, r.emphasis, r.links
    ('Key point on the (UFGE) & more', ['Key'], ['the (UFGE)'])
    """
    if not _MARKUP.search(raw):
        return _Inline(_finish(raw))
    text = _ESCAPE.sub(lambda m: chr(_PUA + ord(m.group(1))), raw)
    links: list[str] = []

    def link(m: re.Match) -> str:
        links.append(m.group(1))
        return m.group(1)

    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(r"\1", _LINK.sub(link, text))
    found: list[str] = []
    text = _strip_emphasis(text, found).replace("**", "")
    text = _TAG.sub(" ", text)
    emphasis = [p for p in (_finish(_strip_emphasis(e, [])) for e in found) if p]
    links = [_finish(_strip_emphasis(x, []).replace("**", "")) for x in links]
    return _Inline(_finish(text), emphasis, [x for x in links if x])


