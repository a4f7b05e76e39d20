// What both tools' elements share: registering under their tag, and their public API on the page's
// one worker (motor.js): `ready` and `handle(request)`.
import { startMotor } from "./motor.js";

export class WikElement extends HTMLElement {
  /** The tag the element registers under by default; each tool sets its own. */
  static TAG = "";

  /** Register the class (under `tag`); returns it. */
  static define(tag = this.TAG, registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  /** Resolves (with no value) when Python has started and answers. */
  get ready() { return startMotor().ready.then(() => undefined); }

  /** @param {object} verzoek a request of the JSON contract (py/README.md) @returns {Promise<object>} its answer */
  handle(verzoek) { return startMotor().handle(verzoek); }
}
