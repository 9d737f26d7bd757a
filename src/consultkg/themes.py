"""Map theme phrases, as documents word them, to concepts of the theme scheme.

The dictionary is ``ontology/themes.ttl`` itself: every ``skos:prefLabel``,
``skos:altLabel`` and ``skos:hiddenLabel`` (any language) of a ``ckgt:`` concept. A concept matches a
phrase when one of its labels occurs in it as whole words::

    >>> m = default_matcher()
    >>> m.concepts("GBV prevention and response")
    ['gender-based-violence']
    >>> m.concepts("intersectionality (highlighting more significant gender "
    ...            "disparities faced by indigenous women)")
    ['intersectionality', 'indigenous-women']
    >>> m.concepts("salud sexual y reproductiva")
    ['srhr']
    >>> m.concepts("a igualdade salarial entre mulheres e homens")
    ['economic-participation']
    >>> m.concepts("climate change")
    []
    >>> m.labels("care", lang="fr")
    'Services de soins et de garde'

Both sides are normalised first (:func:`normalise`): accents stripped, case
folded, apostrophes dropped ("women's" -> "womens"), hyphens and other
punctuation turned into spaces. Plural endings are ignored on every word
(:func:`word_forms`): "care service" matches "Care services", "mulher rural"
matches "Mulheres rurais", "organização" matches "organizações". Where two matched labels
overlap, the longer one (in words) wins, the earlier one on a tie, so a long
specific label claims its words from a short generic one inside it: in
"sexual and reproductive health" the word "health" (human capital) is not
matched. The strategic objectives (``objective-*``) are never returned; they
are reached from the themes through ``skos:broader``. Broader concepts are
not added.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from consultkg.namespaces import CKGT
from consultkg.text import fold

__all__ = ["OBJECTIVE_PREFIX", "ThemeMatcher", "default_matcher", "normalise", "tokens", "word_forms"]

#: Local names of the strategic-objective concepts start with this; the matcher skips them.
OBJECTIVE_PREFIX = "objective-"

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4]")
# French and Italian elision ("l'inclusion", "d'enfants", "qu'elles", "dell'accesso"): the article is a word apart
_ELISION = re.compile(r"(?<![^\W\d_])((?:[ldjmnstc]|qu|dell|all|nell|sull)['\u2018\u2019\u02bc])(?=[^\W\d_])", re.IGNORECASE)


def normalise(text: str) -> str:
    """Fold ``text`` for matching (:func:`consultkg.text.fold`), apostrophes dropped first: "women's" is
    one word, "d'enfants" two.

    >>> normalise("Violence basée sur le genre")
    'violence basee sur le genre'
    >>> normalise("Women’s  SEX-disaggregated data; d'enfants")
    'womens sex disaggregated data d enfants'
    >>> normalise("l'inclusion financière")
    'l inclusion financiere'
    """
    text = _APOSTROPHES.sub("", _ELISION.sub(lambda m: m.group(1)[:-1] + " ", text))
    return " ".join(fold(text).replace("_", " ").split())


def tokens(text: str) -> list[str]:
    """The words of ``text`` after :func:`normalise`.

    >>> tokens("GBV prevention-and-response")
    ['gbv', 'prevention', 'and', 'response']
    """
    return normalise(text).split()


#: Plural endings (after :func:`normalise`, so without accents) and the singular
#: ending each may stand for: English and Romance "-s"/"-es", Portuguese
#: "-oes"/"-aes"/"-aos" -> "-ao", "-ais" -> "-al", "-eis" -> "-el"/"-il",
#: "-ois" -> "-ol", "-uis" -> "-ul", "-ns" -> "-m"; French "-aux" -> "-al", "-eaux" -> "-eau"
#: (see :data:`_X_PLURALS`).
_PLURAL_ENDINGS = (
    ("oes", "ao"), ("aes", "ao"), ("aes", "ae"), ("ais", "al"), ("eis", "el"), ("eis", "il"),
    ("ois", "ol"), ("uis", "ul"), ("ns", "m"), ("res", "r"), ("zes", "z"), ("ses", "s"),
    ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""),
)
_X_PLURALS = (("eaux", "eau"), ("aux", "al"))


@lru_cache(maxsize=1 << 14)
def word_forms(word: str) -> frozenset[str]:
    """``word`` and the singulars it may be the plural of; two words match when their forms meet.

    Words of three letters or fewer and words in "-ss" are left alone.

    >>> sorted(word_forms("organizacoes"))
    ['organizacao', 'organizacoe', 'organizacoes']
    >>> sorted(word_forms("rurais"))
    ['rurai', 'rurais', 'rural']
    >>> sorted(word_forms("services"))
    ['service', 'services']
    >>> sorted(word_forms("access"))
    ['access']
    >>> sorted(word_forms("sociaux"))
    ['social', 'sociaux']
    """
    forms = {word}
    for plural, singular in _X_PLURALS:
        if word.endswith(plural) and len(word) - len(plural) >= 2:
            forms.add(word[: -len(plural)] + singular)
            break
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        for plural, singular in _PLURAL_ENDINGS:
            if word.endswith(plural) and len(word) - len(plural) >= 2:
                forms.add(word[: -len(plural)] + singular)
    return frozenset(forms)


def _same_word(a: str, b: str) -> bool:
    return a == b or not word_forms(a).isdisjoint(word_forms(b))


#: A hidden label of one word is weak (running text does not name its concept by it alone) unless it
#: is at least this long: long words are specific ("childcare", "femicide", "contraception"), short
#: ones common ("data", "health", "credit", "rural").
SPECIFIC_WORD = 8


@dataclass(frozen=True)
class _Label:
    words: tuple[str, ...]
    concept: str
    strong: bool = True  # a name of the concept, or a phrase of several words; not a lone hidden word

    def matches_at(self, phrase: list[str], start: int) -> bool:
        end = start + len(self.words)
        if end > len(phrase):
            return False
        return all(_same_word(w, p) for w, p in zip(self.words, phrase[start:end]))


class ThemeMatcher:
    """Finds the theme concepts whose labels occur in a phrase.

    Build it from a graph holding the theme scheme (other triples are ignored)::

        >>> from rdflib import Graph
        >>> from consultkg.vocab import ontology_path
        >>> m = ThemeMatcher.from_graph(Graph().parse(ontology_path("themes.ttl")))
        >>> m.concepts("GBV prevention, childcare and care services")
        ['gender-based-violence', 'care']
    """

    def __init__(self, labels: dict[str, list[str]], pref_labels: dict[str, dict[str, str]],
                 hidden: dict[str, list[str]] | None = None):
        """``labels`` maps each matchable concept's local name to its label strings;
        ``pref_labels`` maps every concept's local name to ``{language: prefLabel}``; ``hidden`` the
        concepts' hidden labels (words used only to find them), matched too, but a hidden label of one
        short word is weak: running text needs a stronger one (see :meth:`concepts`, :data:`SPECIFIC_WORD`)."""
        self._pref = pref_labels
        self._index: dict[str, list[_Label]] = {}
        weak = {(c, t) for c, texts in (hidden or {}).items() for t in texts
                if len(tokens(t)) == 1 and len(tokens(t)[0]) < SPECIFIC_WORD}
        merged = {c: list(labels.get(c, [])) + list((hidden or {}).get(c, [])) for c in {*labels, *(hidden or {})}}
        for concept, texts in sorted(merged.items()):
            for text in texts:
                words = tuple(tokens(text))
                if not words:
                    continue
                strong = (concept, text) not in weak or text in labels.get(concept, [])
                label = _Label(words, concept, strong)
                for form in word_forms(words[0]):
                    bucket = self._index.setdefault(form, [])
                    if label not in bucket:
                        bucket.append(label)

    @classmethod
    def from_graph(cls, graph: Graph) -> ThemeMatcher:
        """Read the concepts of ``ckgt:scheme`` and their labels from ``graph``."""
        ns = str(CKGT._NS)
        labels: dict[str, list[str]] = {}
        hidden: dict[str, list[str]] = {}
        pref: dict[str, dict[str, str]] = {}
        for concept in graph.subjects(SKOS.inScheme, CKGT.scheme):
            if not isinstance(concept, URIRef) or not str(concept).startswith(ns):
                continue
            if (concept, RDF.type, SKOS.Concept) not in graph:
                continue
            name = str(concept)[len(ns) :]
            pref[name] = {
                (lit.language or ""): str(lit)
                for lit in graph.objects(concept, SKOS.prefLabel)
                if isinstance(lit, Literal)
            }
            if name.startswith(OBJECTIVE_PREFIX):
                continue
            labels[name] = sorted(
                str(lit)
                for prop in (SKOS.prefLabel, SKOS.altLabel)
                for lit in graph.objects(concept, prop)
                if isinstance(lit, Literal)
            )
            hidden[name] = sorted(str(lit) for lit in graph.objects(concept, SKOS.hiddenLabel)
                                  if isinstance(lit, Literal))
        return cls(labels, pref, hidden)

    @property
    def concept_names(self) -> list[str]:
        """Local names of every concept of the scheme, objectives included, sorted."""
        return sorted(self._pref)

    def concepts(self, phrase: str, strong: bool = False) -> list[str]:
        return list(self._concepts(phrase, strong))  # the same text is asked for again (its role, its meeting)

    @functools.lru_cache(maxsize=1 << 14)  # noqa: B019 (one matcher a process, kept for the process's life)
    def _concepts(self, phrase: str, strong: bool = False) -> tuple[str, ...]:
        """Local names of the concepts matched in ``phrase``, in order of first occurrence; ``strong``:
        only by names of the concepts and phrases of several words, as running text needs (in a list of
        topics one word is enough: "Violence", "Childcare").

        >>> default_matcher().concepts("funding for women's rights organizations")
        ['financing']
        >>> default_matcher().concepts("women's rights organizations")
        ['civil-society-engagement']
        >>> m = default_matcher()
        >>> m.concepts("the team shared data on roads"), m.concepts("the team shared data on roads", strong=True)
        (['gender-data'], [])
        """
        words = tokens(phrase)
        found: list[tuple[int, int, str]] = []  # (start, end, concept)
        for start, word in enumerate(words):
            candidates = {id(lab): lab for form in word_forms(word) for lab in self._index.get(form, ())}
            for label in candidates.values():
                if (label.strong or not strong) and label.matches_at(words, start):
                    span = (start, start + len(label.words), label.concept)
                    if span not in found:
                        found.append(span)
        # Longest span first (earliest on a tie); keep spans that overlap no kept span.
        found.sort(key=lambda span: (span[0] - span[1], span[0]))
        taken = [False] * len(words)
        kept: list[tuple[int, int, str]] = []
        for start, end, concept in found:
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kept.append((start, end, concept))
        result: list[str] = []
        for _, _, concept in sorted(kept):
            if concept not in result:
                result.append(concept)
        return tuple(result)

    def labels(self, concept: str | URIRef, lang: str = "en") -> str:
        """The ``skos:prefLabel`` of ``concept`` (local name or IRI) in ``lang``,
        falling back to English; ``KeyError`` for a concept not in the scheme.

        >>> default_matcher().labels("srhr", lang="es")
        'Salud y derechos sexuales y reproductivos'
        >>> default_matcher().labels("https://w3id.org/consultkg/theme/objective-leadership")
        'Engage women as leaders'
        """
        name = str(concept)
        ns = str(CKGT._NS)
        if name.startswith(ns):
            name = name[len(ns) :]
        by_lang = self._pref[name]
        for key in (lang, "en", ""):
            if key in by_lang:
                return by_lang[key]
        return next(iter(by_lang.values()), name)


@lru_cache(maxsize=1)
def default_matcher() -> ThemeMatcher:
    """The matcher over the packaged ``themes.ttl``, built once per process."""
    from consultkg.vocab import ontology_path

    return ThemeMatcher.from_graph(Graph().parse(ontology_path("themes.ttl"), format="turtle"))
