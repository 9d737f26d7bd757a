"""The explorer's answers against SPARQL's and networkx's: the organisation-type filter (people by their
organisation), values the page lacks, empty results, labels that never collide, and focus."""
from __future__ import annotations

import networkx as nx
import pytest

from consultkg.build.run import make_dataset
from consultkg.network import network_graph, network_html

from .browser import Page, _drawn, _select, _tail, skip_without_browser

skip_without_browser()

ORG = "PREFIX org: <http://www.w3.org/ns/org#>\n"
OF_TYPE = "{ ?x org:classification ?k } UNION { ?x org:memberOf ?o . ?o org:classification ?k }"
OVERLAPS = """() => { const b = ckg.labelBoxes(), bad = [];
  for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) { const x = b[i], y = b[j];
    if (x[1] < y[3] - 0.5 && y[1] < x[3] - 0.5 && x[2] < y[4] - 0.5 && y[2] < x[4] - 0.5) bad.push([x[0], y[0]]); }
  return bad; }"""
UNLABELLED_THEMES = """() => { const lab = new Set(ckg.labelBoxes().map(x => x[0]));
  return ckg.data.details.map((d, i) => [d, i]).filter(([d, i]) => d.type === 'theme' && !ckg.core.hidden[i] &&
    !lab.has(i)).map(([d]) => d.label); }"""


def _shown(p, fragment: str) -> dict:
    p.js("f => { history.replaceState(null, '', '#' + f); ckg.restore(); }", fragment)
    return p.js("ckg.shown")


def _notice(p) -> str:
    return "" if p.js("document.getElementById('notice').hidden") else p.page.inner_text("#notice")


@pytest.fixture(scope="module")
def sample(browser, sample_record, tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "sample.html"
    g = network_graph(make_dataset([("lima-peru-government", sample_record)]))
    path.write_bytes(network_html(g))
    p = Page(browser, path)
    yield p, g
    p.page.close()


def test_civil_society_shows_its_organisation_and_its_themes_not_the_ministers(sample):
    p, g = sample
    assert _shown(p, "orgtype=civil-society") == {"nodes": 5, "edges": 4}
    drawn = set(_drawn(p, ["orgtype=civil-society"])[0])
    orgs = {n for n in drawn if g.nodes[n]["type"] == "organisation"}
    assert [g.nodes[n]["label"] for n in orgs] == ["Pacific Maritime Association"]
    assert not any(g.nodes[n]["type"] == "person" for n in drawn)  # Peru's Minister and Vice-Minister: government
    assert all(g.nodes[n]["type"] == "theme" for n in drawn - orgs) and len(drawn - orgs) == 4
    minister = next(i for i, n in enumerate(g.nodes) if g.nodes[n]["type"] == "person")
    assert p.js(f"ckg.why({minister})").startswith("hidden: its organisation type")


def test_every_organisation_type_keeps_the_people_of_its_organisations_as_sparql_does(corpus):
    p, g, store = corpus
    types = p.js("ckg.data.orgTypes.map(t => t.key)")
    assert len(types) >= 5
    ids = {n: i for i, n in enumerate(g.nodes)}
    for key in types:
        k = next(a["org_type_id"] for _, a in g.nodes(data=True) if a.get("org_type_id", "").endswith("/" + key))
        people = {x for (x,) in _select(store, ORG + f"""SELECT DISTINCT ?x WHERE {{ BIND(<{k}> AS ?k)
            ?m a ckg:Meeting ; ckg:participant ?x . {OF_TYPE}
            FILTER EXISTS {{ ?m2 ckg:participant ?x ; ckg:discussed ?any }} }}""")}
        themes = {t for (t,) in _select(store, ORG + f"""SELECT DISTINCT ?t WHERE {{ BIND(<{k}> AS ?k)
            ?m a ckg:Meeting ; ckg:participant ?x ; ckg:discussed ?t . {OF_TYPE} }}""")}
        links = _select(store, ORG + f"""SELECT (COUNT(DISTINCT *) AS ?n) WHERE {{ SELECT DISTINCT ?x ?t WHERE {{
            BIND(<{k}> AS ?k) ?m a ckg:Meeting ; ckg:participant ?x ; ckg:discussed ?t . {OF_TYPE} }} }}""")
        drawn = set(_drawn(p, [f"orgtype={key}"])[0])
        assert drawn == people | themes, key
        assert p.js("ckg.shown.edges") == int(links[0][0]), key
        assert any(g.nodes[n]["type"] == "person" for n in drawn) or not any(
            g.nodes[n]["type"] == "person" for n in people), key
        assert all(ids[n] is not None for n in drawn)


def test_fragment_values_ignore_case_and_accents_and_unknown_ones_are_named_and_dropped(corpus):
    p, g, store = corpus
    countries = p.js("ckg.data.facets.find(f => f.key === 'country').values")
    key, label = next(v for v in countries if any(c in v[1] for c in "éèôíãç")) if any(
        any(c in v[1] for c in "éèôíãç") for v in countries) else countries[0]
    want = _shown(p, f"country={key}")
    assert _shown(p, f"country={key.upper()}") == want and p.js("location.hash") == f"#country={key}"
    plain = label.upper().replace("É", "E").replace("È", "E").replace("Ô", "O").replace("Í", "I").replace("Ã", "A")
    assert _shown(p, "country=" + plain.replace("Ç", "C")) == want  # the label, without accents, in capitals
    whole = _shown(p, "")
    assert _shown(p, "country=atlantis&theme=%E0") == whole
    assert p.js("location.hash") == ""  # dropped from the address
    said = _notice(p)
    assert "Country “atlantis”" in said and "Theme “%E0”" in said and "left out" in said
    _shown(p, f"country={key}")
    assert _notice(p) == ""


def test_an_empty_result_says_which_filters_exclude_everything_and_clears_the_last(sample):
    p, g = sample
    assert _shown(p, "orgtype=civil-society&theme=rural-women") == {"nodes": 0, "edges": 0}
    said = _notice(p)
    assert said.startswith("Nothing matches Theme = Rural women and Organisation type = ")
    assert "Clear Theme" in said  # the filter the address named last
    p.page.click("#notice button.small")
    assert p.js("location.hash") == "#orgtype=civil-society" and p.js("ckg.shown.nodes") == 5
    assert _notice(p) == ""


def test_focus_shows_the_neighbourhood_asked_for_keeps_it_in_the_address_and_escape_undoes_it(sample):
    p, g = sample
    _shown(p, "")
    ids = list(g.nodes)
    undp = next(i for i, n in enumerate(ids) if n.endswith("/united-nations-development-programme"))
    before = p.js("ckg.network.getPositions()")
    for depth in (1, 2):
        p.js(f"ckg.core.state.depth = {depth}; ckg.enterFocus({undp})")
        want = set(nx.ego_graph(g, ids[undp], radius=depth))
        assert set(p.js("ckg.network.body.nodeIndices.map(i => ckg.data.details[i].iri)")) == want
        assert p.js("location.hash") == f"#node=united-nations-development-programme&focus={depth}"
        assert p.js(OVERLAPS) == []
        box = p.js("ckg.core.container.getBoundingClientRect().toJSON()")
        inside = p.js("""() => ckg.network.body.nodeIndices.every(i => { const q = ckg.network.canvasToDOM(
            ckg.network.getPosition(i)), r = ckg.core.container.getBoundingClientRect();
            return q.x >= 0 && q.y >= 0 && q.x <= r.width && q.y <= r.height; })""")
        assert inside and box["width"] > 0  # fitted to the screen
        assert "in focus: United Nations Development Programme" in p.page.inner_text("#status")
    p.page.keyboard.press("Escape")
    assert p.js("location.hash") == "#node=united-nations-development-programme"
    assert p.js("ckg.network.getPositions()") == before  # every node back where it was
    assert p.js("ckg.shown.nodes") == g.number_of_nodes() - 1
    # from the address: the same view
    p.js("location.hash = '#node=united-nations-development-programme&focus=1'")
    p.page.wait_for_function("ckg.shown.nodes === %d" % len(nx.ego_graph(g, ids[undp], radius=1)))
    p.page.keyboard.press("Escape")
    p.page.keyboard.press("Escape")
    assert p.js("location.hash") == ""


@pytest.mark.slow
def test_labels_never_collide_and_every_theme_is_labelled_at_1000_records(corpus_1000):
    p, g, store = corpus_1000
    assert p.js(OVERLAPS) == [] and p.js(UNLABELLED_THEMES) == []
    rows = _select(store, """SELECT DISTINCT ?t ?k WHERE { ?m a ckg:Meeting ; ckg:discussed ?t ;
        ckg:partOf ?c . ?c ckg:country ?k } ORDER BY ?t ?k""")
    views = [f"theme={_tail(t)}&country={_tail(k)}" for t, k in rows[::max(1, len(rows) // 12)][:12]]
    views += [f"country={_tail(k)}" for _, k in rows[::max(1, len(rows) // 4)][:4]]
    views += [f"orgtype={t}" for t in p.js("ckg.data.orgTypes.map(t => t.key)")[:4]]
    assert len(views) == 20
    for view in views:
        _shown(p, view)
        p.page.wait_for_timeout(50)
        assert p.js(UNLABELLED_THEMES) == [], view
        assert p.js(OVERLAPS) == [], view
    _shown(p, "")
    for key in ("care", p.js("ckg.data.details.reduce((a, d, i, ds) => d.type === 'organisation' && "
                             "d.metrics[0] > ds[a].metrics[0] ? i : a, 0)")):
        i = key if isinstance(key, int) else p.js(f"ckg.data.details.findIndex(d => d.key === '{key}')")
        p.js(f"ckg.core.state.depth = 1; ckg.enterFocus({i})")
        p.page.wait_for_timeout(50)
        assert p.js(OVERLAPS) == [] and p.js(UNLABELLED_THEMES) == []
        assert p.js("ckg.labelsDrawn") >= min(40, p.js("ckg.shown.nodes"))
        p.page.keyboard.press("Escape")


EVIDENCE = ORG + """PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?m ?kind ?text ?line ?a ?b ?concept WHERE {{
    ?m a ckg:Meeting . {meeting}
    {{ ?m ckg:hasThemeMention ?x . ?x ckg:text ?text ; ckg:evidence ?ev . OPTIONAL {{ ?x ckg:concept ?concept }} {concept}
       BIND("Theme mention" AS ?kind) }}
    UNION {{ ?m ckg:stanceText ?text ; ckg:stanceEvidence ?ev . BIND("Stance" AS ?kind) }}
    UNION {{ ?m ckg:hasFollowUp ?f . ?f ckg:text ?text ; ckg:evidence ?ev . BIND("Follow-up interest" AS ?kind) }}
    OPTIONAL {{ ?ev ckg:line ?line }}
    OPTIONAL {{ ?ev oa:hasSelector ?at . ?at oa:start ?a ; oa:end ?b }} }}"""


def _where(line, a, b) -> str:
    return f"characters {a}–{b}" if a is not None else f"line {line}" if line is not None else ""


def test_the_evidence_table_follows_the_filters_as_sparql_does(corpus):
    from collections import Counter

    p, g, store = corpus
    theme = next(n for n in g.nodes if n.endswith("/gender-based-violence"))
    country = _select(store, "SELECT ?k WHERE { ?c a ckg:Consultation ; ckg:country ?k } ORDER BY ?k LIMIT 1")[0][0]
    civil = next(a["org_type_id"] for _, a in g.nodes(data=True) if a.get("org_type_id", "").endswith("/civil-society"))
    cases = {  # fragment -> (the meetings it keeps, the mentions it keeps)
        f"theme={_tail(theme)}": (f"?m ckg:discussed <{theme}> .", f"FILTER(?concept = <{theme}>)"),
        f"country={_tail(country)}": (f"?m ckg:partOf/ckg:country <{country}> .", ""),
        f"theme={_tail(theme)}&orgtype=civil-society": (
            f"?m ckg:discussed <{theme}> ; ckg:participant ?y . BIND(<{civil}> AS ?k) "
            "FILTER EXISTS { { ?y org:classification ?k } UNION { ?y org:memberOf ?o . ?o org:classification ?k } }",
            f"FILTER(?concept = <{theme}>)"),
    }
    for fragment, (meeting, concept) in cases.items():
        rows = _select(store, EVIDENCE.format(meeting=meeting, concept=concept))
        want = Counter((kind, text, _where(line, a, b)) for _, kind, text, line, a, b, _ in set(rows))
        _shown(p, fragment)
        got = Counter((r[3], r[5], r[7]) for r in p.js("ckg.evidenceRows()"))
        assert got == want and len(want) > 5, fragment
    # in the page: the table, its caption and its CSV
    _shown(p, f"theme={_tail(theme)}&orgtype=civil-society&table=evidence")
    assert p.page.is_visible("#table-view table")
    assert p.page.inner_text("#table-view caption").startswith(f"{sum(want.values())} statements")
    with p.page.expect_download() as csv:
        p.page.click("#table-view .table-bar button.small")
    lines = open(csv.value.path(), encoding="utf-8").read().splitlines()
    assert lines[0] == "Consultation,Meeting,Who took part (shown),Kind,Theme,Exact words,Document,Where,Page"
    assert len(lines) - 1 >= sum(want.values())  # a quoted cell may hold a line break
    _shown(p, "")


def test_the_node_table_searches_and_filters_its_type_column(corpus):
    p, g, _ = corpus
    _shown(p, "table=1")
    p.page.fill("#table-search", "ministry of women")
    names = p.page.eval_on_selector_all("#table-view tbody tr td:first-child", "t => t.map(x => x.textContent)")
    assert names and all("ministry of women" in n.lower() for n in names)
    p.page.fill("#table-search", "")
    p.page.select_option("#table-type", "theme")
    types = p.page.eval_on_selector_all("#table-view tbody tr td:nth-child(2)", "t => t.map(x => x.textContent)")
    assert set(types) == {"Theme"} and len(types) == sum(a["type"] == "theme" for _, a in g.nodes(data=True))
    p.page.select_option("#table-type", "")
    _shown(p, "")


def test_every_filter_value_says_how_many_nodes_it_keeps_and_long_lists_can_be_searched(corpus):
    p, g, store = corpus
    alone = p.js("ckg.keptAlone")
    for key in ("theme", "objective", "country", "stance", "group", "orgtype"):
        values = p.js(f"ckg.core.valuesOf('{key}').map(v => v[0])")
        assert values, key
        for i, v in enumerate(values):
            assert _shown(p, f"{key}={v}")["nodes"] == alone[key][i], (key, v)
            option = p.js(f"document.querySelector('#filter-{key}').options[{i}].textContent")
            assert option.endswith(f"({alone[key][i]})"), option
    _shown(p, "")
    # a thousand consultations: a search over the list
    n = len(p.js("ckg.core.valuesOf('consultation')"))
    assert n > 12 and p.page.is_visible("#filter-consultation-find")
    city = p.js("ckg.data.consultations[0][0]").split(",")[1].strip()
    p.page.fill("#filter-consultation-find", city.upper())
    shown = p.js("[...document.querySelectorAll('#filter-consultation option')].filter(o => !o.hidden).map(o => o.text)")
    assert shown and len(shown) < n and all(city.lower() in t.lower() for t in shown)
    p.page.fill("#filter-consultation-find", "")


def test_count_ranges_answer_who_took_part_in_more_than_one_consultation(corpus):
    p, g, store = corpus
    several = {x for (x,) in _select(store, ORG + """SELECT ?x WHERE { ?m a ckg:Meeting ; ckg:participant ?x ;
        ckg:partOf ?c . ?x a ?kind . FILTER(?kind IN (org:Organization, <http://xmlns.com/foaf/0.1/Person>)) }
        GROUP BY ?x HAVING (COUNT(DISTINCT ?c) >= 2)""")}
    assert several
    drawn = set(_drawn(p, ["consultations=2-&hide=theme"])[0])
    assert drawn == several
    assert p.js("location.hash") == "#consultations=2-&hide=theme"
    assert p.page.input_value("#range-consultations-min") == "2"
    # a range of links and a link-weight floor: the page's counts are the bounds
    _shown(p, "degree=3-5")
    kept = p.js("ckg.network.body.nodeIndices")
    whole = {i: p.js(f"ckg.data.details[{i}].metrics[0]") for i in kept}
    assert kept and all(3 <= d <= 5 for d in whole.values())  # no other filter: the whole network's degree
    _shown(p, "weight=2-")
    weights = p.js("ckg.data.edges.map((e, k) => ckg.core.edgeHidden[k] ? null : ckg.edgeWeight(k)).filter(w => w !== null)")
    assert weights and min(weights) >= 2
    assert len(weights) == sum(1 for *_, w in g.edges(data="weight") if w >= 2)
    _shown(p, "")


def test_communities_are_named_drawn_as_hulls_and_fold_away(corpus):
    p, g, _ = corpus
    from consultkg.network.metrics import community_names

    names = community_names(g)
    _shown(p, "colour=community")
    p.page.wait_for_timeout(50)
    legend = p.page.inner_text("#colour-legend")
    for c in range(1, min(7, len(names)) + 1):
        assert f"{c}. {names[c]}" in legend  # its most discussed themes, its best-known members
    assert " · " in names[1] and len(p.js("ckg.hulls()")) == min(7, len(names))
    assert p.js(OVERLAPS) == []  # the names are labels too: none over another
    members = sum(1 for _, a in g.nodes(data=True) if a["community"] == 1 and a["degree"])
    before = p.js("ckg.shown.nodes")
    p.page.uncheck("#community-1")
    assert p.js("location.hash") == "#colour=community&fold=1"
    assert p.js("ckg.shown.nodes") == before - members
    assert [c for c, _ in p.js("ckg.hulls()")] == list(range(2, min(7, len(names)) + 1))
    p.page.check("#community-1")
    assert p.js("ckg.shown.nodes") == before
    _shown(p, "")


def test_exports_carry_a_title_the_filters_and_the_legend_and_a_view_keeps_its_name(sample):
    import struct
    import xml.etree.ElementTree as ET

    p, g = sample
    _shown(p, "theme=care&colour=community&name=Care%20%3Cb%3Ein%3C%2Fb%3E%20Peru")
    assert p.page.inner_text("#view-shown") == "View: Care <b>in</b> Peru"  # as text
    assert p.page.input_value("#view-name") == "Care <b>in</b> Peru"
    with p.page.expect_download() as png:
        p.page.click("#export-png")
    head = open(png.value.path(), "rb").read(24)
    width, height = struct.unpack(">II", head[16:24])
    canvas = p.js("[ckg.core.container.querySelector('canvas').width, ckg.core.container.querySelector('canvas').height]")
    assert width == canvas[0] and height > canvas[1] + 60  # a title and caption above, the legend below
    made = p.js("ckg.lastExport")
    assert made["title"] == "Care <b>in</b> Peru" and made["caption"].startswith("Filters: Theme = Care services · ")
    with p.page.expect_download() as svg:
        p.page.click("#export-svg")
    root = ET.parse(svg.value.path()).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(ns + "text")]
    assert texts[0] == "Care <b>in</b> Peru" and texts[1].startswith("Filters: Theme = Care services")
    shown = p.js("ckg.shown")
    shapes = [e for e in root.iter() if e.tag in (ns + "circle", ns + "polygon") and e.find(ns + "title") is not None]
    assert len(shapes) == shown["nodes"] and len(list(root.iter(ns + "line"))) == shown["edges"]
    legend = p.js("ckg.exportLegend().map(x => x[0])")
    assert legend and all(name in texts for name in legend)
    assert "Care services" in texts  # the labels drawn on screen
    p.page.fill("#view-name", "Another view")
    p.page.press("#view-name", "Enter")
    p.page.dispatch_event("#view-name", "change")
    assert "name=Another%20view" in p.js("location.hash")
    _shown(p, "")


def test_a_hidden_notice_takes_no_room_on_the_canvas(sample):
    p, _ = sample
    _shown(p, "")
    assert p.js("document.getElementById('notice').hidden") is True
    assert p.js("document.getElementById('notice').getBoundingClientRect().height") == 0  # not an empty box


def test_every_node_and_swatch_outline_stands_at_4_5_to_1_against_the_canvas(sample):
    from consultkg.network.render import ORG_FAMILY, contrast

    p, _ = sample
    civil = ORG_FAMILY["civil-society"][1]
    assert contrast(civil) < 3 and contrast(p.js(f"ckg.data.outlines['{civil}']")) >= 4.5  # the orange, outlined
    for mode in ("type", "community", "objective"):
        _shown(p, "" if mode == "type" else f"colour={mode}")
        borders = p.js("ckg.nodes.get().map(n => n.color.border)")
        assert borders and min(contrast(b) for b in borders) >= 4.5, mode
        swatches = p.js("""[...document.querySelectorAll('#colour-legend .swatch, #legend .swatch')].map(s => {
            const m = getComputedStyle(s).borderTopColor.match(/\\d+/g).map(Number);
            return '#' + m.slice(0, 3).map(x => x.toString(16).padStart(2, '0')).join(''); })""")
        assert swatches and min(contrast(s) for s in swatches) >= 4.5, mode
    _shown(p, "")


def test_focus_moves_the_nodes_in_one_pass_queueing_no_simulation_per_node(sample):
    """vis-network's moveNode queues a simulation start, so a redraw, per node: at 5,000 nodes leaving a focus
    hung the page for minutes. The focus places nodes directly and redraws once."""
    p, g = sample
    _shown(p, "")
    p.js("window.__starts = 0; ckg.network.body.emitter.on('startSimulation', () => window.__starts++)")
    p.js("ckg.enterFocus(0); ckg.leaveFocus()")
    p.page.wait_for_timeout(100)  # the queued starts, had there been any, have run
    assert p.js("window.__starts") < 10 < g.number_of_nodes()  # a few from the data's updates, none per node moved
    assert p.js("ckg.shown.nodes") == g.number_of_nodes() - 1
