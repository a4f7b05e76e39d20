"""The generators of the wik_tabellen hook for the planner: the dated steps, verjaring and the btw refund.

Helper module, not a hook (not listed in mkdocs.yml); each public function is called by the marker of its name.
"""

from __future__ import annotations

from datetime import date, timedelta

from _motor import _engine, datum, tabel, vraag
from mkdocs.exceptions import PluginError

#: The terms of verjaring on the page, each with its article: (name, years).
VERJARING = (("Betaling uit een overeenkomst, zoals uw factuur (art. 3:307 BW)", 5),
             ("Koopprijs bij een consumentenkoop (art. 7:28 BW)", 2))
KWARTALEN = ("eerste", "tweede", "derde", "vierde")


def traject(factuurdatum: str, dagen: str, debiteur: str, *opties: str) -> str:
    """The dated six steps; ``zonder-afspraak``: a consumer without an agreed payment term (step 5 first)."""
    verzoek = {"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": int(dagen),
               "debiteur": debiteur}
    naam = "traject"
    for optie in opties:
        if optie != "zonder-afspraak":
            raise PluginError(f"wik_traject kent de optie {optie!r} niet")
        verzoek["betaaltermijn_afgesproken"] = False
        naam = "traject-zonder-afspraak"
    antwoord = vraag(verzoek)
    rijen = [[f"{s['nummer']}. {s['naam']}" if s["nummer"] else s["naam"],
              datum(s["datum"], weekdag=True) if s["datum"] else "vooraf",
              "**ja**" if s["wettelijk_verplicht"] else "nee"] for s in antwoord["stappen"]]
    onder = f"Uiterste betaaldag: {datum(antwoord['vervaldatum'], weekdag=True)}."
    return tabel(naam, ["Stap", "Datum", "Wettelijk verplicht?"], rijen, onder)


def _plan(factuurdatum: str, dagen: str, debiteur: str) -> dict:
    return vraag({"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": int(dagen),
                  "debiteur": debiteur})


def traject_dagen(factuurdatum: str, dagen: str, debiteur: str, van: str, tot: str) -> str:
    """The number of days from step ``van`` to step ``tot`` of the planner (step 1 is the invoice)."""
    data = {str(s["nummer"]): s["datum"] for s in _plan(factuurdatum, dagen, debiteur)["stappen"] if s["datum"]}
    if van not in data or tot not in data:
        raise PluginError(f"wik_traject_dagen: stap {van} of {tot} heeft geen datum")
    return str((date.fromisoformat(data[tot]) - date.fromisoformat(data[van])).days)


def _laatste_dag(begin: date, jaren: int) -> date:
    """A term of ``jaren`` years that starts at the beginning of ``begin``: its last day (art. 3:307, 3:319 BW)."""
    return _engine().kalender.verjaardag(begin, jaren) - timedelta(days=1)


def verjaring(factuurdatum: str, dagen: str, debiteur: str) -> str:
    """The example of the planner: when the claim is time-barred, without and with the 14-day letter as stuiting.

    The term starts at the beginning of the day after the uiterste betaaldag (the safe, early reading of
    "de dag, volgende op die waarop de vordering opeisbaar is geworden", art. 3:307 BW). A written
    aanmaning stuits it once the debtor has it (art. 3:317 lid 1 BW); a new term of the same length,
    at most five years, starts the next day (art. 3:319 BW). The delivery day is the engine's.
    """
    plan = _plan(factuurdatum, dagen, debiteur)
    vervaldatum = date.fromisoformat(plan["vervaldatum"])
    vier = next(s for s in plan["stappen"] if s["nummer"] == 4)
    bezorgd = date.fromisoformat(vier["bezorgdatum"])
    rijen = []
    for naam, jaren in VERJARING:
        zonder = _laatste_dag(vervaldatum + timedelta(days=1), jaren)
        met = max(zonder, _laatste_dag(bezorgd + timedelta(days=1), min(jaren, 5)))
        rijen.append([naam, f"{jaren} jaar", datum(zonder.isoformat(), weekdag=True),
                      datum(met.isoformat(), weekdag=True)])
    onder = (f"Uiterste betaaldag: {datum(plan['vervaldatum'], weekdag=True)}. De 14-dagenbrief van stap 4 "
             f"gaat weg op {datum(vier['datum'], weekdag=True)} en is naar verwachting bezorgd op "
             f"{datum(vier['bezorgdatum'], weekdag=True)}; vanaf de dag erna loopt een nieuwe termijn.")
    kop = ["Vordering", "Termijn", "Laatste dag zonder stuiting", "Laatste dag na de 14-dagenbrief"]
    return tabel("verjaring", kop, rijen, onder)


def oninbaar(factuurdatum: str, dagen: str, debiteur: str, veld: str) -> str:
    """Art. 29 lid 2 Wet OB 1968: the right to the btw refund arises at the latest one year after the claim fell due.

    ``betaaldag``: the planner's uiterste betaaldag; ``uiterlijk``: one year later; ``maand`` and ``kwartaal``: the
    btw period (a monthly or a quarterly return) that holds that day.
    """
    vervaldatum = date.fromisoformat(_plan(factuurdatum, dagen, debiteur)["vervaldatum"])
    later = _engine().kalender.maanden_later(vervaldatum, 12)  # month-end: 29 Feb → 28 Feb, the early reading
    if veld == "betaaldag":
        return datum(vervaldatum.isoformat(), weekdag=True)
    if veld == "uiterlijk":
        return datum(later.isoformat(), weekdag=True)
    if veld == "maand":
        return f"{_engine().termijnen.MAANDEN[later.month - 1]} {later.year}"
    if veld == "kwartaal":
        return f"het {KWARTALEN[(later.month - 1) // 3]} kwartaal van {later.year}"
    raise PluginError(f"wik_oninbaar kent het veld {veld!r} niet")
