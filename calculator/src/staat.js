// The rekentool's state: what the visitor typed, as typed (so a link reproduces it exactly),
// its place in the URL fragment, and the SPEC requests built from it.

import { isDatum, leesBedrag, leesPercentage, vandaag } from "./notatie.js";

export const TABS = ["rekentool", "brief", "planner"];
export const DEBITEUREN = ["consument", "bedrijf", "overheid"];
export const BRIEVEN = ["herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling"];
export const MAX_RIJEN = 40;

/** @typedef {{kenmerk: string, bedrag: string, vervaldatum: string}} Vordering */
/** @typedef {{bedrag: string, datum: string, kenmerk: string}} Betaling */

/** An empty row of `lijst` ("vorderingen" or "betalingen"). @returns {Vordering | Betaling} */
export function legeRij(lijst) {
  return lijst === "vorderingen" ? { kenmerk: "", bedrag: "", vervaldatum: "" } : { bedrag: "", datum: "", kenmerk: "" };
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
    kosten: { soort: "wik", waarde: "", verschuldigd_vanaf: "" },
    btw: { verhogen: false, max_incl_btw: false },
    brief: {
      soort: "veertiendagenbrief", verzenddatum: dag,
      schuldeiser: { naam: "", adres: "", postcode: "", plaats: "", iban: "", email: "", telefoon: "" },
      schuldenaar: { naam: "", adres: "", postcode: "", plaats: "" },
    },
    planner: { factuurdatum: "", betaaltermijn: "30" },
  };
}

const tekst = (w, max = 200) => (typeof w === "string" ? w.slice(0, max) : "");
const keuze = (w, opties, standaard) => (opties.includes(w) ? w : standaard);

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
  s.kosten = { soort: keuze(k.soort, ["wik", "geen", "percentage", "vast"], "wik"),
    waarde: tekst(k.waarde, 40), verschuldigd_vanaf: tekst(k.verschuldigd_vanaf, 10) };
  s.btw = { verhogen: d.btw?.verhogen === true, max_incl_btw: d.btw?.max_incl_btw === true };
  const b = d.brief || {};
  s.brief.soort = keuze(b.soort, BRIEVEN, s.brief.soort);
  if (typeof b.verzenddatum === "string") s.brief.verzenddatum = tekst(b.verzenddatum, 10);
  for (const partij of ["schuldeiser", "schuldenaar"]) {
    for (const veld of Object.keys(s.brief[partij])) s.brief[partij][veld] = tekst(b[partij]?.[veld]);
  }
  const p = d.planner || {};
  s.planner = { factuurdatum: tekst(p.factuurdatum, 10), betaaltermijn: tekst(p.betaaltermijn, 4) || "30" };
  return s;
}

// The fragment is `#r=` + base64url(JSON): nothing in it ever reaches a server.
export function naarFragment(staat) {
  const bytes = new TextEncoder().encode(JSON.stringify(staat));
  let binair = "";
  for (const b of bytes) binair += String.fromCharCode(b);
  return "#r=" + btoa(binair).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The state in a fragment, or null when there is none or it is damaged. */
export function uitFragment(hash, basis) {
  const m = /^#?r=([A-Za-z0-9_-]{1,20000})$/.exec(hash || "");
  if (!m) return null;
  try {
    const binair = atob(m[1].replaceAll("-", "+").replaceAll("_", "/"));
    const json = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binair, (c) => c.charCodeAt(0)));
    return normaliseer(JSON.parse(json), basis);
  } catch {
    return null;
  }
}

export const standaardRente = (debiteur) => (debiteur === "consument" ? "wettelijk" : "handels");

/**
 * The `bereken` request, the visitor's own mistakes per field, and which form row each claim
 * and payment of the request came from (empty rows are left out).
 * @returns {{verzoek: object, fouten: Map<string, string>, rijen: {vorderingen: number[], betalingen: number[]}}}
 */
export function bouwBereken(staat) {
  const fouten = new Map();
  const rijen = { vorderingen: [], betalingen: [] };
  const vorderingen = [];
  staat.vorderingen.forEach((v, i) => {
    if (!v.kenmerk.trim() && !v.bedrag.trim() && !v.vervaldatum) return;
    const bedrag = leesBedrag(v.bedrag);
    if (bedrag.fout) fouten.set(`vorderingen[${i}].bedrag`, bedrag.fout);
    const vordering = { kenmerk: v.kenmerk.trim() || `factuur ${i + 1}`, bedrag: bedrag.waarde ?? "" };
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
    if (b.kenmerk) betaling.kenmerk = b.kenmerk;
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

/** The `brief` request for the letter tab. */
export function bouwBrief(staat) {
  const { verzoek, fouten, rijen } = bouwBereken(staat);
  const schoon = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.trim()]));
  return {
    verzoek: { actie: "brief", soort: staat.brief.soort, berekening: verzoek, verzenddatum: staat.brief.verzenddatum,
      schuldeiser: schoon(staat.brief.schuldeiser), schuldenaar: schoon(staat.brief.schuldenaar) },
    fouten, rijen,
  };
}

/** The `traject` request for the planner tab. */
export function bouwTraject(staat) {
  const fouten = new Map();
  const termijn = staat.planner.betaaltermijn.trim();
  if (!/^\d{1,3}$/.test(termijn)) fouten.set("betaaltermijn_dagen", "Vul de betaaltermijn in hele dagen in, bijvoorbeeld 30.");
  if (!isDatum(staat.planner.factuurdatum)) fouten.set("factuurdatum", "Vul de factuurdatum in.");
  return {
    verzoek: { actie: "traject", factuurdatum: staat.planner.factuurdatum,
      betaaltermijn_dagen: Number(termijn) || 0, debiteur: staat.debiteur },
    fouten,
  };
}
