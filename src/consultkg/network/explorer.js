/* consultkg network explorer, part 1 of 3: the network, its labels, the view state, and the filters,
   evaluated per meeting, with the counts they leave (explorer-controls.js: the URL fragment and the side
   bar's controls; explorer-panel.js: details panel, table view, exports). All document text is put into
   the page with textContent, never as HTML. */
(function () {
  "use strict";
  performance.mark("ckg-start");
  var data = JSON.parse(document.getElementById("ckg-data").textContent);
  var ckg = window.ckg = { data: data };
  var statusEl = document.getElementById("status");

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

  var details = data.details, N = details.length;
  // Format characters that reorder or hide text (bidi overrides and isolates, zero-width ones): a quote shows
  // each as a visible escape, so a document's words are seen as written, never as they would trick the eye.
  var INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
  function visible(text) {
    return String(text).replace(INVISIBLE, function (c) {
      return "\u27E8U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "\u27E9";
    });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function button(text, onClick, cls) {
    var b = el("button", text, cls); b.type = "button"; b.addEventListener("click", onClick); return b;
  }
  function norm(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var typeLabel = {};
  data.types.forEach(function (t) { typeLabel[t.key] = t.label; });
  var facetByKey = {};
  data.facets.forEach(function (f) { facetByKey[f.key] = f; });
  var isolated = details.map(function (d, i) { return !!data.nodes[i].hidden; });
  var isolatedCount = isolated.filter(Boolean).length;

  /* ---- meetings: which nodes each concerns, and each node's meetings ---- */
  var meetings = data.meetings, nodeMeetings = details.map(function () { return []; });
  var meetingSets = meetings.map(function (m, j) {
    m[3].forEach(function (i) { nodeMeetings[i].push(j); });
    return new Set(m[3]);
  });

  /* ---- counts: the whole network's, or, with filters set, those of the meetings the filters keep ----
     metricsNow[i]: [degree, weighted degree, betweenness, community, consultations, meetings] of node i
     (betweenness and community stay the whole network's); weightNow[k], widthNow[k]: edge k's weight and width. */
  var metricsNow = details.map(function (d) { return d.metrics; });
  var weightNow = data.edges.map(function (e) { return e.weight; });
  var widthNow = data.edges.map(function (e) { return e.width; });
  function edgeWidth(w) {  /* as render.py draws it: 1 to 8 px, the whole network's heaviest edge the widest */
    return data.topWeight > 1 ? Math.round(100 * (1 + 7 * Math.sqrt(Math.max(w - 1, 0) / (data.topWeight - 1)))) / 100 : 1;
  }
  var unit = { "discussed": "meeting", "co-participation": "shared meeting", "co-occurrence": "meeting" };
  function edgeTitle(k) {
    var e = data.edges[k], w = weightNow[k];
    return data.weightCounts && unit[e.kind] ? w + " " + unit[e.kind] + (w === 1 ? "" : "s") : e.kind;
  }
  function nodeTitle(i) {
    var d = details[i], m = metricsNow[i];
    return d.label + (d.acronym ? " (" + d.acronym + ")" : "") + "\n" + typeLabel[d.type] +
      (d.orgType ? " · " + d.orgType : "") + "\ndegree " + m[0] + " · consultations " + m[4];
  }
  /* hover text: plain text (vis-network 9 shows a string title with innerText) */
  data.nodes.forEach(function (n, i) {
    n.title = nodeTitle(i);
    if (details[i].hub) n.label = undefined;  /* hubs: labels drawn by the page at a readable size, below */
  });

  /* ---- the network ---- */
  var ownEdges = !!data.ownEdges;
  /* Big pages leave the labels out until zoomed in far enough to read them: vis-network measures every
     label when it lays out the first frame (the hub labels are the page's own, drawn whatever the zoom). */
  var labelsOn = !ownEdges;
  var nodes = new vis.DataSet(labelsOn ? data.nodes : data.nodes.map(function (n) {
    var copy = {};
    for (var k in n) if (k !== "label") copy[k] = n[k];
    return copy;
  }));
  function ensureLabels() {
    if (labelsOn) return;
    labelsOn = true;
    nodes.update(data.nodes.filter(function (n) { return n.label; }).map(function (n) { return { id: n.id, label: n.label }; }));
  }
  var edges = new vis.DataSet(ownEdges ? [] : data.edges.map(function (e, k) {
    return { id: k, from: e.from, to: e.to, width: e.width, title: edgeTitle(k) };
  }));
  var container = document.getElementById("network");
  var progress = document.getElementById("progress");
  statusEl.textContent = "Laying out…";
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  ckg.network = network; ckg.nodes = nodes; ckg.edges = edges;
  var hidden = isolated.slice(), edgeHidden = data.edges.map(function (e) { return hidden[e.from] || hidden[e.to]; });
  if (!labelsOn) network.on("zoom", function () { if (network.getScale() >= 0.3) ensureLabels(); });
  ckg.drawnNodeCount = function () { return network.body.nodeIndices.length; };
  ckg.drawnEdgeCount = function () { return ownEdges ? ckg.ownEdgesDrawn : network.body.edgeIndices.length; };
  if (ownEdges) drawEdgesOnCanvas();

  var laidOut = false;
  function drawn() {
    laidOut = true; progress.hidden = true; status();
    if (fewShown || anyFilter()) network.fit({ nodes: details.map(function (d, i) { return i; })
      .filter(function (i) { return !hidden[i]; }), animation: false });
    network.once("afterDrawing", ready); network.redraw();
  }
  if (data.physics) {
    progress.hidden = false;
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  /* freeze */
      network.fit(); drawn();
    });
  } else {
    network.once("afterDrawing", function () { setTimeout(drawn, 0); });
  }

  var widthVersion = 0;  /* bumped when an edge's width changes: the canvas edges are grouped again */
  function drawEdgesOnCanvas() {
    var buckets = {}, widths, panning = false;
    function group() {
      buckets = {};
      data.edges.forEach(function (e, k) {
        var w = Math.round(widthNow[k] * 2) / 2;
        (buckets[w] = buckets[w] || []).push(k);
      });
      widths = Object.keys(buckets).map(Number).sort(function (a, b) { return a - b; });
      grouped = widthVersion;
    }
    var grouped = -1;
    group();
    network.on("dragStart", function (p) { panning = !p.nodes.length; });
    network.on("dragEnd", function () { if (panning) { panning = false; network.redraw(); } });
    network.on("beforeDrawing", function (ctx) {
      if (panning) return;
      if (grouped !== widthVersion) group();
      var at = network.body.nodes, count = 0, scale = network.getScale();
      ctx.save();
      ctx.strokeStyle = data.edges.length > 3000 ? "rgba(120, 130, 145, 0.2)" : "rgba(120, 130, 145, 0.35)";
      widths.forEach(function (w) {
        ctx.lineWidth = Math.max(w, 0.6 / scale);
        ctx.beginPath();
        buckets[w].forEach(function (k) {
          if (edgeHidden[k]) return;
          var e = data.edges[k], a = at[e.from], b = at[e.to];
          ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); count++;
        });
        ctx.stroke();
      });
      var sel = network.getSelectedNodes();
      if (sel.length) {
        ctx.strokeStyle = "#2b3a4a"; ctx.lineWidth = Math.max(1.5, 1.5 / scale); ctx.beginPath();
        neighbours(sel[0]).forEach(function (x) {
          if (hidden[x[0]] || edgeHidden[x[2]]) return;
          ctx.moveTo(at[sel[0]].x, at[sel[0]].y); ctx.lineTo(at[x[0]].x, at[x[0]].y);
        });
        ctx.stroke();
      }
      ctx.restore();
      ckg.ownEdgesDrawn = count;
    });
  }

  /* ---- hub labels (themes, the most central organisations) at 13 px whatever the zoom; search rings ---- */
  var hubs = [];
  details.forEach(function (d, i) { if (d.hub) hubs.push(i); });
  hubs.sort(function (a, b) { return (details[a].type !== "theme") - (details[b].type !== "theme") ||
                                      details[b].metrics[2] - details[a].metrics[2] || a - b; });
  var matches = [], fewShown = null;  /* when a filter leaves few nodes, all their labels are drawn */
  var FEW = 80;
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), at = network.body.nodes, boxes = [];
    ctx.save();
    if (matches.length) {
      ctx.strokeStyle = "#000000"; ctx.lineWidth = 3 / scale;
      matches.forEach(function (i) {
        if (hidden[i]) return;
        ctx.beginPath(); ctx.arc(at[i].x, at[i].y, data.nodes[i].size + 6 / scale, 0, 2 * Math.PI); ctx.stroke();
      });
    }
    var px = 13 / scale;
    ctx.font = "600 " + px + "px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
    ctx.lineJoin = "round"; ctx.lineWidth = 4 / scale; ctx.strokeStyle = "#ffffff"; ctx.fillStyle = "#1d2733";
    ckg.hubLabelsDrawn = 0;
    (fewShown || hubs).forEach(function (i) {
      if (hidden[i]) return;
      var n = at[i], text = data.nodes[i].shortLabel || (data.nodes[i].shortLabel = shortText(details[i].label));
      var w = ctx.measureText(text).width, x = n.x, r = data.nodes[i].size + 3 / scale;
      /* below the node, else above it, else right of it: the first place no other hub label takes */
      var spots = [[x, n.y + r], [x, n.y - r - px], [x + r + w / 2, n.y - px / 2]];
      var spot = spots.find(function (s) {
        var box = [s[0] - w / 2, s[1], s[0] + w / 2, s[1] + px];
        return !boxes.some(function (b) { return b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]; });
      });
      if (!spot) return;
      boxes.push([spot[0] - w / 2, spot[1], spot[0] + w / 2, spot[1] + px]);
      ctx.strokeText(text, spot[0], spot[1]); ctx.fillText(text, spot[0], spot[1]); ckg.hubLabelsDrawn++;
    });
    ctx.restore();
  });
  function shortText(s) { return s.length <= 32 ? s : s.slice(0, 31).replace(/\s+\S*$/, "") + "…"; }

  /* ---- adjacency ---- */
  var adjacency = null;
  function neighbours(id) {
    if (!adjacency) {
      adjacency = details.map(function () { return []; });
      data.edges.forEach(function (e, k) {
        adjacency[e.from].push([e.to, e.weight, k]);
        adjacency[e.to].push([e.from, e.weight, k]);
      });
    }
    return adjacency[id];
  }
  ckg.neighbours = neighbours;

  /* ---- state, kept in the URL fragment (explorer-controls.js reads and writes it) ---- */
  var FILTER_KEYS = data.facets.map(function (f) { return f.key; }).concat(["orgtype"]);
  var state = { sel: {}, types: {}, isolated: false, colour: "type", size: data.sizeBy, node: null, focus: false,
                table: false };
  FILTER_KEYS.forEach(function (k) { state.sel[k] = new Set(); });
  data.types.forEach(function (t) { state.types[t.key] = true; });
  var orgTypeIndex = {};
  data.orgTypes.forEach(function (t, i) { orgTypeIndex[t.key] = i; });
  function valuesOf(key) {
    if (key === "orgtype") return data.orgTypes.map(function (t) { return [t.key, t.label]; });
    return facetByKey[key] ? facetByKey[key].values : [];
  }
  /* ---- filters: evaluated per meeting ---- */
  function meetingFilterActive() {
    return data.facets.some(function (f) { return state.sel[f.key].size > 0; });
  }
  function anyFilter() {
    return meetingFilterActive() || state.sel.orgtype.size > 0 ||
      data.types.some(function (t) { return !state.types[t.key]; });
  }
  function nodeOk(i) {
    var d = details[i];
    if (!state.types[d.type]) return false;
    if (state.sel.orgtype.size && d.type === "organisation" && !state.sel.orgtype.has(orgTypeIndex[d.orgTypeKey]))
      return false;
    return true;
  }
  function meetingMatches(j) {
    var m = meetings[j], s = state.sel, c = m[0] >= 0 ? data.consultations[m[0]] : null;
    if (s.theme.size && !m[2].some(function (t) { return s.theme.has(t); })) return false;
    if (s.objective.size && !m[2].some(function (t) {
      return data.themeObjectives[t].some(function (o) { return s.objective.has(o); }); })) return false;
    if (s.country.size && !(c && s.country.has(c[2]))) return false;
    if (s.consultation.size && !s.consultation.has(m[0])) return false;
    if (s.stance.size && !s.stance.has(m[1])) return false;
    if (s.group.size && !(c && s.group.has(c[3]))) return false;
    return true;
  }
  var themeNodeOf = {};
  data.themeNodes.forEach(function (n, t) { if (n >= 0) themeNodeOf[n] = t; });
  function themeSelfOk(i) {  /* a theme node is drawn only if it is itself one of the chosen themes / objectives */
    var t = themeNodeOf[i], s = state.sel;
    if (t === undefined || data.view === "theme-cooccurrence") return true;
    if (s.theme.size && !s.theme.has(t)) return false;
    if (s.objective.size && !data.themeObjectives[t].some(function (o) { return s.objective.has(o); })) return false;
    return true;
  }
  var live = meetings.map(function () { return true; });
  function applyFilters() {
    var filtering = anyFilter(), i, j, k;
    var stakeholderView = data.types.some(function (t) { return t.key === "organisation" || t.key === "person"; });
    for (j = 0; j < meetings.length; j++) {
      live[j] = !filtering || (meetingMatches(j) && (!stakeholderView || meetings[j][3].some(function (n) {
        var t = details[n].type; return (t === "organisation" || t === "person") && nodeOk(n); })));
    }
    var next = new Array(N);
    for (i = 0; i < N; i++) {
      var show = nodeOk(i) && (state.isolated || !isolated[i]);
      if (show && filtering) show = themeSelfOk(i) && nodeMeetings[i].some(function (m) { return live[m]; });
      next[i] = !show;
    }
    var changed = {};  /* node id -> its update for vis: hidden, title */
    for (i = 0; i < N; i++) if (next[i] !== hidden[i]) { hidden[i] = next[i]; changed[i] = { id: i, hidden: next[i] }; }
    var edgeChanges = [], degree = new Array(N).fill(0), weighted = new Array(N).fill(0), widthChanged = false;
    data.edges.forEach(function (e, k2) {
      var h = hidden[e.from] || hidden[e.to], w = e.weight;
      if (!h && filtering && data.structural.indexOf(e.kind) < 0) {
        /* the meetings the filters keep that made this edge: its weight under the filters */
        var a = nodeMeetings[e.from].length <= nodeMeetings[e.to].length ? e.from : e.to, b = a === e.from ? e.to : e.from;
        var kept = 0;
        nodeMeetings[a].forEach(function (m) { if (live[m] && meetingSets[m].has(b)) kept++; });
        h = kept === 0;
        if (data.weightCounts) w = kept;
      }
      if (!h) { degree[e.from]++; degree[e.to]++; weighted[e.from] += w; weighted[e.to] += w; }
      var change = null;
      if (h !== edgeHidden[k2]) { edgeHidden[k2] = h; change = { id: k2, hidden: h }; }
      if (!h && w !== weightNow[k2]) {
        weightNow[k2] = w;
        var width = w === e.weight ? e.width : edgeWidth(w);
        if (width !== widthNow[k2]) { widthNow[k2] = width; widthChanged = true; }
        change = change || { id: k2 };
        change.width = width; change.title = edgeTitle(k2);
      }
      if (change && !ownEdges) edgeChanges.push(change);
    });
    if (widthChanged) widthVersion++;
    if (edgeChanges.length) edges.update(edgeChanges);
    /* the nodes' counts: no filter, the whole network's; else their links and meetings among those kept */
    for (i = 0; i < N; i++) {
      var now = details[i].metrics;
      if (filtering) {
        var cons = new Set(), met = 0;
        nodeMeetings[i].forEach(function (m) { if (live[m]) { met++; if (meetings[m][0] >= 0) cons.add(meetings[m][0]); } });
        now = [degree[i], weighted[i], now[2], now[3], cons.size, met];
      }
      var before = metricsNow[i];
      metricsNow[i] = now;
      if (now[0] !== before[0] || now[4] !== before[4]) (changed[i] = changed[i] || { id: i }).title = nodeTitle(i);
    }
    var changes = Object.keys(changed).map(function (x) { return changed[x]; });
    if (changes.length) nodes.update(changes);
    var shownIds = [];
    for (i = 0; i < N; i++) if (!hidden[i]) shownIds.push(i);
    fewShown = filtering && shownIds.length <= FEW ? shownIds.sort(function (a, b) {
      return (!details[b].hub) - (!details[a].hub) || metricsNow[b][0] - metricsNow[a][0] || a - b; }) : null;
    if (filtering && shownIds.length && laidOut) network.fit({ nodes: shownIds, animation: false });
    network.redraw();
    status();
    if (state.table) K.ui.renderTable();
    if (K.ui.refreshPanel) K.ui.refreshPanel();
    if (K.resize && !K.restoring) K.resize();  /* its legend says what the sizes count */
    K.saveState();  /* explorer-controls.js: the view into the URL fragment */
  }
  ckg.applyFilters = applyFilters;
  /* what the page shows now for node i and edge k (with filters set: counted on the meetings they keep) */
  ckg.nodeMetrics = function (i) { return metricsNow[i].slice(); };
  ckg.edgeWeight = function (k) { return weightNow[k]; };
  function status() {
    var shownNodes = 0, shownEdges = 0;
    hidden.forEach(function (h) { if (!h) shownNodes++; });
    edgeHidden.forEach(function (h) { if (!h) shownEdges++; });
    var text = "Showing " + shownNodes + " of " + N + " nodes and " + shownEdges + " of " + data.edges.length + " links";
    if (!state.isolated && isolatedCount && !anyFilter()) text += " (" + isolatedCount + " without links set aside)";
    ckg.shown = { nodes: shownNodes, edges: shownEdges };
    document.getElementById("clear-filters").disabled = !anyFilter();
    if (laidOut) statusEl.textContent = text;
  }
  function why(i) {  /* why a node is not drawn, in words */
    var d = details[i];
    if (!state.types[d.type]) return "hidden: " + typeLabel[d.type] + " is unticked in the legend";
    if (!nodeOk(i)) return "hidden: its organisation type is not among those chosen";
    if (isolated[i] && !state.isolated) return "hidden: it has no links (tick “Show nodes without links”)";
    var parts = [];
    FILTER_KEYS.forEach(function (k) {
      if (!state.sel[k].size) return;
      var vs = valuesOf(k);
      parts.push(filterLabel(k) + " = " + Array.from(state.sel[k]).map(function (v) { return vs[v][1]; }).join(" or "));
    });
    return "hidden by the filters: in no meeting with " + parts.join(" and ");
  }
  function filterLabel(k) { return k === "orgtype" ? "Organisation type" : facetByKey[k].label; }

  /* shared with explorer-controls.js and explorer-panel.js, which run next */
  var K = ckg.core = { restoring: false, ui: {} };
  K.data = data;
  K.details = details;
  K.N = N;
  K.el = el; K.visible = visible;
  K.button = button;
  K.norm = norm;
  K.typeLabel = typeLabel;
  K.facetByKey = facetByKey;
  K.isolated = isolated;
  K.isolatedCount = isolatedCount;
  K.meetings = meetings;
  K.nodeMeetings = nodeMeetings;
  K.meetingSets = meetingSets;
  K.nodes = nodes;
  K.edges = edges;
  K.network = network;
  K.container = container;
  K.hidden = hidden;
  K.edgeHidden = edgeHidden;
  K.ensureLabels = ensureLabels;
  K.neighbours = neighbours;
  K.matches = matches;
  K.FILTER_KEYS = FILTER_KEYS;
  K.state = state;
  K.valuesOf = valuesOf;
  K.anyFilter = anyFilter;
  K.nodeOk = nodeOk;
  K.themeNodeOf = themeNodeOf;
  K.live = live;
  K.metricsNow = metricsNow;
  K.weightNow = weightNow;
  K.applyFilters = applyFilters;
  K.status = status;
  K.why = why;
  K.filterLabel = filterLabel;
  K.ready = ready;
  K.orgTypeIndex = orgTypeIndex;
})();
