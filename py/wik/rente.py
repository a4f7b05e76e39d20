"""Rente (interest): statutory, commercial or agreed interest, period by period.

Interest for late payment of money (art. 6:119 BW; between businesses art.
6:119a, with a government debtor 6:119b) runs from the day after the last day
for payment up to and including the day of payment or the peildatum. A higher
agreed rate replaces it (6:119 lid 3). After each full year the interest of
that year is added to the base (6:119 lid 2, 6:119a lid 3, 6:119b lid 3);
simple interest only on request. When the statutory rate changes, running
interest follows the new rate from that day (art. 6:120 BW).

Conventions (py/README.md, "Interest: day count and periods"): days / 365, also in leap years; periods split at
every rate change, every anniversary of the first interest day (29 February
→ 1 March) and every payment date; each period rounded half-up to cents, so
the table adds up.

Bronnen:

* Burgerlijk Wetboek Boek 6, art. 119, 119a, 119b, 120 (BWBR0005289).

>>> v = Stand("A", Decimal("10000"), date(2021, 6, 30), 0)
>>> bereken_tot(v, date(2023, 6, 30), Renteregeling("handels"))
>>> [(p.van.isoformat(), p.dagen, str(p.percentage), str(p.bedrag)) for p in v.perioden]
[('2021-07-01', 365, '8.00', '800.00'), ('2022-07-01', 184, '8.00', '435.55'), ('2023-01-01', 181, '10.50', '562.34')]
>>> v.kapitaal, v.lopend
(Decimal('800.00'), Decimal('997.89'))
>>> bereken_tot(v, date(2023, 7, 1), Renteregeling("handels"))   # the second anniversary
>>> v.kapitaal, v.lopend, str(v.perioden[-1].grondslag)
(Decimal('1797.89'), Decimal('3.88'), '11797.89')
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from . import tarieven
from .geld import NUL, rond
from .kalender import verjaardag

if TYPE_CHECKING:  # pragma: no cover (only for the type checker)
    from .opdracht import Vordering

DAG = timedelta(days=1)
_T = TypeVar("_T")


@dataclass(frozen=True)
class Renteregeling:
    """Which interest runs: ``wettelijk``, ``handels``, ``contractueel`` (with a rate) or ``geen``."""

    soort: str
    percentage: Decimal | None = None
    samengesteld: bool = True


@dataclass(frozen=True)
class Periode:
    """One line of the interest table: a stretch of days at one rate over one base."""

    kenmerk: str
    van: date
    tot_en_met: date
    dagen: int
    percentage: Decimal
    grondslag: Decimal
    bedrag: Decimal


@dataclass
class Stand:
    """One claim while a calculation runs: what is still open, and its interest so far.

    Made afresh from the frozen ``opdracht.Vordering`` by every calculation (``Stand.van``), so
    computing the same request twice gives the same answer.
    """

    kenmerk: str
    bedrag: Decimal
    vervaldatum: date | None
    volgorde: int
    hoofdsom: Decimal = field(init=False)  # open principal
    kapitaal: Decimal = NUL  # interest added to the base after a full year, unpaid
    lopend: Decimal = NUL  # interest of the running year, unpaid
    berekend_tot: date | None = None
    perioden: list[Periode] = field(default_factory=list)
    bijgeschreven: list[tuple[date, Decimal]] = field(default_factory=list)
    mutaties: list[tuple[date, Decimal, Decimal]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.hoofdsom = self.bedrag
        self.berekend_tot = self.vervaldatum

    @classmethod
    def van(cls, vordering: Vordering) -> Stand:
        """A fresh running state for a claim as entered (nothing paid, no interest yet)."""
        return cls(vordering.kenmerk, vordering.bedrag, vordering.vervaldatum, vordering.volgorde)

    def kopie(self) -> Stand:
        """A copy to run interest forward on without touching this claim's table."""
        nieuw = copy.copy(self)
        nieuw.perioden, nieuw.bijgeschreven, nieuw.mutaties = [], [], list(self.mutaties)
        return nieuw

    def stand_op(self, dag: date | None) -> tuple[Decimal, Decimal]:
        """Open principal and open capitalised interest at the end of ``dag`` (None: now)."""
        hoofdsom, kapitaal = self.bedrag, NUL
        for datum, d_hoofdsom, d_kapitaal in self.mutaties:
            if dag is None or datum <= dag:
                hoofdsom, kapitaal = hoofdsom + d_hoofdsom, kapitaal + d_kapitaal
        return hoofdsom, kapitaal


def volgende_verjaardag(eerste: date, dag: date) -> date:
    """The first anniversary of ``eerste`` after ``dag``."""
    jaren = max(1, dag.year - eerste.year)
    while verjaardag(eerste, jaren) <= dag:
        jaren += 1
    return verjaardag(eerste, jaren)


def _gegeven(waarde: _T | None, naam: str) -> _T:
    """``waarde``, which interest needs (``opdracht`` always gives it); None is a programming error.

    >>> bereken_tot(Stand("A", Decimal("100"), None, 0), date(2026, 1, 1), Renteregeling("wettelijk"))
    Traceback (most recent call last):
        ...
    TypeError: rente zonder vervaldatum
    """
    if waarde is None:
        raise TypeError(f"rente zonder {naam}")
    return waarde


def _percentage(regeling: Renteregeling, dag: date) -> Decimal:
    if regeling.soort == "contractueel":
        return _gegeven(regeling.percentage, "percentage")
    return tarieven.rente_op(regeling.soort, dag)


def _volgende_wijziging(regeling: Renteregeling, dag: date) -> date | None:
    """The first day after ``dag`` on which the statutory rate changes (art. 6:120 BW)."""
    if regeling.soort == "contractueel":
        return None
    return tarieven.volgende_wijziging(regeling.soort, dag)


def bereken_tot(v: Stand, tot: date, regeling: Renteregeling) -> None:
    """Accrue ``v``'s interest through ``tot`` (inclusive), closing a period there."""
    if regeling.soort == "geen":  # no interest: no vervaldatum needed either
        return
    berekend_tot = _gegeven(v.berekend_tot, "vervaldatum")
    if tot <= berekend_tot:
        return
    eerste = _gegeven(v.vervaldatum, "vervaldatum") + DAG
    start = berekend_tot + DAG
    jaargrens = volgende_verjaardag(eerste, start - DAG)  # the first anniversary (verjaardag) on or after start
    while start <= tot:
        if start == jaargrens:
            _bijschrijven(v, start, regeling)
            jaargrens = volgende_verjaardag(eerste, start)
        wijziging = _volgende_wijziging(regeling, start)
        einde = min(jaargrens, tot + DAG, wijziging or jaargrens) - DAG
        grondslag = v.hoofdsom + v.kapitaal
        if grondslag > 0:
            dagen = (einde - start).days + 1
            percentage = _percentage(regeling, start)
            bedrag = rond(grondslag * percentage * dagen / (100 * 365))
            v.perioden.append(Periode(v.kenmerk, start, einde, dagen, percentage, grondslag, bedrag))
            v.lopend += bedrag
        start = einde + DAG
    v.berekend_tot = tot


def _bijschrijven(v: Stand, dag: date, regeling: Renteregeling) -> None:
    """On an anniversary the year's unpaid interest joins the base (6:119 lid 2, 6:119a lid 3)."""
    if regeling.samengesteld and v.lopend > 0:
        v.bijgeschreven.append((dag, v.lopend))
        v.mutaties.append((dag, NUL, v.lopend))
        v.kapitaal, v.lopend = v.kapitaal + v.lopend, NUL
