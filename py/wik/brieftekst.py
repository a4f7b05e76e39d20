# Over 200 lines: one sentence builder per letter part; splitting would scatter the wording of one letter.
"""Brieftekst (letter text): the paragraphs and amounts of the four letters, in plain Dutch.

Wat er in een brief moet staan, volgt uit art. 6:96 lid 6 en 7 BW en het Besluit BIK; zie
``brieven`` voor de regels en de bronnen. Hier staan alleen de zinnen. De termijn staat er
altijd in de woorden van de Hoge Raad: "binnen veertien dagen vanaf de dag nadat deze brief bij
u is bezorgd" (HR 25-11-2016, ECLI:NL:HR:2016:2704), nooit gerekend vanaf de dagtekening of
de verzending. Incassokosten staan er met het precieze bedrag in, zonder "maximaal".

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:82, 6:96 lid 4, 6 en 7 (BWBR0005289)
- Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 lid 3 (BWBR0031432)
- HR 25-11-2016, ECLI:NL:HR:2016:2704

>>> termijnzin(8)
'binnen acht dagen vanaf de dag nadat deze brief bij u is bezorgd'
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .geld import NUL, Melding, euro
from .incassokosten import MINIMUM
from .termijnen import datum_nl

if TYPE_CHECKING:  # pragma: no cover (only for the type checker)
    from .brieven import Gegevens

_GETALLEN = {8: "acht", 9: "negen", 10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien"}
_BESLUIT = "het Besluit vergoeding voor buitengerechtelijke incassokosten"


def termijnzin(dagen: int) -> str:
    """The term in the Hoge Raad's safe wording (HR 2016:2704; art. 6:96 lid 6 BW)."""
    return f"binnen {_GETALLEN[dagen]} dagen vanaf de dag nadat deze brief bij u is bezorgd"


def _bedrag(g: Gegevens, *sleutels: str) -> Decimal:
    """An amount from the bereken response, as ``Decimal``."""
    waarde: Any = g.berekening  # nested JSON: each key's value is an object until the last, an amount
    for sleutel in sleutels:
        waarde = waarde[sleutel]
    return Decimal(waarde)


def opsomming(woorden: list[str]) -> str:
    """``A, B en C``: every claim named (art. 6:96 lid 7 BW)."""
    return woorden[0] if len(woorden) == 1 else f"{', '.join(woorden[:-1])} en {woorden[-1]}"


def _inleiding(g: Gegevens) -> str:
    """Names every claim and the total hoofdsom (art. 6:96 lid 7 BW)."""
    facturen = "de volgende facturen" if len(g.vorderingen) > 1 else "de volgende factuur"
    eerste = {"herinnering": f"Misschien is het aan uw aandacht ontsnapt: wij hebben de betaling van {facturen} "
                             "nog niet ontvangen, terwijl de betaaltermijn is verstreken.",
              "ingebrekestelling": f"Wij hebben de betaling van {facturen} nog steeds niet ontvangen."
              }.get(g.soort, f"Volgens onze administratie hebt u {facturen} nog niet betaald. De uiterste "
                             "betaaldag is verstreken.")
    tekst = f"{eerste} De openstaande hoofdsom is in totaal {euro(_bedrag(g, 'hoofdsom'))}."
    betaald = sum((Decimal(b["bedrag"]) for b in g.berekening["betalingen"]), NUL)
    if betaald:
        tekst += f" Daarbij hebben wij rekening gehouden met uw betalingen van in totaal {euro(betaald)}."
    return tekst


def _eis(g: Gegevens, bedrag: Decimal, aanhef: str = "") -> str:
    """The demand with the term in the Hoge Raad's words only, never a date (HR 2016:2704).

    A delivery day or last day in the letter that turns out too early would spoil the term.
    """
    if g.soort == "herinnering":
        return f"Wilt u het bedrag van {euro(bedrag)} alsnog betalen {termijnzin(g.dagen)}?"
    return f"{aanhef}Wij verzoeken u het bedrag van {euro(bedrag)} te betalen {termijnzin(g.dagen)}."


def kenmerk_kaal(kenmerk: str) -> str:
    """``factuur 1`` → ``1``, so the letter never reads "factuur factuur 1".

    >>> kenmerk_kaal("Factuur 2026-014"), kenmerk_kaal("F-2026-014")
    ('2026-014', 'F-2026-014')
    """
    kaal = kenmerk[len("factuur"):].strip() if kenmerk.lower().startswith("factuur ") else ""
    return kaal or kenmerk


def _kosten(g: Gegevens, inleiding: str) -> str:
    """The exact fee (art. 6:96 lid 6 BW), the statutory fee when less is charged, the btw declaration."""
    bedrag, btw, totaal = (_bedrag(g, "incassokosten", s) for s in ("bedrag", "btw", "totaal"))
    wettelijk = _bedrag(g, "incassokosten", "wettelijk")
    tekst = f"{inleiding} {euro(totaal)}{', inclusief btw' if btw else ''}."
    if bedrag < wettelijk:
        tekst += (f" Volgens {_BESLUIT} mogen wij {euro(wettelijk)}{' exclusief btw' if btw else ''} in rekening "
                  f"brengen; wij rekenen u minder.")
    elif bedrag == wettelijk:
        tekst += f" Dit bedrag is berekend volgens {_BESLUIT}."
    else:  # a business agreed to more (6:96 lid 5: default law); the court may reduce it
        tekst += " Dit is het bedrag dat wij met u hebben afgesproken."
    if btw:  # Besluit BIK art. 2 lid 3: the express declaration
        tekst += (" Wij verklaren uitdrukkelijk dat wij de btw over de incassokosten niet kunnen verrekenen. Daarom "
                  f"hebben wij de incassokosten met de btw verhoogd: {euro(bedrag)} exclusief btw, {euro(btw)} btw, "
                  f"{euro(totaal)} inclusief btw.")
    return tekst


def _bedragen(g: Gegevens, met_kosten: bool) -> list[tuple[str, Decimal]]:
    """The amounts table; it adds up to the amount demanded (one clear amount; art. 6:44 BW order)."""
    hoofdsom, rente = _bedrag(g, "hoofdsom"), _bedrag(g, "rente", "open")
    regels = [("Hoofdsom", hoofdsom)]
    if rente:
        regels.append((f"Rente tot en met {datum_nl(g.peildatum)}", rente))
    if not met_kosten:
        return [*regels, ("Te betalen", hoofdsom + rente)]
    k = g.berekening["incassokosten"]
    bedrag, btw, totaal, open_ = (Decimal(k[s]) for s in ("bedrag", "btw", "totaal", "open"))
    if totaal:
        regels.append(("Incassokosten", bedrag))
    if btw:
        regels.append(("Btw over de incassokosten", btw))
    if open_ != totaal:
        regels.append(("Al betaald op de incassokosten", open_ - totaal))
    return [*regels, ("Totaal te betalen", _bedrag(g, "totaal"))]


def _slot(g: Gegevens, meldingen: list[Melding]) -> list[str]:
    """How to pay (IBAN and reference), whom to contact, and the usual crossing-letters sentence."""
    eiser = g.schuldeiser
    kenmerken = [kenmerk_kaal(v.kenmerk) for v in g.vorderingen if v.eigen_kenmerk]
    ref = (f"{'factuurnummers' if len(kenmerken) > 1 else 'factuurnummer'} {opsomming(kenmerken)}" if kenmerken
           else "uw naam en de vervaldatum van de factuur")
    if eiser.get("iban"):
        betalen = (f"U kunt het bedrag overmaken naar {eiser['iban']} ten name van {eiser['naam']}, "
                   f"onder vermelding van {ref}.")
    else:
        betalen = f"U kunt betalen op de manier die op de factuur staat, onder vermelding van {ref}."
        _melding(meldingen, "geen_iban", "Vul uw IBAN in: de brief moet zeggen hoe de klant kan betalen.")
    via = [f"{label} {eiser[s]}" for s, label in (("telefoon", "telefoonnummer"), ("email", "e-mail")) if eiser.get(s)]
    contact = ("Hebt u vragen over deze brief, of bent u het niet eens met de vordering? Neem dan contact met ons op"
               + (f" via {opsomming(via)}." if via else "."))
    return [betalen, contact, "Hebt u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen."]


_GEVOLG = ("Blijft betaling uit, dan kunnen wij de vordering uit handen geven of de rechter vragen u tot "
           "betaling te veroordelen. De kosten daarvan kunnen dan ook voor uw rekening komen.")
_GEVOLG_INGEBREKE = ("Betaalt u niet binnen deze termijn, dan geven wij de vordering zonder verdere aankondiging uit "
                     "handen en kunnen wij de rechter vragen u tot betaling te veroordelen. De kosten daarvan kunnen "
                     "dan ook voor uw rekening komen.")
_RENTE = "Over het openstaande bedrag loopt de rente door tot de dag waarop u betaalt."


def _melding(meldingen: list[Melding], code: str, tekst: str) -> None:
    """Add a note for the creditor (the answer's ``meldingen``)."""
    meldingen.append({"code": code, "tekst": tekst})


def _herinnering(g: Gegevens, meldingen: list[Melding]) -> tuple[list[str], list[tuple[str, Decimal]]]:
    """A friendly reminder: the open principal, no costs yet (step 2 of the traject)."""
    hoofdsom = _bedrag(g, "hoofdsom")
    alineas = [_eis(g, hoofdsom), "Betaalt u niet binnen deze termijn, dan sturen wij u een aanmaning. Daarna kunnen "
                                  "wij rente en incassokosten in rekening brengen."]
    return alineas, [("Te betalen", hoofdsom)]


def _veertiendagenbrief(g: Gegevens, meldingen: list[Melding]) -> tuple[list[str], list[tuple[str, Decimal]]]:
    """The consumer's 14-day letter: pay principal and interest, or the stated fee follows (art. 6:96 lid 6 BW)."""
    bedragen = _bedragen(g, met_kosten=False)
    alineas = [_eis(g, bedragen[-1][1])]
    if _bedrag(g, "incassokosten", "totaal"):
        alineas.append(_kosten(g, "Betaalt u niet binnen deze termijn, dan moet u ook incassokosten betalen. "
                                  "Die bedragen"))
    else:
        alineas.append("Wij brengen u geen incassokosten in rekening.")
        _melding(meldingen, "geen_incassokosten", (
            "Deze brief noemt geen incassokosten. Wilt u later toch incassokosten vorderen, dan moet u eerst een "
            "nieuwe veertiendagenbrief sturen die het bedrag noemt (art. 6:96 lid 6 BW)."))
    return alineas, bedragen


def _aanmaning(g: Gegevens, meldingen: list[Melding]) -> tuple[list[str], list[tuple[str, Decimal]]]:
    """An aanmaning to a business or government (art. 6:96 lid 4 BW) or an ingebrekestelling (art. 6:82 BW).

    Costs are named as owed only when they are due on the letter's date: for a consumer only
    after a 14-day letter's term ran out (``kosten.verschuldigd_vanaf``; art. 6:96 lid 6 BW).
    """
    verschuldigd = g.berekening["incassokosten"]["verschuldigd"]
    bedragen = _bedragen(g, met_kosten=verschuldigd)
    alineas = []
    if _bedrag(g, "incassokosten", "totaal") and verschuldigd:
        reden = ("Omdat u na onze aanmaning niet binnen de termijn hebt betaald" if g.consument
                 else "Omdat u niet op tijd hebt betaald")
        alineas.append(_kosten(g, f"{reden}, bent u ook incassokosten verschuldigd:"))
        if g.consument:  # only an ingebrekestelling reaches here for a consumer
            _melding(meldingen, "kosten_na_veertiendagenbrief", (
                "Een consument is incassokosten alleen verschuldigd als u eerder een correcte veertiendagenbrief "
                "stuurde en de termijn daarvan ongebruikt is verstreken (art. 6:96 lid 6 BW)."))
    elif _bedrag(g, "incassokosten", "totaal") and g.consument:
        alineas.append("Deze brief rekent geen incassokosten. Betaalt u niet, dan kunnen wij u een aanmaning "
                       "sturen; betaalt u ook dan niet binnen de termijn daarvan, dan moet u ook incassokosten "
                       "betalen.")
        _melding(meldingen, "kosten_nog_niet_verschuldigd_brief", (
            "Deze brief noemt geen incassokosten als verschuldigd: een consument is ze pas verschuldigd als de "
            "termijn van een correcte veertiendagenbrief ongebruikt is verstreken (art. 6:96 lid 6 BW). Stuurde u "
            "die brief al, vul dan in de rekentool de dag in vanaf wanneer de kosten verschuldigd zijn."))
    if g.soort == "ingebrekestelling":
        alineas.append(_eis(g, bedragen[-1][1], "Daarom stellen wij u hierbij in gebreke. "))
        meldingen.insert(0, {"code": "aangetekend", "tekst": (
            "Stuur een ingebrekestelling aangetekend en ook per e-mail, zeker bij grotere bedragen: dan kunt u "
            "bewijzen dat de klant de brief heeft ontvangen.")})
        return alineas, bedragen
    alineas.append(_eis(g, bedragen[-1][1]))
    if g.soort == "veertiendagenbrief":
        _melding(meldingen, "veertiendagenbrief_bedrijf", (
            "Een veertiendagenbrief is alleen voor een consument verplicht. Voor een bedrijf of overheid is deze "
            f"brief opgesteld als gewone aanmaning; ten minste {euro(MINIMUM)} aan incassokosten is al zonder "
            "aanmaning verschuldigd (art. 6:96 lid 4 BW)."))
    return alineas, bedragen


def alineas_en_bedragen(g: Gegevens) -> tuple[list[str], list[tuple[str, Decimal]], list[Melding]]:
    """The paragraphs, the amounts table and the notes of one letter (art. 6:96 lid 6 BW; art. 6:82 BW)."""
    meldingen: list[Melding] = []
    if g.soort == "herinnering":
        alineas, bedragen = _herinnering(g, meldingen)
    else:
        alineas, bedragen = (_veertiendagenbrief if g.veertiendagenbrief else _aanmaning)(g, meldingen)
        alineas += [_RENTE] if g.berekening["rente"]["soort"] != "geen" else []
        alineas.append(_GEVOLG_INGEBREKE if g.soort == "ingebrekestelling" else _GEVOLG)
    return [_inleiding(g), *alineas, *_slot(g, meldingen)], bedragen, meldingen
