// The page /embed/ inside a partner's iframe. A classic script at the end of <body>: it runs
// before the rekentool's module (deferred) upgrades <wik-rekentool>, so the options are in place
// when the element starts.
//
// Query string (bad values are ignored, so the default applies):
//   tab=rekentool|brief|planner   debiteur=consument|bedrijf|overheid   compact=ja
//   accent=#rgb|#rrggbb (dark enough for white text)   resultaat=ja
// Fragment: r=… (the rekentool's own state string, a prefilled calculation) and k=… (the key
// embed.js gave this frame), e.g. #r=…&k=…. A visitor's figures never go in the query, which
// reaches the server: an old link's ?staat=r=… is moved to the fragment at once (history.replaceState).
//
// To the parent window, and nothing else (sleutel: the key from the fragment, or null):
//   {type: "wik-rekentool:hoogte", hoogte: <px>, sleutel}                whenever the height changes
//   {type: "wik-rekentool:uitkomst", totalen: {hoofdsom, rente, incassokosten, totaal}, sleutel}
//                                           only with resultaat=ja, after each result on the Rekentool tab
(() => {
  "use strict";

  const el = document.querySelector("wik-rekentool, wik-controle");
  if (!el) return;
  const TAG = el.localName; // wik-controle: the debtor's check, without options or result event

  // The build puts in the engine's lists (calculator/gedeeld.py); the literals are the same values.
  const TABS = /* @TABS@ */ ["rekentool", "brief", "planner"];
  const DEBITEUREN = /* @DEBITEUREN@ */ ["consument", "bedrijf", "overheid"];
  const STAAT = /^#?(r=[A-Za-z0-9_-]{1,20000})$/;
  const q = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const oudeStaat = q.get("staat");
  const staat = (STAAT.exec(`r=${fragment.get("r") ?? ""}`) || STAAT.exec(oudeStaat || "") || [])[1] || null;
  const sleutel = /^[0-9a-f]{32}$/.test(fragment.get("k") || "") ? fragment.get("k") : null;
  // The address without ?staat= and without the key: only the state stays, in the fragment. The
  // element reads `location.hash` when it starts, and gets `zonder-url` right after (before its first
  // write, which is on a timer). No navigation, no new history entry (the partner's back button).
  q.delete("staat");
  const zoek = oudeStaat === null ? location.search : q.size ? `?${q}` : "";
  const adres = location.pathname + zoek + (staat ? `#${staat}` : "");
  if (adres !== location.pathname + location.search + location.hash) history.replaceState(history.state, "", adres);
  const keuze = (naam, opties) => (opties.includes(q.get(naam)) ? q.get(naam) : null);
  const ja = (naam) => q.has(naam) && ["", "ja", "1", "true"].includes(q.get(naam));

  /** `#rgb` or `#rrggbb` with at least 4.5:1 contrast against white (the tabs put white text on it). */
  function accent(waarde) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(waarde || "");
    if (!m) return null;
    const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
    const kanaal = (i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminantie = 0.2126 * kanaal(0) + 0.7152 * kanaal(2) + 0.0722 * kanaal(4);
    return 1.05 / (luminantie + 0.05) >= 4.5 ? `#${hex.toLowerCase()}` : null;
  }

  const opties = {
    tab: keuze("tab", TABS),
    debiteur: keuze("debiteur", DEBITEUREN),
    compact: ja("compact"),
    accent: accent(q.get("accent")),
    resultaat: ja("resultaat"),
    staat,
  };

  // ---- the element's options --------------------------------------------------------------

  if (opties.tab) el.setAttribute("tab", opties.tab);
  if (opties.debiteur) el.setAttribute("debiteur", opties.debiteur);
  el.toggleAttribute("compact", opties.compact);
  if (opties.accent) {
    // CSSOM, not a style attribute: allowed by the page's policy (style-src 'self').
    document.documentElement.style.setProperty("--md-primary-fg-color", opties.accent);
    el.style.setProperty("--wik-accent", opties.accent);
  }

  // The state never goes into the iframe's URL after that: history entries made in a frame land in
  // the partner's joint session history, so the partner's back button would step through the
  // visitor's typing instead of leaving the page (checked in Chromium, also when sandboxed).
  if (!opties.staat || TAG !== "wik-rekentool") {
    el.setAttribute("zonder-url", "");
  } else {
    customElements.whenDefined(TAG).then(() => {
      el.setAttribute("zonder-url", "");
      // Explicit options win over the tab and debtor stored in the state.
      if (opties.tab) el.setAttribute("tab", opties.tab);
      if (opties.debiteur) el.setAttribute("debiteur", opties.debiteur);
    });
  }

  // ---- to the parent: the height, and the totals when asked -------------------------------

  if (window.parent === window) return; // opened directly, not in a frame
  const meld = (bericht) => window.parent.postMessage({ ...bericht, sleutel }, "*");

  let hoogte = -1;
  const meet = () => {
    const nieuw = Math.ceil(document.body.getBoundingClientRect().height);
    if (nieuw !== hoogte) {
      hoogte = nieuw;
      meld({ type: "wik-rekentool:hoogte", hoogte });
    }
  };
  // Report only once the element has drawn itself: before that the page is a few pixels high,
  // and the parent's iframe would shrink and grow again (a jump on the partner's page).
  let meten = false;
  const begin = () => {
    if (meten) return;
    meten = true;
    new ResizeObserver(meet).observe(document.body);
    meet();
  };
  customElements.whenDefined(TAG).then(() => requestAnimationFrame(begin));
  setTimeout(() => {
    if (!customElements.get(TAG)) {
      const p = document.createElement("p");
      p.className = "wik-embed-fout";
      p.textContent = "De rekentool kon niet laden. Vernieuw de pagina om het opnieuw te proberen.";
      el.replaceChildren(p);
    }
    begin();
  }, 15000);

  if (opties.resultaat && TAG === "wik-rekentool") {
    const bedrag = (w) => (typeof w === "string" && /^-?\d{1,15}\.\d{2}$/.test(w) ? w : null);
    el.addEventListener("wik-rekentool:uitkomst", (e) => {
      const { tab, antwoord: a } = e.detail || {};
      if (tab !== "rekentool" || !a || a.fout) return;
      const totalen = {
        hoofdsom: bedrag(a.hoofdsom),
        rente: bedrag(a.rente?.open),
        incassokosten: bedrag(a.incassokosten?.open ?? a.incassokosten?.totaal),
        totaal: bedrag(a.totaal),
      };
      if (Object.values(totalen).every(Boolean)) meld({ type: "wik-rekentool:uitkomst", totalen });
    });
  }
})();
