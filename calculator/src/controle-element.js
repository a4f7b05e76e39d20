// <wik-controle>: the debtor's check ("Incassobrief ontvangen?") on top of the same worker as the
// rekentool (one Pyodide per page, the same cached files).
//
// Attributes: debiteur="consument|bedrijf" (bad values fall back), zonder-url (do not keep the
// state in the URL fragment). Properties: `ready`, `handle(request)`. Event: `wik-controle:uitkomst`
// (bubbles, composed) after every verdict shown, detail {verzoek, antwoord}.

import { h, vervang } from "./dom.js";
import { bevestig, downloadBrief, kopieerBrief } from "./brief.js";
import { kaartVeld, toonFouten } from "./fouten.js";
import { bouwAntwoord, bouwControle, leesFragment, MAX_FACTUREN, naarFragment,
  nieuweControle } from "./controle-staat.js";
import { bouwAntwoordFormulier, bouwControleFormulier, werkControleBij } from "./controle-formulier.js";
import { aankondigingControle, toonAntwoord, toonControle } from "./controle-uitkomst.js";
import { bouwLaadbalk } from "./laadbalk.js";
import { startMotor } from "./motor.js";
import { WikElement } from "./wik-element.js";
import { wijzigRijen, zetWaarde } from "./staat.js";

const WACHT_MS = 250;
/** The reply letter's error fields → the form's. */
const ANTWOORDVELD = { "schuldenaar.naam": "antwoord.naam", "schuldeiser.naam": "antwoord.aan",
  "schuldenaar.email": "antwoord.email", "verzenddatum": "peildatum" };
let teller = 0;

export class WikControleElement extends WikElement {
  static TAG = "wik-controle";

  #motor = startMotor();
  #id = `wikc${++teller}`;
  #staat = null;
  #delen = {};
  #timer = 0;
  #volgnummer = 0;
  #brief = null;
  /** A damaged or newer link: its fragment stays as it is until the visitor acts. */
  #linkBewaren = false;

  get debiteur() { return this.getAttribute("debiteur") === "bedrijf" ? "bedrijf" : "consument"; }
  get #metUrl() { return !this.hasAttribute("zonder-url"); }

  connectedCallback() {
    this.#motor.addEventListener("hersteld", this.#opHerstel); // a restarted worker: the verdict again
    if (this.#staat) return;
    const basis = nieuweControle(this.debiteur);
    const gelezen = this.#metUrl ? leesFragment(location.hash, basis) : null;
    this.#staat = gelezen?.staat || basis;
    this.#linkBewaren = Boolean(gelezen?.fout);
    this.#bouw(gelezen?.fout);
    this.#plan(0);
  }

  disconnectedCallback() {
    this.#motor.removeEventListener("hersteld", this.#opHerstel);
  }

  #opHerstel = () => this.#plan(0);

  #bouw(linkfout) {
    const d = this.#delen;
    d.uitkomst = h("div", { class: "wik-uitkomst", "aria-busy": "true" });
    d.brief = h("div", { class: "wik-uitkomst" });
    d.melder = h("div", { class: "wik-sr", "aria-live": "polite", "aria-atomic": "true" });
    d.bevestiging = h("p", { class: "wik-bevestiging", role: "status" });
    d.knoppen = h("div", { class: "wik-knoppen" },
      h("button", { type: "button", class: "wik-knop", "data-actie": "afdrukken", disabled: true }, "Afdrukken"),
      h("button", { type: "button", class: "wik-knop", "data-actie": "kopieer", disabled: true }, "Kopieer tekst"),
      h("button", { type: "button", class: "wik-knop", "data-actie": "download-txt", disabled: true }, "Download als .txt"));
    d.formulier = h("div");
    d.antwoordformulier = h("div");
    const melding = linkfout ? h("div", { class: "wik-linkfout", role: "alert" },
      h("p", null, linkfout === "versie" ? "Deze link komt uit een nieuwere versie van de tool; wij lezen hem niet."
        : "Deze link is beschadigd; de gegevens erin konden wij niet lezen. De link zelf blijft staan."),
      h("p", null, "Vul het formulier opnieuw in; zodra u iets wijzigt, maakt de tool een nieuwe link.")) : null;
    this.#vulFormulieren();
    this.replaceChildren(h("div", { class: "wik wik-controle" }, bouwLaadbalk(this.#motor), melding,
      h("div", { class: "wik-paneel" }, d.formulier,
        h("section", { class: "wik-resultaat", "aria-label": "Oordeel" }, h("h2", { class: "wik-kop" }, "Oordeel"), d.uitkomst)),
      h("section", { class: "wik-paneel", "aria-label": "Antwoordbrief" }, h("h2", { class: "wik-kop" }, "Uw antwoordbrief"),
        d.antwoordformulier, d.knoppen, d.bevestiging, d.brief), d.melder));
    this.addEventListener("input", (e) => this.#invoer(e));
    this.addEventListener("change", (e) => this.#invoer(e));
    this.addEventListener("click", (e) => this.#klik(e));
    this.addEventListener("submit", (e) => e.preventDefault());
  }

  #vulFormulieren() {
    vervang(this.#delen.formulier, bouwControleFormulier(this.#id, this.#staat));
    vervang(this.#delen.antwoordformulier, bouwAntwoordFormulier(this.#id, this.#staat));
    werkControleBij(this, this.#staat);
  }

  #invoer(e) {
    const el = e.target;
    const pad = el?.dataset?.pad;
    if (!pad) return;
    this.#linkBewaren = false;
    const waarde = "janee" in el.dataset ? el.value === "ja" : el.value;
    if (!zetWaarde(this.#staat, pad, waarde) && e.type === "change") return;
    werkControleBij(this, this.#staat);
    this.#plan(el.tagName === "INPUT" && el.type === "text" || el.tagName === "TEXTAREA" ? WACHT_MS : 0);
  }

  #klik(e) {
    const knop = e.target.closest("button");
    if (!knop || !this.contains(knop)) return;
    this.#linkBewaren = false;
    const s = this.#staat;
    const tekst = this.#brief?.tekst;
    if (wijzigRijen(s, knop.dataset.actie, Number(knop.dataset.index), MAX_FACTUREN)) return this.#nieuweRij();
    switch (knop.dataset.actie) {
      case "afdrukken":
        bevestig(this);
        return window.print();
      case "kopieer":
        if (tekst) kopieerBrief(tekst, this);
        return;
      case "download-txt":
        if (tekst) downloadBrief({ soort: s.antwoord.soort, verzenddatum: s.peildatum }, tekst, this);
    }
  }

  #nieuweRij() {
    this.#vulFormulieren();
    const rijen = this.querySelectorAll('[data-lijst="vorderingen"] .wik-rij');
    rijen[rijen.length - 1]?.querySelector("input")?.focus();
    this.#plan(0);
  }

  #plan(wacht = WACHT_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // typing is no step back; a damaged link is kept until the visitor acts
      if (this.#metUrl && !this.#linkBewaren) history.replaceState(history.state, "", naarFragment(this.#staat));
      this.#reken();
    }, wacht);
  }

  async #reken() {
    const nummer = ++this.#volgnummer;
    const { verzoek, fouten, rijen } = bouwControle(this.#staat);
    const { uitkomst, melder } = this.#delen;
    this.#knoppen(false);
    if (fouten.size) {
      toonFouten(this, fouten);
      uitkomst.setAttribute("aria-busy", "false");
      vervang(uitkomst, h("p", { class: "wik-leeg" }, "Vul de gemarkeerde velden in; dan ziet u het oordeel."));
      return;
    }
    uitkomst.setAttribute("aria-busy", "true");
    const antwoord = await this.#vraag(verzoek);
    if (nummer !== this.#volgnummer) return;
    uitkomst.setAttribute("aria-busy", "false");
    if (antwoord.fout) return this.#fout(antwoord.fout, rijen, uitkomst);
    toonFouten(this, new Map());
    vervang(uitkomst, toonControle(antwoord));
    melder.textContent = aankondigingControle(antwoord);
    this.dispatchEvent(new CustomEvent("wik-controle:uitkomst", { bubbles: true, composed: true, detail: { verzoek, antwoord } }));
    await this.#antwoordbrief(verzoek, nummer);
  }

  async #antwoordbrief(controle, nummer) {
    const verzoek = bouwAntwoord(this.#staat, controle);
    if (!verzoek) {
      vervang(this.#delen.brief, h("p", { class: "wik-leeg" }, "Vul uw naam en de naam van de afzender in; dan ziet u de brief."));
      return;
    }
    const brief = await this.#vraag(verzoek);
    if (nummer !== this.#volgnummer) return;
    if (brief.fout) return this.#fout(brief.fout, {}, this.#delen.brief);
    this.#brief = brief;
    vervang(this.#delen.brief, toonAntwoord(brief));
    this.#knoppen(true);
  }

  async #vraag(verzoek) {
    try {
      return await this.#motor.handle(verzoek);
    } catch (fout) {
      return { fout: { code: "motor", veld: null, tekst: fout.message } };
    }
  }

  #fout(fout, rijen, vak) {
    const veld = ANTWOORDVELD[fout.veld] || kaartVeld(String(fout.veld || "").replace(/^controle\./, ""), rijen);
    const getoond = toonFouten(this, new Map(veld ? [[veld, fout.tekst]] : []));
    vervang(vak, h("p", { class: "wik-probleem" }, getoond ? "Verbeter het gemarkeerde veld: " : "", fout.tekst));
    this.#delen.melder.textContent = fout.tekst;
  }

  #knoppen(aan) {
    for (const knop of this.#delen.knoppen.querySelectorAll("button")) knop.disabled = !aan;
    if (!aan) this.#brief = null;
    bevestig(this);
  }
}
