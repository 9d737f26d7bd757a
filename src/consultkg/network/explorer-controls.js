/* consultkg network explorer, part 4 of 8: the view in the URL fragment, the side bar's controls (legend, colour, size, search). Document text only through textContent. */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data;
  var details = K.details;
  var el = K.el;
  var button = K.button;
  var norm = K.norm;
  var typeLabel = K.typeLabel;
  var facetByKey = K.facetByKey;
  var isolated = K.isolated;
  var isolatedCount = K.isolatedCount;
  var meetings = K.meetings;
  var nodeMeetings = K.nodeMeetings;
  var nodes = K.nodes;
  var network = K.network;
  var hidden = K.hidden;
  var neighbours = K.neighbours;
  var matches = K.matches;
  var FILTER_KEYS = K.FILTER_KEYS;
  var state = K.state;
  var valuesOf = K.valuesOf;
  var themeNodeOf = K.themeNodeOf;
  var applyFilters = K.applyFilters;
  var why = K.why;
  var filterLabel = K.filterLabel;

  var RANGES = K.RANGES, rangeLabel = K.rangeLabel;

  /* ---- the view in the URL fragment: #theme=care,gender-data&country=peru&node=undp&colour=community ---- */
  var keyIndex = {};
  details.forEach(function (d, i) { if (!(d.key in keyIndex)) keyIndex[d.key] = i; });
  function fragment() {
    var parts = [];
    FILTER_KEYS.forEach(function (k) {
      var vs = valuesOf(k), sel = Array.from(state.sel[k]).sort(function (a, b) { return a - b; });
      if (sel.length) parts.push(k + "=" + sel.map(function (i) { return encodeURIComponent(vs[i][0]); }).join(","));
    });
    RANGES.forEach(function (r) {
      var v = state.range[r[0]];
      if (v) parts.push(r[0] + "=" + v[0] + "-" + (v[1] === Infinity ? "" : v[1]));
    });
    var off = data.types.filter(function (t) { return !state.types[t.key]; }).map(function (t) { return t.key; });
    if (off.length) parts.push("hide=" + off.join(","));
    if (state.isolated) parts.push("isolated=1");
    if (state.colour !== "type") parts.push("colour=" + state.colour);
    if (state.folded.size) parts.push("fold=" + Array.from(state.folded).sort(function (a, b) { return a - b; }).join(","));
    if (state.size !== data.sizeBy) parts.push("size=" + state.size);
    if (state.labels !== K.labels.DEFAULT) parts.push("labels=" + state.labels);
    if (state.node !== null) parts.push("node=" + encodeURIComponent(details[state.node].key));
    if (state.focus) parts.push("focus=" + state.depth);
    if (state.viewName) parts.push("name=" + encodeURIComponent(state.viewName));
    if (state.table) parts.push("table=" + (state.table === "evidence" ? "evidence" : "1"));
    return parts.join("&");
  }
  function saveState() {
    if (K.restoring) return;
    var f = fragment();
    if (("#" + f) !== location.hash && !(f === "" && location.hash === ""))
      history.replaceState(null, "", f ? "#" + f : location.pathname + location.search);
  }
  function decode(x) { try { return decodeURIComponent(x); } catch (e) { return x; } }  /* a stray % is a value too */
  function readFragment() {
    var out = {}, unknown = [];
    location.hash.replace(/^#/, "").split("&").forEach(function (p) {
      if (!p) return;
      var eq = p.indexOf("="), k = eq < 0 ? p : p.slice(0, eq), v = eq < 0 ? "" : p.slice(eq + 1);
      out[decode(k)] = v.split(",").map(decode);
    });
    var order = Object.keys(out);
    RANGES.forEach(function (r) {  /* "consultations=2-" : at least 2; "degree=1-5" */
      var v = (out[r[0]] || [])[0], m = v === undefined ? null : /^(\d*)-(\d*)$/.exec(v);
      state.range[r[0]] = m && (m[1] || m[2]) ? [m[1] ? Number(m[1]) : 0, m[2] ? Number(m[2]) : Infinity] : null;
      if (v !== undefined && !state.range[r[0]]) unknown.push([r[0], v]);
    });
    FILTER_KEYS.forEach(function (k) {
      state.sel[k] = new Set();
      var vs = valuesOf(k);
      (out[k] || []).forEach(function (v) {  /* a value's name or label, case and accents ignored */
        var want = norm(v).trim(), i = vs.findIndex(function (x) { return norm(x[0]) === want; });
        if (i < 0) i = vs.findIndex(function (x) { return norm(x[1]) === want; });
        if (i >= 0) state.sel[k].add(i); else if (v !== "") unknown.push([k, v]);
      });
    });
    state.last = order.filter(function (k) { return state.sel[k] && state.sel[k].size || state.range[k]; }).pop() || null;
    var level = Number((out.labels || [])[0]);
    state.labels = out.labels && level >= 0 && level < K.labels.DENSITY.length && level % 1 === 0 ? level : K.labels.DEFAULT;
    data.types.forEach(function (t) { state.types[t.key] = (out.hide || []).indexOf(t.key) < 0; });
    state.isolated = (out.isolated || [])[0] === "1";
    state.colour = ["type", "community", "objective"].indexOf((out.colour || [])[0]) >= 0 ? out.colour[0] : "type";
    state.folded = new Set();
    (out.fold || []).forEach(function (c) {
      if (c in data.communities) state.folded.add(Number(c)); else if (c !== "") unknown.push(["fold", c]);
    });
    state.size = data.metrics.some(function (m) { return m[0] === (out.size || [])[0]; }) ? out.size[0] : data.sizeBy;
    var nk = (out.node || [])[0];
    state.node = nk !== undefined && nk in keyIndex ? keyIndex[nk] : null;
    if (nk !== undefined && state.node === null) unknown.push(["node", nk]);
    var depth = (out.focus || [])[0];
    state.focus = depth === "1" || depth === "2";
    state.depth = depth === "2" ? 2 : 1;
    state.viewName = ((out.name || [])[0] || "").slice(0, 120);
    var table = (out.table || [])[0];
    state.table = table === "1" ? "nodes" : table === "evidence" ? "evidence" : false;
    ckg.unknownFragment = unknown.map(function (x) { return x[0] + "=" + x[1]; });
    if (unknown.length) K.notice("Not in this network, so left out of the view: " + unknown.map(function (x) {
      return (x[0] === "node" ? "Node" : x[0] === "fold" ? "Community" : rangeLabel[x[0]] || filterLabel(x[0])) + " “" + x[1] + "”";
    }).join(", ") + ".");
    else K.notice(null);
  }

  K.fragment = fragment;
  K.saveState = saveState;
  K.readFragment = readFragment;


  /* ---- legend: node types (filters), colours, sizes ---- */
  var legend = document.getElementById("legend");
  var typeBoxes = {};
  legend.appendChild(el("h2", "Node types"));
  data.types.forEach(function (t) {
    var row = el("label", null, "legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.id = "type-" + t.key;
    box.addEventListener("change", function () { state.types[t.key] = box.checked; applyFilters(); });
    typeBoxes[t.key] = box;
    var sw = el("span", null, "swatch " + t.shape);
    sw.style.background = t.color; sw.style.borderColor = data.outlines[t.color] || t.color;
    row.appendChild(box); row.appendChild(sw); row.appendChild(el("span", t.label));
    row.appendChild(el("span", t.count, "count"));
    legend.appendChild(row);
  });
  var isoBox = document.getElementById("show-isolated");
  isoBox.parentNode.appendChild(el("span", " (" + isolatedCount + ")", "count"));
  isoBox.addEventListener("change", function () { state.isolated = isoBox.checked; applyFilters(); });
  var colourLegend = document.getElementById("colour-legend");

  /* ---- colour: by type, by community, by strategic objective ---- */
  var palette = data.palette, baseColour = data.nodes.map(function (n) { return n.color.background || n.color; });
  function painted(c) {  /* as render.py paints a node: the fill, its outline at 4.5:1 against white */
    return { background: c, border: data.outlines[c] || c, highlight: { background: c, border: "#1d2733" },
             hover: { background: c, border: "#1d2733" } };
  }
  K.painted = painted;
  var colourBy = document.getElementById("colour-by");
  var objectiveOf = null;
  function objectiveColours() {
    if (objectiveOf) return objectiveOf;
    objectiveOf = details.map(function (d, i) {
      var counts = {};
      if (themeNodeOf[i] !== undefined) data.themeObjectives[themeNodeOf[i]].forEach(function (o) { counts[o] = 1e9; });
      nodeMeetings[i].forEach(function (j) {
        meetings[j][2].forEach(function (t) { data.themeObjectives[t].forEach(function (o) { counts[o] = (counts[o] || 0) + 1; }); });
      });
      var best = -1, top = 0;
      Object.keys(counts).forEach(function (o) { if (counts[o] > top) { top = counts[o]; best = Number(o); } });
      return best;
    });
    return objectiveOf;
  }
  function colourOf(i) {
    if (state.colour === "community") {
      var c = details[i].metrics[3];
      return c >= 1 && c <= 7 ? palette[c - 1] : "#bdbdbd";
    }
    if (state.colour === "objective") {
      var o = objectiveColours()[i];
      return o >= 0 ? palette[o % 7] : "#bdbdbd";
    }
    return baseColour[i];
  }
  function swatchRow(text, colour, count) {
    var row = el("div", null, "legend-row");
    var sw = el("span", null, "swatch dot"); sw.style.background = colour; sw.style.borderColor = data.outlines[colour] || colour;
    row.appendChild(sw); row.appendChild(el("span", text));
    if (count !== undefined) row.appendChild(el("span", count, "count"));
    return row;
  }
  var appliedColour = "type";  /* what the nodes show now: no update of every node when nothing changes */
  function recolour() {
    if (state.colour !== appliedColour) {
      appliedColour = state.colour;
      nodes.update(details.map(function (d, i) { return { id: i, color: painted(colourOf(i)) }; }));
    }
    colourLegend.textContent = "";
    if (state.colour === "type") {
      data.families.forEach(function (f) { colourLegend.appendChild(swatchRow(f[0], f[1])); });
      data.types.forEach(function (t) { if (t.key !== "organisation") colourLegend.appendChild(swatchRow(t.label, t.color)); });
    } else if (state.colour === "community") {  /* named clusters: a check box folds one away (hides its nodes) */
      Object.keys(data.communities).map(Number).sort(function (a, b) { return a - b; }).forEach(function (c) {
        var info = data.communities[c], row = swatchRow(c + ". " + info[0], c <= 7 ? palette[c - 1] : "#bdbdbd", info[1]);
        if (c > 7 && Object.keys(data.communities).length > 12) return;  /* the many small ones: grey, unlisted */
        var box = el("input"); box.type = "checkbox"; box.checked = !state.folded.has(c); box.id = "community-" + c;
        box.setAttribute("aria-label", "Show community " + c + ": " + info[0]);
        box.addEventListener("change", function () {
          if (box.checked) state.folded.delete(c); else state.folded.add(c);
          K.applyFilters();
        });
        row.insertBefore(box, row.firstChild);
        colourLegend.appendChild(row);
      });
      if (Object.keys(data.communities).length > 12) colourLegend.appendChild(swatchRow("Communities 8 and after", "#bdbdbd"));
    } else {
      (facetByKey.objective ? facetByKey.objective.values : []).forEach(function (v, o) {
        colourLegend.appendChild(swatchRow(v[1], palette[o % 7]));
      });
      colourLegend.appendChild(swatchRow("No strategic objective", "#bdbdbd"));
    }
    saveState();
  }
  colourBy.addEventListener("change", function () { state.colour = colourBy.value; recolour(); });

  /* ---- size by metric, with its legend ---- */
  var sizeBy = document.getElementById("size-by"), sizeLegend = document.getElementById("size-legend");
  data.metrics.forEach(function (m) { sizeBy.appendChild(el("option", m[1])).value = m[0]; });
  var appliedSize = data.sizeBy;
  var METRIC_AT = { "degree": 0, "weighted-degree": 1, "betweenness": 2, "consultations": 4, "meetings": 5 };
  function resize() {
    var k = METRIC_AT[state.size], top = 0;
    details.forEach(function (d) { top = Math.max(top, d.metrics[k]); });
    function size(v) { return top > 0 ? 8 + 32 * Math.sqrt(v / top) : 8; }
    if (state.size !== appliedSize) {
      appliedSize = state.size;
      nodes.update(details.map(function (d, i) {
        data.nodes[i].size = Math.round(size(d.metrics[k]) * 100) / 100;
        return { id: i, size: data.nodes[i].size };
      }));
    }
    sizeLegend.textContent = "";
    [top, top / 4, 0].forEach(function (v) {
      var s = size(v), row = el("div", null, "size-row"), c = el("span", null, "size-dot");
      c.style.width = c.style.height = Math.round(s) + "px";
      row.appendChild(c);
      row.appendChild(el("span", (k === 2 ? v.toFixed(3) : Math.round(v)) + " " + sizeBy.selectedOptions[0].text.toLowerCase()));
      sizeLegend.appendChild(row);
    });
    if (K.anyFilter()) sizeLegend.appendChild(el("p", "Sizes: the whole network's values, not only the meetings the " +
                                                     "filters keep.", "hint"));
    saveState();
  }
  sizeBy.addEventListener("change", function () { state.size = sizeBy.value; resize(); });

  /* ---- search over labels and acronyms: every match ringed on the canvas ---- */
  var keys = details.map(function (d) { return norm(d.label + " " + (d.acronym || "")); });
  var search = document.getElementById("search"), results = document.getElementById("results");
  var count = document.getElementById("search-count");
  function runSearch() {
    var q = norm(search.value).trim();
    results.textContent = ""; count.textContent = "";
    matches.length = 0;
    if (!q) { network.redraw(); return []; }
    keys.forEach(function (k, i) { if (k.indexOf(q) >= 0) matches.push(i); });
    function rank(i) {
      if (norm(details[i].acronym) === q) return 0;
      return norm(details[i].label).indexOf(q) === 0 ? 1 : 2;
    }
    matches.sort(function (a, b) {
      return rank(a) - rank(b) || details[a].label.localeCompare(details[b].label) || a - b;
    });
    var shownCount = matches.filter(function (i) { return !hidden[i]; }).length;
    count.textContent = matches.length + (matches.length === 1 ? " match" : " matches") +
      (shownCount < matches.length ? ", " + (matches.length - shownCount) + " hidden" : "");
    matches.slice(0, 50).forEach(function (i) {
      var li = el("li"), d = details[i];
      var b = button("", function () { if (!hidden[i]) K.ui.selectNode(i, true); });
      b.appendChild(el("span", d.label + (d.acronym ? " (" + d.acronym + ")" : "")));
      b.appendChild(el("span", " · " + typeLabel[d.type], "kind"));
      if (hidden[i]) { b.setAttribute("aria-disabled", "true"); li.appendChild(b); li.appendChild(el("span", why(i), "why")); }
      else li.appendChild(b);
      results.appendChild(li);
    });
    network.redraw();
    return matches.slice();
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 80); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var f = runSearch().filter(function (i) { return !hidden[i]; });
      if (f.length) K.ui.selectNode(f[0], true);
    }
  });
  ckg.search = function (q) { search.value = q; return runSearch(); };
  K.runSearch = runSearch; K.recolour = recolour; K.resize = resize;
  ckg.why = why;

  var depthBox = document.getElementById("focus-depth");
  depthBox.addEventListener("change", function () {
    state.depth = Number(depthBox.value);
    if (state.focus && K.ui.refocus) K.ui.refocus(); else saveState();
  });

  function syncControls() {
    K.filterUI.sync();
    data.types.forEach(function (t) { typeBoxes[t.key].checked = state.types[t.key]; });
    isoBox.checked = state.isolated; colourBy.value = state.colour; sizeBy.value = state.size;
    K.labels.sync(); depthBox.value = String(state.depth);
  }
  K.syncControls = syncControls;
})();
