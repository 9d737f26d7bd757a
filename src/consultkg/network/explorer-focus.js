/* consultkg network explorer, part 5 of 8: focus on a node. Only the node and what lies within one or two links of it
   (among the links the filters keep) stay on screen, laid out afresh in rings around it (the nearest ring
   ordered by type and link weight, the next beside the neighbour it is reached through) and fitted to the
   screen; Escape puts every node back where it was. The address holds it: node=KEY&focus=1 (or 2). */
(function () {
  "use strict";
  var ckg = window.ckg, K = ckg && ckg.core;
  if (!K) return;  /* an empty graph: nothing drawn */
  var details = K.details, network = K.network, state = K.state;
  var TYPE_ORDER = { theme: 0, organisation: 1, person: 2, meeting: 3, consultation: 4, document: 5 };
  var SPACING = 46, GAP = 170, MAX_SCALE = 1.5;  /* canvas units between nodes on a ring and between rings */
  var saved = null;  /* every node's place before the focus, to go back to */
  /* a node put at (x, y) directly: vis-network's moveNode queues a simulation start, so a redraw, per call
     (thousands of nodes: thousands of redraws); the caller redraws once */
  function place(id, x, y) {
    var n = network.body.nodes[id];
    if (n) { n.x = x; n.y = y; }
  }

  function layout() {
    if (!K.focusSet() || !K.laidOut()) return;
    if (!saved) save();
    var all = K.focusRings().map(function (ring) {  /* as the filters found them; what a range or fold hides aside */
      return ring.filter(function (x) { return !K.hidden[x[0]]; });
    }), angle = new Map([[state.node, 0]]), radius = 0, ids = [state.node];
    place(state.node, 0, 0);
    all.slice(1).forEach(function (ring) {
      ring.sort(function (a, b) {
        return ((angle.get(a[1]) || 0) - (angle.get(b[1]) || 0)) || (TYPE_ORDER[details[a[0]].type] - TYPE_ORDER[details[b[0]].type]) ||
          b[2] - a[2] || details[a[0]].label.localeCompare(details[b[0]].label) || a[0] - b[0];
      });
      radius = Math.max(radius + GAP, ring.length * SPACING / (2 * Math.PI));
      ring.forEach(function (x, k) {
        var a = -Math.PI / 2 + 2 * Math.PI * k / Math.max(ring.length, 1);
        angle.set(x[0], a);
        place(x[0], Math.round(radius * Math.cos(a)), Math.round(radius * Math.sin(a)));
        ids.push(x[0]);
      });
    });
    network.fit({ nodes: ids, animation: false });
    var panel = document.getElementById("panel"), width = K.container.clientWidth;
    var covered = panel && !panel.hidden && panel.offsetWidth < width ? panel.offsetWidth : 0;  /* the panel overlays */
    var scale = Math.min(MAX_SCALE, network.getScale() * (width - covered) / Math.max(width, 1));
    network.moveTo({ position: { x: covered / 2 / scale, y: 0 }, scale: scale, animation: false });  /* beside it */
    network.redraw();
  }
  function save() {  /* every node's place, hidden ones too (getPositions gives only those drawn) */
    var at = network.body.nodes;
    saved = {};
    details.forEach(function (d, i) { if (at[i]) saved[i] = { x: at[i].x, y: at[i].y }; });
  }
  function putBack() {
    if (!saved) return;
    Object.keys(saved).forEach(function (id) { place(Number(id), saved[id].x, saved[id].y); });
    network.redraw();
    saved = null;
  }
  function enter(i) {
    if (!saved && K.laidOut()) save();
    state.node = i; state.focus = true;
    K.focusing = true; K.applyFilters(); K.focusing = false;
    layout(); K.saveState();
  }
  function leave() {
    if (!state.focus && !saved) return;
    state.focus = false; putBack();
    K.focusing = true; K.applyFilters(); K.focusing = false;
    network.fit({ nodes: K.details.map(function (d, i) { return i; }).filter(function (i) { return !K.hidden[i]; }),
                  animation: false });
    K.saveState();
  }
  K.ui.enterFocus = enter;
  K.ui.leaveFocus = leave;
  K.ui.refocus = function () { if (state.focus && state.node !== null) enter(state.node); };
  K.ui.afterFocus = function () { if (state.focus) layout(); else putBack(); };
  ckg.enterFocus = enter; ckg.leaveFocus = leave;
})();
