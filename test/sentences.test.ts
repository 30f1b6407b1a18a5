import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/text/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["Rebels attacked. Troops fled.", ["Rebels attacked.", "Troops fled."]],
    ["The U.S. military said so. It struck.", ["The U.S. military said so.", "It struck."]],
    ["Mr. Mattis met H.R. McMaster on Monday.", ["Mr. Mattis met H.R. McMaster on Monday."]],
    ["President Donald J. Trump spoke.", ["President Donald J. Trump spoke."]],
    ["Headline here\n\nBody starts. Body ends.", ["Headline here", "Body starts.", "Body ends."]],
    ["It began at 4 a.m. Tuesday in Gao.", ["It began at 4 a.m. Tuesday in Gao."]],
    ["“We will respond.” The minister left.", ["“We will respond.”", "The minister left."]],
    ["Capt. Jose Uriarte said 12 died. Others fled!", ["Capt. Jose Uriarte said 12 died.", "Others fled!"]],
    ["   \n  ", []],
  ])("%j", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
