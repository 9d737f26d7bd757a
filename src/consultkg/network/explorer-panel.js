/* consultkg network explorer, part 8 of 8: the Fit and Reset buttons, the details panel (what was said, with document, line and page); restores the view from the address. Document text only through textContent. */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var data = K.data;
  var details = K.details;
  var N = K.N;
  var el = K.el, visible = K.visible;
  var button = K.button;
  var typeLabel = K.typeLabel;
  var facetByKey = K.facetByKey;
  var meetings = K.meetings;
  var nodeMeetings = K.nodeMeetings;
  var nodes = K.nodes;
  var edges = K.edges;
  var network = K.network;
  var container = K.container;
  var hidden = K.hidden;
  var edgeHidden = K.edgeHidden;
  var neighbours = K.neighbours;
  var state = K.state;
  var fragment = K.fragment;
  var saveState = K.saveState;
  var readFragment = K.readFragment;
  var anyFilter = K.anyFilter;
  var themeNodeOf = K.themeNodeOf;
  var live = K.live;
  var metricsNow = K.metricsNow;  /* counts shown: with filters set, of the meetings they keep */
  var weightNow = K.weightNow;
  var applyFilters = K.applyFilters;
  var ready = K.ready;

  var search = document.getElementById("search");

  /* ---- buttons: fit, reset, exports, table ---- */
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("reset").addEventListener("click", function () {
    history.replaceState(null, "", location.pathname + location.search);
    search.value = ""; K.runSearch(); readFragment(); K.syncControls(); closePanel(); applyFilters(); K.recolour(); K.resize();
    K.ui.showTable(false);
    network.fit({ animation: false });
  });
  /* ---- details panel: overlays the canvas; Escape closes it ---- */
  var panel = document.getElementById("panel"), box = document.getElementById("details"), opener = null;
  function closePanel() {
    if (panel.hidden) return;
    if (state.focus) K.ui.leaveFocus();
    panel.hidden = true; network.unselectAll(); state.node = null;
    network.redraw(); saveState();
    if (opener && document.body.contains(opener)) opener.focus();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) {  /* Escape: out of the focus first, then the panel closes */
    if (ev.key !== "Escape") return;
    if (state.focus) { K.ui.leaveFocus(); if (state.node !== null && !panel.hidden) showDetails(state.node); }
    else closePanel();
  });
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
  function where(doc, line, page, start, end) {
    var at = start !== null && start !== undefined ? ", characters " + start + "–" + end  // a one-line record
      : (line !== null && line !== undefined ? ", line " + line : "");
    return " — " + (doc >= 0 ? data.docs[doc] : "") + at + (page !== null && page !== undefined ? ", page " + page : "");
  }
  function quote(li, text, doc, line, page, cls, start, end) {
    li.appendChild(el("span", "“" + visible(text) + "”", cls || "quote"));  // the exact words, tricks shown
    li.appendChild(el("span", where(doc, line, page, start, end), "where"));
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
          inner.appendChild(quote(x, s[1], m[5], s[2], s[3], null, s[4], s[5]));
        });
        data.mentions[j].forEach(function (x) {
          if (theme !== undefined && x[1] !== theme) return;
          var li2 = el("li"); li2.appendChild(el("span", "Theme mention: ", "kind"));
          quote(li2, x[0], m[5], x[2], x[3], null, x[4], x[5]);
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
          km.appendChild(quote(x, k[0], con[4], k[3], k[4], null, k[6], k[7]));
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
    var m = metricsNow[i], filtering = anyFilter(), whole = filtering ? " (whole network)" : "";
    row(dl, "Consultations", m[4]);
    row(dl, "Meetings", m[5]);
    if (d.stakeholders) row(dl, "Organisations that discussed it" + whole, d.stakeholders + " (a person counted as their organisation)");
    row(dl, "Degree", m[0]);
    row(dl, "Weighted degree", m[1]);
    row(dl, "Betweenness" + whole, Number(m[2]).toFixed(4));
    row(dl, "Community" + whole, m[3]);
    box.appendChild(dl);
    if (filtering) box.appendChild(el("p", "Counts, links and their weights: the meetings the filters keep.", "hint"));
    var actions = box.appendChild(el("p", null, "actions"));
    actions.appendChild(button(state.focus ? "Show everything (Escape)" : "Focus on its neighbourhood", function () {
      if (state.focus) K.ui.leaveFocus(); else K.ui.enterFocus(i);
      showDetails(i);
    }, "action"));
    /* [neighbour, weight now, edge]: with filters set, the weight counts the meetings they keep */
    var links = neighbours(i).filter(function (x) { return !hidden[x[0]] && !edgeHidden[x[2]]; }).map(function (x) {
      return [x[0], weightNow[x[2]], x[2]];
    }).sort(function (a, b) {
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
    network.selectNodes([i]);
    state.node = i;
    if (state.focus) { showDetails(i); K.ui.enterFocus(i); }  /* in focus: the focus moves to it, beside the panel */
    else if (move) {  /* the node and its neighbours on screen, its label first (labels never overlap) */
      var near = [i].concat(neighbours(i).filter(function (x) { return !hidden[x[0]] && !edgeHidden[x[2]]; })
        .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 60).map(function (x) { return x[0]; }));
      network.fit({ nodes: near, animation: false });
      if (network.getScale() > 1.5) network.moveTo({ position: network.getPosition(i), scale: 1.5, animation: false });
    }
    showDetails(i);
    saveState();
    document.getElementById("details-title").focus();
  }
  ckg.focusNode = function (i) { selectNode(i, true); }; ckg.showDetails = showDetails;
  K.ui.refreshPanel = function () {  /* the filters changed: the open panel's counts follow them */
    if (!panel.hidden && state.node !== null && !K.restoring) showDetails(state.node);
  };
  K.ui.selectNode = selectNode;
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0], false); else closePanel();
  });

  function restore() {
    K.restoring = true;
    readFragment(); K.syncControls(); applyFilters(); K.recolour(); K.resize(); K.ui.showTable(!!state.table);
    K.ui.showViewName();
    if (state.node !== null && !hidden[state.node]) {
      network.selectNodes([state.node]); showDetails(state.node);
    } else { state.node = null; state.focus = false; panel.hidden = true; }
    K.restoring = false;
    saveState();  /* the address as the page reads it: unknown values left out, names as the page spells them */
  }
  window.addEventListener("hashchange", restore);
  ckg.state = state; ckg.fragment = fragment; ckg.restore = restore;
  restore();
  ready();
})();
