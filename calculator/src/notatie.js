// Dutch notation: what a visitor types (`1.234,56`, `1234,56`, `€ 1.234`) to the contract's
// `"1234.56"`, and the contract's strings back to `€ 1.234,56` and `25 november 2026`.
// Parsing never throws: it returns {waarde} or {fout} with a Dutch message for the field.

/**
 * An amount in Dutch (or plain) notation to the contract's "1234.56".
 * A dot followed by groups of three digits is a thousands separator; the comma is the decimal mark.
 * @param {string} invoer @returns {{waarde?: string, fout?: string}}
 */
export function leesBedrag(invoer) {
  const tekst = String(invoer ?? "").replace(/[\s\u00a0\u202f]/g, "").replace(/^€|^EUR/i, "").replace(/,-$/, "");
  if (tekst === "") return { fout: "Vul een bedrag in." };
  if (/^[-−]/.test(tekst)) return { fout: "Een bedrag kan niet negatief zijn. Vul een positief bedrag in." };
  let heel, decimalen = "";
  let m;
  if ((m = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d*)$/.exec(tekst))) {        // 1.234,56 · 1234,5 · 12,
    [heel, decimalen] = [m[1].replaceAll(".", ""), m[2]];
  } else if ((m = /^\d{1,3}(?:\.\d{3})+$/.exec(tekst))) {            // 1.234 · 1.234.567
    heel = tekst.replaceAll(".", "");
  } else if ((m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(tekst))) {           // 1234 · 1234.5 · 1234.56
    [heel, decimalen] = [m[1], m[2] || ""];
  } else {
    return { fout: `"${kort(invoer)}" is geen bedrag. Schrijf het bijvoorbeeld als 1.234,56.` };
  }
  if (decimalen.length > 2) return { fout: "Gebruik hoogstens twee cijfers achter de komma." };
  heel = heel.replace(/^0+(?=\d)/, "");
  if (heel.length > 13) return { fout: "Dit bedrag is te groot." };
  return { waarde: `${heel}.${decimalen.padEnd(2, "0")}` };
}

/**
 * A percentage like `8`, `10,15` or `8%` to the contract's "10.15" (whether it is in range is
 * the engine's to say: invoer.percentage).
 * @param {string} invoer @returns {{waarde?: string, fout?: string}}
 */
export function leesPercentage(invoer) {
  const tekst = String(invoer ?? "").replace(/[\s%]/g, "");
  if (tekst === "") return { fout: "Vul een percentage in." };
  const m = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(tekst);
  if (!m) return { fout: `"${kort(invoer)}" is geen percentage. Schrijf het bijvoorbeeld als 8 of 10,15.` };
  const heel = m[1].replace(/^0+(?=\d)/, "");
  return { waarde: m[2] ? `${heel}.${m[2]}` : heel };
}

/**
 * The contract's "1234.56" as `€ 1.234,56`; anything else is shown as it came, never as NaN.
 * @param {string | null | undefined} bedrag
 */
export function euro(bedrag) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(bedrag ?? ""));
  if (!m) return "–";
  const heel = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${m[1]}€ ${heel},${(m[3] || "").padEnd(2, "0")}`;
}

/** A percentage from the contract, "10.15" → "10,15%". */
export function procent(percentage) {
  return /^\d+(\.\d+)?$/.test(String(percentage ?? "")) ? `${String(percentage).replace(".", ",")}%` : "–";
}

const DATUM_NL = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** An ISO date as `25 november 2026`. */
export function datumNl(iso) {
  return isDatum(iso) ? DATUM_NL.format(Date.parse(`${iso}T00:00:00Z`)) : "–";
}

/** An ISO date as `25-11-2026` (for table cells). */
export function datumKort(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ""));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : "–";
}

/** Today in the visitor's own time zone, as ISO. */
export function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Is this a real ISO calendar date? */
export function isDatum(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ""));
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function kort(tekst) {
  const t = String(tekst ?? "").trim();
  return t.length > 30 ? t.slice(0, 29) + "…" : t;
}
