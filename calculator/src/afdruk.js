// The Rekentool tab on paper: a print button, and the parts only print shows (the parties, the
// claims and choices the calculation started from, the day it was printed and the link that
// opens it again). The print stylesheet (rekentool.css) hides the form, the tabs, the buttons and
// the site around the element.
//
// The answer alone does not hold the claims or the parties: they are filled in from the request
// (the element's `wik-rekentool:uitkomst` event) and from the letter tab's fields, again just
// before printing.

import { h, vervang } from "./dom.js";
import { datumKort, datumNl, euro, procent, vandaag } from "./notatie.js";

const DEBITEUR = { consument: "een consument", bedrijf: "een bedrijf", overheid: "de overheid" };
const RENTE = {
  wettelijk: "wettelijke rente (art. 6:119 BW)", handels: "handelsrente (art. 6:119a BW)",
  contractueel: "afgesproken rente", geen: "geen rente",
};

/** The "Afdrukken / PDF" button; the element's own click handler prints (data-actie="afdrukken"). */
export function afdrukKnop() {
  return h("button", { type: "button", class: "wik-knop", "data-actie": "afdrukken" }, "Afdrukken / PDF");
}

/** The print-only head and foot of the results; `vulAfdruk` fills them. */
export function afdrukKop() {
  return h("div", { class: "wik-afdrukkop", "data-afdruk": "kop" });
}
export function afdrukVoet() {
  return h("div", { class: "wik-afdrukvoet", "data-afdruk": "voet" });
}

function kostenTekst(kosten = {}) {
  const soort = {
    wik: "volgens de staffel (art. 6:96 BW, Besluit vergoeding voor buitengerechtelijke incassokosten)",
    geen: "geen", percentage: `afgesproken percentage: ${procent(kosten.waarde)}`, vast: `afgesproken bedrag: ${euro(kosten.waarde)}`,
  }[kosten.soort] || "volgens de staffel";
  return kosten.verschuldigd_vanaf ? `${soort}, verschuldigd vanaf ${datumNl(kosten.verschuldigd_vanaf)}` : soort;
}

function partijen(el) {
  const lees = (partij) => {
    const veld = (naam) => el.querySelector(`[data-pad="brief.${partij}.${naam}"]`)?.value?.trim() || "";
    const plaats = [veld("postcode"), veld("plaats")].filter(Boolean).join(" ");
    return [veld("naam"), [veld("adres"), plaats].filter(Boolean).join(", ")].filter(Boolean).join(", ");
  };
  return [["Schuldeiser", lees("schuldeiser")], ["Schuldenaar", lees("schuldenaar")]].filter(([, w]) => w);
}

let teller = 0;

/** A small table for print, built from divs with table roles: the results' own <table>s stay the only ones. */
const tabel = (titel, koppen, rijen) => {
  const id = `wik-afdruk-${++teller}`;
  const cel = (rol, inhoud, i, aantal) => h("span", { role: rol, class: i === aantal - 1 ? "wik-getal" : null }, inhoud);
  return h("div", { class: "wik-afdruktabel", role: "table", "aria-labelledby": id },
    h("p", { class: "wik-afdrukbijschrift", id }, titel),
    h("div", { role: "row" }, koppen.map((k, i) => cel("columnheader", k, i, koppen.length))),
    rijen.map((r) => h("div", { role: "row" }, r.map((c, i) => cel("cell", c, i, r.length)))));
};

/** What the calculation started from, as text: parties, debtor, claims, payments, choices. */
function kop(el, verzoek) {
  const v = verzoek || {};
  const rente = v.rente || {};
  const renteTekst = rente.soort === "contractueel" ? `${RENTE.contractueel} (${procent(rente.percentage)} per jaar)` : RENTE[rente.soort];
  const gegevens = [
    ...partijen(el),
    ["Schuldenaar is", DEBITEUR[v.debiteur] || "–"],
    ["Rente", `${renteTekst || "–"}${rente.soort !== "geen" && rente.samengesteld ? ", samengesteld" : ""}, ` +
      `berekend tot en met ${datumNl(v.peildatum)}`],
    ["Incassokosten", kostenTekst(v.kosten)],
  ];
  if (v.btw?.verhogen) gegevens.push(["Btw", "de incassokosten zijn verhoogd met btw"]);
  // An invoice without a number carries the engine's: its place in the request (see uitkomst.js).
  const vorderingen = (v.vorderingen || []).map((f, i) => [String(f.kenmerk ?? `factuur ${i + 1}`), datumKort(f.vervaldatum),
    euro(f.bedrag)]);
  const betalingen = (v.betalingen || []).map((b) => [datumKort(b.datum), b.kenmerk ? String(b.kenmerk) : "oudste eerst", euro(b.bedrag)]);
  return [
    h("p", { class: "wik-afdruktitel" }, "Berekening van incassokosten en rente"),
    h("p", null, `Afgedrukt op ${datumNl(vandaag())}.`),
    h("dl", { class: "wik-los wik-gegevens" }, gegevens.map(([a, b]) => h("div", { class: "wik-regel" }, h("dt", null, a), h("dd", null, b)))),
    vorderingen.length ? tabel("Facturen", ["Factuur", "Uiterste betaaldag", "Bedrag"], vorderingen) : null,
    betalingen.length ? tabel("Betalingen", ["Datum", "Voor factuur", "Bedrag"], betalingen) : null,
  ];
}

function voet(el) {
  const link = el.hasAttribute("zonder-url") ? null : location.href;
  return [
    h("p", null, `Berekend met de rekentool van Incasso-wijzer op ${datumNl(vandaag())}. ` +
      "Controleer de uitkomst voordat u er een vordering op baseert."),
    link ? h("p", { class: "wik-link" }, "Deze berekening opnieuw openen: ", h("span", null, link)) : null,
  ];
}

const verzoeken = new WeakMap();

/** Fill the print-only parts of `el`'s Rekentool results (again just before printing). */
function vulAfdruk(el, verzoek = verzoeken.get(el)) {
  if (verzoek) verzoeken.set(el, verzoek);
  const kopVak = el.querySelector('.wik-uitkomst [data-afdruk="kop"]');
  const voetVak = el.querySelector('.wik-uitkomst [data-afdruk="voet"]');
  if (kopVak) vervang(kopVak, kop(el, verzoek));
  if (voetVak) vervang(voetVak, voet(el));
}

if (typeof document !== "undefined") {
  document.addEventListener("wik-rekentool:uitkomst", (/** @type {CustomEvent} */ e) => {
    const el = e.composedPath?.()[0] || e.target;
    if (e.detail?.tab === "rekentool" && el instanceof Element) vulAfdruk(el, e.detail.verzoek);
  });
  window.addEventListener("beforeprint", () => {
    for (const el of document.querySelectorAll("wik-rekentool")) vulAfdruk(el);
  });
}
