// Registers <wik-rekentool> and <wik-controle>, and nothing else. Starting the worker and the service worker is
// rekentool-start.js's job (the build links both modules into every page with the element).
import { WikControleElement } from "./controle-element.js";
import { WikRekentoolElement } from "./rekentool-element.js";

for (const [naam, klasse] of [["WikRekentoolElement", WikRekentoolElement], ["WikControleElement", WikControleElement]]) {
  try {
    globalThis[naam] = klasse.define();
  } catch (fout) {
    // Already defined (the script ran twice) or no DOM: nothing to do. Anything else is a bug.
    if (!(fout instanceof DOMException && fout.name === "NotSupportedError") && !(fout instanceof ReferenceError)) throw fout;
  }
}
