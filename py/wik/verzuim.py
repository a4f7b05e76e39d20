"""Verzuim (default): which claims a letter may name, and from when interest runs.

A debtor is in verzuim without a letter once a fixed payment day has passed (art. 6:83 sub a
BW). For a consumer a term the creditor only printed on the invoice is in principle no fixed
term: only an agreed one is (in the contract, or in general terms accepted before or at the
contract; Rb. Noord-Holland 2023, ECLI:NL:RBNHO:2023:6558). Without it, verzuim starts when the
term of an ingebrekestelling has passed (art. 6:82 BW), and the 14-day letter of art. 6:96 lid 6
BW, which must follow "na het intreden van het verzuim", may only be sent after that. A letter
names every claim that is in verzuim on its date (lid 7) and no other: a claim not yet due stays
out of the letter and out of its cost base.

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:81, 6:82, 6:83, 6:96 lid 6 en 7 (BWBR0005289)
- Rb. Noord-Holland 26-07-2023, ECLI:NL:RBNHO:2023:6558

>>> stand, _ = bepaal({}, "veertiendagenbrief", True, date(2026, 11, 23))
>>> stand.grens
datetime.date(2026, 11, 23)
>>> verzoek, ingevuld, meldingen = in_verzuim({"vorderingen": [
...     {"kenmerk": "A", "bedrag": "100", "vervaldatum": "2026-10-31"},
...     {"bedrag": "150", "vervaldatum": "2026-11-30"}]}, stand, date(2026, 11, 23))
>>> [v.get("kenmerk") for v in verzoek["vorderingen"]], verzoek["peildatum"]
(['A'], '2026-11-23')
>>> meldingen[0]["tekst"][:74]
'Niet in deze brief: de factuur van € 150,00 met vervaldatum 30 november 20'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from . import invoer
from .brieftekst import kenmerk_kaal, opsomming
from .fouten import BriefTeVroeg, OntbrekendVeld, WikFout
from .geld import Json, Melding, euro
from .opdracht import automatisch_kenmerk
from .termijnen import datum_nl, termijn

INGEBREKESTELLING_DAGEN = 8  # the last term of an ingebrekestelling (art. 6:82 BW: "een redelijke termijn")


@dataclass(frozen=True)
class Verzuim:
    """From when the claims in a letter are in default (art. 6:81–6:83 BW)."""

    grens: date  # a claim due before this day is in verzuim
    rente_vanaf: date | None = None  # no interest for the days before (verzuim after an ingebrekestelling)
    zonder_rente: bool = False  # no verzuim yet at all: no interest in this letter


def bepaal(verzoek: Json, soort: str, consument: bool, verzenddatum: date) -> tuple[Verzuim, list[Melding]]:
    """When the debtor is in verzuim; a consumer without an agreed term only after an ingebrekestelling.

    A payment term the creditor only printed on the invoice is in principle no fixed term; then
    verzuim starts when the term of an ingebrekestelling has passed (art. 6:82, 6:83 sub a BW), and
    the 14-day letter may only follow after that (art. 6:96 lid 6: "na het intreden van het verzuim").
    """
    afgesproken = invoer.ja_nee(verzoek.get("betaaltermijn_afgesproken", True), "betaaltermijn_afgesproken")
    if afgesproken or not consument:
        return Verzuim(verzenddatum), []
    if soort in ("herinnering", "ingebrekestelling"):
        return Verzuim(verzenddatum, zonder_rente=True), [{"code": "rente_na_verzuim", "tekst": (
            "De betaaltermijn is niet afgesproken, dus de klant is nog niet in verzuim: deze brief noemt geen rente. "
            "Na de termijn van de ingebrekestelling is de klant wel in verzuim (art. 6:82 BW); daarna kunt u de "
            "veertiendagenbrief sturen.")}]
    if "ingebrekestelling_verzonden" not in verzoek:
        raise OntbrekendVeld("Zonder afgesproken betaaltermijn moet u eerst een ingebrekestelling sturen. Vul de datum "
                      "in waarop u die verstuurde.", "ingebrekestelling_verzonden")
    ingebreke = termijn(invoer.datum(verzoek["ingebrekestelling_verzonden"], "ingebrekestelling_verzonden"),
                        INGEBREKESTELLING_DAGEN)
    if verzenddatum <= ingebreke.laatste_dag:
        raise BriefTeVroeg(f"De termijn van uw ingebrekestelling loopt tot en met {datum_nl(ingebreke.laatste_dag)}. "
                      "Pas daarna is de klant in verzuim en mag de veertiendagenbrief worden verstuurd "
                      f"(art. 6:96 lid 6 BW). Stuur deze brief op {datum_nl(ingebreke.verschuldigd_vanaf)} of later.",
                      "verzenddatum")
    return Verzuim(ingebreke.verzenddatum, rente_vanaf=ingebreke.verschuldigd_vanaf), [{
        "code": "verzuim_na_ingebrekestelling", "tekst": (
            "De betaaltermijn was niet afgesproken. Daarom rekent deze brief alleen met de facturen die al "
            "openstonden toen u de ingebrekestelling verstuurde, en loopt de rente pas vanaf "
            f"{datum_nl(ingebreke.verschuldigd_vanaf)}, de dag na de termijn van de ingebrekestelling.")}]


def lees_vervaldatum(regel: object) -> date | None:
    """A claim's due date if it is readable; a malformed claim is left for ``bereken`` to report."""
    try:
        return invoer.datum(regel.get("vervaldatum") if isinstance(regel, dict) else None, "")
    except WikFout:
        return None


def eigen_kenmerk(regel: Json) -> str:
    """The kenmerk the user gave a claim as entered ("" when none)."""
    eigen = regel.get("kenmerk")
    return eigen.strip() if isinstance(eigen, str) else ""


def _kenmerk(regel: Json, i: int) -> str:
    """The kenmerk ``bereken`` gives the ``i``-th claim (``opdracht._vorderingen``): its own, else its place."""
    return eigen_kenmerk(regel) or automatisch_kenmerk(i)


def _naam(regel: Json, i: int) -> str:
    kenmerk = regel.get("kenmerk")
    if isinstance(kenmerk, str) and kenmerk.strip():
        return f"factuur {kenmerk_kaal(kenmerk.strip())}"
    bedrag = euro(invoer.bedrag(regel.get("bedrag"), f"vorderingen[{i}].bedrag"))  # checked before: never raises
    vervaldatum = lees_vervaldatum(regel)
    return f"de factuur van {bedrag}" + (f" met vervaldatum {datum_nl(vervaldatum)}" if vervaldatum else "")


def in_verzuim(berekening: Json, verzuim: Verzuim, verzenddatum: date) -> tuple[Json, list[Any], list[Melding]]:
    """Only claims in verzuim go into the letter and its cost base (art. 6:96 lid 6 and 7 BW).

    Claims not yet due are left out with a notice, with the payments that name them; if none
    is in verzuim the letter is refused. The interest runs to the letter's date. Returns the
    request to compute, the claims as entered, and the notice.
    """
    verzoek = dict(berekening, peildatum=verzenddatum.isoformat())
    regels = berekening.get("vorderingen")
    if not isinstance(regels, list):
        return verzoek, [], []
    wel: list[object] = []
    ingevuld: list[Any] = []
    niet: list[tuple[str, str]] = []
    vroegste: date | None = None
    for i, regel in enumerate(regels):
        vervaldatum = lees_vervaldatum(regel)
        if vervaldatum is None or vervaldatum < verzuim.grens:
            # Its kenmerk written out: a claim numbered by its place keeps its number (and its payments)
            # when an earlier claim is left out. The letter names it from the claim as entered.
            vast = dict(regel, kenmerk=_kenmerk(regel, i)) if isinstance(regel, dict) else regel
            wel.append(_rente_vanaf(vast, vervaldatum, verzuim))
            ingevuld.append(regel)
        else:
            niet.append((_naam(regel, i), _kenmerk(regel, i)))
            vroegste = min(vroegste or vervaldatum, vervaldatum)
    if not wel:
        # Set: every claim is in ``niet``, and there is one (``brieven`` had ``bereken`` refuse an empty list).
        assert vroegste is not None
        raise BriefTeVroeg(f"Deze brief is gedateerd op {datum_nl(verzenddatum)}, maar geen enkele factuur was toen al "
                      f"te laat betaald: de eerste betaaldag is {datum_nl(vroegste)}. Stuur de brief pas daarna: "
                      "eerder is de klant niet in verzuim (art. 6:96 lid 6 BW).", "verzenddatum")
    if not niet:
        verzoek["vorderingen"] = wel
        return verzoek, ingevuld, []
    weg = {k for _, k in niet}
    betalingen = berekening.get("betalingen")
    if isinstance(betalingen, list):
        verzoek["betalingen"] = [b for b in betalingen if not _betaalt(b, weg)]
    verzoek["vorderingen"] = wel
    namen = opsomming([n for n, _ in niet])
    return verzoek, ingevuld, [{"code": "niet_in_verzuim", "tekst": (
        f"Niet in deze brief: {namen}. De betaaldag daarvan was op de datum van de brief nog niet voorbij, dus "
        f"de klant is daarvoor nog niet in verzuim. {'Die facturen tellen' if len(niet) > 1 else 'Die factuur telt'} "
        "ook niet mee voor de incassokosten (art. 6:96 lid 6 en 7 BW). Stuur daarvoor later een aparte brief, of "
        "wacht en neem alles samen in één brief.")}]


def _rente_vanaf(regel: object, vervaldatum: date | None, verzuim: Verzuim) -> object:
    """The claim as computed: interest from ``verzuim.rente_vanaf`` when verzuim began later."""
    if (verzuim.rente_vanaf is None or vervaldatum is None or vervaldatum >= verzuim.rente_vanaf
            or not isinstance(regel, dict)):  # never true on its own: a due date was read, so it is an object
        return regel
    return dict(regel, vervaldatum=(verzuim.rente_vanaf - timedelta(days=1)).isoformat())


def _betaalt(betaling: object, kenmerken: set[str]) -> bool:
    """Whether a payment names one of ``kenmerken`` (a malformed payment is left for ``bereken``)."""
    return isinstance(betaling, dict) and isinstance(betaling.get("kenmerk"), str) and betaling["kenmerk"] in kenmerken
