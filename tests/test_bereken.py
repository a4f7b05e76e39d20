"""Bereken: the whole calculation (costs base and due date, nu_verschuldigd, small termijnen, input unchanged)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hulp import bereken, codes
from wik import handle


def test_decennia_rente_op_rente_geeft_een_nette_fout():
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2000-01-01"}],
                       peildatum="2080-12-31", rente={"soort": "contractueel", "percentage": "100"},
                       kosten={"soort": "geen"})
    assert antwoord["fout"]["code"] == "te_groot" and "1.000.000.000.000" in antwoord["fout"]["tekst"]


def test_kosten_die_nog_niet_verschuldigd_zijn_tellen_niet_in_wat_nu_verschuldigd_is():
    """totaal: what is owed once the costs are due; nu_verschuldigd: on the peildatum (art. 6:96 lid 6 BW)."""
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-03-01",
                       kosten={"verschuldigd_vanaf": "2025-04-01"})
    k = antwoord["incassokosten"]
    assert (k["totaal"], k["open"], k["verschuldigd"]) == ("150.00", "150.00", False)
    assert "kosten_nog_niet_verschuldigd" in codes(antwoord)
    assert (antwoord["totaal"], antwoord["nu_verschuldigd"]) == ("1154.77", "1004.77")
    op_de_dag = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-04-01",
                        kosten={"verschuldigd_vanaf": "2025-04-01"})
    assert op_de_dag["incassokosten"]["verschuldigd"] and op_de_dag["totaal"] == op_de_dag["nu_verschuldigd"]


def test_nu_verschuldigd_per_debiteur():
    """Without verschuldigd_vanaf a consumer owes no costs yet (no 14-day letter ran out, art. 6:96 lid 6 BW);
    a business or government owes them (at least € 40 without a letter, lid 4)."""
    for debiteur, nu in (("consument", "1000.00"), ("bedrijf", "1150.00"), ("overheid", "1150.00")):
        a = bereken(debiteur=debiteur, vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}],
                    rente={"soort": "geen"})
        assert (a["totaal"], a["nu_verschuldigd"], a["incassokosten"]["verschuldigd"]) == (
            "1150.00", nu, debiteur != "consument"), debiteur


def termijnkosten(bedragen, eerdere, debiteur="consument", peildatum="2026-09-15", **kosten):
    vorderingen = [{"kenmerk": f"T{i}", "bedrag": b, "vervaldatum": "2026-08-01"} for i, b in enumerate(bedragen)]
    return bereken(debiteur=debiteur, vorderingen=vorderingen, peildatum=peildatum, rente={"soort": "geen"},
                   kosten={"soort": "wik", "eerdere_termijnkosten": eerdere, **kosten})


def test_kleine_termijnen_zes_keer_vijftig():
    """Six monthly termijnen of € 50: one letter each → € 40 + 5 × € 20 = € 140; one letter → € 45."""
    eerste = termijnkosten(["50"], [])
    volgende = [termijnkosten(["50"], ["2026-08-15", "2026-04-15", "2026-01-15"][:i % 3 + 1]) for i in range(5)]
    assert eerste["incassokosten"]["bedrag"] == "40.00" and not eerste["incassokosten"]["kleine_termijn"]
    assert [a["incassokosten"]["bedrag"] for a in volgende] == ["20.00"] * 5
    assert sum(Decimal(a["incassokosten"]["bedrag"]) for a in [eerste, *volgende]) == Decimal("140.00")
    samen = termijnkosten(["50"] * 6, [])
    assert samen["incassokosten"]["bedrag"] == "45.00"
    a = volgende[0]
    assert "kleine_termijnen" in codes(a) and "niet geverifieerd" in next(
        m["tekst"] for m in a["meldingen"] if m["code"] == "kleine_termijnen")
    assert a["incassokosten"]["wettelijk"] == "20.00"  # what the law allows now: the letter names no "less"


def test_kleine_termijnen_grenzen():
    """Below € 266,67 each; within six months up to the reference day (both ends); consumer; from 1 Oct 2024."""
    tabel = [
        (["266.66"], ["2026-06-01"], {}, "consument", "2026-09-15", "20.00"),
        (["266.67"], ["2026-06-01"], {}, "consument", "2026-09-15", "40.00"),  # not below the limit
        (["100", "266.67"], ["2026-06-01"], {}, "consument", "2026-09-15", "55.00"),  # one claim too large
        (["100"], ["2026-03-15"], {}, "consument", "2026-09-15", "20.00"),  # exactly six months
        (["100"], ["2026-03-14"], {}, "consument", "2026-09-15", "40.00"),  # one day more
        (["100"], ["2026-09-15"], {}, "consument", "2026-09-15", "20.00"),  # the reference day itself
        (["100"], ["2026-09-16"], {}, "consument", "2026-09-15", "40.00"),  # after it: not earlier
        (["100"], ["2026-03-14"], {"verschuldigd_vanaf": "2026-09-14"}, "consument", "2026-09-30", "20.00"),
        (["100"], ["2024-09-01"], {}, "consument", "2024-09-30", "40.00"),  # before 1 October 2024
        (["100"], ["2024-09-01"], {}, "consument", "2024-10-01", "20.00"),
        (["100"], ["2026-06-01"], {}, "bedrijf", "2026-09-15", "40.00"),  # consumers only
        (["100"], ["2026-08-31"], {}, "consument", "2027-02-28", "20.00"),  # 31 Aug is six months before 28 Feb
    ]
    fout = []
    for bedragen, eerdere, kosten, debiteur, peildatum, verwacht in tabel:
        a = termijnkosten(bedragen, eerdere, debiteur, peildatum, **kosten)
        if a["incassokosten"]["bedrag"] != verwacht:
            fout.append((bedragen, eerdere, kosten, debiteur, peildatum, a["incassokosten"]["bedrag"]))
    assert not fout


def test_kleine_termijnen_met_btw_en_zonder_peildatum():
    a = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"}, btw={"verhogen": True},
                kosten={"eerdere_termijnkosten": ["2026-08-01"]})
    assert (a["incassokosten"]["bedrag"], a["incassokosten"]["btw"]) == ("20.00", "4.20")
    oud = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"}, kosten={"eerdere_termijnkosten": ["2024-09-30"]})
    assert oud["incassokosten"]["bedrag"] == "40.00"
    geen = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"},
                   kosten={"soort": "geen", "eerdere_termijnkosten": ["2026-08-01"]})
    assert "kleine_termijnen" not in codes(geen)
    fout = bereken(vorderingen=[{"bedrag": "50"}], rente={"soort": "geen"},
                   kosten={"eerdere_termijnkosten": ["2026-02-30"]})
    assert fout["fout"]["veld"] == "kosten.eerdere_termijnkosten[0]"


@pytest.mark.parametrize("verzoek", [
    {"debiteur": "bedrijf", "peildatum": "2025-06-30",
     "vorderingen": [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2024-01-31"}],
     "betalingen": [{"bedrag": "100", "datum": "2025-01-01"}]},
    {"debiteur": "consument", "peildatum": "2026-06-30", "kosten": {"verschuldigd_vanaf": "2025-03-01"},
     "vorderingen": [{"kenmerk": "A", "bedrag": "5000", "vervaldatum": "2024-01-31"},
                     {"bedrag": "250", "vervaldatum": "2024-01-31"}],
     "betalingen": [{"bedrag": "300", "datum": "2025-02-01"}, {"bedrag": "2000", "datum": "2025-04-01"}]},
])
def test_dezelfde_opdracht_twee_keer_geeft_hetzelfde_antwoord(verzoek):
    """A checked request is input only: each calculation runs on fresh ``rente.Stand`` objects."""
    from wik.bereken import bereken_opdracht
    from wik.opdracht import lees
    o = lees(verzoek)
    voor = repr(o)
    eerste, tweede = bereken_opdracht(o), bereken_opdracht(o)
    assert eerste == tweede == handle(dict(verzoek, actie="bereken"))
    assert repr(o) == voor
