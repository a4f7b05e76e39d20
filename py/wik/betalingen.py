"""Betalingen (payments): to which debt, and in which order, a payment goes.

A payment goes first to the costs that are due, then to the interest that has
accrued, and last to the principal (art. 6:44 lid 1 BW; extrajudicial
collection costs count as costs, HR 10-07-2015, ECLI:NL:HR:2015:1868).
With several claims the debtor may name the one he pays (art. 6:43 lid 1);
without that, the payment goes to the claim that fell due first (art. 6:43
lid 2: with equal rates "most onerous" falls back to the oldest). Interest
counts through the payment day; the lower base applies from the next day, so
the interest period of every claim the payment reaches ends on that day (a
claim it does not reach runs on unsplit, so a payment never adds rounding).
What is left after everything is paid is an overpayment.

Bronnen:

* Burgerlijk Wetboek Boek 6, art. 43 and 44 (BWBR0005289).

>>> a = Vordering("A", Decimal("100"), date(2025, 1, 31), 0)
>>> b = Vordering("B", Decimal("50"), date(2025, 1, 15), 1)
>>> t = toerekenen(Betaling(Decimal("70"), date(2025, 1, 20), None), [a, b], kosten_open=NUL)
>>> [(d.kenmerk, str(d.hoofdsom)) for d in t.delen], str(t.over)
([('B', '50'), ('A', '20.00')], '0.00')
>>> str(a.hoofdsom), str(b.hoofdsom)
('80.00', '0')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .geld import NUL
from .rente import Renteregeling, Vordering, bereken_tot

GEEN_RENTE = Renteregeling("geen")


@dataclass(frozen=True)
class Betaling:
    """A payment: amount, date, and optionally the claim the debtor named."""

    bedrag: Decimal
    datum: date
    kenmerk: str | None


@dataclass(frozen=True)
class Deel:
    """What one payment did to one claim."""

    kenmerk: str
    rente: Decimal
    hoofdsom: Decimal


@dataclass
class Toerekening:
    """How one payment was allocated (art. 6:43/6:44 BW)."""

    betaling: Betaling
    kosten: Decimal = NUL
    delen: list[Deel] = field(default_factory=list)
    over: Decimal = NUL

    @property
    def rente(self) -> Decimal:
        return sum((d.rente for d in self.delen), NUL)

    @property
    def hoofdsom(self) -> Decimal:
        return sum((d.hoofdsom for d in self.delen), NUL)


def volgorde(vorderingen: list[Vordering], kenmerk: str | None) -> list[Vordering]:
    """The named claim first (6:43 lid 1), then the oldest due date first (6:43 lid 2).

    Claims that fell due on the same day are taken in the order of the request. Art. 6:43 lid 2
    splits a payment over equally old debts pro rata; SPEC's rule (oldest first) is silent on a
    tie, and this tool does not split.
    """
    oudste = sorted(vorderingen, key=lambda v: (v.vervaldatum or date.max, v.volgorde))
    return sorted(oudste, key=lambda v: v.kenmerk != kenmerk) if kenmerk else oudste


def toerekenen(betaling: Betaling, vorderingen: list[Vordering], kosten_open: Decimal,
               regeling: Renteregeling = GEEN_RENTE) -> Toerekening:
    """Allocate ``betaling``: costs due, then per claim its interest through that day, then its principal (6:44)."""
    toerekening = Toerekening(betaling)
    rest = betaling.bedrag
    toerekening.kosten = min(rest, kosten_open)
    rest -= toerekening.kosten
    for v in volgorde(vorderingen, betaling.kenmerk):
        if rest <= 0:
            break
        bereken_tot(v, betaling.datum, regeling)
        uit_kapitaal = min(rest, v.kapitaal)
        uit_lopend = min(rest - uit_kapitaal, v.lopend)
        uit_hoofdsom = min(rest - uit_kapitaal - uit_lopend, v.hoofdsom)
        if uit_kapitaal + uit_lopend + uit_hoofdsom == 0:
            continue
        v.kapitaal -= uit_kapitaal
        v.lopend -= uit_lopend
        v.hoofdsom -= uit_hoofdsom
        v.mutaties.append((betaling.datum, -uit_hoofdsom, -uit_kapitaal))
        rest -= uit_kapitaal + uit_lopend + uit_hoofdsom
        toerekening.delen.append(Deel(v.kenmerk, uit_kapitaal + uit_lopend, uit_hoofdsom))
    toerekening.over = rest
    return toerekening
