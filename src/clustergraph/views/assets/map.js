/* clustergraph map: legend, search, filters, a year slider, focus (neighbourhood to N degrees,
 * paths between two organisations), a details panel beside the graph, labels placed by
 * importance without collisions, layouts with borders, drill-down for aggregated maps, the view
 * kept in the URL, PNG and SVG export; on top of vis-network (inlined before this script).
 * Every text from the data goes into the page through textContent or canvas text, never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("cg-data").textContent);
  var T = D.text, N = D.nodes.length, INFO = D.info, EINFO = D.edgeInfo, GROUPS = D.groups;
  var AGG = !!GROUPS, DIM = "#e3e8ee", LOCALE = D.lang === "de" ? "de-DE" : "en";
  var OTHER = "\u0000other";
  var state = {
    facets: { land: "", industry: "", level: "", programme: "" },
    kind: "", from: "", to: "", year: "",
    hiddenColors: new Set(), expanded: new Set(),
    focus: null, depth: 1, pathTo: null, layout: D.layout
  };
  var el = function (id) { return document.getElementById(id); };
  function make(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fmt(s, o) { return String(s).replace(/\{(\w+)\}/g, function (_m, k) { return o[k]; }); }
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function num(n) { return n.toLocaleString(LOCALE); }
  function short(s) { s = String(s); return s.length > 26 ? s.slice(0, 24).trim() + "…" : s; }

  // ------------------------------------------------------------------ adjacency, positions, keys
  var adj = [];
  for (var i = 0; i < N; i++) adj.push([]);
  D.edges.forEach(function (e, k) { adj[e.from].push(k); adj[e.to].push(k); });
  function pos(i) { var p = D.layouts[state.layout].nodes[i]; return { x: p[0], y: p[1] }; }
  function gpos(g) { var L = D.layouts[state.layout], p = L.groups ? L.groups[g] : [0, 0]; return { x: p[0], y: p[1] }; }
  var KEY = [], BYKEY = new Map();
  for (i = 0; i < N; i++) {
    var k0 = INFO[i].iri ? INFO[i].iri.replace(/^.*\/id\//, "") : "#" + i;
    if (BYKEY.has(k0)) k0 = "#" + i;
    KEY.push(k0); BYKEY.set(k0, i);
  }
  var vmin = D.legend.size[0], vmax = D.legend.size[1];
  function radius(i) { return vmax > vmin ? 6 + 30 * (D.nodes[i].value - vmin) / (vmax - vmin) : 10; }
  var ORDER = D.nodes.map(function (_n, j) { return j; }).sort(function (a, b) { return D.nodes[b].value - D.nodes[a].value || a - b; });

  // ------------------------------------------------------------------ filters (same rules as clustergraph.network.active)
  function lo(d) { return d ? d + "-01-01".slice(d.length - 4) : ""; }
  function hi(d) { return d ? d + "-12-31".slice(d.length - 4) : ""; }
  function from_() { return state.year || state.from; }
  function to_() { return state.year || state.to; }
  function spanOk(sp) {
    if (state.kind && sp[0] !== state.kind) return false;
    var f = from_(), t = to_();
    if (!f && !t) return true;
    var s = sp[1], e = sp[2];
    if (!s && !e) return false;
    if (t && s && lo(s) > hi(t)) return false;
    return !(f && e && hi(e) < lo(f));
  }
  function spansOk(sps) { return !sps || sps.length === 0 ? null : sps.some(spanOk); }
  function spanFilterOn() { return !!(state.kind || from_() || to_()); }
  // 0 hidden; 1 shown; 2 a filtered facet does not apply (shown if tied to a node shown on its own
  // merits by an edge that passes); 3 no period or kind of its own (shown if it keeps such an edge)
  function nodeVerdict(i) {
    var info = INFO[i];
    if (state.hiddenColors.has(info.c)) return 0;
    var neutral = false, spanNeutral = false;
    for (var k in state.facets) {
      var want = state.facets[k];
      if (!want) continue;
      var have = info.a[k];
      if (!have) { neutral = true; continue; }
      if (have.indexOf(want) < 0) return 0;
    }
    if (spanFilterOn()) {
      var ok = spansOk(info.sp);
      if (ok === false) return 0;
      if (ok === null && adj[i].length) spanNeutral = true;
    }
    return neutral ? 2 : spanNeutral ? 3 : 1;
  }
  function edgeOk(k) { return !spanFilterOn() || spansOk(EINFO[k].sp) !== false; }
  function computeVisible() {
    var v = new Int8Array(N), show = new Uint8Array(N);
    for (var i = 0; i < N; i++) v[i] = nodeVerdict(i);
    for (i = 0; i < N; i++) {
      if (v[i] === 1) { show[i] = 1; continue; }
      if (v[i] === 0) continue;
      for (var j = 0; j < adj[i].length; j++) {
        var e = D.edges[adj[i][j]], o = e.from === i ? e.to : e.from;
        if ((v[i] === 2 ? v[o] === 1 : v[o] !== 0) && edgeOk(adj[i][j])) { show[i] = 1; break; }
      }
    }
    return show;
  }

  // ------------------------------------------------------------------ focus: neighbourhood and paths
  function bfs(src, edges) {
    var nb = new Map();
    edges.forEach(function (e) {
      if (!nb.has(e.from)) nb.set(e.from, []);
      if (!nb.has(e.to)) nb.set(e.to, []);
      nb.get(e.from).push(e.to); nb.get(e.to).push(e.from);
    });
    var dist = new Map([[src, 0]]), queue = [src];
    for (var q = 0; q < queue.length; q++) {
      (nb.get(queue[q]) || []).forEach(function (o) {
        if (!dist.has(o)) { dist.set(o, dist.get(queue[q]) + 1); queue.push(o); }
      });
    }
    return { dist: dist, nb: nb };
  }
  var lastPaths = null;
  function focusSets(nodes, edges) {  // {near: Set of ids, on: edge test}
    var a = bfs(state.focus, edges);
    if (state.pathTo !== null && nodes.has(state.pathTo)) {
      var b = bfs(state.pathTo, edges), L = a.dist.get(state.pathTo);
      lastPaths = { len: L === undefined ? null : L, list: [] };
      var near = new Set();
      if (L !== undefined) {
        a.dist.forEach(function (d, id) { if (b.dist.has(id) && d + b.dist.get(id) === L) near.add(id); });
        (function walk(id, path) {  // up to 5 shortest paths, for the panel
          if (lastPaths.list.length >= 5) return;
          if (id === state.pathTo) { lastPaths.list.push(path.slice()); return; }
          (a.nb.get(id) || []).forEach(function (o) {
            if (near.has(o) && a.dist.get(o) === a.dist.get(id) + 1) { path.push(o); walk(o, path); path.pop(); }
          });
        })(state.focus, [state.focus]);
      }
      return { near: near, on: function (e) {
        return near.has(e.from) && near.has(e.to) && Math.abs(a.dist.get(e.from) - a.dist.get(e.to)) === 1 &&
          a.dist.get(e.from) + b.dist.get(e.from) === L && a.dist.get(e.to) + b.dist.get(e.to) === L;
      } };
    }
    lastPaths = null;
    var within = new Set();
    a.dist.forEach(function (d, id) { if (d <= state.depth) within.add(id); });
    return { near: within, on: function (e) {
      return within.has(e.from) && within.has(e.to) && Math.min(a.dist.get(e.from), a.dist.get(e.to)) < state.depth;
    } };
  }

  // ------------------------------------------------------------------ what is drawn
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();
  var current = { nodes: new Map(), edges: new Map() }, lastShow = null, highlighted = null;
  function shownAsSelf(i) { return !AGG || state.expanded.has(INFO[i].g); }
  var groupText = new Map();
  function view() {
    var show = computeVisible();
    groupText = new Map();
    lastShow = show;
    var nodes = new Map(), edges = new Map(), gShown = AGG ? new Int32Array(GROUPS.length) : null;
    for (var q = 0; q < N; q++) {  // large nodes first: small ones are drawn over them, and clicked first
      var i = ORDER[q];
      if (!show[i]) continue;
      if (shownAsSelf(i)) {
        var n = D.nodes[i], p = pos(i);
        nodes.set(i, { id: i, x: p.x, y: p.y, value: n.value, shape: n.shape, color: n.color });
      } else gShown[INFO[i].g] += 1;
    }
    if (AGG) {
      GROUPS.forEach(function (g, gi) {
        if (!gShown[gi] || state.expanded.has(gi)) return;
        var p = gpos(gi);
        nodes.set("g" + gi, {  // its name is drawn with the other labels, at a size that does not grow with zoom
          id: "g" + gi, x: p.x, y: p.y, size: g.r, shape: "dot", color: g.color, borderWidth: 2
        });
        groupText.set("g" + gi, short(g.name) + " (" + num(gShown[gi]) + ")");
      });
    }
    D.edges.forEach(function (e, k) {
      if (!show[e.from] || !show[e.to] || !edgeOk(k)) return;
      var a = shownAsSelf(e.from) ? e.from : "g" + INFO[e.from].g, b = shownAsSelf(e.to) ? e.to : "g" + INFO[e.to].g;
      if (a === b) return;
      if (typeof a === "number" && typeof b === "number") { edges.set(k, { id: k, from: a, to: b, width: e.width }); return; }
      var key = String(a) < String(b) ? "a:" + a + ":" + b : "a:" + b + ":" + a, agg = edges.get(key);
      if (agg) { agg.w += EINFO[k].w; agg.n += 1; } else edges.set(key, { id: key, from: a, to: b, w: EINFO[k].w, n: 1 });
    });
    edges.forEach(function (e) { if (e.w !== undefined) e.width = Math.min(1 + 1.6 * Math.log2(Math.max(e.w, 1)), 12); });
    highlighted = null;
    if (state.focus !== null && nodes.has(state.focus)) {
      var f = focusSets(nodes, edges);
      highlighted = f.near;
      nodes.forEach(function (n, id) { if (!f.near.has(id)) n.color = DIM; });
      edges.forEach(function (e) { e.color = f.on(e) ? { color: "#334e68", opacity: 0.9 } : { color: DIM, opacity: 0.3 }; });
    } else { state.focus = null; state.pathTo = null; lastPaths = null; }
    return { nodes: nodes, edges: edges };
  }
  function sync(ds, old, wanted) {
    var remove = [];
    old.forEach(function (_v, id) { if (!wanted.has(id)) remove.push(id); });
    if (remove.length) ds.remove(remove);
    var put = [];
    wanted.forEach(function (v, id) { var prev = old.get(id); if (!prev || JSON.stringify(prev) !== JSON.stringify(v)) put.push(v); });
    if (put.length) {
      ds.update(put.map(function (v) {  // properties set before are reset when they disappear
        var c = Object.assign({}, v);
        if (old.has(v.id)) { if (c.font === undefined) c.font = null; if (c.color === undefined) c.color = null; }
        return c;
      }));
    }
  }
  function render() {
    var w = view();
    sync(nodesDS, current.nodes, w.nodes);
    sync(edgesDS, current.edges, w.edges);
    current = w;
    status();
    if (typeof details === "function") details();
    saveURL();
  }
  function status() {
    var shown = 0, g = 0;
    current.nodes.forEach(function (_v, id) { if (typeof id === "number") shown += 1; else g += 1; });
    var text = fmt(T.status, { shown: num(shown), total: num(N), edges: num(current.edges.size) });
    if (AGG) text += fmt(T.status_groups, { n: g });
    el("cg-status").textContent = text;
  }

  // ------------------------------------------------------------------ the view in the URL
  var restoring = true, pendingView = null;
  function saveURL() {
    if (restoring) return;
    var q = new URLSearchParams();
    q.set("l", state.layout);
    for (var f in state.facets) if (state.facets[f]) q.set(f, state.facets[f]);
    if (state.kind) q.set("kind", state.kind);
    if (state.from) q.set("from", state.from);
    if (state.to) q.set("to", state.to);
    if (state.year) q.set("y", state.year);
    if (state.hiddenColors.size) q.set("hide", Array.from(state.hiddenColors).join("|"));
    if (state.expanded.size) q.set("open", Array.from(state.expanded).join(","));
    if (typeof state.focus === "number") { q.set("n", KEY[state.focus]); q.set("d", state.depth); }
    if (typeof state.pathTo === "number") q.set("to2", KEY[state.pathTo]);
    if (network) {
      var c = network.getViewPosition();
      q.set("v", [c.x.toFixed(1), c.y.toFixed(1), network.getScale().toFixed(4)].join(","));
    }
    try { history.replaceState(null, "", "#" + q.toString()); } catch (err) { /* a sandboxed frame */ }
  }
  function readURL() {
    var q = new URLSearchParams(location.hash.slice(1));
    if (q.get("l") && D.layouts[q.get("l")]) state.layout = q.get("l");
    for (var f in state.facets) state.facets[f] = q.get(f) || "";
    state.kind = q.get("kind") || "";
    state.from = /^\d{4}$/.test(q.get("from") || "") ? q.get("from") : "";
    state.to = /^\d{4}$/.test(q.get("to") || "") ? q.get("to") : "";
    state.year = /^\d{4}$/.test(q.get("y") || "") ? q.get("y") : "";
    if (q.get("hide")) q.get("hide").split("|").forEach(function (k) { state.hiddenColors.add(k); });
    if (q.get("open") && AGG) q.get("open").split(",").forEach(function (g) { if (GROUPS[+g]) state.expanded.add(+g); });
    if (q.get("n") && BYKEY.has(q.get("n"))) {
      state.focus = BYKEY.get(q.get("n"));
      state.depth = Math.max(1, Math.min(3, +q.get("d") || 1));
      if (AGG) state.expanded.add(INFO[state.focus].g);
    }
    if (q.get("to2") && BYKEY.has(q.get("to2"))) state.pathTo = BYKEY.get(q.get("to2"));
    var v = (q.get("v") || "").split(",").map(Number);
    if (v.length === 3 && v.every(isFinite) && v[2] > 0) pendingView = { x: v[0], y: v[1], scale: v[2] };
  }
  readURL();

  // ------------------------------------------------------------------ first drawing
  var network = null;
  var w0 = view();
  nodesDS.add(Array.from(w0.nodes.values(), function (v) { return Object.assign({}, v); }));
  edgesDS.add(Array.from(w0.edges.values(), function (v) { return Object.assign({}, v); }));
  current = w0;
  D.options.interaction.dragNodes = false;  // positions come from the layout
  network = new vis.Network(el("cg-net"), { nodes: nodesDS, edges: edgesDS }, D.options);
  if (pendingView) network.moveTo({ position: { x: pendingView.x, y: pendingView.y }, scale: pendingView.scale, animation: false });

  // ------------------------------------------------------------------ background: borders, graticule, tray
  network.on("beforeDrawing", function (ctx) {
    var L = D.layouts[state.layout], s = network.getScale();
    if (!L.lines) return;
    ctx.save();
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#9fb0c0"; ctx.lineWidth = 1.2 / s;
    (L.countries || []).forEach(function (c) {
      var r = c[1];
      ctx.fillStyle = c[0] === "DE" ? "#f6f7f9" : "#eceff3";
      ctx.beginPath(); ctx.moveTo(r[0], r[1]);
      for (var j = 2; j < r.length; j += 2) ctx.lineTo(r[j], r[j + 1]);
      ctx.closePath(); ctx.fill(); ctx.stroke();
    });
    ctx.strokeStyle = "#b3c0cc"; ctx.lineWidth = 1 / s; ctx.setLineDash([5 / s, 3 / s]);
    (L.lands || []).forEach(function (r) {
      ctx.beginPath(); ctx.moveTo(r[0], r[1]);
      for (var j = 2; j < r.length; j += 2) ctx.lineTo(r[j], r[j + 1]);
      ctx.stroke();
    });
    ctx.setLineDash([]);
    ctx.strokeStyle = "rgba(188, 204, 220, 0.35)";
    L.lines.forEach(function (l) { ctx.beginPath(); ctx.moveTo(l[0], l[1]); ctx.lineTo(l[2], l[3]); ctx.stroke(); });
    var f = L.frame;
    ctx.strokeStyle = "#bcccdc"; ctx.strokeRect(f[0], f[1], f[2] - f[0], f[3] - f[1]);
    if (L.tray) {
      var t = L.tray;
      ctx.fillStyle = "#f7f3ea"; ctx.strokeStyle = "#c9b88f";
      ctx.fillRect(t[0], t[1], t[2] - t[0], t[3] - t[1]); ctx.strokeRect(t[0], t[1], t[2] - t[0], t[3] - t[1]);
      ctx.fillStyle = "#6b5b3a"; ctx.font = "600 " + (12 / s) + "px system-ui, sans-serif";
      ctx.fillText(t[5], t[0], t[1] - 6 / s);
    }
    ctx.fillStyle = "rgba(82, 96, 109, 0.5)"; ctx.textAlign = "center";
    ctx.font = "600 " + Math.max(16, 12 / s) + "px system-ui, sans-serif";
    L.labels.forEach(function (l) { ctx.fillText(l[2], l[0], l[1]); });
    ctx.textAlign = "left"; ctx.font = (10 / s) + "px system-ui, sans-serif"; ctx.fillStyle = "#9aa5b1";
    ctx.fillText(T.borders, f[0], f[3] + 14 / s);
    ctx.restore();
  });

  // ------------------------------------------------------------------ labels: by importance, no collisions, shortened
  var placed = [];
  network.on("afterDrawing", function (ctx) {
    var s = network.getScale(), c = network.getViewPosition(), box = el("cg-net"), W = box.clientWidth, H = box.clientHeight;
    var taken = [], cell = 40, grid = new Map();
    function free(r) {
      for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++)
        for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) {
          var list = grid.get(gx + ":" + gy);
          if (list) for (var j = 0; j < list.length; j++) {
            var o = list[j];
            if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) return false;
          }
        }
      return true;
    }
    function take(r) {
      for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++)
        for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) {
          var key = gx + ":" + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(r);
        }
      taken.push(r);
    }
    placed = [];
    ctx.save();
    ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
    ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.font = "600 13px system-ui, sans-serif"; ctx.textBaseline = "middle";
    groupText.forEach(function (text, id) {  // the groups of an aggregated map first, at their centre
      if (!current.nodes.has(id)) return;
      var p = gpos(+id.slice(1)), x = (p.x - c.x) * s + W / 2, y = (p.y - c.y) * s + H / 2;
      var tw = ctx.measureText(text).width;
      if (x < 0 || y < 0 || x > W || y > H) return;
      x = Math.max(tw / 2 + 4, Math.min(W - tw / 2 - 4, x)); y = Math.max(10, Math.min(H - 10, y));
      var rect = [x - tw / 2 - 3, y - 9, x + tw / 2 + 3, y + 9];
      if (!free(rect)) return;
      take(rect);
      ctx.fillStyle = "#1f2933"; ctx.strokeText(text, x, y); ctx.fillText(text, x, y);
      placed.push([id, x, y - 7, text]);
    });
    ctx.font = "12px system-ui, sans-serif"; ctx.textBaseline = "top";
    var first = highlighted ? Array.from(highlighted).filter(function (id) { return typeof id === "number"; }) : [];
    if (typeof state.focus === "number") first.unshift(state.focus);
    var order = first.concat(ORDER), seen = new Set(), tried = 0;
    for (var q = 0; q < order.length && placed.length < 220 && tried < 4000; q++) {
      var i = order[q];
      if (seen.has(i) || !current.nodes.has(i) || (highlighted && !highlighted.has(i))) continue;
      seen.add(i);
      var p = pos(i), x = (p.x - c.x) * s + W / 2, y = (p.y - c.y) * s + H / 2;
      if (x < 0 || y < 0 || x > W || y > H) continue;  // the node is off the canvas: no name
      tried += 1;
      var text = short(D.nodes[i].label), tw = ctx.measureText(text).width, r = radius(i) * s;
      // inside the canvas: pushed in from the left and right edges, above the node at the bottom edge
      var lx = Math.max(tw / 2 + 3, Math.min(W - tw / 2 - 3, x)), ly = y + r + 2;
      if (ly + 15 > H) ly = y - r - 16;
      if (ly < 1 || tw + 6 > W) continue;
      var rect = [lx - tw / 2 - 2, ly - 1, lx + tw / 2 + 2, ly + 14];
      if (!free(rect)) continue;
      take(rect);
      ctx.fillStyle = "#1f2933";
      ctx.strokeText(text, lx, ly); ctx.fillText(text, lx, ly);
      placed.push([i, lx, ly, text]);
    }
    ctx.restore();
  });

  // ------------------------------------------------------------------ hover: a small name tag; click: the details panel
  var tip = el("cg-tip");
  function hoverTip(id, dom) {
    tip.textContent = "";
    if (typeof id === "string" && id.charAt(0) === "g") {
      var g = GROUPS[+id.slice(1)];
      tip.appendChild(make("b", g.name)); tip.appendChild(make("span", fmt(T.group_of, { n: g.size })));
    } else if (typeof id === "number") {
      tip.appendChild(make("b", D.nodes[id].label)); tip.appendChild(make("span", INFO[id].k));
    } else return;
    tip.hidden = false;
    var box = el("cg-main").getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(dom.x + 12, box.width - tip.offsetWidth - 6)) + "px";
    tip.style.top = Math.max(4, Math.min(dom.y + 12, box.height - tip.offsetHeight - 6)) + "px";
  }
  network.on("hoverNode", function (p) { hoverTip(p.node, p.pointer.DOM); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  var panel = el("cg-details"), edgeShown = null;
  function addFacts(box, facts) {
    var dl = make("dl");
    facts.forEach(function (f) { dl.appendChild(make("dt", f[0])); dl.appendChild(make("dd", f[1])); });
    box.appendChild(dl);
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : null; }
  function nodeLink(i, text) {
    var a = make("span", text || D.nodes[i].label, "cg-link");
    a.setAttribute("role", "link"); a.tabIndex = 0;
    a.addEventListener("click", function () { select(i); });
    return a;
  }
  function closeButton() {
    var c = make("button", "×", "cg-close");
    c.type = "button"; c.setAttribute("aria-label", T.close);
    c.addEventListener("click", function () { state.focus = null; state.pathTo = null; edgeShown = null; network.unselectAll(); render(); });
    panel.appendChild(c);
  }
  function details() {
    panel.textContent = "";
    if (edgeShown !== null && current.edges.has(edgeShown)) return edgeDetails(edgeShown);
    var id = state.focus;
    if (typeof id !== "number") { panel.appendChild(make("p", T.details_hint, "cg-kind")); return; }
    var info = INFO[id];
    panel.appendChild(make("h2", D.nodes[id].label));
    panel.appendChild(make("p", info.k, "cg-kind"));
    addFacts(panel, info.f);
    if (info.p && info.p[state.layout]) addFacts(panel, [[T.position, info.p[state.layout]]]);
    var depth = make("div", null, "cg-depth");
    depth.appendChild(make("span", T.depth));
    [1, 2, 3].forEach(function (d) {
      var b = make("button", String(d), d === state.depth && state.pathTo === null ? "cg-on" : "");
      b.type = "button"; b.dataset.depth = d;
      b.addEventListener("click", function () { state.depth = d; state.pathTo = null; render(); });
      depth.appendChild(b);
    });
    depth.appendChild(make("span", T.degrees));
    panel.appendChild(depth);
    var input = make("input"); input.type = "search"; input.id = "cg-path-search"; input.placeholder = T.path_to;
    var found = make("ul"); found.id = "cg-path-results";
    input.addEventListener("input", function () {
      found.textContent = "";
      var q = norm(input.value.trim());
      if (!q) return;
      for (var j = 0, n = 0; j < N && n < 8; j++) {
        if (j !== id && names[j].indexOf(q) >= 0) {
          var li = make("li", D.nodes[j].label); li.dataset.node = String(j);
          li.addEventListener("click", (function (t) { return function () { setPathTo(t); }; })(j));
          found.appendChild(li); n++;
        }
      }
    });
    panel.appendChild(input); panel.appendChild(found);
    if (state.pathTo !== null && lastPaths) {
      if (lastPaths.len === null) panel.appendChild(make("p", T.no_path, "cg-kind"));
      else {
        panel.appendChild(make("h3", fmt(T.paths, { n: lastPaths.list.length, len: lastPaths.len })));
        var ol = make("ol");
        lastPaths.list.forEach(function (path) {
          var li = make("li");
          path.forEach(function (n, j) { if (j) li.appendChild(document.createTextNode(" → ")); li.appendChild(nodeLink(n, short(D.nodes[n].label))); });
          ol.appendChild(li);
        });
        panel.appendChild(ol);
      }
    }
    if (info.r && info.r.length) {
      panel.appendChild(make("h3", T.recommend));
      var rl = make("ol"); rl.id = "cg-recommend";
      info.r.forEach(function (r) {
        var li = make("li");
        li.appendChild(nodeLink(r[0]));
        (Array.isArray(r[2]) ? r[2] : [r[2]]).forEach(function (why) { li.appendChild(make("div", why, "cg-why")); });
        (r[3] || []).forEach(function (ev) { li.appendChild(make("div", "· " + ev, "cg-why")); });
        rl.appendChild(li);
      });
      panel.appendChild(rl);
    }
    if (info.s.length) {
      panel.appendChild(make("h3", T.sources + " (" + info.s.length + ")"));
      var sl = make("ol", null, "cg-src");
      info.s.slice(0, 12).forEach(function (s) {
        var li = make("li"), url = safeUrl(s[0]);
        if (url) {
          var a = make("a", s[1] || s[0]);
          a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; a.title = s[0];
          li.appendChild(a);
        } else li.textContent = s[1] || s[0];
        sl.appendChild(li);
      });
      if (info.s.length > 12) sl.appendChild(make("li", fmt(T.more, { n: info.s.length - 12 })));
      panel.appendChild(sl);
    }
    if (info.iri) panel.appendChild(make("p", info.iri, "cg-kind"));
    closeButton();
  }
  function edgeDetails(id) {
    var e = current.edges.get(id), a = e.from, b = e.to;
    function name(x) { return typeof x === "number" ? D.nodes[x].label : GROUPS[+String(x).slice(1)].name; }
    panel.appendChild(make("h2", name(a) + " — " + name(b)));
    if (typeof id === "number") addFacts(panel, EINFO[id].f);
    else addFacts(panel, [[T.ties, String(e.n)], [T.weight, String(e.w)]]);
    closeButton();
  }

  // ------------------------------------------------------------------ click: focus, drill down
  function expand(gi, keepView) {
    state.expanded.add(gi);
    el("cg-collapse").hidden = false;
    render();
    if (keepView) return;
    var members = [];
    for (var i = 0; i < N; i++) if (INFO[i].g === gi && current.nodes.has(i)) members.push(i);
    if (members.length) network.fit({ nodes: members, animation: false, maxZoomLevel: 0.7 });
  }
  network.on("click", function (p) {
    edgeShown = null;
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (typeof id === "string" && id.charAt(0) === "g") { state.focus = null; expand(+id.slice(1)); return; }
      if (p.event && p.event.srcEvent && p.event.srcEvent.shiftKey && typeof state.focus === "number" && id !== state.focus) {
        setPathTo(id); return;
      }
      state.focus = id; state.pathTo = null;
      render();
    } else if (p.edges.length) {
      edgeShown = p.edges[0]; details();
    } else { state.focus = null; state.pathTo = null; render(); }
  });
  function select(i) {
    if (AGG && !state.expanded.has(INFO[i].g)) state.expanded.add(INFO[i].g);
    if (lastShow && !lastShow[i]) resetFilters(false);
    state.focus = i; state.pathTo = null; edgeShown = null;
    render();
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: false });
    saveURL();
  }
  function setPathTo(j) {
    if (typeof state.focus !== "number" || j === state.focus) return;
    if (AGG) state.expanded.add(INFO[j].g);
    if (lastShow && !lastShow[j]) resetFilters(false);
    state.pathTo = j; render();
  }
  function setFocus(i, depth) { state.depth = depth || 1; select(i); }

  // ------------------------------------------------------------------ search
  var names = D.nodes.map(function (n, i) {
    var alt = "";
    INFO[i].f.forEach(function (f) { if (f[0] === T.aka) alt = f[1]; });
    return norm(n.label + " " + alt);
  });
  var search = el("cg-search"), results = el("cg-results");
  search.addEventListener("input", function () {
    results.textContent = "";
    var q = norm(search.value.trim());
    if (!q) return;
    var found = [];
    for (var i = 0; i < N && found.length < 12; i++) if (names[i].indexOf(q) >= 0) found.push(i);
    found.forEach(function (i, k) {
      var li = make("li", D.nodes[i].label + " · " + INFO[i].k);
      li.setAttribute("role", "option");
      if (k === 0) li.className = "cg-active";
      li.addEventListener("click", function () { results.textContent = ""; select(i); });
      li.dataset.node = String(i);
      results.appendChild(li);
    });
    if (!found.length) results.appendChild(make("li", T.no_match));
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = results.querySelector("li[data-node]");
    if (first) { results.textContent = ""; select(+first.dataset.node); }
  });

  // ------------------------------------------------------------------ filter controls and the year slider
  function fillSelect(id, options) {
    var s = el(id);
    s.appendChild(make("option", T.all)); s.firstChild.value = "";
    options.forEach(function (o) { var opt = make("option", o[1] + " · " + o[2]); opt.value = o[0]; s.appendChild(opt); });
    if (!options.length) s.disabled = true;
  }
  ["land", "industry", "level", "programme", "kind"].forEach(function (f) { fillSelect("cg-f-" + f, D.filters[f]); });
  var slider = el("cg-year"), yearOut = el("cg-year-out");
  if (D.filters.years.length) {
    var yr = D.filters.years[0];
    el("cg-f-from").placeholder = T.from + " " + yr[0]; el("cg-f-to").placeholder = T.to + " " + yr[1];
    slider.min = yr[0]; slider.max = yr[1]; slider.value = yr[1];
  } else el("cg-time").hidden = true;
  function showControls() {
    ["land", "industry", "level", "programme"].forEach(function (f) { el("cg-f-" + f).value = state.facets[f]; });
    el("cg-f-kind").value = state.kind; el("cg-f-from").value = state.from; el("cg-f-to").value = state.to;
    if (state.year) slider.value = state.year;
    yearOut.textContent = state.year || T.all_years;
    document.querySelectorAll("#cg-legend li[data-key]").forEach(function (x) { x.classList.toggle("cg-off", state.hiddenColors.has(x.dataset.key)); });
  }
  function setYear(y) { state.year = y ? String(y) : ""; yearOut.textContent = state.year || T.all_years; if (y) slider.value = y; render(); }
  slider.addEventListener("input", function () { setYear(slider.value); });
  el("cg-year-all").addEventListener("click", function () { setYear(""); });
  function refit() { render(); if (nodesDS.length) network.fit({ animation: false, maxZoomLevel: 1.2 }); saveURL(); }
  ["land", "industry", "level", "programme"].forEach(function (f) {
    el("cg-f-" + f).addEventListener("change", function (ev) { state.facets[f] = ev.target.value; refit(); });
  });
  el("cg-f-kind").addEventListener("change", function (ev) { state.kind = ev.target.value; refit(); });
  function year(v) { return /^\d{4}$/.test(v) ? v : ""; }
  el("cg-f-from").addEventListener("change", function (ev) { state.from = year(ev.target.value); refit(); });
  el("cg-f-to").addEventListener("change", function (ev) { state.to = year(ev.target.value); refit(); });
  function resetFilters(all) {
    state.facets = { land: "", industry: "", level: "", programme: "" };
    state.kind = state.from = state.to = state.year = "";
    state.hiddenColors.clear();
    showControls();
    if (all) { state.focus = null; state.pathTo = null; edgeShown = null; network.unselectAll(); }
  }
  el("cg-reset").addEventListener("click", function () { resetFilters(true); refit(); });
  el("cg-collapse").addEventListener("click", function () {
    state.expanded.clear(); state.focus = null; el("cg-collapse").hidden = true; render();
  });

  // ------------------------------------------------------------------ legend
  (function legend() {
    var box = el("cg-legend"), L = D.legend;
    box.appendChild(make("span", T.colour + ": " + L.colorBy, "cg-h"));
    var ul = make("ul");
    L.colors.forEach(function (c) {
      var li = make("li");
      li.dataset.key = c.key;
      if (c.members) li.title = c.members.join(", ");
      var sw = make("span", null, "cg-swatch"); sw.style.background = c.color;
      li.appendChild(sw); li.appendChild(make("span", c.label, "cg-name")); li.appendChild(make("span", num(c.count), "cg-n"));
      li.addEventListener("click", function () {
        if (state.hiddenColors.has(c.key)) state.hiddenColors.delete(c.key); else state.hiddenColors.add(c.key);
        li.classList.toggle("cg-off", state.hiddenColors.has(c.key));
        render();
      });
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.appendChild(make("span", T.shape, "cg-h"));
    var us = make("ul");
    L.shapes.forEach(function (s) {
      var li = make("li", null, "cg-static");
      li.appendChild(make("span", s.symbol, "cg-sym")); li.appendChild(make("span", s.key || "node", "cg-name"));
      li.appendChild(make("span", num(s.count), "cg-n"));
      us.appendChild(li);
    });
    box.appendChild(us);
    box.appendChild(make("span", T.size + ": " + L.sizeBy + " (" + L.size[0] + "–" + L.size[1] + ")", "cg-h"));
    box.appendChild(make("span", T.edge_width, "cg-h"));
  })();

  // ------------------------------------------------------------------ layouts
  function setLayout(name) {
    if (!D.layouts[name]) return;
    state.layout = name;
    document.querySelectorAll("#cg-layout-buttons button").forEach(function (b) { b.classList.toggle("cg-on", b.dataset.layout === name); });
    render();
    network.fit({ animation: false });
    saveURL();
  }
  Object.keys(D.layouts).forEach(function (name) {
    var b = make("button", T[name] || name);
    b.type = "button"; b.dataset.layout = name;
    if (name === state.layout) b.className = "cg-on";
    b.addEventListener("click", function () { setLayout(name); });
    el("cg-layout-buttons").appendChild(b);
  });

  // ------------------------------------------------------------------ export: PNG and SVG of the view
  function canvas() { return el("cg-net").querySelector("canvas"); }
  function exportPNG() {
    var src = canvas(), out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
    return out.toDataURL("image/png");
  }
  function exportSVG() {
    var NS = "http://www.w3.org/2000/svg", box = el("cg-net"), W = box.clientWidth, H = box.clientHeight;
    var s = network.getScale(), c = network.getViewPosition();
    function X(x) { return ((x - c.x) * s + W / 2).toFixed(1); }
    function Y(y) { return ((y - c.y) * s + H / 2).toFixed(1); }
    function node(tag, attrs, text) {
      var e = document.createElementNS(NS, tag);
      for (var k in attrs) e.setAttribute(k, attrs[k]);
      if (text !== undefined) e.textContent = text;
      return e;
    }
    var svg = node("svg", { xmlns: NS, width: W, height: H, viewBox: "0 0 " + W + " " + H, "font-family": "system-ui, sans-serif" });
    svg.appendChild(node("title", {}, D.title));
    svg.appendChild(node("rect", { width: W, height: H, fill: "#ffffff" }));
    var L = D.layouts[state.layout];
    function poly(r, close) { var d = ""; for (var j = 0; j < r.length; j += 2) d += (j ? "L" : "M") + X(r[j]) + " " + Y(r[j + 1]); return d + (close ? "Z" : ""); }
    (L.countries || []).forEach(function (cc) { svg.appendChild(node("path", { d: poly(cc[1], true), fill: cc[0] === "DE" ? "#f6f7f9" : "#eceff3", stroke: "#9fb0c0", "stroke-width": 1.2 })); });
    (L.lands || []).forEach(function (r) { svg.appendChild(node("path", { d: poly(r, false), fill: "none", stroke: "#b3c0cc", "stroke-dasharray": "5 3" })); });
    function at(id) { return typeof id === "number" ? pos(id) : gpos(+String(id).slice(1)); }
    current.edges.forEach(function (e) {
      var a = at(e.from), b = at(e.to), col = e.color ? e.color.color : "#8a97a5", op = e.color ? e.color.opacity : 0.45;
      svg.appendChild(node("line", { x1: X(a.x), y1: Y(a.y), x2: X(b.x), y2: Y(b.y), stroke: col, "stroke-opacity": op, "stroke-width": Math.max(0.5, e.width * Math.min(1, s)).toFixed(2) }));
    });
    current.nodes.forEach(function (n, id) {
      var p = at(id), r = (typeof id === "number" ? radius(id) : n.size) * s;
      var g = node("circle", { cx: X(p.x), cy: Y(p.y), r: Math.max(1.5, r).toFixed(1), fill: typeof n.color === "string" ? n.color : "#97c2fc", stroke: "#2b2b2b", "stroke-opacity": 0.35 });
      g.appendChild(node("title", {}, typeof id === "number" ? D.nodes[id].label : n.label));
      svg.appendChild(g);
    });
    placed.forEach(function (l) {
      svg.appendChild(node("text", { x: l[1].toFixed(1), y: (l[2] + 10).toFixed(1), "text-anchor": "middle", "font-size": 12, fill: "#1f2933", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" }, l[3]));
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
  }
  function download(href, name) { var a = make("a"); a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove(); }
  el("cg-png").addEventListener("click", function () { download(exportPNG(), "clustergraph-map.png"); });
  el("cg-svg").addEventListener("click", function () { download("data:image/svg+xml;charset=utf-8," + encodeURIComponent(exportSVG()), "clustergraph-map.svg"); });
  el("cg-link").addEventListener("click", function () {
    saveURL();
    var done = function () { el("cg-link").textContent = T.copied; };
    if (navigator.clipboard) navigator.clipboard.writeText(location.href).then(done, function () {}); else done();
  });

  // ------------------------------------------------------------------ the API the tests and benchmarks use
  var api = {
    network: network, nodes: nodesDS, edges: edgesDS, data: D, ready: false, readyAt: null,
    visibleNodeCount: function () { var c = 0; current.nodes.forEach(function (_v, id) { if (typeof id === "number") c += 1; }); return c; },
    visibleEdgeCount: function () { return current.edges.size; },
    nodeIdByLabel: function (label) { for (var i = 0; i < N; i++) if (D.nodes[i].label === label) return i; return null; },
    domPosition: function (id) { return network.canvasToDOM(network.getPosition(id)); },
    highlighted: function () { return highlighted ? Array.from(highlighted) : []; },
    labels: function () { return placed.map(function (l) { return { node: l[0], x: l[1], y: l[2], text: l[3] }; }); },
    paths: function () { return lastPaths; },
    state: function () {
      return { layout: state.layout, facets: Object.assign({}, state.facets), kind: state.kind, from: state.from, to: state.to,
        year: state.year, hidden: Array.from(state.hiddenColors).sort(), focus: state.focus, depth: state.depth, pathTo: state.pathTo,
        scale: network.getScale(), view: network.getViewPosition() };
    },
    frameTime: function (frames) {  // ms per synchronous redraw while panning (median)
      var times = [], c = network.getViewPosition(), s = network.getScale();
      for (var f = 0; f < (frames || 30); f++) {
        var t0 = performance.now();
        network.moveTo({ position: { x: c.x + (f % 10) * 20 / s, y: c.y }, scale: s, animation: false });
        network.renderer._redraw();
        times.push(performance.now() - t0);
      }
      network.moveTo({ position: c, scale: s, animation: false });
      times.sort(function (a, b) { return a - b; });
      return times[Math.floor(times.length / 2)];
    },
    select: select, setFocus: setFocus, setPathTo: setPathTo, setYear: setYear, setLayout: setLayout, expand: expand,
    render: render, exportPNG: exportPNG, exportSVG: exportSVG, saveURL: saveURL
  };
  window.clustergraphMap = api;
  network.once("afterDrawing", function () {
    api.ready = true; api.readyAt = performance.now();
    document.documentElement.setAttribute("data-map-ready", "1");
  });
  network.on("zoom", saveURL);
  network.on("dragEnd", saveURL);
  showControls();
  if (AGG) el("cg-collapse").hidden = !state.expanded.size;
  restoring = false;
  details();
  status();
  if (typeof state.focus === "number") network.selectNodes([state.focus]);
  saveURL();
})();
