"""Phrases as the lexicon files write them, turned into regular expressions.

A phrase is words separated by spaces, with a few marks:

- ``[the]``: optional words; ``(and|as well as)``: alternatives (may nest); both hold whole words
  ("(representado|representada)", never "representad(o|a)", which is refused);
- ``welcome*``: a word stem (any word characters may follow);
- ``...``: any text in between ("welcomed ... but ... concern");
- ``^``: the phrase must open the text (``^un``), ``$``: end it; ``#`` in a word: a number;
- ``!(from|of)``: the words (or group) must *not* follow ("government officials !(from|of)").

Every letter matches itself with or without its accent ("reuniao" and
"reunião"), in either case (compile with ``re.IGNORECASE``); a space matches
any run of white space; an apostrophe matches ' and ’::

    >>> import re
    >>> rx = re.compile(phrase_regex("Reunião [de trabalho] #"), re.I)
    >>> bool(rx.fullmatch("REUNIAO  de trabalho 2")), bool(rx.fullmatch("reunião 3"))
    (True, True)
    >>> bool(re.search(phrase_regex("welcome* ... but ... concern*"), "We welcomed it but voiced concerns"))
    True
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from ..text import strip_accents

_GLUED = re.compile(r"\w[(\[]|[)\]]\w")  # "representad(o|a)": a group inside a word
_TOKEN = re.compile(r"\.\.\.|[()\[\]|]|!(?=[(\w])|[^\s()\[\]|]+")


@functools.cache
def _letter_classes() -> dict[str, str]:
    """Base letter -> character class of it and its lower-case accented forms in Latin-1 (à ã ç é ñ ü ...)."""
    groups: dict[str, set[str]] = {}
    for cp in [*range(0x61, 0x7B), *range(0xE0, 0x100)]:
        ch = chr(cp)
        if unicodedata.category(ch) != "Ll":
            continue
        base = _fold_char(ch)
        if len(base) == 1 and "a" <= base <= "z":
            groups.setdefault(base, set()).update({ch.lower()})
    return {b: "[" + "".join(sorted(v)) + "]" if len(v) > 1 else re.escape(b) for b, v in groups.items()}


def _fold_char(ch: str) -> str:
    return strip_accents(ch).lower()  # one letter for one (``str.casefold`` makes "ß" two)


def _word(word: str) -> str:
    """One word of a phrase as a regex (accent-tolerant letters, ' for ’, a trailing * for a stem)."""
    stem = word.endswith("*") and len(word) > 1
    if stem:
        word = word[:-1]
    classes = _letter_classes()
    out = []
    for ch in word:
        base = _fold_char(ch)
        if ch in "'’":
            out.append("['’]")
        elif ch in "-‐–":
            out.append("[-‐–]")
        elif ch == "#":
            out.append(r"\d+")
        elif len(base) == 1 and base in classes:
            out.append(classes[base])
        else:
            out.append(re.escape(ch))
    return "".join(out) + (r"\w*" if stem else "")


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _TOKEN.findall(text)
        self.i = 0
        self.text = text

    def _peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def alternatives(self) -> str:
        alts = [self.sequence()]
        while self._peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    def sequence(self) -> str:
        """Items joined by white space; optional items carry their own space."""
        out, started, gap = "", False, False
        while (tok := self._peek()) is not None and tok not in (")", "]", "|"):
            self.i += 1
            if tok == "...":
                out += r"\b.*\b" if started else r".*\b"
                gap = True
                continue
            if tok in ("^", "$"):
                out += tok
                continue
            if tok == "!":  # a negative lookahead: the next word or group must not follow
                nxt = self._peek()
                self.i += 1
                if nxt == "(":
                    inner = self.alternatives()
                    self._expect(")")
                elif nxt is None or nxt in ")]|[":
                    raise ValueError(f"phrase {self.text!r}: '!' needs a word or a group after it")
                else:
                    inner = _word(nxt)
                out += r"(?!\s+(?:" + inner + r")(?!\w))"
                continue
            if tok == "(":
                body = "(?:" + self.alternatives() + ")"
                self._expect(")")
            elif tok == "[":
                inner = self.alternatives()
                self._expect("]")
                if started and not gap:
                    out += r"(?:\s+" + inner + ")?"
                else:
                    out += "(?:" + inner + r"\s+)?"
                continue
            else:
                if tok.startswith("^"):
                    out += "^"
                    tok = tok[1:]
                end = tok.endswith("$") and len(tok) > 1
                body = _word(tok[:-1] if end else tok) + ("$" if end else "")
            out += (r"\s+" if started and not gap else "") + body
            started, gap = True, False
        return out

    def _expect(self, tok: str) -> None:
        if self._peek() != tok:
            raise ValueError(f"phrase {self.text!r}: expected {tok!r}")
        self.i += 1


def phrase_regex(phrase: str, bounded: bool = True) -> str:
    """The regex source of one phrase (see the module docstring); whole words unless ``bounded`` is false."""
    glued = _GLUED.search(phrase)
    if glued:
        raise ValueError(f"phrase {phrase!r}: a group is whole words, never part of one ({glued.group(0)!r}); "
                         "write each word in full: (representado|representada), not representad(o|a)")
    p = _Parser(phrase.strip())
    body = p.alternatives()
    if p.i != len(p.tokens):
        raise ValueError(f"phrase {phrase!r}: unbalanced brackets")
    if not bounded:
        return body
    first = phrase.lstrip()[:1]
    # \b is the cheap test at each position; it equals "no word character before" when the phrase
    # opens with a letter (the phrases of the files do, or with a group of words).
    head = "" if first == "^" else r"\b" if first.isalnum() or first in "([" else r"(?<!\w)"
    return head + body + r"(?:(?!\w)|(?<!\w))"  # ends at a word's end (or after punctuation: "de l'")


def alternation(phrases: Iterable[str], bounded: bool = True) -> str:
    """One non-capturing group matching any of ``phrases``, longest phrase first; "(?!)" for none."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return "(?!)"
    parts = [phrase_regex(p, bounded) for p in unique]
    tail = r"(?:(?!\w)|(?<!\w))"
    if bounded and all(x.startswith(r"\b") and x.endswith(tail) for x in parts):
        # one word-boundary test per position rather than one per phrase
        return r"(?:\b(?:" + "|".join(x[2:-len(tail)] for x in parts) + ")" + tail + ")"  # one atom
    return "(?:" + "|".join(parts) + ")"



def folded(source: str) -> str:
    """A phrase regex's source with its accent classes reduced to the base letter, for text that was
    folded first (:func:`consultkg.text.strip_accents`): the same matches, found faster.

    >>> import re
    >>> src = phrase_regex("reunião")
    >>> bool(re.search(folded(src), "Reuniao 2", re.I)), folded(src).count("[")
    (True, 0)
    """
    for base, cls in _letter_classes().items():
        if cls.startswith("["):
            source = source.replace(cls, base)
    return source
