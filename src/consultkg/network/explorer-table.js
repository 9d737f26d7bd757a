/* consultkg network explorer, part 6 of 8: the tables. The node table lists the nodes the view shows, with
   their type, organisation type, acronym, where they are based, the countries of their consultations and
   their counts, sortable, searchable, filtered by column; the evidence table lists what was said in the
   meetings the filters keep (who, what, where: document, line or characters, page, the exact words), and
   both export as CSV. Document text only through textContent. */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data, details = K.details, N = K.N, el = K.el, button = K.button, norm = K.norm;
  var typeLabel = K.typeLabel, facetByKey = K.facetByKey, meetings = K.meetings, nodeMeetings = K.nodeMeetings;
  var hidden = K.hidden, state = K.state, metricsNow = K.metricsNow, live = K.live;

  function csvCell(v) {
    var s = String(v === undefined || v === null ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  /* a spreadsheet would run it as a formula */
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvBlob(rows) {
    return URL.createObjectURL(new Blob([rows.map(function (r) { return r.map(csvCell).join(","); }).join("\n") + "\n"],
                                        { type: "text/csv;charset=utf-8" }));
  }
  function download(name, href) {
    var a = el("a"); a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }
  K.csvBlob = csvBlob; K.download = download;

  /* the countries of the consultations a node's meetings (those the filters keep) belong to */
  function consultationCountries(i) {
    var seen = {}, filtering = K.anyFilter();
    nodeMeetings[i].forEach(function (j) {
      if (filtering && !live[j]) return;
      var c = meetings[j][0] >= 0 ? data.consultations[meetings[j][0]] : null;
      if (c && c[2] >= 0) seen[facetByKey.country.values[c[2]][1]] = 1;
    });
    return Object.keys(seen).sort().join("; ");
  }
  function metric(k) { return function (d, i) { return metricsNow[i][k]; }; }
  var COLS = [["Name", function (d) { return d.label; }], ["Type", function (d) { return typeLabel[d.type]; }],
              ["Organisation type", function (d) { return d.orgType || ""; }],
              ["Acronym", function (d) { return d.acronym || ""; }],
              ["Based in", function (d) { return d.type === "organisation" ? d.country || "" : ""; }],
              ["Consultations in", function (d, i) { return consultationCountries(i); }],
              ["Consultations", metric(4)], ["Meetings", metric(5)], ["Degree", metric(0)],
              ["Weighted degree", metric(1)], ["Betweenness", metric(2)], ["Community", metric(3)]];
  var FIRST_COUNT = 6, BETWEENNESS = 10;
  var EVIDENCE_COLS = ["Consultation", "Meeting", "Who took part (shown)", "Kind", "Theme", "Exact words", "Document",
                       "Where", "Page"];
  var sortCol = FIRST_COUNT, sortDesc = true, limit = 100, query = "", typeFilter = "";
  var box = document.getElementById("table-view"), toggle = document.getElementById("toggle-table");

  function nodeRows() {
    var q = norm(query).trim(), rows = [];
    for (var i = 0; i < N; i++) {
      if (hidden[i]) continue;
      var d = details[i];
      if (typeFilter && d.type !== typeFilter) continue;
      if (q && norm(d.label + " " + (d.acronym || "") + " " + (d.orgType || "") + " " + (d.country || "")).indexOf(q) < 0)
        continue;
      rows.push(i);
    }
    var get = COLS[sortCol][1];
    rows.sort(function (a, b) {
      var x = get(details[a], a), y = get(details[b], b);
      var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return (sortDesc ? -c : c) || details[a].label.localeCompare(details[b].label) || a - b;
    });
    return rows;
  }
  /* what was said in the meetings the filters keep: [consultation, meeting, who, kind, theme, words, document,
     where, page]; theme mentions of the chosen themes (or objectives) only, when some are chosen */
  function evidenceRows() {
    var filtering = K.anyFilter(), s = state.sel, q = norm(query).trim(), out = [];
    function where(x, a, b) { return a !== undefined && a !== null ? "characters " + a + "–" + b : x !== null && x !== undefined ? "line " + x : ""; }
    meetings.forEach(function (m, j) {
      if (filtering && !live[j]) return;
      var con = m[0] >= 0 ? data.consultations[m[0]][0] : "", doc = m[5] >= 0 ? data.docs[m[5]] : "";
      var who = m[3].filter(function (n) {
        var t = details[n].type; return (t === "organisation" || t === "person") && !hidden[n];
      }).map(function (n) { return details[n].label; }).sort().join("; ");
      data.said[j].forEach(function (x) {
        out.push([con, m[4], who, x[0] === "stance" ? "Stance" : "Follow-up interest", "", x[1], doc, where(x[2], x[4], x[5]),
                  x[3] === null || x[3] === undefined ? "" : x[3]]);
      });
      data.mentions[j].forEach(function (x) {
        if (s.theme.size && !s.theme.has(x[1])) return;
        if (s.objective.size && !(x[1] >= 0 && data.themeObjectives[x[1]].some(function (o) { return s.objective.has(o); })))
          return;
        out.push([con, m[4], who, "Theme mention", x[1] >= 0 ? facetByKey.theme.values[x[1]][1] : "", x[0], doc,
                  where(x[2], x[4], x[5]), x[3] === null || x[3] === undefined ? "" : x[3]]);
      });
    });
    if (q) out = out.filter(function (r) { return norm(r.join(" ")).indexOf(q) >= 0; });
    return out;
  }
  ckg.evidenceRows = evidenceRows;

  function controls(evidence) {
    var bar = el("div", null, "table-bar");
    var tabs = el("div", null, "tabs");
    [["Nodes", false], ["Evidence", true]].forEach(function (t) {
      var b = button(t[0], function () { state.table = t[1] ? "evidence" : "nodes"; limit = 100; render(); K.saveState(); }, "tab");
      b.setAttribute("aria-pressed", String(evidence === t[1]));
      tabs.appendChild(b);
    });
    bar.appendChild(tabs);
    var search = el("input"); search.type = "search"; search.id = "table-search"; search.value = query;
    search.placeholder = evidence ? "Search the words, names, documents" : "Search names, acronyms, types, places";
    search.setAttribute("aria-label", "Search the table");
    search.addEventListener("input", function () { query = search.value; limit = 100; render(); refocus("table-search"); });
    bar.appendChild(search);
    if (!evidence) {
      var types = el("select"); types.id = "table-type"; types.setAttribute("aria-label", "Type column");
      types.appendChild(el("option", "All types")).value = "";
      data.types.forEach(function (t) { types.appendChild(el("option", t.label)).value = t.key; });
      types.value = typeFilter;
      types.addEventListener("change", function () { typeFilter = types.value; limit = 100; render(); refocus("table-type"); });
      bar.appendChild(types);
    }
    bar.appendChild(button("CSV of this table", function () {
      if (evidence) download("network-evidence.csv", csvBlob([EVIDENCE_COLS].concat(evidenceRows())));
      else download("network-table.csv", csvBlob([COLS.map(function (c) { return c[0]; })].concat(nodeRows().map(function (i) {
        return COLS.map(function (c) { return c[1](details[i], i); }); }))));
    }, "small"));
    return bar;
  }
  function refocus(id) { var x = document.getElementById(id); if (x) { x.focus(); if (x.setSelectionRange && x.value) x.setSelectionRange(x.value.length, x.value.length); } }

  function render() {
    box.textContent = "";
    var evidence = state.table === "evidence";
    box.appendChild(controls(evidence));
    var table = el("table"), thead = el("thead"), tr = el("tr"), tbody = el("tbody");
    var note = K.anyFilter() ? "; the meetings the filters keep" : "";
    if (evidence) {
      var rows = evidenceRows();
      table.appendChild(el("caption", rows.length + " statements" + note + (K.anyFilter() && (state.sel.theme.size ||
        state.sel.objective.size) ? " (theme mentions: of the chosen themes)" : "")));
      EVIDENCE_COLS.forEach(function (c) { var th = el("th", c); th.setAttribute("scope", "col"); tr.appendChild(th); });
      rows.slice(0, limit).forEach(function (r) {
        var row = el("tr");
        r.forEach(function (v, c) { row.appendChild(el("td", c === 5 ? "“" + K.visible(v) + "”" : v, c === 5 ? "quote" : null)); });
        tbody.appendChild(row);
      });
      more(rows.length);
    } else {
      var ids = nodeRows();
      table.appendChild(el("caption", ids.length + " visible nodes, by " + COLS[sortCol][0].toLowerCase() +
        (K.anyFilter() ? "; counts of the meetings the filters keep (betweenness, community: the whole network)" : "")));
      COLS.forEach(function (col, c) {
        var th = el("th"); th.setAttribute("scope", "col");
        th.setAttribute("aria-sort", c === sortCol ? (sortDesc ? "descending" : "ascending") : "none");
        th.appendChild(button(col[0] + (c === sortCol ? (sortDesc ? " ▼" : " ▲") : ""), function () {
          if (sortCol === c) sortDesc = !sortDesc; else { sortCol = c; sortDesc = c >= FIRST_COUNT; }
          render(); box.querySelector("th:nth-child(" + (c + 1) + ") button").focus();
        }, "sort"));
        tr.appendChild(th);
      });
      ids.slice(0, limit).forEach(function (i) {
        var row = el("tr"), d = details[i];
        COLS.forEach(function (col, c) {
          var td = el("td");
          if (c === 0) td.appendChild(button(d.label, function () { K.ui.selectNode(i, true); }, "link"));
          else { var v = col[1](d, i); td.textContent = c === BETWEENNESS ? Number(v).toFixed(4) : v; }
          row.appendChild(td);
        });
        tbody.appendChild(row);
      });
      more(ids.length);
    }
    thead.appendChild(tr); table.insertBefore(thead, table.firstChild.nextSibling); table.appendChild(tbody);
    box.insertBefore(table, box.children[1] || null);
    function more(n) {
      if (n > limit) box.appendChild(button("Show " + Math.min(100, n - limit) + " more of " + (n - limit),
        function () { limit += 100; render(); }, "more"));
    }
  }
  function show(on) {
    state.table = on ? (state.table && state.table !== true ? state.table : "nodes") : false;
    box.hidden = !on; toggle.setAttribute("aria-pressed", on ? "true" : "false");
    toggle.textContent = on ? "Network" : "Table";
    if (on) render();
    K.saveState();
  }
  toggle.addEventListener("click", function () { show(!state.table); });
  ckg.renderTable = render; K.ui.renderTable = render; K.ui.showTable = show;
})();
