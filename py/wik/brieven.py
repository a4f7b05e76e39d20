"""Brieven (letters): herinnering, aanmaning, veertiendagenbrief and ingebrekestelling.

Een consument is pas incassokosten verschuldigd als hij na het intreden van het verzuim een
aanmaning kreeg die de gevolgen van niet betalen noemt, waaronder het precieze bedrag aan
incassokosten, en daarna niet binnen veertien dagen betaalde, te rekenen vanaf de dag na
ontvangst (art. 6:96 lid 6 BW). Alle vorderingen staan in één brief (lid 7). De Hoge Raad
aanvaardt de formulering "binnen veertien dagen vanaf de dag nadat deze brief bij u is
bezorgd"; "14 dagen na dagtekening" of "na verzending" is onvoldoende. Rekent de schuldeiser
btw bij de incassokosten, dan verklaart hij in de brief nadrukkelijk dat hij die btw niet kan
verrekenen (Besluit BIK art. 2 lid 3). Een brief vóór of op de vervaldatum weigeren wij: er is
dan nog geen verzuim. Bij een bedrijf is de aanmaning dezelfde brief zonder de zinnen die
alleen voor een consument gelden: daar is ten minste € 40 al zonder aanmaning verschuldigd
(art. 6:96 lid 4 BW). De ingebrekestelling geeft een laatste termijn van acht dagen (art. 6:82
BW).

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:82, 6:96 lid 4, 6 en 7 (BWBR0005289)
- Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 lid 3 (BWBR0031432)
- HR 13-06-2014, ECLI:NL:HR:2014:1405; HR 25-11-2016, ECLI:NL:HR:2016:2704

>>> brief = handle_brief({"actie": "brief", "soort": "veertiendagenbrief", "verzenddatum": "2026-11-23",
...     "berekening": {"debiteur": "consument", "rente": {"soort": "geen"},
...                    "vorderingen": [{"kenmerk": "F-001", "bedrag": "10000", "vervaldatum": "2026-10-31"}]},
...     "schuldeiser": {"naam": "Bakkerij De Korst", "iban": "NL91ABNA0417164300"},
...     "schuldenaar": {"naam": "J. Jansen"}})
>>> brief["bezorgdatum"], brief["laatste_dag"], brief["kosten_verschuldigd_vanaf"]
('2026-11-25', '2026-12-09', '2026-12-10')
>>> "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in brief["tekst"]
True
>>> "€ 875,00" in brief["tekst"]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import invoer
from . import opdracht as opdrachten
from .bereken import bereken_opdracht
from .brieftekst import alineas_en_bedragen, kenmerk_kaal, opsomming
from .fouten import WikFout
from .geld import euro, json_bedrag
from .termijnen import Termijn, datum_nl, termijn

SOORTEN = ("herinnering", "veertiendagenbrief", "aanmaning", "ingebrekestelling")
_VELDEN = {"actie", "soort", "berekening", "verzenddatum", "schuldeiser", "schuldenaar", "termijn_dagen"}
_VERPLICHT = {"soort", "berekening", "verzenddatum", "schuldeiser", "schuldenaar"}
_SCHULDEISER = ("naam", "adres", "postcode", "plaats", "iban", "email", "telefoon", "kvk")
_SCHULDENAAR = ("naam", "adres", "postcode", "plaats")


@dataclass(frozen=True)
class Vordering:
    """One claim as the letter names it (art. 6:96 lid 7 BW: all claims in one letter)."""

    kenmerk: str
    bedrag: Decimal
    vervaldatum: date


@dataclass(frozen=True)
class Gegevens:
    """Everything a letter is written from: the checked request and the bereken response."""

    soort: str
    consument: bool
    verzenddatum: date
    peildatum: date
    schuldeiser: dict[str, str]
    schuldenaar: dict[str, str]
    vorderingen: tuple[Vordering, ...]
    berekening: dict
    termijn: Termijn
    dagen: int

    @property
    def veertiendagenbrief(self) -> bool:
        """The letter of art. 6:96 lid 6 BW: to a consumer, as veertiendagenbrief or aanmaning."""
        return self.consument and self.soort in ("veertiendagenbrief", "aanmaning")


def _partij(waarde: object, veld: str, velden: tuple[str, ...]) -> dict[str, str]:
    """Name and address of a party; only ``naam`` is required."""
    partij = invoer.object_(waarde, veld, set(velden), {"naam"})
    gegevens = {sleutel: invoer.tekst(partij[sleutel], f"{veld}.{sleutel}") for sleutel in velden if sleutel in partij}
    if not gegevens["naam"]:
        raise WikFout("Vul een naam in.", f"{veld}.naam", "ontbrekend_veld")
    return gegevens


def _te_vroeg(berekening: dict, verzenddatum: date) -> None:
    """Refuse a letter dated on or before a due date: no verzuim yet (art. 6:81, 6:96 lid 6 BW).

    Runs before ``bereken``; a malformed claim is left for ``bereken`` to report.
    """
    regels = berekening.get("vorderingen")
    for i, regel in enumerate(regels if isinstance(regels, list) else []):
        try:
            vervaldatum = invoer.datum(regel.get("vervaldatum") if isinstance(regel, dict) else None, "")
        except WikFout:
            continue
        if verzenddatum <= vervaldatum:
            kenmerk = regel.get("kenmerk")
            kenmerk = kenmerk.strip() if isinstance(kenmerk, str) and kenmerk.strip() else str(i + 1)
            raise WikFout(
                f"Deze brief is gedateerd op {datum_nl(verzenddatum)}, maar factuur {kenmerk_kaal(kenmerk)} "
                "hoefde pas op "
                f"{datum_nl(vervaldatum)} betaald te zijn. Stuur de brief pas na de vervaldatum: eerder is de "
                "klant niet in verzuim (art. 6:96 lid 6 BW).", "verzenddatum", "brief_te_vroeg")


def _bereken(berekening: dict, verzenddatum: date) -> tuple[opdrachten.Opdracht, dict]:
    """Check and compute the calculation, with the letter's date as default peildatum.

    Returns the checked request and the ``bereken`` response; field paths in errors get ``berekening.``.
    """
    verzoek = dict(berekening)
    verzoek.setdefault("peildatum", verzenddatum.isoformat())
    try:
        o = opdrachten.lees(verzoek)
        return o, bereken_opdracht(o)
    except WikFout as fout:
        veld = f"berekening.{fout.veld}" if fout.veld else "berekening"
        raise WikFout(fout.tekst, veld, fout.code) from None


def _vorderingen(o: opdrachten.Opdracht) -> tuple[Vordering, ...]:
    """The checked claims, as entered; each needs a due date (art. 6:96 lid 6 BW)."""
    vorderingen = []
    for v in o.vorderingen:
        if v.vervaldatum is None:
            raise WikFout("Vul de vervaldatum in: een brief kan pas na de vervaldatum worden verstuurd.",
                          f"berekening.vorderingen[{v.volgorde}].vervaldatum", "ontbrekend_veld")
        vorderingen.append(Vordering(v.kenmerk, v.bedrag, v.vervaldatum))
    return tuple(vorderingen)


def _lees(verzoek: object) -> Gegevens:
    """Check a ``brief`` request (SPEC §4 and §6) and compute its figures."""
    verzoek = invoer.object_(verzoek, "", _VELDEN, _VERPLICHT)
    invoer.keuze(verzoek.get("actie", "brief"), "actie", ("brief",))
    soort = invoer.keuze(verzoek["soort"], "soort", SOORTEN)
    verzenddatum = invoer.datum(verzoek["verzenddatum"], "verzenddatum")
    schuldeiser = _partij(verzoek["schuldeiser"], "schuldeiser", _SCHULDEISER)
    schuldenaar = _partij(verzoek["schuldenaar"], "schuldenaar", _SCHULDENAAR)
    dagen = {"herinnering": 14, "ingebrekestelling": 8}.get(soort, 14)
    if "termijn_dagen" in verzoek:
        if soort != "herinnering":
            raise WikFout("Een eigen termijn kunt u alleen bij een herinnering kiezen.", "termijn_dagen",
                          "onbekend_veld")
        dagen = invoer.geheel_getal(verzoek["termijn_dagen"], "termijn_dagen", 8, 14)
    berekening = verzoek["berekening"]
    if not isinstance(berekening, dict):
        raise WikFout("Hier hoort een berekening ({...}) zoals bij \"bereken\".", "berekening", "ongeldig_verzoek")
    _te_vroeg(berekening, verzenddatum)
    o, uitkomst = _bereken(berekening, verzenddatum)
    if Decimal(uitkomst["totaal"]) <= 0:
        raise WikFout("Er staat niets meer open: de betalingen dekken alles. Een brief is niet nodig.",
                      "berekening.betalingen", "niets_open")
    return Gegevens(soort, o.debiteur == "consument", verzenddatum, o.peildatum, schuldeiser,
                    schuldenaar, _vorderingen(o), uitkomst, termijn(verzenddatum, dagen), dagen)


def _adres(partij: dict[str, str]) -> list[str]:
    """Name and address lines of a party, empty lines left out (SPEC §4 letter layout)."""
    regels = [partij["naam"], partij.get("adres", "")]
    regels.append(f"{partij.get('postcode', '')}  {partij.get('plaats', '')}".strip())
    return [regel for regel in regels if regel]


def _afzender(eiser: dict[str, str]) -> list[str]:
    """The creditor's letterhead: address, contact details, KvK and IBAN (SPEC §4: how to pay)."""
    regels = _adres(eiser)
    for sleutel, label in (("telefoon", "Telefoon"), ("email", "E-mail"), ("kvk", "KvK-nummer"), ("iban", "IBAN")):
        if eiser.get(sleutel):
            regels.append(f"{label}: {eiser[sleutel]}")
    return regels


def _onderwerp(g: Gegevens) -> str:
    """The subject line naming every claim (art. 6:96 lid 7 BW: all claims in one letter)."""
    titel = {"herinnering": "Betalingsherinnering", "veertiendagenbrief": "Aanmaning",
             "aanmaning": "Aanmaning", "ingebrekestelling": "Ingebrekestelling"}[g.soort]
    kenmerken = [kenmerk_kaal(v.kenmerk) for v in g.vorderingen]
    return f"{titel} {'facturen' if len(kenmerken) > 1 else 'factuur'} {opsomming(kenmerken)}"


def _tekst(o: dict) -> str:
    """The whole letter as plain text, the tables after the first paragraph."""
    delen = ["\n".join(o["afzender"]), "\n".join(o["geadresseerde"]), o["plaats_datum"],
             f"Onderwerp: {o['onderwerp']}", o["aanhef"], o["alineas"][0]]
    breedte = max(len(r["omschrijving"]) for r in o["bedragen"])
    delen.append("\n".join(f"Factuur {kenmerk_kaal(v['kenmerk'])}, vervaldatum {datum_nl(date.fromisoformat(v['vervaldatum']))}: "
                           f"{euro(Decimal(v['bedrag']))}" for v in o["vorderingen"]))
    delen.append("\n".join(f"{r['omschrijving']:<{breedte}}  {euro(Decimal(r['bedrag'])):>14}" for r in o["bedragen"]))
    delen += o["alineas"][1:] + [f"{o['afsluiting']}\n\n{o['ondertekening']}"]
    return "\n\n".join(delen) + "\n"


def handle_brief(verzoek: dict) -> dict:
    """Answer a ``brief`` request (SPEC §4; art. 6:96 lid 6 BW, HR 2016:2704, Besluit BIK art. 2 lid 3)."""
    g = _lees(verzoek)
    alineas, bedragen, meldingen = alineas_en_bedragen(g)
    eiser = g.schuldeiser
    onderdelen = {
        "afzender": _afzender(eiser), "geadresseerde": _adres(g.schuldenaar),
        "plaats_datum": f"{eiser['plaats']}, {datum_nl(g.verzenddatum)}" if eiser.get("plaats")
        else datum_nl(g.verzenddatum),
        "onderwerp": _onderwerp(g), "aanhef": "Geachte heer, mevrouw,", "alineas": alineas,
        "tabellen_na_alinea": 1,
        "vorderingen": [{"kenmerk": v.kenmerk, "bedrag": json_bedrag(v.bedrag),
                         "vervaldatum": v.vervaldatum.isoformat()} for v in g.vorderingen],
        "bedragen": [{"omschrijving": o, "bedrag": json_bedrag(b)} for o, b in bedragen],
        "afsluiting": "Met vriendelijke groet,", "ondertekening": eiser["naam"],
    }
    kosten = Decimal(g.berekening["incassokosten"]["totaal"]) > 0
    return {"soort": g.soort, "tekst": _tekst(onderdelen), "bezorgdatum": g.termijn.bezorgdatum.isoformat(),
            "laatste_dag": g.termijn.laatste_dag.isoformat(),
            "kosten_verschuldigd_vanaf": g.termijn.verschuldigd_vanaf.isoformat()
            if g.veertiendagenbrief and kosten else None,
            "onderdelen": onderdelen, "berekening": g.berekening, "meldingen": meldingen}
