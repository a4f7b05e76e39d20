// About 290 lines: one element class (attributes, state, the visitor's events, scheduling a calculation);
// the form, tabs, letter, planner, history and rendering are each in their own module.
// <wik-rekentool>: the whole calculator (Rekentool, Brief, Planner) on top of the worker.
//
// Attributes (the source of truth; bad values fall back to the default):
//   tab="rekentool|brief|planner"   debiteur="consument|bedrijf|overheid"
//   compact                         (hides the explanations)
//   zonder-url                      (do not keep the state in the URL fragment)
// Properties: `ready` and `handle(request)` (from wik-element.js: Python answers; the JSON answer
// of wik.handle, see py/README.md). Event: `wik-rekentool:uitkomst` (bubbles) after every answer shown.

import { bevestig, bouwBriefFormulier, bouwBriefResultaat, downloadBrief, kopieerBrief } from "./brief.js";
import { h, vervang } from "./dom.js";
import { bouwFormulier, werkBij } from "./formulier.js";
import { Geschiedenis } from "./geschiedenis.js";
import { bouwLaadbalk } from "./laadbalk.js";
import { startMotor } from "./motor.js";
import { WikElement } from "./wik-element.js";
import { bouwPlannerFormulier, bouwPlannerResultaat, downloadPlanning } from "./planner.js";
import { DEBITEUREN, TABS, naarFragment, nieuweStaat, wijzigRijen, zetWaarde } from "./staat.js";
import { bouwTabs, tabNaToets, toonTab } from "./tabs.js";
import { leegMelding } from "./uitkomst.js";
import { bouwBereken, bouwBrief, bouwTraject, standaardRente } from "./verzoeken.js";
import { Weergave } from "./weergave.js";

const WACHT_MS = 250;
/** The fields that change the form itself (what werkBij shows, hides or lists); not every keystroke. */
const VORMVELDEN = /^(rente\.soort|kosten\.soort|kosten\.eerder|btw\.verhogen|vorderingen\.\d+\.kenmerk|brief\.soort|betaaltermijn_afgesproken)$/;
let teller = 0;

export class WikRekentoolElement extends WikElement {
  static TAG = "wik-rekentool";
  static observedAttributes = ["tab", "debiteur"];

  #motor = startMotor();
  #id = `wik${++teller}`;
  #staat = null;
  #delen = {};
  #timer = 0;
  #volgnummer = 0;
  #verwerkt = false;
  /** The URL fragment and the history entries (see geschiedenis.js). */
  #adres = new Geschiedenis(() => this.#metUrl);
  /** What shows after a calculation (see weergave.js). */
  #weergave = new Weergave(this, this.#delen);

  get tab() { return TABS.includes(this.getAttribute("tab")) ? this.getAttribute("tab") : "rekentool"; }
  set tab(waarde) { this.setAttribute("tab", waarde); }
  get debiteur() { return DEBITEUREN.includes(this.getAttribute("debiteur")) ? this.getAttribute("debiteur") : "consument"; }
  set debiteur(waarde) { this.setAttribute("debiteur", waarde); }
  get compact() { return this.hasAttribute("compact"); }
  set compact(ja) { this.toggleAttribute("compact", Boolean(ja)); }

  connectedCallback() {
    if (!this.#staat) {
      const basis = nieuweStaat(this.debiteur, this.tab);
      this.#staat = this.#adres.lees(basis) || basis;
      this.#bouw();
    }
    this.#motor.addEventListener("hersteld", this.#opHerstel); // a restarted worker: show the results again
    if (this.#metUrl) {
      window.addEventListener("popstate", this.#opTerug);
      window.addEventListener("hashchange", this.#opTerug);
    }
    this.#plan(0);
  }

  disconnectedCallback() {
    this.#weergave.afdruk.remove();
    this.#motor.removeEventListener("hersteld", this.#opHerstel);
    window.removeEventListener("popstate", this.#opTerug);
    window.removeEventListener("hashchange", this.#opTerug);
  }

  attributeChangedCallback(naam, oud, nieuw) {
    if (oud === nieuw || !this.#staat || this.#verwerkt) return;
    this.#verwerkt = true;
    queueMicrotask(() => { // batch several attribute changes into one update
      this.#verwerkt = false;
      this.#zetDebiteur(this.debiteur);
      this.#toonTab();
      if (this.#staat.tab !== this.tab) {
        this.#adres.gehandeld();
        clearTimeout(this.#timer);
        this.#adres.schrijf(this.#staat); // the entry being left keeps everything typed so far, on its own tab
        this.#staat.tab = this.tab;
        this.#plan(0, true); // only a tab change adds a history entry
      }
    });
  }

  #opTerug = () => this.#herstel();
  #opHerstel = () => this.#plan(0);
  get #metUrl() { return !this.hasAttribute("zonder-url"); }

  // ---- building ---------------------------------------------------------------------------

  #bouw() {
    const id = this.#id;
    this.setAttribute("tab", this.#staat.tab);
    this.setAttribute("debiteur", this.#staat.debiteur);
    const d = this.#delen;
    d.tabs = bouwTabs(id);
    d.uitkomst = {};
    d.panelen = {};
    for (const tab of TABS) {
      d.uitkomst[tab] = h("div", { class: "wik-uitkomst", "aria-busy": "true" });
      d.panelen[tab] = h("section", { class: "wik-paneel", role: "tabpanel", id: `${id}-paneel-${tab}`,
        "aria-labelledby": `${id}-tab-${tab}` });
    }
    d.melder = h("div", { class: "wik-sr", "aria-live": "polite", "aria-atomic": "true" });
    this.#bouwPanelen();
    this.replaceChildren(h("div", { class: "wik" }, bouwLaadbalk(this.#motor), this.#adres.melding, d.tabs,
      ...TABS.map((t) => d.panelen[t]), d.melder));
    this.#toonTab();
    this.addEventListener("input", (e) => this.#invoer(e));
    this.addEventListener("change", (e) => this.#invoer(e));
    this.addEventListener("click", (e) => this.#klik(e));
    this.addEventListener("keydown", (e) => this.#toets(e));
    this.addEventListener("submit", (e) => e.preventDefault());
  }

  #bouwPanelen() {
    const { panelen, uitkomst } = this.#delen;
    const kop = (tekst) => h("h2", { class: "wik-kop" }, tekst);
    vervang(panelen.rekentool, bouwFormulier(this.#id, this.#staat),
      h("section", { class: "wik-resultaat", "aria-label": "Uitkomst" }, kop("Uitkomst"), uitkomst.rekentool));
    vervang(panelen.brief, bouwBriefFormulier(this.#id, this.#staat), bouwBriefResultaat(kop("Voorbeeld"), uitkomst.brief));
    vervang(panelen.planner, bouwPlannerFormulier(this.#id, this.#staat), bouwPlannerResultaat(kop("Planning"), uitkomst.planner));
    this.#werkBij();
  }

  /** Show and hide the fields that depend on other choices, on every tab. */
  #werkBij() {
    for (const paneel of Object.values(this.#delen.panelen)) werkBij(paneel, this.#staat);
  }

  #toonTab() { toonTab(this.#delen.tabs, this.#delen.panelen, this.tab); }

  // ---- the visitor ------------------------------------------------------------------------

  #invoer(e) {
    const el = e.target;
    const pad = el?.dataset?.pad;
    if (!pad) return;
    this.#adres.gehandeld();
    const waarde = el.type === "checkbox" ? el.checked : "janee" in el.dataset ? el.value === "ja" : el.value;
    if (pad === "debiteur") {
      if (e.type === "change") this.debiteur = waarde;
      return;
    }
    const nieuw = pad === "rente.soort" && waarde === standaardRente(this.#staat.debiteur) ? "" : waarde;
    if (!zetWaarde(this.#staat, pad, nieuw) && e.type === "change") return;
    if (VORMVELDEN.test(pad)) this.#werkBij();
    const typen = el.tagName === "INPUT" && !["checkbox", "radio", "date"].includes(el.type);
    this.#plan(typen ? WACHT_MS : 0); // typing and choosing replace the history entry
  }

  #zetDebiteur(debiteur) {
    if (this.#staat.debiteur === debiteur) return;
    this.#staat.debiteur = debiteur;
    if (this.#staat.rente.soort === "wettelijk" || this.#staat.rente.soort === "handels") this.#staat.rente.soort = "";
    const radio = /** @type {HTMLInputElement | null} */ (this.querySelector(`input[data-pad="debiteur"][value="${debiteur}"]`));
    if (radio) radio.checked = true;
    this.#werkBij();
    this.#plan(0);
  }

  #klik(e) {
    const knop = e.target.closest("button");
    if (!knop || !this.contains(knop)) return;
    if (knop.dataset.actie !== "opnieuw") this.#adres.gehandeld();
    if (knop.dataset.tab) {
      this.tab = knop.dataset.tab;
      return;
    }
    const s = this.#staat;
    const laatste = this.#weergave.laatste;
    const index = Number(knop.dataset.index);
    const paneel = this.#delen.panelen[this.tab];
    const rij = wijzigRijen(s, knop.dataset.actie, index);
    if (rij) return this.#nieuweRij(rij);
    switch (knop.dataset.actie) {
      case "opnieuw":
        return this.#opnieuw();
      case "afdrukken":
        bevestig(paneel);
        return window.print();
      case "kopieer":
        if (laatste.brief?.tekst) kopieerBrief(laatste.brief.tekst, paneel);
        return;
      case "download-txt":
        if (laatste.brief?.tekst) downloadBrief(s.brief, laatste.brief.tekst, paneel);
        return;
      case "download-ics":
        if (laatste.planner?.stappen) downloadPlanning(s.planner, laatste.planner, paneel);
    }
  }

  /**
   * Rebuild the form after a row was added or removed; focus the new row or its neighbour.
   * @param {{lijst: string, knop: string, weg?: number}} rij
   */
  #nieuweRij({ lijst, knop, weg }) {
    this.#bouwPanelen();
    const paneel = this.#delen.panelen.rekentool;
    const rijen = paneel.querySelectorAll(`[data-lijst="${lijst}"] > *`);
    const doel = weg === undefined ? rijen[rijen.length - 1] : rijen[Math.min(weg, rijen.length - 1)];
    (doel?.querySelector("input, select") || paneel.querySelector(`[data-actie="${knop}"]:not(:disabled)`))?.focus();
    this.#plan(0);
  }

  #toets(e) {
    const tab = e.target.closest?.('[role="tab"]');
    const naar = tab && tabNaToets(e.key, tab.dataset.tab);
    if (!naar) return;
    e.preventDefault();
    this.tab = naar;
    this.#delen.tabs.querySelector(`[data-tab="${naar}"]`).focus();
  }

  // ---- the URL fragment -------------------------------------------------------------------

  /** Back, forward or a changed fragment: show its state (one that cannot be read: a message, the form stays). */
  #herstel() {
    const staat = this.#adres.lees(nieuweStaat(this.debiteur, this.tab));
    if (staat && naarFragment(staat) !== naarFragment(this.#staat)) this.#zetStaat(staat);
  }

  #zetStaat(staat) {
    this.#staat = staat;
    this.setAttribute("tab", staat.tab);
    this.setAttribute("debiteur", staat.debiteur);
    this.#bouwPanelen();
    this.#toonTab();
    this.#plan(0);
  }

  /** "Opnieuw beginnen": an empty form (a damaged link stays one step back in the history). */
  #opnieuw() {
    this.#adres.gehandeld();
    this.#zetStaat(nieuweStaat(this.debiteur, "rekentool"));
    this.#delen.panelen.rekentool.querySelector("input:not([type=radio]), select")?.focus();
  }

  // ---- calculating ------------------------------------------------------------------------

  #plan(wacht = WACHT_MS, nieuweStap = false) {
    clearTimeout(this.#timer);
    if (nieuweStap) this.#adres.schrijf(this.#staat, true);
    this.#timer = setTimeout(() => {
      if (!nieuweStap) this.#adres.schrijf(this.#staat);
      this.#reken();
    }, wacht);
  }

  async #reken() {
    const tab = this.tab;
    const nummer = ++this.#volgnummer;
    const bouw = { rekentool: bouwBereken, brief: bouwBrief, planner: bouwTraject }[tab];
    const { verzoek, fouten, rijen } = bouw(this.#staat);
    const vak = this.#delen.uitkomst[tab];
    const leeg = leegMelding(tab, this.#staat, verzoek);
    if (leeg) return this.#weergave.zonder(tab, new Map(), leeg);
    if (fouten.size) return this.#weergave.zonder(tab, fouten, "Verbeter de gemarkeerde velden; dan ziet u de uitkomst.");
    vak.setAttribute("aria-busy", "true");
    let antwoord;
    try {
      antwoord = await this.#motor.handle(verzoek);
    } catch (fout) {
      antwoord = { fout: { code: "motor", veld: null, tekst: fout.message } };
    }
    if (nummer !== this.#volgnummer) return; // a newer calculation is under way
    vak.setAttribute("aria-busy", "false");
    if (antwoord.fout) return this.#weergave.fout(tab, antwoord.fout, rijen);
    this.#weergave.toon(tab, antwoord);
    this.dispatchEvent(new CustomEvent("wik-rekentool:uitkomst", { bubbles: true, composed: true,
      detail: { tab, verzoek, antwoord } }));
  }
}
