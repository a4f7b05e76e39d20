// Starts (or adopts, see vroeg.js) the page's worker as soon as the page loads this module, so
// Python loads while the page renders. Once Python answers and the worker has stored what it
// unpacked, it registers the service worker (sw.js in the site's root, for the whole site: the
// rekentool's worker lives under assets/, and a dedicated worker is only controlled when its own
// URL is in scope), so the next visit, and an offline one, loads the runtime from Cache Storage.
import { startMotor } from "./motor.js";

const motor = startMotor();

/** The site's root: this module lives in <root>/assets/rekentool/<hash>/. */
const SERVICE_WORKER = new URL("../../../sw.js", import.meta.url);

async function registreer() {
  // No service worker in an opaque origin (a sandboxed iframe) or where the browser has none.
  if (!("serviceWorker" in navigator) || self.origin === "null" || SERVICE_WORKER.origin !== location.origin) return;
  const registratie = await navigator.serviceWorker.register(SERVICE_WORKER, { scope: new URL("./", SERVICE_WORKER).href });
  const sw = registratie.active ?? await new Promise((klaar, mislukt) => {
    const nieuw = registratie.installing ?? registratie.waiting;
    nieuw?.addEventListener("statechange", () => {
      if (nieuw.state === "activated") klaar(nieuw);
      else if (nieuw.state === "redundant") mislukt(new Error("de service worker installeerde niet"));
    });
  });
  // The first visit ran before the worker existed: tell it which files this page used (the
  // service worker keeps only those of the current deploy, and none with a query string).
  const urls = [location.href.split("#")[0],
    ...performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.startsWith(location.origin))];
  sw.postMessage({ type: "bewaar", urls });
}

if (globalThis.document) {
  // After the worker stored the files it unpacked: the service worker then caches no .xz copy.
  motor.bewaard.then(() => registreer()).catch((fout) => {
    console.warn("rekentool: geen service worker:", fout?.message || fout);
  });
}
