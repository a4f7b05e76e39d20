# About 200 lines: one small checker per JSON value type; each is a few lines.
"""Invoer (input): checking the JSON request, field by field, in Dutch.

The JSON contract (py/README.md, "The contract") takes amounts as strings with a dot and at
most two decimals, percentages as strings, dates as ISO strings. Each check
returns a plain value (``Decimal``, ``date``, ``str``, ``bool``) or raises a
:class:`~wik.fouten.WikFout` that names the field.

>>> bedrag("1234.56", "vorderingen[0].bedrag")
Decimal('1234.56')
>>> bedrag("1.234", "vorderingen[0].bedrag")  # doctest: +NORMALIZE_WHITESPACE
Traceback (most recent call last):
    ...
wik.fouten.OngeldigBedrag: Bedrag "1.234" heeft meer dan twee decimalen. Schrijf bedragen met een punt
en hoogstens twee cijfers achter de punt, bijvoorbeeld "1234.56".
>>> datum("2026-02-30", "peildatum")
Traceback (most recent call last):
    ...
wik.fouten.OngeldigeDatum: Datum "2026-02-30" bestaat niet.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

from .fouten import (
    OnbekendVeld,
    OngeldigBedrag,
    OngeldigeDatum,
    OngeldigEmail,
    OngeldigeWaarde,
    OngeldigIban,
    OngeldigPercentage,
    OngeldigVerzoek,
    OntbrekendVeld,
    TeGroot,
)
from .geld import Json, euro

MAX_BEDRAG = Decimal("1000000000")
EERSTE_DATUM = date(1990, 1, 1)
LAATSTE_DATUM = date(2100, 12, 31)

_BEDRAG = re.compile(r"[0-9]{1,13}(\.[0-9]+)?")
_PERCENTAGE = re.compile(r"[0-9]{1,3}(\.[0-9]{1,4})?")
_DATUM = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _citaat(waarde: object, lengte: int = 40) -> str:
    """The value as the visitor wrote it in JSON: ``"abc"``, ``12.5``, ``true``; null as a word."""
    if waarde is None:
        return "een lege waarde (null)"
    tekst = json.dumps(waarde, ensure_ascii=False, default=str)
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


def bedrag(waarde: object, veld: str) -> Decimal:
    """An amount in euros: a string like ``"1234.56"``, above zero, at most € 1.000.000.000."""
    if isinstance(waarde, bool) or not isinstance(waarde, str):
        raise OngeldigBedrag(
            f'Bedrag {_citaat(waarde)} moet als tekst worden opgegeven, bijvoorbeeld "1234.56".',
            veld)
    tekst = waarde.strip()
    if tekst.startswith("-"):
        raise OngeldigBedrag(f'Bedrag {_citaat(waarde)} is negatief. Vul een positief bedrag in.', veld)
    if not _BEDRAG.fullmatch(tekst):
        raise OngeldigBedrag(f'{_citaat(waarde)} is geen bedrag. Schrijf het als "1234.56".', veld)
    getal = Decimal(tekst)
    exponent = getal.as_tuple().exponent
    assert isinstance(exponent, int)  # digits only (_BEDRAG): never NaN or Infinity, whose exponent is a letter
    if exponent < -2:
        raise OngeldigBedrag(
            f'Bedrag {_citaat(waarde)} heeft meer dan twee decimalen. Schrijf bedragen met een punt '
            'en hoogstens twee cijfers achter de punt, bijvoorbeeld "1234.56".', veld)
    if getal == 0:
        raise OngeldigBedrag("Het bedrag moet groter dan nul zijn.", veld)
    if getal > MAX_BEDRAG:
        raise OngeldigBedrag(f"Het bedrag is groter dan {euro(MAX_BEDRAG)}; zo'n bedrag rekent deze tool niet uit.",
                      veld)
    return getal


def percentage(waarde: object, veld: str, *, maximum: Decimal = Decimal(100)) -> Decimal:
    """A percentage as a string like ``"10.15"``: above zero, at most ``maximum``."""
    if isinstance(waarde, bool) or not isinstance(waarde, str) or not _PERCENTAGE.fullmatch(waarde):
        raise OngeldigPercentage(f'{_citaat(waarde)} is geen percentage. Schrijf het als "8" of "10.15".', veld)
    getal = Decimal(waarde)
    if getal <= 0 or getal > maximum:
        raise OngeldigPercentage(f"Het percentage moet groter dan 0 en hoogstens {maximum} zijn.", veld)
    return getal


def datum(waarde: object, veld: str) -> date:
    """An ISO date ``"2026-11-23"`` between 1990 and 2100."""
    if not isinstance(waarde, str) or not _DATUM.fullmatch(waarde):
        raise OngeldigeDatum(f'{_citaat(waarde)} is geen datum. Schrijf datums als "2026-11-23" (jaar-maand-dag).',
                      veld)
    try:
        dag = date.fromisoformat(waarde)
    except ValueError:
        raise OngeldigeDatum(f'Datum "{waarde}" bestaat niet.', veld) from None
    if not EERSTE_DATUM <= dag <= LAATSTE_DATUM:
        raise OngeldigeDatum("De datum moet tussen 1990 en 2100 liggen.", veld)
    return dag


def tekst(waarde: object, veld: str, *, max_lengte: int = 200) -> str:
    """A short text (a name, a reference): a string of at most ``max_lengte`` characters."""
    if not isinstance(waarde, str):
        raise OngeldigeWaarde("Vul hier tekst in.", veld)
    if len(waarde) > max_lengte:
        raise TeGroot(f"Deze tekst is te lang: hoogstens {max_lengte} tekens.", veld)
    return waarde.strip()


def ja_nee(waarde: object, veld: str) -> bool:
    """A JSON boolean."""
    if not isinstance(waarde, bool):
        raise OngeldigeWaarde("Kies ja (true) of nee (false).", veld)
    return waarde


def geheel_getal(waarde: object, veld: str, laagste: int, hoogste: int) -> int:
    """A whole number between ``laagste`` and ``hoogste``."""
    if isinstance(waarde, bool) or not isinstance(waarde, int) or not laagste <= waarde <= hoogste:
        raise OngeldigeWaarde(f"Vul een geheel getal van {laagste} tot en met {hoogste} in.", veld)
    return waarde


def keuze(waarde: object, veld: str, opties: tuple[str, ...]) -> str:
    """One of a fixed set of words."""
    if not isinstance(waarde, str) or waarde not in opties:
        lijst = ", ".join(f'"{optie}"' for optie in opties)
        raise OngeldigeWaarde(f'{_citaat(waarde)} is geen geldige keuze. Kies uit {lijst}.', veld)
    return waarde


def object_(waarde: object, veld: str, toegestaan: set[str],
            verplicht: set[str] | frozenset[str] = frozenset()) -> Json:
    """A JSON object with only known keys and all required keys."""
    if not isinstance(waarde, dict):
        raise OngeldigVerzoek("Hier hoort een object met velden ({...}).", veld or None)
    for sleutel in waarde:
        if sleutel not in toegestaan:
            pad = f"{veld}.{sleutel}" if veld else str(sleutel)
            raise OnbekendVeld(f'Onbekend veld {_citaat(sleutel)}.', pad)
    for sleutel in sorted(verplicht):
        if sleutel not in waarde:
            pad = f"{veld}.{sleutel}" if veld else sleutel
            raise OntbrekendVeld(f'Het veld "{sleutel}" ontbreekt.', pad)
    return waarde


def lijst(waarde: object, veld: str, max_lengte: int) -> list[Any]:
    """A JSON array of at most ``max_lengte`` items."""
    if not isinstance(waarde, list):
        raise OngeldigeWaarde("Hier hoort een lijst ([...]).", veld)
    if len(waarde) > max_lengte:
        raise TeGroot(f"Te veel regels: hoogstens {max_lengte}.", veld)
    return waarde


_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def iban(waarde: object, veld: str) -> str:
    """An IBAN, checked with its two check digits (ISO 13616, mod 97), written in groups of four.

    >>> iban("nl91 abna 0417 1643 00", "schuldeiser.iban")
    'NL91 ABNA 0417 1643 00'
    >>> iban("NL91ABNA0417164301", "schuldeiser.iban")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    wik.fouten.OngeldigIban: Dit IBAN klopt niet: de controlecijfers passen niet bij het nummer.
    Controleer het nummer, bijvoorbeeld op uw bankafschrift.
    """
    kaal = re.sub(r"[\s.-]", "", tekst(waarde, veld, max_lengte=60)).upper()
    if not _IBAN.fullmatch(kaal) or (kaal.startswith("NL") and len(kaal) != 18):
        raise OngeldigIban(f"{_citaat(waarde)} is geen IBAN. Een Nederlands IBAN heeft 18 tekens, zoals "
                      "NL91 ABNA 0417 1643 00.", veld)
    getal = int("".join(str(int(teken, 36)) for teken in kaal[4:] + kaal[:4]))
    if getal % 97 != 1:
        raise OngeldigIban("Dit IBAN klopt niet: de controlecijfers passen niet bij het nummer. Controleer het "
                      "nummer, bijvoorbeeld op uw bankafschrift.", veld)
    return " ".join(kaal[i:i + 4] for i in range(0, len(kaal), 4))


def email(waarde: object, veld: str) -> str:
    """An e-mail address of the plain form ``naam@domein.nl``.

    >>> email(" info@bakkerij.nl ", "schuldeiser.email")
    'info@bakkerij.nl'
    """
    adres = tekst(waarde, veld, max_lengte=254)
    if not _EMAIL.fullmatch(adres):
        raise OngeldigEmail(f"{_citaat(waarde)} is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl.", veld)
    return adres


def bedrag_of_nul(waarde: object, veld: str) -> Decimal:
    """An amount like ``bedrag``, where zero is allowed (``"0"`` or ``"0.00"``: nothing asked)."""
    if isinstance(waarde, str) and waarde.strip() in ("0", "0.0", "0.00"):
        return Decimal("0.00")
    return bedrag(waarde, veld)


#: The details of a party that may stand in a letter's heading (a creditor's; a debtor's has the first four).
PARTIJ = ("naam", "adres", "postcode", "plaats", "iban", "email", "telefoon", "kvk")


def partij(waarde: object, veld: str, velden: tuple[str, ...]) -> dict[str, str]:
    """Name and address of a party in a letter: only ``naam`` is required; IBAN and e-mail are checked."""
    gegeven = object_(waarde, veld, set(velden), {"naam"})
    gegevens = {sleutel: tekst(gegeven[sleutel], f"{veld}.{sleutel}") for sleutel in velden if sleutel in gegeven}
    if not gegevens["naam"]:
        raise OntbrekendVeld("Vul een naam in.", f"{veld}.naam")
    if gegevens.get("iban"):
        gegevens["iban"] = iban(gegeven["iban"], f"{veld}.iban")
    if gegevens.get("email"):
        gegevens["email"] = email(gegeven["email"], f"{veld}.email")
    return gegevens
