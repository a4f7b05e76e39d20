"""Regeling (payment plan): termijnen of an agreed plan, and the creditor's written confirmation.

A payment plan is an agreement: put in writing what is owed, the termijnen with their dates and
amounts, whether interest runs on during the plan, and what happens when a termijn is missed.
Payments go first to costs, then interest, then principal (art. 6:44 BW). A written
confirmation that names the debt also interrupts prescription (art. 3:317 BW); a debtor's
acknowledgement does the same (art. 3:318 BW). Termijnen fall monthly on the same day as the
first, or the last day of a shorter month; each is the total divided by their number, rounded
down to cents, the cents left over in the last termijn, so they add up exactly.

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:44 (BWBR0005289); Boek 3, art. 3:317, 3:318 (BWBR0005291)

>>> [(d.isoformat(), str(b)) for d, b in termijnen(Decimal("1000.00"), 3, date(2027, 1, 31))]
[('2027-01-31', '333.33'), ('2027-02-28', '333.33'), ('2027-03-31', '333.34')]
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, Decimal

from . import invoer
from .fouten import OngeldigeDatum
from .geld import Json, euro, json_bedrag
from .kalender import maanden_later
from .termijnen import datum_nl

MAX_TERMIJNEN = 36
_VELDEN = {"aantal", "eerste_betaaldatum", "rente_loopt_door"}


def termijnen(totaal: Decimal, aantal: int, eerste: date) -> list[tuple[date, Decimal]]:
    """``aantal`` monthly termijnen from ``eerste`` that add up to ``totaal`` exactly."""
    deel = (totaal / aantal).quantize(Decimal("0.01"), ROUND_DOWN)
    bedragen = [deel] * (aantal - 1) + [totaal - deel * (aantal - 1)]
    return [(maanden_later(eerste, i), b) for i, b in enumerate(bedragen)]


def lees(waarde: object, veld: str, na: date) -> tuple[int, date, bool]:
    """The plan as asked: number of termijnen, the first payment day (after ``na``), whether interest runs on."""
    r = invoer.object_(waarde, veld, _VELDEN, {"aantal", "eerste_betaaldatum"})
    aantal = invoer.geheel_getal(r["aantal"], f"{veld}.aantal", 2, MAX_TERMIJNEN)
    eerste = invoer.datum(r["eerste_betaaldatum"], f"{veld}.eerste_betaaldatum")
    if eerste <= na:
        raise OngeldigeDatum(f"De eerste termijn moet na de datum van de brief vallen ({datum_nl(na)}).",
                      f"{veld}.eerste_betaaldatum")
    return aantal, eerste, invoer.ja_nee(r.get("rente_loopt_door", False), f"{veld}.rente_loopt_door")


def schema(totaal: Decimal, aantal: int, eerste: date) -> tuple[list[Json], str]:
    """The termijnen as JSON and as lines of text for a letter."""
    lijst = termijnen(totaal, aantal, eerste)
    regels = "\n".join(f"Termijn {i}: {euro(b)} uiterlijk op {datum_nl(d)}" for i, (d, b) in enumerate(lijst, 1))
    antwoord = [{"nummer": i, "datum": d.isoformat(), "bedrag": json_bedrag(b)} for i, (d, b) in enumerate(lijst, 1)]
    return antwoord, regels


def rentezin(loopt_door: bool) -> str:
    """What the plan says about interest during the plan (agreed between the parties)."""
    if loopt_door:
        return ("Over het bedrag dat nog openstaat, loopt de wettelijke rente door. Die rekenen wij af na de laatste "
                "termijn.")
    return "Zolang de termijnen op tijd worden betaald, wordt er over dit bedrag geen verdere rente gerekend."


GEMIST = ("Wordt een termijn niet op tijd betaald, dan vervalt de regeling na een schriftelijke herinnering met een "
          "termijn van veertien dagen, en is het bedrag dat dan nog openstaat in één keer verschuldigd.")
