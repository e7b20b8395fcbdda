/* eventwire dashboard: the 'correct' form of each mention (shown with an API token).  Plain JavaScript, no build
 * step, nothing from the internet; loaded after core.js (window.ew: the page's state and helpers), it adds
 * correctForm and setToken to window.ew.  Every value from the API goes onto the page as text (textContent, SVG
 * attributes), never as HTML.
 */
"use strict";

(function () {
  const ew = window.ew;
  const {state, el, clear, getJSON} = ew;

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
              await ew.refresh();
              ew.selectEvent(m.mention_id);
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
        await ew.refresh();
        await ew.selectEvent(m.mention_id);      // the event's id changes with its codes: show the mention
      } catch (e) { msg.textContent = "Not saved: " + e.message; }
    });
    const box = el("details", {class: "correct"}, el("summary", {}, "correct"), f, past);
    box.addEventListener("toggle", () => { if (box.open) { loadCodes(); loadHistory(m, past, msg); } });
    return box;
  }

  function setToken(value) {
    state.token = (value || "").trim();
    document.body.classList.toggle("can-write", !!state.token);
    if (state.selected) ew.selectEvent(state.selected);
  }

  Object.assign(ew, {correctForm, setToken});
})();
