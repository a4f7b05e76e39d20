"""Invoer: checking single JSON values (amounts, dates, percentages, texts, objects)."""

from __future__ import annotations

import pytest

from hulp import D, bereken
from wik import incassokosten as ik
from wik import invoer
from wik.fouten import WikFout
from wik.geld import euro, rond

SLECHTE_BEDRAGEN = [
    (100, "ongeldig_bedrag"), (100.5, "ongeldig_bedrag"), (True, "ongeldig_bedrag"), (None, "ongeldig_bedrag"),
    ("-0", "ongeldig_bedrag"), ("-5", "ongeldig_bedrag"), ("0", "ongeldig_bedrag"), ("0.00", "ongeldig_bedrag"),
    ("1e999", "ongeldig_bedrag"), ("1,50", "ongeldig_bedrag"), ("1.234", "ongeldig_bedrag"),
    ("NaN", "ongeldig_bedrag"), ("Infinity", "ongeldig_bedrag"), ("", "ongeldig_bedrag"), (" ", "ongeldig_bedrag"),
    ("1000000000.01", "ongeldig_bedrag"), ("٣", "ongeldig_bedrag"), ("x" * 500, "ongeldig_bedrag"),
]


def test_slechte_bedragen_geven_een_nederlandse_fout_met_veld():
    fout = []
    for waarde, code in SLECHTE_BEDRAGEN:
        antwoord = bereken(vorderingen=[{"bedrag": waarde}], rente={"soort": "geen"})
        f = antwoord.get("fout", {})
        if f.get("code") != code or f.get("veld") != "vorderingen[0].bedrag" or not f.get("tekst"):
            fout.append((waarde, antwoord))
    assert fout == []


def test_goede_bedragen():
    assert invoer.bedrag("1000000000", "x") == D("1000000000")
    assert invoer.bedrag(" 12.5 ", "x") == D("12.5")


@pytest.mark.parametrize("waarde", ["2026-02-30", "2026-2-3", "23-11-2026", "1989-12-31", "2101-01-01", 20261123, None])
def test_slechte_datums(waarde):
    with pytest.raises(WikFout) as fout:
        invoer.datum(waarde, "peildatum")
    assert fout.value.veld == "peildatum" and fout.value.code == "ongeldige_datum"


def test_overige_invoercontroles():
    with pytest.raises(WikFout):
        invoer.tekst(5, "naam")
    with pytest.raises(WikFout) as fout:
        invoer.tekst("x" * 201, "naam")
    assert fout.value.code == "te_groot"
    assert invoer.tekst("  Jan  ", "naam") == "Jan"
    assert invoer.geheel_getal(14, "d", 1, 30) == 14
    for slecht in (True, 0, 31, "14", 14.0):
        with pytest.raises(WikFout):
            invoer.geheel_getal(slecht, "d", 1, 30)
    with pytest.raises(WikFout):
        invoer.percentage("0", "p")
    with pytest.raises(WikFout):
        invoer.percentage("101", "p")
    with pytest.raises(WikFout):
        invoer.percentage(8, "p")
    with pytest.raises(WikFout) as fout:
        invoer.lijst([1] * 3, "l", 2)
    assert fout.value.code == "te_groot"
    with pytest.raises(WikFout):
        invoer.lijst({}, "l", 2)
    with pytest.raises(WikFout) as fout:
        invoer.object_("x", "", {"a"})
    assert fout.value.veld is None


def test_geld_weigert_float():
    with pytest.raises(TypeError):
        rond(1.5)
    with pytest.raises(TypeError):
        ik.staffel(100.0)
    assert euro(D("1234567.891")) == "€ 1.234.567,89"
    assert euro(D("0")) == "€ 0,00"
