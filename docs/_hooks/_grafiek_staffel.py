"""The chart ``{{ grafiek_staffel }}`` of the wik_grafieken hook: the WIK fee against the hoofdsom.

Helper module, not a hook (not listed in mkdocs.yml). The fee and the fee as a percentage of the hoofdsom,
on a log scale, with the minimum and the maximum marked, from ``wik.incassokosten.staffel``.
"""

from __future__ import annotations

import math
from decimal import Decimal

from _motor import _engine
from _svg import GRIJS, INDIGO, ORANJE, euro_heel, figuur, lijn, t

STAFFEL_VAN, STAFFEL_TOT = Decimal("100.00"), Decimal("2000000.00")
CENT = Decimal("0.01")


def knikken(ik) -> tuple[Decimal, Decimal, list[Decimal]]:
    """From the engine's staffel (Besluit BIK art. 2): where the minimum stops (the first band's rate
    reaches € 40), where the maximum starts, and each hoofdsom marked with a dot (a band's end or a limit)."""
    (_, eerste), *_, (_, laatste) = ik.STAFFEL
    grens_min = (ik.MINIMUM * 100 / eerste).quantize(CENT)
    einden, som = [], Decimal(0)
    for breedte, _ in ik.STAFFEL[:-1]:
        som += breedte
        einden.append(som)
    grens_max = som + (ik.MAXIMUM - ik.staffel(som).bedrag) * 100 / laatste
    return grens_min, grens_max, [h.quantize(CENT) for h in (STAFFEL_VAN, grens_min, *einden, grens_max, STAFFEL_TOT)]


def staffel() -> str:
    """Two panels over one log x-axis: the fee (log y) and the fee as a percentage of the hoofdsom."""
    w = _engine()
    links, rechts, breedte = 66, 412, 440
    boven1, onder1 = 34, 190  # panel 1: fee
    boven2, onder2 = 238, 338  # panel 2: percentage
    lo_x, hi_x = math.log10(STAFFEL_VAN), math.log10(STAFFEL_TOT)  # floats for positions only

    def x(h: float) -> float:
        return links + (math.log10(h) - lo_x) / (hi_x - lo_x) * (rechts - links)

    def y1(k: float) -> float:  # € 10 .. € 10.000, log
        return onder1 - (math.log10(k) - 1) / 3 * (onder1 - boven1)

    def y2(p: float) -> float:  # 0 .. 40 %
        return onder2 - p / 40 * (onder2 - boven2)

    ik = w.incassokosten
    minimum, maximum = ik.MINIMUM, ik.MAXIMUM  # every amount printed is the engine's Decimal
    grens_min, grens_max, knikken_ = knikken(ik)
    (eerste_breedte, eerste), *_ = ik.STAFFEL
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
    van, tot = float(STAFFEL_VAN), float(STAFFEL_TOT)
    punten = sorted({*(van * (tot / van) ** (i / 120) for i in range(121)), *(float(k) for k in knikken_)})
    kosten, procenten = [], []
    for h in punten:
        fee = float(w.incassokosten.staffel(Decimal(str(round(h, 2)))).bedrag)
        kosten.append(f"{x(h):.1f},{y1(fee):.1f}")
        procenten.append(f"{x(h):.1f},{y2(fee / h * 100):.1f}")
    inhoud.append(f'<polyline points="{" ".join(kosten)}" fill="none" stroke="{INDIGO}" stroke-width="3"/>')
    inhoud.append(f'<polyline points="{" ".join(procenten)}" fill="none" stroke="{ORANJE}" stroke-width="3" '
                  f'stroke-dasharray="8 4"/>')
    for h in knikken_:
        s = ik.staffel(h)
        pct = s.bedrag / h * 100
        inhoud.append(f'<circle cx="{x(float(h)):.1f}" cy="{y1(float(s.bedrag)):.1f}" r="4" fill="{INDIGO}" '
                      f'data-hoofdsom="{h}" data-kosten="{s.bedrag}" data-procent="{pct:.4f}"/>')
        inhoud.append(f'<circle cx="{x(float(h)):.1f}" cy="{y2(float(pct)):.1f}" r="4" fill="{ORANJE}"/>')
    # the limits, marked and named
    inhoud.append(lijn(x(grens_min), boven1, x(grens_min), onder2, kleur=GRIJS, streep="3 3"))
    inhoud.append(lijn(x(grens_max), boven1, x(grens_max), onder2, kleur=GRIJS, streep="3 3"))
    inhoud.append(t(x(STAFFEL_VAN) + 4, y1(float(minimum)) + 20, f"minimum {euro_heel(minimum)}",
                    grootte=13, kleur=INDIGO, vet=True))
    inhoud.append(t(x(grens_max) - 6, y1(float(maximum)) - 10, f"maximum {euro_heel(maximum)}",
                    grootte=13, kleur=INDIGO, vet=True, anker="end"))
    bij_begin = f"{w.geld.procent_nl(minimum * 100 / STAFFEL_VAN)} bij {euro_heel(STAFFEL_VAN)}"
    inhoud.append(t(x(330), y2(33), bij_begin, grootte=13, kleur=ORANJE))
    inhoud.append(t(x(1000), y2(15) - 8, f"{w.geld.procent_nl(eerste)} tot {euro_heel(eerste_breedte)}", grootte=13,
                    kleur=ORANJE))
    beschrijving = (
        f"Twee grafieken met de hoofdsom van {euro_heel(STAFFEL_VAN)} tot "
        f"{euro_heel(STAFFEL_TOT)} op een logaritmische schaal. Boven: de incassokosten. Tot een "
        f"hoofdsom van {w.geld.euro(grens_min)} zijn ze het minimum van {euro_heel(minimum)}; daarna stijgen ze, "
        f"steeds minder snel, tot het maximum van {euro_heel(maximum)} bij een hoofdsom van "
        f"{euro_heel(grens_max)}. Onder: de kosten als percentage van de hoofdsom: {bij_begin}, "
        f"{w.geld.procent_nl(eerste)} van {w.geld.euro(grens_min)} tot {euro_heel(eerste_breedte)}, "
        "en daarna steeds lager, tot onder 1% bij de grootste bedragen.")
    return figuur("staffel", "De WIK-staffel in een grafiek", beschrijving, breedte, onder2 + 70, inhoud,
                  "De incassokosten (boven) en wat ze zijn als percentage van de hoofdsom (onder). De punten "
                  "staan waar een schijf van de staffel eindigt. De tabellen hierboven en hieronder geven "
                  "dezelfde bedragen.")

