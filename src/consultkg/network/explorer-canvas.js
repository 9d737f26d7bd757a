/* consultkg network explorer, part 2 of 8: what the page draws on the canvas itself. The edges of big pages (vis-network
   would draw them one by one: here they go in a few strokes, grouped by width), the search hits' rings, and
   the labels. vis-network draws no label: the page places them after each frame, in order of importance
   (the selected node, search hits, themes, the nodes with most links now), each where it overlaps no label
   already drawn (below its node, above, right, left; themes and the selected node further out until a place
   is free), so no two labels ever collide, at any zoom. The density control sets how many labels beyond the
   themes and the selected node are drawn. */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data, details = K.details, N = K.N, network = K.network, hidden = K.hidden, state = K.state;
  /* ---- big pages: the edges ---- */
  if (data.ownEdges) (function drawEdgesOnCanvas() {
    var buckets = {}, widths, panning = false;
    function group() {
      buckets = {};
      data.edges.forEach(function (e, k) {
        var w = Math.round(K.widthNow[k] * 2) / 2;
        (buckets[w] = buckets[w] || []).push(k);
      });
      widths = Object.keys(buckets).map(Number).sort(function (a, b) { return a - b; });
      grouped = K.widthVersion;
    }
    var grouped = -1;
    group();
    network.on("dragStart", function (p) { panning = !p.nodes.length; });
    network.on("dragEnd", function () { if (panning) { panning = false; network.redraw(); } });
    network.on("beforeDrawing", function (ctx) {
      if (panning) return;
      if (grouped !== K.widthVersion) group();
      var at = network.body.nodes, count = 0, scale = network.getScale();
      ctx.save();
      ctx.strokeStyle = data.edges.length > 3000 ? "rgba(120, 130, 145, 0.2)" : "rgba(120, 130, 145, 0.35)";
      widths.forEach(function (w) {
        ctx.lineWidth = Math.max(w, 0.6 / scale);
        ctx.beginPath();
        buckets[w].forEach(function (k) {
          if (K.edgeHidden[k]) return;
          var e = data.edges[k], a = at[e.from], b = at[e.to];
          ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); count++;
        });
        ctx.stroke();
      });
      var sel = network.getSelectedNodes();
      if (sel.length) {
        ctx.strokeStyle = "#2b3a4a"; ctx.lineWidth = Math.max(1.5, 1.5 / scale); ctx.beginPath();
        K.neighbours(sel[0]).forEach(function (x) {
          if (hidden[x[0]] || K.edgeHidden[x[2]]) return;
          ctx.moveTo(at[sel[0]].x, at[sel[0]].y); ctx.lineTo(at[x[0]].x, at[x[0]].y);
        });
        ctx.stroke();
      }
      ctx.restore();
      ckg.ownEdgesDrawn = count;
    });
  })();

  /* ---- communities, coloured by: each of the seven named ones drawn as a hull around its shown nodes ---- */
  function hull(points) {  /* convex hull, Andrew's monotone chain */
    points.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    function cross(o, a, b) { return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]); }
    var lower = [], upper = [], i;
    for (i = 0; i < points.length; i++) {
      while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], points[i]) <= 0) lower.pop();
      lower.push(points[i]);
    }
    for (i = points.length - 1; i >= 0; i--) {
      while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], points[i]) <= 0) upper.pop();
      upper.push(points[i]);
    }
    return lower.slice(0, -1).concat(upper.slice(0, -1));
  }
  var hulls = [];  /* [community, hull points, top point] of the last frame */
  network.on("beforeDrawing", function (ctx) {
    hulls = [];
    if (state.colour !== "community") return;
    var at = network.body.nodes, groups = {}, scale = network.getScale();
    for (var i = 0; i < N; i++) {
      var c = details[i].metrics[3];
      if (hidden[i] || c < 1 || c > 7 || !at[i]) continue;
      var r = data.nodes[i].size + 14 / scale;  /* round each node: a hull of discs */
      (groups[c] = groups[c] || []).push([at[i].x - r, at[i].y], [at[i].x + r, at[i].y], [at[i].x, at[i].y - r],
                                         [at[i].x, at[i].y + r]);
    }
    ctx.save();
    ctx.lineJoin = "round"; ctx.lineWidth = 2 / scale;
    Object.keys(groups).forEach(function (c) {
      var h = hull(groups[c]), colour = data.palette[c - 1];
      if (h.length < 3) return;
      ctx.beginPath(); ctx.moveTo(h[0][0], h[0][1]);
      h.slice(1).forEach(function (p) { ctx.lineTo(p[0], p[1]); });
      ctx.closePath();
      ctx.globalAlpha = 0.08; ctx.fillStyle = colour; ctx.fill();
      ctx.globalAlpha = 0.45; ctx.strokeStyle = colour; ctx.stroke();
      var top = h.reduce(function (a, p) { return p[1] < a[1] ? p : a; }, h[0]);
      hulls.push([Number(c), h, top]);
    });
    ctx.restore();
  });
  ckg.hulls = function () { return hulls.map(function (x) { return [x[0], x[1].length]; }); };

  /* ---- search hits, ringed ---- */
  network.on("afterDrawing", function (ctx) {
    if (!K.matches.length) return;
    var scale = network.getScale(), at = network.body.nodes;
    ctx.save(); ctx.strokeStyle = "#000000"; ctx.lineWidth = 3 / scale;
    K.matches.forEach(function (i) {
      if (hidden[i]) return;
      ctx.beginPath(); ctx.arc(at[i].x, at[i].y, data.nodes[i].size + 6 / scale, 0, 2 * Math.PI); ctx.stroke();
    });
    ctx.restore();
  });

  /* ---- labels ---- */
  var DENSITY = [["themes only", 0], ["few", 12], ["some", 40], ["many", 150], ["all that fit", Infinity]];
  var RINGS = 14;  /* how far out a label that must be drawn is moved, in label heights */
  state.labels = 2;

  function must(i) { return i === state.node || details[i].type === "theme"; }
  function strong(i) { return must(i) || !!details[i].hub; }
  function text(i) {
    var n = data.nodes[i];
    return n.label || (n.label = details[i].label);
  }

  /* widths of each label at 100 px, measured once per node (canvas text width scales with the font size) */
  var measured = new Float64Array(N).fill(-1), probe = document.createElement("canvas").getContext("2d");
  function width(i, px) {
    if (measured[i] < 0) {
      probe.font = (strong(i) ? "600 " : "") + "100px system-ui, sans-serif";
      measured[i] = probe.measureText(text(i)).width;
    }
    return measured[i] * px / 100;
  }

  /* the drawing order: themes, then the organisations always labelled, then by links now, then by id */
  var order = [];
  function reorder() {
    var m = K.metricsNow;
    order = [];
    for (var i = 0; i < N; i++) if (!hidden[i]) order.push(i);
    order.sort(function (a, b) {
      return (details[b].type === "theme") - (details[a].type === "theme") || (!!details[b].hub) - (!!details[a].hub) ||
        m[b][0] - m[a][0] || m[b][1] - m[a][1] || a - b;
    });
  }
  reorder();

  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale(), at = network.body.nodes, box = K.container;
    var tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: box.clientWidth, y: box.clientHeight });
    var cell = 150 / scale, grid = new Map(), drawn = [], budget = DENSITY[state.labels][1], extra = 0;
    /* in focus, the neighbourhood asked for is labelled as far as room allows, each label outward of the rings */
    var centre = K.focusSet() && state.node !== null ? at[state.node] : null;
    if (centre && state.labels > 0) budget = Math.max(budget, 400);
    function cells(b, add) {
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
          var key = gx + "," + gy, list = grid.get(key);
          if (add) { if (!list) grid.set(key, list = []); list.push(b); continue; }
          if (list && list.some(function (o) { return o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]; }))
            return false;
        }
      }
      return true;
    }
    ctx.save();
    ctx.textAlign = "left"; ctx.textBaseline = "top"; ctx.lineJoin = "round"; ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#1d2733";
    var seen = new Set(), first = (state.node !== null ? [state.node] : []).concat(K.matches.slice(0, 50));
    function place(i) {
      if (seen.has(i) || hidden[i] || !at[i]) return;
      seen.add(i);
      var n = at[i], need = must(i);
      if (!need && extra >= budget) return;
      if (n.x < tl.x || n.x > br.x || n.y < tl.y || n.y > br.y) return;  /* off screen: nothing to read */
      var px = (strong(i) ? 13 : 12) / scale, w = width(i, px), h = px * 1.25, r = data.nodes[i].size + 3 / scale;
      var rings = need ? RINGS : 1;
      for (var k = 0; k < rings; k++) {
        var d = k * h;
        var below = [n.x - w / 2, n.y + r + d], above = [n.x - w / 2, n.y - r - h - d],
          right = [n.x + r + d, n.y - h / 2], left = [n.x - r - d - w, n.y - h / 2], spots = [below, above, right, left];
        if (centre && n !== centre) {
          var dx = n.x - centre.x, dy = n.y - centre.y;
          spots = Math.abs(dx) > Math.abs(dy) * 0.5 ? (dx > 0 ? [right, below, above, left] : [left, below, above, right])
            : (dy > 0 ? [below, right, left, above] : [above, right, left, below]);
        }
        for (var s = 0; s < spots.length; s++) {
          var b = [spots[s][0], spots[s][1], spots[s][0] + w, spots[s][1] + h];
          if (!cells(b, false)) continue;
          cells(b, true);
          if (k > 0) {  /* moved out: a thin line says whose label it is */
            ctx.lineWidth = 1 / scale; ctx.strokeStyle = "#8a939d"; ctx.beginPath(); ctx.moveTo(n.x, n.y);
            ctx.lineTo(Math.min(Math.max(n.x, b[0]), b[2]), Math.min(Math.max(n.y, b[1]), b[3])); ctx.stroke();
            ctx.strokeStyle = "#ffffff";
          }
          ctx.font = (strong(i) ? "600 " : "") + px + "px system-ui, sans-serif";
          ctx.lineWidth = 4 / scale;
          ctx.strokeText(text(i), b[0], b[1] + px * 0.1); ctx.fillText(text(i), b[0], b[1] + px * 0.1);
          drawn.push([i, b, text(i)]);
          if (!need) extra++;
          return;
        }
      }
    }
    hulls.forEach(function (x) {  /* a community's name above its hull, before any node's label */
      var name = x[0] + ". " + data.communities[x[0]][0], px = 13 / scale;
      probe.font = "600 100px system-ui, sans-serif";
      var w = probe.measureText(name).width * px / 100, h = px * 1.25;
      var left = Math.min(Math.max(x[2][0] - w / 2, tl.x), br.x - w);  /* kept on screen */
      for (var k = 0; k < RINGS; k++) {
        var y = Math.max(x[2][1] - h - k * h, tl.y + k * h);
        var b = [left, y, left + w, y + h];
        if (!cells(b, false)) continue;
        cells(b, true);
        ctx.font = "600 " + px + "px system-ui, sans-serif"; ctx.lineWidth = 4 / scale;
        ctx.fillStyle = "#1d2733"; ctx.strokeText(name, b[0], b[1] + px * 0.1); ctx.fillText(name, b[0], b[1] + px * 0.1);
        drawn.push([-x[0], b, name]);
        return;
      }
    });
    first.forEach(place);
    order.forEach(place);
    ctx.restore();
    ckg.labelsDrawn = drawn.length;
    K.lastLabels = drawn;  /* [node id, box in the drawing's coordinates, text]: the SVG export draws them */
    ckg.hubLabelsDrawn = drawn.length;
    ckg.labelBoxes = function () {  /* [node id (a community name: minus its number), left, top, right, bottom], page px */
      return drawn.map(function (x) {
        var a = network.canvasToDOM({ x: x[1][0], y: x[1][1] }), z = network.canvasToDOM({ x: x[1][2], y: x[1][3] });
        return [x[0], a.x, a.y, z.x, z.y];
      });
    };
  });

  /* the density control, in the side bar and the address (labels=0..4) */
  var select = document.getElementById("label-density");
  DENSITY.forEach(function (d, k) { select.appendChild(K.el("option", d[0])).value = String(k); });
  select.value = String(state.labels);
  select.addEventListener("change", function () { state.labels = Number(select.value); network.redraw(); K.saveState(); });
  K.labels = { reorder: reorder, DENSITY: DENSITY, DEFAULT: 2, sync: function () { select.value = String(state.labels); } };
})();
