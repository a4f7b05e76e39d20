"""Incassokosten (collection costs): the WIK-staffel of the Besluit BIK.

The fee for extrajudicial collection (art. 6:96 lid 2 sub c BW) is a sliding
scale over the hoofdsom (Besluit art. 2 lid 1): 15 % of the first € 2.500,
10 % of the next € 2.500, 5 % of the next € 5.000, 1 % of the next € 190.000
and 0,5 % of the rest, at most € 6.775 and at least € 40 (art. 2 lid 2).
Several claims in one letter are added together first (art. 6:96 lid 7 BW).
The fee is computed exactly and rounded once, half-up, to cents.

A creditor who uses a btw-taxed collection service and cannot deduct that btw
may raise the fee by the general btw rate, if the letter says so expressly
(art. 2 lid 3). The surcharge is computed on the rounded fee and rounded again.

Bronnen:

* Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2
  (Stb. 2012, 141; BWBR0031432), in force since 1 July 2012.
* Burgerlijk Wetboek Boek 6, art. 96 lid 2, 4–7 (BWBR0005289).

>>> staffel(Decimal("10000")).bedrag
Decimal('875.00')
>>> staffel(Decimal("266.67")).bedrag          # 15 % is 40,0005: the minimum binds
Decimal('40.00')
>>> staffel(Decimal("1234.56")).bedrag         # 185,184 rounds to 185,18
Decimal('185.18')
>>> staffel(Decimal("2000000")).bedrag         # the maximum
Decimal('6775.00')
>>> staffel(Decimal("350")).bedrag             # € 150 + € 200 in one letter: not 2 × € 40
Decimal('52.50')
>>> btw_verhoging(Decimal("875.00"), Decimal("21"))
Decimal('183.75')
>>> btw_verhoging(Decimal("6775.00"), Decimal("21"), max_incl_btw=True)
Decimal('0.00')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .geld import NUL, euro, rond

#: The bands of Besluit BIK art. 2 lid 1: (width of the band or None for the rest, percentage).
STAFFEL: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("2500"), Decimal("15")),
    (Decimal("2500"), Decimal("10")),
    (Decimal("5000"), Decimal("5")),
    (Decimal("190000"), Decimal("1")),
    (None, Decimal("0.5")),
)
MINIMUM = Decimal("40.00")  # art. 2 lid 2
MAXIMUM = Decimal("6775.00")  # art. 2 lid 1, reached at a hoofdsom of € 1.000.000
BTW_ALGEMEEN = Decimal("21")  # art. 9 lid 1 Wet OB 1968, 21 % since 1 October 2012
#: Small periodic claims (Besluit kwaliteit incassodienstverlening, Stb. 2024, 44, changing the Besluit BIK
#: from 1 October 2024). The operative text was not retrievable; this is a working model, marked unverified.
KLEINE_TERMIJN_GRENS = Decimal("266.67")  # each termijn below this amount
KLEINE_TERMIJN_MAXIMUM = Decimal("20.00")  # each further fee within six months: half, at most this
KLEINE_TERMIJNEN_VANAF = date(2024, 10, 1)


@dataclass(frozen=True)
class Band:
    """One band of the staffel and the part of the hoofdsom that falls in it."""

    van: Decimal
    tot: Decimal | None
    percentage: Decimal
    grondslag: Decimal
    bedrag: Decimal  # exact, not rounded: the fee is rounded once, on the total


@dataclass(frozen=True)
class Staffel:
    """The statutory fee for a hoofdsom, with the bands that make it up."""

    hoofdsom: Decimal
    banden: tuple[Band, ...]
    bedrag: Decimal
    minimum_toegepast: bool
    maximum_toegepast: bool


def staffel(hoofdsom: Decimal) -> Staffel:
    """The WIK fee over ``hoofdsom`` (Besluit BIK art. 2 lid 1 and 2)."""
    if not isinstance(hoofdsom, Decimal):
        raise TypeError(f"hoofdsom moet een Decimal zijn, niet {type(hoofdsom).__name__}")
    banden: list[Band] = []
    van = Decimal(0)
    for breedte, percentage in STAFFEL:
        tot = None if breedte is None else van + breedte
        deel = max(Decimal(0), (hoofdsom if tot is None else min(hoofdsom, tot)) - van)
        banden.append(Band(van, tot, percentage, deel, deel * percentage / 100))
        if tot is not None:  # None: the last band, open to the top
            van = tot
    exact = sum((band.bedrag for band in banden), Decimal(0))
    bedrag = min(max(rond(exact), MINIMUM), MAXIMUM)
    return Staffel(hoofdsom, tuple(banden), bedrag, rond(exact) < MINIMUM, exact > MAXIMUM)


def btw_verhoging(kosten: Decimal, percentage: Decimal = BTW_ALGEMEEN, *, max_incl_btw: bool = False) -> Decimal:
    """The btw surcharge on a rounded fee (Besluit BIK art. 2 lid 3).

    The text raises "de vergoeding" — the capped fee — so by default the cap of
    € 6.775 applies before the surcharge (at most € 8.197,75 in all). Some guides
    read it as a cap on the total incl. btw: ``max_incl_btw=True`` gives that reading.
    """
    verhoging = rond(kosten * percentage / 100)
    if max_incl_btw:
        verhoging = max(NUL, min(verhoging, MAXIMUM - kosten))
    return verhoging


def afgesproken(hoofdsom: Decimal, soort: str, waarde: Decimal) -> Decimal:
    """An agreed fee: ``percentage`` of the hoofdsom or a ``vast`` amount, rounded to cents."""
    if soort == "percentage":
        return rond(hoofdsom * waarde / 100)
    return rond(waarde)


def kleine_termijnkosten(normaal: Decimal) -> Decimal:
    """A further fee for a small termijn: half the normal fee, at most € 20 (working model, unverified).

    Six monthly termijnen of € 50 with one letter each: € 40 + 5 × € 20 = € 140; one letter for all
    six: 15 % of € 300 = € 45 (art. 6:96 lid 7 BW adds them up).

    >>> kleine_termijnkosten(staffel(Decimal("50")).bedrag), staffel(Decimal("300")).bedrag
    (Decimal('20.00'), Decimal('45.00'))
    """
    return min(rond(normaal / 2), KLEINE_TERMIJN_MAXIMUM)


@dataclass(frozen=True)
class Kosten:
    """The collection costs charged: the fee, its btw surcharge, and the staffel beside it."""

    grondslag: Decimal
    bedrag: Decimal
    btw: Decimal
    wettelijk: Staffel
    meldingen: tuple[tuple[str, str], ...]
    kleine_termijn: bool = False  # the small-termijnen rule lowered what the law allows

    @property
    def toegestaan(self) -> Decimal:
        """What the law allows without agreement: the staffel, or the small-termijn fee."""
        return kleine_termijnkosten(self.wettelijk.bedrag) if self.kleine_termijn else self.wettelijk.bedrag

    @property
    def totaal(self) -> Decimal:
        return self.bedrag + self.btw


def kosten(grondslag: Decimal, debiteur: str, soort: str, waarde: Decimal | None,
           btw_percentage: Decimal | None, max_incl_btw: bool = False, kleine_termijn: bool = False) -> Kosten:
    """The costs to charge for ``debiteur`` (art. 6:96 lid 4–6 BW; Besluit BIK art. 2).

    For a consumer the staffel is mandatory law: an agreed amount can only be
    lower (art. 6:96 lid 5). For a business or government it is default law: an
    agreed amount applies, at least € 40 (lid 4), and a court may reduce it to
    the staffel (HR 10-07-2015, ECLI:NL:HR:2015:1868). ``btw_percentage`` None:
    no surcharge. ``kleine_termijn``: a consumer's further small termijn (``kleine_termijnkosten``).

    >>> kosten(Decimal("1000"), "bedrijf", "vast", Decimal("50"), None).bedrag
    Decimal('50.00')
    >>> kosten(Decimal("1000"), "bedrijf", "vast", None, None)
    Traceback (most recent call last):
        ...
    TypeError: waarde moet een Decimal zijn bij kosten 'vast', niet None
    """
    wettelijk = staffel(grondslag)
    meldingen: list[tuple[str, str]] = []
    if soort == "geen" or grondslag <= 0:  # nothing open, nothing to collect: no minimum either
        bedrag = NUL
    elif soort == "wik":
        bedrag = wettelijk.bedrag
    else:
        if waarde is None:  # an agreed fee needs its percentage or amount (opdracht always gives one)
            raise TypeError(f"waarde moet een Decimal zijn bij kosten {soort!r}, niet None")
        bedrag = afgesproken(grondslag, soort, waarde)
        if debiteur == "consument" and bedrag > wettelijk.bedrag:
            meldingen.append(("kosten_begrensd", "Bij een consument mag u niet meer rekenen dan de WIK-staffel "
                              "(art. 6:96 lid 5 BW). Het afgesproken bedrag is verlaagd tot de staffel."))
            bedrag = wettelijk.bedrag
        elif debiteur != "consument" and bedrag < MINIMUM:
            meldingen.append(("kosten_minimum", f"Bij een handelsovereenkomst is altijd minstens {euro(MINIMUM)} "
                              "verschuldigd (art. 6:96 lid 4 BW)."))
            bedrag = MINIMUM
        elif debiteur != "consument" and bedrag > wettelijk.bedrag:
            meldingen.append(("kosten_matiging", "Het afgesproken bedrag is hoger dan de WIK-staffel. De rechter "
                              "kan het verlagen tot de staffel (HR 10 juli 2015, ECLI:NL:HR:2015:1868)."))
    if kleine_termijn and bedrag > 0:
        bedrag = min(bedrag, kleine_termijnkosten(wettelijk.bedrag))
    btw = NUL
    if btw_percentage is not None and bedrag > 0:
        # The strict reading caps the Besluit's own amount; a business's agreed amount is no staffel amount.
        staffelbedrag = soort == "wik" or debiteur == "consument"
        btw = btw_verhoging(bedrag, btw_percentage, max_incl_btw=max_incl_btw and staffelbedrag)
    return Kosten(grondslag, bedrag, btw, wettelijk, tuple(meldingen), kleine_termijn)
