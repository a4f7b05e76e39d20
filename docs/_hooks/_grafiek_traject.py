"""The chart ``{{ grafiek_traject … }}`` of the wik_grafieken hook: the six steps as a timeline.

Helper module, not a hook (not listed in mkdocs.yml). The dates come from ``wik.traject.handle_traject``,
the same as the planner and the table ``{{ wik_traject … }}``.
"""

from __future__ import annotations

from datetime import date

from _motor import plan
from _svg import GRIJS, INDIGO, ORANJE, datum_kort, figuur, lijn, t

KORT = {1: "Factuur", 2: "Herinnering", 3: "Bellen", 4: "Aanmaning", 5: "Ingebrekestelling",
        6: "Uit handen geven"}


def traject(factuurdatum: str, dagen: str, debiteur: str) -> str:
    """A vertical timeline: one row per dated step and the uiterste betaaldag, the days between them."""
    stappen = plan(factuurdatum, dagen, debiteur)
    rijen = []  # (date, label, is_step, nummer)
    for stap in stappen["stappen"]:
        if stap["datum"]:
            naam = KORT[stap["nummer"]]
            if stap["nummer"] == 4 and debiteur == "consument":
                naam = "14-dagenbrief"
            rijen.append((date.fromisoformat(stap["datum"]), f"{stap['nummer']}. {naam}", True, stap["nummer"]))
    rijen.append((date.fromisoformat(stappen["vervaldatum"]), "Uiterste betaaldag", False, 0))
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
