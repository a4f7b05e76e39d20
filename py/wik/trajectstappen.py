"""Trajectstappen (the steps' texts): what to do at each of the six steps, and whether the law requires it.

``traject`` computes the dates; this module words each step for the creditor. Only the 14-day
letter to a consumer is required by law (art. 6:96 lid 6 BW); for a consumer without an agreed
payment term the ingebrekestelling (art. 6:82 BW) is needed first. A fixed payment day puts the
debtor in verzuim without a letter (art. 6:83 sub a BW); a business or government owes at least
€ 40 without any aanmaning (art. 6:96 lid 4 BW).

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:82, 6:83 sub a, 6:96 lid 4, 5 en 6 (BWBR0005289)
- HR 25-11-2016, ECLI:NL:HR:2016:2704
"""

from __future__ import annotations

from datetime import date

from .geld import Json, euro
from .incassokosten import MINIMUM
from .termijnen import Termijn, dag_nl, datum_nl


def _stap(nummer: int, naam: str, datum: date | None, toelichting: str, verplicht: bool, waarom: str,
          **extra: date | None) -> Json:
    """One step as JSON; ``bezorgdatum``, ``laatste_dag`` and ``nabellen`` are null when absent."""
    stap = {"nummer": nummer, "naam": naam, "datum": datum and datum.isoformat(), "toelichting": toelichting,
            "wettelijk_verplicht": verplicht, "waarom": waarom}
    for sleutel in ("bezorgdatum", "laatste_dag", "nabellen"):
        waarde = extra.get(sleutel)
        stap[sleutel] = waarde and waarde.isoformat()
    return stap



def stappen(factuurdatum: date, vervaldatum: date, consument: bool, data: dict[str, date],
             termijnen: tuple[Termijn, Termijn, Termijn], eerst_ingebreke: bool) -> list[Json]:
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


def _stap5(wie: str, data: dict[str, date], ingebreke: Termijn, eerst: bool) -> Json:
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


def _stap4(consument: bool, data: dict[str, date], brief: Termijn, na_ingebreke: bool) -> Json:
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
