"""Fouten (errors): one small family of exceptions for bad input.

Every rule module raises a :class:`WikFout` (a ``ValueError``) with a Dutch
message, the field path it concerns and a machine code. ``contract.handle``
turns it into the JSON answer ``{"fout": {"code", "veld", "tekst"}}``.

>>> WikFout("Het bedrag moet groter dan nul zijn.", veld="vorderingen[0].bedrag").als_json()
{'fout': {'code': 'ongeldige_invoer', 'veld': 'vorderingen[0].bedrag', 'tekst': 'Het bedrag moet groter dan nul zijn.'}}
"""

from __future__ import annotations


class WikFout(ValueError):
    """Bad input: a clear Dutch message for the visitor, with the field path."""

    code = "ongeldige_invoer"

    def __init__(self, tekst: str, veld: str | None = None, code: str | None = None):
        super().__init__(tekst)
        self.tekst = tekst
        self.veld = veld
        if code is not None:
            self.code = code

    def als_json(self) -> dict:
        """The ``fout`` answer of the JSON contract (SPEC section 6)."""
        return {"fout": {"code": self.code, "veld": self.veld, "tekst": self.tekst}}
