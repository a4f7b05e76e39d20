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
from .geld import euro
from .incassokosten import MINIMUM
from .opdracht import DEBITEUREN
from .termijnen import Termijn, dag_nl, datum_nl, melding_postnorm, termijn, volgende_werkdag

_VELDEN = {"actie", "factuurdatum", "betaaltermijn_dagen", "debiteur", "betaaltermijn_afgesproken"}
_VERPLICHT = {"actie", "factuurdatum", "betaaltermijn_dagen", "debiteur"}


def _stap(nummer: int, naam: str, datum: date | None, toelichting: str, verplicht: bool, waarom: str,
          **extra: date | None) -> dict:
    """One step of SPEC §5 as JSON; ``bezorgdatum``, ``laatste_dag`` and ``nabellen`` are null when absent."""
    stap = {"nummer": nummer, "naam": naam, "datum": datum and datum.isoformat(), "toelichting": toelichting,
            "wettelijk_verplicht": verplicht, "waarom": waarom}
    for sleutel in ("bezorgdatum", "laatste_dag", "nabellen"):
        waarde = extra.get(sleutel)
        stap[sleutel] = waarde and waarde.isoformat()
    return stap


def _meldingen_termijn(debiteur: str, dagen: int) -> list[dict]:
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
    """The dates of SPEC §5, each moved to the next working day (Atw art. 3) where needed.

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
        na_ingebreke = termijn(ingebreke, 8)
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
        na_ingebreke = termijn(ingebreke, 8)
        incasso = werkdag(na_ingebreke.verschuldigd_vanaf)
    return ({"herinnering": herinnering, "bellen": bellen, "aanmaning": aanmaning, "nabellen": nabellen,
             "ingebrekestelling": ingebreke, "incasso": incasso},
            (na_herinnering, na_aanmaning, na_ingebreke), any(verschoven))


def _stappen(factuurdatum: date, vervaldatum: date, consument: bool, data: dict[str, date],
             termijnen: tuple[Termijn, Termijn, Termijn], eerst_ingebreke: bool) -> list[dict]:
    """Steps 0 to 6 with their dates, what to do and whether the law requires it (art. 6:96 BW)."""
    herinnering, aanmaning, ingebreke = termijnen
    wie = "de klant" if consument else "het bedrijf"
    return [
        _stap(0, "Vooraf: voorwaarden en kredietcheck", None, (
            "Leg vooraf vast welke betaaltermijn geldt en wat er gebeurt als niet op tijd wordt betaald, "
            "bijvoorbeeld in algemene voorwaarden die u bij het sluiten van de overeenkomst meegeeft. "
            "Controleer bij een nieuwe klant of een grote opdracht of de klant kan betalen. " + (
                "Hogere incassokosten dan de wettelijke staffel kunt u met een consument niet afspreken."
                if consument else
                "Met een bedrijf kunt u schriftelijk andere incassokosten afspreken; een rechter kan die "
                "wel verlagen tot de wettelijke staffel.")),
            False, "Niet verplicht, maar duidelijke afspraken voorkomen later discussie."),
        _stap(1, "Factuur", factuurdatum, (
            f"Stuur de factuur op de dag dat het werk klaar is of de levering plaatsvindt. Zet er een duidelijke "
            f"uiterste betaaldag op: {datum_nl(vervaldatum)}."),
            False, (
            "Met een vaste uiterste betaaldag is de klant zonder aanmaning in verzuim zodra die dag voorbij is "
            "(art. 6:83 sub a BW). Vanaf de dag daarna loopt de wettelijke rente." + (
                " Bij een consument geldt dat alleen als de betaaltermijn is afgesproken, in de overeenkomst of "
                "in algemene voorwaarden die de klant vooraf kreeg; een termijn die alleen op de factuur staat, "
                "is in beginsel geen vaste termijn." if consument else ""))),
        _stap(2, "Betalingsherinnering of rekeningoverzicht", data["herinnering"], (
            f"Stuur {wie} een vriendelijke herinnering of een rekeningoverzicht en vraag om betaling binnen "
            f"veertien dagen (8 tot 14 dagen is gebruikelijk). Reken nog geen kosten. Bij verzending op deze "
            f"dag wordt de brief naar verwachting op {dag_nl(herinnering.bezorgdatum)} bezorgd."),
            False, "Niet verplicht. Vaak is een factuur gewoon vergeten; een vriendelijke herinnering werkt meestal.",
            bezorgdatum=herinnering.bezorgdatum, laatste_dag=herinnering.laatste_dag),
        _stap(3, "Bellen", data["bellen"], (
            f"Bel {wie}: is de factuur ontvangen, is er een probleem? Maak een afspraak over de betaling "
            "en bevestig die per e-mail."),
            False, "Niet verplicht. Persoonlijk contact lost veel op en u hoort op tijd of er een geschil is."),
        _stap4(consument, data, aanmaning, eerst_ingebreke),
        _stap5(wie, data, ingebreke, eerst_ingebreke),
        _stap(6, "Uit handen geven aan een incassobureau", data["incasso"], (
            "Betaalt de klant nog steeds niet, geef de vordering dan uit handen aan een incassobureau, een "
            "gerechtsdeurwaarder of een advocaat, of begin zelf een procedure bij de kantonrechter (voor "
            "vorderingen tot € 25.000)."),
            False, (
            "Niet verplicht. " + (
                "Ook een incassobureau mag bij een consument niet meer incassokosten rekenen dan de wettelijke "
                "staffel." if consument else
                "De incassokosten die u vordert, blijven begrensd door wat u hebt afgesproken of door de "
                "wettelijke staffel."))),
    ]


def _stap5(wie: str, data: dict[str, date], ingebreke: Termijn, eerst: bool) -> dict:
    """Step 5, the ingebrekestelling (art. 6:82 BW); for a consumer without an agreed term it comes first."""
    hulp = (f"Verwachte bezorging (voor uw planning, niet in de brief): {dag_nl(ingebreke.bezorgdatum)}; de "
            f"termijn loopt dan tot en met {dag_nl(ingebreke.laatste_dag)}.")
    if eerst:
        return _stap(5, "Ingebrekestelling (vóór de veertiendagenbrief)", data["ingebrekestelling"], (
            f"De betaaltermijn is niet afgesproken. Stel {wie} daarom eerst schriftelijk in gebreke met een "
            "redelijke termijn, hier acht dagen vanaf de dag nadat de brief is bezorgd. Reken nog geen rente en "
            "geen incassokosten. Stuur de brief aangetekend en ook per e-mail. " + hulp),
            True, (
            "Nodig: zonder afgesproken betaaltermijn is een consument pas in verzuim als de termijn van een "
            "ingebrekestelling voorbij is (art. 6:82 BW), en de veertiendagenbrief mag pas daarna "
            "(art. 6:96 lid 6 BW)."),
            bezorgdatum=ingebreke.bezorgdatum, laatste_dag=ingebreke.laatste_dag)
    return _stap(5, "Ingebrekestelling", data["ingebrekestelling"], (
        f"Stel {wie} schriftelijk in gebreke met een laatste termijn van acht dagen vanaf de dag nadat de "
        f"brief is bezorgd. Stuur de brief aangetekend en ook per e-mail, zeker bij grote bedragen. " + hulp),
        False, (
        "Niet verplicht als de factuur een vaste uiterste betaaldag had: de klant is dan al in verzuim "
        "(art. 6:83 sub a BW). Zonder vaste betaaldag laat pas een ingebrekestelling het verzuim "
        "intreden (art. 6:82 BW). Een laatste kans op schrift helpt ook als u later naar de rechter gaat."),
        bezorgdatum=ingebreke.bezorgdatum, laatste_dag=ingebreke.laatste_dag)


def _stap4(consument: bool, data: dict[str, date], brief: Termijn, na_ingebreke: bool) -> dict:
    """Step 4: for a consumer the 14-day letter of art. 6:96 lid 6 BW, else an aanmaning (lid 4)."""
    hulp = (f"Verwachte bezorging (voor uw planning, niet in de brief): {dag_nl(brief.bezorgdatum)}; de termijn "
            f"loopt dan tot en met {dag_nl(brief.laatste_dag)}. Bel op {dag_nl(data['nabellen'])} na of de brief "
            f"is aangekomen en wanneer er wordt betaald.")
    if consument:
        return _stap(4, "Aanmaning: de veertiendagenbrief", data["aanmaning"], (
            ("Stuur deze brief pas na de termijn van de ingebrekestelling: pas dan is de klant in verzuim. "
             if na_ingebreke else "") +
            "Stuur de veertiendagenbrief. Noem alle facturen waarvan de betaaltermijn voorbij is in één brief, "
            "het precieze bedrag aan incassokosten en geef de klant veertien dagen vanaf de dag nadat de brief "
            "is bezorgd. Zet geen datum voor het einde van de termijn in de brief. " + hulp),
            True, (
            "Verplicht: een consument is pas incassokosten verschuldigd als hij na het verzuim deze brief heeft "
            "gekregen en niet binnen de termijn van veertien dagen heeft betaald (art. 6:96 lid 6 BW)."),
            bezorgdatum=brief.bezorgdatum, laatste_dag=brief.laatste_dag, nabellen=data["nabellen"])
    return _stap(4, "Aanmaning", data["aanmaning"], (
        "Stuur een aanmaning met een betaaltermijn van veertien dagen vanaf de dag nadat de brief is bezorgd, "
        "en noem de incassokosten. " + hulp),
        False, (
        f"Niet verplicht: van een bedrijf of overheid is ten minste {euro(MINIMUM)} aan incassokosten verschuldigd "
        "zonder aanmaning, vanaf de dag na de uiterste betaaldag (art. 6:96 lid 4 BW). Een aanmaning is wel "
        "verstandig."),
        bezorgdatum=brief.bezorgdatum, laatste_dag=brief.laatste_dag, nabellen=data["nabellen"])


def _jaren_later(dag: date, jaren: int) -> date:
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:  # 29 February
        return date(dag.year + jaren, 3, 1)


def verjaring(vervaldatum: date, consument: bool) -> dict:
    """When the claim prescribes if nothing is done: five years from the day after the due date
    (art. 3:307 BW), two years for a consumer sale (art. 7:28 BW); a written aanmaning or an
    acknowledgement starts the term anew (art. 3:317, 3:318 BW).

    >>> verjaring(date(2026, 11, 16), True)["datum"], verjaring(date(2026, 11, 16), True)["consumentenkoop"]
    ('2031-11-17', '2028-11-17')
    """
    begin = vervaldatum + timedelta(days=1)
    vijf, twee = _jaren_later(begin, 5), _jaren_later(begin, 2)
    tekst = (f"Verjaring: zonder actie verjaart de vordering op {datum_nl(vijf)} (vijf jaar, art. 3:307 BW)"
             + (f", of al op {datum_nl(twee)} als het om de verkoop van spullen aan een consument gaat (twee jaar, "
                "art. 7:28 BW)" if consument else "")
             + ". Elke schriftelijke aanmaning of ingebrekestelling laat de termijn opnieuw beginnen (art. 3:317 BW): "
               "stuur er ruim vóór die datum een.")
    return {"datum": vijf.isoformat(), "consumentenkoop": twee.isoformat() if consument else None, "tekst": tekst}


def handle_traject(verzoek: dict) -> dict:
    """The six steps of SPEC §5 for one invoice (art. 6:96 lid 4 and 6 BW; art. 6:119a/6:119b BW)."""
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
            "stappen": sorted(_stappen(factuurdatum, vervaldatum, consument, data, termijnen, eerst_ingebreke),
                              key=lambda s: (s["datum"] or "", s["nummer"])),
            "meldingen": meldingen}
