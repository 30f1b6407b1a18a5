import { describe, expect, it } from "vitest";
import { FIXED_PHRASES } from "../../src/extractors/operations/cues/fixed-phrases.js";
import { MODALITY_RULES } from "../../src/extractors/operations/rules/modality.js";
import { ROLE_RULES } from "../../src/extractors/operations/rules/roles.js";
import { TRIGGER_RULES } from "../../src/extractors/operations/rules/triggers.js";
import { extractDocument } from "../../src/pipeline.js";
import type { Operation } from "../../src/types.js";

// Every operations rule declares its examples and counter-examples; here they run end to end,
// through the whole pipeline, as an article of one or two sentences.
function operationsOf(content: string): Operation[] {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).operations;
}

const describeOps = (ops: Operation[]): string => ops.map((o) => `${o.type}/${o.rule} by ${o.actor} in ${o.location}: ${o.text}`).join("; ") || "none";

describe("modality rules: their examples report no action", () => {
  const cases = MODALITY_RULES.flatMap((r) => r.examples.map((e) => [r.name, e] as const));
  it.each(cases)("%s: %s", (_name, sentence) => {
    const ops = operationsOf(sentence);
    expect(ops, describeOps(ops)).toEqual([]);
  });
});

describe("modality rules: their counter-examples report one", () => {
  const cases = MODALITY_RULES.flatMap((r) => r.counterExamples.map((e) => [r.name, e] as const));
  it.each(cases)("%s: %s", (_name, sentence) => {
    expect(operationsOf(sentence).length).toBeGreaterThan(0);
  });
});

describe("trigger rules: the example makes an operation by that rule", () => {
  it.each(TRIGGER_RULES.map((r) => [r.rule, r.example] as const))("%s: %s", (rule, example) => {
    // Examples are phrases or sentences; a headline rule's example is a headline over a body.
    const rule_ = TRIGGER_RULES.find((r) => r.rule === rule);
    const text = rule_?.headlineOnly ? `${example}\n\nOfficials gave no further details.` : `${example.charAt(0).toUpperCase()}${example.slice(1)}.`;
    const ops = operationsOf(text);
    expect(ops.flatMap((o) => o.mentions.map((m) => m.rule)), describeOps(ops)).toContain(rule);
  });
});

describe("trigger rules: their counter-examples make no operation by that rule", () => {
  const cases = TRIGGER_RULES.flatMap((r) => r.counterExamples.map((e) => [r.rule, e] as const));
  it.each(cases)("%s: %s", (rule, sentence) => {
    const headline = TRIGGER_RULES.find((r) => r.rule === rule)?.headlineOnly === true;
    const ops = operationsOf(headline ? `${sentence}\n\nOfficials gave no further details.` : sentence);
    expect(ops.flatMap((o) => o.mentions.map((m) => m.rule)), describeOps(ops)).not.toContain(rule);
  });
});

describe("role rules: the example fills the attribute by that rule", () => {
  it.each(ROLE_RULES.map((r) => [r.name, r.role, r.example, r.value] as const))("%s (%s): %s", (name, role, example, value) => {
    const ops = operationsOf(example);
    const filled = ops.find((o) => o.roles[role] === name);
    expect(filled, describeOps(ops)).toBeDefined();
    expect(filled?.[role]).toBe(value);
  });
});

describe("role rules: their counter-examples do not give the value", () => {
  const cases = ROLE_RULES.flatMap((r) => (r.counterExamples ?? []).map((c) => [r.name, r.role, c.text, c.not] as const));
  it.each(cases)("%s (%s): %s", (_name, role, text, not) => {
    const ops = operationsOf(text);
    expect(ops.length, "the sentence still reports an action").toBeGreaterThan(0);
    expect(ops.map((o) => o[role]), describeOps(ops)).not.toContain(not);
  });
});

describe("fixed phrases: their examples report no action", () => {
  it.each(FIXED_PHRASES.map((p) => [p.name, p.example] as const))("%s: %s", (_name, example) => {
    // Each example stands in a conflict text, so the conflict-context gate is no help.
    const ops = operationsOf(`Troops and militants fought near the border. ${example.charAt(0).toUpperCase()}${example.slice(1)}.`);
    expect(ops.filter((o) => o.start > 45), describeOps(ops)).toEqual([]);
  });
});

describe("rule names are unique", () => {
  it.each([
    ["trigger", TRIGGER_RULES.map((r) => r.rule)],
    ["modality", MODALITY_RULES.map((r) => r.name)],
    ["role", ROLE_RULES.map((r) => r.name)],
    ["fixed phrase", FIXED_PHRASES.map((r) => r.name)],
  ] as const)("%s rules", (_kind, names) => {
    expect(new Set(names).size).toBe(names.length);
  });
});
