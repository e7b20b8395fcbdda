/* eventwire dashboard: the core.  Plain JavaScript, no build step, nothing from the internet.
 * The page's state, small helpers (elements, SVG, API calls), the filters (form <-> URL hash) and the header;
 * all of it on window.ew, which the other files (map.js, timeline.js, network.js, table.js, panel.js,
 * corrections.js, incidents.js) extend and app.js starts.  Every piece of data from the API is put on the page
 * with textContent / SVG attributes, never as HTML. */
"use strict";

(function () {
  const ew = window.ew = {};
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
  /** The height the notes above a chart take (its <p> children), so the drawing fits below them. */
  function notesHeight(box) {
    let h = 0;
    for (const p of box.querySelectorAll(":scope > p")) h += p.offsetHeight + 4;
    return h;
  }
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
    ew.refresh();
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

  Object.assign(ew, {SVG, QUAD_NAMES, QUAD_SHORT, QUAD_COLORS, FILTER_KEYS, ROLE_NAMES, PAGE, state, $, el, svg, title,
                     clear, notesHeight, fmt, safeUrl, setStatus, query, api, getJSON, actorLabel, actorName, quadChip, dominantQuad,
                     readForm, placeLabel, writeForm, writeHash, readHash, setFilter, loadStats, loadMeta});
})();
