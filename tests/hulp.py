"""Small helpers shared by the per-module tests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from wik import handle

ROOT = Path(__file__).resolve().parents[1]
D = Decimal


def bereken(**velden):
    """A ``bereken`` answer for a consumer unless ``debiteur`` says otherwise."""
    verzoek = {"actie": "bereken", "debiteur": "consument"}
    verzoek.update(velden)
    return handle(verzoek)


def codes(antwoord):
    """The codes of an answer's notices, in order."""
    return [m["code"] for m in antwoord["meldingen"]]
