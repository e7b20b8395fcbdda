/* eventwire dashboard: the event table and the header's count of matching events.  Plain JavaScript, no build
 * step, nothing from the internet; loaded after core.js (window.ew: the page's state and helpers), it adds
 * drawTable and showCounts to window.ew.  Every value from the API goes onto the page as text (textContent, SVG
 * attributes), never as HTML.
 */
"use strict";

(function () {
  const ew = window.ew;
  const {state, $, el, clear, fmt, actorLabel, actorName, quadChip} = ew;

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
        el("td", {class: "code event"}, ev.cameo || "–", el("span", {class: "sub"}, ev.cameo_name || ev.plover_type || "")),
        el("td", {class: "code"}, actorLabel(ev.target), el("span", {class: "sub"}, actorName(ev.target))),
        el("td", {}, place),
        el("td", {}, quadChip(ev.quad_class)),
        el("td", {class: "code"}, fmt(ev.goldstein)),
        el("td", {class: "code"}, ev.num_articles === null || ev.num_articles === undefined ? "–" : String(ev.num_articles)),
        el("td", {class: "toll"}, toll(ev)),
        el("td", {class: "evidence"}, el("b", {}, ev.evidence_text || ""),
           ev.sentence_text ? el("span", {class: "sub clamp", title: ev.sentence_text}, ev.sentence_text) : null));
      const pick = () => { ew.selectEvent(ev.id); ew.revealPanel(); };
      tr.addEventListener("click", pick);
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
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

  Object.assign(ew, {drawTable, showCounts, toll});
})();
