"""Engine access and formatting shared by the hooks (helper module, not a hook: not listed in mkdocs.yml).

The hooks import it by name because MkDocs puts a hook file's folder on ``sys.path`` while it loads the hook.
Every amount, rate and date comes from the ``wik`` engine (``wik.handle``, the JSON contract of py/README.md);
a missing engine or an error answer stops ``mkdocs build``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mkdocs.exceptions import PluginError


def _engine():
    try:
        import wik.contract
        import wik.geld
        import wik.incassokosten
        import wik.kalender
        import wik.termijnen
        import wik.traject
    except ImportError as fout:  # a build without the engine must not publish empty tables
        raise PluginError(f"De rekenmodule 'wik' ontbreekt ({fout}); draai 'make install'.") from fout
    return wik


def vraag(verzoek: dict) -> dict:
    """Ask the engine; an error answer stops the build."""
    antwoord = _engine().contract.handle(verzoek)
    if "fout" in antwoord:
        raise PluginError(f"wik weigerde {verzoek}: {antwoord['fout']}")
    return antwoord


def bereken(*bedragen: str, debiteur: str = "consument", **extra) -> dict:
    """A ``bereken`` request for claims without interest, plus any extra keys."""
    verzoek = {"actie": "bereken", "debiteur": debiteur, "rente": {"soort": "geen"},
               "vorderingen": [{"kenmerk": f"F-{i}", "bedrag": b} for i, b in enumerate(bedragen, 1)]}
    verzoek.update(extra)
    return vraag(verzoek)


def plan(factuurdatum: str, dagen: str, debiteur: str, **extra) -> dict:
    """The planner's answer (a ``traject`` request) for one invoice, plus any extra keys."""
    return vraag({"actie": "traject", "factuurdatum": factuurdatum, "betaaltermijn_dagen": int(dagen),
                  "debiteur": debiteur, **extra})


def euro(bedrag: str) -> str:
    """``€ 1.234,56`` with a no-break space, so the sign never ends a line on its own."""
    return _engine().geld.euro(Decimal(bedrag)).replace("€ ", "€\u00a0")


def procent(percentage: str) -> str:
    return _engine().geld.procent_nl(Decimal(percentage))


def datum(iso: str, weekdag: bool = False) -> str:
    t = _engine().termijnen
    return (t.dag_nl if weekdag else t.datum_nl)(date.fromisoformat(iso))


def tabel(naam: str, kop: list[str], rijen: list[list[str]], onder: str = "") -> str:
    """A Markdown table in a marked div (md_in_html), with an optional line below it."""
    regels = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    regels += ["| " + " | ".join(rij) + " |" for rij in rijen]
    tekst = f'\n<div class="wik-tabel" data-wik="{naam}" markdown>\n\n' + "\n".join(regels) + "\n\n"
    if onder:
        tekst += onder + "\n\n"
    return tekst + "</div>\n"
