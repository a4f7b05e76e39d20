"""The generators of the wik_tabellen hook for the 14-day term: delivery, last day, postal norms, the letter.

Helper module, not a hook (not listed in mkdocs.yml); each public function is called by the marker of its name.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from _motor import _engine, tabel, vraag
from mkdocs.exceptions import PluginError

#: Posting days for the presumed-delivery table (veertiendagenbrief.md): one week, Koningsdag, the days
#: around the two steps of the postal norm (1 July 2026 and 1 July 2027), Christmas.
VERZENDDATA = ("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07",
               "2026-04-24", "2026-06-30", "2026-07-01", "2026-12-23", "2027-06-30", "2027-07-01")
#: Ordinal words for the counted delivery day (POSTNORMEN.telling).
TELWOORDEN = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde"}


def termijn(verzonden: str, veld: str) -> str:
    """A date of the 14-day term of a letter posted on ``verzonden`` (HR 2016:2704; Atw art. 1).

    ``veertiende_dag`` is the 14th day after delivery, before Atw art. 1 moves a Saturday, Sunday or
    holiday to the next day (the page shows both to explain the move).
    """
    t = _engine().termijnen.termijn(date.fromisoformat(verzonden))
    if veld == "veertiende_dag":
        return _engine().termijnen.dag_nl(t.bezorgdatum + timedelta(days=14))
    if veld not in ("verzenddatum", "bezorgdatum", "laatste_dag", "verschuldigd_vanaf"):
        raise PluginError(f"wik_termijn kent het veld {veld!r} niet")
    return _engine().termijnen.dag_nl(getattr(t, veld))


def bezorging() -> str:
    """Presumed delivery (HR 2016:2704, later the relaxed postal norm), last day (Atw art. 1), costs due."""
    t = _engine().termijnen
    rijen, verlengd = [], False
    for iso in VERZENDDATA:
        term = t.termijn(date.fromisoformat(iso))
        if term.verschuldigd_vanaf != term.laatste_dag + timedelta(days=1):  # the line below the table says so
            raise PluginError(f"wik_bezorging: kosten niet de dag na de laatste dag bij {iso}")
        laatste = t.dag_nl(term.laatste_dag) + (" (verlengd)" if term.verlengd else "")
        verlengd = verlengd or term.verlengd
        rijen.append([t.dag_nl(term.verzenddatum), t.dag_nl(term.bezorgdatum), laatste])
    # Three columns, so the table fits a phone (375 px) without hiding a date.
    kop = ["Verstuurd", "Vermoedelijk bezorgd", "Laatste dag om te betalen"]
    onder = "Betaalt de klant niet, dan zijn de incassokosten verschuldigd vanaf de dag na de laatste dag."
    if verlengd:
        onder += (" (verlengd): de veertiende dag na de bezorging viel op een zaterdag, zondag of feestdag; de "
                  "termijn loopt door tot en met de eerstvolgende dag die dat niet is (art. 1 Atw).")
    return tabel("bezorging", kop, rijen, onder)


def postnormen(*voorbeelden: str) -> str:
    """The presumed delivery day per period (``wik.termijnen.POSTNORMEN``), one worked example per row."""
    t = _engine().termijnen
    normen = t.POSTNORMEN
    rijen, bronnen = [], []
    for i, norm in enumerate(normen):
        einde = normen[i + 1].vanaf - timedelta(days=1) if i + 1 < len(normen) else None
        if i == 0:
            periode = f"tot en met {t.datum_nl(einde)}"
        elif einde is not None:
            periode = f"{t.datum_nl(norm.vanaf)} tot en met {t.datum_nl(einde)}"
        else:
            periode = f"vanaf {t.datum_nl(norm.vanaf)}"
        hier = [date.fromisoformat(v) for v in voorbeelden if t.postnorm(date.fromisoformat(v)) == norm]
        if len(hier) != 1:
            raise PluginError(f"wik_postnormen: geef één voorbeelddatum per periode ({periode}), niet {voorbeelden}")
        if norm.telling not in TELWOORDEN:
            raise PluginError(f"wik_postnormen: geen telwoord voor {norm.telling}")
        rijen.append([periode, f"de {TELWOORDEN[norm.telling]} getelde dag na verzending",
                      f"verstuurd {t.dag_nl(hier[0])}, bezorgd {t.dag_nl(t.bezorgdatum(hier[0]))}"])
        bronnen.append(f"    - {periode}: {norm.bron}")
    onder = '??? info "De bron van elke regel"\n' + "\n".join(bronnen)
    return tabel("postnormen", ["Brief verstuurd", "Wij gaan uit van bezorging op", "Voorbeeld"], rijen, onder)


def brief(verzenddatum: str) -> str:
    """The engine's own 14-day letter, exactly as the rekentool writes it (art. 6:96 lid 6 BW)."""
    antwoord = vraag({
        "actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": verzenddatum,
        "berekening": {"actie": "bereken", "debiteur": "consument", "peildatum": verzenddatum,
                       "rente": {"soort": "wettelijk"},
                       "vorderingen": [{"kenmerk": "2026-041", "bedrag": "1234.56", "vervaldatum": "2026-02-19"}]},
        "schuldeiser": {"naam": "Klusbedrijf De Vries", "adres": "Dorpsstraat 1", "postcode": "3511 AA",
                        "plaats": "Utrecht", "iban": "NL91ABNA0417164300"},
        "schuldenaar": {"naam": "J. Jansen", "adres": "Kerkstraat 2", "postcode": "3512 BB", "plaats": "Utrecht"},
    })
    blokken = [blok for blok in antwoord["tekst"].split("\n\n") if blok.strip()]
    alineas = "\n".join("<p>" + "<br>\n".join(html.escape(r).replace("€ ", "€&nbsp;") for r in blok.splitlines())
                         + "</p>" for blok in blokken)
    return (f'\n<div class="wik-brief" data-wik="brief" data-verzenddatum="{verzenddatum}">\n'
            f"{alineas}\n</div>\n")
