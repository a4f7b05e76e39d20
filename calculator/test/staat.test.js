// node --test: the rekentool's state, its URL fragment (src/staat.js) and the requests built from it (src/verzoeken.js).
import assert from "node:assert/strict";
import { test } from "node:test";

import { VERSIE, leesFragment, naarFragment, nieuweStaat, wijzigRijen } from "../src/staat.js";
import { bouwBereken, bouwBrief, bouwTraject } from "../src/verzoeken.js";
import { tabNaToets } from "../src/tabs.js";

const base64url = (tekst) => Buffer.from(tekst).toString("base64url");

test("a state survives its fragment, with the format's version", () => {
  const s = nieuweStaat("bedrijf", "brief");
  s.vorderingen[0] = { kenmerk: "F-1 € ü", bedrag: "1.234,56", vervaldatum: "2026-10-31" };
  const hash = naarFragment(s);
  assert.match(hash, /^#r=[A-Za-z0-9_-]+$/);
  assert.equal(JSON.parse(Buffer.from(hash.slice(3), "base64url").toString()).v, VERSIE);
  assert.deepEqual(leesFragment(hash, nieuweStaat()).staat, s);
});

test("damaged, foreign and newer fragments are told apart; an old one still reads", () => {
  assert.equal(leesFragment("#top", nieuweStaat()), null);
  assert.deepEqual(leesFragment("#r=@@@", nieuweStaat()), { fout: "kapot" });
  assert.deepEqual(leesFragment("#r=" + base64url("{niet json"), nieuweStaat()), { fout: "kapot" });
  assert.deepEqual(leesFragment("#r=" + base64url("[1,2]"), nieuweStaat()), { fout: "kapot" });
  assert.deepEqual(leesFragment("#r=" + base64url(JSON.stringify({ v: VERSIE + 1 })), nieuweStaat()), { fout: "versie" });
  const oud = leesFragment("#r=" + base64url(JSON.stringify({ debiteur: "overheid", tab: "planner" })), nieuweStaat());
  assert.equal(oud.staat.debiteur, "overheid");
  assert.equal(oud.staat.tab, "planner");
  const vreemd = leesFragment("#r=" + base64url(JSON.stringify({ debiteur: "<script>", rente: { soort: 5 } })), nieuweStaat());
  assert.equal(vreemd.staat.debiteur, "consument");
  assert.equal(vreemd.staat.rente.soort, "");
});

test("a claim without a kenmerk goes without one; a payment naming it gets the engine's number", () => {
  const s = nieuweStaat();
  s.rente.soort = "geen";
  s.vorderingen = [{ kenmerk: "", bedrag: "150", vervaldatum: "2026-10-01" }, { kenmerk: "A", bedrag: "50", vervaldatum: "" }];
  s.betalingen = [{ bedrag: "10", datum: "2026-10-05", kenmerk: "factuur 1" }];
  const { verzoek, fouten } = bouwBereken(s);
  assert.equal(fouten.size, 0);
  assert.deepEqual(verzoek.vorderingen, [{ bedrag: "150.00", vervaldatum: "2026-10-01" }, { kenmerk: "A", bedrag: "50.00" }]);
  assert.equal(verzoek.betalingen[0].kenmerk, "1");
});

test("earlier termijnen only for a consumer with WIK costs; the ingebrekestelling date only without an agreed term", () => {
  const s = nieuweStaat();
  s.vorderingen[0] = { kenmerk: "T1", bedrag: "50", vervaldatum: "2026-10-01" };
  s.kosten.eerder = true;
  s.kosten.eerdere_termijnkosten = ["2026-08-01", ""];
  assert.deepEqual(bouwBereken(s).verzoek.kosten.eerdere_termijnkosten, ["2026-08-01"]);
  s.debiteur = "bedrijf";
  assert.equal(bouwBereken(s).verzoek.kosten.eerdere_termijnkosten, undefined);
  s.debiteur = "consument";
  s.betaaltermijn_afgesproken = false;
  const brief = bouwBrief(s);
  assert.equal(brief.verzoek.betaaltermijn_afgesproken, false);
  assert.ok(brief.fouten.has("ingebrekestelling_verzonden"));
  s.brief.ingebrekestelling_verzonden = "2026-10-15";
  assert.equal(bouwBrief(s).verzoek.ingebrekestelling_verzonden, "2026-10-15");
  s.planner = { factuurdatum: "2026-11-02", betaaltermijn: "14" };
  assert.equal(bouwTraject(s).verzoek.betaaltermijn_afgesproken, false);
});

test("rows stop at the limit; tabs move with the arrow keys, Home and End", () => {
  const s = nieuweStaat();
  for (let i = 0; i < 50; i++) wijzigRijen(s, "vordering-erbij");
  assert.equal(s.vorderingen.length, 40);
  assert.equal(wijzigRijen(s, "iets-anders"), null);
  assert.deepEqual([tabNaToets("ArrowRight", "planner"), tabNaToets("ArrowLeft", "rekentool"), tabNaToets("Home", "brief"),
    tabNaToets("End", "rekentool"), tabNaToets("Enter", "brief")], ["rekentool", "planner", "rekentool", "planner", null]);
});
