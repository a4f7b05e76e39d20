// <wik-rekentool>: the whole calculator (Rekentool, Brief, Planner) on top of the worker.
//
// Attributes (the source of truth; bad values fall back to the default):
//   tab="rekentool|brief|planner"   debiteur="consument|bedrijf|overheid"
//   compact                         (hides the explanations)
//   zonder-url                      (do not keep the state in the URL fragment)
// Properties: `ready` (Promise, resolves when Python answers), `handle(request)` (Promise of
// the SPEC answer). Event: `wik-rekentool:uitkomst` (bubbles) after every answer shown.

import { bevestig, bouwBriefFormulier, bouwBriefResultaat, downloadBrief, kopieerBrief, toonBrief } from "./brief.js";
import { h, vervang } from "./dom.js";
import { kaartVeld, toonFouten } from "./fouten.js";
import { bouwFormulier, werkBij } from "./formulier.js";
import { Geschiedenis } from "./geschiedenis.js";
import { bouwLaadbalk } from "./laadbalk.js";
import { startMotor } from "./motor.js";
import { bouwPlannerFormulier, bouwPlannerResultaat, downloadPlanning, toonTraject } from "./planner.js";
import { DEBITEUREN, TABS, bouwBereken, bouwBrief, bouwTraject, naarFragment, nieuweStaat, standaardRente,
  wijzigRijen } from "./staat.js";
import { aankondiging, leegMelding, toonUitkomst } from "./uitkomst.js";

const TAB_LABEL = { rekentool: "Rekentool", brief: "Brief", planner: "Planner" };
const WACHT_MS = 250;
/** The fields that change the form itself (what werkBij shows, hides or lists); not every keystroke. */
const VORMVELDEN = /^(rente\.soort|kosten\.soort|kosten\.eerder|btw\.verhogen|vorderingen\.\d+\.kenmerk|brief\.soort|betaaltermijn_afgesproken)$/;
let teller = 0;

export class WikRekentoolElement extends HTMLElement {
  static observedAttributes = ["tab", "debiteur"];

  static define(tag = "wik-rekentool", registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #motor = startMotor();
  #id = `wik${++teller}`;
  #staat = null;
  #delen = {};
  #timer = 0;
  #volgnummer = 0;
  #laatste = {};
  #verwerkt = false;
  /** Which tabs show an answer that still holds (to say so when it no longer does). */
  #geldig = {};
  /** The URL fragment and the history entries (see geschiedenis.js). */
  #adres = new Geschiedenis(() => this.#metUrl);
  /** A copy of the letter directly under <body>, the only thing printed on the Brief tab. */
  #afdruk = h("div", { class: "wik-afdruk" });

  get tab() { return TABS.includes(this.getAttribute("tab")) ? this.getAttribute("tab") : "rekentool"; }
  set tab(waarde) { this.setAttribute("tab", waarde); }
  get debiteur() { return DEBITEUREN.includes(this.getAttribute("debiteur")) ? this.getAttribute("debiteur") : "consument"; }
  set debiteur(waarde) { this.setAttribute("debiteur", waarde); }
  get compact() { return this.hasAttribute("compact"); }
  set compact(ja) { this.toggleAttribute("compact", Boolean(ja)); }

  /** Resolves (with no value) when Python has started and answers. */
  get ready() { return this.#motor.ready.then(() => undefined); }

  /** @param {object} verzoek a SPEC request @returns {Promise<object>} the SPEC answer */
  handle(verzoek) { return this.#motor.handle(verzoek); }

  connectedCallback() {
    if (!this.#staat) {
      const basis = nieuweStaat(this.debiteur, this.tab);
      this.#staat = this.#adres.lees(basis) || basis;
      this.#bouw();
    }
    if (this.#metUrl) {
      window.addEventListener("popstate", this.#opTerug);
      window.addEventListener("hashchange", this.#opTerug);
    }
    this.#plan(0);
  }

  disconnectedCallback() {
    this.#afdruk.remove();
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
  get #metUrl() { return !this.hasAttribute("zonder-url"); }

  // ---- building ---------------------------------------------------------------------------

  #bouw() {
    const id = this.#id;
    this.setAttribute("tab", this.#staat.tab);
    this.setAttribute("debiteur", this.#staat.debiteur);
    const d = this.#delen;
    d.tabs = h("div", { class: "wik-tabs", role: "tablist", "aria-label": "Onderdelen van de rekentool" },
      TABS.map((tab) => h("button", { type: "button", role: "tab", id: `${id}-tab-${tab}`, "data-tab": tab,
        "aria-controls": `${id}-paneel-${tab}` }, TAB_LABEL[tab])));
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

  #toonTab() {
    for (const tab of TABS) {
      const knop = this.#delen.tabs.querySelector(`[data-tab="${tab}"]`);
      const actief = tab === this.tab;
      knop.setAttribute("aria-selected", String(actief));
      knop.tabIndex = actief ? 0 : -1;
      this.#delen.panelen[tab].hidden = !actief;
    }
    document.documentElement.classList.toggle("wik-brief-actief", this.tab === "brief");
  }

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
    let plek = this.#staat;
    const stukken = pad.split(".");
    for (const stuk of stukken.slice(0, -1)) plek = plek[stuk];
    const sleutel = stukken.at(-1);
    if (plek[sleutel] === waarde && e.type === "change") return;
    plek[sleutel] = pad === "rente.soort" && waarde === standaardRente(this.#staat.debiteur) ? "" : waarde;
    if (VORMVELDEN.test(pad)) this.#werkBij();
    const typen = el.tagName === "INPUT" && !["checkbox", "radio", "date"].includes(el.type);
    this.#plan(typen ? WACHT_MS : 0); // typing and choosing replace the history entry
  }

  #zetDebiteur(debiteur) {
    if (this.#staat.debiteur === debiteur) return;
    this.#staat.debiteur = debiteur;
    if (this.#staat.rente.soort === "wettelijk" || this.#staat.rente.soort === "handels") this.#staat.rente.soort = "";
    const radio = this.querySelector(`input[data-pad="debiteur"][value="${debiteur}"]`);
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
        if (this.#laatste.brief?.tekst) kopieerBrief(this.#laatste.brief.tekst, paneel);
        return;
      case "download-txt":
        if (this.#laatste.brief?.tekst) downloadBrief(s.brief, this.#laatste.brief.tekst, paneel);
        return;
      case "download-ics":
        if (this.#laatste.planner?.stappen) downloadPlanning(s.planner, this.#laatste.planner, paneel);
    }
  }

  /** The letter's and planner's buttons work only while their answer is on screen. */
  #knoppen(tab, aan) {
    for (const knop of this.#delen.panelen[tab].querySelectorAll(".wik-knoppen button")) knop.disabled = !aan;
    bevestig(this.#delen.panelen[tab]); // a new answer or none: what a button did no longer applies
    if (tab === "brief" && !aan) this.#afdruk.replaceChildren(); // never print a letter that is no longer shown
  }

  /** Rebuild the form after a row was added or removed; focus the new row or its neighbour. */
  #nieuweRij({ lijst, knop, weg }) {
    this.#bouwPanelen();
    const paneel = this.#delen.panelen.rekentool;
    const rijen = paneel.querySelectorAll(`[data-lijst="${lijst}"] .wik-rij`);
    const doel = weg === undefined ? rijen[rijen.length - 1] : rijen[Math.min(weg, rijen.length - 1)];
    (doel?.querySelector("input, select") || paneel.querySelector(`[data-actie="${knop}"]:not(:disabled)`))?.focus();
    this.#plan(0);
  }

  #toets(e) {
    const tab = e.target.closest?.('[role="tab"]');
    if (!tab || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const i = TABS.indexOf(tab.dataset.tab);
    const j = { ArrowLeft: (i + 2) % 3, ArrowRight: (i + 1) % 3, Home: 0, End: 2 }[e.key];
    this.tab = TABS[j];
    this.#delen.tabs.querySelector(`[data-tab="${TABS[j]}"]`).focus();
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
    if (leeg) return this.#zonderUitkomst(tab, vak, new Map(), leeg);
    if (fouten.size) return this.#zonderUitkomst(tab, vak, fouten, "Verbeter de gemarkeerde velden; dan ziet u de uitkomst.");
    vak.setAttribute("aria-busy", "true");
    let antwoord;
    try {
      antwoord = await this.#motor.handle(verzoek);
    } catch (fout) {
      antwoord = { fout: { code: "motor", veld: null, tekst: fout.message } };
    }
    if (nummer !== this.#volgnummer) return; // a newer calculation is under way
    vak.setAttribute("aria-busy", "false");
    if (antwoord.fout) this.#toonFout(tab, vak, antwoord.fout, rijen);
    else this.#toon(tab, vak, verzoek, antwoord);
  }

  /** Nothing to calculate yet: an explanation instead, and the fields' own errors (if any). */
  #zonderUitkomst(tab, vak, fouten, tekst) {
    this.#knoppen(tab, false);
    toonFouten(this, fouten);
    vak.setAttribute("aria-busy", "false");
    vervang(vak, h("p", { class: "wik-leeg" }, tekst));
    this.#vervallen(tab, tekst);
  }

  /** Say (aria-live) that the answer on `tab` no longer holds, once, when one was shown. */
  #vervallen(tab, reden) {
    if (!this.#geldig[tab]) return false;
    this.#geldig[tab] = false;
    this.#delen.melder.textContent = `De uitkomst is niet meer geldig. ${reden}`;
    return true;
  }

  /** The engine's error: at its field when there is one, and in the result's place. */
  #toonFout(tab, vak, fout, rijen) {
    this.#knoppen(tab, false);
    const veld = kaartVeld(fout.veld, rijen);
    const getoond = toonFouten(this, new Map(veld ? [[veld, fout.tekst]] : []));
    const elders = tab === "brief" && /^berekening\./.test(fout.veld || "");
    vervang(vak, h("p", { class: "wik-probleem" },
      elders ? "Op het tabblad Rekentool: " : getoond ? "Verbeter het gemarkeerde veld: " : "", fout.tekst));
    if (!this.#vervallen(tab, fout.tekst)) this.#delen.melder.textContent = fout.tekst;
  }

  /** A good answer on its tab: the view, the buttons, a spoken summary and the event. */
  #toon(tab, vak, verzoek, antwoord) {
    toonFouten(this, new Map());
    this.#laatste[tab] = antwoord;
    this.#geldig[tab] = true;
    this.#knoppen(tab, true);
    if (tab === "rekentool") {
      vervang(vak, toonUitkomst(antwoord));
      this.#delen.melder.textContent = aankondiging(antwoord);
    } else if (tab === "brief") {
      vervang(vak, toonBrief(antwoord));
      this.#afdruk.replaceChildren(vak.querySelector(".wik-brief").cloneNode(true));
      if (!this.#afdruk.isConnected) document.body.append(this.#afdruk);
      this.#delen.melder.textContent = "Het voorbeeld van de brief is bijgewerkt.";
    } else {
      vervang(vak, toonTraject(antwoord));
      this.#delen.melder.textContent = `De planning telt ${antwoord.stappen?.length ?? 0} stappen.`;
    }
    this.dispatchEvent(new CustomEvent("wik-rekentool:uitkomst", { bubbles: true, composed: true,
      detail: { tab, verzoek, antwoord } }));
  }
}
