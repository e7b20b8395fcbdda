/* eventwire dashboard: the incidents of the selection (GET /api/incidents), each with its deaths and injuries
 * counted once, and the totals of the selection.  Plain JavaScript, no build step, nothing from the internet;
 * loaded after core.js (window.ew), it adds drawIncidents to window.ew.  Every value from the API goes onto the
 * page as text (textContent), never as HTML. */
"use strict";

(function () {
  const ew = window.ew;
  const {$, el, clear} = ew;

  function plural(n, word) { return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`; }

  function tollText(inc) {
    const parts = [];
    if (inc.killed) parts.push(`${inc.killed.toLocaleString()} killed`);
    if (inc.injured) parts.push(`${inc.injured.toLocaleString()} injured`);
    return parts.length ? parts.join(", ") : "no toll reported";
  }

  function placeText(p) {
    if (!p || !p.name) return "(no place)";
    return p.name + (p.country ? ` (${p.country})` : "");
  }

  function drawIncidents(data) {
    const box = clear($("#incidents"));
    const items = data.items || [];
    if (ew.drawIncidentRings) ew.drawIncidentRings(items);       // the map layer (map.js)
    const sum = el("p", {class: "incident-totals hint", "data-total": data.total, "data-killed": data.killed,
                         "data-injured": data.injured},
      `${plural(data.total, "incident")} · ${data.killed.toLocaleString()} killed · ` +
      `${data.injured.toLocaleString()} injured`,
      data.without_toll ? ` · ${data.without_toll.toLocaleString()} without a toll` : "",
      " (each toll counted once; copies of a story merged)");
    box.appendChild(sum);
    if (!items.length) { box.appendChild(el("p", {class: "empty"}, "No incidents for these filters.")); return; }
    const list = el("ol", {class: "incident-list"});
    for (const inc of items) {
      const hurt = inc.killed || inc.injured;
      const li = el("li", {class: "incident" + (hurt ? " hurt" : ""), "data-incident": inc.incident_id,
                           "data-killed": inc.killed === null ? "" : inc.killed,
                           "data-injured": inc.injured === null ? "" : inc.injured,
                           tabindex: inc.mention_id ? 0 : null,
                           title: inc.title ? `${inc.title} · ${plural(inc.n_documents, "article")}` : null},
        el("span", {class: "toll"}, tollText(inc)),
        el("span", {class: "where"}, `${inc.date || "undated"} · ${placeText(inc.place)}`),
        el("span", {class: "who"}, `${inc.source || "?"} → ${inc.target || "–"} · ${inc.kind || ""}` +
                                   (inc.n_documents > 1 ? ` · ${inc.n_documents} articles` : "")));
      if (inc.mention_id) {
        const pick = () => { ew.selectEvent(inc.mention_id); ew.revealPanel(); };
        li.addEventListener("click", pick);
        li.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
      }
      list.appendChild(li);
    }
    box.appendChild(list);
    if (data.total > items.length) box.appendChild(el("p", {class: "hint"}, `… and ${data.total - items.length} more`));
  }

  Object.assign(ew, {drawIncidents});
})();
