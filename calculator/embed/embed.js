// Incasso-wijzer: the rekentool on your own page.
//
//   <script src="https://<site>/embed.js" async></script>
//   <div data-wik-rekentool></div>            (or <wik-rekentool-embed></wik-rekentool-embed>)
//
// Every such element gets an iframe to <site>/embed/ that grows with its content. Options, as
// data attributes on the div (or plain attributes on <wik-rekentool-embed>):
//   data-tab="rekentool|brief|planner"  data-debiteur="consument|bedrijf|overheid"
//   data-compact="ja"  data-accent="#rrggbb"  data-staat="r=…"  data-resultaat="ja"
//   data-sandbox="allow-scripts allow-popups …"   (tokens copied to the iframe's sandbox)
//   data-tool="controle"  the debtor's check ("Incassobrief ontvangen?") instead of the rekentool
// With data-resultaat="ja" the element receives a `wik-rekentool:uitkomst` event (bubbles) with
// `detail.totalen = {hoofdsom, rente, incassokosten, totaal}` (amounts as strings, "1234.56"): the
// same name as the element's own event and the frame's message. The old name `wik-rekentool:result`
// is sent too, for partner pages written before 2026-12; it goes on 2027-07-01.
// A prefilled state goes in the iframe's fragment (#r=…), never in its query: the fragment is not
// sent to any server.
//
// The iframe may send only its height and (when asked) those totals. A message is accepted only
// from our own frame's window (event.source), from our own origin (or "null" for a frame sandboxed
// without allow-same-origin), with the key this script gave that frame in its fragment (#k=…: a
// document the frame is navigated to does not have it, also when its origin is "null" too), and
// only in the exact shape below; everything else is ignored.
(() => {
  "use strict";
  if (window.WikRekentoolEmbed) return; // the script is on the page twice

  const script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  if (!script || !script.src) return;
  const BASIS = new URL(".", script.src); // the site, also under a sub-path
  const SITE_ORIGIN = BASIS.origin;
  const UITKOMST = "wik-rekentool:uitkomst"; // "a result": the element's event, the frame's message, the host's event
  // The frame's message before 2026-12: a frame page still in a browser's HTTP cache (10 minutes)
  // sends it. Accepted until 2027-07-01, like the host event's old name below.
  const OUDE_UITKOMST = "wik-rekentool:resultaat";
  // The build puts in the engine's lists (calculator/gedeeld.py); the literals are the same values.
  const TABS = /* @TABS@ */ ["rekentool", "brief", "planner"];
  const DEBITEUREN = /* @DEBITEUREN@ */ ["consument", "bedrijf", "overheid"];
  const OPTIES = {
    tab: (w) => TABS.includes(w),
    debiteur: (w) => DEBITEUREN.includes(w),
    compact: (w) => w === "" || w === "ja", // a bare attribute counts as "ja"
    accent: (w) => /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(w),
    resultaat: (w) => w === "" || w === "ja",
  };
  const TOOLS = { rekentool: ["embed/", "Rekentool incassokosten en rente (Incasso-wijzer)"],
    controle: ["embed/controle/", "Controle van een incassobrief (Incasso-wijzer)"] };
  const STAAT = /^#?(r=[A-Za-z0-9_-]{1,20000})$/;
  const SANDBOX = ["allow-scripts", "allow-same-origin", "allow-popups", "allow-popups-to-escape-sandbox",
    "allow-downloads", "allow-modals"];
  // The iframe's height before the first message: about the tool's own height (measured in
  // Chromium), so the partner's page hardly moves when the tool has loaded.
  const beginhoogte = (host, compact, tool) => {
    const smal = host.getBoundingClientRect().width < 600;
    if (tool === "controle") return smal ? 2600 : 2100;
    return compact ? (smal ? 1640 : 1300) : (smal ? 1880 : 1460);
  };
  const MAX_HOOGTE = 20000;
  const BEDRAG = /^-?\d{1,15}\.\d{2}$/;

  /** @type {Set<{host: Element, iframe: HTMLIFrameElement, nullOrigin: boolean, sleutel: string}>} */
  const frames = new Set();
  const gebouwd = new WeakSet();

  /** An option from data-<naam>, or from the plain attribute on <wik-rekentool-embed>. */
  function optie(host, naam) {
    const w = host.getAttribute(`data-${naam}`) ?? (host.localName === "wik-rekentool-embed" ? host.getAttribute(naam) : null);
    return w === null ? null : w.trim();
  }

  /** @param {Element} host */
  function bouw(host) {
    if (gebouwd.has(host)) return;
    gebouwd.add(host);
    const query = new URLSearchParams();
    for (const [naam, geldig] of Object.entries(OPTIES)) {
      const w = optie(host, naam);
      if (w !== null && geldig(w)) query.set(naam, w || "ja");
    }
    const tool = optie(host, "tool") === "controle" ? "controle" : "rekentool";
    const staat = tool === "rekentool" ? STAAT.exec(optie(host, "staat") || "") : null;
    const url = new URL(TOOLS[tool][0], BASIS);
    url.search = query.toString();
    const sleutel = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
    url.hash = (staat ? `${staat[1]}&` : "") + `k=${sleutel}`;

    const iframe = document.createElement("iframe");
    iframe.title = TOOLS[tool][1];
    iframe.setAttribute("allow", "clipboard-write");
    iframe.setAttribute("scrolling", "no"); // the height follows the content: no inner scrollbar
    iframe.loading = "lazy"; // Python (about 10 MB) loads only when the tool comes into view
    iframe.referrerPolicy = "no-referrer"; // our site need not know the partner's page address
    const sandbox = optie(host, "sandbox");
    let nullOrigin = false;
    if (sandbox !== null) {
      const tokens = sandbox.split(/\s+/).filter((t) => SANDBOX.includes(t));
      iframe.setAttribute("sandbox", tokens.join(" "));
      nullOrigin = !tokens.includes("allow-same-origin");
    }
    Object.assign(iframe.style, { display: "block", width: "100%", border: "0", overflow: "hidden",
      height: `${beginhoogte(host, query.has("compact"), tool)}px` });
    iframe.src = url.href;
    host.replaceChildren(iframe);
    frames.add({ host, iframe, nullOrigin, sleutel });
  }

  window.addEventListener("message", (event) => {
    let frame = null;
    for (const f of frames) if (event.source !== null && f.iframe.contentWindow === event.source) frame = f;
    if (!frame) return;
    if (event.origin !== SITE_ORIGIN && !(frame.nullOrigin && event.origin === "null")) return;
    const d = event.data;
    if (!d || typeof d !== "object" || d.sleutel !== frame.sleutel || Object.keys(d).length !== 3) return;
    if (d.type === "wik-rekentool:hoogte" && Number.isInteger(d.hoogte) && d.hoogte > 0 && d.hoogte <= MAX_HOOGTE) {
      frame.iframe.style.height = `${d.hoogte}px`;
    } else if ((d.type === UITKOMST || d.type === OUDE_UITKOMST) && OPTIES.resultaat(optie(frame.host, "resultaat"))
        && d.totalen && typeof d.totalen === "object" && Object.keys(d.totalen).length === 4) {
      const totalen = {};
      for (const naam of ["hoofdsom", "rente", "incassokosten", "totaal"]) {
        if (typeof d.totalen[naam] !== "string" || !BEDRAG.test(d.totalen[naam])) return;
        totalen[naam] = d.totalen[naam];
      }
      for (const naam of [UITKOMST, "wik-rekentool:result"]) {
        frame.host.dispatchEvent(new CustomEvent(naam, { bubbles: true, detail: { totalen: { ...totalen } } }));
      }
    }
  });

  function zoek(wortel = document) {
    for (const host of wortel.querySelectorAll("[data-wik-rekentool]")) bouw(host);
  }

  if (window.customElements && !customElements.get("wik-rekentool-embed")) {
    customElements.define("wik-rekentool-embed", class extends HTMLElement {
      connectedCallback() { bouw(this); }
    });
  }
  window.WikRekentoolEmbed = { zoek };
  zoek();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => zoek());
})();
