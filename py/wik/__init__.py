"""wik: Dutch collection costs (WIK), statutory interest and the 14-day letter, to the cent.

One entry point, :func:`handle`, answers the JSON contract of SPEC section 6 for
the command line (``python -m wik``), the browser (Pyodide) and the embed API.
"""

from .contract import handle

__all__ = ["handle", "__version__"]
__version__ = "0.1.0"
