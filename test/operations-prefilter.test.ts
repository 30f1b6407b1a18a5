import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rawTriggerMatches } from "../src/extractors/operations/detect.js";
import { buildKeywordIndex, sentencesPerRule } from "../src/extractors/operations/prefilter.js";
import { MODALITY_RULES } from "../src/extractors/operations/rules/modality.js";
import { ROLE_RULES } from "../src/extractors/operations/rules/roles.js";
import { TRIGGER_RULES } from "../src/extractors/operations/rules/triggers.js";
import { splitSentences } from "../src/text/sentences.js";
import { ROOT } from "./support/fixtures.js";

// The keyword pre-check must never lose a match: a rule whose keywords miss one of its own
// phrasings would silently stop reporting it.
describe("operations: keyword pre-check of trigger rules", () => {
  it.each(TRIGGER_RULES.map((rule) => [rule.rule, rule.example] as const))("%s: its example passes the pre-check", (name, example) => {
    const sentences = [{ start: 0, end: example.length }];
    const index = TRIGGER_RULES.findIndex((r) => r.rule === name);
    const perRule = sentencesPerRule(buildKeywordIndex(TRIGGER_RULES.map((r) => r.keywords)), example, sentences);
    expect(new RegExp(TRIGGER_RULES[index].pattern, "i").test(example)).toBe(true);
    expect(perRule[index]).toEqual([0]);
  });

  const texts = ["fixtures/seeds", "test/corpus"].flatMap((dir) =>
    readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(ROOT, dir, f), "utf8")] as const),
  );
  it.each(texts)("%s: prefiltered scan finds what the full scan finds", (_name, content) => {
    const sentences = splitSentences(content);
    const key = (m: ReturnType<typeof rawTriggerMatches>[number]): string => `${m.rule.source.rule}:${m.start}:${m.end}:${m.whole.start}:${m.whole.end}`;
    expect(rawTriggerMatches(content, sentences, true).map(key).sort()).toEqual(rawTriggerMatches(content, sentences, false).map(key).sort());
  });

  // Every sentence the rule tables declare, and phrasings a rule's pattern holds beside its example.
  const sentencesOfRules = [
    ...TRIGGER_RULES.flatMap((r) => [r.example, ...r.counterExamples]),
    ...MODALITY_RULES.flatMap((r) => [...r.examples, ...r.counterExamples]),
    ...ROLE_RULES.map((r) => r.example),
    "Separatist forces fired grenade launchers at army positions near Avdiivka.",
    "Rebels fired an RPG at a police post in Sirte on Friday.",
    "Regime forces targeted two excavators with ATGMs near Saraqab.",
    "A bomb planted by the Taliban wounded three soldiers in Kunar province.",
    "Two militants were killed in an encounter with police in Pulwama district.",
  ];
  it.each(sentencesOfRules.map((s) => [s] as const))("%s: prefiltered scan finds what the full scan finds", (content) => {
    const sentences = splitSentences(content);
    const key = (m: ReturnType<typeof rawTriggerMatches>[number]): string => `${m.rule.source.rule}:${m.start}:${m.end}`;
    expect(rawTriggerMatches(content, sentences, true).map(key).sort()).toEqual(rawTriggerMatches(content, sentences, false).map(key).sort());
  });

  it("a keyword that extends another stands for its rules too (\"bombing\" for \"bomb\")", () => {
    const index = buildKeywordIndex([["bomb"], ["bombing"]]);
    const text = "The bombing killed five.";
    expect(sentencesPerRule(index, text, [{ start: 0, end: text.length }])).toEqual([[0], [0]]);
  });

  it("keywords must be single lower-case tokens", () => {
    expect(() => buildKeywordIndex([["air strike"]])).toThrow();
    expect(() => buildKeywordIndex([["Air"]])).toThrow();
  });
});
