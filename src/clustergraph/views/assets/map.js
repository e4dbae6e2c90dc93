/* clustergraph map: legend, search, filters, neighbourhood highlight, tooltips, layouts and
 * drill-down for aggregated maps, on top of vis-network (inlined before this script).
 * Every text from the data goes into the page through textContent, never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("cg-data").textContent);
  var N = D.nodes.length;
  var INFO = D.info, EINFO = D.edgeInfo, GROUPS = D.groups;
  var AGG = !!GROUPS;
  var DIM = "#e3e8ee";
  var state = {
    facets: { land: "", industry: "", level: "", programme: "" },
    kind: "", from: "", to: "",
    hiddenColors: new Set(),
    expanded: new Set(),
    focus: null,          // id (number or "g<i>") whose neighbourhood is highlighted
    layout: D.layout
  };
  var el = function (id) { return document.getElementById(id); };
  function make(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function norm(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // ------------------------------------------------------------------ adjacency and positions
  var adj = [];
  for (var i = 0; i < N; i++) adj.push([]);
  D.edges.forEach(function (e, k) { adj[e.from].push(k); adj[e.to].push(k); });
  function pos(i) { var p = D.layouts[state.layout].nodes[i]; return { x: p[0], y: p[1] }; }
  function gpos(g) {
    var L = D.layouts[state.layout];
    var p = L.groups ? L.groups[g] : [0, 0];
    return { x: p[0], y: p[1] };
  }

  // ------------------------------------------------------------------ filters
  function lo(d) { return d ? d + "-01-01".slice(d.length - 4) : ""; }
  function hi(d) { return d ? d + "-12-31".slice(d.length - 4) : ""; }
  function spanOk(sp) {  // [kind, start, end]: same rules as clustergraph.network.active
    if (state.kind && sp[0] !== state.kind) return false;
    if (!state.from && !state.to) return true;
    var s = sp[1], e = sp[2];
    if (!s && !e) return false;
    if (state.to && s && lo(s) > hi(state.to)) return false;
    return !(state.from && e && hi(e) < lo(state.from));
  }
  function spansOk(sps) { return !sps || sps.length === 0 ? null : sps.some(spanOk); }
  function spanFilterOn() { return !!(state.kind || state.from || state.to); }
  function facetFilterOn() {
    var f = state.facets;
    return !!(f.land || f.industry || f.level || f.programme);
  }
  // 0 = hidden; 1 = shown; 2 = a filtered facet does not apply to it (a partnership under a
  // Land filter): shown if an edge that passes ties it to a node shown on its own merits;
  // 3 = it has no period or kind of its own (an industry under a kind filter): shown if it
  // keeps an edge that passes, to a node that is not hidden
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
  function edgeOk(k) {
    if (!spanFilterOn()) return true;
    var ok = spansOk(EINFO[k].sp);
    return ok !== false;
  }
  function computeVisible() {
    var v = new Int8Array(N), show = new Uint8Array(N);
    for (var i = 0; i < N; i++) v[i] = nodeVerdict(i);
    for (i = 0; i < N; i++) {
      if (v[i] === 1) { show[i] = 1; continue; }
      if (v[i] === 0) continue;
      var list = adj[i];
      for (var j = 0; j < list.length; j++) {
        var e = D.edges[list[j]], o = e.from === i ? e.to : e.from;
        var good = v[i] === 2 ? v[o] === 1 : v[o] !== 0;
        if (good && edgeOk(list[j])) { show[i] = 1; break; }
      }
    }
    return show;
  }

  // ------------------------------------------------------------------ what is drawn
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();
  var current = { nodes: new Map(), edges: new Map() };
  var lastShow = null;

  function colourOf(i) { return D.nodes[i].color; }
  function neighbourhood(id) {
    var set = new Set([id]);
    edgesDS.forEach(function (e) {
      if (e.from === id) set.add(e.to);
      if (e.to === id) set.add(e.from);
    });
    return set;
  }
  function view() {
    var show = computeVisible();
    lastShow = show;
    var nodes = new Map(), edges = new Map();
    function shownAsSelf(i) { return !AGG || state.expanded.has(INFO[i].g); }
    var gShown = AGG ? new Int32Array(GROUPS.length) : null;
    for (var i = 0; i < N; i++) {
      if (!show[i]) continue;
      if (shownAsSelf(i)) {
        var n = D.nodes[i], p = pos(i);
        nodes.set(i, { id: i, label: n.label, x: p.x, y: p.y, value: n.value, shape: n.shape, color: colourOf(i) });
      } else {
        gShown[INFO[i].g] += 1;
      }
    }
    if (AGG) {
      GROUPS.forEach(function (g, gi) {
        if (!gShown[gi] || state.expanded.has(gi)) return;
        var p = gpos(gi);
        nodes.set("g" + gi, {
          id: "g" + gi, label: g.name + " (" + gShown[gi] + ")", x: p.x, y: p.y,
          size: g.r, shape: "dot", color: g.color, borderWidth: 2,
          font: { size: Math.max(18, g.r * 0.6), strokeWidth: 4 }, scaling: { label: { drawThreshold: 3 } }
        });
      });
    }
    D.edges.forEach(function (e, k) {
      if (!show[e.from] || !show[e.to] || !edgeOk(k)) return;
      var a = shownAsSelf(e.from) ? e.from : "g" + INFO[e.from].g;
      var b = shownAsSelf(e.to) ? e.to : "g" + INFO[e.to].g;
      if (a === b) return;
      if (typeof a === "number" && typeof b === "number") {
        edges.set(k, { id: k, from: a, to: b, width: e.width });
        return;
      }
      var key = String(a) < String(b) ? "a:" + a + ":" + b : "a:" + b + ":" + a;
      var agg = edges.get(key);
      if (agg) { agg.w += EINFO[k].w; agg.n += 1; }
      else edges.set(key, { id: key, from: a, to: b, w: EINFO[k].w, n: 1 });
    });
    edges.forEach(function (e) {
      if (e.w !== undefined) e.width = Math.min(1 + 1.6 * Math.log2(Math.max(e.w, 1)), 12);
    });
    if (state.focus !== null && nodes.has(state.focus)) {
      var near = new Set([state.focus]);
      edges.forEach(function (e) {
        if (e.from === state.focus) near.add(e.to);
        if (e.to === state.focus) near.add(e.from);
      });
      nodes.forEach(function (n, id) {
        if (!near.has(id)) { n.color = DIM; n.font = { color: "#9aa5b1" }; }
        else n.font = { color: "#1f2933" };
      });
      edges.forEach(function (e) {
        var on = e.from === state.focus || e.to === state.focus;
        e.color = on ? { color: "#334e68", opacity: 0.9 } : { color: DIM, opacity: 0.3 };
      });
    } else {
      state.focus = null;
    }
    return { nodes: nodes, edges: edges };
  }
  function sync(ds, old, wanted) {
    var remove = [];
    old.forEach(function (_v, id) { if (!wanted.has(id)) remove.push(id); });
    if (remove.length) ds.remove(remove);
    var put = [];
    wanted.forEach(function (v, id) {
      var prev = old.get(id);
      if (!prev || JSON.stringify(prev) !== JSON.stringify(v)) put.push(v);
    });
    if (put.length) {
      // properties set before (font, colour) are reset (null) when they disappear
      ds.update(put.map(function (v) {
        var c = Object.assign({}, v);
        if (old.has(v.id)) {
          if (c.font === undefined) c.font = null;
          if (c.color === undefined) c.color = null;
        }
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
  }
  function status() {
    var shown = 0;
    current.nodes.forEach(function (_v, id) { if (typeof id === "number") shown += 1; });
    var text = shown.toLocaleString("en") + " of " + N.toLocaleString("en") + " nodes, " +
      current.edges.size.toLocaleString("en") + " edges shown";
    if (AGG) {
      var g = 0;
      current.nodes.forEach(function (_v, id) { if (typeof id === "string") g += 1; });
      text += "; " + g + " groups collapsed (click a group to open it)";
    }
    el("cg-status").textContent = text;
  }

  // first drawing
  var w0 = view();
  nodesDS.add(Array.from(w0.nodes.values(), function (v) { return Object.assign({}, v); }));
  edgesDS.add(Array.from(w0.edges.values(), function (v) { return Object.assign({}, v); }));
  current = w0;
  var container = el("cg-net");
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, D.options);
  var api = {
    network: network, nodes: nodesDS, edges: edgesDS, data: D, ready: false, readyAt: null,
    visibleNodeCount: function () {
      var c = 0;
      current.nodes.forEach(function (_v, id) { if (typeof id === "number") c += 1; });
      return c;
    },
    visibleEdgeCount: function () { return current.edges.size; },
    nodeIdByLabel: function (label) {
      for (var i = 0; i < N; i++) if (D.nodes[i].label === label) return i;
      return null;
    },
    domPosition: function (id) { return network.canvasToDOM(network.getPosition(id)); },
    select: select, setLayout: setLayout, expand: expand, render: render
  };
  window.clustergraphMap = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    document.documentElement.setAttribute("data-map-ready", "1");
  });
  status();

  // ------------------------------------------------------------------ background of geographic layouts
  network.on("beforeDrawing", function (ctx) {
    var L = D.layouts[state.layout];
    if (!L.lines) return;
    var scale = network.getScale();
    ctx.save();
    ctx.lineWidth = 1 / scale;
    ctx.strokeStyle = "#e4e7eb";
    ctx.fillStyle = "#9aa5b1";
    ctx.font = (11 / scale) + "px system-ui, sans-serif";
    L.lines.forEach(function (l) {
      ctx.beginPath(); ctx.moveTo(l[0], l[1]); ctx.lineTo(l[2], l[3]); ctx.stroke();
      ctx.fillText(l[4], l[0] + 3 / scale, l[1] + 12 / scale);
    });
    var f = L.frame;
    ctx.strokeStyle = "#bcccdc";
    ctx.strokeRect(f[0], f[1], f[2] - f[0], f[3] - f[1]);
    ctx.fillStyle = "rgba(82, 96, 109, 0.55)";
    ctx.font = "600 " + Math.max(18, 13 / scale) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    L.labels.forEach(function (t) { ctx.fillText(t[2], t[0], t[1]); });
    ctx.restore();
  });

  // ------------------------------------------------------------------ tooltip
  var tip = el("cg-tip"), pinned = false;
  function addFacts(box, facts) {
    var dl = make("dl");
    facts.forEach(function (f) { dl.appendChild(make("dt", f[0])); dl.appendChild(make("dd", f[1])); });
    box.appendChild(dl);
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : null; }
  function fillNode(id) {
    tip.textContent = "";
    if (typeof id === "string") {
      var g = GROUPS[+id.slice(1)];
      tip.appendChild(make("h2", g.name));
      tip.appendChild(make("p", "group of " + g.size + " nodes: click to open it", "cg-kind"));
      return;
    }
    var info = INFO[id];
    tip.appendChild(make("h2", D.nodes[id].label));
    tip.appendChild(make("p", info.k, "cg-kind"));
    addFacts(tip, info.f);
    if (info.p && info.p[state.layout]) addFacts(tip, [["position", info.p[state.layout]]]);
    if (info.s.length) {
      tip.appendChild(make("strong", "Sources (" + info.s.length + ")"));
      var ol = make("ol");
      info.s.slice(0, 12).forEach(function (s) {
        var li = make("li"), url = safeUrl(s[0]);
        if (url) {
          var a = make("a", s[1] || s[0]);
          a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; a.title = s[0];
          li.appendChild(a);
        } else li.textContent = s[1] || s[0];
        ol.appendChild(li);
      });
      if (info.s.length > 12) ol.appendChild(make("li", "… and " + (info.s.length - 12) + " more"));
      tip.appendChild(ol);
    }
    if (info.iri) tip.appendChild(make("p", info.iri, "cg-kind"));
  }
  function fillEdge(id) {
    tip.textContent = "";
    var e = current.edges.get(id);
    if (!e) return false;
    var a = nodesDS.get(e.from), b = nodesDS.get(e.to);
    tip.appendChild(make("h2", (a ? a.label : "") + " — " + (b ? b.label : "")));
    if (typeof id === "number") addFacts(tip, EINFO[id].f);
    else addFacts(tip, [["ties", String(e.n)], ["weight", String(e.w)]]);
    return true;
  }
  function place(dom) {
    var box = el("cg-main").getBoundingClientRect();
    tip.hidden = false;
    var x = Math.min(dom.x + 14, box.width - tip.offsetWidth - 8);
    var y = Math.min(dom.y + 14, box.height - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function closeButton() {
    var c = make("button", "×", "cg-close");
    c.type = "button"; c.setAttribute("aria-label", "close");
    c.addEventListener("click", function () { hideTip(true); });
    tip.appendChild(c);
  }
  function showTip(kind, id, dom, pin) {
    if (pinned && !pin) return;
    if (kind === "node") fillNode(id); else if (!fillEdge(id)) return;
    pinned = !!pin;
    if (pin) closeButton();
    place(dom);
  }
  function hideTip(force) {
    if (pinned && !force) return;
    pinned = false;
    tip.hidden = true;
  }
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM, false); });
  network.on("blurNode", function () { hideTip(false); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM, false); });
  network.on("blurEdge", function () { hideTip(false); });
  network.on("dragStart", function () { if (!pinned) hideTip(false); });

  // ------------------------------------------------------------------ click: highlight, drill down
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
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (typeof id === "string" && id.charAt(0) === "g") {
        hideTip(true);
        state.focus = null;
        expand(+id.slice(1));
        return;
      }
      state.focus = id;
      render();
      showTip("node", id, p.pointer.DOM, true);
    } else if (p.edges.length) {
      showTip("edge", p.edges[0], p.pointer.DOM, true);
    } else {
      state.focus = null;
      hideTip(true);
      render();
    }
  });
  function select(i) {
    if (AGG && !state.expanded.has(INFO[i].g)) state.expanded.add(INFO[i].g);
    if (lastShow && !lastShow[i]) resetFilters(false);
    state.focus = i;
    render();
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showTip("node", i, network.canvasToDOM(network.getPosition(i)), true);
  }

  // ------------------------------------------------------------------ search
  var names = D.nodes.map(function (n, i) {
    var alt = "";
    INFO[i].f.forEach(function (f) { if (f[0] === "also known as") alt = f[1]; });
    return norm(n.label + " " + alt);
  });
  var search = el("cg-search"), results = el("cg-results");
  function showResults() {
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
    if (!found.length) results.appendChild(make("li", "no match"));
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = results.querySelector("li[data-node]");
    if (first) { results.textContent = ""; select(+first.dataset.node); }
  });

  // ------------------------------------------------------------------ filter controls
  function fillSelect(id, options, anyText) {
    var s = el(id);
    s.appendChild(make("option", anyText));
    s.firstChild.value = "";
    options.forEach(function (o) {
      var opt = make("option", o[1] + " · " + o[2]);
      opt.value = o[0];
      s.appendChild(opt);
    });
    if (!options.length) s.disabled = true;
  }
  fillSelect("cg-f-land", D.filters.land, "all");
  fillSelect("cg-f-industry", D.filters.industry, "all");
  fillSelect("cg-f-level", D.filters.level, "all");
  fillSelect("cg-f-programme", D.filters.programme, "all");
  fillSelect("cg-f-kind", D.filters.kind, "all");
  if (D.filters.years.length) {
    el("cg-f-from").placeholder = "from " + D.filters.years[0][0];
    el("cg-f-to").placeholder = "to " + D.filters.years[0][1];
  }
  function refit() {  // after a filter: frame what is left
    render();
    if (nodesDS.length) network.fit({ animation: false, maxZoomLevel: 1.2 });
  }
  ["land", "industry", "level", "programme"].forEach(function (f) {
    el("cg-f-" + f).addEventListener("change", function (ev) { state.facets[f] = ev.target.value; refit(); });
  });
  el("cg-f-kind").addEventListener("change", function (ev) { state.kind = ev.target.value; refit(); });
  function year(v) { return /^\d{4}$/.test(v) ? v : ""; }
  el("cg-f-from").addEventListener("change", function (ev) { state.from = year(ev.target.value); refit(); });
  el("cg-f-to").addEventListener("change", function (ev) { state.to = year(ev.target.value); refit(); });
  function resetFilters(all) {
    state.facets = { land: "", industry: "", level: "", programme: "" };
    state.kind = state.from = state.to = "";
    state.hiddenColors.clear();
    document.querySelectorAll("#cg-filters select, #cg-filters input").forEach(function (x) { x.value = ""; });
    document.querySelectorAll("#cg-legend li.cg-off").forEach(function (x) { x.classList.remove("cg-off"); });
    if (all) { state.focus = null; hideTip(true); network.unselectAll(); }
  }
  el("cg-reset").addEventListener("click", function () { resetFilters(true); refit(); });
  el("cg-collapse").addEventListener("click", function () {
    state.expanded.clear(); state.focus = null; hideTip(true);
    el("cg-collapse").hidden = true; render();
  });

  // ------------------------------------------------------------------ legend
  (function legend() {
    var box = el("cg-legend"), L = D.legend;
    box.appendChild(make("span", "Colour: " + L.colorBy, "cg-h"));
    var ul = make("ul");
    L.colors.forEach(function (c) {
      var li = make("li");
      li.title = "click to hide or show";
      li.dataset.key = c.key;
      var sw = make("span", null, "cg-swatch");
      sw.style.background = c.color;
      li.appendChild(sw);
      li.appendChild(make("span", c.label, "cg-name"));
      li.appendChild(make("span", String(c.count), "cg-n"));
      li.addEventListener("click", function () {
        if (state.hiddenColors.has(c.key)) state.hiddenColors.delete(c.key);
        else state.hiddenColors.add(c.key);
        li.classList.toggle("cg-off", state.hiddenColors.has(c.key));
        render();
      });
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.appendChild(make("span", "Shape: type", "cg-h"));
    var us = make("ul");
    L.shapes.forEach(function (s) {
      var li = make("li", null, "cg-static");
      li.appendChild(make("span", s.symbol, "cg-sym"));
      li.appendChild(make("span", s.key || "node", "cg-name"));
      li.appendChild(make("span", String(s.count), "cg-n"));
      us.appendChild(li);
    });
    box.appendChild(us);
    box.appendChild(make("span", "Size: " + L.sizeBy + " (" + L.size[0] + "–" + L.size[1] + ")", "cg-h"));
    box.appendChild(make("span", "Edge width: weight (shared partnerships)", "cg-h"));
  })();

  // ------------------------------------------------------------------ layouts
  var names_ = { force: "Force", germany: "Germany", europe: "Europe" };
  function setLayout(name) {
    if (!D.layouts[name]) return;
    state.layout = name;
    document.querySelectorAll("#cg-layout-buttons button").forEach(function (b) {
      b.classList.toggle("cg-on", b.dataset.layout === name);
    });
    render();
    network.fit({ animation: false });
  }
  Object.keys(D.layouts).forEach(function (name) {
    var b = make("button", names_[name] || name);
    b.type = "button";
    b.dataset.layout = name;
    if (name === state.layout) b.className = "cg-on";
    b.addEventListener("click", function () { setLayout(name); });
    el("cg-layout-buttons").appendChild(b);
  });
  if (AGG) el("cg-collapse").hidden = true;
})();
