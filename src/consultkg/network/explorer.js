/* consultkg network explorer: search, filters, legend and details over vis-network.
   All document text is put into the page with textContent, never as HTML. */
(function () {
  "use strict";
  performance.mark("ckg-start");
  var data = JSON.parse(document.getElementById("ckg-data").textContent);
  performance.mark("ckg-parsed");
  var ckg = window.ckg = { data: data };

  /* Ready (interactive) once the network has been drawn and the controls are set up, at the next task. */
  var pending = 2;
  function ready() {
    if (--pending > 0) return;
    setTimeout(function () {
      window.__ckgReadyAt = performance.now();
      performance.mark("ckg-ready");
      window.__ckgReady = true;
      document.body.setAttribute("data-ready", "1");
    }, 0);
  }
  if (!data.nodes.length) { pending = 1; ready(); return; }

  var details = data.details;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function norm(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var typeLabel = {};
  data.types.forEach(function (t) { typeLabel[t.key] = t.label; });
  /* hover text: plain text (vis-network 9 shows a string title with innerText) */
  data.nodes.forEach(function (n, i) {
    var d = details[i];
    n.title = n.label + (d.acronym ? " (" + d.acronym + ")" : "") + "\n" + typeLabel[d.type] +
      (d.orgType ? " · " + d.orgType : "") + "\ndegree " + d.metrics[0] + " · weighted " + d.metrics[1];
  });

  /* ---- the network ---- */
  /* Big pages (precomputed layout) draw their edges themselves: vis-network builds an object with a
     deep copy of the options per edge, which takes seconds for tens of thousands of edges. */
  var ownEdges = !!data.ownEdges;
  /* They also leave the labels out until the view is zoomed in far enough to read them:
     vis-network measures every label when it lays out the first frame. */
  var labelsOn = !ownEdges;
  var nodes = new vis.DataSet(labelsOn ? data.nodes : data.nodes.map(function (n) {
    var copy = {};
    for (var k in n) if (k !== "label") copy[k] = n[k];
    return copy;
  }));
  function ensureLabels() {
    if (labelsOn) return;
    labelsOn = true;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, label: n.label }; }));
  }
  var unit = { "discussed": "meeting", "co-participation": "shared meeting", "co-occurrence": "meeting" };
  var edges = new vis.DataSet(ownEdges ? [] : data.edges.map(function (e, i) {
    e.id = i;
    e.title = unit[e.kind] ? e.weight + " " + unit[e.kind] + (e.weight === 1 ? "" : "s") : e.kind;
    return e;
  }));
  var container = document.getElementById("network");
  var progress = document.getElementById("progress");
  performance.mark("ckg-datasets");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  performance.mark("ckg-network");
  ckg.network = network; ckg.nodes = nodes; ckg.edges = edges;
  if (!labelsOn) network.on("zoom", function () { if (network.getScale() >= 0.3) ensureLabels(); });
  ckg.drawnNodeCount = function () { return network.body.nodeIndices.length; };
  ckg.drawnEdgeCount = function () { return ownEdges ? ckg.ownEdgesDrawn : network.body.edgeIndices.length; };
  if (ownEdges) drawEdgesOnCanvas();

  if (data.physics) {
    progress.hidden = false;
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  /* freeze */
      progress.hidden = true;
      network.fit();
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  function drawEdgesOnCanvas() {
    var buckets = {}, widths, panning = false;
    data.edges.forEach(function (e, k) {
      var w = Math.round(e.width * 2) / 2;
      (buckets[w] = buckets[w] || []).push(e);
    });
    widths = Object.keys(buckets).map(Number).sort(function (a, b) { return a - b; });
    network.on("dragStart", function (p) { panning = !p.nodes.length; });
    network.on("dragEnd", function () { if (panning) { panning = false; network.redraw(); } });
    network.on("beforeDrawing", function (ctx) {
      if (panning) return;
      var at = network.body.nodes, drawn = 0, scale = network.getScale();
      ctx.save();
      ctx.strokeStyle = "rgba(140, 150, 165, 0.35)";
      widths.forEach(function (w) {
        ctx.lineWidth = Math.max(w, 0.6 / scale);
        ctx.beginPath();
        buckets[w].forEach(function (e) {
          if (hidden[e.from] || hidden[e.to]) return;
          var a = at[e.from], b = at[e.to];
          ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); drawn++;
        });
        ctx.stroke();
      });
      var sel = network.getSelectedNodes();
      if (sel.length) {
        ctx.strokeStyle = "#3b4a5a"; ctx.lineWidth = Math.max(1.5, 1.5 / scale); ctx.beginPath();
        neighbours(sel[0]).forEach(function (x) {
          if (hidden[x[0]]) return;
          ctx.moveTo(at[sel[0]].x, at[sel[0]].y); ctx.lineTo(at[x[0]].x, at[x[0]].y);
        });
        ctx.stroke();
      }
      ctx.restore();
      ckg.ownEdgesDrawn = drawn;
    });
  }

  /* ---- adjacency (for the details panel and the status line) ---- */
  var adjacency = null;
  function neighbours(id) {
    if (!adjacency) {
      adjacency = details.map(function () { return []; });
      data.edges.forEach(function (e) {
        adjacency[e.from].push([e.to, e.weight]);
        adjacency[e.to].push([e.from, e.weight]);
      });
    }
    return adjacency[id];
  }

  /* ---- filters ---- */
  var state = { types: {}, orgTypes: {}, facets: {} };
  data.types.forEach(function (t) { state.types[t.key] = true; });
  data.orgTypes.forEach(function (t) { state.orgTypes[t.label] = true; });
  var hidden = details.map(function () { return false; });

  function visible(i) {
    var d = details[i];
    if (!state.types[d.type]) return false;
    if (d.type === "organisation" && !state.orgTypes[d.orgType]) return false;
    for (var key in state.facets) {
      var want = state.facets[key];
      if (want !== null && (d.facets[key] || []).indexOf(want) < 0) return false;
    }
    return true;
  }
  function status() {
    var shownNodes = 0, shownEdges = 0;
    hidden.forEach(function (h) { if (!h) shownNodes++; });
    data.edges.forEach(function (e) { if (!hidden[e.from] && !hidden[e.to]) shownEdges++; });
    document.getElementById("status").textContent = "Showing " + shownNodes + " of " + details.length +
      " nodes and " + shownEdges + " of " + data.edges.length + " links";
    ckg.shown = { nodes: shownNodes, edges: shownEdges };
  }
  function applyFilters() {
    var changes = [];
    for (var i = 0; i < details.length; i++) {
      var h = !visible(i);
      if (h !== hidden[i]) { hidden[i] = h; changes.push({ id: i, hidden: h }); }
    }
    if (changes.length) nodes.update(changes);
    status();
  }
  ckg.applyFilters = applyFilters;

  var filters = document.getElementById("filters");
  data.facets.forEach(function (f) {
    if (!f.values.length) return;
    state.facets[f.key] = null;
    var id = "filter-" + f.key;
    var label = el("label", f.label); label.htmlFor = id;
    var select = el("select"); select.id = id;
    select.appendChild(el("option", "All (" + f.values.length + ")")).value = "";
    f.values.forEach(function (v, i) { select.appendChild(el("option", v)).value = String(i); });
    select.addEventListener("change", function () {
      state.facets[f.key] = select.value === "" ? null : Number(select.value);
      applyFilters();
    });
    filters.appendChild(label); filters.appendChild(select);
  });

  /* ---- legend, doubling as the node-type and organisation-type filters ---- */
  var legend = document.getElementById("legend");
  function legendRow(text, color, shape, count, onToggle, id) {
    var row = el("label", null, "legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.id = id;
    box.addEventListener("change", function () { onToggle(box.checked); applyFilters(); });
    var sw = el("span", null, "swatch " + shape);
    if (shape === "triangle") sw.style.borderBottomColor = color; else sw.style.background = color;
    row.appendChild(box); row.appendChild(sw); row.appendChild(el("span", text));
    row.appendChild(el("span", count, "count"));
    return row;
  }
  legend.appendChild(el("h2", "Node types"));
  data.types.forEach(function (t) {
    var color = t.key === "organisation" && data.orgTypes.length ?  /* coloured by type, below */
      "conic-gradient(#1f77b4 0 25%, #2ca02c 0 50%, #d62728 0 75%, #9467bd 0)" : t.color;
    legend.appendChild(legendRow(t.label, color, t.shape, t.count,
      function (on) { state.types[t.key] = on; }, "type-" + t.key));
  });
  if (data.orgTypes.length) {
    legend.appendChild(el("h2", "Organisation types"));
    data.orgTypes.forEach(function (t, i) {
      legend.appendChild(legendRow(t.label, t.color, "dot", t.count,
        function (on) { state.orgTypes[t.label] = on; }, "orgtype-" + i));
    });
  }

  /* ---- node size by metric ---- */
  var sizeBy = document.getElementById("size-by");
  var metricLabel = { "degree": "Degree", "weighted-degree": "Weighted degree", "betweenness": "Betweenness" };
  data.metrics.forEach(function (m) {
    var o = sizeBy.appendChild(el("option", metricLabel[m] || m)); o.value = m;
  });
  sizeBy.value = data.sizeBy;
  sizeBy.addEventListener("change", function () {
    var k = data.metrics.indexOf(sizeBy.value), top = 0;
    details.forEach(function (d) { top = Math.max(top, d.metrics[k]); });
    nodes.update(details.map(function (d, i) {
      var s = top > 0 ? 8 + 32 * Math.sqrt(d.metrics[k] / top) : 8;
      return { id: i, size: Math.round(s * 100) / 100 };
    }));
  });

  /* ---- search over labels and acronyms ---- */
  var keys = data.nodes.map(function (n, i) { return norm(n.label + " " + (details[i].acronym || "")); });
  var search = document.getElementById("search"), results = document.getElementById("results");
  var count = document.getElementById("search-count");
  function runSearch() {
    var q = norm(search.value).trim();
    results.textContent = ""; count.textContent = "";
    if (!q) return [];
    var found = [];
    keys.forEach(function (k, i) { if (k.indexOf(q) >= 0) found.push(i); });
    function rank(i) {
      if (norm(details[i].acronym) === q) return 0;
      return norm(data.nodes[i].label).indexOf(q) === 0 ? 1 : 2;
    }
    found.sort(function (a, b) {
      return rank(a) - rank(b) || data.nodes[a].label.localeCompare(data.nodes[b].label) || a - b;
    });
    count.textContent = found.length + (found.length === 1 ? " match" : " matches");
    found.slice(0, 50).forEach(function (i) {
      var li = el("li"), b = el("button"), d = details[i];
      b.type = "button";
      b.appendChild(el("span", data.nodes[i].label + (d.acronym ? " (" + d.acronym + ")" : "")));
      b.appendChild(el("span", " · " + typeLabel[d.type], "kind"));
      b.addEventListener("click", function () { focusNode(i); });
      li.appendChild(b); results.appendChild(li);
    });
    return found;
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 80); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var f = runSearch(); if (f.length) focusNode(f[0]); }
  });
  ckg.search = function (q) { search.value = q; return runSearch(); };

  /* ---- details panel ---- */
  var panel = document.getElementById("panel"), box = document.getElementById("details");
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true; network.unselectAll();
  });
  function row(dl, term, value) {
    if (value === "" || value === null || value === undefined) return;
    dl.appendChild(el("dt", term)); dl.appendChild(el("dd", value));
  }
  function list(title, items, make, limit) {
    if (!items.length) return;
    box.appendChild(el("h3", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.slice(0, limit).forEach(function (x) { ul.appendChild(make(x)); });
    if (items.length > limit) ul.appendChild(el("li", "… and " + (items.length - limit) + " more"));
    box.appendChild(ul);
  }
  function showDetails(i) {
    var d = details[i], n = data.nodes[i];
    box.textContent = "";
    box.appendChild(el("h2", n.label));
    var dl = el("dl");
    row(dl, "Type", typeLabel[d.type]);
    row(dl, "Organisation type", d.orgType);
    row(dl, "Acronym", d.acronym);
    row(dl, "Country", d.country);
    row(dl, "Organisation", d.organisation);
    row(dl, "Job title", d.jobTitle);
    row(dl, "Degree", d.metrics[0]);
    row(dl, "Weighted degree", d.metrics[1]);
    row(dl, "Betweenness", Number(d.metrics[2]).toFixed(4));
    row(dl, "Community", d.metrics[3]);
    data.facets.forEach(function (f) {
      if (f.key !== "themes" && d.facets[f.key])
        row(dl, f.label, d.facets[f.key].map(function (v) { return f.values[v]; }).join("; "));
    });
    box.appendChild(dl);
    var links = neighbours(i).slice().sort(function (a, b) {
      return b[1] - a[1] || data.nodes[a[0]].label.localeCompare(data.nodes[b[0]].label);
    });
    list("Linked to", links, function (x) {
      var li = el("li"), b = el("button", data.nodes[x[0]].label, "link");
      b.type = "button"; b.addEventListener("click", function () { focusNode(x[0]); });
      li.appendChild(b);
      if (x[1] > 1) li.appendChild(el("span", " ×" + x[1], "where"));
      return li;
    }, 60);
    list("Evidence: the words of the documents", d.evidence || [], function (k) {
      var m = data.mentions[k], li = el("li");
      li.appendChild(el("span", "“" + m[0] + "”"));
      var where = " — " + data.docs[m[1]] + (m[2] !== null ? ", line " + m[2] : "");
      if (m[3] && m[3] !== n.label) where += " (" + m[3] + ")";
      li.appendChild(el("span", where, "where"));
      return li;
    }, 200);
    box.appendChild(el("p", d.iri, "iri"));
    panel.hidden = false;
  }
  function focusNode(i) {
    if (hidden[i]) return;
    ensureLabels();
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showDetails(i);
  }
  ckg.focusNode = focusNode; ckg.showDetails = showDetails;
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(p.nodes[0]); else panel.hidden = true;
  });

  status();
  ready();
})();
