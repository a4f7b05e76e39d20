// The calculation form: built from the state, one field per contract key. Every control
// carries `data-pad` (where its value lives in the state) and `data-veld` (the contract's
// field path, so the engine's `fout.veld` finds it).

import { h, janee, veld } from "./dom.js";
import { bedragveld, datumveld, keuzelijst, tekstveld } from "./velden.js";
import { MAX_RIJEN } from "./staat.js";
import { standaardRente, vraagEerdere, vraagIngebrekestelling } from "./verzoeken.js";

const DEBITEUR_LABEL = { consument: "Consument (particulier)", bedrijf: "Bedrijf", overheid: "Overheid" };
const RENTE_LABEL = {
  wettelijk: "Wettelijke rente (art. 6:119 BW)", handels: "Handelsrente (art. 6:119a BW)",
  contractueel: "Afgesproken rente (percentage per jaar)", geen: "Geen rente",
};
const KOSTEN_LABEL = {
  wik: "Wettelijke staffel (WIK)", geen: "Geen incassokosten",
  percentage: "Afgesproken percentage van de hoofdsom", vast: "Afgesproken vast bedrag",
};

function vorderingRij(id, v, i, aantal) {
  const p = `vorderingen.${i}`;
  const veldnaam = (k) => `vorderingen[${i}].${k}`;
  return h("div", { class: "wik-rij", role: "group", "aria-label": `Factuur ${i + 1}` },
    veld({ id: `${id}-v${i}-kenmerk`, label: "Kenmerk", klasse: "wik-kenmerk",
      control: tekstveld(`${p}.kenmerk`, v.kenmerk, { "data-veld": veldnaam("kenmerk"), placeholder: `factuur ${i + 1}`, maxlength: 60 }) }),
    veld({ id: `${id}-v${i}-bedrag`, label: "Bedrag (incl. btw)", klasse: "wik-bedrag",
      control: bedragveld(`${p}.bedrag`, v.bedrag, veldnaam("bedrag")) }),
    veld({ id: `${id}-v${i}-vervaldatum`, label: "Uiterste betaaldag",
      control: datumveld(`${p}.vervaldatum`, v.vervaldatum, veldnaam("vervaldatum")) }),
    h("button", { type: "button", class: "wik-knop wik-weg", "data-actie": "vordering-weg", "data-index": i,
      disabled: aantal <= 1, "aria-label": `Factuur ${i + 1} verwijderen` }, "Verwijder"));
}

function betalingRij(id, b, i, kenmerken) {
  const p = `betalingen.${i}`;
  const opties = { "": "Oudste eerst" };
  for (const k of kenmerken) opties[k] = k;
  if (b.kenmerk && !(b.kenmerk in opties)) opties[b.kenmerk] = b.kenmerk;
  return h("div", { class: "wik-rij", role: "group", "aria-label": `Betaling ${i + 1}` },
    veld({ id: `${id}-b${i}-bedrag`, label: "Betaald bedrag", klasse: "wik-bedrag",
      control: bedragveld(`${p}.bedrag`, b.bedrag, `betalingen[${i}].bedrag`) }),
    veld({ id: `${id}-b${i}-datum`, label: "Datum", control: datumveld(`${p}.datum`, b.datum, `betalingen[${i}].datum`) }),
    veld({ id: `${id}-b${i}-kenmerk`, label: "Voor factuur",
      control: keuzelijst(`${p}.kenmerk`, opties, b.kenmerk, `betalingen[${i}].kenmerk`) }),
    h("button", { type: "button", class: "wik-knop wik-weg", "data-actie": "betaling-weg", "data-index": i,
      "aria-label": `Betaling ${i + 1} verwijderen` }, "Verwijder"));
}

/** The button that adds a row, and once the list is full a sentence that says so (not only a grey button). */
function erbij(id, actie, tekst, aantal, grens) {
  const vol = aantal >= MAX_RIJEN;
  return [h("button", { type: "button", class: "wik-knop", "data-actie": actie, disabled: vol,
    "aria-describedby": vol ? `${id}-vol` : null }, tekst),
  vol ? h("p", { class: "wik-hint wik-grens", id: `${id}-vol` }, grens) : null];
}

/** Earlier termijnen of the same agreement (a consumer, WIK costs): yes/no, then one or more dates. */
function eerdere(id, staat) {
  const data = staat.kosten.eerdere_termijnkosten;
  const rij = (d, i) => h("div", { class: "wik-datumrij", role: "group", "aria-label": `Eerdere termijn ${i + 1}` },
    veld({ id: `${id}-eerder${i}`, label: `Incassokosten van een eerdere termijn verschuldigd op (${i + 1})`,
      control: datumveld(`kosten.eerdere_termijnkosten.${i}`, d, `kosten.eerdere_termijnkosten[${i}]`) }),
    h("button", { type: "button", class: "wik-knop wik-weg", "data-actie": "eerder-weg", "data-index": i,
      disabled: data.length <= 1, "aria-label": `Datum ${i + 1} verwijderen` }, "Verwijder"));
  return janee({ id: `${id}-eerder`, klasse: "wik-alleen-termijnen", pad: "kosten.eerder", ja: staat.kosten.eerder,
    vraag: "Eerder incassokosten gerekend voor een vorige termijn van dezelfde overeenkomst?",
    uitleg: ["Wanneer geldt dit?", "Bij kleine termijnbedragen (elk minder dan € 266,67) van één overeenkomst " +
      "met een consument: rekende u in de zes maanden hiervoor al incassokosten voor een eerdere termijn, dan " +
      "zijn de incassokosten nu de helft, hoogstens € 20. Vul de dag in waarop die eerdere incassokosten " +
      "verschuldigd werden."] },
  h("div", { class: "wik-alleen-eerder" },
    h("div", { class: "wik-rijen", "data-lijst": "eerdere" }, data.map(rij)),
    h("p", { class: "wik-fout", "data-veld-fout": "kosten.eerdere_termijnkosten", hidden: true }),
    erbij(`${id}-eerdere`, "eerder-erbij", "+ Datum toevoegen", data.length,
      `U kunt hoogstens ${MAX_RIJEN} datums invullen.`)));
}

/** The kenmerken a payment can name (empty kenmerk → the default the request will use). */
const kenmerken = (staat) => staat.vorderingen.map((v, i) => v.kenmerk.trim() || `factuur ${i + 1}`);

/** @param {string} id a prefix unique on the page @param {object} staat */
export function bouwFormulier(id, staat) {
  const debiteurNaam = `${id}-debiteur`;
  return h("form", { class: "wik-formulier", novalidate: true, "aria-label": "Gegevens van de vordering" },
    h("fieldset", { class: "wik-debiteur" },
      h("legend", null, "Wie moet betalen?"),
      Object.entries(DEBITEUR_LABEL).map(([waarde, label]) => h("label", { class: "wik-radio" },
        h("input", { type: "radio", name: debiteurNaam, value: waarde, "data-pad": "debiteur", checked: staat.debiteur === waarde }),
        " ", label))),
    h("fieldset", null,
      h("legend", null, "Onbetaalde facturen"),
      h("p", { class: "wik-hint" }, "De uiterste betaaldag is de laatste dag waarop de klant had moeten betalen; de rente loopt vanaf de dag erna."),
      h("div", { class: "wik-rijen", "data-lijst": "vorderingen" },
        staat.vorderingen.map((v, i) => vorderingRij(id, v, i, staat.vorderingen.length))),
      h("p", { class: "wik-fout", id: `${id}-vorderingen-fout`, "data-veld-fout": "vorderingen", hidden: true }),
      erbij(`${id}-vorderingen`, "vordering-erbij", "+ Factuur toevoegen", staat.vorderingen.length,
        `U hebt het maximum van ${MAX_RIJEN} facturen bereikt. Hebt u er meer? Reken ze dan in delen uit.`)),
    h("fieldset", null,
      h("legend", null, "Betalingen (deelbetalingen)"),
      h("div", { class: "wik-rijen", "data-lijst": "betalingen" },
        staat.betalingen.map((b, i) => betalingRij(id, b, i, kenmerken(staat)))),
      erbij(`${id}-betalingen`, "betaling-erbij", "+ Betaling toevoegen", staat.betalingen.length,
        `U hebt het maximum van ${MAX_RIJEN} betalingen bereikt. Tel kleine betalingen op dezelfde dag zo nodig samen.`)),
    h("fieldset", null,
      h("legend", null, "Rente"),
      veld({ id: `${id}-peildatum`, label: "Rente berekenen tot en met", hint: "Meestal vandaag.",
        control: datumveld("peildatum", staat.peildatum, "peildatum") }),
      veld({ id: `${id}-rente`, label: "Soort rente",
        control: keuzelijst("rente.soort", RENTE_LABEL, staat.rente.soort || standaardRente(staat.debiteur), "rente.soort") }),
      veld({ id: `${id}-rentepercentage`, label: "Afgesproken rente (% per jaar)", klasse: "wik-alleen-contractueel",
        control: tekstveld("rente.percentage", staat.rente.percentage, { inputmode: "decimal", "data-veld": "rente.percentage", placeholder: "8" }) }),
      h("label", { class: "wik-vink" },
        h("input", { type: "checkbox", "data-pad": "rente.samengesteld", "data-veld": "rente.samengesteld", checked: staat.rente.samengesteld }),
        " Rente op rente (samengesteld, zoals de wet voorschrijft)")),
    h("fieldset", null,
      h("legend", null, "Incassokosten"),
      veld({ id: `${id}-kosten`, label: "Welke incassokosten?",
        hint: "Bij een consument mag u nooit meer vragen dan de staffel, alleen minder.",
        control: keuzelijst("kosten.soort", KOSTEN_LABEL, staat.kosten.soort, "kosten.soort") }),
      veld({ id: `${id}-kostenwaarde`, label: "Afgesproken percentage of bedrag", klasse: "wik-alleen-afspraak",
        control: tekstveld("kosten.waarde", staat.kosten.waarde, { inputmode: "decimal", "data-veld": "kosten.waarde" }) }),
      eerdere(id, staat),
      veld({ id: `${id}-kostenvanaf`, label: "Incassokosten verschuldigd vanaf (optioneel)",
        hint: "Bij een consument: de dag na de laatste dag van de veertiendagenbrief.",
        control: datumveld("kosten.verschuldigd_vanaf", staat.kosten.verschuldigd_vanaf, "kosten.verschuldigd_vanaf") })),
    h("fieldset", null,
      h("legend", null, "Btw op incassokosten"),
      h("label", { class: "wik-vink" },
        h("input", { type: "checkbox", "data-pad": "btw.verhogen", "data-veld": "btw.verhogen", checked: staat.btw.verhogen }),
        " Verhoog de incassokosten met btw"),
      h("details", { class: "wik-uitleg" },
        h("summary", null, "Wanneer mag dat?"),
        h("p", null, "Alleen als aan alle drie is voldaan: u laat een ander (incassobureau, advocaat) incasseren en " +
          "betaalt daarover btw; u kunt die btw niet aftrekken (u bent geen ondernemer voor de btw of vrijgesteld); " +
          "en u zegt dat uitdrukkelijk in de brief aan de schuldenaar.")),
      h("label", { class: "wik-vink wik-alleen-btw" },
        h("input", { type: "checkbox", "data-pad": "btw.max_incl_btw", "data-veld": "btw.max_incl_btw", checked: staat.btw.max_incl_btw }),
        " Houd ook inclusief btw het maximum van € 6.775 aan (voorzichtige lezing)")));
}

/** The value at a dotted path of the state. */
const lees = (staat, pad) => pad.split(".").reduce((plek, stuk) => plek?.[stuk], staat);

/**
 * Show and hide the fields that depend on other choices (on every tab: `wortel` is the element),
 * set the yes/no questions that appear on more than one tab, refresh the payment invoice lists.
 * @param {ParentNode} wortel @param {object} staat
 */
export function werkBij(wortel, staat) {
  const toon = (klasse, ja) => wortel.querySelectorAll(klasse).forEach((el) => { el.hidden = !ja; });
  toon(".wik-alleen-contractueel", (staat.rente.soort || standaardRente(staat.debiteur)) === "contractueel");
  toon(".wik-alleen-afspraak", staat.kosten.soort === "percentage" || staat.kosten.soort === "vast");
  toon(".wik-alleen-btw", staat.btw.verhogen);
  toon(".wik-alleen-termijnen", vraagEerdere(staat));
  toon(".wik-alleen-eerder", staat.kosten.eerder);
  toon(".wik-alleen-consument", staat.debiteur === "consument");
  toon(".wik-alleen-ingebrekestelling", vraagIngebrekestelling(staat));
  toon(".wik-alleen-regeling", staat.brief.soort === "betalingsregeling");
  wortel.querySelectorAll("input[data-janee]").forEach((/** @type {HTMLInputElement} */ radio) => {
    radio.checked = (radio.value === "ja") === Boolean(lees(staat, radio.dataset.pad));
  });
  const waarde = /** @type {HTMLInputElement | null} */ (wortel.querySelector('[data-pad="kosten.waarde"]'));
  if (waarde) waarde.placeholder = staat.kosten.soort === "vast" ? "0,00" : "10";
  const rente = /** @type {HTMLSelectElement | null} */ (wortel.querySelector('[data-pad="rente.soort"]'));
  if (rente) rente.value = staat.rente.soort || standaardRente(staat.debiteur);
  const namen = kenmerken(staat);
  wortel.querySelectorAll('[data-pad^="betalingen."][data-pad$=".kenmerk"]').forEach((/** @type {HTMLSelectElement} */ select) => {
    const gekozen = select.value;
    select.replaceChildren(h("option", { value: "" }, "Oudste eerst"),
      ...namen.map((k) => h("option", { value: k, selected: k === gekozen }, k)));
    if (gekozen && !namen.includes(gekozen)) select.append(h("option", { value: gekozen, selected: true }, gekozen));
  });
}
