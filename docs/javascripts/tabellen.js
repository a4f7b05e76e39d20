// Wide tables scroll sideways inside Material's wrapper. Make each wrapper reachable with the
// keyboard (WCAG 2.1.1; axe: scrollable-region-focusable) and give it a name for screen readers.
(function () {
  function maakBereikbaar() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.hasAttribute("tabindex")) return;
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Tabel (schuift zijwaarts)");
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { requestAnimationFrame(maakBereikbaar); });
  } else {
    document.addEventListener("DOMContentLoaded", maakBereikbaar);
  }
})();
