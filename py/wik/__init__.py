"""wik: Dutch collection costs (WIK), statutory interest and the 14-day letter, to the cent.

One entry point, :func:`handle`, answers the JSON contract (documented in ``py/README.md``)
for the command line (``python -m wik``), the browser (Pyodide) and the embed API.
``import wik`` imports every module the contract needs (``contract`` imports its actions
plainly), so after it a memory snapshot holds the whole engine.
"""

from .contract import handle

__all__ = ["BESTANDEN", "MODULES", "__version__", "handle"]
__version__ = "0.1.0"

#: Every module of the engine, imported by ``import wik`` (``__main__``, the command line, aside).
MODULES = ("bereken", "betalingen", "brieftekst", "brieven", "contract", "controle", "controlepunten",
           "feestdagen", "fouten", "geld", "incassokosten", "invoer", "kalender", "meldingen", "opdracht", "regeling",
           "regelingsbrieven", "rente", "tarieven", "termijnen", "traject", "trajectstappen", "verzuim")
#: The files the browser needs in ``wik.zip``: the package, its modules and its data (the rate table).
BESTANDEN = ("__init__.py", *(f"{m}.py" for m in MODULES), "tarieven.csv")
