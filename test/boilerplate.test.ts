import { describe, expect, it } from "vitest";
import { boilerplateLines } from "../src/text/boilerplate.js";
import { extractDocument } from "../src/pipeline.js";

const lines = (content: string) => boilerplateLines(content).map((l) => content.slice(l.start, l.end));

describe("page furniture", () => {
  it.each([
    ["Home | World | Middle East | Africa", true],
    ["News » Africa » Sahel", true],
    ["Share this article", true],
    ["Skip to main content", true],
    ["Advertisement", true],
    ["Related: Child Bomber Killed 51 in Attack on Wedding", false],
    ["Iraq, Syria | Analysis", false],
    ["World | Africa", true],
    ["News » Middle East", true],
    ["Iraq | Syria", false],
    ["Troops | who had crossed the border, officials said | withdrew.", false],
    ["Jets strike Raqqa as talks stall", false],
  ])("%s → %s", (line, furniture) => {
    expect(lines(`${line}\n`)).toEqual(furniture ? [line] : []);
  });

  it("drops what a breadcrumb names, keeps what the article names", () => {
    const content = "Home | World | Middle East | Africa\n\nRebels attacked a base in Mali on Monday, the army said.\n";
    const result = extractDocument({ id: "t", path: "t", content, referenceDate: "2022-03-26" });
    const places = result.locations.map((l) => l.name);
    expect(places).toContain("Mali");
    expect(places).not.toContain("Africa");
    expect(places).not.toContain("Middle East");
  });
});
