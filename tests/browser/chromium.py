"""Find a Chromium to drive: Debian's package, or the one CI has.

Run as a script it prints the path, or exits 1 when there is none
(the Makefile then installs Debian's ``chromium`` with apt).
"""

from __future__ import annotations

import os
import shutil
import sys

KANDIDATEN = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# Flags for a closed network and a root user; without the background-networking
# flags Chromium keeps trying to reach Google's hosts.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def vind() -> str | None:
    """The path of a Chromium executable, or None."""
    eigen = os.environ.get("CHROMIUM_PATH")
    if eigen and os.access(eigen, os.X_OK):
        return eigen
    for naam in KANDIDATEN:
        pad = shutil.which(naam)
        if pad and not os.path.realpath(pad).startswith("/snap/"):
            return pad
    return None


if __name__ == "__main__":
    pad = vind()
    if not pad:
        sys.exit(1)
    print(pad)
