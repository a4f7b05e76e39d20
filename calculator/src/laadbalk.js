// The loading bar above the rekentool: progress while the calculator loads (the form works
// meanwhile), gone once it answers, and the message when loading failed for good. The words are
// the bar's own, in plain Dutch: the worker's stage names are technical and never shown.

import { h } from "./dom.js";

/** What the visitor reads per stage of the worker (see worker.js); anything else: the first. */
const STAPPEN = {
  start: "De rekentool wordt geladen",
  runtime: "De rekentool wordt geladen",
  pakket: "De rekentool wordt klaargemaakt",
};

/** The bar for `motor` (the page's one worker, see motor.js); it follows the motor by itself. */
export function bouwLaadbalk(motor) {
  const voortgang = h("progress", { max: 1, value: motor.voortgang.fractie, "aria-label": "Voortgang laden" });
  const tekst = h("span", null, `${STAPPEN.start}… U kunt alvast invullen.`);
  const balk = h("div", { class: "wik-laden", role: "status" }, voortgang, " ", tekst);
  const toon = ({ stap, fractie }) => {
    if (stap === "gereed") {
      balk.hidden = true;
      return;
    }
    voortgang.value = fractie;
    tekst.textContent = `${STAPPEN[stap] || STAPPEN.start}… U kunt alvast invullen.`;
  };
  const fataal = (uitleg) => {
    balk.hidden = false;
    balk.classList.add("wik-mis");
    voortgang.hidden = true;
    // The cause is technical: kept for a helpdesk behind "Technische melding", not in the sentence.
    tekst.replaceChildren("De rekentool kon niet laden. Vernieuw de pagina om het opnieuw te proberen. ",
      h("details", { class: "wik-uitleg" }, h("summary", null, "Technische melding"), h("span", null, String(uitleg))));
  };
  motor.addEventListener("voortgang", (e) => toon(e.detail));
  motor.addEventListener("fataal", (e) => fataal(e.detail.tekst));
  if (motor.fataal) fataal(motor.fataal);
  else if (motor.voortgang.stap === "gereed") toon(motor.voortgang); // a later element: the calculator answers already
  else toon(motor.voortgang);
  return balk;
}
