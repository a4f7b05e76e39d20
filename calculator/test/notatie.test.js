// node --test: Dutch notation in and out (src/notatie.js), without a browser.
import assert from "node:assert/strict";
import { test } from "node:test";

import { datumKort, datumNl, euro, isDatum, leesBedrag, leesPercentage, procent } from "../src/notatie.js";

test("amounts as a Dutch visitor types them become the contract's strings", () => {
  const tabel = [["1.234,56", "1234.56"], ["1234,56", "1234.56"], ["€ 1.234", "1234.00"], ["1234.56", "1234.56"],
    ["12,-", "12.00"], [" 7 ", "7.00"], ["1.000.000", "1000000.00"], ["0,5", "0.50"]];
  for (const [invoer, verwacht] of tabel) assert.equal(leesBedrag(invoer).waarde, verwacht, invoer);
});

test("bad amounts give a Dutch message, never a number", () => {
  for (const invoer of ["", "abc", "-5", "1,234", "12,345", "1.2.3", "NaN", "Infinity", "1e5"]) {
    const uit = leesBedrag(invoer);
    assert.equal(uit.waarde, undefined, invoer);
    assert.match(uit.fout, /[a-z]/, invoer);
    assert.doesNotMatch(uit.fout, invoer === "NaN" ? /undefined/ : /undefined|NaN/, invoer);
  }
});

test("percentages", () => {
  assert.equal(leesPercentage("10,15").waarde, "10.15");
  assert.equal(leesPercentage("8").waarde, "8");
  assert.ok(leesPercentage("abc").fout);
});

test("amounts, percentages and dates out, the Dutch way", () => {
  assert.equal(euro("1234.56"), "€ 1.234,56");
  assert.equal(euro("1000000.00"), "€ 1.000.000,00");
  assert.equal(euro("0.05"), "€ 0,05");
  assert.match(procent("10.15"), /^10,15\s?%$/);
  assert.equal(datumNl("2026-11-25"), "25 november 2026");
  assert.equal(datumNl("2027-01-01"), "1 januari 2027");
  assert.equal(datumNl("2026-02-30"), "–");
  assert.ok(datumKort("2026-03-05").includes("2026"));
  assert.ok(isDatum("2028-02-29") && !isDatum("2026-02-29") && !isDatum("2026-13-01") && !isDatum("1-1-2026"));
});
