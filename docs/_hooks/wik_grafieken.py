"""MkDocs hook: pictures drawn at build time, as inline SVG, from the ``wik`` engine.

A page writes a marker on a line of its own, and this hook replaces it with a ``<figure>``:

- ``{{ grafiek_traject 2026-11-02 14 consument }}``: the six steps as a timeline, with the days
  between them, from ``wik.traject.handle_traject`` (the same dates as the planner and the table
  ``{{ wik_traject … }}``);
- ``{{ grafiek_staffel }}``: the WIK fee and the fee as a percentage of the hoofdsom, against the
  hoofdsom on a log scale, with the minimum and the maximum marked, from ``wik.incassokosten.staffel``;
- ``{{ grafiek_rente 10000.00 2017-12-31 2024 }}``: how a debt grows with the wettelijke rente, with and
  without compounding (art. 6:119 lid 2 BW), from ``wik.contract.handle``; a table with the same
  figures follows the picture.

No chart library, no script and no request to another host: plain SVG with presentation
attributes (the site's Content-Security-Policy forbids inline ``style``). Each SVG has
``role="img"``, a ``<title>`` and a ``<desc>`` (``aria-labelledby``), scales with its ``viewBox``
(``width="100%"``, no pixel width) and is followed or preceded by a table with the same figures.
Points carry ``data-…`` attributes with the engine's values, so tests/test_docs_getallen.py can
recompute them. A marker left over or an engine error stops the build.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mkdocs.exceptions import PluginError

MARKER = re.compile(r"^\{\{\s*grafiek_([a-z_]+)((?:\s+[^\s{}]+)*)\s*\}\}\s*$", re.MULTILINE)
RESTANT = re.compile(r"\{\{\s*grafiek")

# Colours on white, each at least 4,5:1 (text) or 3:1 (lines): Material's indigo, a dark orange, greys.
INDIGO = "#283593"  # 10,2:1
ORANJE = "#a04000"  # 6,4:1
GRIJS = "#4d4d4d"  # 8,5:1
RASTER = "#d0d0d0"  # decoration only
LETTER = "sans-serif"
MAANDEN_KORT = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")


# The engine, and asking it, as the tables' hook does (MkDocs puts this folder on the path).
from wik_tabellen import _engine as _wik  # noqa: E402
from wik_tabellen import vraag  # noqa: E402


def euro_heel(bedrag: Decimal) -> str:
    """``€ 1.234`` (whole euros, half up), the engine's Dutch notation without the cents."""
    heel = Decimal(bedrag).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _wik().geld.euro(heel).removesuffix(",00")


def procent_kort(waarde: float) -> str:
    """``15%``, ``0,7%``: the site's style for a percentage (no space before the sign)."""
    tekst = f"{waarde:.1f}".rstrip("0").rstrip(".") if waarde < 10 else f"{waarde:.0f}"
    return tekst.replace(".", ",") + "%"


def datum_kort(dag: date) -> str:
    return f"{dag.day} {MAANDEN_KORT[dag.month - 1]} {dag.year}"


def t(x: float, y: float, tekst: str, *, grootte: int = 14, anker: str = "start", kleur: str = "#000",
      vet: bool = False, schuin: bool = False) -> str:
    extra = (' font-weight="bold"' if vet else "") + (' font-style="italic"' if schuin else "")
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{grootte}" text-anchor="{anker}" fill="{kleur}"'
            f'{extra}>{html.escape(tekst)}</text>')


def lijn(x1, y1, x2, y2, kleur=RASTER, dikte=1.0, streep: str = "") -> str:
    s = f' stroke-dasharray="{streep}"' if streep else ""
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{kleur}" '
            f'stroke-width="{dikte}"{s}/>')


def figuur(naam: str, titel: str, beschrijving: str, breedte: int, hoogte: int, inhoud: list[str],
           bijschrift: str) -> str:
    """A ``<figure>`` with an accessible SVG, as one raw-HTML block (no blank lines inside)."""
    tid, did = f"grafiek-{naam}-titel", f"grafiek-{naam}-uitleg"
    svg = (f'<svg class="wik-grafiek__svg" viewBox="0 0 {breedte} {hoogte}" width="100%" role="img" '
           f'aria-labelledby="{tid} {did}" font-family="{LETTER}" xmlns="http://www.w3.org/2000/svg">'
           f'<title id="{tid}">{html.escape(titel)}</title><desc id="{did}">{html.escape(beschrijving)}</desc>'
           + "".join(inhoud) + "</svg>")
    return (f'\n<figure class="wik-grafiek wik-grafiek--{naam}" data-wik="grafiek-{naam}">{svg}'
            f"<figcaption>{bijschrift}</figcaption></figure>\n")


# --- the six steps as a timeline ------------------------------------------------------------------

KORT = {1: "Factuur", 2: "Herinnering", 3: "Bellen", 4: "Aanmaning", 5: "Ingebrekestelling",
        6: "Uit handen geven"}


def traject(factuurdatum: str, dagen: str, debiteur: str) -> str:
    """A vertical timeline: one row per dated step and the uiterste betaaldag, the days between them."""
    plan = _wik().traject.handle_traject({"actie": "traject", "factuurdatum": factuurdatum,
                                          "betaaltermijn_dagen": int(dagen), "debiteur": debiteur})
    if "fout" in plan:
        raise PluginError(f"wik weigerde het traject: {plan['fout']}")
    rijen = []  # (date, label, is_step, nummer)
    for stap in plan["stappen"]:
        if stap["datum"]:
            naam = KORT[stap["nummer"]]
            if stap["nummer"] == 4 and debiteur == "consument":
                naam = "14-dagenbrief"
            rijen.append((date.fromisoformat(stap["datum"]), f"{stap['nummer']}. {naam}", True, stap["nummer"]))
    rijen.append((date.fromisoformat(plan["vervaldatum"]), "Uiterste betaaldag", False, 0))
    rijen.sort(key=lambda r: (r[0], not r[2]))
    stap_y, boven, as_x = 46, 28, 122
    hoogte = boven + stap_y * (len(rijen) - 1) + 30
    inhoud = [lijn(as_x, boven, as_x, boven + stap_y * (len(rijen) - 1), kleur=GRIJS, dikte=2)]
    for i, (dag, label, is_stap, nummer) in enumerate(rijen):
        y = boven + stap_y * i
        if is_stap:
            inhoud.append(f'<circle cx="{as_x}" cy="{y}" r="7" fill="{INDIGO}" data-stap="{nummer}" '
                          f'data-datum="{dag.isoformat()}"/>')
        else:
            inhoud.append(f'<circle cx="{as_x}" cy="{y}" r="6" fill="#fff" stroke="{ORANJE}" stroke-width="3" '
                          f'data-stap="betaaldag" data-datum="{dag.isoformat()}"/>')
        inhoud.append(t(as_x - 16, y + 5, datum_kort(dag), anker="end"))
        inhoud.append(t(as_x + 16, y + 5, label, vet=is_stap, kleur="#000" if is_stap else ORANJE))
        if i:
            tussen = (dag - rijen[i - 1][0]).days
            inhoud.append(t(as_x + 16, y - stap_y / 2 + 5, f"{tussen} {'dag' if tussen == 1 else 'dagen'} later",
                            grootte=13, kleur=GRIJS, schuin=True))
    totaal = (rijen[-1][0] - rijen[0][0]).days
    stappen = "; ".join(f"{label} op {datum_kort(dag)}" for dag, label, _, _ in rijen)
    beschrijving = (f"Tijdlijn van de factuur tot het uit handen geven: {stappen}. "
                    f"Van de factuur tot de laatste stap zijn het {totaal} dagen.")
    return figuur("traject", "De zes stappen op een tijdlijn", beschrijving, 360, hoogte, inhoud,
                  f"De stappen van het voorbeeld op een tijdlijn, met het aantal dagen ertussen: samen "
                  f"{totaal} dagen. De tabel eronder geeft dezelfde datums, met de weekdag.")


# --- the WIK staffel ------------------------------------------------------------------------------

STAFFEL_VAN, STAFFEL_TOT = 100.0, 2_000_000.0
#: The hoofdsommen where a band ends or a limit starts, marked with a dot (and data for the tests).
KNIKKEN = ("100.00", "266.67", "2500.00", "5000.00", "10000.00", "200000.00", "1000000.00", "2000000.00")


def staffel() -> str:
    """Two panels over one log x-axis: the fee (log y) and the fee as a percentage of the hoofdsom."""
    w = _wik()
    links, rechts, breedte = 66, 412, 440
    boven1, onder1 = 34, 190  # panel 1: fee
    boven2, onder2 = 238, 338  # panel 2: percentage
    lo_x, hi_x = math.log10(STAFFEL_VAN), math.log10(STAFFEL_TOT)

    def x(h: float) -> float:
        return links + (math.log10(h) - lo_x) / (hi_x - lo_x) * (rechts - links)

    def y1(k: float) -> float:  # € 10 .. € 10.000, log
        return onder1 - (math.log10(k) - 1) / 3 * (onder1 - boven1)

    def y2(p: float) -> float:  # 0 .. 40 %
        return onder2 - p / 40 * (onder2 - boven2)

    minimum, maximum = float(w.incassokosten.MINIMUM), float(w.incassokosten.MAXIMUM)
    inhoud = []
    # grid and axes
    for macht in range(2, 7):
        h = 10.0 ** macht
        inhoud.append(lijn(x(h), boven1, x(h), onder1))
        inhoud.append(lijn(x(h), boven2, x(h), onder2))
        label = euro_heel(Decimal(int(h)))  # two rows, so long labels never touch
        inhoud.append(lijn(x(h), onder2, x(h), onder2 + (6 if macht % 2 == 0 else 22), kleur=GRIJS))
        inhoud.append(t(x(h), onder2 + (20 if macht % 2 == 0 else 36), label, grootte=13, anker="middle"))
    for k in (10, 100, 1000, 10000):
        inhoud.append(lijn(links, y1(k), rechts, y1(k)))
        inhoud.append(t(links - 6, y1(k) + 5, euro_heel(Decimal(k)), grootte=13, anker="end"))
    for p in (0, 10, 20, 30, 40):
        inhoud.append(lijn(links, y2(p), rechts, y2(p)))
        inhoud.append(t(links - 6, y2(p) + 5, f"{p}%", grootte=13, anker="end"))
    inhoud.append(lijn(links, onder1, rechts, onder1, kleur=GRIJS))
    inhoud.append(lijn(links, onder2, rechts, onder2, kleur=GRIJS))
    inhoud.append(t(8, 20, "Incassokosten in euro", vet=True))
    inhoud.append(t(8, boven2 - 14, "Incassokosten als percentage van de hoofdsom", vet=True))
    inhoud.append(t((links + rechts) / 2, onder2 + 60, "Hoofdsom (elke stap is 10 keer zo veel)", grootte=13,
                    anker="middle", kleur=GRIJS))
    # the curves, sampled on a log grid plus the bends
    punten = sorted({*(STAFFEL_VAN * (STAFFEL_TOT / STAFFEL_VAN) ** (i / 120) for i in range(121)),
                     *(float(k) for k in KNIKKEN)})
    kosten, procenten = [], []
    for h in punten:
        fee = float(w.incassokosten.staffel(Decimal(str(round(h, 2)))).bedrag)
        kosten.append(f"{x(h):.1f},{y1(fee):.1f}")
        procenten.append(f"{x(h):.1f},{y2(fee / h * 100):.1f}")
    inhoud.append(f'<polyline points="{" ".join(kosten)}" fill="none" stroke="{INDIGO}" stroke-width="3"/>')
    inhoud.append(f'<polyline points="{" ".join(procenten)}" fill="none" stroke="{ORANJE}" stroke-width="3" '
                  f'stroke-dasharray="8 4"/>')
    for knik in KNIKKEN:
        h = Decimal(knik)
        s = w.incassokosten.staffel(h)
        pct = s.bedrag / h * 100
        inhoud.append(f'<circle cx="{x(float(h)):.1f}" cy="{y1(float(s.bedrag)):.1f}" r="4" fill="{INDIGO}" '
                      f'data-hoofdsom="{h}" data-kosten="{s.bedrag}" data-procent="{pct:.4f}"/>')
        inhoud.append(f'<circle cx="{x(float(h)):.1f}" cy="{y2(float(pct)):.1f}" r="4" fill="{ORANJE}"/>')
    # the limits, marked and named
    grens_min, grens_max = float(KNIKKEN[1]), float(KNIKKEN[6])
    inhoud.append(lijn(x(grens_min), boven1, x(grens_min), onder2, kleur=GRIJS, streep="3 3"))
    inhoud.append(lijn(x(grens_max), boven1, x(grens_max), onder2, kleur=GRIJS, streep="3 3"))
    inhoud.append(t(x(STAFFEL_VAN) + 4, y1(minimum) + 20, f"minimum {euro_heel(Decimal(minimum))}",
                    grootte=13, kleur=INDIGO, vet=True))
    inhoud.append(t(x(grens_max) - 6, y1(maximum) - 10, f"maximum {euro_heel(Decimal(maximum))}",
                    grootte=13, kleur=INDIGO, vet=True, anker="end"))
    inhoud.append(t(x(330), y2(33), "40% bij € 100", grootte=13, kleur=ORANJE))
    inhoud.append(t(x(1000), y2(15) - 8, "15% tot € 2.500", grootte=13, kleur=ORANJE))
    beschrijving = (
        f"Twee grafieken met de hoofdsom van {euro_heel(Decimal(STAFFEL_VAN))} tot "
        f"{euro_heel(Decimal(STAFFEL_TOT))} op een logaritmische schaal. Boven: de incassokosten. Tot een "
        f"hoofdsom van € 266,67 zijn ze het minimum van {euro_heel(Decimal(minimum))}; daarna stijgen ze, "
        f"steeds minder snel, tot het maximum van {euro_heel(Decimal(maximum))} bij een hoofdsom van "
        f"{euro_heel(Decimal(grens_max))}. Onder: de kosten als percentage van de hoofdsom: 40% bij "
        f"€ 100, 15% van € 266,67 tot € 2.500, en daarna steeds lager, tot onder 1% bij de grootste bedragen.")
    return figuur("staffel", "De WIK-staffel in een grafiek", beschrijving, breedte, onder2 + 70, inhoud,
                  "De incassokosten (boven) en wat ze zijn als percentage van de hoofdsom (onder). De punten "
                  "staan waar een schijf van de staffel eindigt. De tabellen hierboven en hieronder geven "
                  "dezelfde bedragen.")


# --- interest with compounding ----------------------------------------------------------------------

def _rente_stand(bedrag: str, vervaldatum: str, peildatum: str, samengesteld: bool) -> dict:
    return vraag({"actie": "bereken", "debiteur": "consument",
                  "rente": {"soort": "wettelijk", "samengesteld": samengesteld},
                  "vorderingen": [{"kenmerk": "F-1", "bedrag": bedrag, "vervaldatum": vervaldatum}],
                  "peildatum": peildatum, "kosten": {"soort": "geen"}})


def rente_groei(bedrag: str, vervaldatum: str, tot_jaar: str) -> list[tuple[date, Decimal, Decimal]]:
    """(31 December of each year, debt with compounding, debt without) from the year after the due date."""
    eerste = date.fromisoformat(vervaldatum)
    if (eerste.month, eerste.day) != (12, 31):
        raise PluginError("grafiek_rente: kies een vervaldatum op 31 december, zodat elk rentejaar een kalenderjaar is")
    standen = [(eerste, Decimal(bedrag), Decimal(bedrag))]
    for jaar in range(eerste.year + 1, int(tot_jaar) + 1):
        peil = date(jaar, 12, 31).isoformat()
        met = _rente_stand(bedrag, vervaldatum, peil, True)
        zonder = _rente_stand(bedrag, vervaldatum, peil, False)
        standen.append((date(jaar, 12, 31), Decimal(met["totaal"]), Decimal(zonder["totaal"])))
    return standen


def rente(bedrag: str, vervaldatum: str, tot_jaar: str) -> str:
    w = _wik()
    standen = rente_groei(bedrag, vervaldatum, tot_jaar)
    links, rechts, boven, onder, breedte = 72, 360, 56, 236, 440
    laag = float(Decimal(bedrag))
    hoog_ruw = float(max(s[1] for s in standen))
    stap = 500.0
    hoog = math.ceil(hoog_ruw / stap) * stap
    if hoog - hoog_ruw < stap / 3:
        hoog += stap

    def x(i: int) -> float:
        return links + i / (len(standen) - 1) * (rechts - links)

    def y(v: float) -> float:
        return onder - (v - laag) / (hoog - laag) * (onder - boven)

    inhoud = []
    v = laag
    while v <= hoog + 0.01:
        inhoud.append(lijn(links, y(v), rechts, y(v)))
        inhoud.append(t(links - 6, y(v) + 5, euro_heel(Decimal(v)), grootte=13, anker="end"))
        v += stap
    for i, (dag, _, _) in enumerate(standen):
        inhoud.append(t(x(i), onder + 20, "start" if i == 0 else str(dag.year), grootte=13, anker="middle"))
    inhoud.append(lijn(links, onder, rechts, onder, kleur=GRIJS))
    inhoud.append(t((links + rechts) / 2, onder + 42, "Stand op 31 december van elk jaar", grootte=13,
                    anker="middle", kleur=GRIJS))
    met = " ".join(f"{x(i):.1f},{y(float(s[1])):.1f}" for i, s in enumerate(standen))
    zonder = " ".join(f"{x(i):.1f},{y(float(s[2])):.1f}" for i, s in enumerate(standen))
    inhoud.append(f'<polyline points="{zonder}" fill="none" stroke="{ORANJE}" stroke-width="3" '
                  'stroke-dasharray="8 4"/>')
    inhoud.append(f'<polyline points="{met}" fill="none" stroke="{INDIGO}" stroke-width="3"/>')
    for i, (dag, m, z) in enumerate(standen):
        inhoud.append(f'<circle cx="{x(i):.1f}" cy="{y(float(m)):.1f}" r="4" fill="{INDIGO}" '
                      f'data-datum="{dag.isoformat()}" data-met="{m}" data-zonder="{z}"/>')
    laatste = standen[-1]
    y_met, y_zonder = y(float(laatste[1])) + 5, y(float(laatste[2])) + 5
    if y_zonder - y_met < 17:  # the two end labels right of the plot, never on top of each other
        midden = (y_met + y_zonder) / 2
        y_met, y_zonder = midden - 8.5, midden + 8.5
    inhoud.append(t(rechts + 8, y_met, euro_heel(laatste[1]), grootte=13, kleur=INDIGO, vet=True))
    inhoud.append(t(rechts + 8, y_zonder, euro_heel(laatste[2]), grootte=13, kleur=ORANJE, vet=True))
    # legend
    inhoud.append(lijn(8, 16, 34, 16, kleur=INDIGO, dikte=3))
    inhoud.append(t(40, 21, "met rente op rente (zo rekent de wet)", grootte=13))
    inhoud.append(lijn(8, 38, 34, 38, kleur=ORANJE, dikte=3, streep="8 4"))
    inhoud.append(t(40, 43, "zonder rente op rente", grootte=13))
    verschil = laatste[1] - laatste[2]
    jaren = len(standen) - 1
    beschrijving = (
        f"Lijngrafiek van een schuld van {euro_heel(Decimal(bedrag))} met wettelijke rente, van "
        f"{w.termijnen.datum_nl(standen[1][0].replace(month=1, day=1))} tot en met "
        f"{w.termijnen.datum_nl(laatste[0])}. Met rente op rente groeit de schuld tot "
        f"{euro_heel(laatste[1])}, zonder rente op rente tot {euro_heel(laatste[2])}: "
        f"{euro_heel(verschil)} minder. " + "; ".join(
            f"eind {dag.year}: {euro_heel(m)}" for dag, m, _ in standen[1:]) + ".")
    figuur_html = figuur("rente", "Zo groeit een schuld met wettelijke rente", beschrijving, breedte,
                         onder + 54, inhoud,
                         f"Een schuld van {euro_heel(Decimal(bedrag))} over {jaren} jaar wettelijke rente, met en "
                         "zonder rente op rente. De tabel hieronder geeft dezelfde bedragen, tot op de cent.")
    rijen = [[f"31 december {dag.year}" if i else f"start ({w.termijnen.datum_nl(dag)})",
              w.geld.euro(m).replace("€ ", "€\u00a0"), w.geld.euro(z).replace("€ ", "€\u00a0"),
              w.geld.euro(m - z).replace("€ ", "€\u00a0")] for i, (dag, m, z) in enumerate(standen)]
    regels = ["| Stand op | Met rente op rente | Zonder rente op rente | Verschil |", "|---|---|---|---|"]
    regels += ["| " + " | ".join(r) + " |" for r in rijen]
    tabel = ('\n<div class="wik-tabel" data-wik="rente-groei" markdown>\n\n' + "\n".join(regels) + "\n\n</div>\n")
    return figuur_html + tabel


GENERATOREN = {"traject": traject, "staffel": staffel, "rente": rente}


def on_page_markdown(markdown: str, page, config, files) -> str:
    waar = page.file.src_uri

    def vervang(m: re.Match) -> str:
        naam, args = m[1], m[2].split()
        generator = GENERATOREN.get(naam)
        if generator is None:
            raise PluginError(f"{waar}: onbekende marker 'grafiek_{naam}'")
        try:
            return generator(*args)
        except TypeError as fout:
            raise PluginError(f"{waar}: marker 'grafiek_{naam}' met verkeerde argumenten {args}: {fout}") from fout

    markdown = MARKER.sub(vervang, markdown)
    if RESTANT.search(markdown):
        raise PluginError(f"{waar}: een grafiek-marker is niet vervangen (staat hij op een eigen regel?)")
    return markdown
