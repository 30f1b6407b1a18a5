import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../src/categories.js";
import { formatCsv } from "../src/format/csv.js";
import { formatGeojson } from "../src/format/geojson.js";
import { formatJson } from "../src/format/json.js";
import { formatMarkdown } from "../src/format/markdown.js";
import { formatNdjsonLine } from "../src/format/ndjson.js";
import { formatTable } from "../src/format/table.js";
import { SAMPLE, SAMPLE_TEXT } from "./support/sample-result.js";

const all = { color: false, categories: CATEGORIES };

describe("the sample result itself", () => {
  it("has offsets that slice to its texts", () => {
    const d = SAMPLE.documents[0];
    for (const x of [...d.dates, ...d.figures, ...d.operations, ...d.actors[0].mentions, ...d.locations[0].mentions]) {
      expect(SAMPLE_TEXT.slice(x.start, x.end)).toBe(x.text);
    }
  });
});

describe("formatters", () => {
  it("csv: one row per item, RFC 4180 quoting, CRLF", () => {
    expect(formatCsv(SAMPLE, all)).toBe(
      [
        "document,category,text,start,end,value,type,detail,country,lat,lon,actor,target,location,date,count,approximate,bound,rule",
        "sample,actors,Turkish,0,7,Turkey,state,,,,,,,,,,,,demonym",
        "sample,locations,Raqqa,20,25,Raqqa,city,,SY,35.95283,39.00788,,,,,,,,gazetteer",
        "sample,operations,Turkish jets struck Raqqa on Wednesday,0,38,,airstrike,jets,,,,Turkey,,Raqqa,2015-08-05,,,,jets-struck",
        'sample,figures,"at least 12"" people",49,68,12,killed,people,,,,,,,,,false,lower,count-noun',
        "sample,dates,Wednesday,29,38,2015-08-05,date,,,,,,,,,,,,weekday",
        "",
      ].join("\r\n"),
    );
  });

  it("csv and every format respect --only", () => {
    const only = { color: false, categories: ["figures"] as const };
    expect(formatCsv(SAMPLE, only).split("\r\n")).toHaveLength(3);
    const doc = JSON.parse(formatJson(SAMPLE, only)).documents[0];
    expect(Object.keys(doc)).toEqual(["id", "path", "title", "published", "figures", "sources"]);
    expect(formatMarkdown(SAMPLE, only)).not.toContain("## Actors");
    expect(formatTable(SAMPLE, only)).not.toContain("Actors");
    expect(JSON.parse(formatGeojson(SAMPLE, only)).features).toEqual([]);
  });

  it("json: schemaVersion and documents in fixed key order", () => {
    const json = formatJson(SAMPLE, all);
    expect(json.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "documents"]);
    expect(Object.keys(parsed.documents[0])).toEqual([
      "id", "path", "title", "published", "actors", "locations", "dates", "intervals", "figures", "operations", "sources",
    ]);
  });

  it("ndjson: one line per document", () => {
    const line = formatNdjsonLine(SAMPLE.documents[0], CATEGORIES);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(line).id).toBe("sample");
  });

  it("markdown: GitHub tables with escaped cells", () => {
    const md = formatMarkdown(SAMPLE, all);
    expect(md).toContain("## Operations (1)\n\n| doc | type | name | actor | target | location | date | count |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| sample | airstrike |  | Turkey |  | Raqqa | 2015-08-05 |  |");
    expect(md).toContain('| sample | 12 | killed | lower |  | at least 12" people |');
  });

  it("geojson: located places and operations as points, longitude first", () => {
    const geo = JSON.parse(formatGeojson(SAMPLE, all));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toEqual([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [39.00788, 35.95283] },
        properties: { kind: "location", name: "Raqqa", type: "city", country: "SY", admin1: "Raqqa", documents: ["sample"], mentions: 1 },
      },
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [39.00788, 35.95283] },
        properties: {
          kind: "operation", type: "airstrike", name: null, actor: "Turkey", target: null, location: "Raqqa",
          date: "2015-08-05", count: null, document: "sample", text: "Turkish jets struck Raqqa on Wednesday",
        },
      },
    ]);
  });

  it("table: colour only when asked, lines within 100 columns", () => {
    const plain = formatTable(SAMPLE, all);
    expect(plain).not.toMatch(/\u001b\[/);
    expect(formatTable(SAMPLE, { ...all, color: true })).toMatch(/\u001b\[/);
    for (const line of plain.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
    expect(plain).toContain("Raqqa");
  });
});
