"""Betalingen (payments): to which debt, and in which order, a payment goes.

A payment goes first to the costs that are due, then to the interest that has
accrued, and last to the principal (art. 6:44 lid 1 BW; extrajudicial
collection costs count as costs, HR 10-07-2015, ECLI:NL:HR:2015:1868).
With several claims the debtor may name the one he pays (art. 6:43 lid 1);
without that, the payment goes to the claim that fell due first (art. 6:43
lid 2: with equal rates "most onerous" falls back to the oldest), and claims
that fell due on the same day share it pro rata to what is open on each ("bij
gelijke ouderdom naar evenredigheid"), in cents, a remainder cent going to the
first claim in the request that still has room. Interest
counts through the payment day; the lower base applies from the next day, so
the interest period of every claim the payment reaches ends on that day (a
claim it does not reach runs on unsplit, so a payment never adds rounding).
What is left after everything is paid is an overpayment.

Bronnen:

* Burgerlijk Wetboek Boek 6, art. 43 and 44 (BWBR0005289).

>>> a = Stand("A", Decimal("100"), date(2025, 1, 31), 0)
>>> b = Stand("B", Decimal("50"), date(2025, 1, 15), 1)
>>> t = toerekenen(Betaling(Decimal("70"), date(2025, 1, 20), None), [a, b], kosten_open=NUL)
>>> [(d.kenmerk, str(d.hoofdsom)) for d in t.delen], str(t.over)
([('B', '50.00'), ('A', '20.00')], '0.00')
>>> str(a.hoofdsom), str(b.hoofdsom)
('80.00', '0.00')

Equally old claims of € 100 and € 200 share € 100,00 as 33,33 + 66,66, and the cent left
goes to the first:

>>> c = Stand("C", Decimal("100"), date(2025, 1, 31), 0)
>>> d = Stand("D", Decimal("200"), date(2025, 1, 31), 1)
>>> t = toerekenen(Betaling(Decimal("100"), date(2025, 2, 1), None), [c, d], kosten_open=NUL)
>>> [(x.kenmerk, str(x.hoofdsom)) for x in t.delen]
[('C', '33.34'), ('D', '66.66')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from .geld import NUL
from .rente import Renteregeling, Stand, bereken_tot

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


def volgorde(vorderingen: list[Stand], kenmerk: str | None) -> list[list[Stand]]:
    """Groups in the order a payment reaches them: the named claim (6:43 lid 1), then by due date.

    Claims that fell due on the same day form one group, in the order of the request; a
    payment shares itself over a group pro rata (6:43 lid 2).
    """
    groepen: list[list[Stand]] = []
    genoemd = [v for v in vorderingen if v.kenmerk == kenmerk]
    if genoemd:
        groepen.append(genoemd)
    overige = sorted((v for v in vorderingen if v.kenmerk != kenmerk), key=lambda v: (v.vervaldatum or date.max,
                                                                                     v.volgorde))
    for v in overige:
        if groepen and groepen[-1][0] not in genoemd and groepen[-1][0].vervaldatum == v.vervaldatum:
            groepen[-1].append(v)
        else:
            groepen.append([v])
    return groepen


def _open(v: Stand) -> Decimal:
    return v.kapitaal + v.lopend + v.hoofdsom


def verdelen(bedrag: Decimal, groep: list[Stand]) -> list[Decimal]:
    """Share ``bedrag`` over equally old claims pro rata to what is open on each (art. 6:43 lid 2 BW).

    Each share is rounded down to cents; the cents left go one by one to the claims in request
    order that still have room. Never more than what is open.
    """
    open_ = [_open(v) for v in groep]
    totaal = sum(open_, NUL)
    if bedrag >= totaal:
        return open_
    delen = [(bedrag * o / totaal).quantize(Decimal("0.01"), ROUND_DOWN) for o in open_]
    cent = Decimal("0.01")
    rest = bedrag - sum(delen, NUL)
    ruimte = True
    while rest >= cent and ruimte:
        ruimte = False
        for i, o in enumerate(open_):
            if rest >= cent and delen[i] + cent <= o:
                delen[i], rest, ruimte = delen[i] + cent, rest - cent, True
    return delen


def _betaal(v: Stand, bedrag: Decimal, datum: date) -> Deel:
    """Pay ``bedrag`` on one claim: its interest first, then its principal (art. 6:44 lid 1 BW)."""
    uit_kapitaal = min(bedrag, v.kapitaal)
    uit_lopend = min(bedrag - uit_kapitaal, v.lopend)
    uit_hoofdsom = min(bedrag - uit_kapitaal - uit_lopend, v.hoofdsom)
    v.kapitaal -= uit_kapitaal
    v.lopend -= uit_lopend
    v.hoofdsom -= uit_hoofdsom
    v.mutaties.append((datum, -uit_hoofdsom, -uit_kapitaal))
    return Deel(v.kenmerk, uit_kapitaal + uit_lopend, uit_hoofdsom)


def toerekenen(betaling: Betaling, vorderingen: list[Stand], kosten_open: Decimal,
               regeling: Renteregeling = GEEN_RENTE) -> Toerekening:
    """Allocate ``betaling``: costs due, then per claim its interest through that day, then its principal (6:44)."""
    toerekening = Toerekening(betaling)
    rest = betaling.bedrag
    toerekening.kosten = min(rest, kosten_open)
    rest -= toerekening.kosten
    for groep in volgorde(vorderingen, betaling.kenmerk):
        if rest <= 0:
            break
        for v in groep:
            bereken_tot(v, betaling.datum, regeling)
        for v, deel in zip(groep, verdelen(rest, groep), strict=True):
            if deel > 0:
                toerekening.delen.append(_betaal(v, deel, betaling.datum))
                rest -= deel
    toerekening.over = rest
    return toerekening
