// Starts (or adopts, see vroeg.js) the page's worker as soon as the page loads this module, so
// Python loads while the page renders. Once Python answers and the worker has stored what it
// unpacked, it registers the service worker (sw.js in the site's root, for the whole site: the
// rekentool's worker lives under assets/, and a dedicated worker is only controlled when its own
// URL is in scope), so the next visit, and an offline one, loads the runtime from Cache Storage.
import { startMotor } from "./motor.js";

const motor = startMotor();

/** The site's root: this module lives in <root>/assets/rekentool/<hash>/. */
const SERVICE_WORKER = new URL("../../../sw.js", import.meta.url);

/** The newest service worker once it is active: after a deploy the new one, never the outgoing one.
 *  A message to the outgoing worker while Chromium stops it for the new one's activation (skipWaiting)
 *  starts it again, and the new worker then waits until that one is idle: 30 s, and with DevTools
 *  attached (as in the browser tests) the 5-minute lame-duck limit. The new one also stores this
 *  deploy's pages, which the outgoing one would refuse. */
async function nieuwsteActief(registratie) {
  const nieuw = registratie.installing ?? registratie.waiting;
  if (!nieuw) {
    if (registratie.active) return registratie.active;
    throw new Error("de service worker installeerde niet");
  }
  await new Promise((klaar) => {
    const kijk = () => {
      if (nieuw.state !== "activated" && nieuw.state !== "redundant") return;
      nieuw.removeEventListener("statechange", kijk);
      klaar();
    };
    nieuw.addEventListener("statechange", kijk);
  });
  if (nieuw.state === "activated") return nieuw;
  // Not installed (or overtaken by a still newer one): whatever the registration holds now.
  if (registratie.installing || registratie.waiting) return nieuwsteActief(registratie);
  if (registratie.active) return registratie.active;
  throw new Error("de service worker installeerde niet");
}

async function registreer() {
  // No service worker in an opaque origin (a sandboxed iframe) or where the browser has none.
  if (!("serviceWorker" in navigator) || self.origin === "null" || SERVICE_WORKER.origin !== location.origin) return;
  const registratie = await navigator.serviceWorker.register(SERVICE_WORKER, { scope: new URL("./", SERVICE_WORKER).href });
  const sw = await nieuwsteActief(registratie);
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
