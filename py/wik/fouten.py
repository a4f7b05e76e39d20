"""Fouten (errors): one small family of exceptions for bad input, one class per error code.

Every rule module raises a subclass of :class:`WikFout` (itself a ``ValueError``) with a Dutch
message and the field path it concerns; the class carries the machine ``code`` as a class
attribute, as python-stdnum's ``InvalidChecksum`` does. ``contract.handle`` turns it into the
JSON answer ``{"fout": {"code", "veld", "tekst"}}``. Every code is listed with the moment it
occurs in ``py/README.md``, section "Error codes".

>>> OngeldigBedrag("Het bedrag moet groter dan nul zijn.", "vorderingen[0].bedrag").als_json()
{'fout': {'code': 'ongeldig_bedrag', 'veld': 'vorderingen[0].bedrag', 'tekst': 'Het bedrag moet groter dan nul zijn.'}}

A nested request (the ``berekening`` of a letter) puts its own name before the field path and
keeps the class:

>>> fout = OntbrekendVeld("Vul de peildatum in.", "peildatum").onder("berekening")
>>> type(fout).__name__, fout.veld
('OntbrekendVeld', 'berekening.peildatum')
"""

from __future__ import annotations

from typing import ClassVar


class WikFout(ValueError):
    """Bad input: a clear Dutch message for the visitor, with the field path (``ongeldige_invoer``)."""

    code: ClassVar[str] = "ongeldige_invoer"

    def __init__(self, tekst: str, veld: str | None = None) -> None:
        super().__init__(tekst)
        self.tekst = tekst
        self.veld = veld

    def onder(self, naam: str) -> WikFout:
        """The same error, its field path inside the object ``naam`` of a larger request."""
        return type(self)(self.tekst, f"{naam}.{self.veld}" if self.veld else naam)

    def als_json(self) -> dict[str, dict[str, str | None]]:
        """The ``fout`` answer of the JSON contract (see py/README.md, "Errors")."""
        return {"fout": {"code": self.code, "veld": self.veld, "tekst": self.tekst}}


# --- the shape of the request --------------------------------------------------------------------

class OngeldigVerzoek(WikFout):
    """The request, or a part of it, is not a JSON object where one is expected, or not valid JSON."""

    code = "ongeldig_verzoek"


class OngeldigeJson(WikFout):
    """The command line read text that is not JSON or not UTF-8."""

    code = "ongeldige_json"


class OngeldigeOptie(WikFout):
    """The command line was given an option it does not know."""

    code = "ongeldige_optie"


class TeGroot(WikFout):
    """Too big: the request (values, nesting, text length), a list, a text field, or the outcome."""

    code = "te_groot"


class OntbrekendVeld(WikFout):
    """A required field is absent (or a name is empty)."""

    code = "ontbrekend_veld"


class OnbekendVeld(WikFout):
    """A field the action does not know, or one that does not belong with the chosen option."""

    code = "onbekend_veld"


# --- single values -------------------------------------------------------------------------------

class OngeldigeWaarde(WikFout):
    """A choice outside its list, a wrong type (text, yes/no, list) or a whole number out of range."""

    code = "ongeldige_waarde"


class OngeldigBedrag(WikFout):
    """An amount that is no string, negative, zero, over-precise, not a number or above € 1.000.000.000."""

    code = "ongeldig_bedrag"


class OngeldigPercentage(WikFout):
    """A percentage that is no string like ``"8"`` or ``"10.15"``, or not above 0 and at most its maximum."""

    code = "ongeldig_percentage"


class OngeldigeDatum(WikFout):
    """A date that is not ISO, does not exist, lies outside 1990–2100, or comes too early for its role."""

    code = "ongeldige_datum"


class OngeldigIban(WikFout):
    """An IBAN of the wrong form, or whose two check digits fail (ISO 13616, mod 97)."""

    code = "ongeldig_iban"


class OngeldigEmail(WikFout):
    """An e-mail address not of the plain form ``naam@domein.nl``."""

    code = "ongeldig_email"


# --- the claims ----------------------------------------------------------------------------------

class GeenVorderingen(WikFout):
    """The list of claims is empty."""

    code = "geen_vorderingen"


class DubbelKenmerk(WikFout):
    """Two claims have the same kenmerk (also a given one equal to a number the tool assigns)."""

    code = "dubbel_kenmerk"


class OnbekendeVordering(WikFout):
    """A payment names a kenmerk that no claim has."""

    code = "onbekende_vordering"


class BetalingNaPeildatum(WikFout):
    """A payment is dated after the peildatum."""

    code = "betaling_na_peildatum"


class BuitenRentetabel(WikFout):
    """Statutory interest is asked for days before the rate table begins."""

    code = "buiten_rentetabel"


# --- letters -------------------------------------------------------------------------------------

class BriefTeVroeg(WikFout):
    """A letter dated before any claim is in verzuim, or before an ingebrekestelling's term ran out."""

    code = "brief_te_vroeg"


class NietsOpen(WikFout):
    """A letter for a claim that payments have settled in full."""

    code = "niets_open"


class InterneFout(WikFout):
    """A bug: the engine failed; the answer says so instead of a traceback."""

    code = "interne_fout"


#: Every error class by its code (``WikFout`` itself is ``ongeldige_invoer``, used by no module).
FOUTEN: dict[str, type[WikFout]] = {WikFout.code: WikFout} | {cls.code: cls for cls in WikFout.__subclasses__()}
