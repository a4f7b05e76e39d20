// Registers <wik-rekentool> and <wik-controle>, and nothing else; each only on a page that has it,
// so the other tool's modules stay off this page's critical path. Starting the worker and the
// service worker is rekentool-start.js's job (the build links both modules into every page with
// an element, with a modulepreload of each module that page needs).
const ELEMENTEN = [
  ["wik-rekentool", "WikRekentoolElement", () => import("./rekentool-element.js")],
  ["wik-controle", "WikControleElement", () => import("./controle-element.js")],
];

for (const [tag, naam, laad] of ELEMENTEN) {
  if (!globalThis.document?.querySelector(tag)) continue;
  laad().then((module) => {
    try {
      globalThis[naam] = module[naam].define();
    } catch (fout) {
      // Already defined (the script ran twice): nothing to do. Anything else is a bug.
      if (!(fout instanceof DOMException && fout.name === "NotSupportedError")) throw fout;
    }
  });
}
