"""Rente: periods, anniversaries, day count, simple and compound interest."""

from __future__ import annotations

from datetime import date

from hulp import D, bereken, codes
from wik.kalender import verjaardag
from wik.rente import Renteregeling, Stand, bereken_tot


def test_verjaardag_van_29_februari_is_1_maart():
    assert verjaardag(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert verjaardag(date(2024, 2, 29), 4) == date(2028, 2, 29)
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"bedrag": "1000", "vervaldatum": "2024-02-28"}],
                       peildatum="2025-03-31", rente={"soort": "contractueel", "percentage": "10"})
    perioden = [(p["van"], p["tot_en_met"], p["dagen"], p["grondslag"]) for p in antwoord["rente"]["perioden"]]
    assert perioden == [("2024-02-29", "2025-02-28", 366, "1000.00"), ("2025-03-01", "2025-03-31", 31, "1100.27")]


def test_dagen_gedeeld_door_365_ook_in_schrikkeljaar():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2023-12-31"}], peildatum="2024-06-30",
                       rente={"soort": "contractueel", "percentage": "10"})
    assert antwoord["rente"]["perioden"][0]["dagen"] == 182 and antwoord["rente"]["totaal"] == "49.86"


def test_enkelvoudig_en_samengesteld():
    v = [{"bedrag": "2000", "vervaldatum": "2021-12-31"}]
    samengesteld = bereken(vorderingen=v, peildatum="2023-12-31")
    enkelvoudig = bereken(vorderingen=v, peildatum="2023-12-31", rente={"soort": "wettelijk", "samengesteld": False})
    # the published worked example I6 adds 40.00 + 40.46 + 61.70 wrongly as 142.17
    assert samengesteld["rente"]["totaal"] == "142.16" and enkelvoudig["rente"]["totaal"] == "140.16"
    assert "rente_enkelvoudig" in codes(enkelvoudig) and "rente_bijgeschreven" in codes(samengesteld)
    assert samengesteld["incassokosten"]["grondslag"] == "2040.00"


def test_meldingen_over_tarieven():
    toekomst = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2027-02-28")
    assert {"rente_tarief_onbekend", "rente_niet_geverifieerd"} <= set(codes(toekomst))
    oud = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2016-10-31"}], peildatum="2017-02-28")
    assert not {"rente_tarief_onbekend", "rente_niet_geverifieerd"} & set(codes(oud))
    contractueel = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2027-12-31",
                           rente={"soort": "contractueel", "percentage": "5"})
    assert not {"rente_tarief_onbekend", "rente_niet_geverifieerd"} & set(codes(contractueel))


def test_peildatum_voor_vervaldatum_geeft_geen_rente():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2026-10-31"}], peildatum="2026-10-31")
    assert antwoord["rente"]["perioden"] == [] and antwoord["rente"]["totaal"] == "0.00"


def test_bereken_tot_is_idempotent_en_slaat_lege_grondslag_over():
    v = Stand("A", D("100"), date(2025, 1, 31), 0)
    regeling = Renteregeling("wettelijk")
    bereken_tot(v, date(2025, 3, 31), regeling)
    bereken_tot(v, date(2025, 3, 1), regeling)
    assert len(v.perioden) == 1 and v.berekend_tot == date(2025, 3, 31)
    v.hoofdsom = D("0")
    bereken_tot(v, date(2025, 4, 30), regeling)
    assert len(v.perioden) == 1
