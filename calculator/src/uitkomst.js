// The result of a `bereken` answer, as the visitor reads it: the summary (samenvatting.js), every
// `melding`, the staffel per band, the interest periods (per invoice if the visitor wants), the
// payment allocation, and the parts only print shows (afdruk.js).

import { afdrukKnop, afdrukKop, afdrukVoet } from "./afdruk.js";
import { h } from "./dom.js";
import { datumKort, euro, procent } from "./notatie.js";
import { aankondiging, bouwBalk, bouwSamenvatting } from "./samenvatting.js";

export { aankondiging };

/**
 * @typedef {{kop: string, getal?: boolean, bijzaak?: boolean}} Kolom
 * A column; `bijzaak` columns give way in a narrow table (never in print).
 */

/**
 * A table in a scrollable, labelled box.
 * @param {string} titel @param {Kolom[]} kolommen @param {any[][]} rijen
 * @param {any[] | null} [voet] the foot row (its first cell is the row's header)
 * @param {{klassen?: (string|null)[]}} [opties] a class per body row
 */
function tabel(titel, kolommen, rijen, voet, opties = {}) {
  const klasse = (k) => [k.getal ? "wik-getal" : null, k.bijzaak ? "wik-bijzaak" : null].filter(Boolean).join(" ") || null;
  const cel = (tag, k, inhoud, extra = {}) => h(tag, { class: klasse(k), ...extra }, inhoud);
  return h("div", { class: "wik-tabelvak", role: "region", "aria-label": titel, tabindex: 0 },
    h("table", { class: "wik-tabel" },
      h("caption", null, titel),
      h("thead", null, h("tr", null, kolommen.map((k) => cel("th", k, k.kop, { scope: "col" })))),
      h("tbody", null, rijen.map((r, j) => h("tr", { class: opties.klassen?.[j] || null },
        r.map((c, i) => (c instanceof Node && c.nodeName === "TH" ? c : cel("td", kolommen[i], c)))))),
      voet ? h("tfoot", null, h("tr", null, voet.map((c, i) => cel(i ? "td" : "th", kolommen[i], c, i ? {} : { scope: "row" })))) : null));
}

/** A period as two dates that each stay on one line. */
const periode = (van, tot) => [h("span", { class: "wik-datum" }, datumKort(van)), " t/m ", h("span", { class: "wik-datum" }, datumKort(tot))];

function staffel(k) {
  const heel = (bedrag) => euro(bedrag).replace(/,00$/, "").replace(" ", "\u00a0"); // keep € with its number
  const band = (b) => (b.tot ? `${heel(b.van)} – ${heel(b.tot)}` : `boven ${heel(b.van)}`);
  const rijen = (k.staffel || []).map((b) => [band(b), procent(b.percentage), euro(b.grondslag), euro(b.bedrag)]);
  const voet = ["Wettelijk bedrag", "", euro(k.grondslag), euro(k.wettelijk)];
  const kolommen = [{ kop: "Schijf" }, { kop: "Tarief", getal: true }, { kop: "Over", getal: true, bijzaak: true }, { kop: "Bedrag", getal: true }];
  const delen = [tabel("Incassokosten volgens de staffel (WIK)", kolommen, rijen, voet)];
  const extra = [];
  if (k.bedrag !== k.wettelijk) extra.push(["In rekening gebracht", euro(k.bedrag)]);
  if (k.btw && k.btw !== "0.00") extra.push(["Btw-verhoging", euro(k.btw)], ["Incassokosten incl. btw", euro(k.totaal)]);
  if (extra.length) delen.push(h("dl", { class: "wik-los" }, extra.map(([a, b]) => h("div", { class: "wik-regel" }, h("dt", null, a), h("dd", null, b)))));
  return delen;
}

const RENTEKOLOMMEN = [{ kop: "Periode" }, { kop: "Dagen", getal: true, bijzaak: true }, { kop: "Rente per jaar", getal: true },
  { kop: "Over", getal: true, bijzaak: true }, { kop: "Rente", getal: true }];
const renteRij = (p) => [periode(p.van, p.tot_en_met), String(p.dagen), procent(p.percentage), euro(p.grondslag), euro(p.bedrag)];

/** An invoice the visitor gave no number gets the engine's: its place, "1", "2" → "factuur 2". */
const factuurNaam = (kenmerk) => (/^\d+$/.test(String(kenmerk)) ? `factuur ${kenmerk}` : String(kenmerk));

/** All periods in one table (with a column for the invoice when there are several). */
function renteSamen(perioden, totaal, meerdere) {
  if (!meerdere) return tabel("Rente per periode", RENTEKOLOMMEN, perioden.map(renteRij), ["Totaal", "", "", "", euro(totaal)]);
  return tabel("Rente per periode", [{ kop: "Factuur" }, ...RENTEKOLOMMEN],
    perioden.map((p) => [factuurNaam(p.kenmerk), ...renteRij(p)]), ["Totaal", "", "", "", "", euro(totaal)]);
}

/** One table per invoice, each with its subtotal (the engine's per-period amounts, added in cents). */
function renteGegroepeerd(perioden, totaal) {
  const groepen = new Map();
  for (const p of perioden) groepen.set(p.kenmerk, [...(groepen.get(p.kenmerk) || []), p]);
  const centen = (bedrag) => { const [e, c = ""] = String(bedrag).split("."); return BigInt(e) * 100n + BigInt((c + "00").slice(0, 2)); };
  const alsBedrag = (n) => `${n / 100n}.${String(n % 100n).padStart(2, "0")}`;
  return [
    ...[...groepen].map(([kenmerk, lijst]) => tabel(`Rente over factuur ${kenmerk}`, RENTEKOLOMMEN, lijst.map(renteRij),
      [`Subtotaal ${kenmerk}`, "", "", "", euro(alsBedrag(lijst.reduce((s, p) => s + centen(p.bedrag), 0n)))])),
    h("dl", { class: "wik-los" }, h("div", { class: "wik-regel wik-totaal" }, h("dt", null, "Rente, alle facturen"), h("dd", null, euro(totaal)))),
  ];
}

/** Whether the interest is shown per invoice; kept while the page is open. */
let perFactuur = false;

function rente(r) {
  const perioden = r.perioden || [];
  if (!perioden.length) return [h("p", null, "Geen rente over deze periode.")];
  const meerdere = new Set(perioden.map((p) => p.kenmerk)).size > 1;
  if (!meerdere) return [renteSamen(perioden, r.totaal, false)];
  const vak = h("div", { class: "wik-rentevak" });
  const toon = () => vak.replaceChildren(...[perFactuur ? renteGegroepeerd(perioden, r.totaal) : renteSamen(perioden, r.totaal, true)].flat());
  const vink = h("input", { type: "checkbox", class: "wik-perfactuur", checked: perFactuur });
  vink.addEventListener("change", () => { perFactuur = vink.checked; toon(); });
  toon();
  return [h("label", { class: "wik-vink wik-niet-printen" }, vink, " Per factuur, met een subtotaal per factuur"), vak];
}

function betalingen(lijst) {
  if (!lijst?.length) return [];
  const over = lijst.some((b) => b.over && b.over !== "0.00");
  const kosten = lijst.some((b) => b.kosten && b.kosten !== "0.00");
  const verdeeld = lijst.some((b) => (b.vorderingen || []).length > 1) || new Set(lijst.flatMap((b) => (b.vorderingen || []).map((v) => v.kenmerk))).size > 1;
  const kolommen = [{ kop: "Datum" }, { kop: "Betaald", getal: true }, { kop: "Naar kosten", getal: true, bijzaak: !kosten },
    { kop: "Naar rente", getal: true }, { kop: "Naar hoofdsom", getal: true }, ...(over ? [{ kop: "Te veel betaald", getal: true }] : [])];
  const rijen = [];
  const klassen = [];
  for (const b of lijst) {
    rijen.push([datumKort(b.datum), euro(b.bedrag), euro(b.kosten), euro(b.rente), euro(b.hoofdsom), ...(over ? [euro(b.over)] : [])]);
    klassen.push(null);
    if (!verdeeld) continue;
    for (const v of b.vorderingen || []) {
      rijen.push([h("th", { scope: "row", class: "wik-deel" }, `waarvan factuur ${v.kenmerk}`), "", "", euro(v.rente), euro(v.hoofdsom), ...(over ? [""] : [])]);
      klassen.push("wik-deelrij");
    }
  }
  return [tabel("Hoe de betalingen zijn verrekend (art. 6:44 BW)", kolommen, rijen, null, { klassen })];
}

/**
 * @param {object} a a `bereken` answer
 * @returns {HTMLElement[]} the results, in reading (and printing) order
 */
export function toonUitkomst(a) {
  const kern = bouwSamenvatting(a, afdrukKnop());
  return [
    afdrukKop(),
    kern,
    ...(a.meldingen || []).length ? [h("ul", { class: "wik-meldingen", "aria-label": "Meldingen" },
      a.meldingen.map((m) => h("li", { "data-code": m.code }, m.tekst)))] : [],
    h("h3", null, "Incassokosten"),
    ...staffel(a.incassokosten || {}),
    h("h3", null, "Rente"),
    ...rente(a.rente || {}),
    ...(a.betalingen?.length ? [h("h3", null, "Betalingen"), ...betalingen(a.betalingen)] : []),
    afdrukVoet(),
    bouwBalk(a, kern),
  ];
}

/** What an empty tab says instead of an answer, or "" when there is something to compute. */
export function leegMelding(tab, staat, verzoek) {
  if (tab === "planner") return staat.planner.factuurdatum ? "" : "Vul de factuurdatum in om de planning te zien.";
  if ((verzoek.berekening || verzoek).vorderingen.length === 0) {
    return tab === "brief" ? "Vul eerst op het tabblad Rekentool ten minste één factuur in."
      : "Vul een factuur in om de incassokosten en de rente te zien.";
  }
  if (tab === "brief" && !staat.brief.schuldeiser.naam.trim() && !staat.brief.schuldenaar.naam.trim()) {
    return "Vul uw naam en de naam van uw klant in; dan ziet u hier de brief.";
  }
  return "";
}
