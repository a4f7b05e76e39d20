// The result of a `bereken` answer, as the visitor reads it: the summary, the staffel per band,
// the interest periods, the payment allocation and every `melding`.

import { h } from "./dom.js";
import { datumKort, euro, procent } from "./notatie.js";

const tabel = (titel, koppen, rijen, voet) =>
  h("div", { class: "wik-tabelvak", role: "region", "aria-label": titel, tabindex: 0 },
    h("table", { class: "wik-tabel" },
      h("caption", null, titel),
      h("thead", null, h("tr", null, koppen.map((k, i) => h("th", { scope: "col", class: i ? "wik-getal" : null }, k)))),
      h("tbody", null, rijen.map((r) => h("tr", null, r.map((c, i) => h("td", { class: i ? "wik-getal" : null }, c))))),
      voet ? h("tfoot", null, h("tr", null, voet.map((c, i) => (i ? h("td", { class: "wik-getal" }, c) : h("th", { scope: "row" }, c))))) : null));

function samenvatting(a) {
  const k = a.incassokosten || {};
  const regel = (post, label, bedrag) =>
    h("div", { class: `wik-regel${post === "totaal" ? " wik-totaal" : ""}`, "data-post": post }, h("dt", null, label), h("dd", null, euro(bedrag)));
  return h("dl", { class: "wik-samenvatting" },
    regel("hoofdsom", "Hoofdsom", a.hoofdsom),
    regel("rente", "Rente", a.rente?.open),
    regel("incassokosten", k.btw && k.btw !== "0.00" ? "Incassokosten (incl. btw)" : "Incassokosten", k.open ?? k.totaal),
    regel("totaal", "Totaal te vorderen", a.totaal));
}

function staffel(k) {
  const heel = (bedrag) => euro(bedrag).replace(/,00$/, "").replace(" ", "\u00a0"); // keep € with its number
  const band = (b) => (b.tot ? `${heel(b.van)} – ${heel(b.tot)}` : `boven ${heel(b.van)}`);
  const rijen = (k.staffel || []).map((b) => [band(b), procent(b.percentage), euro(b.grondslag), euro(b.bedrag)]);
  const voet = ["Wettelijk bedrag", "", euro(k.grondslag), euro(k.wettelijk)];
  const delen = [tabel("Incassokosten volgens de staffel (WIK)", ["Schijf", "Tarief", "Over", "Bedrag"], rijen, voet)];
  const extra = [];
  if (k.bedrag !== k.wettelijk) extra.push(["In rekening gebracht", euro(k.bedrag)]);
  if (k.btw && k.btw !== "0.00") extra.push(["Btw-verhoging", euro(k.btw)], ["Incassokosten incl. btw", euro(k.totaal)]);
  if (extra.length) delen.push(h("dl", { class: "wik-los" }, extra.map(([a, b]) => h("div", { class: "wik-regel" }, h("dt", null, a), h("dd", null, b)))));
  return delen;
}

function rente(r, meerdere) {
  const perioden = r.perioden || [];
  if (!perioden.length) return h("p", null, "Geen rente over deze periode.");
  const rijen = perioden.map((p) => [
    ...(meerdere ? [p.kenmerk] : []), `${datumKort(p.van)} t/m ${datumKort(p.tot_en_met)}`,
    String(p.dagen), procent(p.percentage), euro(p.grondslag), euro(p.bedrag)]);
  const koppen = [...(meerdere ? ["Factuur"] : []), "Periode", "Dagen", "Rente per jaar", "Over", "Rente"];
  const voet = [...(meerdere ? ["Totaal"] : []), meerdere ? "" : "Totaal", "", "", "", euro(r.totaal)];
  return tabel("Rente per periode", koppen, rijen, voet);
}

function betalingen(lijst) {
  if (!lijst?.length) return null;
  const over = lijst.some((b) => b.over && b.over !== "0.00");
  const rijen = lijst.map((b) => [datumKort(b.datum), euro(b.bedrag), euro(b.kosten), euro(b.rente), euro(b.hoofdsom),
    ...(over ? [euro(b.over)] : [])]);
  return tabel("Hoe de betalingen zijn verrekend (art. 6:44 BW)",
    ["Datum", "Betaald", "Naar kosten", "Naar rente", "Naar hoofdsom", ...(over ? ["Te veel betaald"] : [])], rijen);
}

/** @param {object} a a `bereken` answer @returns {HTMLElement[]} */
export function toonUitkomst(a) {
  const meerdere = new Set((a.rente?.perioden || []).map((p) => p.kenmerk)).size > 1;
  return [
    samenvatting(a),
    ...(a.meldingen || []).length ? [h("ul", { class: "wik-meldingen", "aria-label": "Meldingen" },
      a.meldingen.map((m) => h("li", { "data-code": m.code }, m.tekst)))] : [],
    h("h3", null, "Incassokosten"),
    ...staffel(a.incassokosten || {}),
    h("h3", null, "Rente"),
    rente(a.rente || {}, meerdere),
    betalingen(a.betalingen),
  ];
}

/** One sentence for screen readers (aria-live). */
export function aankondiging(a) {
  return `Totaal te vorderen ${euro(a.totaal)}: hoofdsom ${euro(a.hoofdsom)}, rente ${euro(a.rente?.open)}, ` +
    `incassokosten ${euro(a.incassokosten?.open ?? a.incassokosten?.totaal)}.`;
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
