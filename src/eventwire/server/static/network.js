/* eventwire dashboard: the network of the top actor pairs (force layout, labels).  Plain JavaScript, no build
 * step, nothing from the internet; loaded after core.js (window.ew: the page's state and helpers), it adds
 * drawNetwork to window.ew.  Every value from the API goes onto the page as text (textContent, SVG attributes),
 * never as HTML.
 */
"use strict";

(function () {
  const ew = window.ew;
  const {$, el, svg, title, clear, notesHeight, fmt, QUAD_COLORS, dominantQuad, setFilter} = ew;
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
    const W = Math.max(300, box.clientWidth || 600), H = Math.max(160, (box.clientHeight || 240) - notesHeight(box));
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
                    svg("text", {y: (rOf(nd) + 11).toFixed(1), "text-anchor": "middle", text: nd.code}),
                    title(nd.code + (nd.name ? " — " + nd.name : "") + `: ${nd.weight} events in these pairs`));
      g.addEventListener("click", () => setFilter({actor: nd.code, source_actor: "", target_actor: ""}));
      root.appendChild(g);
    }
    box.appendChild(root);
    placeLabels(root, list, rOf);
  }

  /** Each node's label goes below, above, right or left of it, whichever first overlaps no label placed before,
   *  no other node and no edge of the frame; the nodes with most events choose first.  A label with no free place
   *  is hidden (class hidden-label) and shows when the pointer is on its node; the node's tooltip names it too.
   *  Boxes are measured as drawn (getBoundingClientRect, plus the halo), so what is checked is what the reader sees. */
  function placeLabels(root, list, rOf) {
    const rect = (node) => { const r = node.getBoundingClientRect(); return {x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}; };
    const hits = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const frame = rect(root);
    const groups = new Map([...root.querySelectorAll(".node")].map((g) => [g.dataset.code, g]));
    const circles = [...groups.entries()].map(([code, g]) => {
      const c = rect(g.querySelector("circle"));      // with its outline
      return {code: code, x0: c.x0 - 1, x1: c.x1 + 1, y0: c.y0 - 1, y1: c.y1 + 1};
    });
    const placed = [];
    const order = list.slice().sort((p, q) => q.weight - p.weight || (p.code < q.code ? -1 : 1));
    for (const nd of order) {
      const g = groups.get(nd.code), text = g && g.querySelector("text");
      if (!text) continue;
      const r = rOf(nd);
      const spots = [{x: 0, y: r + 11, anchor: "middle"}, {x: 0, y: -(r + 4), anchor: "middle"},
                     {x: r + 3, y: 3, anchor: "start"}, {x: -(r + 3), y: 3, anchor: "end"}];
      let chosen = null;
      for (const s of spots) {
        text.setAttribute("x", s.x.toFixed(1));
        text.setAttribute("y", s.y.toFixed(1));
        text.setAttribute("text-anchor", s.anchor);
        const b = rect(text);
        b.x0 -= 3; b.x1 += 3; b.y0 -= 3; b.y1 += 3;     // with the white halo drawn around the letters
        if (b.x0 < frame.x0 || b.x1 > frame.x1 || b.y0 < frame.y0 || b.y1 > frame.y1) continue;
        if (placed.some((p) => hits(p, b)) || circles.some((c) => c.code !== nd.code && hits(c, b))) continue;
        chosen = s;
        placed.push(b);
        break;
      }
      if (!chosen) {                          // back below its node, shown on hover only
        text.setAttribute("x", "0");
        text.setAttribute("y", (r + 11).toFixed(1));
        text.setAttribute("text-anchor", "middle");
        text.setAttribute("class", "hidden-label");
      }
    }
  }

  Object.assign(ew, {drawNetwork});
})();
