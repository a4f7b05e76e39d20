"""The generators of the wik_tabellen hook for the interest rates and worked interest examples.

Helper module, not a hook (not listed in mkdocs.yml); each public function is called by the marker of its name.
"""

from __future__ import annotations

from _motor import datum, euro, procent, tabel, vraag

KOP_PERIODEN = ["Van", "Tot en met", "Dagen", "Rente", "Over", "Bedrag"]


def gecontroleerd() -> str:
    return datum(vraag({"actie": "tarieven"})["laatst_gecontroleerd"])


def _ongecontroleerd(rij: dict) -> list[str]:
    """The rates of a row not yet checked against a good source, each by its own flag."""
    namen = []
    if not rij["geverifieerd_wettelijk"]:
        namen.append("wettelijke rente")
    if rij["handels"] is not None and not rij["geverifieerd_handels"]:
        namen.append("handelsrente")
    return namen


def laatste_tarief() -> str:
    rij = vraag({"actie": "tarieven"})["tarieven"][-1]
    zin = (f"sinds {datum(rij['ingangsdatum'])}: wettelijke rente {procent(rij['wettelijk'])}, "
           f"handelsrente {procent(rij['handels'])}")
    niet = _ongecontroleerd(rij)
    if not niet:
        return zin
    wat = "beide" if len(niet) == 2 else f"de {niet[0]}"
    return zin + f" ({wat} nog niet gecontroleerd aan een officiële bekendmaking)"


def tarieven() -> str:
    """Every row of the rate table, newest first, with the verified flag of each rate; the sources below it."""
    antwoord = vraag({"actie": "tarieven"})
    rijen, bronnen = [], []
    for rij in reversed(antwoord["tarieven"]):
        handels = procent(rij["handels"]) if rij["handels"] is not None else "–"
        niet = _ongecontroleerd(rij)
        if not niet:
            gecheckt = "ja"
        elif len(niet) == 2 or rij["handels"] is None:
            gecheckt = "**nee**"
        else:  # one of the two rates: say which, so the other is not doubted (e.g. 2004-01-01, 2011-07-01)
            gecheckt = ", ".join(f"{naam} {'**nee**' if naam in niet else 'ja'}"
                                 for naam in ("wettelijke rente", "handelsrente"))
        rijen.append([datum(rij["ingangsdatum"]), procent(rij["wettelijk"]), handels, gecheckt])
        bronnen.append(f"    - {datum(rij['ingangsdatum'])}: {rij['bron']}")
    onder = (f"Laatst gecontroleerd: {datum(antwoord['laatst_gecontroleerd'])}. De rekentool kent de tarieven "
             f"tot en met {datum(antwoord['bekend_tot'])}.\n\n"
             '??? info "De bron van elke regel"\n' + "\n".join(bronnen))
    kop = ["Vanaf", "Wettelijke rente", "Handelsrente", "Gecontroleerd"]
    return tabel("tarieven", kop, rijen, onder)


def _perioden(antwoord: dict, totaal: str) -> list[list[str]]:
    """The interest periods of an answer, and a last row with the total labelled ``totaal``."""
    return [*([datum(p["van"]), datum(p["tot_en_met"]), str(p["dagen"]), procent(p["percentage"]),
               euro(p["grondslag"]), euro(p["bedrag"])] for p in antwoord["rente"]["perioden"]),
            [f"**{totaal}**", "", "", "", "", f"**{euro(antwoord['rente']['totaal'])}**"]]


def rente_voorbeeld() -> str:
    """The worked check of compounding with a rate change.

    € 10.000 handelsrente, due 30 June 2021, until 30 June 2023.
    """
    antwoord = vraag({"actie": "bereken", "debiteur": "bedrijf", "rente": {"soort": "handels"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "10000.00", "vervaldatum": "2021-06-30"}],
                      "peildatum": "2023-06-30", "kosten": {"soort": "geen"}})
    return tabel("rente-voorbeeld", KOP_PERIODEN, _perioden(antwoord, "Totaal"))


def betaling_voorbeeld() -> str:
    """Art. 6:44 BW: a part payment goes to costs, then interest, then the principal."""
    antwoord = vraag({"actie": "bereken", "debiteur": "consument", "rente": {"soort": "wettelijk"},
                      "vorderingen": [{"kenmerk": "F-1", "bedrag": "1000.00", "vervaldatum": "2025-01-31"}],
                      "betalingen": [{"bedrag": "400.00", "datum": "2025-07-31"}], "peildatum": "2025-12-31",
                      "kosten": {"soort": "wik", "verschuldigd_vanaf": "2025-03-01"}})
    b = antwoord["betalingen"][0]
    verdeling = tabel("betaling-verdeling", ["Betaling", "Naar de kosten", "Naar de rente", "Naar de hoofdsom"],
                      [[f"{euro(b['bedrag'])} op {datum(b['datum'])}", euro(b["kosten"]), euro(b["rente"]),
                        euro(b["hoofdsom"])]])
    onder = (f"Op {datum('2025-12-31')} staat nog open: hoofdsom {euro(antwoord['hoofdsom'])}, "
             f"rente {euro(antwoord['rente']['open'])} en incassokosten "
             f"{euro(antwoord['incassokosten']['open'])}; samen {euro(antwoord['totaal'])}.")
    return verdeling + tabel("betaling-rente", KOP_PERIODEN, _perioden(antwoord, "Totaal rente"), onder)
