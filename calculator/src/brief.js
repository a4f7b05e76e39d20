// The letter tab: the creditor's and debtor's details, the kind of letter and the posting date,
// and a preview of the engine's letter text, rendered as text only (never as HTML).

import { EERSTE_DATUM, LAATSTE_DATUM } from "./gedeeld.js";
import { download, h, janee, veld } from "./dom.js";
import { datumNl, euro } from "./notatie.js";

const SOORTEN = {
  herinnering: "Betalingsherinnering", veertiendagenbrief: "Veertiendagenbrief (WIK-brief, verplicht bij een consument)",
  aanmaning: "Aanmaning", ingebrekestelling: "Ingebrekestelling", betalingsregeling: "Bevestiging van een betalingsregeling",
};
const EISER = [["naam", "Naam (uw bedrijf)", "organization"], ["adres", "Adres", "street-address"],
  ["postcode", "Postcode", "postal-code"], ["plaats", "Plaats", "address-level2"], ["iban", "IBAN", "off"],
  ["email", "E-mail", "email"], ["telefoon", "Telefoon", "tel"]];
/** The consumer's question (also on the planner tab): was the payment term agreed? */
export const AFGESPROKEN = "Is de betaaltermijn met de klant afgesproken (in de overeenkomst of in algemene voorwaarden die de klant vooraf kreeg)?";
export const AFGESPROKEN_HINT = "Zo niet, dan is de klant pas in verzuim na een ingebrekestelling met een redelijke " +
  "termijn om te betalen. De veertiendagenbrief mag pas daarna.";
const SCHULDENAAR = [["naam", "Naam", "off"], ["adres", "Adres", "off"], ["postcode", "Postcode", "off"], ["plaats", "Plaats", "off"]];

function partij(id, titel, sleutel, velden, waarden) {
  return h("fieldset", null, h("legend", null, titel),
    velden.map(([naam, label, auto]) => veld({ id: `${id}-${sleutel}-${naam}`, label,
      control: h("input", { type: naam === "email" ? "email" : naam === "telefoon" ? "tel" : "text",
        "data-pad": `brief.${sleutel}.${naam}`, "data-veld": `${sleutel}.${naam}`, value: waarden[naam],
        autocomplete: auto, maxlength: 200 }) })));
}

/** The letter form; the preview and buttons follow it in the same panel. */
export function bouwBriefFormulier(id, staat) {
  return h("form", { class: "wik-formulier", novalidate: true, "aria-label": "Gegevens voor de brief" },
    h("p", { class: "wik-hint" }, "De brief gebruikt de facturen en betalingen van het tabblad Rekentool."),
    h("fieldset", null, h("legend", null, "Brief"),
      veld({ id: `${id}-briefsoort`, label: "Soort brief",
        control: h("select", { "data-pad": "brief.soort", "data-veld": "soort" },
          Object.entries(SOORTEN).map(([w, l]) => h("option", { value: w, selected: staat.brief.soort === w }, l))) }),
      veld({ id: `${id}-verzenddatum`, label: "Verzenddatum", hint: "De dag dat u de brief verstuurt, na de vervaldatum.",
        control: h("input", { type: "date", "data-pad": "brief.verzenddatum", "data-veld": "verzenddatum",
          value: staat.brief.verzenddatum, min: EERSTE_DATUM, max: LAATSTE_DATUM }) }),
      janee({ id: `${id}-brief-afgesproken`, klasse: "wik-alleen-consument", pad: "betaaltermijn_afgesproken",
        ja: staat.betaaltermijn_afgesproken, vraag: AFGESPROKEN, hint: AFGESPROKEN_HINT },
      veld({ id: `${id}-ingebrekestelling`, label: "Datum waarop u de ingebrekestelling verstuurde",
        klasse: "wik-alleen-ingebrekestelling",
        control: h("input", { type: "date", "data-pad": "brief.ingebrekestelling_verzonden", "data-veld": "ingebrekestelling_verzonden",
          value: staat.brief.ingebrekestelling_verzonden, min: EERSTE_DATUM, max: LAATSTE_DATUM }) }))),
    regeling(id, staat.brief.regeling),
    h("div", { class: "wik-partijen" },
      partij(id, "Uw gegevens (schuldeiser)", "schuldeiser", EISER, staat.brief.schuldeiser),
      partij(id, "Aan (schuldenaar)", "schuldenaar", SCHULDENAAR, staat.brief.schuldenaar)));
}

/** The payment plan's termijnen (only for the confirmation of a betalingsregeling). */
function regeling(id, r) {
  return h("fieldset", { class: "wik-alleen-regeling" }, h("legend", null, "De afgesproken betalingsregeling"),
    veld({ id: `${id}-regeling-aantal`, label: "Aantal maandelijkse termijnen (2 tot 36)",
      control: h("input", { type: "text", inputmode: "numeric", "data-pad": "brief.regeling.aantal", "data-veld": "regeling.aantal",
        value: r.aantal, autocomplete: "off", maxlength: 2 }) }),
    veld({ id: `${id}-regeling-eerste`, label: "Eerste betaaldag",
      control: h("input", { type: "date", "data-pad": "brief.regeling.eerste", "data-veld": "regeling.eerste_betaaldatum",
        value: r.eerste, min: EERSTE_DATUM, max: LAATSTE_DATUM }) }),
    janee({ id: `${id}-regeling-rente`, pad: "brief.regeling.rente_loopt_door", ja: r.rente_loopt_door,
      vraag: "Loopt de wettelijke rente door tijdens de regeling?",
      hint: "Dat spreekt u samen af. Zo niet, dan rekent u geen verdere rente zolang de termijnen op tijd komen." }));
}

/** The letter from the engine's structured parts, every piece as text. */
function brief(o) {
  const regels = (lijst, klasse) => h("p", { class: klasse }, (lijst || []).flatMap((r, i) => (i ? [h("br"), String(r)] : [String(r)])));
  const na = Number.isInteger(o.tabellen_na_alinea) ? o.tabellen_na_alinea : 1;
  const alineas = (o.alineas || []).map((a) => h("p", null, String(a)));
  // After part payments each claim adds up: invoiced, paid, of which interest, principal left (art. 6:44 BW).
  const betaald = (o.vorderingen || []).some((v) => v.betaald && v.betaald !== "0.00");
  const getal = (tekst) => h("th", { scope: "col", class: "wik-getal" }, tekst);
  const vorderingen = h("table", { class: "wik-brieftabel" },
    h("caption", { class: "wik-sr" }, "Openstaande facturen"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Factuur"), h("th", { scope: "col" }, "Vervaldatum"),
      getal(betaald ? "Gefactureerd" : "Bedrag"),
      betaald ? [getal("Betaald"), getal("Waarvan rente"), getal("Open hoofdsom")] : null)),
    h("tbody", null, (o.vorderingen || []).map((v) => h("tr", null,
      h("td", null, String(v.naam ?? v.kenmerk).replace(/^factuur /, "")),
      h("td", null, datumNl(v.vervaldatum)), h("td", { class: "wik-getal" }, euro(v.bedrag)),
      betaald ? [euro(v.betaald), euro(v.waarvan_rente), euro(v.open_hoofdsom)].map((b) => h("td", { class: "wik-getal" }, b))
        : null))));
  const bedragen = h("table", { class: "wik-brieftabel wik-bedragen" },
    h("caption", { class: "wik-sr" }, "Te betalen"),
    h("tbody", null, (o.bedragen || []).map((r) => h("tr", null, h("th", { scope: "row" }, String(r.omschrijving)),
      h("td", { class: "wik-getal" }, euro(r.bedrag))))));
  return h("article", { class: "wik-brief", "aria-label": "Voorbeeld van de brief" },
    regels(o.afzender, "wik-afzender"),
    regels(o.geadresseerde, "wik-geadresseerde"),
    h("p", { class: "wik-plaatsdatum" }, String(o.plaats_datum ?? "")),
    h("p", { class: "wik-onderwerp" }, h("strong", null, `Onderwerp: ${o.onderwerp ?? ""}`)),
    h("p", null, String(o.aanhef ?? "")),
    alineas.slice(0, na), vorderingen, bedragen, alineas.slice(na),
    h("p", { class: "wik-groet" }, String(o.afsluiting ?? "")),
    h("p", { class: "wik-ondertekening" }, String(o.ondertekening ?? "")));
}

/**
 * The engine's notes, then the letter and beside it what the creditor needs and the letter must
 * not say: the presumed delivery day, the last day of the term and the day the costs fall due (a
 * date in the letter that turns out too early makes the letter invalid).
 */
export function toonBrief(a) {
  const feiten = [];
  if (a.bezorgdatum) feiten.push(["Vermoedelijk bezorgd", datumNl(a.bezorgdatum)]);
  if (a.laatste_dag) feiten.push(["Laatste dag om te betalen", datumNl(a.laatste_dag)]);
  if (a.kosten_verschuldigd_vanaf) feiten.push(["Incassokosten verschuldigd vanaf", datumNl(a.kosten_verschuldigd_vanaf)]);
  const meldingen = a.meldingen || [];
  const naast = feiten.length ? h("section", { class: "wik-voor-uzelf wik-niet-printen", "aria-label": "Voor uzelf, niet in de brief" },
    h("p", { class: "wik-voor-uzelf-kop" }, h("strong", null, "Voor uzelf, niet in de brief:")),
    h("dl", { class: "wik-los" }, feiten.map(([k, v]) => h("div", { class: "wik-regel" }, h("dt", null, k), h("dd", null, v)))),
    h("p", { class: "wik-hint" }, "Zet deze datums niet in de brief: blijkt een datum te vroeg, dan is de brief " +
      "ongeldig. De brief noemt alleen de termijn, gerekend vanaf de dag nadat de brief is bezorgd.")) : null;
  return [
    meldingen.length ? h("ul", { class: "wik-meldingen wik-niet-printen", "aria-label": "Meldingen bij de brief" },
      meldingen.map((m) => h("li", { "data-code": m.code }, String(m.tekst)))) : null,
    h("div", { class: "wik-brief-naast" }, naast,
      a.onderdelen ? brief(a.onderdelen) : h("article", { class: "wik-brief wik-platte-brief" }, String(a.tekst ?? ""))),
  ];
}

/** The preview's section: the buttons (enabled while a letter is shown) and `vak`, where the letter goes. */
export function bouwBriefResultaat(kop, vak) {
  const knop = (actie, tekst) => h("button", { type: "button", class: "wik-knop", disabled: true, "data-actie": actie }, tekst);
  return h("section", { class: "wik-resultaat", "aria-label": "Voorbeeld van de brief" }, kop,
    h("div", { class: "wik-knoppen wik-niet-printen" }, knop("afdrukken", "Afdrukken"), knop("kopieer", "Kopieer tekst"),
      knop("download-txt", "Download als .txt"), h("span", { class: "wik-bevestiging", role: "status" })),
    vak);
}

/** Say what the last action did, or nothing (`""`): the line never reports an earlier action. */
export function bevestig(paneel, tekst = "") {
  const regel = paneel?.querySelector(".wik-bevestiging");
  if (regel) regel.textContent = tekst;
}

/** Copy the letter's text; `paneel`'s status line says whether that worked. */
export async function kopieerBrief(tekst, paneel) {
  bevestig(paneel);
  try {
    await navigator.clipboard.writeText(tekst);
    bevestig(paneel, "De brief is gekopieerd.");
  } catch {
    bevestig(paneel, "Kopiëren lukte niet; selecteer de tekst van de brief en kopieer die zelf.");
  }
}

/** The letter as a .txt file, with a byte-order mark so that Windows programs read it as UTF-8. */
export function downloadBrief(brief, tekst, paneel) {
  const naam = `${brief.soort}-${brief.verzenddatum}.txt`;
  download(naam, "\ufeff" + tekst, "text/plain;charset=utf-8");
  bevestig(paneel, `De brief is gedownload als ${naam}.`);
}
