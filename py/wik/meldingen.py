"""Meldingen (notices): what the visitor must know about a calculation, in plain Dutch.

Each notice is ``{"code", "tekst"}`` and names the rule behind it: when costs
become due (art. 6:96 lid 4 and 6 BW), the btw declaration (Besluit BIK art. 2
lid 3), interest added to the base after a year (art. 6:119 lid 2, 6:119a lid 3
BW; Nota van toelichting Besluit BIK punt 5), rates that are unverified or not
yet known, overpayments.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import tarieven
from .geld import NUL, Melding, euro, procent_nl
from .incassokosten import KLEINE_TERMIJN_GRENS, KLEINE_TERMIJN_MAXIMUM, MAXIMUM, MINIMUM, Kosten
from .termijnen import datum_nl

if TYPE_CHECKING:  # pragma: no cover (only for the type checker)
    from .betalingen import Toerekening
    from .opdracht import Opdracht
    from .rente import Periode, Stand

BESLUIT_BIK = date(2012, 7, 1)  # in force (Stb. 2012, 142); art. 3: not for default before that day
EENVOUDIG = "U rekent met enkelvoudige rente. De wet telt na elk jaar de rente bij de hoofdsom " \
    "(art. 6:119 lid 2 en 6:119a lid 3 BW); enkelvoudig is alleen juist als dat is afgesproken " \
    "of voor vorderingen van vóór 1992."


def meldingen(o: Opdracht, standen: list[Stand], k: Kosten, kostendag: date | None, perioden: list[Periode],
              toerekeningen: list[Toerekening]) -> list[Melding]:
    """All notices for a calculation, most important first."""
    lijst = [{"code": code, "tekst": tekst} for code, tekst in k.meldingen]
    lijst += _kosten(o, k)
    lijst += _rente(o, standen, kostendag, perioden)
    over = sum((t.over for t in toerekeningen), NUL)
    if over > 0:
        lijst.append({"code": "overbetaling", "tekst": f"Er is {euro(over)} meer betaald dan verschuldigd. "
                      "Dat bedrag moet u terugbetalen of verrekenen."})
    return lijst


def _kosten(o: Opdracht, k: Kosten) -> list[Melding]:
    lijst: list[Melding] = []
    if k.kleine_termijn and k.bedrag > 0:
        lijst.append({"code": "kleine_termijnen", "tekst": "Voor een eerdere termijn van dezelfde overeenkomst "
                      "rekende u in de zes maanden hiervoor al incassokosten. Voor kleine termijnen (elk onder "
                      f"{euro(KLEINE_TERMIJN_GRENS)}) is elke volgende vergoeding de helft, hoogstens "
                      f"{euro(KLEINE_TERMIJN_MAXIMUM)} (Besluit BIK, gewijzigd per 1 oktober 2024, Stb. 2024, 44). "
                      "Let op: deze regel is nog niet geverifieerd aan de officiële tekst. Eén brief voor alle "
                      "termijnen samen is goedkoper voor de klant en eenvoudiger voor u."})
    if o.kosten.soort != "geen" and o.debiteur == "consument":
        lijst.append({"code": "kosten_veertiendagenbrief", "tekst": "Bij een consument zijn incassokosten pas "
                      "verschuldigd als hij na een correcte veertiendagenbrief niet binnen de termijn betaalt "
                      "(art. 6:96 lid 6 BW)."})
    elif o.kosten.soort != "geen":
        lijst.append({"code": "kosten_zonder_aanmaning", "tekst": "Bij een bedrijf of overheid is minstens "
                      f"{euro(MINIMUM)} verschuldigd zonder aanmaning, vanaf de dag na de vervaldatum (art. 6:96 lid 4 "
                      "BW). Een veertiendagenbrief is niet verplicht, maar wel verstandig."})
    if o.kosten.soort != "geen" and any(v.vervaldatum and v.vervaldatum < BESLUIT_BIK - timedelta(days=1)
                                         for v in o.vorderingen):
        lijst.append({"code": "besluit_bik_niet_van_toepassing", "tekst": "Was de klant al vóór 1 juli 2012 "
                      "in verzuim, dan geldt het Besluit BIK niet (art. 3). De rechter beoordeelt de kosten dan "
                      "naar redelijkheid; de staffel is voor zo'n vordering alleen een richtlijn."})
    vanaf = o.kosten.verschuldigd_vanaf  # without it the costs count as due (Kostenregeling.verschuldigd_op)
    if vanaf is not None and not o.kosten.verschuldigd_op(o.peildatum) and k.totaal > 0:
        lijst.append({"code": "kosten_nog_niet_verschuldigd", "tekst": "Op de peildatum zijn de incassokosten "
                      f"nog niet verschuldigd; dat zijn ze vanaf {datum_nl(vanaf)}."})
    if k.btw > 0:
        lijst.append({"code": "btw_verklaring", "tekst": "U mag de btw alleen bijtellen als u de incasso "
                      "uitbesteedt aan een btw-plichtige dienstverlener, die btw niet kunt aftrekken en dat "
                      "in de brief nadrukkelijk verklaart (Besluit BIK art. 2 lid 3)."})
    if o.btw.verhogen and o.btw.max_incl_btw:
        lijst.append({"code": "btw_maximum_inclusief", "tekst": "U rekent met de strenge lezing: incassokosten "
                      f"plus btw samen hoogstens {euro(MAXIMUM)}. Volgens de tekst van het Besluit mag de btw ook "
                      "bovenop het maximum komen."})
    return lijst


def _bijgeschreven(v: Stand, telt: bool) -> Melding:
    """One notice per claim: when interest joined its base, and whether the fee counts it."""
    eerste = v.bijgeschreven[0][0]
    aantal = len(v.bijgeschreven)
    som = sum((b for _, b in v.bijgeschreven), NUL)
    wanneer = f"op {datum_nl(eerste)}" if aantal == 1 else f"{aantal} keer, voor het eerst op {datum_nl(eerste)}"
    return {"code": "rente_bijgeschreven", "tekst": f"Bij {v.kenmerk} is na een vol jaar de rente bij de "
            f"hoofdsom geteld ({wanneer}; samen {euro(som)}; art. 6:119 lid 2 / 6:119a lid 3 BW)."
            + (" De incassokosten zijn over dat hogere bedrag berekend." if telt else "")}


def _rente(o: Opdracht, standen: list[Stand], kostendag: date | None, perioden: list[Periode]) -> list[Melding]:
    lijst: list[Melding] = []
    if o.rente.soort == "geen":
        return lijst
    if o.rente.soort == "handels" and o.debiteur == "consument":
        lijst.append({"code": "handelsrente_consument", "tekst": "U rekent handelsrente, maar de klant is een "
                      "consument. Handelsrente geldt alleen tussen bedrijven (art. 6:119a BW); bij een consument "
                      "is het de wettelijke rente (art. 6:119 BW), tenzij u een hogere rente hebt afgesproken."})
    if not o.rente.samengesteld:
        lijst.append({"code": "rente_enkelvoudig", "tekst": EENVOUDIG})
    telt_mee = o.kosten.soort in ("wik", "percentage")  # only then does the fee follow its base
    for v in standen:
        if v.bijgeschreven:
            lijst.append(_bijgeschreven(v, telt_mee and v.stand_op(kostendag)[1] > 0))
    if o.rente.soort == "contractueel":
        return lijst
    if any(p.tot_en_met > tarieven.BEKEND_TOT for p in perioden):
        laatste = tarieven.rente_op(o.rente.soort, tarieven.BEKEND_TOT)
        lijst.append({"code": "rente_tarief_onbekend", "tekst": f"Na {datum_nl(tarieven.BEKEND_TOT)} is het "
                      f"rentepercentage nog niet bekend. De tool rekent door met het laatste: {procent_nl(laatste)}."})
    if any(tarieven.ongeverifieerd_tussen(o.rente.soort, p.van, p.tot_en_met) for p in perioden):
        lijst.append({"code": "rente_niet_geverifieerd", "tekst": "Een of meer rentepercentages in deze "
                      "berekening zijn nog niet gecontroleerd aan een officiële bekendmaking (zie de "
                      "rentetabel). Controleer ze voordat u de berekening gebruikt."})
    return lijst
