/* eventwire dashboard: loading and start-up.  Plain JavaScript, no build step, nothing from the internet.
 * core.js holds the state and helpers; map.js, timeline.js, network.js, table.js, panel.js, corrections.js and
 * incidents.js draw the views; this file loads them all on each filter change and wires the controls. */
"use strict";

(function () {
  const ew = window.ew;
  const {state, $, PAGE, api, setStatus, writeHash, readHash, readForm, writeForm, loadStats, loadMeta} = ew;

  // ---------------------------------------------------------------- map (map.js)
  const map = window.ewMap(ew);
  const loadWorld = map.loadWorld, setupMap = map.setupMap, drawPlaces = map.drawPlaces;
  ew.drawIncidentRings = map.drawIncidentRings;

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
        ew.drawTable(d);
        if (filtersChanged) ew.dropStaleSelection(d.items || []);
      }),
      api("/api/timeline", {interval: state.interval}).then((d) => seq === state.reqSeq && ew.drawTimeline(d)),
      api("/api/dyads", {limit: 25}).then((d) => seq === state.reqSeq && ew.drawNetwork(d)),
      api("/api/places", {limit: 500}).then((d) => seq === state.reqSeq && drawPlaces(d.items || [])),
      api("/api/incidents", {limit: 50}).then((d) => seq === state.reqSeq && ew.drawIncidents(d)),
    ];
    const res = await Promise.allSettled(tasks);
    if (seq !== state.reqSeq) return;
    const bad = res.filter((r) => r.status === "rejected");
    if (bad.length) {
      setStatus(bad[0].reason.message, true);
      ew.showRejected(bad[0].reason.message);
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
    $("#token-form").addEventListener("submit", (ev) => { ev.preventDefault(); ew.setToken($("#api-token").value); });
    $("#api-token").addEventListener("change", (ev) => ew.setToken(ev.target.value));
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      th.addEventListener("click", () => {
        const k = th.dataset.sort;
        state.order = state.order === "-" + k ? k : "-" + k;
        state.offset = 0;
        refresh();
      });
    }
    await refresh();
    if (state.selected) ew.selectEvent(state.selected);
  }


  ew.refresh = refresh;
  document.addEventListener("DOMContentLoaded", init);
})();
