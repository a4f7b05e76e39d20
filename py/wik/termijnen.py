"""Termijnen (deadlines): official holidays and the presumed delivery of a letter.

De Algemene termijnenwet (Atw) noemt de algemeen erkende feestdagen: Nieuwjaarsdag,
Goede Vrijdag, tweede paasdag, Koningsdag, 5 mei (elk jaar), Hemelvaartsdag, tweede
pinksterdag en eerste en tweede kerstdag. Dagen die bij koninklijk besluit zijn
gelijkgesteld (art. 3 lid 3) tellen hier niet mee. Koningsdag is sinds 2014 27 april
(26 april als de 27e een zondag is); van 1980 tot en met 2013 was het Koninginnedag
op 30 april (29 april als de 30e een zondag is). Die tweede regel passen wij ook toe op
jaren vóór 1980; de rekentool neemt geen datums vóór 1990 aan.

Een brief die per post is verstuurd, geldt als bezorgd op de tweede dag na verzending.
Zondagen, maandagen en officiële feestdagen tellen niet mee, niet als tussenliggende dag en
niet als bezorgdag; zaterdag telt wel mee (HR 25-11-2016). De veertiendagentermijn van
art. 6:96 lid 6 BW begint op de dag na de bezorging. Wij verlengen de laatste dag van een
termijn niet met de Atw (law.md §4.4: niet bevestigd), dus de datum is voorzichtig.

Bronnen:

- Algemene termijnenwet, art. 3 lid 1 en 2 (BWBR0002448)
- Burgerlijk Wetboek Boek 6, art. 6:96 lid 6 (BWBR0005289)
- HR 25-11-2016, ECLI:NL:HR:2016:2704 (aanvang van de veertiendagentermijn)

>>> pasen(2026)
datetime.date(2026, 4, 5)
>>> feestdagen(2025)[date(2025, 4, 26)]
'Koningsdag'
>>> dag_nl(bezorgdatum(date(2026, 3, 6)))
'dinsdag 10 maart 2026'
>>> t = termijn(date(2026, 11, 23))
>>> datum_nl(t.bezorgdatum), datum_nl(t.laatste_dag), datum_nl(t.verschuldigd_vanaf)
('25 november 2026', '9 december 2026', '10 december 2026')
>>> volgende_werkdag(date(2026, 4, 27))
datetime.date(2026, 4, 28)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .fouten import WikFout

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAG = timedelta(days=1)


def pasen(jaar: int) -> date:
    """Eerste paasdag (Easter Sunday) in the Gregorian calendar, the Atw's moveable feasts' anchor.

    Anonymous Gregorian algorithm (Meeus/Jones/Butcher); Atw art. 3 lid 1 names the feasts.
    """
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    maand, dag = divmod(h + l - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def _koningsdag(jaar: int) -> tuple[date, str]:
    """Koningsdag / Koninginnedag, Atw art. 3 lid 1 ("de dag waarop de verjaardag van de Koning wordt gevierd")."""
    # Since 2014 the King's birthday (27 April); on a Sunday it moves to Saturday the 26th.
    # Until 2013 Koninginnedag on 30 April, on a Sunday moved to Saturday the 29th.
    dag, naam = (date(jaar, 4, 27), "Koningsdag") if jaar >= 2014 else (date(jaar, 4, 30), "Koninginnedag")
    if dag.weekday() == 6:
        dag -= _DAG
    return dag, naam


@lru_cache(maxsize=256)
def _feestdagen(jaar: int) -> tuple[tuple[date, str], ...]:
    paas = pasen(jaar)
    return (
        (date(jaar, 1, 1), "Nieuwjaarsdag"),
        (paas - 2 * _DAG, "Goede Vrijdag"),
        (paas + _DAG, "tweede paasdag"),
        _koningsdag(jaar),
        (date(jaar, 5, 5), "Bevrijdingsdag"),
        (paas + 39 * _DAG, "Hemelvaartsdag"),
        (paas + 50 * _DAG, "tweede pinksterdag"),
        (date(jaar, 12, 25), "eerste kerstdag"),
        (date(jaar, 12, 26), "tweede kerstdag"),
    )


def feestdagen(jaar: int) -> dict[date, str]:
    """The Atw holidays of one year, by date (Atw art. 3 lid 1 and 2; not the days of lid 3).

    Two feasts on one day keep both names:

    >>> feestdagen(2016)[date(2016, 5, 5)]
    'Bevrijdingsdag en Hemelvaartsdag'
    """
    dagen: dict[date, str] = {}
    for dag, naam in _feestdagen(jaar):
        dagen[dag] = f"{dagen[dag]} en {naam}" if dag in dagen else naam
    return dagen


def is_feestdag(dag: date) -> bool:
    """Whether ``dag`` is an official holiday in the sense of Atw art. 3 lid 1 and 2."""
    return any(dag == feest for feest, _ in _feestdagen(dag.year))


def _telt_voor_bezorging(dag: date) -> bool:
    """HR 2016:2704: Sundays, Mondays and official holidays do not count (Saturdays do)."""
    return dag.weekday() not in (0, 6) and not is_feestdag(dag)


def bezorgdatum(verzonden: date) -> date:
    """Presumed delivery of a letter posted on ``verzonden`` (HR 25-11-2016, ECLI:NL:HR:2016:2704).

    The second counting day after posting; Sundays, Mondays and Atw holidays are skipped both
    as intermediate day and as delivery day.

    >>> bezorgdatum(date(2026, 12, 23))
    datetime.date(2026, 12, 29)
    """
    dag, geteld = verzonden, 0
    while geteld < 2:
        dag += _DAG
        if _telt_voor_bezorging(dag):
            geteld += 1
    return dag


@dataclass(frozen=True)
class Termijn:
    """A term of ``dagen`` days that starts the day after the presumed delivery (art. 6:96 lid 6 BW)."""

    verzenddatum: date
    bezorgdatum: date
    laatste_dag: date
    verschuldigd_vanaf: date


def termijn(verzonden: date, dagen: int = 14) -> Termijn:
    """The term of a posted letter: delivery per HR 2016:2704, then ``dagen`` days (art. 6:96 lid 6 BW).

    ``laatste_dag`` = bezorgdatum + ``dagen``; ``verschuldigd_vanaf`` is the day after it. The last
    day is deliberately *not* moved by Atw art. 1 when it is a Saturday, Sunday or holiday: whether
    the Atw extends this term is unconfirmed (law.md §4.4), so the engine keeps the earliest
    date a court could use and the letter itself only states the Hoge Raad's wording.

    >>> termijn(date(2026, 4, 24)).verschuldigd_vanaf
    datetime.date(2026, 5, 13)
    """
    if isinstance(dagen, bool) or not isinstance(dagen, int) or dagen < 1:
        raise WikFout("Een termijn is een geheel aantal dagen van ten minste 1.", "termijn_dagen", "ongeldige_waarde")
    bezorgd = bezorgdatum(verzonden)
    laatste = bezorgd + dagen * _DAG
    return Termijn(verzonden, bezorgd, laatste, laatste + _DAG)


def is_werkdag(dag: date) -> bool:
    """Monday to Friday and no holiday in the sense of Atw art. 3 lid 1 and 2 (cf. Atw art. 1)."""
    return dag.weekday() < 5 and not is_feestdag(dag)


def volgende_werkdag(dag: date) -> date:
    """``dag`` itself when it is a working day, else the next one (Atw art. 1 and art. 3)."""
    while not is_werkdag(dag):
        dag += _DAG
    return dag


def datum_nl(dag: date) -> str:
    """A date the Dutch way, without a leading zero: ``1 maart 2026`` (SPEC §4)."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def dag_nl(dag: date) -> str:
    """A date with its weekday: ``dinsdag 10 maart 2026`` (SPEC §4)."""
    return f"{WEEKDAGEN[dag.weekday()]} {datum_nl(dag)}"
