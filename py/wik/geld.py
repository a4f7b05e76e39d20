"""Geld (money): ``Decimal`` amounts, rounding and Dutch notation.

Money is ``Decimal`` from end to end; a float is refused. Amounts are rounded
half-up to whole cents only where a rule says so (py/README.md, "Money and rounding"):
once on the collection fee, once on the btw surcharge, once per interest
period. Adding rounded amounts needs no rounding. For the type checker it also names the
two JSON shapes every module passes around: ``Json`` (an object) and ``Melding`` (a notice).

>>> rond(Decimal("185.184"))
Decimal('185.18')
>>> rond(Decimal("40.005"))
Decimal('40.01')
>>> euro(Decimal("1234.5"))
'€ 1.234,50'
>>> euro(Decimal("-7"))
'-€ 7,00'
>>> json_bedrag(Decimal("875"))
'875.00'
>>> procent(Decimal("10.150"))
'10.15'
>>> procent_nl(Decimal("10.15"))
'10,15%'
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeAlias

#: A JSON object of the contract, as read (checked field by field where it is used) or as answered.
Json: TypeAlias = dict[str, Any]
#: A notice in an answer's ``meldingen`` (or a finding of ``controle``): ``{"code", "tekst", ...}``, all text.
Melding: TypeAlias = dict[str, str]

CENT = Decimal("0.01")
NUL = Decimal("0.00")


def rond(bedrag: Decimal) -> Decimal:
    """Round half-up to whole cents (the only rounding the engine does)."""
    if not isinstance(bedrag, Decimal):
        raise TypeError(f"bedrag moet een Decimal zijn, niet {type(bedrag).__name__}")
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


def json_bedrag(bedrag: Decimal) -> str:
    """An amount as the JSON contract writes it: a dot and exactly two decimals."""
    return f"{rond(bedrag):f}"


def euro(bedrag: Decimal) -> str:
    """Dutch notation: ``€ 1.234,56`` (a minus sign before the euro sign)."""
    bedrag = rond(bedrag)
    teken = "-" if bedrag < 0 else ""
    heel, cent = f"{abs(bedrag):f}".split(".")
    groepen: list[str] = []
    while len(heel) > 3:
        groepen.insert(0, heel[-3:])
        heel = heel[:-3]
    groepen.insert(0, heel)
    return f"{teken}€ {'.'.join(groepen)},{cent}"


def procent(percentage: Decimal) -> str:
    """A percentage as the JSON contract writes it, without trailing zeros: ``"6"``, ``"10.15"``."""
    tekst = f"{percentage:f}"
    if "." in tekst:
        tekst = tekst.rstrip("0").rstrip(".")
    return tekst


def procent_nl(percentage: Decimal) -> str:
    """A percentage in Dutch notation: ``10,15%``."""
    return procent(percentage).replace(".", ",") + "%"
