// The rekentool's state: what the visitor typed, as typed (so a link reproduces it exactly), and
// its place in the URL fragment. The requests built from it are in verzoeken.js.

import * as fragment from "./fragment.js";
import { BRIEVEN, DEBITEUREN, KOSTENSOORTEN, MAX_RIJEN, RENTESOORTEN, TABS } from "./gedeeld.js";
import { vandaag } from "./notatie.js";

export { DEBITEUREN, MAX_RIJEN, TABS }; // the lists the engine shares (gedeeld.js, generated)
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
  s.rente = { soort: keuze(r.soort, ["", ...RENTESOORTEN], ""),
    percentage: tekst(r.percentage, 12), samengesteld: r.samengesteld !== false };
  const k = d.kosten || {};
  const eerdere = Array.isArray(k.eerdere_termijnkosten) ? k.eerdere_termijnkosten.slice(0, MAX_RIJEN).map((d) => tekst(d, 10)) : [];
  s.kosten = { soort: keuze(k.soort, KOSTENSOORTEN, "wik"),
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
