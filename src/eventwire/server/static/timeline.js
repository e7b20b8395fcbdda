/* eventwire dashboard: the timeline (stacked bars per period and quad class).  Plain JavaScript, no build step,
 * nothing from the internet; loaded after core.js (window.ew: the page's state and helpers), it adds drawTimeline
 * to window.ew.  Every value from the API goes onto the page as text (textContent, SVG attributes), never as HTML.
 */
"use strict";

(function () {
  const ew = window.ew;
  const {$, el, svg, title, clear, notesHeight, fmt, QUAD_NAMES, QUAD_COLORS, setFilter} = ew;
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
    const W = Math.max(300, box.clientWidth || 600), H = Math.max(160, (box.clientHeight || 240) - notesHeight(box));
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

  Object.assign(ew, {drawTimeline});
})();
