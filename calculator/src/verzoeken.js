// The requests of the JSON contract (py/README.md) built from the rekentool's state (staat.js):
// `bereken`, `brief` and `traject`, with the visitor's own mistakes per field, so the engine only
// ever sees what the form could check.

import { isDatum, leesBedrag, leesPercentage } from "./notatie.js";

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
