"""Traject (the six steps): a dated collection plan from the invoice to the collection agency.

Vooraf: voorwaarden en kredietcheck. Dan 1 factuur met een duidelijke betaaltermijn,
2 herinnering of rekeningoverzicht twee dagen na de vervaldatum, 3 bellen (rond zestien
dagen na de factuur), 4 aanmaning (bij een consument: de veertiendagenbrief van art. 6:96
lid 6 BW), met een telefoontje zeven dagen later, 5 ingebrekestelling met een laatste termijn
van acht dagen, 6 uit handen geven aan een incassobureau. Alleen de veertiendagenbrief aan een
consument is wettelijk nodig: zonder die brief zijn geen incassokosten verschuldigd. Van een
bedrijf of overheid is ten minste € 40 verschuldigd zonder aanmaning (art. 6:96 lid 4 BW).

Is bij een consument de betaaltermijn niet afgesproken (alleen op de factuur gezet), dan is hij
pas in verzuim na een ingebrekestelling waarvan de termijn voorbij is (art. 6:82 BW). Dan komt
stap 5, de ingebrekestelling, vóór stap 4, de veertiendagenbrief; die mag pas na het intreden van
het verzuim (art. 6:96 lid 6 BW). De stappen staan in het antwoord op volgorde van datum.

Datums: de vervaldatum is factuurdatum + betaaltermijn en wordt niet verschoven. Valt een
stap (2 tot en met 6, en het nabellen) op een zaterdag, zondag of feestdag van de Algemene
termijnenwet, dan staat hij op de eerstvolgende werkdag. Een termijn in een brief loopt vanaf
de dag na de vermoedelijke bezorging tot en met de laatste dag, verlengd met Atw art. 1 (zie
``termijnen``); elke brief volgt pas na afloop van de termijn van de vorige.

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:82, 6:83 sub a, 6:96 lid 4 en 6, 6:119a, 6:119b (BWBR0005289)
- Algemene termijnenwet, art. 1 en 3 (BWBR0002448)
- HR 25-11-2016, ECLI:NL:HR:2016:2704

>>> plan = handle_traject({"actie": "traject", "factuurdatum": "2026-11-02",
...                        "betaaltermijn_dagen": 14, "debiteur": "consument"})
>>> plan["vervaldatum"]
'2026-11-16'
>>> [(s["nummer"], s["datum"]) for s in plan["stappen"]]  # doctest: +NORMALIZE_WHITESPACE
[(0, None), (1, '2026-11-02'), (2, '2026-11-18'), (3, '2026-11-25'), (4, '2026-12-08'),
 (5, '2026-12-29'), (6, '2027-01-12')]
>>> [s["nummer"] for s in plan["stappen"] if s["wettelijk_verplicht"]]
[4]

Without an agreed payment term the ingebrekestelling comes first:

>>> plan = handle_traject({"actie": "traject", "factuurdatum": "2026-11-02", "betaaltermijn_dagen": 14,
...                        "debiteur": "consument", "betaaltermijn_afgesproken": False})
>>> [(s["nummer"], s["datum"]) for s in plan["stappen"]]  # doctest: +NORMALIZE_WHITESPACE
[(0, None), (1, '2026-11-02'), (2, '2026-11-18'), (3, '2026-11-25'), (5, '2026-12-08'),
 (4, '2026-12-22'), (6, '2027-01-13')]
"""

from __future__ import annotations

from datetime import date, timedelta

from . import invoer
from .geld import Json, Melding
from .kalender import verjaardag
from .opdracht import DEBITEUREN
from .termijnen import Termijn, datum_nl, melding_postnorm, termijn, volgende_werkdag
from .trajectstappen import stappen
from .verzuim import INGEBREKESTELLING_DAGEN

_VELDEN = {"actie", "factuurdatum", "betaaltermijn_dagen", "debiteur", "betaaltermijn_afgesproken"}
_VERPLICHT = {"actie", "factuurdatum", "betaaltermijn_dagen", "debiteur"}


def _meldingen_termijn(debiteur: str, dagen: int) -> list[Melding]:
    """Caps on agreed payment terms: art. 6:119a lid 5 and 6 (the SME rule, 30 days since 2022) and 6:119b lid 5 BW."""
    if debiteur == "bedrijf" and dagen > 60:
        return [{"code": "betaaltermijn_lang", "tekst": (
            "Tussen bedrijven mag een betaaltermijn langer dan 60 dagen alleen als u dat uitdrukkelijk hebt "
            "afgesproken en het niet kennelijk onbillijk is tegenover de schuldeiser (art. 6:119a lid 5 BW). "
            "Een groot bedrijf mag met een mkb-bedrijf geen termijn van meer dan 30 dagen afspreken "
            "(art. 6:119a lid 6 BW).")}]
    if debiteur == "bedrijf" and dagen > 30:
        return [{"code": "betaaltermijn_mkb", "tekst": (
            "Let op: is uw klant een groot bedrijf en uw bedrijf een mkb-bedrijf, dan geldt sinds 1 juli 2022 "
            "een betaaltermijn van hoogstens 30 dagen (art. 6:119a lid 6 BW).")}]
    if debiteur == "overheid" and dagen > 30:
        return [{"code": "betaaltermijn_overheid", "tekst": (
            "Een overheidsinstantie moet binnen 30 dagen betalen. Een langere termijn mag alleen als die "
            "uitdrukkelijk is afgesproken en objectief gerechtvaardigd is, en is nooit langer dan 60 dagen "
            "(art. 6:119b lid 5 BW).")}]
    return []


def _data(factuurdatum: date, vervaldatum: date, consument: bool,
          eerst_ingebreke: bool = False) -> tuple[dict[str, date], tuple[Termijn, Termijn, Termijn], bool]:
    """The dates of the six steps, each moved to the next working day (Atw art. 3) where needed.

    The timing tips count calendar days; a letter's term runs from the day after its presumed
    delivery (HR 2016:2704). Returns the dates, the terms of the herinnering, the aanmaning and
    the ingebrekestelling, and whether any date was moved. ``eerst_ingebreke``: a consumer without an
    agreed term, so the ingebrekestelling comes before the 14-day letter (art. 6:82, 6:96 lid 6 BW).
    """
    verschoven = []

    def werkdag(dag: date) -> date:
        werk = volgende_werkdag(dag)
        verschoven.append(werk != dag)
        return werk

    herinnering = werkdag(vervaldatum + timedelta(days=2))
    bellen = werkdag(max(factuurdatum + timedelta(days=16), herinnering + timedelta(days=7)))
    na_herinnering = termijn(herinnering)
    volgende = werkdag(max(bellen + timedelta(days=1), na_herinnering.verschuldigd_vanaf))
    if eerst_ingebreke:
        ingebreke = volgende
        na_ingebreke = termijn(ingebreke, INGEBREKESTELLING_DAGEN)
        aanmaning = werkdag(na_ingebreke.verschuldigd_vanaf)
        nabellen = werkdag(aanmaning + timedelta(days=7))
        na_aanmaning = termijn(aanmaning)
        incasso = werkdag(na_aanmaning.verschuldigd_vanaf)
    else:
        aanmaning = volgende
        nabellen = werkdag(aanmaning + timedelta(days=7))
        na_aanmaning = termijn(aanmaning)
        vanaf = na_aanmaning.verschuldigd_vanaf
        ingebreke = werkdag(vanaf if consument else max(nabellen + timedelta(days=10), vanaf))
        na_ingebreke = termijn(ingebreke, INGEBREKESTELLING_DAGEN)
        incasso = werkdag(na_ingebreke.verschuldigd_vanaf)
    return ({"herinnering": herinnering, "bellen": bellen, "aanmaning": aanmaning, "nabellen": nabellen,
             "ingebrekestelling": ingebreke, "incasso": incasso},
            (na_herinnering, na_aanmaning, na_ingebreke), any(verschoven))


def verjaring(vervaldatum: date, consument: bool) -> Json:
    """When the claim prescribes if nothing is done: five years from the day after the due date
    (art. 3:307 BW), two years for a consumer sale (art. 7:28 BW); a written aanmaning or an
    acknowledgement starts the term anew (art. 3:317, 3:318 BW).

    >>> verjaring(date(2026, 11, 16), True)["datum"], verjaring(date(2026, 11, 16), True)["consumentenkoop"]
    ('2031-11-17', '2028-11-17')
    """
    begin = vervaldatum + timedelta(days=1)
    vijf, twee = verjaardag(begin, 5), verjaardag(begin, 2)
    tekst = (f"Verjaring: zonder actie verjaart de vordering op {datum_nl(vijf)} (vijf jaar, art. 3:307 BW)"
             + (f", of al op {datum_nl(twee)} als het om de verkoop van spullen aan een consument gaat (twee jaar, "
                "art. 7:28 BW)" if consument else "")
             + ". Elke schriftelijke aanmaning of ingebrekestelling laat de termijn opnieuw beginnen (art. 3:317 BW): "
               "stuur er ruim vóór die datum een.")
    return {"datum": vijf.isoformat(), "consumentenkoop": twee.isoformat() if consument else None, "tekst": tekst}


def handle_traject(verzoek: Json) -> Json:
    """The six steps (py/README.md, "traject") for one invoice (art. 6:96 lid 4 and 6 BW; art. 6:119a/6:119b BW)."""
    invoer.object_(verzoek, "", _VELDEN, _VERPLICHT)
    factuurdatum = invoer.datum(verzoek["factuurdatum"], "factuurdatum")
    dagen = invoer.geheel_getal(verzoek["betaaltermijn_dagen"], "betaaltermijn_dagen", 0, 365)
    debiteur = invoer.keuze(verzoek["debiteur"], "debiteur", DEBITEUREN)
    consument = debiteur == "consument"
    afgesproken = invoer.ja_nee(verzoek.get("betaaltermijn_afgesproken", True), "betaaltermijn_afgesproken")
    eerst_ingebreke = consument and not afgesproken
    vervaldatum = factuurdatum + timedelta(days=dagen)
    data, termijnen, verschoven = _data(factuurdatum, vervaldatum, consument, eerst_ingebreke)
    meldingen = _meldingen_termijn(debiteur, dagen)
    postnorm = melding_postnorm(data["herinnering"])
    if postnorm:
        meldingen.append(postnorm)
    if verschoven:
        meldingen.append({"code": "datum_verschoven", "tekst": (
            "Een of meer stappen vielen op een zaterdag, zondag of officiële feestdag; die staan op de "
            "eerstvolgende werkdag.")})
    return {"factuurdatum": factuurdatum.isoformat(), "vervaldatum": vervaldatum.isoformat(),
            "verjaring": verjaring(vervaldatum, consument),
            "stappen": sorted(stappen(factuurdatum, vervaldatum, consument, data, termijnen, eerst_ingebreke),
                              key=lambda s: (s["datum"] or "", s["nummer"])),
            "meldingen": meldingen}
