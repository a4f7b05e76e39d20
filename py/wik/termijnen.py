"""Termijnen (deadlines): presumed delivery and the end of a term.

The official holidays these rules skip are in ``feestdagen`` (re-exported here).

Een brief die per post is verstuurd, geldt als bezorgd op de tweede dag na verzending.
Zondagen, maandagen en officiële feestdagen tellen niet mee, niet als tussenliggende dag en
niet als bezorgdag; zaterdag telt wel mee: de Hoge Raad zegt "dag", niet "werkdag"
(HR 25-11-2016). De postnorm wordt ruimer: vanaf 1 juli 2026 moet een brief binnen twee
dagen bezorgd zijn, vanaf 1 juli 2027 binnen drie. Wij houden voor de planning van de
schuldeiser de marge van één dag die de Hoge Raad in 2016 had: bezorgd op de derde getelde
dag voor brieven vanaf 1 juli 2026, de vierde vanaf 1 juli 2027 (``POSTNORMEN``). Dat is
een veiligheidsmarge, geen regel van de rechter.

De veertiendagentermijn van art. 6:96 lid 6 BW begint op de dag na de bezorging. Valt de
laatste dag op een zaterdag, zondag of feestdag, dan loopt de termijn door tot en met de
eerstvolgende dag die dat niet is (Atw art. 1).

Bronnen:

- Algemene termijnenwet, art. 1 en art. 3 lid 1 en 2 (BWBR0002448)
- Burgerlijk Wetboek Boek 6, art. 6:96 lid 6 (BWBR0005289)
- HR 25-11-2016, ECLI:NL:HR:2016:2704 (aanvang van de veertiendagentermijn)
- Rijksoverheid, nieuwsbericht 19-12-2025, "Vanaf 1 juli 2026: brieven moeten binnen twee
  dagen bezorgd worden" (wijziging Postbesluit 2009; de Staatsblad-tekst is nog niet gevonden)

>>> dag_nl(bezorgdatum(date(2026, 3, 6)))
'dinsdag 10 maart 2026'
>>> t = termijn(date(2026, 3, 5))           # bezorgd zaterdag 7 maart; dag 14 is zaterdag 21 maart
>>> dag_nl(t.bezorgdatum), dag_nl(t.laatste_dag), datum_nl(t.verschuldigd_vanaf), t.verlengd
('zaterdag 7 maart 2026', 'maandag 23 maart 2026', '24 maart 2026', True)
>>> t = termijn(date(2026, 11, 23))         # vanaf 1 juli 2026: de derde getelde dag
>>> datum_nl(t.bezorgdatum), datum_nl(t.laatste_dag), datum_nl(t.verschuldigd_vanaf)
('26 november 2026', '10 december 2026', '11 december 2026')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .feestdagen import feestdagen, is_feestdag, is_werkdag, pasen, volgende_werkdag
from .fouten import OngeldigeWaarde
from .geld import Melding

__all__ = ["MAANDEN", "POSTNORMEN", "WEEKDAGEN", "Postnorm", "Termijn", "bezorgdatum", "dag_nl",
           "datum_nl", "feestdagen", "is_feestdag", "is_werkdag", "melding_postnorm", "pasen", "postnorm", "termijn",
           "volgende_werkdag"]

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAG = timedelta(days=1)


def _telt_voor_bezorging(dag: date) -> bool:
    """HR 2016:2704: Sundays, Mondays and official holidays do not count (Saturdays do)."""
    return dag.weekday() not in (0, 6) and not is_feestdag(dag)


@dataclass(frozen=True)
class Postnorm:
    """From ``vanaf``, a posted letter counts as delivered on the ``telling``-th counted day."""

    vanaf: date
    telling: int
    bron: str


#: Presumed delivery, dated like the interest rates. The HR's two days (2016) had one day of
#: margin over the then next-day postal norm; we keep that margin as the norm relaxes.
POSTNORMEN: tuple[Postnorm, ...] = (
    Postnorm(date(1990, 1, 1), 2, "HR 25-11-2016, ECLI:NL:HR:2016:2704: bezorgd op de tweede dag na verzending"),
    Postnorm(date(2026, 7, 1), 3, "Postbesluit 2009, gewijzigd: bezorging binnen twee dagen vanaf 1 juli 2026 "
                                  "(Rijksoverheid, 19-12-2025); de derde dag houdt één dag marge"),
    Postnorm(date(2027, 7, 1), 4, "Postbesluit 2009, gewijzigd: bezorging binnen drie dagen vanaf 1 juli 2027 "
                                  "(Rijksoverheid, 19-12-2025); de vierde dag houdt één dag marge"),
)
RUIMERE_POSTNORM = POSTNORMEN[1].vanaf  # from here on our presumption is a safety margin, not the HR's rule


def postnorm(verzonden: date) -> Postnorm:
    """The presumption that applies to a letter posted on ``verzonden`` (the first row also before 1990).

    >>> postnorm(date(2026, 6, 30)).telling, postnorm(date(2026, 7, 1)).telling, postnorm(date(2027, 7, 1)).telling
    (2, 3, 4)
    """
    geldend = POSTNORMEN[0]
    for norm in POSTNORMEN:
        if norm.vanaf <= verzonden:
            geldend = norm
    return geldend


def bezorgdatum(verzonden: date) -> date:
    """Presumed delivery of a letter posted on ``verzonden`` (HR 25-11-2016, ECLI:NL:HR:2016:2704).

    The second counted day after posting (the third from 1 July 2026, the fourth from 1 July
    2027: ``POSTNORMEN``); Sundays, Mondays and Atw holidays are skipped both as intermediate
    day and as delivery day.

    >>> bezorgdatum(date(2026, 6, 23)), bezorgdatum(date(2026, 12, 23))
    (datetime.date(2026, 6, 25), datetime.date(2026, 12, 30))
    """
    dag, geteld, nodig = verzonden, 0, postnorm(verzonden).telling
    while geteld < nodig:
        dag += _DAG
        if _telt_voor_bezorging(dag):
            geteld += 1
    return dag


@dataclass(frozen=True)
class Termijn:
    """A term of some days from the day after the presumed delivery (art. 6:96 lid 6 BW; Atw art. 1)."""

    verzenddatum: date
    bezorgdatum: date
    laatste_dag: date
    verschuldigd_vanaf: date
    verlengd: bool = False  # the last day was moved by Atw art. 1


def termijn(verzonden: date, dagen: int = 14) -> Termijn:
    """The term of a posted letter: delivery per ``bezorgdatum``, then ``dagen`` days, then Atw art. 1.

    ``laatste_dag`` is day ``dagen`` after delivery, moved past a Saturday, Sunday or holiday;
    ``verschuldigd_vanaf`` is the day after it. The letter itself names none of these dates:
    it states the Hoge Raad's wording only (a date that turns out too early spoils the letter).

    >>> termijn(date(2026, 4, 24)).verschuldigd_vanaf
    datetime.date(2026, 5, 13)
    """
    if isinstance(dagen, bool) or not isinstance(dagen, int) or dagen < 1:
        raise OngeldigeWaarde("Een termijn is een geheel aantal dagen van ten minste 1.", "termijn_dagen")
    bezorgd = bezorgdatum(verzonden)
    kaal = bezorgd + dagen * _DAG
    laatste = volgende_werkdag(kaal)  # Atw art. 1: past a Saturday, Sunday or holiday (a working day: art. 3)
    return Termijn(verzonden, bezorgd, laatste, laatste + _DAG, laatste != kaal)


def melding_postnorm(verzonden: date) -> Melding | None:
    """The notice that a presumed delivery after the postal norm relaxed is our safety margin."""
    if verzonden < RUIMERE_POSTNORM:
        return None
    norm = postnorm(verzonden)
    telwoord = {3: "derde", 4: "vierde"}[norm.telling]
    return {"code": "bezorging_marge", "tekst": (
        f"Sinds {datum_nl(norm.vanaf)} mag de post er langer over doen. Wij gaan er daarom van uit dat een brief "
        f"op de {telwoord} dag na verzending is bezorgd (zondag, maandag en feestdagen tellen niet mee). Dat is "
        "een veiligheidsmarge, geen regel van de rechter. Stuur de brief ook per e-mail of met track & trace, "
        "zodat u kunt bewijzen wanneer de klant hem ontving.")}


def datum_nl(dag: date) -> str:
    """A date the Dutch way, without a leading zero: ``1 maart 2026``, as letters write it."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def dag_nl(dag: date) -> str:
    """A date with its weekday: ``dinsdag 10 maart 2026``."""
    return f"{WEEKDAGEN[dag.weekday()]} {datum_nl(dag)}"
