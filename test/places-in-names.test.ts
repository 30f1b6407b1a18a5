import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";

const places = (content: string) =>
  extractDocument({ id: "t", path: "t", content, referenceDate: "2020-05-04" }).locations.map((l) => l.name);

describe("place words inside group names", () => {
  it.each([
    ["Hayat Tahrir al-Sham fighters attacked an army post in Idlib province.", ["Idlib"], ["al-Sham"]],
    ["Al-Qaeda in the Arabian Peninsula claimed the attack in Abyan.", ["Abyan"], ["Arabian Peninsula"]],
    ["Pro-Iran militias were hit near Al Mayadin in Syria.", ["Syria"], ["Iran"]],
  ])("%s", (content, kept, dropped) => {
    const found = places(content);
    for (const k of kept) expect(found).toContain(k);
    for (const d of dropped) expect(found).not.toContain(d);
  });

  it("keeps a place named on its own elsewhere in the text", () => {
    const found = places("Pro-Iran militias were hit in Syria. Iran condemned the strike.");
    expect(found).toContain("Iran");
  });
});
