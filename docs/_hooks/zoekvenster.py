"""MkDocs hook: give Material's search dialog an accessible name (axe: aria-dialog-name).

Kept apart from the engine's tables (wik_tabellen.py) so a move from MkDocs to its successor
touches one small handler; drop it once the theme names the dialog itself.
"""

from __future__ import annotations

ZOEKVENSTER = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output: str, page, config) -> str:
    """Add ``aria-label`` to the search dialog's opening tag, once per page."""
    return output.replace(ZOEKVENSTER, ZOEKVENSTER[:-1] + ' aria-label="Zoeken op de site">', 1)
