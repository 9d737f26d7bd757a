/* consultkg network explorer, part 1 of 8: the network, the view state, and the filters, evaluated per
   meeting, with the counts they leave (explorer-canvas.js: what the page draws itself, labels included;
   explorer-controls.js: the URL fragment and the side bar's controls; explorer-focus.js: a node's
   neighbourhood; explorer-panel.js: details panel, table view, exports). All document text is put into
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
  data.nodes.forEach(function (n, i) { n.title = nodeTitle(i); });

  /* ---- the network ---- */
  var ownEdges = !!data.ownEdges;
  /* vis-network draws no label: the page places them (explorer-canvas.js), none over another */
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = {};
    for (var k in n) if (k !== "label") copy[k] = n[k];
    return copy;
  }));
  var edges = new vis.DataSet(ownEdges ? [] : data.edges.map(function (e, k) {
    return { id: k, from: e.from, to: e.to, width: e.width, title: edgeTitle(k) };
  }));
  var container = document.getElementById("network");
  var progress = document.getElementById("progress");
  statusEl.textContent = "Laying out…";
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  ckg.network = network; ckg.nodes = nodes; ckg.edges = edges;
  var hidden = isolated.slice(), edgeHidden = data.edges.map(function (e) { return hidden[e.from] || hidden[e.to]; });
  ckg.drawnNodeCount = function () { return network.body.nodeIndices.length; };
  ckg.drawnEdgeCount = function () { return ownEdges ? ckg.ownEdgesDrawn : network.body.edgeIndices.length; };

  var laidOut = false;
  function drawn() {
    laidOut = true; progress.hidden = true; status();
    if (state.focus && K.ui.afterFocus) K.ui.afterFocus();
    else if (anyFilter()) network.fit({ nodes: details.map(function (d, i) { return i; })
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

  var matches = [];  /* search hits, ringed on the canvas (explorer-canvas.js) */

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
                depth: 1, table: false, range: { degree: null, consultations: null, meetings: null, weight: null },
                folded: new Set() };
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
    return meetingFilterActive() || state.sel.orgtype.size > 0 || Object.keys(state.range).some(function (k) {
      return state.range[k]; }) ||
      data.types.some(function (t) { return !state.types[t.key]; });
  }
  /* an organisation is of its type; a person of their organisations' (none when they have none) */
  function orgTypesOf(i) {
    var d = details[i];
    return d.type === "organisation" ? [d.orgTypeKey] : d.type === "person" ? d.orgTypeKeys || [] : null;
  }
  function nodeOk(i) {
    var d = details[i];
    if (!state.types[d.type]) return false;
    var keys = state.sel.orgtype.size ? orgTypesOf(i) : null;
    if (keys && !keys.some(function (k) { return state.sel.orgtype.has(orgTypeIndex[k]); })) return false;
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
  /* edge e under the filters, its ends hidden or not as ``off`` says: [hidden, weight] */
  function edgeNow(e, off, filtering) {
    var h = off[e.from] || off[e.to], w = e.weight;
    if (!h && filtering && data.structural.indexOf(e.kind) < 0) {
      /* the meetings the filters keep that made this edge: its weight under the filters */
      var a = nodeMeetings[e.from].length <= nodeMeetings[e.to].length ? e.from : e.to, b = a === e.from ? e.to : e.from;
      var kept = 0;
      nodeMeetings[a].forEach(function (m) { if (live[m] && meetingSets[m].has(b)) kept++; });
      h = kept === 0;
      if (data.weightCounts) w = kept;
    }
    return [h, w];
  }
  /* focus: the chosen node and what lies within ``state.depth`` links of it, among the links the filters keep */
  var focusSet = null;
  var focusRings = [];  /* [[centre], [[id, the node it is reached through, link weight], ...], ...] */
  function neighbourhood(centre, off, filtering) {
    var seen = new Set([centre]);
    focusRings = [[[centre, null, 0]]];
    for (var step = 0; step < state.depth; step++) {
      var next = [];
      focusRings[step].forEach(function (x) {
        neighbours(x[0]).forEach(function (y) {
          var link = edgeNow(data.edges[y[2]], off, filtering);
          if (seen.has(y[0]) || link[0]) return;
          seen.add(y[0]); next.push([y[0], x[0], link[1]]);
        });
      });
      focusRings.push(next);
    }
    return seen;
  }
  var stakeholderView = data.types.some(function (t) { return t.key === "organisation" || t.key === "person"; });
  /* what the filters hide (true per node), the meetings they keep written into ``keep`` */
  function filtered(keep, filtering) {
    var i, j, next = new Array(N);
    for (j = 0; j < meetings.length; j++) {
      keep[j] = !filtering || (meetingMatches(j) && (!stakeholderView || meetings[j][3].some(function (n) {
        var t = details[n].type; return (t === "organisation" || t === "person") && nodeOk(n); })));
    }
    for (i = 0; i < N; i++) {
      var show = nodeOk(i) && (state.isolated || !isolated[i]);
      if (show && filtering) show = themeSelfOk(i) && nodeMeetings[i].some(function (m) { return keep[m]; });
      next[i] = !show;
    }
    return next;
  }
  /* how many nodes the filters as they are now would show (nothing on the page changes) */
  function countShown() {
    return filtered(new Array(meetings.length), anyFilter()).filter(function (h) { return !h; }).length;
  }
  /* links under the filters, their ends hidden as ``off`` says: hidden and weight per link, links and weights
     per node; a link-weight range hides the links outside it */
  function linksNow(off, filtering) {
    var r = state.range.weight, out = { h: [], w: [], degree: new Array(N).fill(0), weighted: new Array(N).fill(0) };
    data.edges.forEach(function (e, k) {
      var now = edgeNow(e, off, filtering), h = now[0], w = now[1];
      if (!h && r && (w < r[0] || w > r[1])) h = true;
      out.h.push(h); out.w.push(w);
      if (!h) { out.degree[e.from]++; out.degree[e.to]++; out.weighted[e.from] += w; out.weighted[e.to] += w; }
    });
    return out;
  }
  /* node i's counts under the filters: [degree, weighted degree, betweenness, community, consultations, meetings] */
  function countsOf(i, links, filtering) {
    var now = details[i].metrics;
    if (!filtering) return now;
    var cons = new Set(), met = 0;
    nodeMeetings[i].forEach(function (m) { if (live[m]) { met++; if (meetings[m][0] >= 0) cons.add(meetings[m][0]); } });
    return [links.degree[i], links.weighted[i], now[2], now[3], cons.size, met];
  }
  var RANGED = { degree: 0, consultations: 4, meetings: 5 };  /* the node counts a range can bound */
  function applyFilters() {
    var filtering = anyFilter(), i;
    var next = filtered(live, filtering);
    focusSet = state.focus && state.node !== null && !next[state.node] ? neighbourhood(state.node, next, filtering) : null;
    if (state.focus && !focusSet) state.focus = false;  /* its node is filtered out: the whole view */
    if (focusSet) for (i = 0; i < N; i++) if (!focusSet.has(i)) next[i] = true;
    if (state.folded.size) for (i = 0; i < N; i++) if (state.folded.has(details[i].metrics[3])) next[i] = true;
    var links = linksNow(next, filtering);
    var bounded = Object.keys(RANGED).filter(function (key) { return state.range[key]; });
    if (bounded.length) {  /* ranges test each node's counts under the other filters; its links are then recounted */
      for (i = 0; i < N; i++) {
        if (next[i]) continue;
        var c = countsOf(i, links, filtering);
        if (bounded.some(function (key) { var r = state.range[key], v = c[RANGED[key]]; return v < r[0] || v > r[1]; }))
          next[i] = true;
      }
      links = linksNow(next, filtering);
    }
    if (state.range.weight) for (i = 0; i < N; i++) {  /* the nodes a link-weight range leaves without a link go */
      if (!next[i] && !links.degree[i]) next[i] = true;
    }
    var changed = {};  /* node id -> its update for vis: hidden, title */
    for (i = 0; i < N; i++) if (next[i] !== hidden[i]) { hidden[i] = next[i]; changed[i] = { id: i, hidden: next[i] }; }
    var edgeChanges = [], widthChanged = false;
    data.edges.forEach(function (e, k2) {
      var h = links.h[k2], w = links.w[k2];
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
    if (widthChanged) K.widthVersion++;  /* explorer-canvas.js groups the edges it draws by width again */
    if (edgeChanges.length) edges.update(edgeChanges);
    /* the nodes' counts: no filter, the whole network's; else their links and meetings among those kept */
    for (i = 0; i < N; i++) {
      var now = countsOf(i, links, filtering), before = metricsNow[i];
      metricsNow[i] = now;
      if (now[0] !== before[0] || now[4] !== before[4]) (changed[i] = changed[i] || { id: i }).title = nodeTitle(i);
    }
    var changes = Object.keys(changed).map(function (x) { return changed[x]; });
    if (changes.length) nodes.update(changes);
    var shownIds = [];
    for (i = 0; i < N; i++) if (!hidden[i]) shownIds.push(i);
    if (K.labels) K.labels.reorder();
    if (K.ui.afterFocus && !K.focusing && laidOut) K.ui.afterFocus();  /* the rings around the node in focus */
    if (filtering && !focusSet && shownIds.length && laidOut && !K.focusing) network.fit({ nodes: shownIds, animation: false });
    network.redraw();
    status();
    if (K.ui.afterFilters) K.ui.afterFilters(shownIds.length);
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
    if (!state.isolated && isolatedCount && !anyFilter() && !focusSet) text += " (" + isolatedCount + " without links set aside)";
    if (focusSet) text += "; in focus: " + details[state.node].label + " and what lies within " + state.depth +
      (state.depth === 1 ? " link" : " links") + " (Escape shows everything)";
    ckg.shown = { nodes: shownNodes, edges: shownEdges };
    document.getElementById("clear-filters").disabled = !anyFilter();
    if (laidOut) statusEl.textContent = text;
  }
  function why(i) {  /* why a node is not drawn, in words */
    var d = details[i];
    if (!state.types[d.type]) return "hidden: " + typeLabel[d.type] + " is unticked in the legend";
    if (!nodeOk(i)) return d.type === "person" && !(d.orgTypeKeys || []).length ?
      "hidden: no organisation of theirs is known, so no organisation type" :
      "hidden: its organisation type is not among those chosen";
    if (focusSet && !focusSet.has(i)) return "hidden: outside the neighbourhood in focus (Escape shows everything)";
    if (state.folded.has(d.metrics[3])) return "hidden: its community (" + d.metrics[3] + ") is folded away in the legend";
    var ranges = RANGES.map(function (r) { return said(r[0]); }).filter(Boolean);
    if (ranges.length && nodeMeetings[i].some(function (m) { return live[m]; }) && (state.isolated || !isolated[i]))
      return "hidden by the count ranges: " + ranges.join(", ");
    if (isolated[i] && !state.isolated) return "hidden: it has no links (tick “Show nodes without links”)";
    return "hidden by the filters: in no meeting with " + FILTER_KEYS.map(said).filter(Boolean).join(" and ");
  }
  function filterLabel(k) { return k === "orgtype" ? "Organisation type" : facetByKey[k].label; }
  /* the counts a range can bound (a node's, and a link's weight), as the address names them */
  var RANGES = [["degree", "Links"], ["consultations", "Consultations"], ["meetings", "Meetings"], ["weight", "Link weight"]];
  var rangeLabel = {};
  RANGES.forEach(function (r) { rangeLabel[r[0]] = r[1]; });
  /* a filter or range as set, in words ("Theme = Care services or Gender data", "Links at least 3"); null if unset */
  function said(k) {
    if (k in rangeLabel) {
      var v = state.range[k];
      return v ? rangeLabel[k] + " " + (v[1] === Infinity ? "at least " + v[0] : v[0] + " to " + v[1]) : null;
    }
    if (!state.sel[k].size) return null;
    var vs = valuesOf(k);
    return filterLabel(k) + " = " + Array.from(state.sel[k]).map(function (x) { return vs[x][1]; }).join(" or ");
  }

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
  K.edgeHidden = edgeHidden; K.widthNow = widthNow; K.widthVersion = 0;
    K.neighbours = neighbours;
  K.matches = matches;
  K.FILTER_KEYS = FILTER_KEYS;
  K.state = state;
  K.valuesOf = valuesOf;
  K.anyFilter = anyFilter;
  K.nodeOk = nodeOk; K.orgTypesOf = orgTypesOf;
  K.focusSet = function () { return focusSet; };
  K.focusRings = function () { return focusSet ? focusRings : []; };
  K.themeNodeOf = themeNodeOf;
  K.live = live;
  K.metricsNow = metricsNow;
  K.weightNow = weightNow;
  K.applyFilters = applyFilters;
  K.laidOut = function () { return laidOut; }; K.countShown = countShown;
  K.status = status;
  K.why = why;
  K.filterLabel = filterLabel; K.RANGES = RANGES; K.rangeLabel = rangeLabel; K.said = said;
  K.ready = ready;
  K.orgTypeIndex = orgTypeIndex;
})();
