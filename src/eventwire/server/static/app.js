/* eventwire dashboard.  Plain JavaScript, no build step, nothing from the internet.
 * Every piece of data from the API is put on the page with textContent / SVG attributes,
 * never as HTML. */
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  const QUAD_SHORT = {1: "verbal coop.", 2: "material coop.", 3: "verbal confl.", 4: "material confl."};
  const QUAD_COLORS = {1: "#2c7fb8", 2: "#31a354", 3: "#f28e2b", 4: "#d62728"};
  const FILTER_KEYS = ["start", "end", "actor", "actor_name", "source_actor", "target_actor", "country", "cameo", "plover",
                       "quad", "place", "text", "outlet"];
  const ROLE_NAMES = {source: "source", target: "target", trigger: "trigger", place: "place"};
  const PAGE = 50;

  const state = {filters: {}, level: "event", offset: 0, order: "", interval: "auto", selected: null,
                 meta: null, world: null, zoom: null, reqSeq: 0,
                 token: "", codes: null};   // token: the API token typed in (kept in memory only)

  // ---------------------------------------------------------------- small helpers
  function $(sel, root) { return (root || document).querySelector(sel); }

  /** An HTML element; string / number children become text nodes (never parsed as HTML). */
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const kid of kids.flat()) {
      if (kid === null || kid === undefined || kid === false) continue;
      e.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return e;
  }

  function svg(tag, attrs, ...kids) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") e.setAttribute("class", v);
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const kid of kids.flat()) if (kid) e.appendChild(kid);
    return e;
  }

  function title(text) { return svg("title", {text: text}); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmt(v, digits) { return v === null || v === undefined ? "–" : Number(v).toFixed(digits === undefined ? 1 : digits); }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }

  function setStatus(msg, isError) {
    const s = $("#status");
    s.textContent = msg || "";
    s.classList.toggle("error", !!isError);
  }

  function query(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    p.set("level", state.level);
    for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined && v !== "") p.set(k, v);
    return p.toString();
  }

  async function api(path, extra) {
    const url = path + (path.includes("?") ? "&" : "?") + query(extra);
    const r = await fetch(url, {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : r.statusText;
      throw new Error(`${r.status}: ${detail}`);
    }
    return body;
  }

  async function getJSON(url) {
    const r = await fetch(url, {headers: {Accept: "application/json"}});
    const body = await r.json().catch(() => null);
    if (!r.ok) throw new Error(`${r.status}: ${body && body.detail ? body.detail : r.statusText}`);
    return body;
  }

  function actorLabel(a) { return a ? (a.code || a.text || "?") : "–"; }
  function actorName(a) { return a ? (a.name || a.text || "") : ""; }

  function quadChip(q) {
    return q ? el("span", {class: "chip q" + q, title: QUAD_NAMES[q] || ""}, QUAD_SHORT[q] || String(q)) : "–";
  }

  function dominantQuad(quad) {
    let best = 0, bestN = -1;
    for (const q of ["1", "2", "3", "4"]) if ((quad[q] || 0) > bestN) { best = +q; bestN = quad[q] || 0; }
    return best;
  }

  // ---------------------------------------------------------------- filters <-> form <-> URL hash
  function readForm() {
    const form = $("#filters");
    const f = {};
    for (const k of FILTER_KEYS) {
      if (k === "quad") continue;
      const input = form.elements[k];
      if (input && input.value.trim()) f[k] = input.value.trim();
      // the place's name shown for an id: the filter stays the id while the name is unchanged
      if (k === "place" && input && input.dataset.id && f.place === placeLabel(input.dataset.id)) f.place = input.dataset.id;
    }
    const quads = [...form.querySelectorAll("input[name=quad]:checked")].map((i) => i.value);
    if (quads.length && quads.length < 4) f.quad = quads.join(",");
    state.filters = f;
    state.level = form.elements.level.value || "event";
  }

  /** A place filter by id (a map click) shows the place's name; the filter keeps the id. */
  function placeLabel(id) {
    const n = state.placeNames && state.placeNames[id];
    return n ? `${n.name}${n.country ? " (" + n.country + ")" : ""}` : id;
  }

  function writeForm() {
    const form = $("#filters");
    for (const k of FILTER_KEYS) {
      if (k === "quad") continue;
      const input = form.elements[k];
      if (!input) continue;
      input.value = k === "place" && state.filters.place ? placeLabel(state.filters.place) : (state.filters[k] || "");
      if (k === "place") input.dataset.id = state.filters.place && input.value !== state.filters.place ? state.filters.place : "";
    }
    const qs = (state.filters.quad || "").split(",");
    for (const i of form.querySelectorAll("input[name=quad]")) i.checked = qs.includes(i.value);
    form.elements.level.value = state.level;
  }

  function writeHash() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    if (state.level !== "event") p.set("level", state.level);
    if (state.order) p.set("order", state.order);
    if (state.offset) p.set("offset", state.offset);
    if (state.selected) p.set("event", state.selected);
    const h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname);
  }

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.filters = {};
    for (const k of FILTER_KEYS) if (p.get(k)) state.filters[k] = p.get(k);
    state.level = p.get("level") === "mention" ? "mention" : "event";
    state.order = p.get("order") || "";
    state.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
    state.selected = p.get("event") || null;
  }

  function setFilter(changes) {
    Object.assign(state.filters, changes);
    for (const k of Object.keys(state.filters)) if (!state.filters[k]) delete state.filters[k];
    state.offset = 0;
    writeForm();
    refresh();
  }

  // ---------------------------------------------------------------- header
  async function loadStats() {
    const s = await getJSON("/api/stats");
    const parts = [`${s.events.toLocaleString()} events`, `${s.mentions.toLocaleString()} mentions`,
                   `${s.documents.toLocaleString()} articles`];
    if (s.first_date) parts.push(`${s.first_date} – ${s.last_date}`);
    if (!s.aggregated) parts.push("not aggregated yet: run `eventwire db aggregate`, or show every mention");
    state.statsText = parts.join(" · ");
    $("#stats").textContent = state.statsText;
    if (!s.aggregated && state.level === "event" && s.mentions > 0) {
      state.level = "mention";
      writeForm();
    }
    return s;
  }

  async function loadMeta() {
    try {
      state.meta = await getJSON("/api/meta");
    } catch (e) { state.meta = {plover_types: [], cameo: []}; }
    const sel = $("#filters").elements.plover;
    for (const t of state.meta.plover_types) sel.appendChild(el("option", {value: t}, t));
  }

  // ---------------------------------------------------------------- map (map.js)
  const map = window.ewMap({state, $, svg, title, clear, fmt, QUAD_COLORS, dominantQuad, setFilter, placeLabel,
                            getJSON, setStatus});
  const loadWorld = map.loadWorld, setupMap = map.setupMap, drawPlaces = map.drawPlaces;

  // ---------------------------------------------------------------- timeline
  function addPeriod(d, interval) {
    const n = new Date(d.getTime());
    if (interval === "day") n.setUTCDate(n.getUTCDate() + 1);
    else if (interval === "week") n.setUTCDate(n.getUTCDate() + 7);
    else if (interval === "month") n.setUTCMonth(n.getUTCMonth() + 1);
    else n.setUTCFullYear(n.getUTCFullYear() + 1);
    return n;
  }
  function iso(d) { return d.toISOString().slice(0, 10); }

  function drawTimeline(data) {
    const box = clear($("#timeline"));
    const rows = data.series || [];
    const what = data.level === "mention" ? "mention" : "event";
    if (data.undated) {
      box.appendChild(el("p", {class: "undated hint"},
        `${data.undated.toLocaleString()} undated ${what}${data.undated === 1 ? "" : "s"} not on the timeline`));
    }
    if (!rows.length) { box.appendChild(el("p", {class: "empty"}, "No dated events for these filters.")); return; }
    const by = new Map();
    for (const r of rows) {
      if (!by.has(r.period)) by.set(r.period, {});
      by.get(r.period)[r.quad_class] = r;
    }
    const keys = [...by.keys()].sort();
    // continuous periods from the first to the last, so gaps show
    const periods = [];
    let d = new Date(keys[0] + "T00:00:00Z");
    const last = new Date(keys[keys.length - 1] + "T00:00:00Z");
    while (d <= last && periods.length < 2000) { periods.push(iso(d)); d = addPeriod(d, data.interval); }
    const W = Math.max(300, box.clientWidth || 600), H = Math.max(160, box.clientHeight || 240);
    const m = {l: 34, r: 8, t: 8, b: 22};
    const pw = W - m.l - m.r, ph = H - m.t - m.b;
    const totals = periods.map((p) => Object.values(by.get(p) || {}).reduce((s, r) => s + r.count, 0));
    const max = Math.max(1, ...totals);
    const bw = pw / periods.length;
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `events per ${data.interval} by quad class`});
    root.appendChild(svg("line", {class: "axis", x1: m.l, y1: m.t + ph, x2: m.l + pw, y2: m.t + ph}));
    for (const v of [0, Math.round(max / 2), max]) {
      const y = m.t + ph - v / max * ph;
      root.appendChild(svg("text", {class: "tick", x: m.l - 4, y: y + 3, "text-anchor": "end", text: String(v)}));
      if (v) root.appendChild(svg("line", {x1: m.l, x2: m.l + pw, y1: y, y2: y, stroke: "#eef0f3"}));
    }
    periods.forEach((p, i) => {
      let y = m.t + ph;
      const cell = by.get(p) || {};
      for (const q of [4, 3, 2, 1]) {
        const r = cell[q];
        if (!r) continue;
        const h = r.count / max * ph;
        y -= h;
        const bar = svg("rect", {class: "bar", x: (m.l + i * bw + bw * 0.08).toFixed(2), y: y.toFixed(2),
                                 width: Math.max(1, bw * 0.84).toFixed(2), height: Math.max(0.5, h).toFixed(2),
                                 fill: QUAD_COLORS[q], "data-period": p, "data-quad": q},
                        title(`${p} (${data.interval}) · ${QUAD_NAMES[q]}: ${r.count} events, ${r.mentions} mentions, ` +
                              `mean Goldstein ${fmt(r.goldstein)}`));
        bar.addEventListener("click", () => {
          const endDay = new Date(addPeriod(new Date(p + "T00:00:00Z"), data.interval).getTime() - 86400000);
          setFilter({start: p, end: iso(endDay)});
        });
        root.appendChild(bar);
      }
    });
    const labelIdx = periods.length <= 3 ? periods.map((_, i) => i) : [0, Math.floor(periods.length / 2), periods.length - 1];
    for (const i of labelIdx) {
      const anchor = i === 0 ? "start" : i === periods.length - 1 ? "end" : "middle";
      const x = i === 0 ? m.l : i === periods.length - 1 ? m.l + pw : m.l + (i + 0.5) * bw;
      root.appendChild(svg("text", {class: "tick", x: x, y: H - 6, "text-anchor": anchor, text: periods[i]}));
    }
    box.appendChild(root);
  }

  // ---------------------------------------------------------------- network
  /** Fruchterman-Reingold inside one box {x, y, w, h} (deterministic start on a circle). */
  function forceLayout(nodes, edges, box) {
    const n = nodes.length;
    const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
    if (n === 1) { nodes[0].x = cx; nodes[0].y = cy; return; }
    const rx = Math.max(1, box.w / 2 - 22), ry = Math.max(1, box.h / 2 - 20);   // room for labels
    nodes.forEach((nd, i) => {
      const a = 2 * Math.PI * i / n;
      nd.x = cx + Math.cos(a) * rx; nd.y = cy + Math.sin(a) * ry;
    });
    const k = 0.9 * Math.sqrt(4 * rx * ry / n);
    let temp = Math.max(rx, ry) / 4;
    for (let it = 0; it < 300; it++) {
      for (const a of nodes) { a.dx = 0; a.dy = 0; }
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.5, Math.hypot(dx, dy)), f = k * k / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
      for (const e of edges) {
        const a = e.a, b = e.b;
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.5, Math.hypot(dx, dy)), f = d * d / k;
        dx /= d; dy /= d;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      }
      for (const a of nodes) {
        const d = Math.max(0.01, Math.hypot(a.dx, a.dy)), step = Math.min(d, temp);
        a.x = Math.min(cx + rx, Math.max(cx - rx, a.x + a.dx / d * step));
        a.y = Math.min(cy + ry, Math.max(cy - ry, a.y + a.dy / d * step));
      }
      temp = Math.max(0.3, temp * 0.98);
    }
    // labels alternate below / above from left to right, so neighbours' labels do not collide
    nodes.slice().sort((a, b) => a.x - b.x).forEach((nd, i) => { nd.labelUp = i % 2 === 1; });
  }

  /** Connected components, each laid out in its own box; boxes (area by node count) are packed
   *  in rows as large as the frame allows. */
  function layout(nodes, edges, W, H) {
    const parent = new Map(nodes.map((nd) => [nd, nd]));
    const find = (x) => { while (parent.get(x) !== x) x = parent.get(x); return x; };
    for (const e of edges) parent.set(find(e.a), find(e.b));
    const groups = new Map();
    for (const nd of nodes) {
      const r = find(nd);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(nd);
    }
    const comps = [...groups.values()].sort((p, q) => q.length - p.length ||
      q.reduce((s, n) => s + n.weight, 0) - p.reduce((s, n) => s + n.weight, 0));
    const sizes = (u) => comps.map((c) => ({w: (c.length === 2 ? 2.6 : 1.8) * u * Math.sqrt(c.length), h: u * Math.sqrt(c.length)}));
    const pack = (u) => {
      let x = 0, y = 0, rowH = 0, width = 0;
      const boxes = [];
      for (const sz of sizes(u)) {
        if (x + sz.w > W && x > 0) { x = 0; y += rowH; rowH = 0; }
        boxes.push({x: x, y: y, w: sz.w, h: sz.h});
        x += sz.w; rowH = Math.max(rowH, sz.h); width = Math.max(width, x);
      }
      return {boxes: boxes, width: width, height: y + rowH};
    };
    let lo = 5, hi = Math.max(W, H);
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2, p = pack(mid);
      if (p.height <= H && p.width <= W) lo = mid; else hi = mid;
    }
    const p = pack(lo);
    const sx = W / Math.max(1, p.width), sy = Math.min(1.5, H / Math.max(1, p.height));   // fill the frame
    const oy = (H - p.height * sy) / 2;
    comps.forEach((c, i) => {
      const b = p.boxes[i];
      const set = new Set(c);
      forceLayout(c, edges.filter((e) => set.has(e.a)), {x: b.x * sx, y: oy + b.y * sy, w: b.w * sx, h: b.h * sy});
    });
  }

  function drawNetwork(data) {
    const box = clear($("#network"));
    const items = data.items || [];
    if (data.unknown_country) {
      box.appendChild(el("p", {class: "unknown-country hint"},
        `${data.unknown_country.toLocaleString()} event${data.unknown_country === 1 ? "" : "s"} with an actor of ` +
        "unknown country (a bare GOV, CVL, COP, ...) not drawn"));
    }
    if (!items.length) { box.appendChild(el("p", {class: "empty"}, "No actor pairs for these filters.")); return; }
    const W = Math.max(300, box.clientWidth || 600), H = Math.max(160, box.clientHeight || 240);
    const nodes = new Map();
    const node = (code, name) => {
      if (!nodes.has(code)) nodes.set(code, {code: code, name: name || "", weight: 0});
      const nd = nodes.get(code);
      if (!nd.name && name) nd.name = name;
      return nd;
    };
    const edges = items.map((d) => {
      const a = node(d.source, d.source_name), b = node(d.target, d.target_name);
      a.weight += d.count; b.weight += d.count;
      return {a: a, b: b, d: d};
    });
    const list = [...nodes.values()].sort((p, q) => p.code < q.code ? -1 : 1);
    layout(list, edges.filter((e) => e.a !== e.b), W, H);
    const maxE = Math.max(1, ...items.map((d) => d.count)), maxN = Math.max(1, ...list.map((n) => n.weight));
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "net", role: "img", "aria-label": "network of the top actor pairs"});
    const defs = svg("defs");
    for (const q of [1, 2, 3, 4]) {
      defs.appendChild(svg("marker", {id: "arrow" + q, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9,
                                      markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto"},
                           svg("path", {d: "M0,0L10,5L0,10Z", fill: QUAD_COLORS[q]})));
    }
    root.appendChild(defs);
    const rOf = (nd) => 4 + (list.length > 20 ? 5 : 8) * Math.sqrt(nd.weight / maxN);
    for (const e of edges) {
      const q = dominantQuad(e.d.quad);
      const label = `${e.d.source} → ${e.d.target}: ${e.d.count} events, mean Goldstein ${fmt(e.d.goldstein)}`;
      let path;
      if (e.a === e.b) {            // an actor acting on its own kind: a small loop
        const r = rOf(e.a);
        path = `M${e.a.x},${e.a.y - r}c${-22},${-30} ${22},${-30} ${4},${-1}`;
      } else {
        const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, d = Math.max(1, Math.hypot(dx, dy));
        const ra = rOf(e.a), rb = rOf(e.b) + 3;
        const sx = e.a.x + dx / d * ra, sy = e.a.y + dy / d * ra, tx = e.b.x - dx / d * rb, ty = e.b.y - dy / d * rb;
        const bend = 0.12 * d;       // reciprocal pairs bend apart
        const cx = (sx + tx) / 2 - dy / d * bend, cy = (sy + ty) / 2 + dx / d * bend;
        path = `M${sx.toFixed(1)},${sy.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
      }
      const p = svg("path", {class: "edge", d: path, stroke: QUAD_COLORS[q] || "#888",
                             "stroke-width": (1 + 5 * Math.sqrt(e.d.count / maxE)).toFixed(2), "marker-end": `url(#arrow${q})`},
                    title(label));
      p.addEventListener("click", () => setFilter({source_actor: e.d.source, target_actor: e.d.target, actor: ""}));
      root.appendChild(p);
    }
    for (const nd of list) {
      const g = svg("g", {class: "node", transform: `translate(${nd.x.toFixed(1)},${nd.y.toFixed(1)})`, "data-code": nd.code},
                    svg("circle", {r: rOf(nd).toFixed(1)}),
                    svg("text", {y: (nd.labelUp ? -(rOf(nd) + 4) : rOf(nd) + 11).toFixed(1), "text-anchor": "middle", text: nd.code}),
                    title(nd.code + (nd.name ? " — " + nd.name : "") + `: ${nd.weight} events in these pairs`));
      g.addEventListener("click", () => setFilter({actor: nd.code, source_actor: "", target_actor: ""}));
      root.appendChild(g);
    }
    box.appendChild(root);
  }

  // ---------------------------------------------------------------- header counts
  /** The header says how many events (or mentions) the filters keep, beside what the database holds. */
  function showCounts(total) {
    const what = state.level === "mention" ? "mentions" : "events";
    const stats = $("#stats");
    stats.textContent = Object.keys(state.filters).length
      ? `${total.toLocaleString()} ${total === 1 ? what.slice(0, -1) + " matches" : what + " match"} the filters · ` +
        `database: ${state.statsText || ""}`
      : (state.statsText || "");
    stats.dataset.matching = String(total);
  }

  // ---------------------------------------------------------------- table
  /** Deaths and injuries the event's sentences report (the largest figure of its mentions, never a sum). */
  function toll(ev) {
    const parts = [];
    if (ev.dead) parts.push(`${ev.dead.toLocaleString()} killed`);
    if (ev.injured) parts.push(`${ev.injured.toLocaleString()} injured`);
    return parts.length ? parts.join(", ") : "–";
  }

  function drawTable(data) {
    const tbody = clear($("#events-table tbody"));
    const items = data.items || [];
    if (!items.length) {
      tbody.appendChild(el("tr", {}, el("td", {colspan: 10, class: "empty"},
        data.total === 0 && !Object.keys(state.filters).length
          ? "No events stored yet. Code some news: eventwire code news.jsonl --db FILE"
          : "No events match these filters.")));
    }
    for (const ev of items) {
      const place = ev.place ? (ev.place.name || ev.place.text || "") + (ev.place.country ? ` (${ev.place.country})` : "") : "–";
      const tr = el("tr", {tabindex: 0, "data-id": ev.id, class: ev.id === state.selected ? "selected" : null},
        el("td", {class: "code"}, ev.date || "–"),
        el("td", {class: "code"}, actorLabel(ev.source), el("span", {class: "sub"}, actorName(ev.source))),
        el("td", {class: "code"}, ev.cameo || "–", el("span", {class: "sub"}, ev.cameo_name || ev.plover_type || "")),
        el("td", {class: "code"}, actorLabel(ev.target), el("span", {class: "sub"}, actorName(ev.target))),
        el("td", {}, place),
        el("td", {}, quadChip(ev.quad_class)),
        el("td", {class: "code"}, fmt(ev.goldstein)),
        el("td", {class: "code"}, ev.num_articles === null || ev.num_articles === undefined ? "–" : String(ev.num_articles)),
        el("td", {class: "toll"}, toll(ev)),
        el("td", {class: "evidence"}, el("b", {}, ev.evidence_text || ""),
           ev.sentence_text ? el("span", {class: "sub clamp", title: ev.sentence_text}, ev.sentence_text) : null));
      tr.addEventListener("click", () => selectEvent(ev.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") selectEvent(ev.id); });
      tbody.appendChild(tr);
    }
    const from = data.total ? data.offset + 1 : 0, to = data.offset + items.length;
    $("#page-info").textContent = `${from}–${to} of ${data.total.toLocaleString()}`;
    showCounts(data.total);
    $("#prev").disabled = data.offset <= 0;
    $("#next").disabled = to >= data.total;
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      const k = th.dataset.sort;
      th.classList.toggle("asc", state.order === k);
      th.classList.toggle("desc", state.order === "-" + k);
    }
  }

  // ---------------------------------------------------------------- event panel
  const ROLE_PRIORITY = ["trigger", "source", "target", "place"];

  /** text with spans ({start, end, role, label}) wrapped in <mark>-like spans; all as text nodes. */
  function highlighted(text, spans) {
    const frag = document.createDocumentFragment();
    const n = text.length;
    const ok = (spans || []).filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end);
    const cuts = new Set([0, n]);
    for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
    const pts = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      const piece = text.slice(a, b);
      const on = ok.filter((s) => s.start <= a && s.end >= b);
      if (!on.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const roles = [...new Set(on.map((s) => s.role))].sort((x, y) => ROLE_PRIORITY.indexOf(x) - ROLE_PRIORITY.indexOf(y));
      const span = el("span", {class: "hl " + roles.map((r) => "hl-" + r).join(" "), "data-role": roles.join(" "),
                               title: on.map((s) => `${ROLE_NAMES[s.role] || s.role}${s.label ? ": " + s.label : ""}`).join("; ")},
                      piece);
      frag.appendChild(span);
    }
    return frag;
  }

  function keysLegend() {
    return el("ul", {class: "keys"},
      el("li", {}, el("span", {class: "hl hl-source"}, "source")),
      el("li", {}, el("span", {class: "hl hl-target"}, "target")),
      el("li", {}, el("span", {class: "hl hl-trigger"}, "trigger")),
      el("li", {}, el("span", {class: "hl hl-place"}, "place")));
  }

  function mentionBlock(m) {
    const url = safeUrl(m.url);
    const ctx = m.context || {text: "", spans: []};
    const block = el("div", {class: "mention", "data-mention": m.mention_id},
      el("p", {class: "sentence"}, highlighted(ctx.text || "", ctx.spans)),
      el("p", {class: "meta"},
        url ? el("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, m.title || url) : (m.title || "(untitled)"),
        m.outlet ? ` · ${m.outlet}` : "", m.doc_date ? ` · ${m.doc_date}` : "", ` · document `, el("code", {}, m.doc_id)),
      el("p", {class: "meta"}, "coded by pattern ", el("code", {}, m.pattern || "–"), " · rule ",
        el("code", {}, m.rule || "–"), ` · ${m.modality || "asserted"} · confidence ${fmt(m.confidence, 2)}`,
        m.inherited ? " · exact copy of " : "", m.inherited ? el("code", {}, m.doc_id) : ""),
      m.corrected ? el("p", {class: "corrected-note"}, m.not_event ? "corrected by an analyst: not an event"
                                                                    : "corrected by an analyst") : null);
    if (state.token && !m.inherited) block.appendChild(correctForm(m));
    const btn = el("button", {type: "button", class: "show-article"}, "show whole article");
    const holder = el("div");
    btn.addEventListener("click", async () => {
      if (holder.firstChild) { clear(holder); btn.textContent = "show whole article"; return; }
      try {
        const doc = await getJSON("/api/documents/" + encodeURIComponent(m.doc_id));
        holder.appendChild(el("div", {class: "article"}, highlighted(doc.text || "", doc.spans)));
        btn.textContent = "hide article";
      } catch (e) { setStatus("cannot load the article: " + e.message, true); }
    });
    block.appendChild(btn);
    block.appendChild(holder);
    return block;
  }

  // ---------------------------------------------------------------- corrections (shown with a token)
  async function sendJSON(url, payload) {
    const r = await fetch(url, {method: "POST", body: JSON.stringify(payload || {}),
                                headers: {"Content-Type": "application/json", Accept: "application/json",
                                          Authorization: "Bearer " + state.token}});
    const body = await r.json().catch(() => null);
    if (!r.ok) {
      const d = body && body.detail;
      if (r.status === 401) throw new Error("the API token is wrong (401)");
      if (r.status === 403) throw new Error("this server takes no corrections: it was started without an API token (403)");
      throw new Error(typeof d === "string" ? d : (d ? JSON.stringify(d) : `${r.status} ${r.statusText}`));
    }
    return body;
  }

  /** Datalists for the form: countries, sectors, organisations (GET /api/actor-codes) and CAMEO codes. */
  async function loadCodes() {
    if (state.codes) return;
    state.codes = {countries: [], sectors: [], organisations: []};
    try { state.codes = await getJSON("/api/actor-codes"); } catch (e) { /* the server checks the codes anyway */ }
    const lists = {"dl-actors": [...state.codes.countries, ...state.codes.organisations],
                   "dl-sectors": state.codes.sectors.map((s) => ({code: s.code, name: s.example})),
                   "dl-cameo": (state.meta && state.meta.cameo) || []};
    for (const [id, items] of Object.entries(lists)) {
      if (document.getElementById(id)) continue;
      document.body.appendChild(el("datalist", {id: id}, items.map((c) => el("option", {value: c.code}, c.name || ""))));
    }
  }

  const CODE3 = /^[A-Za-z]{3}$/;

  /** {country, sectors} from a form's two actor fields; undefined when both are empty; throws on a bad one. */
  function actorValue(f, role) {
    const country = f.elements[role + "_country"].value.trim().toUpperCase();
    const sectors = f.elements[role + "_sectors"].value.trim().toUpperCase().split(/[\s,]+/).filter(Boolean);
    if (!country && !sectors.length) return undefined;
    if (country && !/^[A-Z]{3,15}$/.test(country)) throw new Error(`${role}: a country is three letters (IRQ), or an organisation code (IGOUNO)`);
    const bad = sectors.find((x) => !CODE3.test(x));
    if (bad) throw new Error(`${role}: sector ${JSON.stringify(bad)} is not a three-letter code (GOV, MIL, REB)`);
    return {country: country, sectors: sectors};
  }

  function correctionPayload(f) {
    const p = {};
    const notEvent = f.elements.not_event.checked;
    const src = actorValue(f, "source");
    const tgt = f.elements.no_target.checked ? null : actorValue(f, "target");
    const cameo = f.elements.cameo.value.trim();
    if (cameo && !/^\d{2,4}$/.test(cameo)) throw new Error("CAMEO: two to four digits (042, 190, 1823)");
    if (notEvent && (src || tgt !== undefined || cameo)) throw new Error("'not an event' takes no new codes");
    if (notEvent) p.not_event = true;
    if (src) p.source = src;
    if (tgt !== undefined) p.target = tgt;
    if (cameo) p.cameo = cameo;
    if (!Object.keys(p).length) throw new Error("nothing to correct: give a source, target or CAMEO code, or tick 'not an event'");
    const note = f.elements.note.value.trim(), by = f.elements.by.value.trim();
    if (note) p.note = note;
    if (by) p.by = by;
    return p;
  }

  function actorFields(role) {
    return el("fieldset", {class: "actor-fields"}, el("legend", {}, role),
      el("label", {}, "country or organisation ", el("input", {name: role + "_country", list: "dl-actors", size: 9, maxlength: 15,
                                                      placeholder: role === "source" ? "IRQ" : "TUR"})),
      el("label", {}, "sectors ", el("input", {name: role + "_sectors", list: "dl-sectors", size: 9, maxlength: 40,
                                               placeholder: "GOV MIL"})),
      role === "target" ? el("label", {}, el("input", {type: "checkbox", name: "no_target"}), " no target") : null);
  }

  function loadHistory(m, holder, msg) {
    return getJSON("/api/events/" + encodeURIComponent(m.mention_id) + "/corrections").then((d) => {
      clear(holder);
      for (const c of d.items || []) {
        const what = c.after && c.after.not_event ? "not an event"
          : Object.entries(c.after || {}).map(([k, v]) => `${k} ${(c.before || {})[k] || "–"} → ${v || "–"}`).join(", ");
        const li = el("li", {class: "correction", "data-correction": c.correction_id},
          `#${c.correction_id} ${what}`, c.created_by ? ` · ${c.created_by}` : "", c.note ? ` · “${c.note}”` : "",
          ` · ${c.status}`);
        if (c.status !== "undone") {
          li.appendChild(el("button", {type: "button", class: "undo", onclick: async () => {
            try {
              await sendJSON(`/api/corrections/${c.correction_id}/undo`, {});
              await refresh();
              selectEvent(m.mention_id);
            } catch (e) { msg.textContent = "Cannot undo: " + e.message; }
          }}, "undo"));
        }
        holder.appendChild(li);
      }
    }).catch(() => {});
  }

  function correctForm(m) {
    const msg = el("p", {class: "correct-msg", role: "alert"});
    const f = el("form", {class: "correct-form", "data-mention": m.mention_id, autocomplete: "off"},
      actorFields("source"), actorFields("target"),
      el("div", {class: "row"},
        el("label", {}, "CAMEO ", el("input", {name: "cameo", list: "dl-cameo", size: 6, maxlength: 4, placeholder: m.cameo || "042"})),
        el("label", {}, el("input", {type: "checkbox", name: "not_event"}), " not an event")),
      el("div", {class: "row"},
        el("label", {}, "why ", el("input", {name: "note", size: 22, maxlength: 500})),
        el("label", {}, "by ", el("input", {name: "by", size: 9, maxlength: 100}))),
      el("button", {type: "submit", class: "save"}, "save correction"), msg);
    const past = el("ul", {class: "corrections"});
    f.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      msg.classList.remove("ok");
      let payload;
      try { payload = correctionPayload(f); } catch (e) { msg.textContent = e.message; return; }
      msg.textContent = "saving…";
      try {
        const res = await sendJSON("/api/events/" + encodeURIComponent(m.mention_id) + "/corrections", payload);
        msg.textContent = `saved as correction ${res.correction.correction_id}`;
        msg.classList.add("ok");
        await refresh();
        await selectEvent(m.mention_id);      // the event's id changes with its codes: show the mention
      } catch (e) { msg.textContent = "Not saved: " + e.message; }
    });
    const box = el("details", {class: "correct"}, el("summary", {}, "correct"), f, past);
    box.addEventListener("toggle", () => { if (box.open) { loadCodes(); loadHistory(m, past, msg); } });
    return box;
  }

  function setToken(value) {
    state.token = (value || "").trim();
    document.body.classList.toggle("can-write", !!state.token);
    if (state.selected) selectEvent(state.selected);
  }

  async function selectEvent(id) {
    state.selected = id;
    writeHash();
    for (const tr of document.querySelectorAll("#events-table tbody tr")) tr.classList.toggle("selected", tr.dataset.id === id);
    const body = clear($("#panel-body"));
    body.appendChild(el("p", {class: "empty"}, "loading…"));
    let ev;
    try {
      ev = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (e) {
      clear(body).appendChild(el("p", {class: "empty"}, "Cannot load this event: " + e.message));
      return;
    }
    if (state.selected !== id) return;
    clear(body);
    body.appendChild(el("h3", {}, `${actorLabel(ev.source)} → ${ev.cameo || "?"} → ${actorLabel(ev.target)}`));
    body.appendChild(el("p", {class: "names"}, `${actorName(ev.source) || "?"} · ${ev.cameo_name || ""} · ${actorName(ev.target) || "—"}`));
    const dl = el("dl");
    const row = (k, v) => { dl.appendChild(el("dt", {}, k)); dl.appendChild(el("dd", {}, v)); };
    row("Date", ev.date || "–");
    row("Place", ev.place ? `${ev.place.name || "?"}${ev.place.country ? " (" + ev.place.country + ")" : ""}` +
        (ev.place.lat !== null && ev.place.lat !== undefined ? ` ${fmt(ev.place.lat, 2)}, ${fmt(ev.place.lon, 2)}` : "") : "–");
    row("CAMEO", `${ev.cameo || "–"} ${ev.cameo_name || ""}`);
    row("PLOVER", `${ev.plover_type || "–"}${ev.plover_mode ? " / " + ev.plover_mode : ""}`);
    row("Quad class", quadChip(ev.quad_class));
    row("Goldstein", fmt(ev.goldstein));
    row("Confidence", fmt(ev.confidence, 2));
    if (ev.corrected) row("Corrected", ev.not_event ? "yes: not an event" : "yes, by an analyst");
    if (ev.dead !== null && ev.dead !== undefined) row("Killed", String(ev.dead));
    if (ev.injured !== null && ev.injured !== undefined) row("Injured", String(ev.injured));
    if (ev.level === "event") row("Reported", `${ev.num_mentions} mentions · ${ev.num_articles} articles · ${ev.num_sources} sources`);
    body.appendChild(dl);
    body.appendChild(keysLegend());
    for (const m of ev.mentions || []) body.appendChild(mentionBlock(m));
    if ((ev.mentions_total || 0) > (ev.mentions || []).length) {
      body.appendChild(el("p", {class: "meta"}, `… and ${ev.mentions_total - ev.mentions.length} more mentions`));
    }
  }

  // ---------------------------------------------------------------- loading
  /** The server refused the filters: no view keeps rows of an earlier selection. */
  function showRejected(message) {
    const msg = `The filters were refused (${message}): nothing is shown until they are fixed.`;
    clear($("#events-table tbody")).appendChild(el("tr", {}, el("td", {colspan: 10, class: "empty error"}, msg)));
    clear($("#timeline")).appendChild(el("p", {class: "empty error"}, msg));
    clear($("#network")).appendChild(el("p", {class: "empty error"}, msg));
    const dots = $("#map .dots");
    if (dots) clear(dots);
    state.selected = null;
    clear($("#panel-body")).appendChild(el("p", {class: "empty"}, "No event selected."));
  }

  /** After a filter change, an event shown in the panel that the new selection does not hold is closed. */
  function dropStaleSelection(items) {
    if (!state.selected || items.some((ev) => String(ev.id) === String(state.selected))) return;
    state.selected = null;
    writeHash();
    clear($("#panel-body")).appendChild(el("p", {class: "empty"},
      "The event shown before is not in the new selection. Click an event in the table to see its evidence."));
  }

  /** The download links carry the current filters (aggregated events: what `eventwire export` writes). */
  function updateDownloads() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    for (const a of document.querySelectorAll("#downloads a[data-format]")) {
      p.set("format", a.dataset.format);
      a.setAttribute("href", "/api/export?" + p.toString());
    }
  }

  async function refresh() {
    updateDownloads();
    const key = JSON.stringify([state.filters, state.level]);
    const filtersChanged = state.lastFilters !== undefined && state.lastFilters !== key;
    state.lastFilters = key;
    if (filtersChanged && state.zoom) state.zoom.user = false;       // new filters: zoom to their places again
    writeHash();
    const seq = ++state.reqSeq;
    setStatus("loading…");
    const tasks = [
      api("/api/events", {limit: PAGE, offset: state.offset, order: state.order}).then((d) => {
        if (seq !== state.reqSeq) return;
        drawTable(d);
        if (filtersChanged) dropStaleSelection(d.items || []);
      }),
      api("/api/timeline", {interval: state.interval}).then((d) => seq === state.reqSeq && drawTimeline(d)),
      api("/api/dyads", {limit: 25}).then((d) => seq === state.reqSeq && drawNetwork(d)),
      api("/api/places", {limit: 500}).then((d) => seq === state.reqSeq && drawPlaces(d.items || [])),
    ];
    const res = await Promise.allSettled(tasks);
    if (seq !== state.reqSeq) return;
    const bad = res.filter((r) => r.status === "rejected");
    if (bad.length) {
      setStatus(bad[0].reason.message, true);
      showRejected(bad[0].reason.message);
    }
    else setStatus(Object.keys(state.filters).length ? "filtered: " + Object.entries(state.filters).map(([k, v]) => `${k}=${v}`).join(", ") : "");
    document.body.dataset.loaded = String(seq);
  }

  async function init() {
    readHash();
    await loadMeta();
    writeForm();
    try { await loadStats(); } catch (e) { setStatus("cannot read the database: " + e.message, true); }
    await loadWorld();
    setupMap();
    const form = $("#filters");
    form.addEventListener("submit", (ev) => { ev.preventDefault(); readForm(); state.offset = 0; refresh(); });
    $("#reset").addEventListener("click", () => { state.filters = {}; state.offset = 0; state.order = ""; writeForm(); refresh(); });
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
    $("#next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
    $("#interval").addEventListener("change", (ev) => { state.interval = ev.target.value; refresh(); });
    $("#token-form").addEventListener("submit", (ev) => { ev.preventDefault(); setToken($("#api-token").value); });
    $("#api-token").addEventListener("change", (ev) => setToken(ev.target.value));
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      th.addEventListener("click", () => {
        const k = th.dataset.sort;
        state.order = state.order === "-" + k ? k : "-" + k;
        state.offset = 0;
        refresh();
      });
    }
    await refresh();
    if (state.selected) selectEvent(state.selected);
  }

  document.addEventListener("DOMContentLoaded", init);
})();
