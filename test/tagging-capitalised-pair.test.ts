import { describe, expect, it } from "vitest";
import { nextCapitalisedPair } from "../src/extractors/actors/capitalised-pair.js";
import { taggingWindows } from "../src/extractors/actors/index.js";

// The hand-read search for capitalised pairs (used on text with characters past Latin-1) must
// find exactly what the Unicode pattern finds, pair for pair, resuming as the actors' tagging
// request resumes (right after a pair's first word).
const BODY = String.raw`(\p{Lu}[\p{Ll}'’-]+)[^\S\n]+(?:(?:\p{Lu}\.|de|da|du|van|von|der|bin|ibn)[^\S\n]+)?(\p{Lu}[\p{Ll}'’-]+)`;
const GLOBAL = new RegExp(String.raw`(?<![\p{L}.])` + BODY, "gu");
const STICKY = new RegExp(BODY, "uy");

type Found = Array<[number, string, string, string]>;
function byPattern(s: string): Found {
  const out: Found = [];
  GLOBAL.lastIndex = 0;
  for (let m = GLOBAL.exec(s); m; m = GLOBAL.exec(s)) {
    out.push([m.index, m[0], m[1], m[2]]);
    GLOBAL.lastIndex = m.index + m[1].length + 1;
  }
  return out;
}
function byHand(s: string): Found {
  const out: Found = [];
  for (let m = nextCapitalisedPair(s, 0, STICKY); m; m = nextCapitalisedPair(s, m.index + m.first.length + 1, STICKY)) {
    out.push([m.index, m.text, m.first, m.second]);
  }
  return out;
}

describe("capitalised pairs read by hand", () => {
  // [text, the pairs as "first|second", in order]
  const CASES: ReadonlyArray<[string, string[]]> = [
    ["Residents said Ilnur Cevik also threatened “to hit” the convoy.", ["Ilnur|Cevik"]],
    ["The attack was claimed by John F. Kennedy supporters.", ["John|Kennedy"]],
    ["Witnesses told Jacques de Mathan that the camp burned.", ["Jacques|Mathan"]],
    ["Hassan Ali Bakr Omar — “unknown”", ["Hassan|Ali", "Ali|Bakr", "Bakr|Omar"]],
    ["Zoë Müller met Abu Kamal\u00a0Town officials.", ["Zoë|Müller", "Abu|Kamal", "Kamal|Town"]],
    ["U.S.Army Chief", []],
    ["first line Ahmed\nMansour second", []],
    ["McCain Jones and al-Bab", []],
  ];
  it.each(CASES)("%s", (text, pairs) => {
    expect(byHand(text).map(([, , first, second]) => `${first}|${second}`)).toEqual(pairs);
    expect(byHand(text)).toEqual(byPattern(text));
  });

  it("agrees with the pattern on many random strings of tricky pieces", () => {
    const pieces = ["A", "B", "Jo", "Ab", "a", "b", "de", "der", "den", "van", "bin", "F.", "J.", ".", " ", "  ", "\t", "\n", "\u00a0",
      "'", "’", "-", "É", "é", "Ö", "ö", "ß", "𝐀", "\ud835", "x", ",", "1", "Mc", "U.S.", "ibn", "da", "\r", "\u2009", "Ǆ", "ǅ"];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const mismatches: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = "";
      for (let i = 1 + next(12); i > 0; i--) s += pieces[next(pieces.length)];
      if (JSON.stringify(byHand(s)) !== JSON.stringify(byPattern(s))) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
  });

  it("gives the same tagging windows on a sentence with and without a wide character elsewhere", () => {
    const plain = "Residents said Ilnur Cevik also threatened to hit the convoy near the town.";
    const wide = `${plain} “`;
    expect(taggingWindows(wide)).toEqual(taggingWindows(plain));
  });
});
