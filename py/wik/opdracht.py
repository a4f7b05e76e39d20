# About 200 lines: one reader per part of the bereken request (claims, payments, interest, costs, btw).
"""Opdracht (the request): a ``bereken`` request checked and turned into plain values.

The JSON contract fixes the request (py/README.md, "bereken"): ``debiteur``, ``vorderingen``, ``betalingen``,
``peildatum``, ``rente``, ``kosten`` and ``btw``. Everything is checked here,
with a Dutch message naming the field, before any rule runs.

>>> o = lees({"actie": "bereken", "debiteur": "consument",
...           "vorderingen": [{"kenmerk": "A", "bedrag": "10000"}], "rente": {"soort": "geen"}})
>>> o.rente.soort, o.kosten.soort, str(o.vorderingen[0].bedrag)
('geen', 'wik', '10000')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from . import invoer, tarieven
from .betalingen import Betaling
from .fouten import (
    BetalingNaPeildatum,
    BuitenRentetabel,
    DubbelKenmerk,
    GeenVorderingen,
    OnbekendeVordering,
    OnbekendVeld,
    OntbrekendVeld,
)
from .incassokosten import BTW_ALGEMEEN
from .rente import Renteregeling
from .termijnen import datum_nl

DEBITEUREN = ("consument", "bedrijf", "overheid")
RENTESOORTEN = ("wettelijk", "handels", "contractueel", "geen")
KOSTENSOORTEN = ("wik", "geen", "percentage", "vast")
MAX_VORDERINGEN = 100
MAX_BETALINGEN = 200
MAX_EERDERE = 40  # earlier termijnen with costs


@dataclass(frozen=True)
class Vordering:
    """One claim as entered: the input of a calculation, which no calculation changes.

    The running state (open principal, interest so far) is a ``rente.Stand`` that each
    calculation makes afresh from this claim.
    """

    kenmerk: str
    bedrag: Decimal
    vervaldatum: date | None
    volgorde: int  # its place in the request (0-based): equally old claims share a payment in this order
    eigen_kenmerk: bool = True  # False: the tool numbered it; a letter then names it by date and amount


def automatisch_kenmerk(i: int) -> str:
    """The kenmerk of the ``i``-th claim (0-based) that has none of its own: its place, from 1."""
    return str(i + 1)


@dataclass(frozen=True)
class Kostenregeling:
    """Which collection costs: ``wik``, ``geen``, or an agreed ``percentage`` / ``vast`` amount."""

    soort: str = "wik"
    waarde: Decimal | None = None
    verschuldigd_vanaf: date | None = None
    eerdere_termijnkosten: tuple[date, ...] = ()  # costs became due for earlier termijnen (Besluit BIK, 2024)

    def verschuldigd_op(self, peildatum: date | None) -> bool:
        """Whether the costs are due on ``peildatum`` (art. 6:96 lid 4 and 6 BW; py/README.md, "Costs").

        Not before ``verschuldigd_vanaf``; without that date, or without a peildatum, they count as due.

        >>> regeling = Kostenregeling(verschuldigd_vanaf=date(2026, 3, 25))
        >>> regeling.verschuldigd_op(date(2026, 3, 24)), regeling.verschuldigd_op(date(2026, 3, 25))
        (False, True)
        """
        return self.verschuldigd_vanaf is None or peildatum is None or self.verschuldigd_vanaf <= peildatum


@dataclass(frozen=True)
class Btwregeling:
    """The btw surcharge of Besluit BIK art. 2 lid 3."""

    verhogen: bool = False
    percentage: Decimal = BTW_ALGEMEEN
    max_incl_btw: bool = False


@dataclass(frozen=True)
class Opdracht:
    """A checked ``bereken`` request."""

    debiteur: str
    vorderingen: tuple[Vordering, ...]
    betalingen: tuple[Betaling, ...]
    peildatum: date | None
    rente: Renteregeling
    kosten: Kostenregeling
    btw: Btwregeling


def lees(verzoek: object) -> Opdracht:
    """Check a ``bereken`` request (py/README.md, "bereken") and return it as plain values."""
    velden = {"actie", "debiteur", "vorderingen", "betalingen", "peildatum", "rente", "kosten", "btw"}
    verzoek = invoer.object_(verzoek, "", velden, {"debiteur", "vorderingen"})
    invoer.keuze(verzoek.get("actie", "bereken"), "actie", ("bereken",))
    debiteur = invoer.keuze(verzoek["debiteur"], "debiteur", DEBITEUREN)
    rente = _rente(verzoek.get("rente", {}), debiteur)
    vorderingen = _vorderingen(verzoek["vorderingen"], rente)
    peildatum = None
    if "peildatum" in verzoek:
        peildatum = invoer.datum(verzoek["peildatum"], "peildatum")
    elif rente.soort != "geen":
        raise OntbrekendVeld("Vul de peildatum in: de dag tot en met wanneer de rente loopt.", "peildatum")
    betalingen = _betalingen(verzoek.get("betalingen", []), vorderingen, peildatum)
    return Opdracht(debiteur, tuple(vorderingen), tuple(betalingen), peildatum, rente,
                    _kosten(verzoek.get("kosten", {})), _btw(verzoek.get("btw", {})))


def _rente(waarde: object, debiteur: str) -> Renteregeling:
    rente = invoer.object_(waarde, "rente", {"soort", "samengesteld", "percentage"})
    standaard = "wettelijk" if debiteur == "consument" else "handels"  # 6:119 vs 6:119a/6:119b
    soort = invoer.keuze(rente.get("soort", standaard), "rente.soort", RENTESOORTEN)
    samengesteld = invoer.ja_nee(rente.get("samengesteld", True), "rente.samengesteld")
    if soort == "contractueel":
        if "percentage" not in rente:
            raise OntbrekendVeld("Vul het afgesproken rentepercentage in.", "rente.percentage")
        return Renteregeling(soort, invoer.percentage(rente["percentage"], "rente.percentage"), samengesteld)
    if "percentage" in rente:
        raise OnbekendVeld("Een percentage hoort alleen bij afgesproken (contractuele) rente.", "rente.percentage")
    return Renteregeling(soort, None, samengesteld)


def _vorderingen(waarde: object, rente: Renteregeling) -> list[Vordering]:
    regels = invoer.lijst(waarde, "vorderingen", MAX_VORDERINGEN)
    if not regels:
        raise GeenVorderingen("Vul minstens één factuur of vordering in.", "vorderingen")
    vorderingen: list[Vordering] = []
    for i, regel in enumerate(regels):
        veld = f"vorderingen[{i}]"
        regel = invoer.object_(regel, veld, {"kenmerk", "bedrag", "vervaldatum"}, {"bedrag"})
        eigen = invoer.tekst(regel.get("kenmerk", ""), f"{veld}.kenmerk", max_lengte=60)
        kenmerk = eigen or automatisch_kenmerk(i)
        if any(v.kenmerk == kenmerk for v in vorderingen):
            raise DubbelKenmerk(f'Het kenmerk "{kenmerk}" komt twee keer voor; geef elke factuur een eigen kenmerk.',
                          f"{veld}.kenmerk")
        bedrag = invoer.bedrag(regel["bedrag"], f"{veld}.bedrag")
        vervaldatum = None
        if "vervaldatum" in regel:
            vervaldatum = invoer.datum(regel["vervaldatum"], f"{veld}.vervaldatum")
        elif rente.soort != "geen":
            raise OntbrekendVeld("Vul de vervaldatum in: de laatste dag waarop betaald had moeten worden.",
                          f"{veld}.vervaldatum")
        if (rente.soort in ("wettelijk", "handels") and vervaldatum is not None  # never None here: required above
                and vervaldatum + timedelta(days=1) < tarieven.EERSTE[rente.soort]):
            raise BuitenRentetabel(f"De tabel van de {tarieven.NAAM[rente.soort]} begint bij deze tool op "
                          f"{datum_nl(tarieven.EERSTE[rente.soort])}; voor een eerdere vervaldatum rekent hij "
                          "die rente niet uit. Kies een andere soort rente of een latere vervaldatum.",
                          f"{veld}.vervaldatum")
        vorderingen.append(Vordering(kenmerk, bedrag, vervaldatum, i, eigen_kenmerk=bool(eigen)))
    return vorderingen


def _betalingen(waarde: object, vorderingen: list[Vordering], peildatum: date | None) -> list[Betaling]:
    betalingen = []
    for i, regel in enumerate(invoer.lijst(waarde, "betalingen", MAX_BETALINGEN)):
        veld = f"betalingen[{i}]"
        regel = invoer.object_(regel, veld, {"bedrag", "datum", "kenmerk"}, {"bedrag", "datum"})
        bedrag = invoer.bedrag(regel["bedrag"], f"{veld}.bedrag")
        datum = invoer.datum(regel["datum"], f"{veld}.datum")
        if peildatum is not None and datum > peildatum:
            raise BetalingNaPeildatum("Deze betaling ligt na de peildatum. Kies een latere peildatum of laat de "
                                      "betaling weg.",
                          f"{veld}.datum")
        kenmerk = None
        if regel.get("kenmerk") not in (None, ""):
            kenmerk = invoer.tekst(regel["kenmerk"], f"{veld}.kenmerk", max_lengte=60)
            if kenmerk not in {v.kenmerk for v in vorderingen}:
                raise OnbekendeVordering(f'Er is geen factuur met kenmerk "{kenmerk}".', f"{veld}.kenmerk")
        betalingen.append(Betaling(bedrag, datum, kenmerk))
    return sorted(betalingen, key=lambda b: b.datum)  # stable: same-day payments keep their order


def _kosten(waarde: object) -> Kostenregeling:
    kosten = invoer.object_(waarde, "kosten", {"soort", "waarde", "verschuldigd_vanaf", "eerdere_termijnkosten"})
    soort = invoer.keuze(kosten.get("soort", "wik"), "kosten.soort", KOSTENSOORTEN)
    vanaf = None
    if "verschuldigd_vanaf" in kosten:
        vanaf = invoer.datum(kosten["verschuldigd_vanaf"], "kosten.verschuldigd_vanaf")
    eerdere = tuple(invoer.datum(d, f"kosten.eerdere_termijnkosten[{i}]") for i, d in enumerate(
        invoer.lijst(kosten.get("eerdere_termijnkosten", []), "kosten.eerdere_termijnkosten", MAX_EERDERE)))
    if soort in ("wik", "geen"):
        if "waarde" in kosten:
            raise OnbekendVeld("Een waarde hoort alleen bij een afgesproken percentage of vast bedrag.",
                          "kosten.waarde")
        return Kostenregeling(soort, None, vanaf, eerdere)
    if "waarde" not in kosten:
        raise OntbrekendVeld("Vul het afgesproken percentage of bedrag in.", "kosten.waarde")
    if soort == "percentage":
        return Kostenregeling(soort, invoer.percentage(kosten["waarde"], "kosten.waarde"), vanaf, eerdere)
    return Kostenregeling(soort, invoer.bedrag(kosten["waarde"], "kosten.waarde"), vanaf, eerdere)


def _btw(waarde: object) -> Btwregeling:
    btw = invoer.object_(waarde, "btw", {"verhogen", "percentage", "max_incl_btw"})
    percentage = BTW_ALGEMEEN
    if "percentage" in btw:
        percentage = invoer.percentage(btw["percentage"], "btw.percentage", maximum=Decimal(50))
    return Btwregeling(invoer.ja_nee(btw.get("verhogen", False), "btw.verhogen"), percentage,
                       invoer.ja_nee(btw.get("max_incl_btw", False), "btw.max_incl_btw"))
