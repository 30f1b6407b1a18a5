import { describe, expect, it } from "vitest";
import { extractDates } from "../src/extractors/dates/index.js";
import { extractIntervals } from "../src/extractors/intervals/index.js";
import { analyse } from "../src/pipeline.js";

function intervals(content: string) {
  const doc = analyse({ id: "t", path: "t", content, referenceDate: "2021-03-10" });
  return extractIntervals(content, extractDates(doc)).map(({ text, value, from, to }) => ({ text, value, from, to }));
}

describe("intervals", () => {
  it.each([
    [
      "The coalition carried out strikes between August 2014 and September 2020.",
      [{ text: "August 2014 and September 2020", value: "2014-08/2020-09", from: "2014-08", to: "2020-09" }],
    ],
    [
      "The siege lasted from March to May 2015, officials said.",
      [{ text: "March to May 2015", value: "2015-03/2015-05", from: "2015-03", to: "2015-05" }],
    ],
    ["Fighting has raged in the region since 2014.", [{ text: "2014", value: "2014/..", from: "2014", to: null }]],
    ["The ceasefire holds until June 2019, the envoy said.", [{ text: "June 2019", value: "../2019-06", from: null, to: "2019-06" }]],
  ])("%s", (content, expected) => {
    expect(intervals(content)).toEqual(expected);
  });

  it.each([
    ["Rebels attacked in 2014 and again in 2016."],
    ["On 4 May 2020, troops withdrew. Talks resumed on 6 May 2020."],
    ["Two thousand soldiers took part in the offensive."],
  ])("no interval in %s", (content) => {
    expect(intervals(content)).toEqual([]);
  });
});
