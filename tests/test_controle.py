"""Controle: the debtor's check (``actie: controleer``), with cases built from the law, not the code."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wik.contract import handle

GOED = "Betaal binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd."


def controle(debiteur="consument", bedrag="500.00", vervaldatum="2026-08-31", peildatum="2026-11-30",
             geeist=None, brief="standaard", **extra):
    verzoek = {"actie": "controleer", "debiteur": debiteur, "peildatum": peildatum,
               "vorderingen": [{"kenmerk": "F-1", "bedrag": bedrag, "vervaldatum": vervaldatum}],
               "geeist": geeist if geeist is not None else {"incassokosten": "75.00"}, **extra}
    if brief == "standaard":
        brief = {"ontvangen_op": "2026-10-01", "termijn": GOED, "kosten_genoemd": "exact", "btw_verklaring": False}
    if brief is not None:
        verzoek["veertiendagenbrief"] = brief
    return handle(verzoek)


def codes(a):
    return [p["code"] for p in a["punten"]]


def test_tabel_oordelen():
    """(description, request changes, oordeel, allowed costs, codes) — each case from its rule."""
    brief = {"ontvangen_op": "2026-10-01", "termijn": GOED, "kosten_genoemd": "exact", "btw_verklaring": False}
    tabel = [
        ("correct: staffel 15% of € 500 after a correct letter", {}, "klopt", "75.00", []),
        ("less than the staffel is fine", {"geeist": {"incassokosten": "50.00"}}, "klopt", "50.00", []),
        ("above the staffel (6:96 lid 5)", {"geeist": {"incassokosten": "90.00"}}, "te_hoog", "75.00",
         ["kosten_boven_staffel"]),
        ("no 14-day letter", {"brief": None}, "niet_verschuldigd", "0.00", ["geen_veertiendagenbrief"]),
        ("term from the letter's date", {"brief": {**brief, "termijn": "binnen 14 dagen na dagtekening"}},
         "niet_verschuldigd", "0.00", ["termijn_verkeerd"]),
        ("term after posting", {"brief": {**brief, "termijn": "binnen 14 dagen na verzending van deze brief"}},
         "niet_verschuldigd", "0.00", ["termijn_verkeerd"]),
        ("'maximaal'", {"brief": {**brief, "kosten_genoemd": "maximaal"}}, "niet_verschuldigd", "0.00",
         ["kosten_niet_exact"]),
        ("costs not named", {"brief": {**brief, "kosten_genoemd": "niet"}}, "niet_verschuldigd", "0.00",
         ["kosten_niet_exact"]),
        # received Thu 19 Nov: day 14 Thu 3 Dec; the check is on 30 Nov
        ("term not over", {"brief": {**brief, "ontvangen_op": "2026-11-19"}}, "niet_verschuldigd", "0.00",
         ["termijn_loopt_nog"]),
        # received Sat 7 Nov: day 14 Sat 21 Nov → Mon 23 Nov (Atw art. 1); on 23 Nov not yet owed, on 24 Nov owed
        ("Atw: last day moved to Monday", {"brief": {**brief, "ontvangen_op": "2026-11-07"}, "peildatum": "2026-11-23"},
         "niet_verschuldigd", "0.00", ["termijn_loopt_nog"]),
        ("Atw: owed the day after", {"brief": {**brief, "ontvangen_op": "2026-11-07"}, "peildatum": "2026-11-24"},
         "klopt", "75.00", []),
        ("wording we cannot classify", {"brief": {**brief, "termijn": "zo spoedig mogelijk"}}, "onzeker", "75.00",
         ["termijn_onduidelijk"]),
        ("administration costs on top", {"geeist": {"incassokosten": "75.00", "overige_kosten": "12.50"}}, "te_hoog",
         "75.00", ["overige_kosten"]),
        ("btw without the declaration", {"geeist": {"incassokosten": "75.00", "btw_op_kosten": "15.75"}}, "te_hoog",
         "75.00", ["btw_zonder_verklaring"]),
        ("btw with the declaration", {"geeist": {"incassokosten": "75.00", "btw_op_kosten": "15.75"},
                                      "brief": {**brief, "btw_verklaring": True}}, "klopt", "75.00", []),
        ("business above the staffel: onzeker", {"debiteur": "bedrijf", "brief": None,
                                                  "geeist": {"incassokosten": "150.00"}}, "onzeker", "75.00",
         ["kosten_boven_staffel_bedrijf"]),
        ("business at least € 40 without a letter", {"debiteur": "bedrijf", "brief": None, "bedrag": "100.00",
                                                       "geeist": {"incassokosten": "40.00"}}, "klopt", "40.00", []),
        ("business with a written agreement", {"debiteur": "bedrijf", "brief": None, "kosten_afgesproken": True,
                                               "geeist": {"incassokosten": "150.00"}}, "onzeker", "150.00",
         ["kosten_boven_staffel_bedrijf"]),
        ("nothing asked for costs", {"geeist": {}}, "klopt", "0.00", []),
    ]
    fout = []
    for naam, wijziging, oordeel, kosten, verwacht in tabel:
        a = controle(**wijziging)
        if (a.get("oordeel"), a.get("toegestaan", {}).get("incassokosten"), a.get("punten") and codes(a)
                or []) != (oordeel, kosten, verwacht):
            fout.append((naam, a.get("oordeel"), a.get("toegestaan"), a.get("punten") or a.get("fout")))
    assert not fout


def test_rente():
    """Statutory interest 6:119 for a consumer; handelsrente (6:119a) is too high; more only if agreed."""
    wettelijk = controle(geeist={"incassokosten": "75.00"})["toegestaan"]["rente"]
    assert Decimal(wettelijk) > 0
    handels = handle({"actie": "bereken", "debiteur": "bedrijf", "peildatum": "2026-11-30", "rente": {"soort": "handels"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "500.00", "vervaldatum": "2026-08-31"}]})
    a = controle(geeist={"incassokosten": "75.00", "rente": handels["rente"]["open"]})
    assert a["oordeel"] == "te_hoog" and codes(a) == ["handelsrente_consument"]
    assert a["toegestaan"]["rente"] == wettelijk
    iets = controle(geeist={"incassokosten": "75.00", "rente": str(Decimal(wettelijk) + Decimal("1.00"))})
    assert codes(iets) == ["rente_te_hoog"] and iets["toegestaan"]["rente"] == wettelijk
    afgesproken = controle(geeist={"incassokosten": "75.00", "rente": "20.00"}, rente_afgesproken=True)
    assert (afgesproken["oordeel"], codes(afgesproken)) == ("onzeker", ["rente_afgesproken"])
    minder = controle(geeist={"incassokosten": "75.00", "rente": "1.00"})
    assert minder["oordeel"] == "klopt" and minder["toegestaan"]["rente"] == "1.00"


def test_totaal_en_verschil():
    a = controle(geeist={"incassokosten": "90.00", "overige_kosten": "10.00", "rente": "0"})
    t = a["toegestaan"]
    assert t["totaal"] == "575.00" and (t["incassokosten"], t["rente"]) == ("75.00", "0.00")
    assert (a["gevraagd"], a["verschil"]) == ("600.00", "25.00")


def test_verjaring_is_een_waarschuwing():
    oud = controle(vervaldatum="2020-06-30", brief="standaard")
    assert "mogelijk_verjaard" in codes(oud) and oud["oordeel"] == "klopt"
    assert next(p for p in oud["punten"] if p["code"] == "mogelijk_verjaard")["soort"] == "waarschuwing"
    assert "mogelijk_verjaard" not in codes(controle(debiteur="bedrijf", brief=None, vervaldatum="2023-06-30",
                                                     geeist={"incassokosten": "75.00"}))


def test_verjaring_waarschuwt_vanaf_de_dag_van_het_planner_niet_eerder():
    """Art. 3:307 BW: due 16 November 2021, the term starts the 17th, so the claim prescribes on 17 November
    2026 (the planner's date, calendar years, not days/365.25); art. 7:28 BW: two years for a consumer sale."""
    zakelijk = {"debiteur": "bedrijf", "brief": None, "vervaldatum": "2021-11-16", "geeist": {"incassokosten": "75.00"}}
    assert "mogelijk_verjaard" not in codes(controle(**zakelijk, peildatum="2026-11-16"))
    assert "mogelijk_verjaard" in codes(controle(**zakelijk, peildatum="2026-11-17"))
    consument = {"brief": "standaard", "vervaldatum": "2024-11-16"}
    assert "mogelijk_verjaard" not in codes(controle(**consument, peildatum="2026-11-16"))
    assert "mogelijk_verjaard" in codes(controle(**consument, peildatum="2026-11-17"))


def test_elk_punt_heeft_tekst_en_artikel():
    gevallen = [controle(brief=None), controle(geeist={"incassokosten": "500.00", "overige_kosten": "5.00",
                                                       "btw_op_kosten": "20.00"}),
                controle(vervaldatum="2019-01-31"), controle(brief={"termijn": "x"})]
    punten = [p for a in gevallen for p in a["punten"]]
    assert punten and all(p["tekst"] and p["artikel"] and p["code"] for p in punten)
    assert all("S" "PEC" not in p["tekst"] and "None" not in p["tekst"] for p in punten)  # no internal reference leaks


@pytest.mark.parametrize("wijziging, veld", [
    ({"debiteur": "overheid"}, "debiteur"),
    ({"geeist": {"incassokosten": "-5"}}, "geeist.incassokosten"),
    ({"geeist": {"kosten": "5.00"}}, "geeist.kosten"),
    ({"brief": {"ontvangen_op": "gisteren"}}, "veertiendagenbrief.ontvangen_op"),
    ({"brief": {"kosten_genoemd": "ongeveer"}}, "veertiendagenbrief.kosten_genoemd"),
    ({"brief": {"btw_verklaring": "ja"}}, "veertiendagenbrief.btw_verklaring"),
    ({"peildatum": "2026-02-30"}, "peildatum"),
    ({"bedrag": "abc"}, "vorderingen[0].bedrag"),
    ({"rente_afgesproken": "ja", "geeist": {"rente": "99.00"}}, "rente_afgesproken"),
])
def test_foute_invoer(wijziging, veld):
    assert controle(**wijziging)["fout"]["veld"] == veld


bedragen = st.decimals(min_value=Decimal("1"), max_value=Decimal("50000"), places=2)


@settings(max_examples=80, deadline=None)
@given(bedragen, bedragen, st.sampled_from(["consument", "bedrijf"]))
def test_eigenschappen(hoofdsom, gevraagd, debiteur):
    """Never more allowed than asked or than the staffel; a verdict always; klopt means nothing to object."""
    a = controle(debiteur, f"{hoofdsom:.2f}", geeist={"incassokosten": f"{gevraagd:.2f}"})
    staffel = Decimal(handle({"actie": "bereken", "debiteur": debiteur, "rente": {"soort": "geen"},
                              "vorderingen": [{"bedrag": f"{hoofdsom:.2f}"}]})["incassokosten"]["bedrag"])
    toegestaan = Decimal(a["toegestaan"]["incassokosten"])
    assert toegestaan <= gevraagd and (toegestaan <= staffel or debiteur == "bedrijf")
    assert a["oordeel"] in ("klopt", "te_hoog", "niet_verschuldigd", "onzeker")
    if a["oordeel"] == "klopt":
        assert Decimal(a["verschil"]) == 0 and toegestaan == gevraagd


def test_btw_te_hoog_met_verklaring_en_te_hoge_rente_bij_een_bedrijf():
    a = handle({"actie": "controleer", "debiteur": "bedrijf", "peildatum": "2026-11-30",
                "vorderingen": [{"kenmerk": "F-1", "bedrag": "1000.00", "vervaldatum": "2026-08-31"}],
                "geeist": {"incassokosten": "150.00", "btw_op_kosten": "50.00", "rente": "500.00"},
                "veertiendagenbrief": {"btw_verklaring": True}})
    assert [p["code"] for p in a["punten"]] == ["btw_te_hoog", "rente_te_hoog"]
    assert a["toegestaan"]["btw"] == "31.50" and a["oordeel"] == "te_hoog"


def test_verjaring_zonder_vervaldatum_geeft_geen_punt():
    from wik.controlepunten import Punten
    p = Punten()
    p.verjaring({"peildatum": "2026-11-30", "vorderingen": [{"bedrag": "10.00"}, "geen object"]}, "consument")
    assert p.lijst == [] and p.oordeel() == "klopt"


def test_btw_afgerond_zoals_de_schuldeiser():
    """21 % of € 40,50 is € 8,505: half up, € 8,51, as the creditor rounds it (Besluit BIK art. 2 lid 3)."""
    a = controle(bedrag="270.00", geeist={"incassokosten": "40.50", "btw_op_kosten": "8.51"},
                 brief={"ontvangen_op": "2026-10-01", "termijn": GOED, "kosten_genoemd": "exact", "btw_verklaring": True})
    assert (a["oordeel"], a["toegestaan"]["btw"]) == ("klopt", "8.51"), a["punten"]
