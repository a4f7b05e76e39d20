"""Betalingen: the payment order of art. 6:43 and 6:44 BW, costs first once due, pro rata for equal age."""

from __future__ import annotations

from decimal import Decimal

from hulp import bereken, codes


def test_betaling_eerst_rente_dan_hoofdsom_van_de_oudste():
    antwoord = bereken(vorderingen=[{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"},
                                    {"kenmerk": "B", "bedrag": "500", "vervaldatum": "2026-01-15"}],
                       betalingen=[{"bedrag": "600", "datum": "2026-03-01"}], peildatum="2026-06-30")
    b = antwoord["betalingen"][0]
    assert [(d["kenmerk"], d["rente"], d["hoofdsom"]) for d in b["vorderingen"]] == [
        ("B", "2.47", "500.00"), ("A", "3.18", "94.35")]
    assert (b["kosten"], b["rente"], b["hoofdsom"], b["over"]) == ("0.00", "5.65", "594.35", "0.00")
    assert antwoord["hoofdsom"] == "905.65"


def test_genoemde_factuur_eerst_en_overbetaling():
    antwoord = bereken(vorderingen=[{"kenmerk": "A", "bedrag": "100"}, {"kenmerk": "B", "bedrag": "50"}],
                       rente={"soort": "geen"}, betalingen=[{"bedrag": "120", "datum": "2026-01-01", "kenmerk": "B"},
                                                            {"bedrag": "100", "datum": "2026-01-02"}])
    eerste, tweede = antwoord["betalingen"]
    assert [(d["kenmerk"], d["hoofdsom"]) for d in eerste["vorderingen"]] == [("B", "50.00"), ("A", "70.00")]
    assert (tweede["hoofdsom"], tweede["over"]) == ("30.00", "70.00")
    assert "overbetaling" in codes(antwoord) and antwoord["hoofdsom"] == "0.00"
    # everything paid: no fee at all, not even the € 40 minimum
    assert (antwoord["incassokosten"]["grondslag"], antwoord["incassokosten"]["bedrag"]) == ("0.00", "0.00")


def test_kosten_eerst_zodra_verschuldigd_en_deelbetaling_binnen_termijn():
    v = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2026-01-31"}]
    binnen = bereken(vorderingen=v, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                     betalingen=[{"bedrag": "400", "datum": "2026-03-10"}])
    # 38 days at 4 % on 1000 = 4.16 interest first, so 395.84 off the principal: the fee is over 604.16
    assert binnen["incassokosten"]["grondslag"] == "604.16" and binnen["incassokosten"]["bedrag"] == "90.62"
    assert binnen["betalingen"][0]["kosten"] == "0.00"
    na = bereken(vorderingen=v, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                 btw={"verhogen": True}, betalingen=[{"bedrag": "100", "datum": "2026-05-01"},
                                                     {"bedrag": "100", "datum": "2026-05-02"}])
    k = na["incassokosten"]
    assert (k["grondslag"], k["totaal"], k["open"]) == ("1000.00", "181.50", "0.00")
    assert [b["kosten"] for b in na["betalingen"]] == ["100.00", "81.50"]
    # then 90 + 1 days of interest at 4 % (9.86 + 0.11), and the rest off the principal
    assert (na["betalingen"][1]["rente"], na["betalingen"][1]["hoofdsom"]) == ("9.97", "8.53")
    later = bereken(vorderingen=v, peildatum="2026-03-01", kosten={"verschuldigd_vanaf": "2026-03-25"})
    assert "kosten_nog_niet_verschuldigd" in codes(later) and later["incassokosten"]["grondslag"] == "1000.00"


def test_6_44_betaling_op_bijgeschreven_rente():
    """Art. 6:44 lid 1 BW: a payment goes to interest before principal, capitalised interest
    included (py/README.md, "Conventions"); interest counts through the payment day, the lower base from the next.
    By hand (days / 365, py/README.md, "Conventions"):
    2024-01-01..2024-12-31: 366 days, 1000.00 x 10 % x 366/365 = 100.2739 -> 100.27, added to the base;
    2025-01-01..2025-03-01: 60 days, 1100.27 x 10 % x 60/365 = 18.0866 -> 18.09;
    the 150.00 paid: 100.27 + 18.09 = 118.36 interest, 31.64 principal, leaving 968.36;
    2025-03-02..2025-06-30: 121 days, 968.36 x 10 % x 121/365 = 32.1016 -> 32.10."""
    antwoord = bereken(debiteur="bedrijf", vorderingen=[{"kenmerk": "A", "bedrag": "1000.00",
                                                         "vervaldatum": "2023-12-31"}],
                       peildatum="2025-06-30", rente={"soort": "contractueel", "percentage": "10"},
                       kosten={"soort": "geen"}, betalingen=[{"bedrag": "150.00", "datum": "2025-03-01"}])
    perioden = [(p["van"], p["tot_en_met"], p["dagen"], p["grondslag"], p["bedrag"])
                for p in antwoord["rente"]["perioden"]]
    assert perioden == [("2024-01-01", "2024-12-31", 366, "1000.00", "100.27"),
                        ("2025-01-01", "2025-03-01", 60, "1100.27", "18.09"),
                        ("2025-03-02", "2025-06-30", 121, "968.36", "32.10")]
    b = antwoord["betalingen"][0]
    assert (b["kosten"], b["rente"], b["hoofdsom"], b["over"]) == ("0.00", "118.36", "31.64", "0.00")
    # 100.27 + 18.09 + 32.10 = 150.46 interest in all, of which 32.10 still open; 968.36 + 32.10 = 1000.46
    assert (antwoord["hoofdsom"], antwoord["rente"]["totaal"], antwoord["rente"]["open"], antwoord["totaal"]) == (
        "968.36", "150.46", "32.10", "1000.46")


def test_kosten_grens_betaling_de_dag_voor_en_op_verschuldigd_vanaf():
    """Costs due from 2026-03-25 (art. 6:96 lid 6 BW: after the 14-day term). By hand (Besluit BIK
    art. 2 lid 1, 15 % of the first 2,500; py/README.md, "Costs": the fee over the principal open at the end of the
    day before the costs are due; 6:44: costs first once due):
    paid 400 on 2026-03-24: 600 open that evening, fee 15 % x 600 = 90.00, nothing of it paid;
    paid 400 on 2026-03-25: 1000 open on 03-24, fee 150.00, paid first; 250 off the principal."""
    def met_betaling(datum):
        return bereken(vorderingen=[{"kenmerk": "A", "bedrag": "1000.00", "vervaldatum": "2026-01-31"}],
                       rente={"soort": "geen"}, peildatum="2026-06-30", kosten={"verschuldigd_vanaf": "2026-03-25"},
                       betalingen=[{"bedrag": "400.00", "datum": datum}])

    voor, op = met_betaling("2026-03-24"), met_betaling("2026-03-25")
    k, b = voor["incassokosten"], voor["betalingen"][0]
    assert (k["grondslag"], k["bedrag"], k["open"], b["kosten"], b["hoofdsom"]) == (
        "600.00", "90.00", "90.00", "0.00", "400.00")
    assert (voor["hoofdsom"], voor["totaal"]) == ("600.00", "690.00")
    k, b = op["incassokosten"], op["betalingen"][0]
    assert (k["grondslag"], k["bedrag"], k["open"], b["kosten"], b["hoofdsom"]) == (
        "1000.00", "150.00", "0.00", "150.00", "250.00")
    assert (op["hoofdsom"], op["totaal"]) == ("750.00", "750.00")


def test_kosten_zonder_datum_niet_eerst_betaald():
    antwoord = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"},
                       kosten={"verschuldigd_vanaf": "2026-01-01"}, betalingen=[{"bedrag": "100", "datum": "2026-02-01"}])
    assert antwoord["betalingen"][0]["kosten"] == "100.00" and antwoord["incassokosten"]["open"] == "50.00"
    zonder = bereken(vorderingen=[{"bedrag": "1000"}], rente={"soort": "geen"},
                     betalingen=[{"bedrag": "100", "datum": "2026-02-01"}])
    assert zonder["betalingen"][0]["kosten"] == "0.00" and zonder["incassokosten"]["grondslag"] == "900.00"


def test_gelijke_ouderdom_naar_evenredigheid():
    vorderingen = [{"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-01-31"},
                   {"kenmerk": "B", "bedrag": "200", "vervaldatum": "2026-01-31"},
                   {"kenmerk": "C", "bedrag": "50", "vervaldatum": "2026-01-15"}]
    a = bereken(vorderingen=vorderingen, rente={"soort": "geen"}, betalingen=[{"bedrag": "150", "datum": "2026-02-10"}])
    delen = {d["kenmerk"]: d["hoofdsom"] for d in a["betalingen"][0]["vorderingen"]}
    assert delen == {"C": "50.00", "A": "33.34", "B": "66.66"}  # oldest first, then 100 shared 1 : 2, cent to A
    genoemd = bereken(vorderingen=vorderingen, rente={"soort": "geen"},
                      betalingen=[{"bedrag": "150", "datum": "2026-02-10", "kenmerk": "B"}])
    assert [(d["kenmerk"], d["hoofdsom"]) for d in genoemd["betalingen"][0]["vorderingen"]] == [
        ("B", "150.00")]  # a named claim goes first (6:43 lid 1)
    alles = bereken(vorderingen=vorderingen, rente={"soort": "geen"}, betalingen=[{"bedrag": "400", "datum": "2026-02-10"}])
    assert alles["betalingen"][0]["over"] == "50.00" and alles["hoofdsom"] == "0.00"


def test_gelijke_ouderdom_met_rente():
    """Pro rata to what is open on each, interest included; each claim's share goes to interest first (6:44)."""
    vorderingen = [{"kenmerk": "A", "bedrag": "1000", "vervaldatum": "2025-01-31"},
                   {"kenmerk": "B", "bedrag": "3000", "vervaldatum": "2025-01-31"}]
    a = bereken(vorderingen=vorderingen, peildatum="2026-01-31", betalingen=[{"bedrag": "100", "datum": "2025-07-31"}])
    delen = a["betalingen"][0]["vorderingen"]
    totaal = [Decimal(d["rente"]) + Decimal(d["hoofdsom"]) for d in delen]
    assert sum(totaal) == Decimal("100") and abs(totaal[1] - 3 * totaal[0]) <= Decimal("0.04")
    assert all(Decimal(d["rente"]) > 0 for d in delen)
