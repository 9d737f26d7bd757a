"""Evidence in a record a portal published on ONE physical line gives a position a reader can find.

Every block of such a record is on line 1, so ``line=0,1`` says nothing; the
evidence carries the character offsets of its words instead: an
``oa:TextPositionSelector`` (``oa:start``/``oa:end``) and an RFC 5147 fragment
``char=S,E``. These tests take the file's text, apply the offsets read from the
graph and find the evidence's ``oa:exact`` there.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from consultkg.extract import extract
from consultkg.namespaces import CKG, OA, RFC5147
from consultkg.rdf.writer import record_triples
from consultkg.read import read_source
from consultkg.query.validate import validate_graph
from consultkg.vocab import vocabulary_graph

from .conftest import RECORDS, REPO, SAMPLE

ONE_LINE = REPO / "tests" / "fixtures" / "oneline" / "mission-namibia-oneline.txt"
ALL_ONE_LINE = [ONE_LINE, *sorted(RECORDS.glob("*oneline.txt"))]
_NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

_EVIDENCE = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX ckg: <https://w3id.org/consultkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?ev ?exact ?line ?start ?end ?fragment WHERE {
    ?holder ckg:evidence ?ev .
    ?ev oa:hasSelector ?quote ; ckg:line ?line .
    ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
    OPTIONAL { ?ev oa:hasSelector ?position .
               ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
    OPTIONAL { ?ev oa:hasSelector ?frag . ?frag a oa:FragmentSelector ; rdf:value ?fragment }
}"""


def _graph(path: Path, doc_id: str = "doc") -> Graph:
    record = extract(read_source(path))
    return Graph().parse(data="\n".join(record_triples(record, doc_id)), format="nt")


def _evidence(g: Graph) -> dict[URIRef, tuple]:
    """Every evidence node: ``(exact, line, start, end, fragment value)``, offsets as ints or None."""
    out = {}
    for ev, exact, line, start, end, fragment in g.query(_EVIDENCE):
        out[ev] = (str(exact), line.toPython(), start and start.toPython(), end and end.toPython(), str(fragment))
    return out


def _file_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")  # the file's characters, its line ends as written


@pytest.mark.parametrize("path", ALL_ONE_LINE, ids=lambda p: p.name)
def test_every_evidence_of_a_one_line_record_finds_its_words_at_its_offsets(path: Path) -> None:
    text = _file_text(path)
    assert "\n" not in text.rstrip("\n") and len(text) > 300  # one physical line
    evidence = _evidence(_graph(path))
    assert len(evidence) >= 10
    for ev, (exact, line, start, end, fragment) in evidence.items():
        assert start is not None, f"{ev} ({exact!r}) has no oa:TextPositionSelector"
        assert text[start:end] == exact, ev
        assert fragment == f"char={start},{end}"
        assert line == 1


def test_offsets_count_code_points_not_bytes() -> None:
    """The fixture has accented letters, an en dash and a character outside the BMP before most
    evidence: offsets in UTF-8 bytes or UTF-16 units would land elsewhere."""
    text = _file_text(ONE_LINE)
    assert len(text.encode("utf-8")) > len(text) and len(text.encode("utf-16-le")) // 2 > len(text)
    evidence = _evidence(_graph(ONE_LINE))
    person = next(v for v in evidence.values() if v[0].startswith("Mrs. Rosal"))
    _, _, start, end, _ = person
    assert text[start:end] == "Mrs. Rosalía Gómez-Haufiku, Programme Officer, Oshana Care Workers' Union"
    assert text.encode("utf-8")[start:end].decode("utf-8", "replace") != person[0]
    # each theme mention is placed at its own words, in the order the record lists them
    mentions = sorted((str(ev), v[2]) for ev, v in evidence.items() if "/mention-" in str(ev))
    assert len(mentions) == 6
    assert [start for _, start in mentions] == sorted(start for _, start in mentions)
    assert len({start for _, start in mentions}) == 6


def test_blocks_of_a_one_line_record_carry_their_place_in_document_order() -> None:
    text = _file_text(ONE_LINE)
    blocks = read_source(ONE_LINE).blocks
    assert len(blocks) >= 20 and all(b.lineno == 1 for b in blocks)
    assert all(b.char is not None for b in blocks)
    assert all(text[b.char:b.char_end] == b.text for b in blocks)
    starts = [b.char for b in blocks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert not any(text[b.char:b.char_end].startswith("Public Disclosure") for b in blocks)  # banners dropped


def test_a_one_line_record_graph_validates() -> None:
    g = _graph(ONE_LINE)
    assert any(True for _ in g.subjects(RDF.type, OA.TextPositionSelector))
    result = validate_graph(g + vocabulary_graph())
    assert result.conforms, result.report


def _position(g: Graph) -> URIRef:
    return next(iter(sorted(g.subjects(RDF.type, OA.TextPositionSelector))))


def test_shapes_reject_a_position_that_disagrees_with_the_char_fragment() -> None:
    g = _graph(ONE_LINE)
    position = _position(g)
    end = g.value(position, OA.end).toPython()
    g.set((position, OA.end, Literal(end + 3, datatype=_NON_NEGATIVE)))
    result = validate_graph(g + vocabulary_graph())
    assert not result.conforms and "char=S,E" in result.report


def test_shapes_reject_a_char_fragment_without_a_position_and_an_empty_range() -> None:
    g = _graph(ONE_LINE)
    position = _position(g)
    (ev,) = set(g.subjects(OA.hasSelector, position))
    g.remove((ev, OA.hasSelector, position))
    assert not validate_graph(g + vocabulary_graph()).conforms
    g2 = _graph(ONE_LINE)
    position = _position(g2)
    start = g2.value(position, OA.start)
    g2.set((position, OA.end, start))  # end == start: an empty selection
    assert not validate_graph(g2 + vocabulary_graph()).conforms


def test_crlf_line_ends_before_the_long_line_are_counted(tmp_path: Path) -> None:
    """A note line above the portal text, CR LF line ends: offsets count the CRs too (the file's characters)."""
    body = _file_text(ONE_LINE)
    path = tmp_path / "with-note.txt"
    path.write_bytes(("Internal copy, do not circulate\r\n" + body + "\r\n").encode("utf-8"))
    text = _file_text(path)
    evidence = _evidence(_graph(path))
    placed = [v for v in evidence.values() if v[2] is not None]
    assert len(placed) >= 15
    for exact, line, start, end, fragment in placed:
        assert text[start:end] == exact and line == 2 and fragment == f"char={start},{end}"
    for exact, line, start, end, fragment in evidence.values():
        if start is None:  # words not read from the long line keep their line
            assert fragment == f"line={line - 1},{line}"


def test_words_not_in_the_file_word_for_word_keep_the_line(tmp_path: Path) -> None:
    """A double space inside a block: its text is squeezed, so it is not the file's text: no offsets
    for what was read from it (fail closed), while the blocks after it are still placed."""
    body = _file_text(ONE_LINE).replace("Kalahari Youth Theatre", "Kalahari  Youth Theatre")
    path = tmp_path / "double-space.txt"
    path.write_text(body, "utf-8")
    evidence = _evidence(_graph(path))
    theatre = next(v for v in evidence.values() if "Kalahari" in v[0])
    assert theatre[2] is None and theatre[4] == "line=0,1"
    later = next(v for v in evidence.values() if v[0].startswith("Namibia Rural Women's Water Fund"))
    assert later[2] is not None and body[later[2]:later[3]] == later[0]
    assert all(body[s:e] == exact for exact, _, s, e, _ in evidence.values() if s is not None)


def test_text_changed_by_unicode_normalisation_gets_no_offsets(tmp_path: Path) -> None:
    """Decomposed accents (NFD): the reader works on NFC text, whose positions are not the file's."""
    body = unicodedata.normalize("NFD", _file_text(ONE_LINE))
    path = tmp_path / "nfd.txt"
    path.write_text(body, "utf-8")
    g = _graph(path)
    assert not any(True for _ in g.subjects(RDF.type, OA.TextPositionSelector))
    assert all(v[4] == "line=0,1" for v in _evidence(g).values())


def test_a_multi_line_record_is_unchanged() -> None:
    """Ordinary multi-line input: no offsets on blocks, no position selectors, line fragments only
    (tests/test_golden.py compares the sample's whole graph with its reviewed copy)."""
    assert all(b.char is None and b.char_end is None for b in read_source(SAMPLE).blocks)
    g = _graph(SAMPLE)
    assert not any(True for _ in g.subjects(RDF.type, OA.TextPositionSelector))
    values = {str(v) for f in g.subjects(RDF.type, OA.FragmentSelector) for v in g.objects(f, RDF.value)}
    assert values and all(v.startswith("line=") for v in values)
    assert all(g.value(f, DCTERMS.conformsTo) == RFC5147 for f in g.subjects(RDF.type, OA.FragmentSelector))
    assert len(set(g.objects(None, CKG.line))) > 5  # the lines say where things are


def test_one_line_graph_is_the_same_on_every_build() -> None:
    first = "\n".join(record_triples(extract(read_source(ONE_LINE)), "doc"))
    assert first == "\n".join(record_triples(extract(read_source(ONE_LINE)), "doc"))


def test_a_phrase_listed_twice_is_placed_at_each_occurrence(tmp_path: Path) -> None:
    body = _file_text(ONE_LINE).replace(
        "unpaid care work, and gender-based violence in rural areas.",
        "unpaid care work, gender-based violence in rural areas, and unpaid care work.")
    path = tmp_path / "twice.txt"
    path.write_text(body, "utf-8")
    g = _graph(path)
    twice = [(v[2], v[3]) for v in _evidence(g).values() if v[0] == "unpaid care work"]
    assert len(twice) == 2 and twice[0] != twice[1]
    assert all(body[s:e] == "unpaid care work" for s, e in twice)
    # the quote context tells the two apart, each by the text around its own occurrence
    contexts = {(str(g.value(q, OA.prefix)), str(g.value(q, OA.suffix)))
                for q in g.subjects(OA.exact, Literal("unpaid care work"))}
    assert len(contexts) == 2


def test_what_was_said_in_a_block_left_without_offsets_is_placed_where_its_words_occur_once():
    # the block holding this stance sentence is not in the line word for word (the reader squeezed it), so it
    # has no offsets; the sentence itself occurs once in the file: its evidence gets the file's characters
    path = Path(__file__).parent / "blind" / "round12" / "docs" / "x-tbilisi-en.txt"
    source = read_source(path)
    block = next(b for b in source.blocks if "Overall, the audience welcomed" in b.text)
    assert block.char is None
    said = extract(source).meetings[0].stance_evidence
    text = path.read_text(encoding="utf-8")
    assert said.char is not None and text[said.char:said.char_end] == said.exact  # was: "line 1" only
    assert text.count(said.exact) == 1
