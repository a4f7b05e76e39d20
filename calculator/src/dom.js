// A tiny DOM builder. Strings become text nodes (never HTML), so a name like
// `<script>` is shown as the characters the visitor typed.

/**
 * h("p", {class: "x"}, "text", child, [more]) → HTMLElement
 * @param {string} tag @param {Record<string, any> | null} [eigenschappen] @param {...any} kinderen
 * @returns {any} the element (any: callers read `value` or `checked` of the inputs they build)
 */
export function h(tag, eigenschappen, ...kinderen) {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen || {})) {
    if (waarde === false || waarde === null || waarde === undefined) continue;
    if (naam === "value" || naam === "checked" || naam === "selected") el[naam] = waarde;
    else el.setAttribute(naam, waarde === true ? "" : String(waarde));
  }
  voegToe(el, kinderen);
  return el;
}

function voegToe(el, kinderen) {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) continue;
    if (Array.isArray(kind)) voegToe(el, kind);
    else el.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
  }
}

/**
 * A label + control + hint + error slot, tied together with for/aria-describedby.
 * @param {{id: string, label: any, control: HTMLElement, hint?: string, klasse?: string}} opties
 */
export function veld({ id, label, control, hint, klasse }) {
  const foutId = `${id}-fout`;
  const hintId = hint ? `${id}-hint` : null;
  control.id = id;
  control.setAttribute("aria-describedby", [hintId, foutId].filter(Boolean).join(" "));
  return h("div", { class: `wik-veld ${klasse || ""}`.trim() },
    h("label", { for: id }, label),
    control,
    hint ? h("p", { class: "wik-hint", id: hintId }, hint) : null,
    h("p", { class: "wik-fout", id: foutId, hidden: true }));
}

/**
 * A yes/no question: a fieldset whose legend is the question, two radios (`data-janee`: the
 * state holds true for "ja"), an optional hint or a folded explanation (`uitleg`: [summary, text]),
 * and `extra` (shown below, e.g. a follow-up field).
 * @param {{id: string, vraag: string, pad: string, ja: boolean, hint?: string, uitleg?: [string, string], klasse?: string}} opties
 */
export function janee({ id, vraag, pad, ja, hint, uitleg, klasse }, ...extra) {
  const hintId = hint ? `${id}-hint` : null;
  const keuze = (waarde, label) => h("label", { class: "wik-radio" },
    h("input", { type: "radio", name: id, value: waarde, "data-pad": pad, "data-janee": true,
      checked: (waarde === "ja") === ja, "aria-describedby": hintId }), " ", label);
  return h("fieldset", { class: `wik-janee ${klasse || ""}`.trim(), id },
    h("legend", null, vraag),
    h("div", { class: "wik-keuzes" }, keuze("ja", "Ja"), keuze("nee", "Nee")),
    hint ? h("p", { class: "wik-hint", id: hintId }, hint) : null,
    uitleg ? h("details", { class: "wik-uitleg" }, h("summary", null, uitleg[0]), h("p", null, uitleg[1])) : null,
    extra);
}

/** Replace all children of `el`. */
export function vervang(el, ...kinderen) {
  el.replaceChildren();
  voegToe(el, kinderen);
}

/** Offer text as a file download (a .txt letter, an .ics calendar). */
export function download(naam, inhoud, type) {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const a = h("a", { href: url, download: naam, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
