// The debtor's check: the form. Plain questions ("Wat staat er in de brief?") with the letter's
// own words as examples; every control has a label, `data-pad` (its place in the state) and
// `data-veld` (the contract's field path, so the engine's `fout.veld` finds it).

import { h, janee, veld } from "./dom.js";
import { MAX_FACTUREN } from "./controle-staat.js";
import { bedragveld, datumveld, keuzelijst, tekstveld } from "./velden.js";

function factuur(id, v, i, aantal) {
  const p = `vorderingen.${i}`;
  return h("div", { class: "wik-rij", role: "group", "aria-label": `Factuur ${i + 1}` },
    veld({ id: `${id}-v${i}-kenmerk`, label: "Factuurnummer (als het er staat)", klasse: "wik-kenmerk",
      control: tekstveld(`${p}.kenmerk`, v.kenmerk, { "data-veld": `vorderingen[${i}].kenmerk`, maxlength: 60 }) }),
    veld({ id: `${id}-v${i}-bedrag`, label: "Bedrag van de factuur", klasse: "wik-bedrag",
      control: bedragveld(`${p}.bedrag`, v.bedrag, `vorderingen[${i}].bedrag`) }),
    veld({ id: `${id}-v${i}-vervaldatum`, label: "Uiterste betaaldag",
      control: datumveld(`${p}.vervaldatum`, v.vervaldatum, `vorderingen[${i}].vervaldatum`) }),
    h("button", { type: "button", class: "wik-knop wik-weg", "data-actie": "vordering-weg", "data-index": i,
      disabled: aantal <= 1, "aria-label": `Factuur ${i + 1} verwijderen` }, "Verwijder"));
}

const keuze = (id, pad, veldnaam, opties, gekozen, label, hint) =>
  veld({ id, label, hint, control: keuzelijst(pad, opties, gekozen, veldnaam) });

/** The whole form for element `id`. */
export function bouwControleFormulier(id, s) {
  const vol = s.vorderingen.length >= MAX_FACTUREN;
  const g = s.geeist;
  const bedrag = (k, label, hint) => veld({ id: `${id}-g-${k}`, label, hint, klasse: "wik-bedrag",
    control: bedragveld(`geeist.${k}`, g[k], `geeist.${k}`) });
  return h("form", { class: "wik-formulier", novalidate: true, "aria-label": "Wat staat er in de brief?" },
    h("fieldset", null, h("legend", null, "Wie bent u?"),
      ["consument", "bedrijf"].map((d) => h("label", { class: "wik-radio" },
        h("input", { type: "radio", name: `${id}-debiteur`, value: d, "data-pad": "debiteur", checked: s.debiteur === d }),
        " ", d === "consument" ? "Een particulier (consument)" : "Een bedrijf of zzp'er"))),
    h("fieldset", { "data-lijst": "vorderingen" }, h("legend", null, "Om welke facturen gaat het?"),
      s.vorderingen.map((v, i) => factuur(id, v, i, s.vorderingen.length)),
      h("p", { class: "wik-fout", "data-veld-fout": "vorderingen", hidden: true }),
      h("button", { type: "button", class: "wik-knop", "data-actie": "vordering-erbij", disabled: vol }, "Nog een factuur"),
      vol ? h("p", { class: "wik-hint wik-grens" }, `Meer dan ${MAX_FACTUREN} facturen kunt u hier niet invullen.`) : null),
    h("fieldset", null, h("legend", null, "Wat staat er in de brief?"),
      h("p", { class: "wik-hint" }, "Neem de bedragen over zoals ze in de brief staan. Staat iets er niet in, laat het dan leeg."),
      bedrag("incassokosten", "Incassokosten", "Ook genoemd: buitengerechtelijke kosten, invorderingskosten of WIK-kosten."),
      bedrag("btw_op_kosten", "Btw over de incassokosten"),
      bedrag("rente", "Rente", "Ook genoemd: wettelijke rente of vertragingsrente. Leeg: de tool rekent de wettelijke rente zelf."),
      bedrag("overige_kosten", "Andere kosten", "Bijvoorbeeld administratiekosten, dossierkosten of kosten voor een KvK-uittreksel."),
      veld({ id: `${id}-peildatum`, label: "Datum van vandaag (of de dag waarop u wilt betalen)",
        control: datumveld("peildatum", s.peildatum, "peildatum") })),
    h("fieldset", { class: "wik-alleen-consument" }, h("legend", null, "De 14-dagenbrief"),
      janee({ id: `${id}-ontvangen`, pad: "brief.ontvangen", ja: s.brief.ontvangen,
        vraag: "Hebt u eerder een brief gekregen die u veertien dagen gaf om te betalen, en die zei hoeveel incassokosten u anders moest betalen?",
        hint: "Die brief heet de 14-dagenbrief (ook: veertiendagenbrief of aanmaning). Zonder die brief zijn incassokosten niet verschuldigd." }),
      h("div", { class: "wik-alleen-ontvangen" },
        veld({ id: `${id}-ontvangen-op`, label: "Op welke dag kwam die brief bij u?",
          control: datumveld("brief.ontvangen_op", s.brief.ontvangen_op, "veertiendagenbrief.ontvangen_op") }),
        veld({ id: `${id}-termijn`, label: "Wat staat er in die brief over de termijn? Neem de woorden over.",
          hint: "Bijvoorbeeld: \"binnen 14 dagen na dagtekening\" of \"binnen veertien dagen na ontvangst van deze brief\".",
          control: h("textarea", { "data-pad": "brief.termijn", "data-veld": "veertiendagenbrief.termijn", rows: 2,
            maxlength: 500 }, s.brief.termijn) }),
        keuze(`${id}-genoemd`, "brief.kosten_genoemd", "veertiendagenbrief.kosten_genoemd",
          { "": "Weet ik niet", exact: "Een precies bedrag (bijvoorbeeld € 40,00)", maximaal: "\"Maximaal\" of \"tot\" een bedrag",
            niet: "Er stond geen bedrag" }, s.brief.kosten_genoemd, "Hoe noemde die brief de incassokosten?"),
        janee({ id: `${id}-btw`, pad: "brief.btw_verklaring", ja: s.brief.btw_verklaring,
          vraag: "Stond er in de brief dat de schuldeiser de btw niet kan aftrekken?",
          hint: "Alleen met die verklaring mag er btw over de incassokosten bij." }))),
    janee({ id: `${id}-rente-afgesproken`, pad: "rente_afgesproken", ja: s.rente_afgesproken,
      vraag: "Hebt u een hogere rente afgesproken, bijvoorbeeld in de algemene voorwaarden?" }),
    janee({ id: `${id}-kosten-afgesproken`, klasse: "wik-alleen-bedrijf", pad: "kosten_afgesproken", ja: s.kosten_afgesproken,
      vraag: "Hebt u schriftelijk hogere incassokosten afgesproken, bijvoorbeeld in de algemene voorwaarden?" }));
}

/** The reply letter's fields: who writes, to whom, and for a proposal the termijnen. */
export function bouwAntwoordFormulier(id, s) {
  const a = s.antwoord;
  const tekst = (k, label, extra = {}) => veld({ id: `${id}-a-${k}`, label,
    control: tekstveld(`antwoord.${k}`, a[k], { "data-veld": `antwoord.${k}`, ...extra }) });
  return h("form", { class: "wik-formulier", novalidate: true, "aria-label": "Uw antwoordbrief" },
    keuze(`${id}-a-soort`, "antwoord.soort", "soort", { bezwaar: "Bezwaar: ik betaal wat klopt en vraag een specificatie",
      voorstel_betalingsregeling: "Voorstel: ik betaal in termijnen" }, a.soort, "Welke brief wilt u sturen?"),
    h("fieldset", null, h("legend", null, "Uw gegevens"), tekst("naam", "Uw naam"), tekst("adres", "Straat en huisnummer"),
      tekst("postcode", "Postcode"), tekst("plaats", "Plaats"), tekst("email", "E-mail (niet verplicht)", { inputmode: "email" })),
    h("fieldset", null, h("legend", null, "Aan wie? (de afzender van de incassobrief)"), tekst("aan", "Naam"),
      tekst("aan_adres", "Straat en huisnummer"), tekst("aan_postcode", "Postcode"), tekst("aan_plaats", "Plaats")),
    h("fieldset", { class: "wik-alleen-voorstel" }, h("legend", null, "Betalen in termijnen"),
      tekst("aantal", "Aantal maandelijkse termijnen (2 tot 36)", { inputmode: "numeric", "data-veld": "regeling.aantal" }),
      veld({ id: `${id}-a-eerste`, label: "Eerste betaaldag", control: datumveld("antwoord.eerste", a.eerste,
        "regeling.eerste_betaaldatum") })));
}

/** Show only what applies to the choices made. */
export function werkControleBij(wortel, s) {
  const toon = (sel, ja) => wortel.querySelectorAll(sel).forEach((/** @type {HTMLElement} */ el) => { el.hidden = !ja; });
  toon(".wik-alleen-consument", s.debiteur === "consument");
  toon(".wik-alleen-bedrijf", s.debiteur === "bedrijf");
  toon(".wik-alleen-ontvangen", s.brief.ontvangen);
  toon(".wik-alleen-voorstel", s.antwoord.soort === "voorstel_betalingsregeling");
}
