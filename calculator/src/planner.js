// The planner tab: from invoice date and payment term, the six dated steps of the engine's
// `traject`, and the same dates as an .ics calendar file (RFC 5545, all-day events).

import { EERSTE_DATUM, LAATSTE_DATUM } from "./gedeeld.js";
import { AFGESPROKEN, AFGESPROKEN_HINT, bevestig } from "./brief.js";
import { download, h, janee, veld } from "./dom.js";
import { datumNl } from "./notatie.js";

export function bouwPlannerFormulier(id, staat) {
  return h("form", { class: "wik-formulier", novalidate: true, "aria-label": "Gegevens voor de planner" },
    h("p", { class: "wik-hint" }, "Het soort debiteur komt van het tabblad Rekentool."),
    h("fieldset", null, h("legend", null, "Factuur"),
      veld({ id: `${id}-factuurdatum`, label: "Factuurdatum",
        control: h("input", { type: "date", "data-pad": "planner.factuurdatum", "data-veld": "factuurdatum",
          value: staat.planner.factuurdatum, min: EERSTE_DATUM, max: LAATSTE_DATUM }) }),
      veld({ id: `${id}-betaaltermijn`, label: "Betaaltermijn (dagen)",
        control: h("input", { type: "text", inputmode: "numeric", "data-pad": "planner.betaaltermijn",
          "data-veld": "betaaltermijn_dagen", value: staat.planner.betaaltermijn, maxlength: 3 }) }),
      janee({ id: `${id}-planner-afgesproken`, klasse: "wik-alleen-consument", pad: "betaaltermijn_afgesproken",
        ja: staat.betaaltermijn_afgesproken, vraag: AFGESPROKEN, hint: AFGESPROKEN_HINT })));
}

/** A step's own dates for the creditor: when its letter presumably arrives and the last day of its term. */
function termijn(s) {
  if (!s.bezorgdatum && !s.laatste_dag) return null;
  const delen = [s.bezorgdatum ? `vermoedelijk bezorgd op ${datumNl(s.bezorgdatum)}` : "",
    s.laatste_dag ? `laatste dag van de termijn ${datumNl(s.laatste_dag)}` : ""].filter(Boolean);
  return h("p", { class: "wik-hint" }, `Voor uzelf, niet in de brief: ${delen.join("; ")}.`);
}

/** The steps in the order of the answer (in date order; a step keeps its number). @param {object} a a `traject` answer */
export function toonTraject(a) {
  const meldingen = (a.meldingen || []).length ? h("ul", { class: "wik-meldingen", "aria-label": "Meldingen" },
    a.meldingen.map((m) => h("li", { "data-code": m.code }, String(m.tekst)))) : null;
  return [meldingen, h("ol", { class: "wik-stappen" }, (a.stappen || []).map((s) => h("li", { value: s.nummer },
    h("p", { class: "wik-stapkop" }, h("strong", null, String(s.naam ?? "")), " ", s.datum ? h("span", null, datumNl(s.datum)) : null,
      s.wettelijk_verplicht ? h("span", { class: "wik-label" }, "wettelijk verplicht") : null),
    s.toelichting ? h("p", null, String(s.toelichting)) : null, termijn(s)))),
  a.verjaring?.tekst ? h("p", { class: "wik-verjaring" }, h("strong", null, "Let op de verjaring. "), String(a.verjaring.tekst)) : null];
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, and every line break
 *  (CRLF, LF or a lone CR) as \n, so no bare CR or LF ends the content line early. */
export const ics = (tekst) => String(tekst ?? "").replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
  .replace(/\r\n|\r|\n/g, "\\n");

/** Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
function vouw(regel) {
  const stukken = [];
  let huidig = "", bytes = 0;
  for (const teken of regel) {
    const lengte = new TextEncoder().encode(teken).length;
    if (bytes + lengte > (stukken.length ? 74 : 75)) { stukken.push(huidig); huidig = ""; bytes = 0; }
    huidig += teken; bytes += lengte;
  }
  stukken.push(huidig);
  return stukken.join("\r\n ");
}

/** The steps as an iCalendar file. @param {object} a a `traject` answer @param {string} nu ISO timestamp */
export function naarIcs(a, nu = new Date().toISOString()) {
  const stempel = nu.replace(/[-:]/g, "").replace(/\.\d+/, "");
  const volgende = (iso) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10).replaceAll("-", "");
  };
  const regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Incasso-wijzer//Rekentool//NL", "CALSCALE:GREGORIAN"];
  for (const s of (a.stappen || []).filter((stap) => stap.datum)) {
    regels.push("BEGIN:VEVENT", `UID:wik-stap-${s.nummer}-${s.datum}@incasso-wijzer`, `DTSTAMP:${stempel}`,
      `DTSTART;VALUE=DATE:${s.datum.replaceAll("-", "")}`, `DTEND;VALUE=DATE:${volgende(s.datum)}`,
      `SUMMARY:${ics(`Stap ${s.nummer}: ${s.naam}`)}`, `DESCRIPTION:${ics(s.toelichting)}`, "END:VEVENT");
  }
  regels.push("END:VCALENDAR");
  return regels.map(vouw).join("\r\n") + "\r\n";
}

/** The planning's section: the calendar button (enabled while a planning is shown) and `vak`. */
export function bouwPlannerResultaat(kop, vak) {
  return h("section", { class: "wik-resultaat", "aria-label": "Planning" }, kop,
    h("div", { class: "wik-knoppen" },
      h("button", { type: "button", class: "wik-knop", disabled: true, "data-actie": "download-ics" }, "Zet in uw agenda (.ics)"),
      h("span", { class: "wik-bevestiging", role: "status" })),
    vak);
}

/** The planning as an .ics file; `paneel`'s status line says so. */
export function downloadPlanning(planner, antwoord, paneel) {
  const naam = `incassoplanning-${planner.factuurdatum}.ics`;
  download(naam, naarIcs(antwoord), "text/calendar;charset=utf-8");
  bevestig(paneel, `De planning is gedownload als ${naam}.`);
}
