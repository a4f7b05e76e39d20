"""Meldingen: the notices of a calculation."""

from __future__ import annotations

from hulp import D, bereken, codes


def test_ongecontroleerd_tarief_midden_in_een_periode_wordt_gemeld():
    antwoord = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-09-30")
    assert len(antwoord["rente"]["perioden"]) == 1  # 6 % throughout: no split at 2025-07-01
    assert "rente_niet_geverifieerd" in codes(antwoord)
    voor = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], peildatum="2025-06-30")
    assert "rente_niet_geverifieerd" not in codes(voor)


def test_melding_bijgeschreven_rente_alleen_als_de_kosten_ervan_afhangen():
    v = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2023-01-31"}]
    met = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2025-06-30")
    zonder_kosten = bereken(debiteur="bedrijf", vorderingen=v, peildatum="2025-06-30", kosten={"soort": "geen"})
    afbetaald = bereken(vorderingen=v, peildatum="2025-06-30", kosten={"verschuldigd_vanaf": "2024-06-01"},
                        betalingen=[{"bedrag": "200", "datum": "2024-03-01"}])
    tekst = {naam: " ".join(m["tekst"] for m in a["meldingen"] if m["code"] == "rente_bijgeschreven")
             for naam, a in (("met", met), ("zonder", zonder_kosten), ("afbetaald", afbetaald))}
    assert "hogere bedrag" in tekst["met"] and tekst["zonder"] and "hogere bedrag" not in tekst["zonder"]
    assert tekst["afbetaald"] and "hogere bedrag" not in tekst["afbetaald"]
    assert D(afbetaald["incassokosten"]["grondslag"]) < D("1000")


def test_handelsrente_bij_consument_geeft_een_waarschuwing():
    """Art. 6:119a BW is for commercial agreements only; a consumer owes 6:119 interest."""
    a = bereken(vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}], rente={"soort": "handels"},
                peildatum="2025-06-30")
    assert "handelsrente_consument" in codes(a)
    for debiteur, soort in (("consument", "wettelijk"), ("bedrijf", "handels")):
        b = bereken(debiteur=debiteur, vorderingen=[{"bedrag": "1000", "vervaldatum": "2025-01-31"}],
                    rente={"soort": soort}, peildatum="2025-06-30")
        assert "handelsrente_consument" not in codes(b)
