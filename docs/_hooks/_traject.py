"""The generators of the wik_tabellen hook for the planner: the dated steps, verjaring and the btw refund.

Helper module, not a hook (not listed in mkdocs.yml); each public function is called by the marker of its name.
"""

from __future__ import annotations

from datetime import date, timedelta

from _motor import _engine, datum, plan, tabel
from _termijnen import TELWOORDEN
from mkdocs.exceptions import PluginError

#: The terms of verjaring on the page, each with its article: (name, years, key in wik.traject.verjaring's answer).
VERJARING = (("Betaling uit een overeenkomst, zoals uw factuur (art. 3:307 BW)", 5, "datum"),
             ("Koopprijs bij een consumentenkoop (art. 7:28 BW)", 2, "consumentenkoop"))


def traject(factuurdatum: str, dagen: str, debiteur: str, *opties: str) -> str:
    """The dated six steps; ``zonder-afspraak``: a consumer without an agreed payment term (step 5 first)."""
    extra, naam = {}, "traject"
    for optie in opties:
        if optie != "zonder-afspraak":
            raise PluginError(f"wik_traject kent de optie {optie!r} niet")
        extra, naam = {"betaaltermijn_afgesproken": False}, "traject-zonder-afspraak"
    antwoord = plan(factuurdatum, dagen, debiteur, **extra)
    rijen = [[f"{s['nummer']}. {s['naam']}" if s["nummer"] else s["naam"],
              datum(s["datum"], weekdag=True) if s["datum"] else "vooraf",
              "**ja**" if s["wettelijk_verplicht"] else "nee"] for s in antwoord["stappen"]]
    onder = f"Uiterste betaaldag: {datum(antwoord['vervaldatum'], weekdag=True)}."
    return tabel(naam, ["Stap", "Datum", "Wettelijk verplicht?"], rijen, onder)


def traject_dagen(factuurdatum: str, dagen: str, debiteur: str, van: str, tot: str) -> str:
    """The number of days from step ``van`` to step ``tot`` of the planner (step 1 is the invoice)."""
    data = {str(s["nummer"]): s["datum"] for s in plan(factuurdatum, dagen, debiteur)["stappen"] if s["datum"]}
    if van not in data or tot not in data:
        raise PluginError(f"wik_traject_dagen: stap {van} of {tot} heeft geen datum")
    return str((date.fromisoformat(data[tot]) - date.fromisoformat(data[van])).days)


def verjaring(factuurdatum: str, dagen: str, debiteur: str) -> str:
    """The example of the planner: when the claim is time-barred, without and with the 14-day letter as stuiting.

    The engine's ``wik.traject.verjaring`` gives the day the claim prescribes (art. 3:307 BW: the term
    starts the day after the uiterste betaaldag; art. 7:28 BW for a consumer sale); the last day is the
    day before. A written aanmaning stuits it once the debtor has it (art. 3:317 lid 1 BW); a new term
    of the same length (for these two, at most five years: art. 3:319 BW) starts the next day, so the
    same function from the delivery day gives the new date. The delivery day is the engine's.
    """
    stappen = plan(factuurdatum, dagen, debiteur)
    vier = next(s for s in stappen["stappen"] if s["nummer"] == 4)
    verjaring_ = _engine().traject.verjaring
    zonder = verjaring_(date.fromisoformat(stappen["vervaldatum"]), True)
    na_brief = verjaring_(date.fromisoformat(vier["bezorgdatum"]), True)
    rijen = []
    for naam, jaren, sleutel in VERJARING:
        laatste = date.fromisoformat(zonder[sleutel]) - timedelta(days=1)
        met = max(laatste, date.fromisoformat(na_brief[sleutel]) - timedelta(days=1))
        rijen.append([naam, f"{jaren} jaar", datum(laatste.isoformat(), weekdag=True),
                      datum(met.isoformat(), weekdag=True)])
    onder = (f"Uiterste betaaldag: {datum(stappen['vervaldatum'], weekdag=True)}. De 14-dagenbrief van stap 4 "
             f"gaat weg op {datum(vier['datum'], weekdag=True)} en is naar verwachting bezorgd op "
             f"{datum(vier['bezorgdatum'], weekdag=True)}; vanaf de dag erna loopt een nieuwe termijn.")
    kop = ["Vordering", "Termijn", "Laatste dag zonder stuiting", "Laatste dag na de 14-dagenbrief"]
    return tabel("verjaring", kop, rijen, onder)


def oninbaar(factuurdatum: str, dagen: str, debiteur: str, veld: str) -> str:
    """Art. 29 lid 2 Wet OB 1968: the right to the btw refund arises at the latest one year after the claim fell due.

    ``betaaldag``: the planner's uiterste betaaldag; ``uiterlijk``: one year later; ``maand`` and ``kwartaal``: the
    btw period (a monthly or a quarterly return) that holds that day.
    """
    vervaldatum = date.fromisoformat(plan(factuurdatum, dagen, debiteur)["vervaldatum"])
    later = _engine().kalender.maanden_later(vervaldatum, 12)  # month-end: 29 Feb → 28 Feb, the early reading
    if veld == "betaaldag":
        return datum(vervaldatum.isoformat(), weekdag=True)
    if veld == "uiterlijk":
        return datum(later.isoformat(), weekdag=True)
    if veld == "maand":
        return f"{_engine().termijnen.MAANDEN[later.month - 1]} {later.year}"
    if veld == "kwartaal":
        return f"het {TELWOORDEN[(later.month - 1) // 3 + 1]} kwartaal van {later.year}"
    raise PluginError(f"wik_oninbaar kent het veld {veld!r} niet")
