"""The chart ``{{ grafiek_rente … }}`` of the wik_grafieken hook: how a debt grows with the wettelijke rente.

Helper module, not a hook (not listed in mkdocs.yml). With and without compounding (art. 6:119 lid 2 BW),
from ``wik.contract.handle``; a table with the same figures follows the picture.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from _motor import _engine, euro, tabel, vraag
from _svg import GRIJS, INDIGO, ORANJE, euro_heel, figuur, lijn, t
from mkdocs.exceptions import PluginError


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
    w = _engine()
    standen = rente_groei(bedrag, vervaldatum, tot_jaar)
    links, rechts, boven, onder, breedte = 72, 360, 56, 236, 440
    laag = Decimal(bedrag)  # the axis amounts stay Decimal; only positions are floats
    hoog_ruw = max(s[1] for s in standen)
    stap = Decimal(500)
    hoog = math.ceil(hoog_ruw / stap) * stap
    if hoog - hoog_ruw < stap / 3:
        hoog += stap

    def x(i: int) -> float:
        return links + i / (len(standen) - 1) * (rechts - links)

    def y(v: Decimal) -> float:
        return onder - float((v - laag) / (hoog - laag)) * (onder - boven)

    inhoud = []
    v = laag
    while v <= hoog:
        inhoud.append(lijn(links, y(v), rechts, y(v)))
        inhoud.append(t(links - 6, y(v) + 5, euro_heel(v), grootte=13, anker="end"))
        v += stap
    for i, (dag, _, _) in enumerate(standen):
        inhoud.append(t(x(i), onder + 20, "start" if i == 0 else str(dag.year), grootte=13, anker="middle"))
    inhoud.append(lijn(links, onder, rechts, onder, kleur=GRIJS))
    inhoud.append(t((links + rechts) / 2, onder + 42, "Stand op 31 december van elk jaar", grootte=13,
                    anker="middle", kleur=GRIJS))
    met = " ".join(f"{x(i):.1f},{y(s[1]):.1f}" for i, s in enumerate(standen))
    zonder = " ".join(f"{x(i):.1f},{y(s[2]):.1f}" for i, s in enumerate(standen))
    inhoud.append(f'<polyline points="{zonder}" fill="none" stroke="{ORANJE}" stroke-width="3" '
                  'stroke-dasharray="8 4"/>')
    inhoud.append(f'<polyline points="{met}" fill="none" stroke="{INDIGO}" stroke-width="3"/>')
    for i, (dag, m, z) in enumerate(standen):
        inhoud.append(f'<circle cx="{x(i):.1f}" cy="{y(m):.1f}" r="4" fill="{INDIGO}" '
                      f'data-datum="{dag.isoformat()}" data-met="{m}" data-zonder="{z}"/>')
    laatste = standen[-1]
    y_met, y_zonder = y(laatste[1]) + 5, y(laatste[2]) + 5
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
              euro(str(m)), euro(str(z)), euro(str(m - z))] for i, (dag, m, z) in enumerate(standen)]
    kop = ["Stand op", "Met rente op rente", "Zonder rente op rente", "Verschil"]
    return figuur_html + tabel("rente-groei", kop, rijen)

