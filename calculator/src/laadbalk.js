// The loading bar above the rekentool: progress while the calculator loads (the form works
// meanwhile), gone once it answers, and when loading failed for good a plain message with an
// "Opnieuw proberen" button (a fresh worker; what the visitor typed stays, it lives in the element).
// The words are the bar's own, in plain Dutch: the worker's stage names are technical and never shown.

import { h } from "./dom.js";

/** What the visitor reads per stage of the worker (see worker.js, motor.js); anything else: the first. */
const STAPPEN = {
  start: "De rekentool wordt geladen",
  runtime: "De rekentool wordt geladen",
  pakket: "De rekentool wordt klaargemaakt",
  herstart: "De rekentool wordt opnieuw geladen",
};

/** The bar for `motor` (the page's one worker, see motor.js); it follows the motor by itself. */
export function bouwLaadbalk(motor) {
  const voortgang = h("progress", { max: 1, value: motor.voortgang.fractie, "aria-label": "Voortgang laden" });
  const tekst = h("span", null, `${STAPPEN.start}… U kunt alvast invullen.`);
  const balk = h("div", { class: "wik-laden", role: "status" }, voortgang, " ", tekst);
  const toon = ({ stap, fractie }) => {
    balk.classList.remove("wik-mis");
    voortgang.hidden = false;
    if (stap === "gereed") {
      balk.hidden = true;
      return;
    }
    balk.hidden = false;
    voortgang.value = fractie;
    tekst.textContent = `${STAPPEN[stap] || STAPPEN.start}… U kunt alvast invullen.`;
  };
  const fataal = (uitleg) => {
    balk.hidden = false;
    balk.classList.add("wik-mis");
    voortgang.hidden = true;
    const knop = h("button", { type: "button", class: "wik-knop", "data-actie": "rekentool-opnieuw" }, "Opnieuw proberen");
    knop.addEventListener("click", (e) => {
      e.stopPropagation(); // the element's own buttons are not this one
      motor.opnieuw();
    });
    // The cause is technical: kept for a helpdesk behind "Technische melding", not in the sentence.
    tekst.replaceChildren("De rekentool kon niet laden. Wat u invulde, blijft staan. ", knop, " ",
      h("details", { class: "wik-uitleg" }, h("summary", null, "Technische melding"), h("span", null, String(uitleg))));
  };
  motor.addEventListener("voortgang", (e) => toon(e.detail));
  motor.addEventListener("fataal", (e) => fataal(e.detail.tekst));
  if (motor.fataal) fataal(motor.fataal);
  else toon(motor.voortgang);
  return balk;
}
