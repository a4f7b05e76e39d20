// The worker API: one worker per page, shared by every <wik-rekentool> on it.
// `startMotor()` is called by the define module as soon as the page loads it, so Python
// starts loading before any element is upgraded; when vroeg.js (the first script in <head>)
// already started the worker, the Motor adopts it.

import { moduleWorker } from "./werker.js";

/** @typedef {{stap: string, tekst: string, fractie: number}} Voortgang */

export class Motor extends EventTarget {
  #worker;
  #volgnummer = 0;
  /** @type {Map<number, {resolve: Function, reject: Function}>} */
  #wachtend = new Map();
  /** @type {Voortgang} */
  voortgang = { stap: "start", tekst: "Rekenmodule wordt gestart", fractie: 0 };
  /** @type {string | null} set when loading failed for good */
  fataal = null;
  /** @type {Promise<{ms: number, python: string, start: string, stappen: object, bronnen: object, begin: number}>}
   *  resolves when Python answers, with the worker's `gereed` message (see worker.js); `start` is
   *  "snapshot" (restored from an earlier visit) or "koud" (a normal start) */
  ready;
  /** @type {Promise<void>} resolves a second or so later, once the worker has stored what it unpacked */
  bewaard;

  constructor() {
    super();
    let klaar, mislukt;
    this.ready = new Promise((resolve, reject) => { klaar = resolve; mislukt = reject; });
    this.ready.catch(() => {}); // callers that care attach their own handler
    let opgeslagen;
    this.bewaard = new Promise((resolve) => { opgeslagen = resolve; });
    const url = new URL("./worker.js", import.meta.url);
    // vroeg.js (the page's first script) may have started this worker already: adopt it.
    const vroeg = globalThis.__wikVroeg;
    const overnemen = vroeg && !vroeg.genomen && vroeg.url === url.href;
    if (overnemen) vroeg.genomen = true;
    this.#worker = overnemen ? vroeg.worker : moduleWorker(url, "wik-rekentool");
    this.#worker.onmessage = (event) => {
      const bericht = event.data || {};
      if (bericht.type === "voortgang") {
        this.voortgang = bericht;
        this.dispatchEvent(new CustomEvent("voortgang", { detail: bericht }));
      } else if (bericht.type === "gereed") {
        this.voortgang = { stap: "gereed", tekst: "Klaar", fractie: 1 };
        this.dispatchEvent(new CustomEvent("voortgang", { detail: this.voortgang }));
        const { type, ...info } = bericht;
        klaar(info);
      } else if (bericht.type === "bewaard") {
        opgeslagen();
      } else if (bericht.type === "fataal") {
        this.#stop(bericht.tekst, mislukt);
      } else if (this.#wachtend.has(bericht.id)) {
        const { resolve, reject } = this.#wachtend.get(bericht.id);
        this.#wachtend.delete(bericht.id);
        if ("error" in bericht) reject(Object.assign(new Error(bericht.error.tekst), { code: bericht.error.code }));
        else resolve(bericht.result);
      }
    };
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#stop(`De rekenmodule kon niet starten (${event.message || "onbekende fout"}).`, mislukt);
    };
    if (overnemen) {
      for (const event of vroeg.berichten.splice(0)) {
        if (event.type === "message") this.#worker.onmessage(event);
        else this.#worker.onerror(event);
      }
    }
  }

  #stop(tekst, mislukt) {
    this.fataal = tekst;
    this.dispatchEvent(new CustomEvent("fataal", { detail: { tekst } }));
    mislukt(new Error(tekst));
    for (const { reject } of this.#wachtend.values()) reject(new Error(tekst));
    this.#wachtend.clear();
  }

  /**
   * Send one message; resolves with its result, rejects with its error.
   * @param {string} type @param {unknown} [payload] @returns {Promise<any>}
   */
  vraag(type, payload) {
    if (this.fataal) return Promise.reject(new Error(this.fataal));
    const id = ++this.#volgnummer;
    return new Promise((resolve, reject) => {
      this.#wachtend.set(id, { resolve, reject });
      this.#worker.postMessage({ id, type, payload });
    });
  }

  /** @param {object} verzoek a SPEC request @returns {Promise<object>} the SPEC response */
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
