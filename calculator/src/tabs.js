// The element's three tabs (WAI-ARIA tabs pattern): the tab list, which panel shows, and the
// arrow keys, Home and End.

import { h } from "./dom.js";
import { TABS } from "./staat.js";

const TAB_LABEL = { rekentool: "Rekentool", brief: "Brief", planner: "Planner" };

/** The tab list for element `id`; each tab controls its panel `${id}-paneel-${tab}`. */
export function bouwTabs(id) {
  return h("div", { class: "wik-tabs", role: "tablist", "aria-label": "Onderdelen van de rekentool" },
    TABS.map((tab) => h("button", { type: "button", role: "tab", id: `${id}-tab-${tab}`, "data-tab": tab,
      "aria-controls": `${id}-paneel-${tab}` }, TAB_LABEL[tab])));
}

/** Select `actief`: its tab is focusable and its panel shows; the others are hidden. */
export function toonTab(tabs, panelen, actief) {
  for (const tab of TABS) {
    const knop = tabs.querySelector(`[data-tab="${tab}"]`);
    knop.setAttribute("aria-selected", String(tab === actief));
    knop.tabIndex = tab === actief ? 0 : -1;
    panelen[tab].hidden = tab !== actief;
  }
  document.documentElement.classList.toggle("wik-brief-actief", actief === "brief");
}

/** The tab a key moves to from `huidig` (ArrowLeft/Right wrap, Home, End), or null for other keys. */
export function tabNaToets(key, huidig) {
  const i = TABS.indexOf(huidig);
  const n = TABS.length;
  const j = { ArrowLeft: (i + n - 1) % n, ArrowRight: (i + 1) % n, Home: 0, End: n - 1 }[key];
  return j === undefined ? null : TABS[j];
}
