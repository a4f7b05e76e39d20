"""Tarieven (rates): the statutory interest rates since 1998, as data.

The wettelijke rente of art. 6:119 BW is set by decree (art. 6:120 lid 1); the
wettelijke handelsrente of art. 6:119a and 6:119b BW is the ECB's main
refinancing rate plus seven points, and plus eight points since 16 March 2013
(art. 6:120 lid 2). Running interest follows a new rate from the day it takes
effect. The table lives in ``tarieven.csv`` beside this module, each row with
its source and whether it was verified; rows after 1 January 2025 rest only on
third-party tables and are marked unverified.

Bronnen:

* Burgerlijk Wetboek Boek 6, art. 119, 119a, 119b, 120 (BWBR0005289).
* Besluit vaststelling wettelijke rente (BWBR0047640).
* Each row's own source: the ``bron`` column of ``tarieven.csv``.

>>> rente_op("wettelijk", date(2025, 3, 1))
Decimal('6')
>>> rente_op("handels", date(2013, 3, 15)), rente_op("handels", date(2013, 3, 16))
(Decimal('7.75'), Decimal('8.75'))
>>> volgende_wijziging("handels", date(2022, 6, 1)), volgende_wijziging("handels", date(2023, 1, 1))
(datetime.date(2023, 1, 1), datetime.date(2023, 7, 1))
>>> volgende_wijziging("wettelijk", date(2026, 7, 1)) is None     # the table knows no later change
True
>>> BEKEND_TOT
datetime.date(2026, 12, 31)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from itertools import takewhile

from .fouten import BuitenRentetabel
from .geld import Json, procent
from .termijnen import datum_nl

LAATST_GECONTROLEERD = date(2026, 11, 23)
#: The Dutch name of each rate: art. 6:119 BW (wettelijk), art. 6:119a/6:119b BW (handels).
NAAM = {"wettelijk": "wettelijke rente", "handels": "handelsrente"}


@dataclass(frozen=True)
class Tarief:
    """One row: the rates in force from ``ingangsdatum`` until the next row."""

    ingangsdatum: date
    wettelijk: Decimal
    handels: Decimal | None
    geverifieerd_wettelijk: bool
    geverifieerd_handels: bool
    bron: str

    @property
    def geverifieerd(self) -> bool:
        """Both rates of the row checked against a good source."""
        return self.geverifieerd_wettelijk and self.geverifieerd_handels

    def rente(self, soort: str) -> Decimal | None:
        """The rate of ``soort``: ``wettelijk`` (art. 6:119, 6:120 lid 1 BW) or ``handels`` (6:119a, 6:120 lid 2).

        >>> TARIEVEN[-1].rente("wettelijk") == TARIEVEN[-1].wettelijk, TARIEVEN[0].rente("handels")
        (True, None)
        """
        rente: Decimal | None = getattr(self, soort)
        return rente

    def geverifieerd_voor(self, soort: str) -> bool:
        """Whether the rate of ``soort`` in this row was checked against a good source (art. 6:120 BW)."""
        geverifieerd: bool = getattr(self, f"geverifieerd_{soort}")
        return geverifieerd


def _lees() -> tuple[Tarief, ...]:
    """Read ``tarieven.csv``: four fields, then the source (which may hold commas) to the end of the line."""
    tekst = resources.files(__package__).joinpath("tarieven.csv").read_text(encoding="utf-8")
    regels = [regel.split(",", 4) for regel in tekst.splitlines() if regel and not regel.startswith("#")]
    assert regels[0] == ["ingangsdatum", "wettelijk", "handels", "geverifieerd", "bron"], regels[0]
    return tuple(
        Tarief(date.fromisoformat(dag), Decimal(wettelijk), Decimal(handels) if handels else None,
               geverifieerd in ("ja", "wettelijk"), geverifieerd == "ja", bron.strip())
        for dag, wettelijk, handels, geverifieerd, bron in regels[1:]
    )


TARIEVEN = _lees()
EERSTE = {"wettelijk": TARIEVEN[0].ingangsdatum,
          "handels": next(t.ingangsdatum for t in TARIEVEN if t.handels is not None)}


def _volgend_halfjaar(dag: date) -> date:
    return date(dag.year, 7, 1) if dag.month < 7 else date(dag.year + 1, 1, 1)


#: The last day the table is known to cover: rates change on 1 January and 1 July.
BEKEND_TOT = _volgend_halfjaar(TARIEVEN[-1].ingangsdatum) - timedelta(days=1)


def tarief_op(dag: date) -> Tarief:
    """The table row in force on ``dag`` (the last row also after the table ends)."""
    plek = bisect_right(_DATUMS, dag)
    if plek == 0:
        raise BuitenRentetabel(f"De rentetabel begint op {datum_nl(TARIEVEN[0].ingangsdatum)}.", None)
    return TARIEVEN[plek - 1]


def rente_op(soort: str, dag: date) -> Decimal:
    """The rate of ``soort`` (``wettelijk`` or ``handels``) on ``dag`` (art. 6:120 BW)."""
    if dag < EERSTE[soort]:
        raise BuitenRentetabel(f"Voor de {NAAM[soort]} kent deze tool tarieven vanaf {datum_nl(EERSTE[soort])}; "
                      "kies een latere vervaldatum.", None)
    rente = tarief_op(dag).rente(soort)
    assert rente is not None  # every row from EERSTE[soort] on has this rate (tarieven.csv: no gap after the first)
    return rente


def _wijzigingsdata(soort: str) -> tuple[date, ...]:
    """The days on which the rate of ``soort`` really changes (art. 6:120 BW)."""
    vorige, data = None, []
    for t in TARIEVEN:
        nieuw = t.rente(soort)
        if nieuw is not None and vorige is not None and nieuw != vorige:
            data.append(t.ingangsdatum)
        vorige = nieuw
    return tuple(data)


_DATUMS = [t.ingangsdatum for t in TARIEVEN]
_WIJZIGINGEN = {soort: _wijzigingsdata(soort) for soort in ("wettelijk", "handels")}


def volgende_wijziging(soort: str, dag: date) -> date | None:
    """The first date after ``dag`` on which the rate of ``soort`` really changes (art. 6:120 BW)."""
    data = _WIJZIGINGEN[soort]
    plek = bisect_right(data, dag)
    return data[plek] if plek < len(data) else None


def ongeverifieerd_tussen(soort: str, van: date, tot: date) -> bool:
    """Whether an unverified rate of ``soort`` is in force on any day from ``van`` to ``tot`` (art. 6:120 BW).

    The rows in force in that span: the one in force on ``van``, then every row starting by ``tot``.

    >>> ongeverifieerd_tussen("wettelijk", date(2004, 1, 1), date(2004, 1, 31))
    False
    >>> ongeverifieerd_tussen("handels", date(2003, 12, 1), date(2004, 1, 1))
    True
    """
    rijen = TARIEVEN[max(bisect_right(_DATUMS, van) - 1, 0):]
    return any(not t.geverifieerd_voor(soort) for t in takewhile(lambda t: t.ingangsdatum <= tot, rijen))


def handle_tarieven(verzoek: Json) -> Json:
    """The ``{"actie": "tarieven"}`` answer: the whole table, for the site and the browser."""
    return {
        "tarieven": [
            {"ingangsdatum": t.ingangsdatum.isoformat(), "wettelijk": procent(t.wettelijk),
             "handels": None if t.handels is None else procent(t.handels),
             "geverifieerd": t.geverifieerd, "geverifieerd_wettelijk": t.geverifieerd_wettelijk,
             "geverifieerd_handels": t.geverifieerd_handels, "bron": t.bron}
            for t in TARIEVEN
        ],
        "bekend_tot": BEKEND_TOT.isoformat(),
        "laatst_gecontroleerd": LAATST_GECONTROLEERD.isoformat(),
    }
