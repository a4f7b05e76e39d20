// The form controls both tools build: a text field, an amount, a date and a choice list. Every
// control carries `data-pad` (its place in the state) and, where the engine can name it in an
// error, `data-veld` (the contract's field path).

import { EERSTE_DATUM, LAATSTE_DATUM } from "./gedeeld.js";
import { h } from "./dom.js";

export const tekstveld = (pad, waarde, extra = {}) =>
  h("input", { type: "text", "data-pad": pad, value: waarde, autocomplete: "off", ...extra });

export const bedragveld = (pad, waarde, veldnaam) =>
  tekstveld(pad, waarde, { inputmode: "decimal", "data-veld": veldnaam, placeholder: "0,00", spellcheck: "false" });

export const datumveld = (pad, waarde, veldnaam) =>
  h("input", { type: "date", "data-pad": pad, "data-veld": veldnaam, value: waarde, min: EERSTE_DATUM, max: LAATSTE_DATUM });

/** A <select> of `opties` (value → label), `gekozen` selected. */
export function keuzelijst(pad, opties, gekozen, veldnaam, extra = {}) {
  return h("select", { "data-pad": pad, "data-veld": veldnaam, ...extra },
    Object.entries(opties).map(([waarde, label]) => h("option", { value: waarde, selected: waarde === gekozen }, label)));
}
