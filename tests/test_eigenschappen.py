# Over 200 lines: one hypothesis property per function, each with its own strategy.
"""Properties that hold for every request, checked through ``handle`` with hypothesis.

- the fee never decreases as the hoofdsom grows, and stays within 40-6775 before btw;
- summing claims never costs more than separate letters: fee(a + b) <= fee(a) + fee(b);
- a payment never raises what is owed;
- totaal = hoofdsom + rente.open + incassokosten.open, rente.totaal = the sum of the
  periods, each payment's parts add up, the staffel bands add up to the fee;
- every amount is a string with exactly two decimals, and no float appears anywhere.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_referentie import Kies, maak_verzoek
from wik import handle

INSTELLINGEN = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CENTEN = st.integers(min_value=1, max_value=200_000_000)  # 0.01 .. 2,000,000.00
BEDRAG = re.compile(r"^[0-9]+\.[0-9]{2}$")
BEDRAG_SLEUTELS = {"hoofdsom", "totaal", "open", "grondslag", "bedrag", "btw", "wettelijk", "kosten",
                   "rente", "over", "van", "tot"}


def euro(cent: int) -> str:
    return f"{cent // 100}.{cent % 100:02d}"


def fee(cent: int, debiteur: str = "consument") -> Decimal:
    antwoord = handle({"actie": "bereken", "debiteur": debiteur, "rente": {"soort": "geen"},
                       "vorderingen": [{"kenmerk": "A", "bedrag": euro(cent)}]})
    return Decimal(antwoord["incassokosten"]["bedrag"])


@INSTELLINGEN
@given(CENTEN, CENTEN, st.sampled_from(["consument", "bedrijf", "overheid"]))
def test_fee_monotoon_en_begrensd(a, b, debiteur):
    laag, hoog = sorted((a, b))
    f_laag, f_hoog = fee(laag, debiteur), fee(hoog, debiteur)
    assert Decimal("40.00") <= f_laag <= f_hoog <= Decimal("6775.00")


@INSTELLINGEN
@given(st.integers(min_value=1, max_value=100_000_000_000))
def test_fee_binnen_grenzen_tot_een_miljard(cent):
    assert Decimal("40.00") <= fee(cent) <= Decimal("6775.00")


def fee_samen(bedragen: list[int]) -> Decimal:
    samen = handle({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "geen"},
                    "vorderingen": [{"kenmerk": f"F{i}", "bedrag": euro(c)} for i, c in enumerate(bedragen)]})
    assert Decimal(samen["incassokosten"]["grondslag"]) == Decimal(sum(bedragen)) / 100
    return Decimal(samen["incassokosten"]["bedrag"])


@INSTELLINGEN
@given(st.lists(st.integers(min_value=1, max_value=1_000_000), min_size=2, max_size=4))
def test_optellen_nooit_duurder_dan_losse_brieven(euros_van_2):
    """Amounts that are multiples of 2 euro make every band an exact number of cents,
    so no rounding is involved and fee(a + b) <= fee(a) + fee(b) must hold exactly
    (the staffel is concave with fee(0) = 0; the minimum and maximum keep that)."""
    bedragen = [200 * e for e in euros_van_2]
    assert fee_samen(bedragen) <= sum(fee(c) for c in bedragen)


@INSTELLINGEN
@given(st.lists(CENTEN, min_size=2, max_size=4))
def test_optellen_hoogstens_afronding_duurder(bedragen):
    """With arbitrary cents the rule "round once" can make the summed fee a cent
    dearer: 295.94 and 295.96 give 44.39 + 44.39 = 88.78 apart, but 591.90 gives
    88.785 -> 88.79 together. Each rounding moves a fee by less than half a cent, so
    fee(sum) - sum(fee) is below (n + 1) / 2 cents."""
    verschil = fee_samen(bedragen) - sum(fee(c) for c in bedragen)
    assert verschil * 100 < Decimal(len(bedragen) + 1) / 2


def test_optellen_voorbeeld_afronding():
    assert (fee(29594), fee(29596), fee_samen([29594, 29596])) == (
        Decimal("44.39"), Decimal("44.39"), Decimal("88.79"))


def alle_waarden(x, pad="$"):
    """(path, key, value) for every leaf of a JSON value."""
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(v, (dict, list)):
                yield from alle_waarden(v, f"{pad}.{k}")
            else:
                yield f"{pad}.{k}", k, v
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from alle_waarden(v, f"{pad}[{i}]")
    else:
        yield pad, None, x


def vorm_fouten(antwoord: dict) -> list[str]:
    """Every way the answer breaks the JSON shape of the contract (py/README.md)."""
    fout = []
    for pad, sleutel, waarde in alle_waarden(antwoord):
        if isinstance(waarde, float):
            fout.append(f"{pad} is a float: {waarde!r}")
        if sleutel in BEDRAG_SLEUTELS and not pad.startswith("$.meldingen") and waarde is not None \
                and not (isinstance(waarde, str) and (BEDRAG.match(waarde) or sleutel in ("van",))):
            fout.append(f"{pad} = {waarde!r} is not an amount with two decimals")
        if sleutel == "percentage" and not (isinstance(waarde, str) and re.fullmatch(r"[0-9]+(\.[0-9]*[1-9])?", waarde)):
            fout.append(f"{pad} = {waarde!r} is not a percentage without trailing zeros")
    return fout


def optelfouten(v: dict, a: dict) -> list[str]:
    """Every sum in the answer that does not add up."""
    D = Decimal
    fout = []
    r, k = a["rente"], a["incassokosten"]
    if D(a["totaal"]) != D(a["hoofdsom"]) + D(r["open"]) + D(k["open"]):
        fout.append("totaal != hoofdsom + rente.open + incassokosten.open")
    if D(r["totaal"]) != sum((D(p["bedrag"]) for p in r["perioden"]), D(0)):
        fout.append("rente.totaal != sum of the periods")
    betaald_rente = sum((D(b["rente"]) for b in a["betalingen"]), D(0))
    betaald_kosten = sum((D(b["kosten"]) for b in a["betalingen"]), D(0))
    betaald_hoofdsom = sum((D(b["hoofdsom"]) for b in a["betalingen"]), D(0))
    if D(r["open"]) != D(r["totaal"]) - betaald_rente:
        fout.append("rente.open != rente.totaal - interest paid")
    vanaf, peil = (v.get("kosten") or {}).get("verschuldigd_vanaf"), v.get("peildatum")
    # art. 6:96 lid 4 and 6 BW: from verschuldigd_vanaf; without it a consumer owes none yet, a business does
    verschuldigd = (not peil or vanaf <= peil) if vanaf else v["debiteur"] != "consument"
    if k["verschuldigd"] is not verschuldigd:
        fout.append("incassokosten.verschuldigd does not follow verschuldigd_vanaf and the debtor")
    if vanaf and peil and vanaf > peil and betaald_kosten != 0:  # payments only go to costs that are due
        fout.append("costs not yet due, but payments went to them")
    if D(k["open"]) != D(k["totaal"]) - betaald_kosten:
        fout.append("incassokosten.open != incassokosten.totaal - costs paid")
    nu = D(a["hoofdsom"]) + D(r["open"]) + (D(k["open"]) if verschuldigd else D(0))
    if D(a["nu_verschuldigd"]) != nu:
        fout.append("nu_verschuldigd != hoofdsom + rente.open + the costs only when due")
    if D(k["totaal"]) != D(k["bedrag"]) + D(k["btw"]):
        fout.append("incassokosten.totaal != bedrag + btw")
    oorspronkelijk = sum((D(x["bedrag"]) for x in v["vorderingen"]), D(0))
    if D(a["hoofdsom"]) != oorspronkelijk - betaald_hoofdsom:
        fout.append("hoofdsom != claims - principal paid")
    for i, b in enumerate(a["betalingen"]):
        if D(b["bedrag"]) != D(b["kosten"]) + D(b["rente"]) + D(b["hoofdsom"]) + D(b.get("over", "0")):
            fout.append(f"betalingen[{i}] parts do not add up")
        if D(b.get("over", "0")) < 0 or min(D(b["kosten"]), D(b["rente"]), D(b["hoofdsom"])) < 0:
            fout.append(f"betalingen[{i}] has a negative part")
        if "vorderingen" in b:  # the per-claim split adds up to the payment's parts
            for deel in ("rente", "hoofdsom"):
                if sum((D(x[deel]) for x in b["vorderingen"]), D(0)) != D(b[deel]):
                    fout.append(f"betalingen[{i}].vorderingen {deel} does not add up")
    if any(D(b.get("over", "0")) > 0 for b in a["betalingen"]):
        if not any(m["code"] == "overbetaling" for m in a["meldingen"]):
            fout.append("overpayment without a melding")
        if D(a["hoofdsom"]) != 0 or D(r["open"]) != 0:
            fout.append("overpayment while principal or interest is still open")
    for sleutel in ("hoofdsom", "totaal"):
        if D(a[sleutel]) < 0:
            fout.append(f"{sleutel} negative")
    for sleutel in ("open", "totaal"):
        if D(r[sleutel]) < 0 or D(k[sleutel]) < 0:
            fout.append(f"{sleutel} negative")
    staffel = k.get("staffel", [])
    if staffel and k.get("minimum_toegepast") is False and k.get("maximum_toegepast") is False:
        # the bands, exact, make up the statutory fee (rounded once)
        exact = sum((D(b["grondslag"]) * D(b["percentage"]) / 100 for b in staffel), D(0))
        if exact.quantize(D("0.01"), rounding="ROUND_HALF_UP") != D(k["wettelijk"]):
            fout.append(f"staffel bands {exact} do not make wettelijk {k['wettelijk']}")
    if staffel and sum((D(b["grondslag"]) for b in staffel), D(0)) != D(k["grondslag"]):
        fout.append("staffel band grondslagen do not add up to the grondslag")
    return fout


@INSTELLINGEN
@given(st.data())
def test_vorm_en_optellingen(data):
    verzoek = maak_verzoek(Kies(data=data))
    antwoord = handle(verzoek)
    assert "fout" not in antwoord, antwoord
    assert {"hoofdsom", "rente", "incassokosten", "betalingen", "totaal", "meldingen"} <= set(antwoord)
    assert vorm_fouten(antwoord) + optelfouten(verzoek, antwoord) == []


def test_vorm_en_optellingen_vaste_tabel():
    fout = []
    for seed in range(200):
        verzoek = maak_verzoek(Kies(rnd=random.Random(10_000 + seed)))
        antwoord = handle(verzoek)
        f = ["fout"] if "fout" in antwoord else vorm_fouten(antwoord) + optelfouten(verzoek, antwoord)
        if f:
            fout.append((seed, f[:3]))
    assert fout == []


@INSTELLINGEN
@given(st.data())
def test_betaling_verhoogt_nooit_wat_verschuldigd_is(data):
    """Adding one payment (anywhere in the request) never increases totaal."""
    k = Kies(data=data)
    verzoek = maak_verzoek(k)
    zonder = handle(verzoek)
    peildatum = verzoek.get("peildatum", "2026-11-23")
    datums = [v["vervaldatum"] for v in verzoek["vorderingen"] if "vervaldatum" in v] + [peildatum]
    datums += [b["datum"] for b in verzoek["betalingen"]]
    datum = k.keuze(sorted(d for d in datums if d <= peildatum))
    extra = {"bedrag": euro(k.int(1, 50_000_00)), "datum": datum}
    if k.ja(3):
        extra["kenmerk"] = k.keuze(verzoek["vorderingen"])["kenmerk"]
    met = handle({**verzoek, "betalingen": verzoek["betalingen"] + [extra]})
    assert "fout" not in met, met
    assert Decimal(met["totaal"]) <= Decimal(zonder["totaal"]), (extra, zonder["totaal"], met["totaal"])


def test_betaling_van_een_cent_verhoogt_totaal_niet():
    """Issue 2 requires "payments never raise what is owed". Here paying 0.01 on claim A
    splits claim B's period too; the two rounded halves of B's interest come to a cent
    more than the one rounded whole, and the total owed goes from 1834.00 to 1834.01.
    Splitting only the claims a payment actually reaches keeps the property (a split
    gains at most one cent, and that claim's payment is at least one cent)."""
    verzoek = {"actie": "bereken", "debiteur": "bedrijf", "peildatum": "2024-06-30",
               "vorderingen": [{"kenmerk": "A", "bedrag": "786.01", "vervaldatum": "2023-12-31"},
                               {"kenmerk": "B", "bedrag": "960.89", "vervaldatum": "2023-12-31"}],
               "rente": {"soort": "contractueel", "percentage": "10"}, "kosten": {"soort": "geen"}}
    zonder = handle(verzoek)["totaal"]
    met = handle({**verzoek, "betalingen": [{"bedrag": "0.01", "datum": "2024-06-10", "kenmerk": "A"}]})["totaal"]
    assert Decimal(met) <= Decimal(zonder), (zonder, met)
