# About 200 lines: each judgement (costs, btw, interest, other costs) is one function over one article.
"""Controle (the debtor's check): may a collection letter ask for these costs and this interest?

The same rules that tell a creditor what he may charge tell a debtor what he may be charged.
A consumer owes collection costs only after a correct 14-day letter went unanswered: sent
after verzuim, the exact amount of the costs named (not "maximaal"), and a term of fourteen
days from the day after receipt (art. 6:96 lid 6 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704 — a
term counted from the letter's date or "na verzending" is too short). The amount is at most
the staffel of the Besluit BIK (mandatory for a consumer, art. 6:96 lid 5), plus btw only
with the express declaration of art. 2 lid 3. Administration, file or KvK costs on top are
not allowed: the fee covers all extrajudicial collection costs. A consumer owes the statutory
interest of art. 6:119 BW, not the commercial interest of 6:119a. For a business the staffel is
default law: more is only owed if it was agreed in writing, and even then a court may reduce
it (HR 10-07-2015, ECLI:NL:HR:2015:1868): that is ``onzeker``, with what to ask for. A claim
that may be time-barred (art. 3:307 BW, five years; art. 7:28 BW, two years for a consumer
sale) gets a warning, never a verdict. Wording the check cannot classify gives ``onzeker``.

Bronnen:

- Burgerlijk Wetboek Boek 6, art. 6:96 lid 2, 5, 6 en 7, 6:119, 6:119a (BWBR0005289)
- Burgerlijk Wetboek Boek 3, art. 3:307, 3:317; Boek 7, art. 7:28 (BWBR0005291, BWBR0005290)
- Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 (BWBR0031432)
- HR 25-11-2016, ECLI:NL:HR:2016:2704; HR 10-07-2015, ECLI:NL:HR:2015:1868

>>> a = handle_controleer({"actie": "controleer", "debiteur": "consument", "peildatum": "2026-11-30",
...     "vorderingen": [{"kenmerk": "F-1", "bedrag": "500.00", "vervaldatum": "2026-08-31"}],
...     "geeist": {"incassokosten": "75.00", "overige_kosten": "15.00"},
...     "veertiendagenbrief": {"ontvangen_op": "2026-10-01", "termijn": "binnen 14 dagen na ontvangst van deze brief",
...                            "kosten_genoemd": "exact", "btw_verklaring": False}})
>>> a["oordeel"], a["toegestaan"]["incassokosten"], a["verschil"]
('te_hoog', '75.00', '15.00')
>>> [p["code"] for p in a["punten"]]
['overige_kosten']
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from . import invoer
from .bereken import bereken
from .controlepunten import Punten, termijn_woorden
from .feestdagen import volgende_werkdag
from .geld import NUL, Json, euro, json_bedrag
from .incassokosten import btw_verhoging
from .termijnen import datum_nl

_VELDEN = {"actie", "debiteur", "vorderingen", "betalingen", "peildatum", "geeist", "veertiendagenbrief",
           "rente_afgesproken", "kosten_afgesproken"}
_GEEIST = ("incassokosten", "btw_op_kosten", "rente", "overige_kosten")
_BRIEF = {"ontvangen_op", "termijn", "kosten_genoemd", "btw_verklaring"}


def _geeist(waarde: object) -> dict[str, Decimal | None]:
    geeist = invoer.object_(waarde, "geeist", set(_GEEIST))
    return {k: invoer.bedrag_of_nul(geeist[k], f"geeist.{k}") if k in geeist else None for k in _GEEIST}


def _brief(waarde: object) -> Json:
    brief = invoer.object_(waarde, "veertiendagenbrief", _BRIEF)
    uit: Json = {"ontvangen_op": None, "termijn": "", "kosten_genoemd": None, "btw_verklaring": False}
    if "ontvangen_op" in brief:
        uit["ontvangen_op"] = invoer.datum(brief["ontvangen_op"], "veertiendagenbrief.ontvangen_op")
    if "termijn" in brief:
        uit["termijn"] = invoer.tekst(brief["termijn"], "veertiendagenbrief.termijn", max_lengte=500)
    if "kosten_genoemd" in brief:
        uit["kosten_genoemd"] = invoer.keuze(brief["kosten_genoemd"], "veertiendagenbrief.kosten_genoemd",
                                             ("exact", "maximaal", "niet"))
    if "btw_verklaring" in brief:
        uit["btw_verklaring"] = invoer.ja_nee(brief["btw_verklaring"], "veertiendagenbrief.btw_verklaring")
    return uit


def _berekening(verzoek: Json, debiteur: str) -> Json:
    """What the law allows, computed by ``bereken``: statutory interest for the debtor, the staffel."""
    soort = "wettelijk" if debiteur == "consument" else "handels"
    velden: Json = {k: verzoek[k] for k in ("vorderingen", "betalingen", "peildatum") if k in verzoek}
    return bereken({"actie": "bereken", "debiteur": debiteur, "rente": {"soort": soort}, "kosten": {"soort": "wik"},
                    **velden})


def _kosten_consument(p: Punten, brief: Json, peildatum: date) -> bool:
    """Whether a consumer owes the costs at all: a correct 14-day letter whose term is over (6:96 lid 6)."""
    if brief["ontvangen_op"] is None:
        p.niet("geen_veertiendagenbrief", "U hebt geen 14-dagenbrief gekregen, of u weet niet wanneer. Zonder die "
               "brief, en zonder dat de termijn daarvan voorbij is, hoeft u geen incassokosten te betalen.",
               "art. 6:96 lid 6 BW")
        return False
    woorden = termijn_woorden(brief["termijn"])
    if woorden == "fout":
        p.niet("termijn_verkeerd", "De brief rekent de termijn vanaf de datum van de brief of de verzending. De wet "
               "geeft u veertien dagen vanaf de dag nadat u de brief ontving. Met deze brief zijn de incassokosten "
               "niet verschuldigd.", "art. 6:96 lid 6 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704")
        return False
    if brief["kosten_genoemd"] in ("maximaal", "niet"):
        p.niet("kosten_niet_exact", "De brief noemt niet precies welk bedrag aan incassokosten u moet betalen "
               "(bijvoorbeeld \"maximaal\" of helemaal geen bedrag). Dan zijn de kosten niet verschuldigd.",
               "art. 6:96 lid 6 BW")
        return False
    if woorden == "onbekend" or brief["kosten_genoemd"] is None:
        p.onzeker("termijn_onduidelijk", "Wij kunnen niet vaststellen of de 14-dagenbrief klopt. Kijk of er staat "
                  "\"binnen veertien dagen na ontvangst\" (of \"vanaf de dag nadat deze brief bij u is bezorgd\") en "
                  "of het precieze bedrag aan incassokosten erin staat. Staat er \"na dagtekening\" of \"maximaal\", "
                  "dan zijn de kosten niet verschuldigd.", "art. 6:96 lid 6 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704")
    laatste = volgende_werkdag(brief["ontvangen_op"] + timedelta(days=14))  # Atw art. 1
    if peildatum <= laatste:
        p.niet("termijn_loopt_nog", f"De termijn van de 14-dagenbrief loopt tot en met {datum_nl(laatste)}. Betaalt "
               "u de hoofdsom en de rente daarvóór, dan hoeft u geen incassokosten te betalen.",
               "art. 6:96 lid 6 BW; Algemene termijnenwet art. 1")
        return False
    return True


def _oordeel_kosten(p: Punten, v: Json, a: Json, geeist: dict[str, Decimal | None],
                    debiteur: str) -> tuple[Decimal, Decimal]:
    """The costs and their btw the debtor may be charged (Besluit BIK art. 2; art. 6:96 lid 4–6 BW)."""
    staffel = Decimal(a["incassokosten"]["bedrag"])
    gevraagd, btw = geeist["incassokosten"], geeist["btw_op_kosten"] or NUL
    if not gevraagd:
        return NUL, NUL
    peildatum = invoer.datum(v["peildatum"], "peildatum")
    if debiteur == "consument" and not _kosten_consument(p, _brief(v.get("veertiendagenbrief", {})), peildatum):
        return NUL, NUL
    toegestaan = min(gevraagd, staffel)
    if gevraagd > staffel and debiteur == "consument":
        p.te_hoog("kosten_boven_staffel", f"U mag hoogstens {euro(staffel)} aan incassokosten betalen (de wettelijke "
                  f"staffel over de hoofdsom). De brief vraagt {euro(gevraagd)}.",
                  "art. 6:96 lid 5 BW; Besluit BIK art. 2")
    elif gevraagd > staffel:
        if invoer.ja_nee(v.get("kosten_afgesproken", False), "kosten_afgesproken"):
            toegestaan = gevraagd
        p.onzeker("kosten_boven_staffel_bedrijf", f"De brief vraagt {euro(gevraagd)}; de wettelijke staffel is "
                  f"{euro(staffel)}. Meer mag alleen als u dat schriftelijk hebt afgesproken, en ook dan kan de "
                  "rechter het verlagen. Vraag om de afspraak op papier (de algemene voorwaarden).",
                  "art. 6:96 lid 5 BW; HR 10-07-2015, ECLI:NL:HR:2015:1868")
    btw_mag = NUL
    if btw > 0:
        verklaard = _brief(v.get("veertiendagenbrief", {}))["btw_verklaring"]
        btw_mag = btw_verhoging(toegestaan) if verklaard else NUL  # the creditor's own rounding (art. 2 lid 3)
        if not verklaard:
            p.te_hoog("btw_zonder_verklaring", "De brief rekent btw over de incassokosten, maar verklaart niet dat de "
                      "schuldeiser die btw niet kan aftrekken. Zonder die verklaring is de btw niet verschuldigd.",
                      "Besluit BIK art. 2 lid 3")
        elif btw > btw_mag:
            p.te_hoog("btw_te_hoog", f"Over {euro(toegestaan)} is hoogstens {euro(btw_mag)} btw verschuldigd.",
                      "Besluit BIK art. 2 lid 3")
    return toegestaan, min(btw, btw_mag)


def _oordeel_rente(p: Punten, v: Json, a: Json, geeist: dict[str, Decimal | None], debiteur: str) -> Decimal:
    """Interest at most the statutory rate, unless a higher rate was agreed (art. 6:119, 6:119a BW)."""
    mag, gevraagd = Decimal(a["rente"]["open"]), geeist["rente"]
    if gevraagd is None or gevraagd <= mag:
        return mag if gevraagd is None else gevraagd
    afgesproken = invoer.ja_nee(v.get("rente_afgesproken", False), "rente_afgesproken")
    if debiteur == "consument":
        handels = Decimal(_berekening_handels(v)["rente"]["open"])
        if gevraagd >= handels - Decimal("0.01") * max(len(v["vorderingen"]), 1) and not afgesproken:
            p.te_hoog("handelsrente_consument", "De brief rekent handelsrente. Die geldt alleen tussen bedrijven; u "
                      f"betaalt de wettelijke rente: {euro(mag)}.", "art. 6:119 en 6:119a BW")
            return mag
    if afgesproken:
        p.onzeker("rente_afgesproken", f"De brief vraagt {euro(gevraagd)} rente; de wettelijke rente is {euro(mag)}. "
                  "Een hogere rente mag alleen als die is afgesproken. Vraag om de afspraak op papier.",
                  "art. 6:119 lid 3 BW")
        return gevraagd
    p.te_hoog("rente_te_hoog", f"De brief vraagt {euro(gevraagd)} rente; de wettelijke rente tot nu is {euro(mag)}. "
              "Meer mag alleen als een hogere rente is afgesproken.", "art. 6:119, 6:119a en 6:120 BW")
    return mag


def _berekening_handels(v: Json) -> Json:
    velden: Json = {k: v[k] for k in ("vorderingen", "betalingen", "peildatum") if k in v}
    return bereken({"actie": "bereken", "debiteur": "bedrijf", "rente": {"soort": "handels"},
                    "kosten": {"soort": "geen"}, **velden})


def handle_controleer(verzoek: Json) -> Json:
    """Answer a ``controleer`` request: the verdict, what is allowed, and each finding with its article."""
    v = invoer.object_(verzoek, "", _VELDEN, {"debiteur", "vorderingen", "peildatum"})
    debiteur = invoer.keuze(v["debiteur"], "debiteur", ("consument", "bedrijf"))
    geeist = _geeist(v.get("geeist", {}))
    _brief(v.get("veertiendagenbrief", {}))  # checked up front, so a bad field is named even when unused
    a = _berekening(v, debiteur)
    p = Punten()
    kosten, btw = _oordeel_kosten(p, v, a, geeist, debiteur)
    rente = _oordeel_rente(p, v, a, geeist, debiteur)
    overige = geeist["overige_kosten"] or NUL
    if overige > 0:
        (p.te_hoog if debiteur == "consument" else p.onzeker)(
            "overige_kosten", f"De brief rekent {euro(overige)} aan andere kosten (administratie-, dossier- of "
            "KvK-kosten). Die mogen niet bovenop de incassokosten: de vergoeding dekt alle kosten van het innen."
            + ("" if debiteur == "consument"
               else " Alleen als u dat schriftelijk hebt afgesproken, kan het anders zijn."),
            "art. 6:96 lid 2 sub c en lid 5 BW; Besluit BIK art. 2")
    p.verjaring(v, debiteur)
    hoofdsom = Decimal(a["hoofdsom"])
    totaal = hoofdsom + rente + kosten + btw
    gevraagd = hoofdsom + sum((geeist[k] or NUL for k in _GEEIST if k != "rente"), NUL) + (
        geeist["rente"] if geeist["rente"] is not None else Decimal(a["rente"]["open"]))
    return {"oordeel": p.oordeel(), "debiteur": debiteur, "hoofdsom": json_bedrag(hoofdsom),
            "toegestaan": {"incassokosten": json_bedrag(kosten), "btw": json_bedrag(btw), "rente": json_bedrag(rente),
                           "totaal": json_bedrag(totaal)},
            "gevraagd": json_bedrag(gevraagd), "verschil": json_bedrag(max(gevraagd - totaal, NUL)),
            "punten": p.lijst, "berekening": a}
