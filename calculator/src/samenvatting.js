// The head of a `bereken` answer: what is owed (now, and after the 14-day letter when that
// differs), the print button, and on a small screen a one-line bar with the key figure that
// stays in view while the visitor scrolls through the form.

import { h } from "./dom.js";
import { euro } from "./notatie.js";

const nul = (bedrag) => !/[1-9]/.test(String(bedrag ?? "0"));

/**
 * Is this an answer for a consumer whose collection costs are not due yet (no 14-day letter has
 * run out), so that what is owed now differs from the total? Needs the engine's
 * `incassokosten.verschuldigd` and `nu_verschuldigd`.
 * @param {object} a a `bereken` answer
 */
function tweeBedragen(a) {
  const k = a.incassokosten || {};
  return k.verschuldigd === false && !nul(k.open ?? k.totaal) && typeof a.nu_verschuldigd === "string";
}

const kostenLabel = (k) => (k.btw && !nul(k.btw) ? "Incassokosten (incl. btw)" : "Incassokosten");

/**
 * The summary: hoofdsom, rente, incassokosten and the total; for a consumer before the 14-day
 * letter has run out, "Nu verschuldigd" and "Na de 14-dagenbrief" with one sentence of why.
 * @param {object} a a `bereken` answer @param {HTMLElement} knop the print button
 * @returns {HTMLElement}
 */
export function bouwSamenvatting(a, knop) {
  const k = a.incassokosten || {};
  const kosten = k.open ?? k.totaal;
  const regel = (post, label, bedrag, klasse = "") =>
    h("div", { class: `wik-regel ${klasse}`.trim(), "data-post": post }, h("dt", null, label), h("dd", null, euro(bedrag)));
  const twee = tweeBedragen(a);
  const lijst = twee
    ? h("dl", { class: "wik-samenvatting wik-twee" },
      regel("hoofdsom", "Hoofdsom", a.hoofdsom),
      regel("rente", "Rente", a.rente?.open),
      regel("nu", "Nu verschuldigd", a.nu_verschuldigd, "wik-nu"),
      regel("incassokosten", `${kostenLabel(k)} na de 14-dagenbrief`, kosten),
      regel("totaal", "Na de 14-dagenbrief", a.totaal, "wik-totaal"))
    : h("dl", { class: "wik-samenvatting" },
      regel("hoofdsom", "Hoofdsom", a.hoofdsom),
      regel("rente", "Rente", a.rente?.open),
      regel("incassokosten", kostenLabel(k), kosten),
      regel("totaal", "Totaal te vorderen", a.totaal, "wik-totaal"));
  const uitleg = twee
    ? h("p", { class: "wik-nu-uitleg" }, "Uw klant is een consument: de incassokosten (",
      h("span", { class: "wik-bedrag" }, euro(kosten)), ") zijn pas verschuldigd als hij niet betaalt binnen de termijn " +
      "van een 14-dagenbrief.")
    : null;
  return h("div", { class: "wik-kern" }, lijst, uitleg, h("div", { class: "wik-knoppen" }, knop));
}

/** One sentence for screen readers (aria-live). */
export function aankondiging(a) {
  const k = a.incassokosten || {};
  const delen = `hoofdsom ${euro(a.hoofdsom)}, rente ${euro(a.rente?.open)}, incassokosten ${euro(k.open ?? k.totaal)}.`;
  if (tweeBedragen(a)) {
    return `Nu verschuldigd ${euro(a.nu_verschuldigd)}. Totaal te vorderen ${euro(a.totaal)} als uw klant na de ` +
      `14-dagenbrief niet betaalt: ${delen}`;
  }
  return `Totaal te vorderen ${euro(a.totaal)}: ${delen}`;
}

/** Per panel the observer that shows its bar; a new answer replaces it. */
const waarnemers = new WeakMap();

/**
 * The bar at the bottom of a small screen: the key figure, shown while the form is in view and
 * the summary is not (CSS hides it on wide screens, while a field has focus, and in print).
 * It repeats what the summary says, so it is hidden from screen readers and holds nothing to focus.
 * @param {object} a a `bereken` answer @param {HTMLElement} kern the summary it points at
 */
export function bouwBalk(a, kern) {
  const tekst = tweeBedragen(a)
    ? [h("span", null, "Nu verschuldigd ", h("strong", null, euro(a.nu_verschuldigd))),
      h("span", { class: "wik-balk-na" }, `na de brief ${euro(a.totaal)}`)]
    : [h("span", null, "Totaal te vorderen ", h("strong", null, euro(a.totaal)))];
  const balk = h("div", { class: "wik-balk", "aria-hidden": "true" }, tekst);
  balk.addEventListener("click", () => kern.scrollIntoView({ block: "center" }));
  requestAnimationFrame(() => volg(balk, kern));
  return balk;
}

function volg(balk, kern) {
  const paneel = balk.isConnected && balk.closest(".wik-paneel");
  if (!paneel || typeof IntersectionObserver !== "function") return;
  waarnemers.get(paneel)?.disconnect();
  const zichtbaar = new Map();
  const waarnemer = new IntersectionObserver((items) => {
    for (const item of items) zichtbaar.set(item.target, item.isIntersecting);
    balk.classList.toggle("wik-balk-aan", Boolean(zichtbaar.get(paneel)) && !zichtbaar.get(kern));
  });
  waarnemer.observe(paneel);
  waarnemer.observe(kern);
  waarnemers.set(paneel, waarnemer);
}
