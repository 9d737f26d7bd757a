"""Evidence in the Web Annotation model (vocabulary 1.1): the triples rdf.py writes, and quote context."""
from __future__ import annotations

import copy
import doctest

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

import consultkg.extract.quote as quote_module
from consultkg.model import Block, Evidence, SourceText
from consultkg.namespaces import CKG, OA, RFC5147, RFC8118
from consultkg.extract.quote import add_quote_context, quote_context
from consultkg.rdf.writer import Iris, record_triples
from consultkg.query.validate import validate_graph


def _graph(record, doc_id="lima") -> Graph:
    return Graph().parse(data="\n".join(record_triples(record, doc_id)), format="nt")


def _evidence_of(g: Graph, node: URIRef) -> URIRef:
    ev = g.value(node, CKG.evidence)
    assert ev is not None
    return ev


def _selectors(g: Graph, ev: URIRef) -> dict[URIRef, URIRef]:
    return {g.value(s, RDF.type): s for s in g.objects(ev, OA.hasSelector)}


def test_every_evidence_is_a_specific_resource_of_the_document(sample_record) -> None:
    g = _graph(sample_record)
    doc = Iris().doc("lima")
    holders = set(g.subjects(CKG.evidence, None))
    assert len(holders) >= 40
    kinds = {g.value(h, RDF.type) for h in holders}
    assert {CKG.ThemeMention, CKG.Meeting, CKG.Consultation, CKG.Initiative} <= kinds
    for holder in holders:
        ev = _evidence_of(g, holder)
        assert (ev, RDF.type, OA.SpecificResource) in g
        assert g.value(ev, OA.hasSource) == doc
        sels = _selectors(g, ev)
        assert set(sels) == {OA.TextQuoteSelector, OA.FragmentSelector}, holder
        line = g.value(ev, CKG.line).toPython()
        assert g.value(sels[OA.TextQuoteSelector], OA.exact)
        frag = sels[OA.FragmentSelector]
        assert g.value(frag, DCTERMS.conformsTo) == RFC5147
        assert str(g.value(frag, RDF.value)) == f"line={line - 1},{line}"
        assert (ev, OA.exact, None) not in g  # the words sit on the quote selector, not on the resource


def test_the_mention_words_are_quoted_as_written(sample_record) -> None:
    g = _graph(sample_record)
    mention = next(iter(g.subjects(CKG.text, Literal("GBV prevention and response"))))
    quote = _selectors(g, _evidence_of(g, mention))[OA.TextQuoteSelector]
    assert str(g.value(quote, OA.exact)) == "GBV prevention and response"


def test_pdf_evidence_has_an_rfc8118_page_fragment(sample_record) -> None:
    record = copy.deepcopy(sample_record)
    record.format = "pdf"
    for meeting in record.meetings:
        meeting.evidence = Evidence(line=meeting.evidence.line, exact=meeting.evidence.exact, page=2)
    g = _graph(record)
    meeting = Iris().meeting("lima", 1)
    ev = _evidence_of(g, meeting)
    frag = _selectors(g, ev)[OA.FragmentSelector]
    assert g.value(frag, DCTERMS.conformsTo) == RFC8118
    assert str(g.value(frag, RDF.value)) == "page=2"
    assert g.value(ev, CKG.page).toPython() == 2
    # a PDF mention without a page has no fragment: a line of extracted text is no PDF fragment
    mention = next(iter(g.objects(meeting, CKG.hasThemeMention)))
    assert OA.FragmentSelector not in _selectors(g, _evidence_of(g, mention))


def test_docx_evidence_has_no_fragment_but_keeps_line_and_page(sample_record) -> None:
    record = copy.deepcopy(sample_record)
    record.format = "docx"
    ev = record.meetings[0].evidence
    record.meetings[0].evidence = Evidence(line=ev.line, exact=ev.exact, page=1)
    g = _graph(record)
    node = _evidence_of(g, Iris().meeting("lima", 1))
    assert set(_selectors(g, node)) == {OA.TextQuoteSelector}
    assert g.value(node, CKG.page).toPython() == 1 and g.value(node, CKG.line).toPython() == ev.line


def test_prefix_and_suffix_are_written_when_the_evidence_has_them(sample_record) -> None:
    record = copy.deepcopy(sample_record)
    ev = record.meetings[0].evidence
    record.meetings[0].evidence = Evidence(ev.line, ev.exact, prefix="## ", suffix="\nParticipants")
    g = _graph(record)
    quote = _selectors(g, _evidence_of(g, Iris().meeting("lima", 1)))[OA.TextQuoteSelector]
    assert str(g.value(quote, OA.prefix)) == "## " and str(g.value(quote, OA.suffix)) == "\nParticipants"
    other = _selectors(g, _evidence_of(g, Iris().meeting("lima", 2)))[OA.TextQuoteSelector]
    assert g.value(other, OA.prefix) is None and g.value(other, OA.suffix) is None


def test_sample_graph_with_quote_context_validates(sample_record) -> None:
    from consultkg.read import read_source
    from consultkg.vocab import vocabulary_graph

    from .conftest import SAMPLE

    record = add_quote_context(copy.deepcopy(sample_record), read_source(SAMPLE))
    g = _graph(record)
    assert any(True for _ in g.subject_objects(OA.prefix))
    result = validate_graph(g + vocabulary_graph())
    assert result.conforms, result.report


# --- quote context -----------------------------------------------------------


def _source(*lines: tuple[str, int]) -> SourceText:
    return SourceText("x.md", "x.md", "0" * 64, "markdown", [Block(text, n) for text, n in lines])


def test_words_that_occur_once_get_no_context() -> None:
    src = _source(("Care services were discussed.", 1), ("Then childcare.", 2))
    assert quote_context(src, Evidence(1, "Care services")) == (None, None)


def test_repeated_words_get_the_context_of_their_line() -> None:
    src = _source(("Participants: UNDP, UNICEF", 3), ("Key messages", 4), ("UNDP said care matters", 7))
    prefix, suffix = quote_context(src, Evidence(7, "UNDP"))
    assert prefix.endswith("Key messages\n") and suffix.startswith(" said care")
    text = "\n".join(b.text for b in src.blocks)
    assert text.count(prefix + "UNDP" + suffix) == 1
    prefix3, suffix3 = quote_context(src, Evidence(3, "UNDP"))
    assert prefix3 == "Participants: " and suffix3.startswith(", UNICEF")


def test_context_grows_until_the_occurrence_is_unique() -> None:
    filler = "x" * 40
    src = _source((f"{filler} UNDP {filler}", 1), (f"{filler} UNDP {filler}", 2), (f"y{filler} UNDP {filler}", 3))
    prefix, suffix = quote_context(src, Evidence(3, "UNDP"))
    text = "\n".join(b.text for b in src.blocks)
    assert len(prefix) > 16
    starts = [i for i in range(len(text)) if text.startswith(prefix + "UNDP" + suffix, i)]
    assert len(starts) == 1


def test_words_not_on_their_line_stay_unpinned() -> None:
    src = _source(("UNDP and UNDP", 1), ("nothing here", 2))
    assert quote_context(src, Evidence(2, "UNDP")) == (None, None)


def test_add_quote_context_keeps_given_context(sample_record) -> None:
    from consultkg.read import read_source

    from .conftest import SAMPLE

    record = copy.deepcopy(sample_record)
    mention = record.meetings[0].mentions[0]
    mention.evidence = Evidence(mention.evidence.line, mention.evidence.exact, prefix="given")
    add_quote_context(record, read_source(SAMPLE))
    assert record.meetings[0].mentions[0].evidence.prefix == "given"


@pytest.mark.parametrize("module", [quote_module])
def test_doctests(module) -> None:
    failures, _ = doctest.testmod(module)
    assert failures == 0


RECORDS_DIR = __import__("pathlib").Path(__file__).parent / "fixtures" / "records"


@pytest.mark.parametrize("path", sorted(RECORDS_DIR.glob("*.md")) + sorted(RECORDS_DIR.glob("*.txt")),
                         ids=lambda p: p.name)
def test_stance_sentences_and_follow_ups_cite_their_own_line(path) -> None:
    """Each meeting's stance sentence and follow-up interests carry evidence of the line they stand on
    (not the meeting heading's), and the graph gives them (ckg:stanceEvidence, ckg:hasFollowUp)."""
    from consultkg.extract import extract
    from consultkg.read import read_source

    encoding = "cp1252" if "cp1252" in path.name else "utf-8-sig"
    lines = path.read_bytes().decode(encoding).split("\n")
    record = extract(read_source(path))
    g = _graph(record)
    for m in record.meetings:
        if m.stance_text:
            ev = m.stance_evidence
            assert ev is not None and ev.exact == m.stance_text
            assert ev.char is not None or m.stance_text in lines[ev.line - 1] or ev.line != m.evidence.line
        assert len(m.follow_up_evidence) == len(m.follow_ups)
        for wanted, ev in zip(m.follow_ups, m.follow_up_evidence):
            assert ev.exact == wanted and (ev.char is not None or wanted in " ".join(lines[ev.line - 1:ev.line + 2]))
    stance_nodes = set(g.objects(None, CKG.stanceEvidence))
    assert len(stance_nodes) == sum(1 for m in record.meetings if m.stance_text)
    assert len(set(g.subjects(RDF.type, CKG.FollowUpInterest))) == sum(len(m.follow_ups) for m in record.meetings)


def test_a_block_over_several_lines_is_cited_at_its_first(tmp_path):
    """A participant entry wrapped over two lines is cited at the line it starts on (a block's line is its first,
    never its last), and the words cited are the entry's own."""
    from consultkg.extract import extract
    from consultkg.read import read_source

    path = tmp_path / "wrapped.md"
    path.write_text("# Meeting 1 with civil society\n\nParticipants:\n\n"
                    "- Federation of Women Lawyers\n"
                    "  Kenya (FIDA Kenya)\n- Kenya Women Parliamentary Association (KEWOPA)\n\n"
                    "Participants welcomed the strategy.\n", encoding="utf-8")
    record = extract(read_source(path))
    lines = {o.label: o.evidence.line for o in record.organisations if o.evidence}
    assert lines.get("Federation of Women Lawyers Kenya") == 5, lines
    assert lines.get("Kenya Women Parliamentary Association") == 7, lines
