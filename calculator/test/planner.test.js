// node --test: the planner's .ics export (src/planner.js), RFC 5545 text values and folding.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ics, naarIcs } from "../src/planner.js";

test("text values escape backslash, semicolon and comma, and every line break (CRLF, LF, a lone CR)", () => {
  assert.equal(ics("a;b,c\\d"), "a\\;b\\,c\\\\d");
  assert.equal(ics("een\r\ntwee\ndrie\rvier"), "een\\ntwee\\ndrie\\nvier");
  assert.equal(ics(undefined), "");
});

test("an .ics file: one event per dated step, lines folded at 75 octets, no bare CR", () => {
  const lang = "Stuur de brief € ".repeat(20);
  const uit = naarIcs({ stappen: [{ nummer: 0, naam: "Vooraf", datum: null }, { nummer: 4, naam: "Aanmaning", datum: "2026-12-31",
    toelichting: `${lang}\rmet een losse CR` }] }, "2026-11-30T10:00:00.000Z");
  assert.equal((uit.match(/BEGIN:VEVENT/g) || []).length, 1);
  assert.match(uit, /DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101/);
  assert.doesNotMatch(uit.replaceAll("\r\n", ""), /\r/);
  for (const regel of uit.split("\r\n")) assert.ok(new TextEncoder().encode(regel).length <= 75, regel);
});
