// The rekentool's place in the URL and the browser's history. Rules:
// - typing, choosing and adding rows replace the current history entry; only a tab change adds one
//   (so Back goes to the previous tab, not to the previous keystroke);
// - a share link that cannot be read (damaged, or from a newer version) is never silently
//   replaced: a message says what went wrong and how to start over, and the address stays as it
//   was until the visitor acts; then the first write adds an entry, so Back finds the link again.

import { h } from "./dom.js";
import { leesFragment, naarFragment } from "./staat.js";

const LINK = {
  kapot: "Deze link naar een berekening is beschadigd: de rekentool kan de gegevens erin niet lezen. " +
    "Vaak is bij het kopiëren of doorsturen een stuk van de link weggevallen.",
  versie: "Deze link is gemaakt met een nieuwere versie van de rekentool dan deze pagina kent. " +
    "Vernieuw de pagina; helpt dat niet, vraag dan om een nieuwe link.",
};

export class Geschiedenis {
  #aan;
  /** @type {"kapot" | "versie" | null} a link that cannot be read is on screen, untouched */
  #fout = null;
  /** the visitor acted after such a link: the next write adds a history entry */
  #bewaar = false;
  #wat = h("p", { class: "wik-linkfout-wat" });
  /** The message for a link that cannot be read; the element places it above its tabs. */
  melding = h("div", { class: "wik-probleem wik-linkfout", role: "alert", hidden: true },
    this.#wat,
    h("p", null, "Het adres in de adresbalk is niet veranderd, zodat u de link kunt controleren of opnieuw kunt " +
      "kopiëren uit het bericht waarin u hem kreeg. Hieronder staat een leeg formulier; zodra u iets invult of " +
      "opnieuw begint, wordt het adres bijgewerkt. Met de knop Vorige van uw browser komt u dan terug bij de link."),
    h("button", { type: "button", class: "wik-knop", "data-actie": "opnieuw" }, "Opnieuw beginnen"));

  /** @param {() => boolean} aan false: the element keeps no state in the URL (`zonder-url`), asked each time */
  constructor(aan) {
    this.#aan = aan;
  }

  /**
   * The state in the current fragment (read with `basis` for what it lacks); null when there is
   * none or it cannot be read (then the message shows, and writing waits for the visitor).
   */
  lees(basis) {
    if (!this.#aan()) return null;
    const gelezen = leesFragment(location.hash, basis);
    if (gelezen?.fout) {
      this.#fout = gelezen.fout;
      this.#wat.textContent = LINK[gelezen.fout] || LINK.kapot;
      this.melding.hidden = false;
      return null;
    }
    if (gelezen) this.gehandeld(false);
    return gelezen?.staat ?? null;
  }

  /** The visitor typed, chose or pressed something: a link message has done its work. */
  gehandeld(bewaar = true) {
    if (!this.#fout) return;
    this.#fout = null;
    this.#bewaar = bewaar;
    this.melding.hidden = true;
  }

  /** Put `staat` in the URL: a new history entry when `erbij`, else in place of the current one. */
  schrijf(staat, erbij = false) {
    if (!this.#aan() || this.#fout) return;
    const fragment = naarFragment(staat);
    if (location.hash === fragment) return;
    const nieuw = erbij || this.#bewaar;
    this.#bewaar = false;
    history[nieuw ? "pushState" : "replaceState"](history.state, "", fragment);
  }
}
