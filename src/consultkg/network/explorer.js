/* consultkg network explorer: filters evaluated per meeting, search, colouring, details with the words
   of the documents, table view, exports, URL-fragment state, over vis-network.
   All document text is put into the page with textContent, never as HTML. */
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

  /* hover text: plain text (vis-network 9 shows a string title with innerText) */
  data.nodes.forEach(function (n, i) {
    var d = details[i];
    n.title = d.label + (d.acronym ? " (" + d.acronym + ")" : "") + "\n" + typeLabel[d.type] +
      (d.orgType ? " · " + d.orgType : "") + "\ndegree " + d.metrics[0] + " · consultations " + d.metrics[4];
    if (d.hub) n.label = undefined;  /* hubs: labels drawn by the page at a readable size, below */
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
  var unit = { "discussed": "meeting", "co-participation": "shared meeting", "co-occurrence": "meeting" };
  var edges = new vis.DataSet(ownEdges ? [] : data.edges.map(function (e, k) {
    return { id: k, from: e.from, to: e.to, width: e.width,
             title: unit[e.kind] ? e.weight + " " + unit[e.kind] + (e.weight === 1 ? "" : "s") : e.kind };
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

  function drawEdgesOnCanvas() {
    var buckets = {}, widths, panning = false;
    data.edges.forEach(function (e, k) {
      var w = Math.round(e.width * 2) / 2;
      (buckets[w] = buckets[w] || []).push(k);
    });
    widths = Object.keys(buckets).map(Number).sort(function (a, b) { return a - b; });
    network.on("dragStart", function (p) { panning = !p.nodes.length; });
    network.on("dragEnd", function () { if (panning) { panning = false; network.redraw(); } });
    network.on("beforeDrawing", function (ctx) {
      if (panning) return;
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

  /* ---- state, kept in the URL fragment: #theme=care,gender-data&country=peru&node=undp&colour=community ---- */
  var FILTER_KEYS = data.facets.map(function (f) { return f.key; }).concat(["orgtype"]);
  var state = { sel: {}, types: {}, isolated: false, colour: "type", size: data.sizeBy, node: null, focus: false,
                table: false };
  FILTER_KEYS.forEach(function (k) { state.sel[k] = new Set(); });
  data.types.forEach(function (t) { state.types[t.key] = true; });
  var orgTypeIndex = {};
  data.orgTypes.forEach(function (t, i) { orgTypeIndex[t.key] = i; });
  var keyIndex = {};
  details.forEach(function (d, i) { if (!(d.key in keyIndex)) keyIndex[d.key] = i; });
  function valuesOf(key) {
    if (key === "orgtype") return data.orgTypes.map(function (t) { return [t.key, t.label]; });
    return facetByKey[key] ? facetByKey[key].values : [];
  }
  function fragment() {
    var parts = [];
    FILTER_KEYS.forEach(function (k) {
      var vs = valuesOf(k), sel = Array.from(state.sel[k]).sort(function (a, b) { return a - b; });
      if (sel.length) parts.push(k + "=" + sel.map(function (i) { return encodeURIComponent(vs[i][0]); }).join(","));
    });
    var off = data.types.filter(function (t) { return !state.types[t.key]; }).map(function (t) { return t.key; });
    if (off.length) parts.push("hide=" + off.join(","));
    if (state.isolated) parts.push("isolated=1");
    if (state.colour !== "type") parts.push("colour=" + state.colour);
    if (state.size !== data.sizeBy) parts.push("size=" + state.size);
    if (state.node !== null) parts.push("node=" + encodeURIComponent(details[state.node].key));
    if (state.focus) parts.push("focus=1");
    if (state.table) parts.push("table=1");
    return parts.join("&");
  }
  var restoring = false;
  function saveState() {
    if (restoring) return;
    var f = fragment();
    if (("#" + f) !== location.hash && !(f === "" && location.hash === ""))
      history.replaceState(null, "", f ? "#" + f : location.pathname + location.search);
  }
  function readFragment() {
    var out = {}, unknown = [];
    location.hash.replace(/^#/, "").split("&").forEach(function (p) {
      if (!p) return;
      var eq = p.indexOf("="), k = eq < 0 ? p : p.slice(0, eq), v = eq < 0 ? "" : p.slice(eq + 1);
      out[decodeURIComponent(k)] = v.split(",").map(function (x) { return decodeURIComponent(x); });
    });
    FILTER_KEYS.forEach(function (k) {
      state.sel[k] = new Set();
      var vs = valuesOf(k);
      (out[k] || []).forEach(function (v) {
        var i = vs.findIndex(function (x) { return x[0] === v; });
        if (i >= 0) state.sel[k].add(i); else unknown.push(k + "=" + v);
      });
    });
    data.types.forEach(function (t) { state.types[t.key] = (out.hide || []).indexOf(t.key) < 0; });
    state.isolated = (out.isolated || [])[0] === "1";
    state.colour = ["type", "community", "objective"].indexOf((out.colour || [])[0]) >= 0 ? out.colour[0] : "type";
    state.size = data.metrics.some(function (m) { return m[0] === (out.size || [])[0]; }) ? out.size[0] : data.sizeBy;
    var nk = (out.node || [])[0];
    state.node = nk !== undefined && nk in keyIndex ? keyIndex[nk] : null;
    if (nk !== undefined && state.node === null) unknown.push("node=" + nk);
    state.focus = (out.focus || [])[0] === "1";
    state.table = (out.table || [])[0] === "1";
    ckg.unknownFragment = unknown;
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
    var changes = [];
    for (i = 0; i < N; i++) if (next[i] !== hidden[i]) { hidden[i] = next[i]; changes.push({ id: i, hidden: next[i] }); }
    if (changes.length) nodes.update(changes);
    var edgeChanges = [];
    data.edges.forEach(function (e, k2) {
      var h = hidden[e.from] || hidden[e.to];
      if (!h && filtering && data.structural.indexOf(e.kind) < 0) {
        var a = nodeMeetings[e.from].length <= nodeMeetings[e.to].length ? e.from : e.to, b = a === e.from ? e.to : e.from;
        h = !nodeMeetings[a].some(function (m) { return live[m] && meetingSets[m].has(b); });
      }
      if (h !== edgeHidden[k2]) { edgeHidden[k2] = h; if (!ownEdges) edgeChanges.push({ id: k2, hidden: h }); }
    });
    if (edgeChanges.length) edges.update(edgeChanges);
    var shownIds = [];
    for (i = 0; i < N; i++) if (!hidden[i]) shownIds.push(i);
    fewShown = filtering && shownIds.length <= FEW ? shownIds.sort(function (a, b) {
      return (!details[b].hub) - (!details[a].hub) || details[b].metrics[0] - details[a].metrics[0] || a - b; }) : null;
    if (filtering && shownIds.length && laidOut) network.fit({ nodes: shownIds, animation: false });
    network.redraw();
    status();
    if (state.table) renderTable();
    saveState();
  }
  ckg.applyFilters = applyFilters;
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

  var filters = document.getElementById("filters");
  var selects = {};
  FILTER_KEYS.forEach(function (k) {
    var vs = valuesOf(k);
    if (!vs.length) return;
    var id = "filter-" + k;
    var label = el("label", filterLabel(k) + " (" + vs.length + ")"); label.htmlFor = id;
    var select = el("select"); select.id = id; select.multiple = true; select.size = Math.min(5, vs.length);
    vs.forEach(function (v, i) {
      var o = select.appendChild(el("option", k === "consultation" ? v[1] + (data.consultations[i][1] ? " · " +
        data.consultations[i][1] : "") : v[1]));
      o.value = String(i); o.title = o.textContent;
    });
    select.addEventListener("change", function () {
      state.sel[k] = new Set(Array.from(select.selectedOptions).map(function (o) { return Number(o.value); }));
      applyFilters();
    });
    selects[k] = select;
    filters.appendChild(label); filters.appendChild(select);
  });
  filters.appendChild(el("p", "Ctrl/⌘-click to choose several: any of them (OR); filters combine (AND), " +
    "each on the same meeting.", "hint"));
  document.getElementById("clear-filters").addEventListener("click", function () {
    FILTER_KEYS.forEach(function (k) { state.sel[k] = new Set(); });
    data.types.forEach(function (t) { state.types[t.key] = true; });
    syncControls(); applyFilters();
  });

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
    sw.style.background = t.color;
    row.appendChild(box); row.appendChild(sw); row.appendChild(el("span", t.label));
    row.appendChild(el("span", t.count, "count"));
    legend.appendChild(row);
  });
  var isoBox = document.getElementById("show-isolated");
  isoBox.parentNode.appendChild(el("span", " (" + isolatedCount + ")", "count"));
  isoBox.addEventListener("change", function () { state.isolated = isoBox.checked; applyFilters(); });
  var colourLegend = document.getElementById("colour-legend");

  /* ---- colour: by type, by community, by strategic objective ---- */
  var palette = data.palette, baseColour = data.nodes.map(function (n) { return n.color; });
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
    var sw = el("span", null, "swatch dot"); sw.style.background = colour;
    row.appendChild(sw); row.appendChild(el("span", text));
    if (count !== undefined) row.appendChild(el("span", count, "count"));
    return row;
  }
  var appliedColour = "type";  /* what the nodes show now: no update of every node when nothing changes */
  function recolour() {
    var focusSet = state.focus && state.node !== null ? new Set([state.node].concat(
      neighbours(state.node).map(function (x) { return x[0]; }))) : null;
    var want = state.colour + (focusSet ? ":" + state.node : "");
    if (want !== appliedColour) {
      appliedColour = want;
      nodes.update(details.map(function (d, i) {
        if (focusSet && !focusSet.has(i)) return { id: i, color: "rgba(200,205,212,0.35)", opacity: 0.3 };
        return { id: i, color: colourOf(i), opacity: 1 };
      }));
    }
    colourLegend.textContent = "";
    if (state.colour === "type") {
      data.families.forEach(function (f) { colourLegend.appendChild(swatchRow(f[0], f[1])); });
      data.types.forEach(function (t) { if (t.key !== "organisation") colourLegend.appendChild(swatchRow(t.label, t.color)); });
    } else if (state.colour === "community") {
      var sizes = {};
      details.forEach(function (d) { sizes[d.metrics[3]] = (sizes[d.metrics[3]] || 0) + 1; });
      for (var c = 1; c <= 7 && sizes[c]; c++) colourLegend.appendChild(swatchRow("Community " + c, palette[c - 1], sizes[c]));
      colourLegend.appendChild(swatchRow("Other communities", "#bdbdbd"));
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
    matches = [];
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
      var b = button("", function () { if (!hidden[i]) selectNode(i, true); });
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
      if (f.length) selectNode(f[0], true);
    }
  });
  ckg.search = function (q) { search.value = q; return runSearch(); };
  ckg.why = why;

  /* ---- buttons: fit, reset, exports, table ---- */
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("reset").addEventListener("click", function () {
    history.replaceState(null, "", location.pathname + location.search);
    search.value = ""; runSearch(); readFragment(); syncControls(); closePanel(); applyFilters(); recolour(); resize();
    network.fit({ animation: false });
  });
  function download(name, href) {
    var a = el("a"); a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }
  document.getElementById("export-png").addEventListener("click", function () {
    var src = container.querySelector("canvas"), c = document.createElement("canvas");
    c.width = src.width; c.height = src.height;
    var ctx = c.getContext("2d"); ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, c.width, c.height); ctx.drawImage(src, 0, 0);
    download("network.png", c.toDataURL("image/png"));
  });
  function csvCell(v) {
    var s = String(v === undefined || v === null ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvBlob(rows) {
    return URL.createObjectURL(new Blob([rows.map(function (r) { return r.map(csvCell).join(","); }).join("\n") + "\n"],
                                        { type: "text/csv;charset=utf-8" }));
  }
  document.getElementById("export-csv").addEventListener("click", function () {
    var rows = [["ID", "Label", "Type", "Organisation type", "Country", "Consultations", "Meetings", "Degree",
                 "Weighted degree", "Betweenness", "Community"]];
    details.forEach(function (d, i) {
      if (!hidden[i]) rows.push([d.iri, d.label, typeLabel[d.type], d.orgType || "", d.country || "", d.metrics[4],
                                 d.metrics[5], d.metrics[0], d.metrics[1], d.metrics[2], d.metrics[3]]);
    });
    download("network-nodes.csv", csvBlob(rows));
    var er = [["From", "To", "Type", "Weight"]];
    data.edges.forEach(function (e, k) { if (!edgeHidden[k]) er.push([details[e.from].iri, details[e.to].iri, e.kind, e.weight]); });
    setTimeout(function () { download("network-edges.csv", csvBlob(er)); }, 50);
  });

  /* ---- table view of the visible nodes: sortable, keyboard path to every node ---- */
  var tableBox = document.getElementById("table-view"), tableBtn = document.getElementById("toggle-table");
  var COLS = [["Name", function (d) { return d.label; }], ["Type", function (d) { return typeLabel[d.type]; }],
              ["Country", function (d) { return d.country || ""; }], ["Consultations", function (d) { return d.metrics[4]; }],
              ["Meetings", function (d) { return d.metrics[5]; }], ["Degree", function (d) { return d.metrics[0]; }],
              ["Weighted degree", function (d) { return d.metrics[1]; }],
              ["Betweenness", function (d) { return d.metrics[2]; }], ["Community", function (d) { return d.metrics[3]; }]];
  var sortCol = 3, sortDesc = true, tableLimit = 100;
  function renderTable() {
    tableBox.textContent = "";
    var rows = [];
    for (var i = 0; i < N; i++) if (!hidden[i]) rows.push(i);
    var get = COLS[sortCol][1];
    rows.sort(function (a, b) {
      var x = get(details[a]), y = get(details[b]);
      var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return (sortDesc ? -c : c) || details[a].label.localeCompare(details[b].label) || a - b;
    });
    var table = el("table"), thead = el("thead"), tr = el("tr");
    table.appendChild(el("caption", rows.length + " visible nodes, by " + COLS[sortCol][0].toLowerCase()));
    COLS.forEach(function (col, c) {
      var th = el("th"); th.setAttribute("scope", "col");
      th.setAttribute("aria-sort", c === sortCol ? (sortDesc ? "descending" : "ascending") : "none");
      th.appendChild(button(col[0] + (c === sortCol ? (sortDesc ? " ▼" : " ▲") : ""), function () {
        if (sortCol === c) sortDesc = !sortDesc; else { sortCol = c; sortDesc = c >= 3; }
        renderTable(); tableBox.querySelector("th:nth-child(" + (c + 1) + ") button").focus();
      }, "sort"));
      tr.appendChild(th);
    });
    thead.appendChild(tr); table.appendChild(thead);
    var tbody = el("tbody");
    rows.slice(0, tableLimit).forEach(function (i) {
      var r = el("tr"), d = details[i];
      COLS.forEach(function (col, c) {
        var td = el("td");
        if (c === 0) td.appendChild(button(d.label, function () { selectNode(i, true); }, "link"));
        else { var v = col[1](d); td.textContent = c === 7 ? Number(v).toFixed(4) : v; }
        r.appendChild(td);
      });
      tbody.appendChild(r);
    });
    table.appendChild(tbody); tableBox.appendChild(table);
    if (rows.length > tableLimit) tableBox.appendChild(button("Show " + Math.min(100, rows.length - tableLimit) +
      " more of " + (rows.length - tableLimit), function () { tableLimit += 100; renderTable(); }, "more"));
  }
  function showTable(on) {
    state.table = on; tableBox.hidden = !on; tableBtn.setAttribute("aria-pressed", on ? "true" : "false");
    tableBtn.textContent = on ? "Network" : "Table";
    if (on) renderTable();
    saveState();
  }
  tableBtn.addEventListener("click", function () { showTable(!state.table); });
  ckg.renderTable = renderTable;

  /* ---- details panel: overlays the canvas; Escape closes it ---- */
  var panel = document.getElementById("panel"), box = document.getElementById("details"), opener = null;
  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true; network.unselectAll(); state.node = null; state.focus = false;
    recolour(); network.redraw(); saveState();
    if (opener && document.body.contains(opener)) opener.focus();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closePanel(); });
  function row(dl, term, value) {
    if (value === "" || value === null || value === undefined) return;
    dl.appendChild(el("dt", term)); dl.appendChild(el("dd", value));
  }
  function paged(parent, title, items, make, step) {  /* a list that shows ``step`` more at a time */
    if (!items.length) return;
    parent.appendChild(el("h3", title + " (" + items.length + ")"));
    var ul = parent.appendChild(el("ul")), shownCount = 0, more = null;
    function page() {
      items.slice(shownCount, shownCount + step).forEach(function (x) { ul.appendChild(make(x)); });
      shownCount = Math.min(items.length, shownCount + step);
      if (more) more.remove();
      if (shownCount < items.length) {
        more = button("Show " + Math.min(step, items.length - shownCount) + " more (" + (items.length - shownCount) +
                      " left)", page, "more");
        parent.insertBefore(more, ul.nextSibling);
      }
    }
    page();
  }
  function where(doc, line, page) {
    return " — " + (doc >= 0 ? data.docs[doc] : "") + (line !== null && line !== undefined ? ", line " + line : "") +
      (page !== null && page !== undefined ? ", page " + page : "");
  }
  function quote(li, text, doc, line, page, cls) {
    li.appendChild(el("span", "“" + text + "”", cls || "quote"));
    li.appendChild(el("span", where(doc, line, page), "where"));
    return li;
  }
  function saidSection(i) {
    var d = details[i], theme = themeNodeOf[i], filtering = anyFilter();
    var mine = nodeMeetings[i].filter(function (j) { return !filtering || live[j]; });
    var byCons = {}, order = [];
    mine.forEach(function (j) {
      var c = meetings[j][0];
      if (!(c in byCons)) { byCons[c] = []; order.push(c); }
      byCons[c].push(j);
    });
    order.sort(function (a, b) {
      var x = a >= 0 ? data.consultations[a][1] : "", y = b >= 0 ? data.consultations[b][1] : "";
      return x.localeCompare(y) || a - b;
    });
    var section = el("section", null, "said");
    var title = "What they said" + (filtering ? ", in the meetings the filters keep" : "");
    paged(section, title + ": consultations", order, function (c) {
      var li = el("li", null, "consultation"), con = c >= 0 ? data.consultations[c] : null;
      li.appendChild(el("h4", con ? con[0] : "No consultation"));
      if (con) li.appendChild(el("p", [con[1], con[2] >= 0 ? facetByKey.country.values[con[2]][1] : ""]
        .filter(Boolean).join(" · "), "where"));
      var ul = li.appendChild(el("ul"));
      byCons[c].forEach(function (j) {
        var m = meetings[j], item = el("li", null, "meeting");
        item.appendChild(el("strong", m[4] + (m[1] >= 0 ? " · " + facetByKey.stance.values[m[1]][1] : "")));
        var inner = item.appendChild(el("ul"));
        data.said[j].forEach(function (s) {
          var x = el("li"); x.appendChild(el("span", s[0] === "stance" ? "Stance: " : "Follow-up interest: ", "kind"));
          inner.appendChild(quote(x, s[1], m[5], s[2], s[3]));
        });
        data.mentions[j].forEach(function (x) {
          if (theme !== undefined && x[1] !== theme) return;
          var li2 = el("li"); li2.appendChild(el("span", "Theme mention: ", "kind"));
          quote(li2, x[0], m[5], x[2], x[3]);
          if (x[1] >= 0 && theme === undefined) li2.appendChild(el("span", " (" + facetByKey.theme.values[x[1]][1] + ")", "where"));
          inner.appendChild(li2);
        });
        ul.appendChild(item);
      });
      var msgs = c >= 0 ? data.messages[c].filter(function (k) {
        return theme === undefined ? true : k[2].indexOf(theme) >= 0;
      }) : [];
      msgs.sort(function (a, b) { return (b[5].indexOf(i) >= 0) - (a[5].indexOf(i) >= 0); });
      if (msgs.length) {
        var km = li.appendChild(el("ul", null, "messages"));
        msgs.forEach(function (k) {
          var x = el("li"); x.appendChild(el("span", k[5].indexOf(i) >= 0 ? "Key message naming it: " : "Key message: ", "kind"));
          km.appendChild(quote(x, k[0], con[4], k[3], k[4]));
        });
      }
      return li;
    }, 5);
    box.appendChild(section);
  }
  function showDetails(i) {
    var d = details[i];
    box.textContent = "";
    var h = box.appendChild(el("h2", d.label)); h.tabIndex = -1; h.id = "details-title";
    var dl = el("dl");
    row(dl, "Type", typeLabel[d.type]);
    row(dl, "Organisation type", d.orgType);
    row(dl, "Acronym", d.acronym);
    row(dl, d.type === "organisation" ? "Based in" : "Country", d.country);
    row(dl, "Organisation", d.organisation);
    row(dl, "Job title", d.jobTitle);
    row(dl, "Consultations", d.metrics[4]);
    row(dl, "Meetings", d.metrics[5]);
    if (d.stakeholders) row(dl, "Organisations that discussed it", d.stakeholders + " (a person counted as their organisation)");
    row(dl, "Degree", d.metrics[0]);
    row(dl, "Weighted degree", d.metrics[1]);
    row(dl, "Betweenness", Number(d.metrics[2]).toFixed(4));
    row(dl, "Community", d.metrics[3]);
    box.appendChild(dl);
    var actions = box.appendChild(el("p", null, "actions"));
    actions.appendChild(button(state.focus ? "Show everything" : "Focus on its neighbourhood", function () {
      state.focus = !state.focus; recolour(); showDetails(i);
    }, "action"));
    var links = neighbours(i).filter(function (x) { return !hidden[x[0]] && !edgeHidden[x[2]]; }).sort(function (a, b) {
      return b[1] - a[1] || details[a[0]].label.localeCompare(details[b[0]].label);
    });
    paged(box, "Linked to", links, function (x) {
      var li = el("li");
      li.appendChild(button(details[x[0]].label, function () { selectNode(x[0], true); }, "link"));
      if (x[1] > 1) li.appendChild(el("span", " ×" + x[1], "where"));
      return li;
    }, 50);
    saidSection(i);
    box.appendChild(el("p", d.iri, "iri"));
    panel.hidden = false;
  }
  function selectNode(i, move) {
    if (hidden[i]) return;
    opener = document.activeElement;
    ensureLabels();
    network.selectNodes([i]);
    if (move) network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
    state.node = i;
    showDetails(i);
    if (state.focus) recolour();
    saveState();
    document.getElementById("details-title").focus();
  }
  ckg.focusNode = function (i) { selectNode(i, true); }; ckg.showDetails = showDetails;
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0], false); else closePanel();
  });

  function syncControls() {
    Object.keys(selects).forEach(function (k) {
      Array.from(selects[k].options).forEach(function (o) { o.selected = state.sel[k].has(Number(o.value)); });
    });
    data.types.forEach(function (t) { typeBoxes[t.key].checked = state.types[t.key]; });
    isoBox.checked = state.isolated; colourBy.value = state.colour; sizeBy.value = state.size;
  }
  function restore() {
    restoring = true;
    readFragment(); syncControls(); applyFilters(); recolour(); resize(); showTable(state.table);
    if (state.node !== null && !hidden[state.node]) {
      var focus = state.focus; network.selectNodes([state.node]); showDetails(state.node); state.focus = focus;
    } else { state.node = null; panel.hidden = true; }
    restoring = false;
  }
  window.addEventListener("hashchange", restore);
  ckg.state = state; ckg.fragment = fragment; ckg.restore = restore;
  restore();
  ready();
})();
