// The loading bar above the rekentool: progress while Python loads (the form works meanwhile),
// gone once Python answers, and the message when loading failed for good.

import { h } from "./dom.js";

/** The bar for `motor` (the page's one worker, see motor.js); it follows the motor by itself. */
export function bouwLaadbalk(motor) {
  const voortgang = h("progress", { max: 1, value: motor.voortgang.fractie, "aria-label": "Voortgang laden" });
  const tekst = h("span", null, "Python wordt geladen. U kunt alvast invullen.");
  const balk = h("div", { class: "wik-laden", role: "status" }, voortgang, " ", tekst);
  const toon = ({ stap, fractie, tekst: uitleg }) => {
    if (stap === "gereed") {
      balk.hidden = true;
      return;
    }
    voortgang.value = fractie;
    tekst.textContent = `${uitleg || "Python wordt geladen"}… U kunt alvast invullen.`;
  };
  const fataal = (uitleg) => {
    balk.hidden = false;
    balk.classList.add("wik-mis");
    voortgang.hidden = true;
    tekst.textContent = `${uitleg} Vernieuw de pagina om het opnieuw te proberen.`;
  };
  motor.addEventListener("voortgang", (e) => toon(e.detail));
  motor.addEventListener("fataal", (e) => fataal(e.detail.tekst));
  if (motor.fataal) fataal(motor.fataal);
  else if (motor.voortgang.stap === "gereed") toon(motor.voortgang); // a later element: Python answers already
  return balk;
}
