// The debtor's check (<wik-controle>): what the visitor typed, as typed, its place in the URL
// fragment (`#c=`, versioned like the rekentool's `#r=`), and the `controleer` and `brief`
// requests built from it. Nothing of it ever reaches a server.

import * as fragment from "./fragment.js";
import { isDatum, leesBedrag, vandaag } from "./notatie.js";
import { ANTWOORDEN } from "./gedeeld.js";
import { keuze, legeRij, tekst } from "./staat.js";

export const VERSIE = 1;
export const MAX_FACTUREN = 20;
const GEEIST = ["incassokosten", "btw_op_kosten", "rente", "overige_kosten"];
const KOSTEN_GENOEMD = ["exact", "maximaal", "niet", ""];

/** A fresh state. */
export function nieuweControle(debiteur = "consument") {
  return {
    debiteur,
    vorderingen: [legeRij("vorderingen")],
    peildatum: vandaag(),
    geeist: { incassokosten: "", btw_op_kosten: "", rente: "", overige_kosten: "" },
    brief: { ontvangen: true, ontvangen_op: "", termijn: "", kosten_genoemd: "", btw_verklaring: false },
    rente_afgesproken: false,
    kosten_afgesproken: false,
    antwoord: { soort: "bezwaar", naam: "", adres: "", postcode: "", plaats: "", email: "", aan: "",
      aan_adres: "", aan_postcode: "", aan_plaats: "", aantal: "6", eerste: "" },
  };
}

/** Merge untrusted data (from a URL) over a fresh state, field by field; bad values fall back. */
export function normaliseer(data, basis = nieuweControle()) {
  const d = data && typeof data === "object" ? data : {};
  const s = structuredClone(basis);
  s.debiteur = keuze(d.debiteur, ["consument", "bedrijf"], s.debiteur);
  if (Array.isArray(d.vorderingen) && d.vorderingen.length) {
    s.vorderingen = d.vorderingen.slice(0, MAX_FACTUREN).map((v) => ({ kenmerk: tekst(v?.kenmerk, 60),
      bedrag: tekst(v?.bedrag, 40), vervaldatum: tekst(v?.vervaldatum, 10) }));
  }
  if (typeof d.peildatum === "string") s.peildatum = tekst(d.peildatum, 10);
  for (const k of GEEIST) s.geeist[k] = tekst(d.geeist?.[k], 40);
  const b = d.brief || {};
  s.brief = { ontvangen: b.ontvangen !== false, ontvangen_op: tekst(b.ontvangen_op, 10), termijn: tekst(b.termijn, 500),
    kosten_genoemd: keuze(b.kosten_genoemd, KOSTEN_GENOEMD, ""), btw_verklaring: b.btw_verklaring === true };
  s.rente_afgesproken = d.rente_afgesproken === true;
  s.kosten_afgesproken = d.kosten_afgesproken === true;
  const a = d.antwoord || {};
  for (const k of Object.keys(s.antwoord)) if (k !== "soort") s.antwoord[k] = tekst(a[k], k === "aantal" ? 2 : 200);
  s.antwoord.soort = keuze(a.soort, ANTWOORDEN, "bezwaar");
  s.antwoord.aantal ||= "6";
  return s;
}

/** `#c=` + base64url(JSON with the format's version `v`). */
export const naarFragment = (staat) => fragment.schrijf("c", VERSIE, staat);

/** @returns {{staat?: any, fout?: "kapot" | "versie"} | null} null: no `#c=` in the fragment */
export function leesFragment(hash, basis) {
  const uit = fragment.lees(hash, "c", VERSIE);
  return uit?.data ? { staat: normaliseer(uit.data, basis) } : uit;
}

/**
 * The `controleer` request, the visitor's own mistakes per field, and which row each claim came from.
 * @returns {{verzoek: any, fouten: Map<string, string>, rijen: Record<string, number[]>}}
 */
export function bouwControle(staat) {
  const fouten = new Map();
  const rijen = { vorderingen: [] };
  const vorderingen = [];
  staat.vorderingen.forEach((v, i) => {
    if (!v.kenmerk.trim() && !v.bedrag.trim() && !v.vervaldatum) return;
    const bedrag = leesBedrag(v.bedrag);
    if (bedrag.fout) fouten.set(`vorderingen[${i}].bedrag`, bedrag.fout);
    if (!isDatum(v.vervaldatum)) fouten.set(`vorderingen[${i}].vervaldatum`, "Vul de uiterste betaaldag van de factuur in.");
    const vordering = { bedrag: bedrag.waarde ?? "", vervaldatum: v.vervaldatum };
    if (v.kenmerk.trim()) vordering.kenmerk = v.kenmerk.trim();
    rijen.vorderingen.push(i);
    vorderingen.push(vordering);
  });
  if (!vorderingen.length) fouten.set("vorderingen", "Vul ten minste één factuur in.");
  const geeist = {};
  for (const k of GEEIST) {
    const w = staat.geeist[k].trim();
    if (!w) continue;
    const bedrag = /^0+([.,]0*)?$/.test(w) ? { waarde: "0" } : leesBedrag(w);
    if (bedrag.fout) fouten.set(`geeist.${k}`, bedrag.fout);
    geeist[k] = bedrag.waarde ?? "";
  }
  const verzoek = { actie: "controleer", debiteur: staat.debiteur, peildatum: staat.peildatum, vorderingen, geeist };
  if (!isDatum(staat.peildatum)) fouten.set("peildatum", "Vul de datum van vandaag in, of de dag waarop u wilt betalen.");
  const b = staat.brief;
  if (staat.debiteur === "consument" && b.ontvangen) {
    const brief = { kosten_genoemd: b.kosten_genoemd || undefined, btw_verklaring: b.btw_verklaring, termijn: b.termijn.trim() };
    if (b.ontvangen_op) brief.ontvangen_op = b.ontvangen_op;
    else fouten.set("veertiendagenbrief.ontvangen_op", "Vul in op welke dag de brief bij u kwam.");
    verzoek.veertiendagenbrief = Object.fromEntries(Object.entries(brief).filter(([, w]) => w !== undefined));
  } else if (staat.debiteur === "consument") {
    verzoek.veertiendagenbrief = {};
  }
  if (staat.rente_afgesproken) verzoek.rente_afgesproken = true;
  if (staat.debiteur === "bedrijf" && staat.kosten_afgesproken) verzoek.kosten_afgesproken = true;
  return { verzoek, fouten, rijen };
}

/** The reply letter's request, or null while the names it needs are not filled in. */
export function bouwAntwoord(staat, controle) {
  const a = staat.antwoord;
  if (!a.naam.trim() || !a.aan.trim()) return null;
  const { actie, ...zonderActie } = controle;
  const verzoek = { actie: "brief", soort: a.soort, verzenddatum: staat.peildatum, controle: zonderActie,
    schuldenaar: schoon({ naam: a.naam, adres: a.adres, postcode: a.postcode, plaats: a.plaats, email: a.email }),
    schuldeiser: schoon({ naam: a.aan, adres: a.aan_adres, postcode: a.aan_postcode, plaats: a.aan_plaats }) };
  if (a.soort === "voorstel_betalingsregeling") {
    verzoek.regeling = { aantal: Number(a.aantal) || 0, eerste_betaaldatum: a.eerste };
  }
  return verzoek;
}

const schoon = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));
