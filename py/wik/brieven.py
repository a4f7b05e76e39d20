# Over 200 lines: a quarter is the legal summary and doctests of art. 6:96 lid 6-7 BW; the sentences are in brieftekst.
"""Brieven (letters): herinnering, aanmaning, veertiendagenbrief and ingebrekestelling.

Een consument is pas incassokosten verschuldigd als hij na het intreden van het verzuim een
aanmaning kreeg die de gevolgen van niet betalen noemt, waaronder het precieze bedrag aan
incassokosten, en daarna niet binnen veertien dagen betaalde, te rekenen vanaf de dag na
ontvangst (art. 6:96 lid 6 BW). Alle vorderingen die in verzuim zijn, staan in één brief
(lid 7); een factuur waarvan de betaaldag nog niet voorbij is, blijft buiten de brief en buiten
de grondslag van de kosten. De Hoge Raad aanvaardt de formulering "binnen veertien dagen vanaf
de dag nadat deze brief bij u is bezorgd"; "14 dagen na dagtekening" of "na verzending" is
onvoldoende. De brief noemt geen bezorgdag, laatste dag of datum waarop de kosten verschuldigd
worden: blijkt zo'n datum te vroeg, dan deugt de brief niet. Die datums krijgt de schuldeiser
apart in het antwoord. Rekent de schuldeiser btw bij de incassokosten, dan verklaart hij in de
brief nadrukkelijk dat hij die btw niet kan verrekenen (Besluit BIK art. 2 lid 3).

Is bij een consument de betaaltermijn niet afgesproken (alleen op de factuur gezet), dan is hij
pas in verzuim na een ingebrekestelling waarvan de termijn voorbij is (art. 6:82 BW); de
veertiendagenbrief mag pas daarna. Geen brief aan een consument zegt dat hij incassokosten
verschuldigd *is* voordat de termijn van een veertiendagenbrief voorbij is. Bij een bedrijf is de
aanmaning dezelfde brief zonder de zinnen die alleen voor een consument gelden: daar is ten
minste € 40 al zonder aanmaning verschuldigd (art. 6:96 lid 4 BW). De ingebrekestelling geeft
een laatste termijn van acht dagen (art. 6:82 BW).

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:82, 6:83, 6:96 lid 4, 6 en 7 (BWBR0005289)
- Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 lid 3 (BWBR0031432)
- HR 13-06-2014, ECLI:NL:HR:2014:1405; HR 25-11-2016, ECLI:NL:HR:2016:2704

>>> brief = handle_brief({"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2026-11-23",
...     "berekening": {"debiteur": "consument", "rente": {"soort": "geen"},
...                    "vorderingen": [{"kenmerk": "F-001", "bedrag": "10000", "vervaldatum": "2026-10-31"},
...                                    {"kenmerk": "F-002", "bedrag": "500", "vervaldatum": "2026-11-30"}]},
...     "schuldeiser": {"naam": "Bakkerij De Korst", "iban": "NL91ABNA0417164300"},
...     "schuldenaar": {"naam": "J. Jansen"}})
>>> brief["bezorgdatum"], brief["laatste_dag"], brief["kosten_verschuldigd_vanaf"]
('2026-11-26', '2026-12-10', '2026-12-11')
>>> "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in brief["tekst"]
True
>>> "€ 875,00" in brief["tekst"], "F-002" in brief["tekst"], "december" in brief["tekst"]
(True, False, False)
>>> [m["code"] for m in brief["meldingen"]][:2]
['niet_in_verzuim', 'bezorging_marge']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from . import invoer, regelingsbrieven, verzuim
from . import opdracht as opdrachten
from .bereken import bereken_opdracht
from .brieftekst import alineas_en_bedragen, kenmerk_kaal, opsomming
from .fouten import NietsOpen, OnbekendVeld, OngeldigVerzoek, OntbrekendVeld, WikFout
from .geld import NUL, Json, Melding, euro, json_bedrag
from .termijnen import Termijn, datum_nl, melding_postnorm, termijn

SOORTEN = ("herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling")
_VELDEN = {"actie", "soort", "berekening", "verzenddatum", "schuldeiser", "schuldenaar", "termijn_dagen",
           "betaaltermijn_afgesproken", "ingebrekestelling_verzonden"}
_VERPLICHT = {"soort", "berekening", "verzenddatum", "schuldeiser", "schuldenaar"}
_SCHULDENAAR = invoer.PARTIJ[:4]


@dataclass(frozen=True)
class Briefregel:
    """One claim as the letter names it, with what was paid on it (art. 6:96 lid 7 BW; art. 6:44 BW).

    Made from an ``opdracht.Vordering`` (the claim as entered); ``eigen_kenmerk`` is whether the
    user gave it a reference (else the letter names it by amount and due date)."""

    kenmerk: str
    naam: str
    eigen_kenmerk: bool
    bedrag: Decimal
    vervaldatum: date
    betaald: Decimal = NUL
    waarvan_rente: Decimal = NUL

    @property
    def open_hoofdsom(self) -> Decimal:
        return self.bedrag - (self.betaald - self.waarvan_rente)


@dataclass(frozen=True)
class Gegevens:
    """Everything a letter is written from: the checked request and the bereken response."""

    soort: str
    consument: bool
    verzenddatum: date
    peildatum: date
    schuldeiser: dict[str, str]
    schuldenaar: dict[str, str]
    vorderingen: tuple[Briefregel, ...]
    berekening: Json
    termijn: Termijn
    dagen: int

    @property
    def veertiendagenbrief(self) -> bool:
        """The letter of art. 6:96 lid 6 BW: to a consumer, as veertiendagenbrief or aanmaning."""
        return self.consument and self.soort in ("veertiendagenbrief", "aanmaning")


def _lees_berekening(verzoek: Json, stand: verzuim.Verzuim) -> opdrachten.Opdracht:
    """Check the calculation; field paths in errors get ``berekening.``."""
    if stand.zonder_rente:
        verzoek = dict(verzoek, rente={"soort": "geen"})
    try:
        return opdrachten.lees(verzoek)
    except WikFout as fout:
        raise fout.onder("berekening") from None


def _bereken(verzoek: Json, stand: verzuim.Verzuim) -> tuple[opdrachten.Opdracht, Json]:
    """Check and compute the calculation; field paths in errors get ``berekening.``."""
    o = _lees_berekening(verzoek, stand)
    try:
        return o, bereken_opdracht(o)
    except WikFout as fout:
        raise fout.onder("berekening") from None


def _vorderingen(o: opdrachten.Opdracht, regels: list[Any], uitkomst: Json) -> tuple[Briefregel, ...]:
    """The claims in the letter with what was paid on each; each needs a due date (art. 6:96 lid 6 BW)."""
    betaald: dict[str, list[Decimal]] = {v.kenmerk: [NUL, NUL] for v in o.vorderingen}
    for betaling in uitkomst["betalingen"]:
        for deel in betaling["vorderingen"]:
            som = betaald[deel["kenmerk"]]
            som[0] += Decimal(deel["rente"]) + Decimal(deel["hoofdsom"])
            som[1] += Decimal(deel["rente"])
    vorderingen = []
    for v, regel in zip(o.vorderingen, regels, strict=False):
        if v.vervaldatum is None:
            raise OntbrekendVeld("Vul de vervaldatum in: een brief kan pas na de vervaldatum worden verstuurd.",
                          f"berekening.vorderingen[{v.volgorde}].vervaldatum")
        vervaldatum = verzuim.lees_vervaldatum(regel) or v.vervaldatum  # as entered, also when interest starts later
        eigen = bool(verzuim.eigen_kenmerk(regel))  # as entered: in_verzuim writes out every kenmerk it keeps
        naam = (f"factuur {kenmerk_kaal(v.kenmerk)}" if eigen
                else f"de factuur van {euro(v.bedrag)} met vervaldatum {datum_nl(vervaldatum)}")
        vorderingen.append(Briefregel(v.kenmerk, naam, eigen, v.bedrag, vervaldatum, *betaald[v.kenmerk]))
    return tuple(vorderingen)


def _lees(verzoek: object) -> tuple[Gegevens, list[Melding]]:
    """Check a ``brief`` request and compute its figures; returns the notices found on the way."""
    verzoek = invoer.object_(verzoek, "", _VELDEN, _VERPLICHT)
    invoer.keuze(verzoek.get("actie", "brief"), "actie", ("brief",))
    soort = invoer.keuze(verzoek["soort"], "soort", SOORTEN + regelingsbrieven.SOORTEN)
    verzenddatum = invoer.datum(verzoek["verzenddatum"], "verzenddatum")
    schuldeiser = invoer.partij(verzoek["schuldeiser"], "schuldeiser", invoer.PARTIJ)
    schuldenaar = invoer.partij(verzoek["schuldenaar"], "schuldenaar", _SCHULDENAAR)
    dagen = {"herinnering": 14, "ingebrekestelling": verzuim.INGEBREKESTELLING_DAGEN}.get(soort, 14)
    if "termijn_dagen" in verzoek:
        if soort != "herinnering":
            raise OnbekendVeld("Een eigen termijn kunt u alleen bij een herinnering kiezen.", "termijn_dagen")
        dagen = invoer.geheel_getal(verzoek["termijn_dagen"], "termijn_dagen", 8, 14)
    berekening = verzoek["berekening"]
    if not isinstance(berekening, dict):
        raise OngeldigVerzoek("Hier hoort een berekening ({...}) zoals bij \"bereken\".", "berekening")
    consument = berekening.get("debiteur") == "consument"
    stand, meldingen = verzuim.bepaal(verzoek, soort, consument, verzenddatum)
    _lees_berekening(dict(berekening, peildatum=verzenddatum.isoformat()), stand)  # every claim checked
    berekening, ingevuld, niet = verzuim.in_verzuim(berekening, stand, verzenddatum)
    o, uitkomst = _bereken(berekening, stand)
    if Decimal(uitkomst["totaal"]) <= 0:
        raise NietsOpen("Er staat niets meer open: de betalingen dekken alles. Een brief is niet nodig.",
                      "berekening.betalingen")
    postnorm = melding_postnorm(verzenddatum)
    meldingen = niet + meldingen + ([postnorm] if postnorm else [])
    assert o.peildatum is not None  # in_verzuim set it to the verzenddatum, and lees read it
    g = Gegevens(soort, consument, verzenddatum, o.peildatum, schuldeiser, schuldenaar,
                 _vorderingen(o, ingevuld, uitkomst), uitkomst, termijn(verzenddatum, dagen), dagen)
    return g, meldingen


def _adres(partij: dict[str, str]) -> list[str]:
    """Name and address lines of a party, empty lines left out."""
    regels = [partij["naam"], partij.get("adres", "")]
    regels.append(f"{partij.get('postcode', '')}  {partij.get('plaats', '')}".strip())
    return [regel for regel in regels if regel]


def _afzender(eiser: dict[str, str]) -> list[str]:
    """The creditor's letterhead: address, contact details, KvK and IBAN (how to pay)."""
    regels = _adres(eiser)
    for sleutel, label in (("telefoon", "Telefoon"), ("email", "E-mail"), ("kvk", "KvK-nummer"), ("iban", "IBAN")):
        if eiser.get(sleutel):
            regels.append(f"{label}: {eiser[sleutel]}")
    return regels


def _onderwerp(g: Gegevens) -> str:
    """The subject line naming every claim (art. 6:96 lid 7 BW: all claims in one letter)."""
    titel = {"herinnering": "Betalingsherinnering", "veertiendagenbrief": "Aanmaning",
             "aanmaning": "Aanmaning", "ingebrekestelling": "Ingebrekestelling"}[g.soort]
    if not all(v.eigen_kenmerk for v in g.vorderingen):
        return f"{titel} {'openstaande facturen' if len(g.vorderingen) > 1 else 'openstaande factuur'}"
    kenmerken = [kenmerk_kaal(v.kenmerk) for v in g.vorderingen]
    return f"{titel} {'facturen' if len(kenmerken) > 1 else 'factuur'} {opsomming(kenmerken)}"


def _regel(v: Briefregel) -> str:
    """One claim in the letter; after part payments it adds up: invoiced − (paid − interest) = open."""
    naam = f"Factuur {kenmerk_kaal(v.kenmerk)}, vervaldatum" if v.eigen_kenmerk \
        else "Factuur met vervaldatum"  # no kenmerk given: named by its date and amount
    kop = f"{naam} {datum_nl(v.vervaldatum)}: {euro(v.bedrag)}"
    if v.betaald == 0:
        return kop
    return (f"{kop}; betaald {euro(v.betaald)}, waarvan {euro(v.waarvan_rente)} "
            f"voor rente; nog open aan hoofdsom {euro(v.open_hoofdsom)}")


def _tekst(o: Json, regels: tuple[Briefregel, ...]) -> str:
    """The whole letter as plain text, the tables after the first paragraph."""
    delen = ["\n".join(o["afzender"]), "\n".join(o["geadresseerde"]), o["plaats_datum"],
             f"Onderwerp: {o['onderwerp']}", o["aanhef"], o["alineas"][0]]
    breedte = max(len(r["omschrijving"]) for r in o["bedragen"])
    delen.append("\n".join(_regel(v) for v in regels))
    delen.append("\n".join(f"{r['omschrijving']:<{breedte}}  {euro(Decimal(r['bedrag'])):>14}" for r in o["bedragen"]))
    delen += [*o["alineas"][1:], f"{o['afsluiting']}\n\n{o['ondertekening']}"]
    return "\n\n".join(delen) + "\n"


def handle_brief(verzoek: Json) -> Json:
    """Answer a ``brief`` request (art. 6:96 lid 6 BW, HR 2016:2704, Besluit BIK art. 2 lid 3)."""
    if isinstance(verzoek, dict) and verzoek.get("soort") in regelingsbrieven.SOORTEN:
        return regelingsbrieven.handle(verzoek)
    g, vooraf = _lees(verzoek)
    alineas, bedragen, meldingen = alineas_en_bedragen(g)
    eiser = g.schuldeiser
    onderdelen = {
        "afzender": _afzender(eiser), "geadresseerde": _adres(g.schuldenaar),
        "plaats_datum": f"{eiser['plaats']}, {datum_nl(g.verzenddatum)}" if eiser.get("plaats")
        else datum_nl(g.verzenddatum),
        "onderwerp": _onderwerp(g), "aanhef": "Geachte heer, mevrouw,", "alineas": alineas,
        "tabellen_na_alinea": 1,
        "vorderingen": [{"kenmerk": v.kenmerk, "naam": v.naam, "bedrag": json_bedrag(v.bedrag),
                         "vervaldatum": v.vervaldatum.isoformat(), "betaald": json_bedrag(v.betaald),
                         "waarvan_rente": json_bedrag(v.waarvan_rente),
                         "open_hoofdsom": json_bedrag(v.open_hoofdsom)} for v in g.vorderingen],
        "bedragen": [{"omschrijving": o, "bedrag": json_bedrag(b)} for o, b in bedragen],
        "afsluiting": "Met vriendelijke groet,", "ondertekening": eiser["naam"],
    }
    kosten = Decimal(g.berekening["incassokosten"]["totaal"]) > 0
    return {"soort": g.soort, "tekst": _tekst(onderdelen, g.vorderingen),
            "bezorgdatum": g.termijn.bezorgdatum.isoformat(),
            "laatste_dag": g.termijn.laatste_dag.isoformat(),
            "kosten_verschuldigd_vanaf": g.termijn.verschuldigd_vanaf.isoformat()
            if g.veertiendagenbrief and kosten else None,
            "onderdelen": onderdelen, "berekening": g.berekening, "meldingen": vooraf + meldingen}
