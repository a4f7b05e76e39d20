// The worker API: one worker per page, shared by every <wik-rekentool> on it, and its recovery.
// `startMotor()` starts it (rekentool-start.js calls it as soon as the page loads the module, so
// Python loads before any element is upgraded); when vroeg.js (the first script in <head>) already
// started the worker, the Motor adopts it.
//
// Recovery: start-up and every calculation have a time limit (START_MS, REKEN_MS; a test may lower
// them with `globalThis.__wikTijdslimiet = {start, reken}`). A worker that passes one, or that fails
// to load, is terminated and started once more, fresh (no snapshot, no cache: see worker.js), and the
// requests it had are sent to the new one. When that fails too, `fataal` is set and the loading bar
// offers "Opnieuw proberen" (`opnieuw()`). A worker that fails because its bundle is gone from the
// server (HTTP 404: the page is an older deploy's, from the HTTP cache) has the page reloaded once
// instead, by the inline script the build puts in <head> (`__wikHerlaad`, at most once per session).

import { moduleWorker } from "./moduleworker.js";

/** @typedef {{stap: string, tekst: string, fractie: number}} Voortgang */

const START_MS = 30_000;
const REKEN_MS = 10_000;
const WORKER = new URL("./worker.js", import.meta.url);

/** @param {"start" | "reken"} soort */
function tijdslimiet(soort) {
  const waarde = globalThis.__wikTijdslimiet?.[soort];
  return Number.isFinite(waarde) && waarde > 0 ? waarde : soort === "start" ? START_MS : REKEN_MS;
}

/** Whether the bundle is gone from the server (a page of an older deploy): then reload once. */
async function verouderd() {
  try {
    return (await fetch(WORKER, { method: "HEAD", cache: "no-store" })).status === 404;
  } catch {
    return false; // offline: nothing newer to reload into
  }
}

export class Motor extends EventTarget {
  #worker = null;
  #volgnummer = 0;
  /** @type {Map<number, {resolve: Function, reject: Function, bericht: object, timer: number}>} */
  #wachtend = new Map();
  #gereed = false;
  #herstart = false;
  #starttimer = 0;
  #klaar = null;
  #mislukt = null;
  /** @type {Voortgang} */
  voortgang = { stap: "start", tekst: "Rekenmodule wordt gestart", fractie: 0 };
  /** @type {string | null} set when loading failed for good (until `opnieuw()`) */
  fataal = null;
  /** @type {Promise<{ms: number, python: string, start: string, stappen: object, bronnen: object, begin: number}>}
   *  resolves when Python answers, with the worker's `gereed` message (see worker.js); `start` is
   *  "snapshot" (restored from an earlier visit), "koud" (a normal start) or "vers" (a fresh restart) */
  ready;
  /** @type {Promise<void>} resolves a second or so later, once the worker has stored what it unpacked */
  bewaard;
  #opgeslagen;

  constructor() {
    super();
    this.#nieuweBelofte();
    this.bewaard = new Promise((resolve) => { this.#opgeslagen = resolve; });
    this.#start(false);
  }

  #nieuweBelofte() {
    this.ready = new Promise((resolve, reject) => { this.#klaar = resolve; this.#mislukt = reject; });
    this.ready.catch(() => {}); // callers that care attach their own handler
  }

  /** Start a worker: the one vroeg.js started when there is one, else a new one (`vers`: fresh). */
  #start(vers) {
    const vroeg = globalThis.__wikVroeg;
    const overnemen = !vers && vroeg && !vroeg.genomen && vroeg.url === WORKER.href;
    if (overnemen) vroeg.genomen = true;
    const worker = overnemen ? vroeg.worker : moduleWorker(WORKER, vers ? "wik-rekentool:vers" : "wik-rekentool");
    this.#worker = worker;
    this.#gereed = false;
    worker.onmessage = (event) => { if (worker === this.#worker) this.#bericht(event.data || {}); };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker === this.#worker) this.#hapert(`De rekenmodule kon niet starten (${event.message || "onbekende fout"}).`);
    };
    clearTimeout(this.#starttimer);
    this.#starttimer = setTimeout(() => this.#hapert("De rekenmodule start niet (tijdslimiet)."),
      tijdslimiet("start") * (vers ? 2 : 1));
    for (const wacht of this.#wachtend.values()) worker.postMessage(wacht.bericht);
    if (overnemen) {
      for (const event of vroeg.berichten.splice(0)) {
        if (event.type === "message") worker.onmessage(event);
        else worker.onerror(event);
      }
    }
  }

  #bericht(bericht) {
    if (bericht.type === "voortgang") {
      this.#zetVoortgang(bericht);
    } else if (bericht.type === "gereed") {
      clearTimeout(this.#starttimer);
      this.#gereed = true;
      try { sessionStorage.removeItem("wik-herladen"); } catch { /* an opaque origin has none */ }
      for (const wacht of this.#wachtend.values()) this.#klok(wacht);
      this.#zetVoortgang({ stap: "gereed", tekst: "Klaar", fractie: 1 });
      const { type, ...info } = bericht;
      this.#klaar(info);
      if (this.#herstart) this.dispatchEvent(new CustomEvent("hersteld", { detail: info }));
    } else if (bericht.type === "bewaard") {
      this.#opgeslagen();
    } else if (bericht.type === "fataal") {
      this.#hapert(bericht.tekst);
    } else if (this.#wachtend.has(bericht.id)) {
      const { resolve, reject, timer } = this.#wachtend.get(bericht.id);
      clearTimeout(timer);
      this.#wachtend.delete(bericht.id);
      if ("error" in bericht) reject(Object.assign(new Error(bericht.error.tekst), { code: bericht.error.code }));
      else resolve(bericht.result);
    }
  }

  #zetVoortgang(voortgang) {
    this.voortgang = voortgang;
    this.dispatchEvent(new CustomEvent("voortgang", { detail: voortgang }));
  }

  /** A request's time limit, from when the worker is ready. */
  #klok(wacht) {
    clearTimeout(wacht.timer);
    wacht.timer = setTimeout(() => this.#hapert("De rekenmodule antwoordt niet (tijdslimiet)."), tijdslimiet("reken"));
  }

  /** The worker hung or failed: a fresh one once, then the message. */
  async #hapert(tekst) {
    if (this.fataal || !this.#worker) return; // already stopped, or a fresh one is on its way
    const oud = this.#worker;
    oud?.terminate();
    this.#worker = null;
    clearTimeout(this.#starttimer);
    for (const wacht of this.#wachtend.values()) clearTimeout(wacht.timer);
    console.warn("rekentool:", tekst);
    if (!this.#gereed && await verouderd() && globalThis.__wikHerlaad?.()) return; // the page reloads
    if (!this.#herstart) {
      this.#herstart = true;
      this.#zetVoortgang({ stap: "herstart", tekst: "De rekentool wordt opnieuw geladen", fractie: 0.05 });
      this.#start(true);
      return;
    }
    this.#stop(tekst);
  }

  #stop(tekst) {
    this.fataal = tekst;
    this.dispatchEvent(new CustomEvent("fataal", { detail: { tekst } }));
    this.#mislukt(new Error(tekst));
    for (const { reject } of this.#wachtend.values()) reject(new Error(tekst));
    this.#wachtend.clear();
  }

  /** "Opnieuw proberen": a fresh worker after loading failed for good. */
  opnieuw() {
    if (!this.fataal) return;
    this.fataal = null;
    this.#nieuweBelofte();
    this.#zetVoortgang({ stap: "herstart", tekst: "De rekentool wordt opnieuw geladen", fractie: 0.05 });
    this.#start(true);
  }

  /**
   * Send one message; resolves with its result, rejects with its error.
   * @param {string} type @param {unknown} [payload] @returns {Promise<any>}
   */
  vraag(type, payload) {
    if (this.fataal) return Promise.reject(new Error(this.fataal));
    const id = ++this.#volgnummer;
    return new Promise((resolve, reject) => {
      const wacht = { resolve, reject, bericht: { id, type, payload }, timer: 0 };
      this.#wachtend.set(id, wacht);
      this.#worker?.postMessage(wacht.bericht); // none while a fresh one is being started: sent at its start
      if (this.#gereed) this.#klok(wacht);
    });
  }

  /** @param {object} verzoek a request @returns {Promise<object>} the answer */
  handle(verzoek) {
    let tekst;
    try {
      tekst = JSON.stringify(verzoek ?? null);
    } catch {
      return Promise.resolve({ fout: { code: "ongeldig_verzoek", veld: null,
        tekst: "Het verzoek is geen JSON (tekst, getallen, lijsten en objecten)." } });
    }
    return this.vraag("handle", tekst);
  }
}

/** @type {Motor | null} */
let gedeeld = null;

/** The page's one worker, started on first use. */
export function startMotor() {
  gedeeld ??= new Motor();
  return gedeeld;
}
