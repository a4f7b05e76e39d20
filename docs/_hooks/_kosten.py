"""The generators of the wik_tabellen hook for the fee (incassokosten): inline values and tables.

Helper module, not a hook (not listed in mkdocs.yml); each public function is called by the marker of its name.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from _motor import _engine, bereken, datum, euro, procent, tabel
from mkdocs.exceptions import PluginError

#: Worked examples of the fee (incassokosten.md), the hoofdsommen the founding documents use.
VOORBEELDEN = ("266.67", "1234.56", "2500.00", "5000.00", "10000.00", "200000.00", "1000000.00")
#: Hoofdsommen for the two readings of the cap with the btw surcharge (btw.md).
BTW_VOORBEELDEN = ("1234.56", "100000.00", "800000.00", "1000000.00")
TELLEN = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien",
          11: "elf", 12: "twaalf"}


# --- inline values --------------------------------------------------------------------------------

def kosten(bedrag: str, debiteur: str = "consument") -> str:
    return euro(bereken(bedrag, debiteur=debiteur)["incassokosten"]["bedrag"])


def minimum() -> str:
    return kosten("0.01")


def maximum() -> str:
    return kosten("1000000000.00")


def grens_kleine_termijnen() -> str:
    """Each termijn below this amount counts as small (Besluit BIK as changed by Stb. 2024, 44)."""
    return euro(str(_engine().incassokosten.KLEINE_TERMIJN_GRENS))


def termijnkosten_maximum() -> str:
    """The most a further small termijn's fee can be (Stb. 2024, 44; working model)."""
    return euro(str(_engine().incassokosten.KLEINE_TERMIJN_MAXIMUM))


# --- tables ---------------------------------------------------------------------------------------

def _deel(band: dict) -> str:
    """A band in the Besluit's own words: the first, the next, the rest."""
    if band["tot"] is None:
        return f"alles boven {euro(band['van'])}, tot het maximum"
    breedte = str(Decimal(band["tot"]) - Decimal(band["van"]))
    return f"{'de eerste' if Decimal(band['van']) == 0 else 'de volgende'} {euro(breedte)}"


def staffel() -> str:
    """The bands of Besluit BIK art. 2 lid 1, with the fee over each full band."""
    banden = bereken("1000000.00")["incassokosten"]["staffel"]
    rijen = [[_deel(b), procent(b["percentage"]), euro(b["bedrag"])] for b in banden]
    onder = (f"De vergoeding is minimaal {minimum()} (art. 2 lid 2) en maximaal {maximum()} "
             f"(art. 2 lid 1). Het maximum bereikt u bij een hoofdsom van {euro('1000000.00')}; "
             "daarboven blijft het bij het maximum.")
    return tabel("staffel", ["Schijf van de hoofdsom", "Percentage", "Kosten over de hele schijf"], rijen, onder)


def _berekening(kosten: dict) -> str:
    delen = [f"{procent(b['percentage'])} van {euro(b['grondslag'])}"
             for b in kosten["staffel"] if Decimal(b["grondslag"]) > 0]
    tekst = " + ".join(delen)
    if kosten["minimum_toegepast"]:
        tekst += f"; dat is minder dan het minimum van {minimum()}"
    if kosten["maximum_toegepast"]:
        tekst += f"; dat is meer dan het maximum van {maximum()}"
    return tekst


def voorbeelden() -> str:
    rijen = []
    for bedrag in VOORBEELDEN:
        k = bereken(bedrag)["incassokosten"]
        rijen.append([euro(bedrag), _berekening(k), euro(k["bedrag"])])
    return tabel("voorbeelden", ["Hoofdsom", "Berekening", "Incassokosten"], rijen)


def een_brief(*bedragen: str) -> str:
    """Several invoices: one fee over the sum (art. 6:96 lid 7 BW) against a fee per invoice."""
    rijen, apart = [], Decimal(0)
    for i, bedrag in enumerate(bedragen, 1):
        los = bereken(bedrag)["incassokosten"]["bedrag"]
        apart += Decimal(los)
        rijen.append([f"Factuur {i}", euro(bedrag), euro(los)])
    samen = bereken(*bedragen)
    rijen.append(["**Apart berekend (mag niet)**", "", f"**{euro(str(apart))}**"])
    rijen.append(["**In één brief (zo moet het)**", f"**{euro(samen['hoofdsom'])}**",
                  f"**{euro(samen['incassokosten']['bedrag'])}**"])
    return tabel("een-brief", ["", "Hoofdsom", "Incassokosten"], rijen)


def btw() -> str:
    """The btw surcharge (Besluit art. 2 lid 3) under both readings of the cap."""
    rijen = []
    for bedrag in BTW_VOORBEELDEN:
        erbij = bereken(bedrag, btw={"verhogen": True})["incassokosten"]
        binnen = bereken(bedrag, btw={"verhogen": True, "max_incl_btw": True})["incassokosten"]
        rijen.append([euro(bedrag), euro(erbij["bedrag"]),
                      f"{euro(erbij['totaal'])} (btw {euro(erbij['btw'])})",
                      f"{euro(binnen['totaal'])} (btw {euro(binnen['btw'])})"])
    kop = ["Hoofdsom", "Incassokosten zonder btw", "Lezing 1: met btw", "Lezing 2: met btw"]
    return tabel("btw", kop, rijen)


def afwijken() -> str:
    """A 15 % clause against the staffel: a business (court may reduce) and a consumer (capped)."""
    rijen = []
    for debiteur, wie in (("bedrijf", "Bedrijf"), ("consument", "Consument")):
        antwoord = bereken("24821.73", debiteur=debiteur, kosten={"soort": "percentage", "waarde": "15"})
        k = antwoord["incassokosten"]
        uitleg = " ".join(m["tekst"] for m in antwoord["meldingen"]
                          if m["code"] in ("kosten_matiging", "kosten_begrensd"))
        rijen.append([wie, euro(antwoord["hoofdsom"]), euro(k["wettelijk"]), euro(k["bedrag"]), uitleg])
    kop = ["Klant", "Hoofdsom", "WIK-staffel", "Wat u vraagt bij 15% in de voorwaarden", "Toelichting"]
    return tabel("afwijken", kop, rijen)


def kleine_termijnen(bedrag: str, aantal: str) -> str:
    """Small periodic claims (Besluit BIK as changed by Stb. 2024, 44; working model, unverified).

    ``aantal`` unpaid termijnen of ``bedrag``: one 14-day letter per termijn, the costs of each
    falling due a month after the previous one (the 15th of January, February, …, 2026), against one
    letter for all of them (art. 6:96 lid 7 BW).
    """
    n = int(aantal)
    if n not in TELLEN:
        raise PluginError(f"wik_kleine_termijnen: kies 2 tot en met 12 termijnen, niet {aantal}")
    data = [date(2026, k, 15) for k in range(1, n + 1)]
    rijen, samen = [], Decimal(0)
    for k, dag in enumerate(data):
        antwoord = bereken(bedrag, kosten={"soort": "wik", "verschuldigd_vanaf": dag.isoformat(),
                                           "eerdere_termijnkosten": [d.isoformat() for d in data[:k]]})
        los = antwoord["incassokosten"]["bedrag"]
        samen += Decimal(los)
        rijen.append([f"Brief {k + 1}: {euro(antwoord['hoofdsom'])}", datum(dag.isoformat()), euro(los)])
    een = bereken(*[bedrag] * n)
    hoofdsom = euro(een["hoofdsom"])
    rijen.append([f"**{TELLEN[n].capitalize()} brieven samen: {hoofdsom}**", "", f"**{euro(str(samen))}**"])
    rijen.append([f"**Eén brief voor alle {TELLEN[n]}: {hoofdsom}**", "",
                  f"**{euro(een['incassokosten']['bedrag'])}**"])
    # Three columns, so the table fits a phone (375 px) without hiding an amount.
    kop = ["Brief en hoofdsom", "Kosten verschuldigd vanaf", "Incassokosten"]
    return tabel("kleine-termijnen", kop, rijen)
