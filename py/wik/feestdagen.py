"""Feestdagen (official holidays): the days the Algemene termijnenwet (Atw) names, and working days.

De Algemene termijnenwet noemt de algemeen erkende feestdagen (art. 3 lid 1 en 2): Nieuwjaarsdag,
Goede Vrijdag, tweede paasdag, Koningsdag, 5 mei (elk jaar), Hemelvaartsdag, tweede
pinksterdag en eerste en tweede kerstdag. Dagen die bij koninklijk besluit zijn
gelijkgesteld (art. 3 lid 3) tellen hier niet mee. Koningsdag is sinds 2014 27 april
(26 april als de 27e een zondag is); van 1980 tot en met 2013 was het Koninginnedag
op 30 april (29 april als de 30e een zondag is). Die tweede regel passen wij ook toe op
jaren vóór 1980; de rekentool neemt geen datums vóór 1990 aan. Pasen rekenen wij zelf uit;
een algemene kalender heeft andere categorieën (5 mei is daar soms alleen elk vijfde jaar vrij).

Bronnen:

- Algemene termijnenwet, art. 1 en art. 3 lid 1 en 2 (BWBR0002448)

>>> pasen(2026)
datetime.date(2026, 4, 5)
>>> feestdagen(2025)[date(2025, 4, 26)]
'Koningsdag'
>>> volgende_werkdag(date(2026, 4, 27))
datetime.date(2026, 4, 28)
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

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


def is_werkdag(dag: date) -> bool:
    """Monday to Friday and no holiday in the sense of Atw art. 3 lid 1 and 2 (cf. Atw art. 1)."""
    return dag.weekday() < 5 and not is_feestdag(dag)


def volgende_werkdag(dag: date) -> date:
    """``dag`` itself when it is a working day, else the next one (Atw art. 1 and art. 3).

    This is also where a term ending on a Saturday, Sunday or official holiday ends (Atw art. 1):

    >>> volgende_werkdag(date(2026, 3, 21)), volgende_werkdag(date(2026, 12, 25))
    (datetime.date(2026, 3, 23), datetime.date(2026, 12, 28))
    """
    while not is_werkdag(dag):
        dag += _DAG
    return dag
