/* eventwire dashboard: the event panel (the evidence: sentence with highlighted spans, article, pattern and rule).
 * Plain JavaScript, no build step, nothing from the internet; loaded after core.js (window.ew: the page's state
 * and helpers), it adds selectEvent, showRejected and dropStaleSelection to window.ew.  Every value from the API
 * goes onto the page as text (textContent, SVG attributes), never as HTML.
 */
"use strict";

(function () {
  const ew = window.ew;
  const {state, $, el, clear, fmt, safeUrl, setStatus, getJSON, writeHash, actorLabel, actorName, quadChip, ROLE_NAMES} = ew;

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
    if (state.token && !m.inherited) block.appendChild(ew.correctForm(m));
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

  /** A click far from the panel (in the table below it, or the incidents) brings the panel into view when none of
   *  it is on the screen. */
  function revealPanel() {
    const r = $("#event-panel").getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) $("#event-panel").scrollIntoView({block: "nearest"});
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
    clear($("#incidents")).appendChild(el("p", {class: "empty error"}, msg));
    const dots = $("#map .dots");
    if (dots) clear(dots);
    if (ew.drawIncidentRings) ew.drawIncidentRings([]);
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

  Object.assign(ew, {revealPanel, selectEvent, showRejected, dropStaleSelection, highlighted});
})();
