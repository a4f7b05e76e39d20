// The form controls both tools build: a text field, an amount, a date and a choice list. Every
// control carries `data-pad` (its place in the state) and, where the engine can name it in an
// error, `data-veld` (the contract's field path).

import { h } from "./dom.js";

export const tekstveld = (pad, waarde, extra = {}) =>
  h("input", { type: "text", "data-pad": pad, value: waarde, autocomplete: "off", ...extra });

export const bedragveld = (pad, waarde, veldnaam) =>
  tekstveld(pad, waarde, { inputmode: "decimal", "data-veld": veldnaam, placeholder: "0,00", spellcheck: "false" });

export const datumveld = (pad, waarde, veldnaam) =>
  h("input", { type: "date", "data-pad": pad, "data-veld": veldnaam, value: waarde, min: "1990-01-01", max: "2100-12-31" });

/** A <select> of `opties` (value → label), `gekozen` selected. */
export function keuzelijst(pad, opties, gekozen, veldnaam, extra = {}) {
  return h("select", { "data-pad": pad, "data-veld": veldnaam, ...extra },
    Object.entries(opties).map(([waarde, label]) => h("option", { value: waarde, selected: waarde === gekozen }, label)));
}
