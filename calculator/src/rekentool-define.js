// Registers <wik-rekentool> and starts the worker at once, so Python loads while the page renders.
import { startMotor } from "./motor.js";
import { WikRekentoolElement } from "./rekentool-element.js";

startMotor();
try {
  globalThis.WikRekentoolElement = WikRekentoolElement.define();
} catch (fout) {
  // Already defined (the script ran twice) or no DOM: nothing to do. Anything else is a bug.
  if (!(fout instanceof DOMException && fout.name === "NotSupportedError") && !(fout instanceof ReferenceError)) throw fout;
}
