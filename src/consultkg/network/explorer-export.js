/* consultkg network explorer, part 7 of 8: exports people can present, and a view kept by name. The PNG and
   the SVG hold what the screen shows, with a title (the view's name, else the page's), the active filters
   as a caption, and the legend of the colours; the CSV holds the visible nodes and links. A view is named in
   the side bar and kept in the address (name=...). Document text only through textContent (in the SVG: text
   nodes, serialised by the browser). */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data, details = K.details, N = K.N, network = K.network, state = K.state, hidden = K.hidden;
  var typeLabel = K.typeLabel, download = K.download, csvBlob = K.csvBlob;

  /* ---- the view's name ---- */
  var nameBox = document.getElementById("view-name"), subtitle = document.getElementById("view-shown");
  nameBox.addEventListener("change", function () { state.viewName = nameBox.value.trim().slice(0, 120); show(); K.saveState(); });
  function show() {
    nameBox.value = state.viewName || "";
    subtitle.textContent = state.viewName ? "View: " + state.viewName : "";
    subtitle.hidden = !state.viewName;
  }
  K.ui.showViewName = show;

  /* ---- what an export says about the view ---- */
  function caption() {
    var parts = K.FILTER_KEYS.concat(K.RANGES.map(function (r) { return r[0]; })).map(K.said).filter(Boolean);
    var off = data.types.filter(function (t) { return !state.types[t.key]; }).map(function (t) { return t.label; });
    if (off.length) parts.push("not shown: " + off.join(", "));
    if (state.folded.size) parts.push("communities folded away: " + Array.from(state.folded).join(", "));
    if (state.focus && state.node !== null) parts.push("focus: " + details[state.node].label + ", " + state.depth +
      (state.depth === 1 ? " link" : " links"));
    return (parts.length ? "Filters: " + parts.join("; ") : "No filters") + " · " + ckg.shown.nodes + " nodes, " +
      ckg.shown.edges + " links · " + data.viewLabel;
  }
  function legend() {  /* [label, colour] of the colours as they are now */
    var palette = data.palette;
    if (state.colour === "community") return Object.keys(data.communities).map(Number).filter(function (c) {
      return c <= 7; }).map(function (c) { return [c + ". " + data.communities[c][0], palette[c - 1]]; });
    if (state.colour === "objective") return (K.facetByKey.objective ? K.facetByKey.objective.values : []).map(
      function (v, o) { return [v[1], palette[o % 7]]; });
    return data.families.concat(data.types.filter(function (t) { return t.key !== "organisation"; }).map(function (t) {
      return [t.label, t.color]; }));
  }
  function title() { return state.viewName || data.title; }
  ckg.exportCaption = caption; ckg.exportLegend = legend;

  function wrap(ctx, text, width) {  /* lines of ``text`` no wider than ``width`` */
    var lines = [], line = "";
    text.split(" ").forEach(function (w) {
      var next = line ? line + " " + w : w;
      if (line && ctx.measureText(next).width > width) { lines.push(line); line = w; } else line = next;
    });
    return line ? lines.concat([line]) : lines;
  }

  /* ---- PNG: title, caption, the picture, the legend ---- */
  function png() {
    var src = K.container.querySelector("canvas"), ratio = src.width / Math.max(1, K.container.clientWidth);
    var c = document.createElement("canvas"), ctx = c.getContext("2d"), pad = 16 * ratio, w = src.width;
    ctx.font = (13 * ratio) + "px system-ui, sans-serif";
    var cap = wrap(ctx, caption(), w - 2 * pad), items = legend();
    var colW = Math.min(w - 2 * pad, 30 * ratio + items.reduce(function (m, it) { return Math.max(m, ctx.measureText(it[0]).width); }, 0));
    var per = Math.max(1, Math.floor((w - 2 * pad) / colW));
    var head = pad + 22 * ratio + cap.length * 18 * ratio + pad / 2, foot = pad + Math.ceil(items.length / per) * 20 * ratio + pad;
    c.width = w; c.height = head + src.height + foot;
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, c.width, c.height);
    ctx.fillStyle = "#1d2733"; ctx.textBaseline = "top";
    ctx.font = "600 " + (18 * ratio) + "px system-ui, sans-serif"; ctx.fillText(title(), pad, pad);
    ctx.font = (13 * ratio) + "px system-ui, sans-serif"; ctx.fillStyle = "#3d4650";
    cap.forEach(function (line, k) { ctx.fillText(line, pad, pad + 24 * ratio + k * 18 * ratio); });
    ctx.drawImage(src, 0, head);
    items.forEach(function (it, k) {
      var x = pad + (k % per) * colW, y = head + src.height + pad + Math.floor(k / per) * 20 * ratio;
      ctx.fillStyle = it[1]; ctx.beginPath(); ctx.arc(x + 6 * ratio, y + 7 * ratio, 6 * ratio, 0, 2 * Math.PI); ctx.fill();
      ctx.strokeStyle = data.outlines[it[1]] || it[1]; ctx.lineWidth = 1.5 * ratio; ctx.stroke();
      var text = it[0];
      while (text.length > 1 && ctx.measureText(text).width > colW - 24 * ratio) text = text.slice(0, -2) + "…";
      ctx.fillStyle = "#1d2733"; ctx.fillText(text, x + 18 * ratio, y);
    });
    ckg.lastExport = { width: c.width, height: c.height, title: title(), caption: cap.join(" ") };
    download("network.png", c.toDataURL("image/png"));
  }

  /* ---- SVG: the same, as shapes and text (what is on screen, in the drawing's own coordinates) ---- */
  var NS = "http://www.w3.org/2000/svg";
  function node(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function svg() {
    var box = K.container, tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: box.clientWidth, y: box.clientHeight }), scale = network.getScale();
    var at = network.body.nodes, px = 1 / scale, w = br.x - tl.x, items = legend();
    var head = 70 * px, foot = (items.length * 20 + 20) * px;
    var root = node("svg", { xmlns: NS, viewBox: [tl.x, tl.y - head, w, br.y - tl.y + head + foot].join(" "),
                             width: Math.round(box.clientWidth), height: Math.round(box.clientHeight + (head + foot) / px) });
    root.appendChild(node("rect", { x: tl.x, y: tl.y - head, width: w, height: br.y - tl.y + head + foot, fill: "#ffffff" }));
    root.appendChild(node("title", {}, title()));
    root.appendChild(node("text", { x: tl.x + 16 * px, y: tl.y - head + 28 * px, "font-size": 18 * px,
                                    "font-weight": 600, "font-family": "system-ui, sans-serif", fill: "#1d2733" }, title()));
    root.appendChild(node("text", { x: tl.x + 16 * px, y: tl.y - head + 52 * px, "font-size": 12 * px,
                                    "font-family": "system-ui, sans-serif", fill: "#3d4650" }, caption()));
    var g = root.appendChild(node("g", { stroke: "#9aa3ad", "stroke-opacity": 0.5 }));
    data.edges.forEach(function (e, k) {
      if (K.edgeHidden[k] || !at[e.from] || !at[e.to]) return;
      g.appendChild(node("line", { x1: at[e.from].x, y1: at[e.from].y, x2: at[e.to].x, y2: at[e.to].y,
                                   "stroke-width": Math.max(K.widthNow[k], 0.6 * px) }));
    });
    var shapes = root.appendChild(node("g", { "stroke-width": 1.5 * px }));
    for (var i = 0; i < N; i++) {
      if (hidden[i] || !at[i]) continue;
      var n = at[i], r = data.nodes[i].size, paint = K.nodes.get(i).color || data.nodes[i].color;
      var fill = typeof paint === "object" ? paint.background : paint;
      var shape = details[i].type === "theme" ?
        node("polygon", { points: [[n.x, n.y - r], [n.x + r, n.y], [n.x, n.y + r], [n.x - r, n.y]].join(" ") }) :
        node("circle", { cx: n.x, cy: n.y, r: r });
      shape.setAttribute("fill", fill);
      shape.setAttribute("stroke", data.outlines[fill] || "#2b3a4a");
      shape.appendChild(node("title", {}, details[i].label + " (" + typeLabel[details[i].type] + ")"));
      shapes.appendChild(shape);
    }
    var texts = root.appendChild(node("g", { "font-family": "system-ui, sans-serif", fill: "#1d2733", stroke: "#ffffff",
                                              "stroke-width": 3 * px, "paint-order": "stroke" }));
    (K.lastLabels || []).forEach(function (x) {
      var b = x[1], size = (b[3] - b[1]) / 1.25;
      texts.appendChild(node("text", { x: b[0], y: b[1] + size, "font-size": size }, x[2]));
    });
    items.forEach(function (it, k) {
      var y = br.y + (20 + k * 20) * px;
      root.appendChild(node("circle", { cx: tl.x + 22 * px, cy: y - 4 * px, r: 6 * px, fill: it[1],
                                        stroke: data.outlines[it[1]] || it[1], "stroke-width": 1.5 * px }));
      root.appendChild(node("text", { x: tl.x + 34 * px, y: y, "font-size": 12 * px, "font-family": "system-ui, sans-serif",
                                      fill: "#1d2733" }, it[0]));
    });
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root) + "\n";
    ckg.lastSvg = text;
    download("network.svg", URL.createObjectURL(new Blob([text], { type: "image/svg+xml;charset=utf-8" })));
  }

  /* ---- CSV: the visible nodes and links ---- */
  function csv() {
    var rows = [["ID", "Label", "Type", "Organisation type", "Country", "Consultations", "Meetings", "Degree",
                 "Weighted degree", "Betweenness", "Community"]];
    details.forEach(function (d, i) {
      var m = K.metricsNow[i];
      if (!hidden[i]) rows.push([d.iri, d.label, typeLabel[d.type], d.orgType || "", d.country || "", m[4],
                                 m[5], m[0], m[1], m[2], m[3]]);
    });
    download("network-nodes.csv", csvBlob(rows));
    var er = [["From", "To", "Type", "Weight"]];
    data.edges.forEach(function (e, k) {
      if (!K.edgeHidden[k]) er.push([details[e.from].iri, details[e.to].iri, e.kind, K.weightNow[k]]);
    });
    setTimeout(function () { download("network-edges.csv", csvBlob(er)); }, 50);
  }
  document.getElementById("export-png").addEventListener("click", png);
  document.getElementById("export-svg").addEventListener("click", svg);
  document.getElementById("export-csv").addEventListener("click", csv);
})();
