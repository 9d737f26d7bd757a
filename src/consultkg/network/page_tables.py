"""The page's tables: facets, consultations and meetings (the filters are evaluated per meeting) and
what was said in each (stance sentences, follow-ups, theme mentions, key messages), all as compact lists
that refer to each other by index.

    >>> tables = page_tables(g, {n: i for i, n in enumerate(g.nodes)})       # doctest: +SKIP
    >>> tables["facets"][0]["key"], tables["facets"][0]["values"][0]          # doctest: +SKIP
    ('theme', ['care', 'Care services'])

* ``facets``: ``{"key", "label", "values": [[local name, label], ...]}`` for
  theme, objective, country, consultation, stance and stakeholder group; the
  local names are the values of the page's URL fragment (``#theme=care``);
* ``consultations[c]``: ``[label, dates, country, group, document]`` (indexes,
  -1 when unknown), ``c`` being its index in the consultation facet;
* ``meetings[j]``: ``[consultation, stance, [themes], [node ids], label, document, line]``;
* ``said[j]``: ``[[kind, text, line, page], ...]`` (kind "stance" or "follow-up");
  ``mentions[j]``: ``[[text, theme, line, page], ...]``;
* ``messages[c]``: ``[[text, highlight, [themes], line, page, [node ids it names]], ...]``;
* each of these ends with ``start, end`` (character offsets) where the record was one line;
* ``themeObjectives[t]``, ``themeNodes[t]`` (the node id of theme ``t``, or -1).
"""
from __future__ import annotations

import networkx as nx

from .facts import local_name

FACET_KEYS = (("theme", "Theme"), ("objective", "Strategic objective"), ("country", "Country"),
              ("consultation", "Consultation"), ("stance", "Stance"), ("group", "Stakeholder group"))


def _facet(pairs) -> tuple[list, dict]:
    """[[local name, label]] sorted by label, and IRI -> index."""
    items = sorted({(lab, iri) for iri, lab in pairs if iri}, key=lambda x: (x[0].casefold(), x[1]))
    return [[local_name(iri), lab] for lab, iri in items], {iri: i for i, (_, iri) in enumerate(items)}


def _dates(c) -> str:
    return c.start if not c.end or c.end == c.start else f"{c.start} to {c.end}"


def page_tables(g: nx.Graph, index: dict) -> dict:
    f, members = g.graph.get("facts"), g.graph.get("members", {})
    empty = {"facets": [], "consultations": [], "meetings": [], "said": [], "mentions": [], "messages": [],
             "docs": [], "themeObjectives": [], "themeNodes": []}
    if f is None:
        return empty
    display = g.graph.get("display")
    if display is None:
        from .project import display_labels
        display = display_labels(f)
    meetings = [f.meetings[m] for m in sorted(members) if members[m]]
    used_cons = {m.consultation for m in meetings if m.consultation}
    cons = [f.consultations[c] for c in sorted(used_cons)]
    themes_v, themes_i = _facet((t, f.nodes[t]["label"]) for m in meetings for t in m.themes)
    objs_v, objs_i = _facet((o, f.labels.get(o, local_name(o))) for t in themes_i for o in f.objectives.get(t, ()))
    country_v, country_i = _facet((c.country_id, c.country) for c in cons)
    cons_v, cons_i = _facet((c.iri, display.get(c.iri, c.label)) for c in cons)
    stance_v, stance_i = _facet((m.stance_id, m.stance) for m in meetings)
    group_v, group_i = _facet((c.group_id, c.group) for c in cons)
    docs = sorted({m.document for m in meetings} | {c.document for c in cons})
    doc_i = {d: i for i, d in enumerate(docs)}
    by_iri = {c.iri: c for c in cons}
    consultations = [None] * len(cons_v)
    for iri, i in cons_i.items():
        c = by_iri[iri]
        consultations[i] = [display.get(iri, c.label), _dates(c), country_i.get(c.country_id, -1),
                            group_i.get(c.group_id, -1), doc_i.get(c.document, -1)]
    rows, said, mentions = [], [], []
    for m in meetings:
        line = next((s.line for s in m.said if s.kind == "stance"), None)
        rows.append([cons_i.get(m.consultation, -1), stance_i.get(m.stance_id, -1),
                     sorted(themes_i[t] for t in m.themes if t in themes_i), [index[n] for n in members[m.iri]],
                     f.nodes[m.iri]["label"], doc_i.get(m.document, -1), line])
        said.append([[s.kind, s.text, s.line, s.page, *_chars(s)] for s in m.said])
        mentions.append([[x.text, themes_i.get(x.theme_id, -1), x.line, x.page, *_chars(x)] for x in m.mentions])
    messages = [[] for _ in cons_v]
    for k in f.messages:
        if k.consultation in cons_i:
            messages[cons_i[k.consultation]].append(
                [k.text, k.highlight, sorted(themes_i[t] for t in k.about if t in themes_i), k.line, k.page,
                 sorted(index[o] for o in k.mentions if o in index), *_chars(k)])
    labels = dict(FACET_KEYS)
    facets = [{"key": key, "label": labels[key], "values": values} for key, values in (
        ("theme", themes_v), ("objective", objs_v), ("country", country_v), ("consultation", cons_v),
        ("stance", stance_v), ("group", group_v))]
    return {"facets": facets, "consultations": consultations, "meetings": rows, "said": said,
            "mentions": mentions, "messages": messages, "docs": docs,
            "themeObjectives": [sorted(objs_i[o] for o in f.objectives.get(t, ()) if o in objs_i)
                                for t in sorted(themes_i, key=themes_i.get)],
            "themeNodes": [index.get(t, -1) for t in sorted(themes_i, key=themes_i.get)]}


def _chars(x) -> list:
    """``[start, end]`` of words read from a one-line record (their character offsets), else ``[]``."""
    return [x.start, x.end] if getattr(x, "start", None) is not None else []
