import { describe, expect, it } from "vitest";
import { isRecordFile, parseRecords } from "../src/cli/records.js";

describe("JSON Lines records", () => {
  it("knows record files by extension", () => {
    expect([isRecordFile("a.jsonl"), isRecordFile("b.NDJSON"), isRecordFile("c.txt")]).toEqual([true, true, false]);
  });

  it("reads id, text and published, and keeps other fields as meta", () => {
    const r = parseRecords('{"id":"x","text":"Hello.","published":"2020-05-04","source":"wire"}\n\n{"id":7,"text":"B"}\n', "in.jsonl", null);
    expect(r.problems).toEqual([]);
    expect(r.documents).toEqual([
      { id: "x", path: "in.jsonl", content: "Hello.", referenceDate: null, published: "2020-05-04", meta: { source: "wire" } },
      { id: "7", path: "in.jsonl", content: "B", referenceDate: null, published: null },
    ]);
  });

  it("names each bad line and goes on with the rest", () => {
    const r = parseRecords('{"text":"ok"}\n{oops\n[1]\n{"id":"n"}\n{"text":"x","published":"May 4"}\n', "c.jsonl", "2020-01-01");
    expect(r.documents.map((d) => d.id)).toEqual(["c.jsonl:1"]);
    expect(r.problems).toEqual([
      { path: "c.jsonl:2", message: "not valid JSON" },
      { path: "c.jsonl:3", message: "a record must be a JSON object" },
      { path: "c.jsonl:4", message: 'the record has no "text" string' },
      { path: "c.jsonl:5", message: '"published" must be a date as YYYY-MM-DD' },
    ]);
  });
});
