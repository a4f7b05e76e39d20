// What the element shows after a calculation: the answer on its tab, an error at its field, or an
// explanation when there is nothing to calculate; the tab's buttons, the spoken summary (aria-live)
// and the printable copy of the letter. The element decides when; this module decides what.

import { bevestig, toonBrief } from "./brief.js";
import { h, vervang } from "./dom.js";
import { kaartVeld, toonFouten } from "./fouten.js";
import { toonTraject } from "./planner.js";
import { aankondiging, toonUitkomst } from "./uitkomst.js";

export class Weergave {
  /** @param {HTMLElement} el the element @param {any} delen its panels, result boxes and live region (filled in later) */
  constructor(el, delen) {
    this.el = el;
    this.delen = delen;
    /** The last good answer per tab (the letter's and planner's buttons use it). */
    this.laatste = {};
    /** Which tabs show an answer that still holds (to say so when it no longer does). */
    this.geldig = {};
    /** A copy of the letter directly under <body>, the only thing printed on the Brief tab. */
    this.afdruk = h("div", { class: "wik-afdruk" });
  }

  /** The letter's and planner's buttons work only while their answer is on screen. */
  knoppen(tab, aan) {
    const paneel = this.delen.panelen[tab];
    for (const knop of paneel.querySelectorAll(".wik-knoppen button")) knop.disabled = !aan;
    bevestig(paneel); // a new answer or none: what a button did no longer applies
    if (tab === "brief" && !aan) this.afdruk.replaceChildren(); // never print a letter that is no longer shown
  }

  /** Nothing to calculate yet: an explanation instead, and the fields' own errors (if any). */
  zonder(tab, fouten, tekst) {
    const vak = this.delen.uitkomst[tab];
    this.knoppen(tab, false);
    toonFouten(this.el, fouten);
    vak.setAttribute("aria-busy", "false");
    vervang(vak, h("p", { class: "wik-leeg" }, tekst));
    this.#vervallen(tab, tekst);
  }

  /** The engine's error: at its field when there is one, and in the result's place. */
  fout(tab, fout, rijen) {
    const vak = this.delen.uitkomst[tab];
    this.knoppen(tab, false);
    const veld = kaartVeld(fout.veld, rijen);
    const getoond = toonFouten(this.el, new Map(veld ? [[veld, fout.tekst]] : []));
    const elders = tab === "brief" && /^berekening\./.test(fout.veld || "");
    vervang(vak, h("p", { class: "wik-probleem" },
      elders ? "Op het tabblad Rekentool: " : getoond ? "Verbeter het gemarkeerde veld: " : "", fout.tekst));
    if (!this.#vervallen(tab, fout.tekst)) this.delen.melder.textContent = fout.tekst;
  }

  /** A good answer on its tab: the view, the buttons and a spoken summary. */
  toon(tab, antwoord) {
    const vak = this.delen.uitkomst[tab];
    toonFouten(this.el, new Map());
    this.laatste[tab] = antwoord;
    this.geldig[tab] = true;
    this.knoppen(tab, true);
    if (tab === "rekentool") {
      vervang(vak, toonUitkomst(antwoord));
      this.delen.melder.textContent = aankondiging(antwoord);
    } else if (tab === "brief") {
      vervang(vak, toonBrief(antwoord));
      this.afdruk.replaceChildren(vak.querySelector(".wik-brief").cloneNode(true));
      if (!this.afdruk.isConnected) document.body.append(this.afdruk);
      this.delen.melder.textContent = "Het voorbeeld van de brief is bijgewerkt.";
    } else {
      vervang(vak, toonTraject(antwoord));
      this.delen.melder.textContent = `De planning telt ${antwoord.stappen?.length ?? 0} stappen.`;
    }
  }

  /** Say (aria-live) that the answer on `tab` no longer holds, once, when one was shown. */
  #vervallen(tab, reden) {
    if (!this.geldig[tab]) return false;
    this.geldig[tab] = false;
    this.delen.melder.textContent = `De uitkomst is niet meer geldig. ${reden}`;
    return true;
  }
}
