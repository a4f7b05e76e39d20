// The rekentool's state: what the visitor typed, as typed (so a link reproduces it exactly),
// its place in the URL fragment, and the requests of the JSON contract (py/README.md) built from it.

import * as fragment from "./fragment.js";
import { isDatum, leesBedrag, leesPercentage, vandaag } from "./notatie.js";

export const TABS = ["rekentool", "brief", "planner"];
export const DEBITEUREN = ["consument", "bedrijf", "overheid"];
export const BRIEVEN = ["herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling", "betalingsregeling"];
export const MAX_RIJEN = 40;
/** The version of the state in the fragment; a link without one is version 1 (read the same way). */
export const VERSIE = 2;

/** @typedef {{kenmerk: string, bedrag: string, vervaldatum: string}} Vordering */
/** @typedef {{bedrag: string, datum: string, kenmerk: string}} Betaling */

/** An empty row of `lijst` ("vorderingen" or "betalingen"). @returns {Vordering | Betaling} */
export function legeRij(lijst) {
  return lijst === "vorderingen" ? { kenmerk: "", bedrag: "", vervaldatum: "" } : { bedrag: "", datum: "", kenmerk: "" };
}

/** The row lists of the form: the `data-actie` prefix of their buttons → [`data-lijst`, the list, an empty row]. */
const LIJSTEN = {
  vordering: ["vorderingen", (s) => s.vorderingen, () => legeRij("vorderingen")],
  betaling: ["betalingen", (s) => s.betalingen, () => legeRij("betalingen")],
  eerder: ["eerdere", (s) => s.kosten.eerdere_termijnkosten, () => ""],
};

/**
 * Add a row (`<prefix>-erbij`, up to `max`) or remove one (`<prefix>-weg`, row `index`).
 * @returns {{lijst: string, knop: string, weg?: number} | null} what changed (`knop`: the add button's action), or null
 */
export function wijzigRijen(staat, actie, index, max = MAX_RIJEN) {
  const m = /^(vordering|betaling|eerder)-(erbij|weg)$/.exec(actie || "");
  if (!m) return null;
  const [lijst, rijen, leeg] = LIJSTEN[m[1]];
  const knop = `${m[1]}-erbij`;
  if (m[2] === "weg") {
    rijen(staat).splice(index, 1);
    return { lijst, knop, weg: index };
  }
  if (rijen(staat).length < max) rijen(staat).push(leeg());
  return { lijst, knop };
}

/** Set the value at a dotted path (`brief.schuldeiser.naam`, `vorderingen.2.bedrag`); false when it was already that. */
export function zetWaarde(staat, pad, waarde) {
  const stukken = pad.split(".");
  const plek = stukken.slice(0, -1).reduce((p, stuk) => p[stuk], staat);
  const sleutel = stukken.at(-1);
  if (plek[sleutel] === waarde) return false;
  plek[sleutel] = waarde;
  return true;
}

/** A fresh state; `debiteur` from the element's attribute. */
export function nieuweStaat(debiteur = "consument", tab = "rekentool") {
  const dag = vandaag();
  return {
    tab,
    debiteur,
    vorderingen: [legeRij("vorderingen")],
    betalingen: [],
    peildatum: dag,
    rente: { soort: "", percentage: "", samengesteld: true },
    kosten: { soort: "wik", waarde: "", verschuldigd_vanaf: "", eerder: false, eerdere_termijnkosten: [""] },
    btw: { verhogen: false, max_incl_btw: false },
    brief: {
      soort: "veertiendagenbrief", verzenddatum: dag, ingebrekestelling_verzonden: "",
      regeling: { aantal: "6", eerste: "", rente_loopt_door: false },
      schuldeiser: { naam: "", adres: "", postcode: "", plaats: "", iban: "", email: "", telefoon: "" },
      schuldenaar: { naam: "", adres: "", postcode: "", plaats: "" },
    },
    planner: { factuurdatum: "", betaaltermijn: "30" },
    betaaltermijn_afgesproken: true,
  };
}

/** Untrusted text from a link, at most `max` characters ("" for anything else). */
export const tekst = (w, max = 200) => (typeof w === "string" ? w.slice(0, max) : "");
/** One of `opties`, else `standaard`. */
export const keuze = (w, opties, standaard) => (opties.includes(w) ? w : standaard);

/** Merge untrusted data (from a URL) over a fresh state, field by field; bad values fall back. */
export function normaliseer(data, basis = nieuweStaat()) {
  const d = data && typeof data === "object" ? data : {};
  const s = structuredClone(basis);
  s.tab = keuze(d.tab, TABS, s.tab);
  s.debiteur = keuze(d.debiteur, DEBITEUREN, s.debiteur);
  if (Array.isArray(d.vorderingen)) {
    s.vorderingen = d.vorderingen.slice(0, MAX_RIJEN).map((v) => ({
      kenmerk: tekst(v?.kenmerk, 60), bedrag: tekst(v?.bedrag, 40), vervaldatum: tekst(v?.vervaldatum, 10) }));
  }
  if (Array.isArray(d.betalingen)) {
    s.betalingen = d.betalingen.slice(0, MAX_RIJEN).map((b) => ({
      bedrag: tekst(b?.bedrag, 40), datum: tekst(b?.datum, 10), kenmerk: tekst(b?.kenmerk, 60) }));
  }
  if (typeof d.peildatum === "string") s.peildatum = tekst(d.peildatum, 10);
  const r = d.rente || {};
  s.rente = { soort: keuze(r.soort, ["", "wettelijk", "handels", "contractueel", "geen"], ""),
    percentage: tekst(r.percentage, 12), samengesteld: r.samengesteld !== false };
  const k = d.kosten || {};
  const eerdere = Array.isArray(k.eerdere_termijnkosten) ? k.eerdere_termijnkosten.slice(0, MAX_RIJEN).map((d) => tekst(d, 10)) : [];
  s.kosten = { soort: keuze(k.soort, ["wik", "geen", "percentage", "vast"], "wik"),
    waarde: tekst(k.waarde, 40), verschuldigd_vanaf: tekst(k.verschuldigd_vanaf, 10),
    eerder: k.eerder === true, eerdere_termijnkosten: eerdere.length ? eerdere : [""] };
  s.btw = { verhogen: d.btw?.verhogen === true, max_incl_btw: d.btw?.max_incl_btw === true };
  const b = d.brief || {};
  s.brief.soort = keuze(b.soort, BRIEVEN, s.brief.soort);
  if (typeof b.verzenddatum === "string") s.brief.verzenddatum = tekst(b.verzenddatum, 10);
  s.brief.ingebrekestelling_verzonden = tekst(b.ingebrekestelling_verzonden, 10);
  s.brief.regeling = { aantal: tekst(b.regeling?.aantal, 2) || "6", eerste: tekst(b.regeling?.eerste, 10),
    rente_loopt_door: b.regeling?.rente_loopt_door === true };
  for (const partij of ["schuldeiser", "schuldenaar"]) {
    for (const veld of Object.keys(s.brief[partij])) s.brief[partij][veld] = tekst(b[partij]?.[veld]);
  }
  const p = d.planner || {};
  s.planner = { factuurdatum: tekst(p.factuurdatum, 10), betaaltermijn: tekst(p.betaaltermijn, 4) || "30" };
  s.betaaltermijn_afgesproken = d.betaaltermijn_afgesproken !== false;
  return s;
}

// The fragment is `#r=` + base64url(JSON, with the format's version `v` first): nothing in it
// ever reaches a server.
export function naarFragment(staat) {
  return fragment.schrijf("r", VERSIE, staat);
}

/**
 * Read the state in a fragment. `null`: there is no `#r=` (another fragment, or none).
 * `{fout: "kapot"}`: it cannot be read (cut off, changed by hand); `{fout: "versie"}`: a newer
 * format than this page knows. A link without a version is version 1 and reads as before.
 * @returns {{staat?: any, fout?: "kapot" | "versie"} | null}
 */
export function leesFragment(hash, basis) {
  const uit = fragment.lees(hash, "r", VERSIE);
  return uit?.data ? { staat: normaliseer(uit.data, basis) } : uit;
}

const EERDERE = "kosten.eerdere_termijnkosten";

/** Does the form ask for (and the request carry) earlier termijnen's cost dates? Only a consumer, WIK costs. */
export const vraagEerdere = (staat) => staat.debiteur === "consument" && staat.kosten.soort === "wik";
const metEerdere = (staat) => vraagEerdere(staat) && staat.kosten.eerder;

export const standaardRente = (debiteur) => (debiteur === "consument" ? "wettelijk" : "handels");

/**
 * The `bereken` request, the visitor's own mistakes per field, and which form row each claim
 * and payment (and earlier termijn's date) of the request came from (empty rows are left out).
 * @returns {{verzoek: object, fouten: Map<string, string>, rijen: Record<string, number[]>}}
 */
export function bouwBereken(staat) {
  const fouten = new Map();
  const rijen = { vorderingen: [], betalingen: [] };
  const vorderingen = [];
  // A claim without a kenmerk goes without one (the engine names it in a letter by date and
  // amount); the form calls it "factuur <row>", and a payment that names it gets the engine's
  // own kenmerk for it: its place in the request, from 1.
  const kenmerkVan = new Map();
  staat.vorderingen.forEach((v, i) => {
    if (!v.kenmerk.trim() && !v.bedrag.trim() && !v.vervaldatum) return;
    const bedrag = leesBedrag(v.bedrag);
    if (bedrag.fout) fouten.set(`vorderingen[${i}].bedrag`, bedrag.fout);
    const eigen = v.kenmerk.trim();
    kenmerkVan.set(eigen || `factuur ${i + 1}`, eigen || String(vorderingen.length + 1));
    const vordering = eigen ? { kenmerk: eigen, bedrag: bedrag.waarde ?? "" } : { bedrag: bedrag.waarde ?? "" };
    if (v.vervaldatum) vordering.vervaldatum = v.vervaldatum;
    else if (staat.rente.soort !== "geen") fouten.set(`vorderingen[${i}].vervaldatum`, "Vul de vervaldatum in.");
    rijen.vorderingen.push(i);
    vorderingen.push(vordering);
  });
  const betalingen = [];
  staat.betalingen.forEach((b, i) => {
    if (!b.bedrag.trim() && !b.datum) return;
    const bedrag = leesBedrag(b.bedrag);
    if (bedrag.fout) fouten.set(`betalingen[${i}].bedrag`, bedrag.fout);
    if (!b.datum) fouten.set(`betalingen[${i}].datum`, "Vul de datum van de betaling in.");
    const betaling = { bedrag: bedrag.waarde ?? "", datum: b.datum };
    if (b.kenmerk) betaling.kenmerk = kenmerkVan.get(b.kenmerk) ?? b.kenmerk;
    rijen.betalingen.push(i);
    betalingen.push(betaling);
  });
  const soort = staat.rente.soort || standaardRente(staat.debiteur);
  const rente = { soort, samengesteld: staat.rente.samengesteld };
  if (soort === "contractueel") {
    const p = leesPercentage(staat.rente.percentage);
    if (p.fout) fouten.set("rente.percentage", p.fout);
    rente.percentage = p.waarde ?? "";
  }
  const kosten = { soort: staat.kosten.soort };
  if (kosten.soort === "percentage" || kosten.soort === "vast") {
    const w = kosten.soort === "vast" ? leesBedrag(staat.kosten.waarde) : leesPercentage(staat.kosten.waarde);
    if (w.fout) fouten.set("kosten.waarde", w.fout);
    kosten.waarde = w.waarde ?? "";
  }
  if (staat.kosten.verschuldigd_vanaf) kosten.verschuldigd_vanaf = staat.kosten.verschuldigd_vanaf;
  if (metEerdere(staat)) {
    rijen[EERDERE] = [];
    kosten.eerdere_termijnkosten = [];
    staat.kosten.eerdere_termijnkosten.forEach((d, i) => {
      if (!d) return;
      if (!isDatum(d)) fouten.set(`${EERDERE}[${i}]`, "Deze datum bestaat niet.");
      rijen[EERDERE].push(i);
      kosten.eerdere_termijnkosten.push(d);
    });
    if (!kosten.eerdere_termijnkosten.length) {
      fouten.set(`${EERDERE}[0]`, "Vul de dag in waarop de eerdere incassokosten verschuldigd werden, of kies Nee.");
    }
  }
  const verzoek = {
    actie: "bereken", debiteur: staat.debiteur, vorderingen, betalingen, rente, kosten,
    btw: staat.btw.verhogen ? { verhogen: true, max_incl_btw: staat.btw.max_incl_btw } : { verhogen: false },
  };
  if (staat.peildatum) verzoek.peildatum = staat.peildatum;
  else if (soort !== "geen") fouten.set("peildatum", "Vul de peildatum in.");
  if (vorderingen.length === 0) fouten.set("vorderingen", "Vul ten minste één factuur in.");
  for (const [veld, waarde] of [["peildatum", staat.peildatum], ["kosten.verschuldigd_vanaf", staat.kosten.verschuldigd_vanaf]]) {
    if (waarde && !isDatum(waarde)) fouten.set(veld, "Deze datum bestaat niet.");
  }
  return { verzoek, fouten, rijen };
}

/** Does the letter need the date of the ingebrekestelling (a consumer, no agreed term, a 14-day letter or aanmaning)? */
export const vraagIngebrekestelling = (staat) => staat.debiteur === "consument" && !staat.betaaltermijn_afgesproken &&
  (staat.brief.soort === "veertiendagenbrief" || staat.brief.soort === "aanmaning");

/** The `brief` request for the letter tab. */
export function bouwBrief(staat) {
  const { verzoek: berekening, fouten, rijen } = bouwBereken(staat);
  const schoon = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.trim()]));
  const verzoek = { actie: "brief", soort: staat.brief.soort, berekening, verzenddatum: staat.brief.verzenddatum,
    schuldeiser: schoon(staat.brief.schuldeiser), schuldenaar: schoon(staat.brief.schuldenaar) };
  if (staat.brief.soort === "betalingsregeling") {
    const r = staat.brief.regeling;
    verzoek.regeling = { aantal: Number(r.aantal) || 0, eerste_betaaldatum: r.eerste, rente_loopt_door: r.rente_loopt_door };
    if (!isDatum(r.eerste)) fouten.set("regeling.eerste_betaaldatum", "Vul de dag in waarop de eerste termijn betaald moet zijn.");
    return { verzoek, fouten, rijen };
  }
  // Only when it differs from the engine's default (true), so a request stays as short as it can be.
  if (staat.debiteur === "consument" && !staat.betaaltermijn_afgesproken) verzoek.betaaltermijn_afgesproken = false;
  if (vraagIngebrekestelling(staat)) {
    const datum = staat.brief.ingebrekestelling_verzonden;
    if (!datum) fouten.set("ingebrekestelling_verzonden", "Vul de datum in waarop u de ingebrekestelling verstuurde.");
    else if (!isDatum(datum)) fouten.set("ingebrekestelling_verzonden", "Deze datum bestaat niet.");
    else verzoek.ingebrekestelling_verzonden = datum;
  }
  return { verzoek, fouten, rijen };
}

/** The `traject` request for the planner tab. */
export function bouwTraject(staat) {
  const fouten = new Map();
  const termijn = staat.planner.betaaltermijn.trim();
  if (!/^\d{1,3}$/.test(termijn)) fouten.set("betaaltermijn_dagen", "Vul de betaaltermijn in hele dagen in, bijvoorbeeld 30.");
  if (!isDatum(staat.planner.factuurdatum)) fouten.set("factuurdatum", "Vul de factuurdatum in.");
  const verzoek = { actie: "traject", factuurdatum: staat.planner.factuurdatum,
    betaaltermijn_dagen: Number(termijn) || 0, debiteur: staat.debiteur };
  if (staat.debiteur === "consument" && !staat.betaaltermijn_afgesproken) verzoek.betaaltermijn_afgesproken = false;
  return { verzoek, fouten };
}
