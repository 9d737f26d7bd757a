/* consultkg network explorer, part 3 of 8: the Filters section of the side bar. A list per facet (theme,
   strategic objective, country, consultation, stance, stakeholder group, organisation type), each value with
   the number of nodes it keeps on its own, a long list searchable; ranges of counts (a node's links,
   consultations and meetings, a link's weight); and the notice over the canvas that names what the address
   asked for and the network lacks, or says which filters leave nothing. Document text only through textContent. */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data, details = K.details, el = K.el, button = K.button, norm = K.norm, state = K.state;
  var FILTER_KEYS = K.FILTER_KEYS, valuesOf = K.valuesOf, filterLabel = K.filterLabel, applyFilters = K.applyFilters;
  var RANGES = K.RANGES, rangeLabel = K.rangeLabel, meetings = K.meetings, isolated = K.isolated;

  /* ---- a notice over the canvas: values the address named that this network lacks, an empty result ---- */
  var noticeBox = document.getElementById("notice");
  function notice(text, action) {
    noticeBox.textContent = "";
    noticeBox.dataset.kind = "";
    noticeBox.hidden = !text;
    if (!text) return;
    noticeBox.appendChild(el("span", text));
    if (action) noticeBox.appendChild(button(action[0], action[1], "small"));
    noticeBox.appendChild(button("×", function () { notice(null); }, "close")).setAttribute("aria-label", "Dismiss");
  }
  K.ui.afterFilters = function (shown) {  /* nothing left: say which filters exclude everything */
    if (shown > 0) { if (noticeBox.dataset.kind === "empty") { notice(null); noticeBox.dataset.kind = ""; } return; }
    var active = FILTER_KEYS.filter(function (k) { return state.sel[k].size; });
    var ranged = RANGES.filter(function (r) { return state.range[r[0]]; }).map(function (r) { return r[0]; });
    if (!active.length && !ranged.length) return;
    var said = active.concat(ranged).map(K.said);
    var alone = active.filter(function (k) {  /* a filter whose removal brings something back */
      var keep = state.sel[k]; state.sel[k] = new Set();
      var n = K.countShown(); state.sel[k] = keep; return n > 0;
    });
    var set = active.concat(ranged);
    var last = state.last && set.indexOf(state.last) >= 0 ? state.last : set[set.length - 1];
    var name = rangeLabel[last] || filterLabel(last);
    notice("Nothing matches " + said.join(" and ") + (said.length > 1 ? " together" : "") +
      (alone.length && alone.length < active.length && !ranged.length ?
      " (without " + alone.map(filterLabel).join(", or without ") + ", something would)" : "") + ".",
      ["Clear " + name, function () {
        if (last in state.range) state.range[last] = null; else state.sel[last] = new Set();
        state.last = null; K.syncControls(); applyFilters(); }]);
    noticeBox.dataset.kind = "empty";
  };
  K.notice = notice;

  /* ---- how many nodes each value keeps on its own (as the page's filters count: the stakeholders of the
     meetings it keeps and their themes, a theme or objective keeping only its own themes, nodes without links
     set aside), counted once ---- */
  var STAKEHOLDER = { organisation: 1, person: 1 };
  function keptAlone() {
    var sets = {}, stakeholders = data.types.some(function (t) { return STAKEHOLDER[t.key]; });
    FILTER_KEYS.forEach(function (k) { sets[k] = valuesOf(k).map(function () { return new Set(); }); });
    meetings.forEach(function (m) {
      var members = m[3].filter(function (n) { return !isolated[n]; });
      var who = members.filter(function (n) { return STAKEHOLDER[details[n].type]; });
      if (stakeholders && !who.length) return;  /* a meeting with no stakeholder shows nothing */
      var themes = members.filter(function (n) { return K.themeNodeOf[n] !== undefined; });
      var others = members.filter(function (n) { return K.themeNodeOf[n] === undefined; });
      var c = m[0] >= 0 ? data.consultations[m[0]] : null;
      function add(k, v, nodes) { if (v >= 0 && sets[k][v]) nodes.forEach(function (n) { sets[k][v].add(n); }); }
      m[2].forEach(function (t) {
        add("theme", t, others.concat(themes.filter(function (n) { return K.themeNodeOf[n] === t; })));
      });
      var objectives = {};
      m[2].forEach(function (t) { data.themeObjectives[t].forEach(function (o) { objectives[o] = 1; }); });
      Object.keys(objectives).forEach(function (o) {
        add("objective", Number(o), others.concat(themes.filter(function (n) {
          return data.themeObjectives[K.themeNodeOf[n]].indexOf(Number(o)) >= 0; })));
      });
      if (c) { add("country", c[2], members); add("group", c[3], members); }
      add("consultation", m[0], members); add("stance", m[1], members);
      var types = {};
      who.forEach(function (n) { (K.orgTypesOf(n) || []).forEach(function (t) { types[t] = 1; }); });
      Object.keys(types).forEach(function (t) {
        add("orgtype", K.orgTypeIndex[t], themes.concat(who.filter(function (n) {
          return (K.orgTypesOf(n) || []).indexOf(t) >= 0; })));
      });
    });
    var out = {};
    FILTER_KEYS.forEach(function (k) { out[k] = sets[k].map(function (x) { return x.size; }); });
    return out;
  }
  var alone = keptAlone();
  ckg.keptAlone = alone;

  var filters = document.getElementById("filters");
  var selects = {}, labels = {};
  function tellChosen(k) {  /* "Theme (11): Care services", "Country (32): 2 chosen" */
    var vs = valuesOf(k), chosen = Array.from(state.sel[k]);
    labels[k].textContent = filterLabel(k) + " (" + vs.length + ")" +
      (chosen.length === 1 ? ": " + vs[chosen[0]][1] : chosen.length ? ": " + chosen.length + " chosen" : "");
  }
  FILTER_KEYS.forEach(function (k) {
    var vs = valuesOf(k);
    if (!vs.length) return;
    var id = "filter-" + k;
    var label = labels[k] = el("label", filterLabel(k) + " (" + vs.length + ")"); label.htmlFor = id;
    var select = el("select"); select.id = id; select.multiple = true; select.size = Math.max(2, Math.min(5, vs.length));
    /* (a list of one value drawn one row high shows "0 selected", not its value) */
    vs.forEach(function (v, i) {
      var o = select.appendChild(el("option", (k === "consultation" ? v[1] + (data.consultations[i][1] ? " · " +
        data.consultations[i][1] : "") : v[1]) + " (" + alone[k][i] + ")"));
      o.value = String(i); o.title = o.textContent + ": the nodes it keeps on its own";
    });
    select.addEventListener("change", function () {
      state.sel[k] = new Set(Array.from(select.selectedOptions).map(function (o) { return Number(o.value); }));
      state.last = k;
      tellChosen(k);
      applyFilters();
    });
    selects[k] = select;
    filters.appendChild(label);
    if (vs.length > 12) {  /* a long list (a thousand consultations): a search over it */
      var find = el("input"); find.type = "search"; find.id = id + "-find"; find.className = "find";
      find.placeholder = "Find in " + vs.length + "…"; find.setAttribute("aria-label", "Find a " + filterLabel(k).toLowerCase());
      find.addEventListener("input", function () {
        var q = norm(find.value).trim();
        Array.from(select.options).forEach(function (o) { o.hidden = !!q && !o.selected && norm(o.textContent).indexOf(q) < 0; });
      });
      filters.appendChild(find);
    }
    filters.appendChild(select);
  });
  filters.appendChild(el("p", "Ctrl/⌘-click to choose several: any of them (OR); filters combine (AND), " +
    "each on the same meeting.", "hint"));

  /* ---- count ranges: a node's degree, consultations and meetings, a link's weight (under the other filters) ---- */
  var rangeBoxes = {};
  var rangeBox = el("div", null, "ranges");
  rangeBox.appendChild(el("h3", "Counts (under the other filters)"));
  RANGES.forEach(function (r) {
    var row = el("div", null, "range-row"), lo = el("input"), hi = el("input");
    [lo, hi].forEach(function (x, k) {
      x.type = "number"; x.min = "0"; x.step = "1"; x.inputMode = "numeric"; x.id = "range-" + r[0] + (k ? "-max" : "-min");
      x.placeholder = k ? "any" : "0";
      x.setAttribute("aria-label", r[1] + (k ? ", at most" : ", at least"));
      x.addEventListener("change", function () {
        var a = lo.value === "" ? 0 : Math.max(0, Math.floor(Number(lo.value)));
        var b = hi.value === "" ? Infinity : Math.max(0, Math.floor(Number(hi.value)));
        state.range[r[0]] = a > 0 || b !== Infinity ? [a, b] : null;
        state.last = r[0];
        applyFilters();
      });
    });
    row.appendChild(el("span", r[1])); row.appendChild(lo); row.appendChild(el("span", "to")); row.appendChild(hi);
    rangeBox.appendChild(row);
    rangeBoxes[r[0]] = [lo, hi];
  });
  filters.appendChild(rangeBox);
  document.getElementById("clear-filters").addEventListener("click", function () {
    FILTER_KEYS.forEach(function (k) { state.sel[k] = new Set(); });
    RANGES.forEach(function (r) { state.range[r[0]] = null; });
    data.types.forEach(function (t) { state.types[t.key] = true; });
    K.syncControls(); applyFilters();
  });

  K.filterUI = {
    sync: function () {
      Object.keys(selects).forEach(function (k) {
        Array.from(selects[k].options).forEach(function (o) { o.selected = state.sel[k].has(Number(o.value)); });
        tellChosen(k);
      });
      RANGES.forEach(function (r) {
        var v = state.range[r[0]], b = rangeBoxes[r[0]];
        b[0].value = v && v[0] ? String(v[0]) : ""; b[1].value = v && v[1] !== Infinity ? String(v[1]) : "";
      });
    }
  };
})();
