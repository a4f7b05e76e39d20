"""Regelingsbrieven (letters about what is owed): the creditor's confirmation of a payment plan,
the debtor's objection to a collection letter, and the debtor's proposal to pay in termijnen.

The objection names what is disputed and why, with the article each point rests on (from
``controle``), says what the debtor pays now — the part that is not disputed — and asks for a
specification. A debtor who pays what is undisputed and objects in writing to the rest shows
good faith; a claim the debtor disputes with reasons is one a court will look at (art. 6:96
lid 2 sub c and lid 5 BW: only reasonable costs; HR 13-06-2014, ECLI:NL:HR:2014:1405). The
proposal offers the allowed total in monthly termijnen. The creditor's confirmation puts an
agreed plan in writing (``regeling``).

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:44, 6:96 (BWBR0005289); Boek 3, art. 3:317, 3:318 (BWBR0005291)
- HR 13-06-2014, ECLI:NL:HR:2014:1405

>>> brief = handle({"actie": "brief", "soort": "bezwaar", "verzenddatum": "2026-12-01",
...     "schuldeiser": {"naam": "Incasso BV"}, "schuldenaar": {"naam": "J. Jansen"},
...     "controle": {"debiteur": "consument", "peildatum": "2026-12-01",
...                  "vorderingen": [{"kenmerk": "F-1", "bedrag": "500.00", "vervaldatum": "2026-08-31"}],
...                  "geeist": {"incassokosten": "75.00", "overige_kosten": "15.00"}}})
>>> "specificatie" in brief["tekst"], "€ 15,00" in brief["tekst"], brief["meldingen"][0]["code"]
(True, True, 'aangetekend')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from . import invoer, regeling
from .bereken import bereken
from .controle import handle_controleer
from .fouten import OngeldigVerzoek, WikFout
from .geld import Json, Melding, euro, json_bedrag
from .termijnen import datum_nl

VAN_SCHULDEISER = ("betalingsregeling",)  # the rekentool's letter
VAN_SCHULDENAAR = ("bezwaar", "voorstel_betalingsregeling")  # the debtor's check's replies
SOORTEN = VAN_SCHULDEISER + VAN_SCHULDENAAR
_BASIS = {"actie", "soort", "verzenddatum", "schuldeiser", "schuldenaar"}
_EXTRA = {"betalingsregeling": ({"berekening", "regeling"}, {"berekening", "regeling"}),
          "bezwaar": ({"controle", "betaalt_nu"}, {"controle"}),
          "voorstel_betalingsregeling": ({"controle", "regeling"}, {"controle", "regeling"})}


def _adres(p: dict[str, str]) -> str:
    regels = [p["naam"], p.get("adres", ""), f"{p.get('postcode', '')}  {p.get('plaats', '')}".strip()]
    regels += [f"E-mail: {p['email']}"] if p.get("email") else []
    return "\n".join(r for r in regels if r)


def _controle(waarde: object) -> Json:
    if not isinstance(waarde, dict):
        raise OngeldigVerzoek("Hier hoort een controle ({...}) zoals bij \"controleer\".", "controle")
    try:
        return handle_controleer({**waarde, "actie": "controleer"})
    except WikFout as fout:
        raise fout.onder("controle") from None


def _brief(van: dict[str, str], aan: dict[str, str], datum: date, onderwerp: str, alineas: list[str],
           meldingen: list[Melding], soort: str, **extra: object) -> Json:
    plaats = f"{van['plaats']}, {datum_nl(datum)}" if van.get("plaats") else datum_nl(datum)
    tekst = "\n\n".join([_adres(van), _adres(aan), plaats, f"Onderwerp: {onderwerp}", "Geachte heer, mevrouw,",
                         *alineas, f"Met vriendelijke groet,\n\n{van['naam']}"]) + "\n"
    return {"soort": soort, "tekst": tekst, "onderwerp": onderwerp, "alineas": alineas, "meldingen": meldingen, **extra}


def _bezwaar(v: Json, eiser: dict[str, str], schuldenaar: dict[str, str], datum: date) -> Json:
    c = _controle(v["controle"])
    betaalt = invoer.ja_nee(v.get("betaalt_nu", True), "betaalt_nu")
    bezwaren = [p for p in c["punten"] if p["soort"] in ("te_hoog", "niet_verschuldigd")]
    vragen = [p for p in c["punten"] if p["soort"] == "onzeker"]
    alineas = [f"Ik heb uw brief ontvangen over de vordering van in totaal {euro(Decimal(c['gevraagd']))}. Ik ben het "
               "daar niet helemaal mee eens. Hieronder leest u waarom."]
    alineas += [f"- {p['tekst']} ({p['artikel']})" for p in bezwaren]
    alineas += [f"- Graag ontvang ik uitleg: {p['tekst']} ({p['artikel']})" for p in vragen]
    if not bezwaren and not vragen:
        alineas.append("- Ik wil graag zeker weten dat de vordering klopt.")
    toegestaan = Decimal(c["toegestaan"]["totaal"])
    alineas.append(f"Het deel dat ik niet betwist, {euro(toegestaan)}, " + (
        "betaal ik u binnen veertien dagen." if betaalt else "betaal ik zodra u mij de specificatie hebt gestuurd."))
    alineas.append("Stuur mij een specificatie van de vordering: de facturen met hun datum, de hoofdsom, de rente per "
                   "periode met het percentage, de incassokosten en hoe die zijn berekend, en wat ik al heb betaald. "
                   "Tot ik die heb ontvangen, betaal ik het betwiste deel niet.")
    meldingen = [{"code": "aangetekend", "tekst": "Stuur deze brief per e-mail én aangetekend, en bewaar een kopie. "
                  "Betaal het deel dat u niet betwist op tijd."}]
    onderwerp = "Bezwaar tegen uw vordering en verzoek om specificatie"
    return _brief(schuldenaar, eiser, datum, onderwerp, alineas, meldingen,
                  "bezwaar", controle=c, betaalt_nu=json_bedrag(toegestaan))


def _voorstel(v: Json, eiser: dict[str, str], schuldenaar: dict[str, str], datum: date) -> Json:
    c = _controle(v["controle"])
    aantal, eerste, _ = regeling.lees(v["regeling"], "regeling", datum)
    totaal = Decimal(c["toegestaan"]["totaal"])
    termijnen, regels = regeling.schema(totaal, aantal, eerste)
    alineas = [f"Ik wil de vordering graag betalen, maar ik kan het bedrag van {euro(totaal)} niet in één keer "
               f"betalen. Ik stel voor dat ik het in {aantal} maandelijkse termijnen betaal:", regels,
               "Wilt u mij laten weten of u met dit voorstel akkoord gaat? Zolang ik de termijnen op tijd betaal, "
               "vraag ik u geen verdere kosten te rekenen en de incasso stil te leggen."]
    if Decimal(c["verschil"]) > 0:
        alineas.insert(1, f"Dit is het bedrag dat volgens de wet verschuldigd is; het deel van "
                          f"{euro(Decimal(c['verschil']))} dat uw brief meer vraagt, betwist ik.")
    meldingen = [{"code": "schuldhulp", "tekst": "Lukt betalen niet, ook niet in termijnen? Vraag dan hulp bij de "
                  "schuldhulpverlening van uw gemeente of bij Het Juridisch Loket (0900-8020)."}]
    return _brief(schuldenaar, eiser, datum, "Voorstel voor een betalingsregeling", alineas, meldingen,
                  "voorstel_betalingsregeling", termijnen=termijnen, controle=c)


def _bevestiging(v: Json, eiser: dict[str, str], schuldenaar: dict[str, str], datum: date) -> Json:
    berekening = v["berekening"]
    if not isinstance(berekening, dict):
        raise OngeldigVerzoek("Hier hoort een berekening ({...}) zoals bij \"bereken\".", "berekening")
    try:
        a = bereken({**berekening, "peildatum": datum.isoformat()})
    except WikFout as fout:
        raise fout.onder("berekening") from None
    aantal, eerste, rente = regeling.lees(v["regeling"], "regeling", datum)
    totaal = Decimal(a["nu_verschuldigd"])
    termijnen, regels = regeling.schema(totaal, aantal, eerste)
    betalen = f" op rekening {eiser['iban']} ten name van {eiser['naam']}" if eiser.get("iban") else ""
    alineas = [f"Hierbij bevestigen wij de betalingsregeling die wij met u hebben afgesproken. U bent ons op "
               f"{datum_nl(datum)} in totaal {euro(totaal)} verschuldigd. Dat betaalt u in {aantal} maandelijkse "
               f"termijnen{betalen}:", regels, regeling.rentezin(rente), regeling.GEMIST,
               "Wilt u deze regeling bevestigen door te antwoorden op deze brief? Dan weten wij zeker dat wij "
               "hetzelfde hebben afgesproken."]
    return _brief(eiser, schuldenaar, datum, "Bevestiging betalingsregeling", alineas, [], "betalingsregeling",
                  termijnen=termijnen, berekening=a)


def handle(verzoek: object) -> Json:
    """Answer a ``brief`` request of one of ``SOORTEN`` (the debtor's letters and the plan's confirmation)."""
    soort = invoer.keuze(verzoek.get("soort") if isinstance(verzoek, dict) else None, "soort", SOORTEN)
    velden, verplicht = _EXTRA[soort]
    v = invoer.object_(verzoek, "", _BASIS | velden, _BASIS - {"actie"} | verplicht)
    datum = invoer.datum(v["verzenddatum"], "verzenddatum")
    eiser = invoer.partij(v["schuldeiser"], "schuldeiser", invoer.PARTIJ)
    schuldenaar = invoer.partij(v["schuldenaar"], "schuldenaar", invoer.PARTIJ)
    maak = {"bezwaar": _bezwaar, "voorstel_betalingsregeling": _voorstel, "betalingsregeling": _bevestiging}[soort]
    return maak(v, eiser, schuldenaar, datum)
