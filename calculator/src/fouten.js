// Errors at their fields: the engine's `fout.veld` (a path in the request) and the form's own
// checks (a path in the rows on screen) both end up beside the control they concern, tied to it
// with aria-invalid and aria-describedby.

/**
 * The engine's field path → the form's: empty rows are left out of a request, so the engine's
 * `vorderingen[1]` may be the third row on screen (the same for payments and the dates of earlier
 * termijnen's costs). A letter's `berekening.` prefix is dropped.
 * @param {unknown} veld @param {Record<string, number[]> | undefined} rijen
 */
export function kaartVeld(veld, rijen) {
  if (typeof veld !== "string") return null;
  const pad = veld.replace(/^berekening\./, "");
  return pad.replace(/^(vorderingen|betalingen|kosten\.eerdere_termijnkosten)\[(\d+)\]/, (_, lijst, i) =>
    `${lijst}[${rijen?.[lijst]?.[Number(i)] ?? i}]`);
}

/**
 * Mark the fields with an error and clear all others; returns how many were shown at a field.
 * @param {HTMLElement} wortel @param {Map<string, string>} fouten field path → Dutch message
 */
export function toonFouten(wortel, fouten) {
  for (const el of wortel.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (wortel.querySelectorAll(".wik-fout"))) {
    el.hidden = true;
    el.textContent = "";
  }
  let getoond = 0;
  for (const [veld, tekst] of fouten) {
    const zoek = (selector) => wortel.querySelector(selector);
    const control = zoek(`[data-veld="${CSS.escape(veld)}"]`) || zoek(`[data-veld^="${CSS.escape(veld)}."]`);
    const plek = control ? document.getElementById(`${control.id}-fout`) : zoek(`[data-veld-fout="${CSS.escape(veld)}"]`);
    if (!plek) continue;
    control?.setAttribute("aria-invalid", "true");
    plek.textContent = tekst;
    plek.hidden = false;
    getoond++;
  }
  return getoond;
}
