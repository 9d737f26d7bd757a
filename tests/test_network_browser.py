"""The explorer page in a real browser (``tests/browser.py``): drawing, search, panel, filters, exports.

The page's answers against SPARQL's for filters of every kind, its labels and
its focus are in ``test_explorer_answers.py``.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from rdflib import URIRef

from consultkg.build.run import make_dataset
from consultkg.namespaces import CKGT
from consultkg.network import build_page, network_graph, network_html
from consultkg.network.metrics import add_metrics
from consultkg.network.project import read_facts
from consultkg.network.render import PHYSICS_MAX_NODES

from .browser import Page, _drawn, _select, _tail, skip_without_browser
from .conftest import REPO
from .test_network import HOSTILE, ID, hostile_graph

skip_without_browser()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return tmp_path_factory.mktemp("pages")


@pytest.fixture(scope="module")
def sample_ds(sample_record):
    return make_dataset([("lima-peru-government", sample_record)])


@pytest.fixture(scope="module")
def sample_graph(sample_ds):
    return network_graph(sample_ds)


@pytest.fixture(scope="module")
def sample(browser, pages, sample_graph):
    path = pages / "sample.html"
    path.write_bytes(network_html(sample_graph))
    p = Page(browser, path)
    yield p
    p.page.close()


def test_loads_offline_without_errors(sample):
    assert sample.errors == []
    assert sample.requests == []
    assert sample.js("ckg.data.physics") is True
    assert sample.js("ckg.network.physics.physicsEnabled") is False  # stabilised, then frozen


def test_draws_every_node_and_edge(sample, sample_graph):
    # the government of Peru took part in no meeting: set aside until "Show nodes without links" is ticked
    assert sample.js("ckg.drawnNodeCount()") == sample_graph.number_of_nodes() - 1 == 34
    assert sample.js("ckg.drawnEdgeCount()") == sample_graph.number_of_edges() == 100
    assert sample.page.inner_text("#status") == "Showing 34 of 35 nodes and 100 of 100 links (1 without links set aside)"
    sample.page.check("#show-isolated")
    assert sample.js("ckg.drawnNodeCount()") == 35
    assert sample.page.inner_text("#status") == "Showing 35 of 35 nodes and 100 of 100 links"
    assert "isolated=1" in sample.js("location.hash")
    sample.page.uncheck("#show-isolated")
    legend = sample.page.inner_text("#legend") + sample.page.inner_text("#colour-legend")
    assert "Organisation" in legend and "Theme" in legend and "Development partner" in legend
    assert sample.js("ckg.hubLabelsDrawn") >= 10  # the themes' labels, whatever the zoom


def test_search_finds_undp_and_shows_its_evidence(sample):
    page = sample.page
    page.fill("#search", "UNDP")
    page.wait_for_selector("#results li")
    first = page.inner_text("#results li:first-child")
    assert first.startswith("United Nations Development Programme (UNDP)")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.inner_text("#details h2") == "United Nations Development Programme"
    details = page.inner_text("#details")
    assert "United Nations entity" in details and "lima-peru-government.md, line" in details
    assert sample.js("ckg.network.getSelectedNodes().length") == 1
    assert sample.js("document.activeElement.id") == "details-title"  # focus moved into the panel
    page.keyboard.press("Escape")
    assert sample.js("document.getElementById('panel').hidden") is True
    assert len(sample.js("ckg.search('united')")) >= 3  # every match is ringed on the canvas
    sample.js("ckg.search('')")


def test_panel_says_what_was_said_with_lines(sample, sample_ds):
    facts = read_facts(sample_ds)
    meeting = facts.meetings[ID + "meeting/lima-peru-government-3"]
    stance = next(s for s in meeting.said if s.kind == "stance")
    message = next(k for k in facts.messages if CKGT.care in [URIRef(t) for t in k.about])
    undp = sample.js(f"ckg.data.details.findIndex(d => d.iri === '{ID}org/united-nations-development-programme')")
    sample.js(f"ckg.focusNode({undp})")
    text = sample.page.inner_text("#details")
    assert f"“{stance.text}” — lima-peru-government.md, line {stance.line}" in text
    assert f"“{message.text}” — lima-peru-government.md, line {message.line}" in text
    assert "Consultations\t1" in text or "Consultations 1" in text.replace("\n", " ")
    care = sample.js(f"ckg.data.details.findIndex(d => d.iri === '{CKGT.care}')")
    sample.js(f"ckg.focusNode({care})")
    text = sample.page.inner_text("#details")
    assert message.text in text and "Theme mention:" in text
    other = next(k for k in facts.messages if str(CKGT.care) not in k.about)
    assert other.text not in text  # a theme's panel keeps to the key messages about it
    sample.page.keyboard.press("Escape")


def test_filters_hide_the_right_nodes(sample, sample_graph):
    page = sample.page
    ids = list(sample_graph.nodes)
    page.uncheck("#type-person")
    assert sample.js("ckg.drawnNodeCount()") == 32
    page.check("#type-person")
    rural_option = sample.js("[...document.querySelectorAll('#filter-theme option')].find(o => "
                             "o.textContent.startsWith('Rural women (')).textContent")
    assert rural_option == "Rural women (3)"  # the value, and the nodes it keeps on its own
    page.select_option("#filter-theme", label=rural_option)
    assert page.inner_text("label[for=filter-theme]") == "Theme (10): Rural women"  # the one value chosen, said
    rural = str(CKGT["rural-women"])
    expected = {rural} | set(sample_graph.neighbors(rural))
    drawn = {ids[i] for i in sample.js("ckg.network.body.nodeIndices")}
    assert drawn == expected
    assert sample.js("ckg.drawnEdgeCount()") == sample_graph.degree(rural)
    assert "theme=rural-women" in sample.js("location.hash")
    page.click("#clear-filters")
    assert sample.js("ckg.drawnNodeCount()") == 34 and sample.js("location.hash") == ""


def test_hostile_label_is_text(browser, pages):
    path = pages / "hostile.html"
    path.write_bytes(network_html(network_graph(hostile_graph())))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == [] and p.dialogs == []
    p.page.fill("#search", "onerror")
    p.page.wait_for_selector("#results li")
    assert p.page.inner_text("#results li:first-child").startswith(HOSTILE)
    p.page.click("#results li:first-child button")
    assert p.page.inner_text("#details h2") == HOSTILE
    assert p.js("document.querySelectorAll('img, b').length") == 0
    assert f"“They said {HOSTILE}”" in p.page.inner_text("#details")  # the words, as text
    assert p.js("document.querySelectorAll('#details script').length") == 0
    assert p.js("typeof ckg.nodes.get(0).title") == "string"  # plain-text tooltip
    p.page.wait_for_timeout(200)
    assert p.dialogs == []
    p.page.close()


def test_empty_graph_page_says_so(browser, pages):
    import rdflib
    path = pages / "empty.html"
    path.write_bytes(network_html(network_graph(rdflib.Graph())))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == []
    assert "This graph is empty" in p.page.inner_text("#empty")
    p.page.close()


def test_big_graph_has_a_precomputed_layout_without_overlaps(browser, pages):
    g = nx.Graph()
    n = PHYSICS_MAX_NODES + 200
    for i in range(n):
        theme = i < 20
        g.add_node(f"n{i:05d}", label=f"{'Theme' if theme else 'Organisation'} {i}" + " with a long name" * (i % 5),
                   type="theme" if theme else "organisation", org_type="" if theme else "Civil society organization",
                   org_type_id="" if theme else "https://w3id.org/consultkg/org-type/civil-society")
    for i in range(20, n):
        for t in (i % 20, (i * 7) % 20):
            g.add_edge(f"n{i:05d}", f"n{t:05d}", weight=1 + i % 3, kind="discussed")
    add_metrics(g)
    path = pages / "big.html"
    path.write_bytes(network_html(g))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == []
    assert p.js("ckg.data.physics") is False and p.js("ckg.data.ownEdges") is True
    assert p.js("ckg.drawnNodeCount()") == n
    assert p.js("ckg.drawnEdgeCount()") == g.number_of_edges()
    assert p.js("ckg.search('Organisation 1199').length") == 1
    overlaps = p.js("""() => { const b = ckg.network.body.nodes, ids = ckg.network.body.nodeIndices; let bad = 0;
      const r = i => ckg.data.nodes[i].size, cell = 100, grid = new Map();
      ids.forEach(i => { const k = Math.floor(b[i].x / cell) + ',' + Math.floor(b[i].y / cell);
        (grid.get(k) || grid.set(k, []).get(k)).push(i); });
      ids.forEach(i => { const gx = Math.floor(b[i].x / cell), gy = Math.floor(b[i].y / cell);
        for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) (grid.get((gx + dx) + ',' + (gy + dy)) || [])
          .forEach(j => { if (j > i && Math.hypot(b[i].x - b[j].x, b[i].y - b[j].y) < r(i) + r(j)) bad++; }); });
      return bad; }""")
    assert overlaps == 0
    assert max(len(lab) for lab in p.js("ckg.data.nodes.map(n => n.label || '')")) <= 32  # shortened on the canvas
    p.page.close()


def test_every_theme_country_pair_draws_exactly_the_meetings_participants(corpus):
    p, g, store = corpus
    rows = _select(store, """SELECT ?t ?k ?x WHERE { ?m a ckg:Meeting ; ckg:discussed ?t ; ckg:participant ?x ;
        ckg:partOf ?c . ?c ckg:country ?k }""")
    want: dict = {}
    for t, k, x in rows:
        want.setdefault((t, k), set()).add(x)
    pairs = sorted(want)
    assert len(pairs) > 100  # 11 themes x 28 countries, most of them met
    fragments = [f"theme={_tail(t)}&country={_tail(k)}" for t, k in pairs]
    drawn = _drawn(p, fragments)
    wrong = [(f, len(d), len(want[pair]) + 1) for f, d, pair in zip(fragments, drawn, pairs)
             if set(d) != want[pair] | {pair[0]}]
    assert wrong == []
    # the status line gives N as the participants plus the theme
    t, k = pairs[0]
    p.js(f"location.hash = '#{fragments[0]}'")
    p.page.wait_for_function(f"ckg.fragment() === '{fragments[0]}' && ckg.shown.nodes === {len(want[pairs[0]]) + 1}")
    assert p.page.inner_text("#status").startswith(f"Showing {len(want[pairs[0]]) + 1} of {g.number_of_nodes()} nodes")
    # so few nodes left: every one gets its label, wherever one fits
    p.page.wait_for_function(f"ckg.hubLabelsDrawn >= {(len(want[pairs[0]]) + 1) // 2}")


def test_theme_country_stance_and_multi_select_match_sparql(corpus):
    p, _, store = corpus
    rows = _select(store, """SELECT ?t ?k ?s ?x WHERE { ?m a ckg:Meeting ; ckg:discussed ?t ; ckg:participant ?x ;
        ckg:stance ?s ; ckg:partOf ?c . ?c ckg:country ?k }""")
    want: dict = {}
    for t, k, s, x in rows:
        want.setdefault((t, k, s), set()).add(x)
    combos = sorted(want)[::max(1, len(want) // 25)]
    fragments = [f"theme={_tail(t)}&country={_tail(k)}&stance={_tail(s)}" for t, k, s in combos]
    drawn = _drawn(p, fragments)
    assert [set(d) for d in drawn] == [want[c] | {c[0]} for c in combos]
    # OR within a filter, AND across: two themes in one country
    (t1, k), t2 = combos[0][:2], next(c[0] for c in combos if c[0] != combos[0][0])
    either = {x for (t, kk, _), xs in want.items() if kk == k and t in (t1, t2) for x in xs}
    got = set(_drawn(p, [f"theme={','.join(sorted([_tail(t1), _tail(t2)]))}&country={_tail(k)}"])[0])
    assert got - {t1, t2} == either and t1 in got
    assert _drawn(p, [""])[0] and p.js("ckg.fragment()") == ""


def test_consultations_and_ministries_are_told_apart(corpus):
    p, g, store = corpus
    consultations = _select(store, "SELECT DISTINCT ?c WHERE { ?m a ckg:Meeting ; ckg:partOf ?c }")
    values = p.js("ckg.data.facets.find(f => f.key === 'consultation').values")
    assert len(values) == len(consultations)  # one entry per IRI, not per label
    assert len({v[1] for v in values}) == len(values)  # and their labels differ
    labels = [a["display"] for _, a in g.nodes(data=True) if a["type"] == "organisation" and a["country"]]
    assert len(labels) == len(set(labels))
    ministries = [a["display"] for _, a in g.nodes(data=True) if "Ministry of Women" in a["label"]]
    assert ministries and all(m.endswith(")") for m in ministries)  # with its country
    people = [a["display"] for _, a in g.nodes(data=True) if a["type"] == "person" and a["organisation"]]
    assert people and all("(" in x for x in people)  # with their organisation


def test_url_fragment_restores_a_view_and_follows_the_controls(corpus):
    p, g, _ = corpus
    ids = list(g.nodes)
    care = next(i for i, n in enumerate(ids) if n.endswith("/theme/care"))
    key = _tail(ids[care])
    frag = f"theme=care&colour=community&size=consultations&node={key}"
    p.page.goto(p.page.url.split("#")[0] + "#" + frag)
    p.page.reload()
    p.page.wait_for_selector("body[data-ready='1']", state="attached")
    assert p.js("ckg.fragment()") == frag
    assert p.page.input_value("#colour-by") == "community" and p.page.input_value("#size-by") == "consultations"
    assert p.page.inner_text("#details h2") == "Care services"
    chosen = p.js("Array.from(document.querySelector('#filter-theme').selectedOptions).map(o => o.text)")
    assert len(chosen) == 1 and chosen[0].startswith("Care services (")
    p.page.select_option("#colour-by", "objective")
    assert "colour=objective" in p.js("location.hash")
    p.page.click("#reset")
    assert p.js("location.hash") == "" and p.js("ckg.shown.nodes") == p.js("ckg.data.nodes.filter(n => !n.hidden).length")


def test_table_view_sorts_and_gives_a_keyboard_path(corpus):
    p, g, _ = corpus
    page = p.page
    page.focus("#toggle-table")
    page.keyboard.press("Enter")
    assert page.is_visible("#table-view table")
    first = page.inner_text("#table-view tbody tr:first-child td:nth-child(7)")
    top = max(a["consultation_count"] for _, a in g.nodes(data=True))
    assert int(first) == top  # sorted by consultations, most first: who was in several
    page.focus("#table-view tbody tr:first-child button")
    page.keyboard.press("Enter")
    assert page.is_visible("#panel") and p.js("document.activeElement.id") == "details-title"
    page.keyboard.press("Escape")
    assert p.js("document.getElementById('panel').hidden") is True
    page.click("#table-view th:nth-child(1) button")
    names = page.eval_on_selector_all("#table-view tbody tr td:first-child", "t => t.map(x => x.textContent)")
    assert page.get_attribute("#table-view th:nth-child(1)", "aria-sort") == "ascending"
    assert p.js("n => n.every((x, i) => i === 0 || n[i - 1].localeCompare(x) <= 0)", names) and len(names) == 100
    page.click("#toggle-table")
    assert not page.is_visible("#table-view")


def test_exports_download(corpus, tmp_path):
    p, _, _ = corpus
    p.js("history.replaceState(null, '', '#country=peru'); ckg.restore()")
    with p.page.expect_download() as png:
        p.page.click("#export-png")
    assert png.value.suggested_filename == "network.png"
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    downloads = []
    p.page.on("download", lambda d: downloads.append(d))
    p.page.click("#export-csv")
    p.page.wait_for_timeout(400)
    assert [d.suggested_filename for d in downloads] == ["network-nodes.csv", "network-edges.csv"]
    rows = Path(downloads[0].path()).read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("ID,Label,Type") and len(rows) == 1 + p.js("ckg.shown.nodes")
    edges = Path(downloads[1].path()).read_text(encoding="utf-8").splitlines()
    assert len(edges) == 1 + p.js("ckg.shown.edges")


def test_search_says_why_a_match_is_hidden(corpus):
    p, _, _ = corpus
    p.js("history.replaceState(null, '', '#theme=care&country=peru'); ckg.restore()")
    found = p.js("ckg.search('Ministry')")
    hidden = [i for i in found if p.js(f"ckg.network.body.nodes[{i}].options.hidden")]
    assert hidden
    assert "in no meeting with Theme = Care services and Country = Peru" in p.page.inner_text("#results")
    p.js("ckg.search('')")


def test_contrast_of_every_text_is_at_least_4_5(corpus):
    p, _, _ = corpus
    worst = p.js("""() => {
      function rgb(c) { const m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m; }
      function lum(c) { return c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 :
        Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
      function bg(e) { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
        if (c) return c; } return [255, 255, 255]; }
      let out = [];
      document.querySelectorAll('#side *, #panel *').forEach(e => {
        if (!e.offsetParent || ![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) return;
        const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
        out.push([(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), e.tagName + ' ' + e.textContent.slice(0, 30)]);
      });
      out.sort((x, y) => x[0] - y[0]); return out.slice(0, 3); }""")
    assert worst and worst[0][0] >= 4.5, worst


def test_phone_width(browser, corpus):
    _, _, _ = corpus
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(corpus[0].page.url.split("#")[0])
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.eval_on_selector("#network", "e => e.getBoundingClientRect().toJSON()")
    assert box["width"] >= 380 and box["height"] >= 300
    page.evaluate("ckg.focusNode(ckg.data.details.findIndex(d => d.type === 'theme'))")
    panel = page.eval_on_selector("#panel", "e => e.getBoundingClientRect().toJSON()")
    assert panel["width"] <= 390 and panel["left"] >= 0
    page.close()


def test_status_says_laying_out_until_drawn(browser, corpus):
    page = browser.new_page(viewport={"width": 1500, "height": 900})
    page.add_init_script("""window.__statuses = [];
      new MutationObserver(() => { const s = document.getElementById('status');
        if (s) window.__statuses.push(s.textContent); }).observe(document, {subtree: true, childList: true,
        characterData: true});""")
    page.goto(corpus[0].page.url.split("#")[0])
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    seen = [s for s in page.evaluate("window.__statuses") if s != "Loading…"]
    assert seen[0] == "Laying out…" and seen[-1].startswith("Showing ")
    assert all(s == "Laying out…" for s in seen[:seen.index(seen[-1])])  # no count before the picture
    page.close()


# ---- with filters set, the counts shown are those of the meetings the filters keep ----

PANEL_LINKS = """() => { const h = [...document.querySelectorAll('#details h3')].find(x => x.textContent.startsWith('Linked to'));
  return h ? [...h.nextElementSibling.children].map(li => [li.querySelector('button').textContent,
    Number(((li.querySelector('.where') || {}).textContent || ' ×1').split('×')[1])]) : []; }"""
PANEL_ROWS = """() => Object.fromEntries([...document.querySelectorAll('#details dl dt')].map(dt =>
  [dt.textContent, dt.nextElementSibling.textContent]))"""


def _restore(p, fragment: str) -> None:
    p.js("f => { history.replaceState(null, '', f ? '#' + f : location.pathname); ckg.restore(); }", fragment)


def test_filtered_panel_weights_count_only_the_meetings_kept(corpus):
    p, g, store = corpus
    filtered, whole = {}, {}
    for t, k, x, n in _select(store, """SELECT ?t ?k ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ckg:Meeting ;
            ckg:discussed ?t ; ckg:participant ?x ; ckg:partOf ?c . ?c ckg:country ?k } GROUP BY ?t ?k ?x"""):
        filtered.setdefault((t, k), {})[x] = int(n)
    for t, x, n in _select(store, """SELECT ?t ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ckg:Meeting ;
            ckg:discussed ?t ; ckg:participant ?x } GROUP BY ?t ?x"""):
        whole.setdefault(t, {})[x] = int(n)
    # a theme and country where a stakeholder met on the theme more than once there, and also elsewhere:
    # the filtered weight differs from the whole network's, so counting every meeting would be caught
    (t, k), counts = max(((pair, xs) for pair, xs in filtered.items()
                          if any(1 < n < whole[pair[0]][x] for x, n in xs.items())),
                         key=lambda item: (sum(item[1].values()), item[0]))
    assert counts and all(x in g for x in counts)
    label = {x: g.nodes[x]["display"] for x in counts}
    assert len(set(label.values())) == len(label)
    _restore(p, f"theme={_tail(t)}&country={_tail(k)}&node={_tail(t)}")
    assert p.page.inner_text("#details h2") == g.nodes[t]["display"]
    assert sorted(p.js(PANEL_LINKS)) == sorted([label[x], n] for x, n in counts.items())
    meetings, consultations = _select(store, f"""SELECT (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?c) AS ?nc)
        WHERE {{ ?m a ckg:Meeting ; ckg:discussed <{t}> ; ckg:partOf ?c ; ckg:participant ?x . ?c ckg:country <{k}> .
        {{ ?x a <http://www.w3.org/ns/org#Organization> }} UNION {{ ?x a <http://xmlns.com/foaf/0.1/Person> }} }}""")[0]
    rows = p.js(PANEL_ROWS)
    assert rows["Meetings"] == meetings and rows["Consultations"] == consultations
    assert rows["Degree"] == str(len(counts)) and rows["Weighted degree"] == str(sum(counts.values()))
    assert "Betweenness (whole network)" in rows
    # a stakeholder's own panel, the link's tooltip and width, and the table say the same
    x = next(x for x, n in sorted(counts.items()) if 1 < n < whole[t][x])
    ids = list(g.nodes)
    xi, ti = ids.index(x), ids.index(t)
    p.js(f"ckg.focusNode({xi})")
    assert p.js(PANEL_LINKS) == [[g.nodes[t]["display"], counts[x]]]
    assert p.js(PANEL_ROWS)["Meetings"] == str(counts[x])
    edge = p.js(f"ckg.data.edges.findIndex(e => (e.from === {xi} && e.to === {ti}) || (e.from === {ti} && e.to === {xi}))")
    assert p.js(f"ckg.edges.get({edge}).title") == f"{counts[x]} meetings"
    assert p.js(f"ckg.edges.get({edge}).width") < p.js(f"ckg.data.edges[{edge}].width")  # fewer meetings: thinner
    assert p.js(f"ckg.nodes.get({xi}).title").endswith(f"degree 1 · consultations {p.js(PANEL_ROWS)['Consultations']}")
    p.js("ckg.renderTable()")
    cells = p.js(f"""() => {{ const r = [...document.querySelectorAll('#table-view tbody tr')].find(tr =>
        tr.cells[0].textContent === {label[x]!r}); return r ? [...r.cells].map(c => c.textContent) : null; }}""")
    assert cells is not None and cells[7] == str(counts[x]) and cells[9] == str(counts[x])  # meetings, weighted degree
    # no filter: every meeting counts again, as the graph's own weight says
    _restore(p, f"node={_tail(x)}")
    links = dict(map(tuple, p.js(PANEL_LINKS)))
    assert links[g.nodes[t]["display"]] == whole[t][x] == g.edges[x, t]["weight"]
    assert p.js(PANEL_ROWS)["Meetings"] == str(g.nodes[x]["meetings"])
    assert p.js(f"ckg.edges.get({edge}).title") == f"{whole[t][x]} meetings"
    _restore(p, "")


def test_filtered_co_participation_weights_match_sparql(browser, corpus, pages):
    from consultkg.network.project import project
    _, _, store = corpus
    g = project(read_facts(store), "organisation")
    add_metrics(g)
    path = pages / "organisations.html"
    path.write_bytes(network_html(g, "organisation"))
    p = Page(browser, path)
    assert p.errors == [] and p.requests == []
    # an organisation takes part itself or through a person who represents it
    rows = _select(store, """SELECT ?k ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
        ?m a ckg:Meeting ; ckg:partOf ?c . ?c ckg:country ?k .
        ?m ckg:participant ?pa . ?m ckg:participant ?pb .
        { ?pa a <http://www.w3.org/ns/org#Organization> BIND(?pa AS ?a) } UNION { ?pa <http://www.w3.org/ns/org#memberOf> ?a }
        { ?pb a <http://www.w3.org/ns/org#Organization> BIND(?pb AS ?b) } UNION { ?pb <http://www.w3.org/ns/org#memberOf> ?b }
        FILTER(STR(?a) < STR(?b)) } GROUP BY ?k ?a ?b""")
    by_country: dict = {}
    for k, a, b, n in rows:
        if a in g and b in g:
            by_country.setdefault(k, {})[a, b] = int(n)
    assert all(n <= g.edges[ab]["weight"] for pairs in by_country.values() for ab, n in pairs.items())
    # the country and organisation with the most links that have fewer meetings there than in all
    fewer = {(k, o): sum(1 for ab, n in pairs.items() if o in ab and n < g.edges[ab]["weight"])
             for k, pairs in by_country.items() for ab in pairs for o in ab}
    (k, hub), most = max(fewer.items(), key=lambda item: (item[1], item[0]))
    assert most >= 1
    pairs = by_country[k]
    want = sorted([g.nodes[b if a == hub else a]["display"], n] for (a, b), n in pairs.items() if hub in (a, b))
    _restore(p, f"country={_tail(k)}&node={_tail(hub)}")
    assert sorted(p.js(PANEL_LINKS)) == want
    assert p.errors == []
    p.page.close()


def test_panel_places_a_one_line_records_words_by_character_offsets(browser, pages, tmp_path):
    from consultkg.build.run import build
    from consultkg.network import load_rdf
    record = REPO / "tests" / "fixtures" / "oneline" / "mission-namibia-oneline.txt"
    build([record], tmp_path / "out", progress=False, page=build_page())
    facts = read_facts(load_rdf(tmp_path / "out"))
    message = facts.messages[0]
    text = record.read_text(encoding="utf-8")
    assert text[message.start:message.end] == message.text
    p = Page(browser, tmp_path / "out" / "network.html")
    try:
        node = sorted(message.mentions)[0] if message.mentions else sorted(  # the same node under any hash seed
            next(m for m in facts.meetings.values() if m.consultation == message.consultation).participants)[0]
        i = p.js(f"ckg.data.details.findIndex(d => d.iri === '{node}')")
        p.js(f"ckg.focusNode({i})")
        shown = p.page.inner_text("#details")
        assert f"“{message.text}” — {record.name}, characters {message.start}–{message.end}" in shown
        assert ", line 1" not in shown
    finally:
        p.page.close()


def test_a_quote_shows_the_format_characters_that_would_trick_the_eye(browser, tmp_path):
    from consultkg.build.run import build
    src = tmp_path / "in"
    src.mkdir()
    (src / "bidi.md").write_text(
        "# Consultation with civil society, Lima, Peru, 3 May 2023\n\n## Meeting with Oxfam\n\n"
        "Participants: Oxfam, UN Women\n\n"
        "Participants strongly welcomed the strategy and its focus on care \u202enemoW rof dnuF\u202c.\n\n"
        "Key themes of the discussion included childcare and gender-based violence.\n",
        encoding="utf-8")
    build([src], tmp_path / "out", progress=False, page=build_page())
    p = Page(browser, tmp_path / "out" / "network.html")
    try:
        labels = p.js("ckg.data.details.map(d => d.label)")
        i = labels.index("Oxfam")
        p.js(f"ckg.focusNode({i})")
        shown = p.page.inner_text("#details")
        assert "care \u27e8U+202E\u27e9nemoW rof dnuF\u27e8U+202C\u27e9" in shown  # was: drawn reversed
        assert "\u202e" not in shown
    finally:
        p.page.close()
