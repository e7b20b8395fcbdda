/* eventwire dashboard: the map (basemap, zoom and pan, place dots and clusters).  Plain JavaScript, no build
 * step; app.js calls window.ewMap with the page's state and helpers and gets loadWorld, setupMap, drawPlaces.
 * Every value from the API goes onto the page as SVG attributes or textContent, never as HTML. */
"use strict";

window.ewMap = function (ew) {
  const {state, $, svg, title, clear, fmt, QUAD_COLORS, dominantQuad, setFilter, placeLabel, getJSON, setStatus} = ew;
  const MAP_W = 960, MAP_H = 480, VIEW0 = {x: 0, y: 18, w: 960, h: 420};

  function project(lon, lat) { return [(lon + 180) * MAP_W / 360, (90 - lat) * MAP_H / 180]; }

  /** Rings of a polygon that crosses the antimeridian are unwrapped (longitudes kept continuous)
   *  and drawn again shifted by 360 degrees, so no stripe runs across the map. */
  function unwrap(ring) {
    const out = [];
    let prev = null, shift = 0;
    for (const [lon, lat] of ring) {
      if (prev !== null) {
        if (lon + shift - prev > 180) shift -= 360;
        else if (lon + shift - prev < -180) shift += 360;
      }
      out.push([lon + shift, lat]);
      prev = lon + shift;
    }
    return out;
  }

  function ringPath(ring, dx) {
    let d = "";
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = project(ring[i][0] + dx, ring[i][1]);
      d += (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
    }
    return d + "Z";
  }

  function geometryPath(g) {
    if (!g) return "";
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    let d = "";
    for (const poly of polys) {
      const rings = poly.map(unwrap);
      const lons = rings.flat().map((p) => p[0]);
      const lo = Math.min(...lons), hi = Math.max(...lons);
      const shifts = [0];
      if (hi > 180) shifts.push(-360);
      if (lo < -180) shifts.push(360);
      for (const dx of shifts) d += rings.map((r) => ringPath(r, dx)).join("");
    }
    return d;
  }

  async function loadWorld() {
    try {
      const topo = await getJSON("/static/vendor/countries-110m.json");
      state.world = window.topojson.feature(topo, topo.objects.countries).features;
    } catch (e) {
      state.world = [];
      setStatus("basemap unavailable: " + e.message, true);
    }
  }

  function setupMap() {
    const box = $("#map");
    const root = svg("svg", {viewBox: `${VIEW0.x} ${VIEW0.y} ${VIEW0.w} ${VIEW0.h}`, role: "img",
                             "aria-label": "map of event locations"});
    const land = svg("g", {class: "land"});
    for (const f of state.world) {
      const name = f.properties && f.properties.name ? f.properties.name : "";
      land.appendChild(svg("path", {class: "country", d: geometryPath(f.geometry)}, title(name)));
    }
    root.appendChild(land);
    root.appendChild(svg("g", {class: "dots"}));
    root.appendChild(svg("g", {class: "incident-rings"}));
    box.appendChild(root);
    state.zoom = {view: Object.assign({}, VIEW0), root: root};

    function setView(v) {
      v.w = Math.min(VIEW0.w, Math.max(30, v.w));
      v.h = v.w * VIEW0.h / VIEW0.w;
      v.x = Math.min(MAP_W - v.w, Math.max(0, v.x));
      v.y = Math.min(MAP_H - v.h, Math.max(0, v.y));
      state.zoom.view = v;
      root.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
      renderDots();
      renderRings();
    }
    state.zoom.setView = setView;
    function zoomAt(factor, cx, cy) {
      const v = state.zoom.view;
      const w = v.w / factor;
      setView({x: cx - (cx - v.x) * (w / v.w), y: cy - (cy - v.y) * (w / v.w), w: w, h: 0});
    }
    function toMap(ev) {
      const r = root.getBoundingClientRect(), v = state.zoom.view;
      return [v.x + (ev.clientX - r.left) / r.width * v.w, v.y + (ev.clientY - r.top) / r.height * v.h];
    }
    root.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      state.zoom.user = true;
      const [cx, cy] = toMap(ev);
      zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, cx, cy);
    }, {passive: false});
    let drag = null;
    root.addEventListener("pointerdown", (ev) => {
      if (ev.target.classList.contains("dot") || ev.target.closest(".cluster")) return;
      drag = {x: ev.clientX, y: ev.clientY, view: Object.assign({}, state.zoom.view)};
      state.zoom.user = true;
      root.setPointerCapture(ev.pointerId);
    });
    root.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const r = root.getBoundingClientRect();
      const dx = (ev.clientX - drag.x) / r.width * drag.view.w, dy = (ev.clientY - drag.y) / r.height * drag.view.h;
      setView({x: drag.view.x - dx, y: drag.view.y - dy, w: drag.view.w, h: 0});
    });
    root.addEventListener("pointerup", () => { drag = null; });
    const center = () => { const v = state.zoom.view; return [v.x + v.w / 2, v.y + v.h / 2]; };
    $("#zoom-in").addEventListener("click", () => { state.zoom.user = true; zoomAt(1.5, ...center()); });
    $("#zoom-out").addEventListener("click", () => { state.zoom.user = true; zoomAt(1 / 1.5, ...center()); });
    $("#zoom-reset").addEventListener("click", () => { state.zoom.user = true; setView(Object.assign({}, VIEW0)); });
  }

  /** Zoom to the places shown (with a margin; at least about 15 degrees wide), unless the user moved the map
      since the filters last changed. */
  function fitToPlaces(items, force) {
    if (!state.zoom || !state.zoom.setView || (state.zoom.user && !force)) return;
    const pts = items.filter((p) => p.lat !== null && p.lon !== null).map((p) => project(p.lon, p.lat));
    if (!pts.length) { state.zoom.setView(Object.assign({}, VIEW0)); return; }
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const w = Math.max(40, (x1 - x0) * 1.25 + 16, ((y1 - y0) * 1.25 + 16) * VIEW0.w / VIEW0.h);
    const h = w * VIEW0.h / VIEW0.w;
    state.zoom.setView({x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w, h: h});
  }

  function scaleDots() {
    const k = state.zoom ? state.zoom.view.w / VIEW0.w : 1;
    for (const c of document.querySelectorAll("#map .dot")) c.setAttribute("r", (+c.dataset.r * Math.sqrt(k)).toFixed(2));
  }

  function drawPlaces(items) {
    const g = $("#map .dots");
    if (!g) return;
    clear(g);
    state.placeNames = state.placeNames || {};
    for (const p of items) if (p.geonameid && p.name) state.placeNames[p.geonameid] = {name: p.name, country: p.country};
    const input = $("#filters").elements.place;
    if (input && state.filters.place && input.value === state.filters.place && state.placeNames[state.filters.place]) {
      input.value = placeLabel(state.filters.place);
      input.dataset.id = state.filters.place;
    }
    state.places = items;
    fitToPlaces(items);
    renderDots();
  }

  /** The places as dots; places closer than about 20 pixels at the current zoom are one cluster dot (labelled
      with its number of events) whose click zooms in until they part. */
  function renderDots() {
    const g = $("#map .dots");
    if (!g || !state.zoom) return;
    clear(g);
    const items = state.places || [];
    const max = Math.max(1, ...items.map((p) => p.count));
    const cell = state.zoom.view.w / 48;
    const groups = [];
    // biggest first: a cluster sits on its biggest place
    for (const p of items.slice().sort((a, b) => b.count - a.count)) {
      const [x, y] = project(p.lon, p.lat);
      const near = groups.find((c) => Math.hypot(c.x - x, c.y - y) < cell);
      if (near) near.members.push(p); else groups.push({x: x, y: y, members: [p]});
    }
    // clusters first, then single places by size, so small dots stay clickable on top
    groups.sort((a, b) => (b.members.length > 1) - (a.members.length > 1) ||
                          b.members.reduce((n, p) => n + p.count, 0) - a.members.reduce((n, p) => n + p.count, 0));
    for (const c of groups) {
      if (c.members.length > 1) { g.appendChild(clusterDot(c, max)); continue; }
      const p = c.members[0];
      const q = dominantQuad(p.quad);
      const r = 2.5 + 9 * Math.sqrt(p.count / max);
      const key = p.geonameid || p.name;
      const dot = svg("circle", {class: "dot" + (state.filters.place && state.filters.place === key ? " on" : ""),
                                 cx: c.x.toFixed(2), cy: c.y.toFixed(2), r: r, fill: QUAD_COLORS[q] || "#666",
                                 "data-r": r, "data-place": key, tabindex: 0},
                      title(`${p.name || "?"}${p.country ? " (" + p.country + ")" : ""}: ${p.count} events, ` +
                            `mean Goldstein ${fmt(p.goldstein)}`));
      const pick = () => setFilter({place: state.filters.place === key ? "" : key});
      dot.addEventListener("click", pick);
      dot.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
      g.appendChild(dot);
    }
    scaleDots();
  }

  function clusterDot(c, max) {
    const n = c.members.reduce((k, p) => k + p.count, 0);
    const quad = {};
    for (const p of c.members) for (const [q, k] of Object.entries(p.quad || {})) quad[q] = (quad[q] || 0) + k;
    const r = 4 + 9 * Math.sqrt(Math.min(1, n / max));
    const names = c.members.slice(0, 8).map((p) => p.name || "?").join(", ") + (c.members.length > 8 ? ", …" : "");
    const k = state.zoom.view.w / VIEW0.w;
    const grp = svg("g", {class: "cluster", tabindex: 0, "data-places": c.members.length, "data-events": n},
      svg("circle", {class: "dot cluster", cx: c.x.toFixed(2), cy: c.y.toFixed(2), r: r, "data-r": r,
                     fill: QUAD_COLORS[dominantQuad(quad)] || "#666"}),
      svg("text", {class: "cluster-n", x: c.x.toFixed(2), y: (c.y + 3.5 * Math.sqrt(k)).toFixed(2), "text-anchor": "middle",
                   "font-size": (10 * Math.sqrt(k)).toFixed(2), text: String(n)}),
      title(`${c.members.length} places, ${n} events: ${names} (click to zoom in)`));
    const zoomIn = () => { fitToPlaces(c.members, true); state.zoom.user = true; };
    grp.addEventListener("click", zoomIn);
    grp.addEventListener("keydown", (ev) => { if (ev.key === "Enter") zoomIn(); });
    return grp;
  }

  /** The incidents of the selection with a toll (GET /api/incidents) as red rings around their places, sized by
      deaths and injuries; only the ring takes the pointer (its tooltip gives the toll), so the dot inside stays
      clickable. */
  function drawIncidentRings(items) {
    state.rings = (items || []).filter((i) => (i.killed || i.injured) && i.place &&
                                              i.place.lat !== null && i.place.lon !== null);
    renderRings();
  }

  function renderRings() {
    const g = $("#map .incident-rings");
    if (!g || !state.zoom) return;
    clear(g);
    const rings = state.rings || [];
    const hurt = (i) => (i.killed || 0) + (i.injured || 0);
    const max = Math.max(1, ...rings.map(hurt));
    const k = Math.sqrt(state.zoom.view.w / VIEW0.w);
    for (const i of rings.slice().sort((a, b) => hurt(b) - hurt(a))) {
      const [x, y] = project(i.place.lon, i.place.lat);
      const r = (8 + 10 * Math.sqrt(hurt(i) / max)) * k;
      const toll = [i.killed ? `${i.killed} killed` : "", i.injured ? `${i.injured} injured` : ""].filter(Boolean).join(", ");
      g.appendChild(svg("circle", {class: "ring", cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2),
                                   "data-incident": i.incident_id, "data-killed": i.killed || 0, "data-injured": i.injured || 0},
                        title(`${i.place.name || "?"}${i.place.country ? " (" + i.place.country + ")" : ""}` +
                              ` ${i.date || "undated"}: ${toll} (one incident, each toll counted once)`)));
    }
  }

  return {loadWorld, setupMap, drawPlaces, drawIncidentRings};
};
