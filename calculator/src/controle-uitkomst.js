// The debtor's check: what the visitor sees. The verdict first, in plain words; then what may be
// asked against what the letter asks; then each point with the article it rests on; then the
// reply letter (preview, print, copy, .txt).

import { h } from "./dom.js";
import { euro } from "./notatie.js";

const OORDEEL = {
  klopt: ["De bedragen kloppen", "Volgens de regels mag de brief dit vragen. Betaal op tijd, dan komen er geen kosten bij."],
  te_hoog: ["De brief vraagt te veel", "U hoeft alleen te betalen wat hieronder bij \"Mag gevraagd worden\" staat. Betwist de rest schriftelijk."],
  niet_verschuldigd: ["De incassokosten zijn (nog) niet verschuldigd", "U hoeft de incassokosten niet te betalen. De hoofdsom en de rente moet u wel betalen."],
  onzeker: ["Dit kunnen wij niet zeker zeggen", "Kijk hieronder wat u moet nakijken of opvragen. Betaal in elk geval wat niet ter discussie staat."],
};
const SOORT = { te_hoog: "Te hoog", niet_verschuldigd: "Niet verschuldigd", onzeker: "Nakijken", waarschuwing: "Let op" };

/** The verdict, the amounts and the points. */
export function toonControle(a) {
  const [kop, uitleg] = OORDEEL[a.oordeel] || OORDEEL.onzeker;
  const t = a.toegestaan;
  const rij = (label, bedrag, klasse) => h("tr", { class: klasse }, h("th", { scope: "row" }, label), h("td", null, euro(bedrag)));
  return [
    h("div", { class: `wik-oordeel wik-oordeel-${a.oordeel}`, role: "status" },
      h("p", { class: "wik-oordeel-kop" }, kop), h("p", null, uitleg)),
    h("table", { class: "wik-tabel" }, h("caption", null, "Mag gevraagd worden"),
      h("tbody", null, rij("Hoofdsom", a.hoofdsom), rij("Rente", t.rente), rij("Incassokosten", t.incassokosten),
        rij("Btw over de incassokosten", t.btw), rij("Totaal dat u nu verschuldigd bent", t.totaal, "wik-totaal"),
        rij("De brief vraagt in totaal", a.gevraagd), rij("Verschil", a.verschil))),
    a.punten.length
      ? h("section", { class: "wik-punten", "aria-label": "Wat wij vonden" }, h("h3", null, "Wat wij vonden"),
        h("ul", null, a.punten.map((p) => h("li", { class: `wik-punt wik-punt-${p.soort}` },
          h("strong", null, `${SOORT[p.soort] || "Punt"}: `), p.tekst, " ", h("span", { class: "wik-artikel" }, `(${p.artikel})`)))))
      : h("p", null, "Wij vonden niets dat niet klopt."),
  ];
}

/** The reply letter as a preview (text, as it will be sent), with the notes for the visitor. */
export function toonAntwoord(b) {
  return [
    (b.meldingen || []).length ? h("ul", { class: "wik-meldingen" }, b.meldingen.map((m) => h("li", null, m.tekst))) : null,
    h("pre", { class: "wik-brief wik-brieftekst" }, b.tekst),
  ];
}

/** One sentence for the live region. */
export function aankondigingControle(a) {
  return `${(OORDEEL[a.oordeel] || OORDEEL.onzeker)[0]}. U bent nu ${euro(a.toegestaan.totaal)} verschuldigd.`;
}
