import type { OperationType, Sentence, Span } from "../../types.js";
import { type ClauseBounds, clauseAround, sentenceAt } from "./clause.js";
import { CONFLICT_EVIDENCE } from "./cues/context.js";
import { fixedPhrasesFor } from "./cues/fixed-phrases.js";
import { INSTRUMENTS, SUPPORT_PHRASE } from "./cues/instruments.js";
import { CAPITALISED_BEFORE, HEADLINE_PRESENT, IRREGULAR_PAST, NOMINAL_ING } from "./cues/verbs.js";
import { DEFINITE_BEFORE, INDEFINITE_BEFORE, NEW_ACTION_CUE } from "./cues/reference.js";
import { alternation } from "../../text/regex.js";
import { modalityOf } from "./modality.js";
import { buildKeywordIndex, sentencesPerRule } from "./prefilter.js";
import type { ModalityRule } from "./rules/modality.js";
import { TRIGGER_RULES, type TriggerRule } from "./rules/triggers.js";

/** A trigger that survived the modality and phrase checks, with its clause. */
export interface TriggerHit {
  rule: string;
  /** The trigger rule that matched, for its flags. */
  source: TriggerRule;
  type: OperationType;
  generic: boolean;
  needsAgent: boolean;
  reference: boolean;
  fresh: boolean;
  trigger: Span;
  /** Start of the whole matched phrase ("warplanes" in "warplanes pounded"), where modifiers end. */
  triggerHead: number;
  /** End of the whole matched phrase ("repelled a Houthi assault" ends after "assault"). */
  phraseEnd: number;
  /** The trigger is a finite verb ("struck", "targeted"): its object follows directly. */
  isVerb: boolean;
  sentence: Sentence;
  clause: ClauseBounds;
  instrument: string | null;
}

interface CompiledRule {
  source: TriggerRule;
  regex: RegExp;
  context: RegExp | null;
}

// Compiled once at module load.
const COMPILED: readonly CompiledRule[] = TRIGGER_RULES.map((source) => ({
  source,
  regex: new RegExp(source.pattern, source.caseSensitive ? "gd" : "gid"),
  context: source.context ? new RegExp(`\\b(?:${source.context})\\b`, "i") : null,
}));

// All instruments in one case-sensitive pattern, one named group per entry in list order: the
// leftmost match is the earliest instrument, and at one position the earlier entry wins.
const INSTRUMENT_GROUPS = INSTRUMENTS.map((_, i) => `i${i}`);
const INSTRUMENT_REGEX = new RegExp(`\\b(?:${INSTRUMENTS.map((entry, i) => `(?<${INSTRUMENT_GROUPS[i]}>${alternation(entry.words)})`).join("|")})\\b`, "g");

/** The earliest instrument named in `[from, to)`, or null. */

export function instrumentIn(content: string, from: number, to: number): { instrument: string; type: OperationType; start: number } | null {
  INSTRUMENT_REGEX.lastIndex = 0;
  let text = content.slice(from, to);
  if (/by/i.test(text)) text = text.replace(SUPPORT_PHRASE, (phrase) => " ".repeat(phrase.length));
  const m = INSTRUMENT_REGEX.exec(text);
  const groups = m?.groups;
  if (!m || !groups) return null;
  const i = INSTRUMENT_GROUPS.findIndex((name) => groups[name] !== undefined);
  return { instrument: INSTRUMENTS[i].instrument, type: INSTRUMENTS[i].type, start: m.index };
}

// Headline rules run on the headline's sentence alone, so they stay out of the keyword scan
// (their present-tense words, "kills", "hits", are everywhere in a text's body).
const BODY_RULES = COMPILED.filter((r) => !r.source.headlineOnly);
const HEADLINE_RULES = COMPILED.filter((r) => r.source.headlineOnly);
const KEYWORDS = buildKeywordIndex(BODY_RULES.map((rule) => rule.source.keywords));

/** One match of a trigger rule: the trigger span and the whole matched phrase. */
export interface RawTrigger {
  rule: CompiledRule;
  start: number;
  end: number;
  whole: Span;
}

/**
 * Every rule's matches, each inside one sentence (a trigger phrase never spans two). With
 * `prefilter`, a rule runs only on the sentences where one of its keywords occurs; without it,
 * on every sentence (the reference the pre-check is tested against).
 */
export function rawTriggerMatches(
  content: string,
  sentences: readonly Sentence[],
  prefilter = true,
  /** The headline's span (null: the text has none), when headline rules should run there alone. */
  headline?: { start: number; end: number } | null,
): RawTrigger[] {
  const all = (): number[] => sentences.map((_, i) => i);
  const perBodyRule = prefilter ? sentencesPerRule(KEYWORDS, content, sentences) : BODY_RULES.map(all);
  // Without a headline given (a scan of every rule), headline rules try every sentence.
  const headlineSentences = headline === undefined ? all() : headline === null ? [] : all().filter((i) => sentences[i].start < headline.end && headline.start < sentences[i].end);
  const texts: Array<string | undefined> = new Array(sentences.length);
  const raw: RawTrigger[] = [];
  const run = (rule: CompiledRule, indices: readonly number[]): void => {
    for (const i of indices) {
      const sentence = sentences[i];
      const text = (texts[i] ??= content.slice(sentence.start, sentence.end));
      const offset = sentence.start;
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
        const groups = m.indices?.groups;
        const span = groups?.t ?? groups?.t2 ?? groups?.t3 ?? m.indices?.[0];
        if (!span) continue;
        raw.push({
          rule,
          start: offset + span[0],
          end: offset + span[1],
          whole: { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] },
        });
      }
    }
  };
  BODY_RULES.forEach((rule, r) => run(rule, perBodyRule[r]));
  for (const rule of HEADLINE_RULES) run(rule, headlineSentences);
  return raw;
}

/** Matches of every rule; overlapping matches keep the longer one. */
function scanTriggers(content: string, sentences: readonly Sentence[], headline: { start: number; end: number } | null): RawTrigger[] {
  const raw = rawTriggerMatches(content, sentences, true, headline);
  // Within each cluster of overlapping matches, longer whole matches first, then earlier
  // rules: the more specific reading wins. Clusters keep this linear in the document.
  raw.sort((a, b) => a.whole.start - b.whole.start);
  const kept: typeof raw = [];
  let cluster: typeof raw = [];
  let clusterEnd = -1;
  const flush = (): void => {
    cluster.sort((a, b) => b.whole.end - b.whole.start - (a.whole.end - a.whole.start) || a.whole.start - b.whole.start);
    const chosen: typeof raw = [];
    for (const hit of cluster) {
      if (!chosen.some((k) => hit.whole.start < k.whole.end && k.whole.start < hit.whole.end)) chosen.push(hit);
    }
    kept.push(...chosen);
    cluster = [];
  };
  for (const hit of raw) {
    if (hit.whole.start >= clusterEnd && cluster.length) flush();
    cluster.push(hit);
    clusterEnd = Math.max(clusterEnd, hit.whole.end);
  }
  flush();
  return kept.sort((a, b) => a.start - b.start);
}


// Fixed phrases start at a word; trying them only at word starts before the trigger's end is
// much cheaper than searching the whole window.
/** `\w` by character code: [0-9A-Za-z_]. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True when the trigger lies inside a fixed phrase that is no military action ("hunger strike", "heart attack") within `[from, to)`. */
// How much text before the window a phrase's lookbehind may need ("killed two suicide bombers").
const LOOKBEHIND_REACH = 60;

function inFixedPhrase(content: string, from: number, to: number, trigger: Span): boolean {
  // The phrases the trigger's words can stand in: the first word decides ("strikes" → labour
  // strikes), but "suicide bombers" is also tried on its second.
  const words = trigger.text.split(/[\s-]+/);
  const patterns = [...new Set(words.map(fixedPhrasesFor))].filter((p): p is RegExp => p !== null);
  if (!patterns.length) return false;
  // Only the window (and the reach of a lookbehind before it) is cut: never the whole text.
  const base = Math.max(0, from - LOOKBEHIND_REACH);
  const text = content.slice(base, to);
  for (let at = from; at < trigger.end; at++) {
    if (!isWordChar(content.charCodeAt(at)) || (at > from && isWordChar(content.charCodeAt(at - 1)))) continue;
    for (const sticky of patterns) {
      sticky.lastIndex = at - base;
      const phrase = sticky.exec(text);
      if (phrase && trigger.start < at + phrase[0].length) return true;
    }
  }
  return false;
}


/**
 * The trigger (or its first word: "fired a ballistic missile", "shot down") is a finite verb,
 * whose object follows it directly and which never refers back to an earlier mention.
 */
function isFiniteVerb(trigger: string): boolean {
  if (NOMINAL_ING.test(trigger)) return false;
  const first = /^[\w-]+/.exec(trigger)?.[0] ?? trigger;
  return /(?:ed|ing)$/i.test(first) || IRREGULAR_PAST.test(first) || HEADLINE_PRESENT.test(first);
}

/** A trigger that a modality rule keeps out of the event records, with the rule that did. */
export interface SetAside {
  trigger: Span;
  rule: ModalityRule;
}

/**
 * Finds every trigger that reports an action, with its clause and the flags the merger needs.
 * Triggers a modality rule holds for (planned, denied, hypothetical...) are set aside.
 */
export interface DetectOptions {
  /** The text names an armed group: evidence of conflict for triggers that need it. */
  armedGroupNamed?: boolean;
  /** The headline's span, where present-tense headline triggers count. */
  headline?: { start: number; end: number } | null;
  /** Receives the triggers a modality rule sets aside. */
  setAside?: SetAside[];
}

export function detectTriggers(content: string, sentences: readonly Sentence[], options: DetectOptions = {}): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let conflict: boolean | null = options.armedGroupNamed === true ? true : null;
  const instrumentsOfClause = new Map<number, ReturnType<typeof instrumentIn>>();
  for (const raw of scanTriggers(content, sentences, options.headline ?? null)) {
    const sentence = sentenceAt(sentences, raw.start);
    if (!sentence) continue;
    const trigger: Span = { start: raw.start, end: raw.end, text: content.slice(raw.start, raw.end) };
    const inHeadline = options.headline !== null && options.headline !== undefined && options.headline.start <= raw.start && raw.end <= options.headline.end;
    if (raw.rule.source.needsConflictContext && !(conflict ??= CONFLICT_EVIDENCE.test(content))) continue;
    if (raw.rule.source.headlineOnly && !inHeadline) continue;
    // "UK Maritime Trade Operations", "Special Operations Command": a capitalised generic word
    // after a name is part of the name (headlines aside, which capitalise every word).
    if (raw.rule.source.generic && !inHeadline && /^[A-Z][a-z]/.test(trigger.text) && CAPITALISED_BEFORE.test(content.slice(Math.max(sentence.start, raw.start - 30), raw.start))) continue;
    // "Operation Inherent Resolve" is a name (named-operations.ts), not a mention of an action.
    if (/^Operation$/.test(trigger.text) && /^\s+[A-Z\d]/.test(content.slice(trigger.end, trigger.end + 3))) continue;
    const windowStart = Math.max(sentence.start, raw.whole.start - 30);
    const windowEnd = Math.min(sentence.end, raw.whole.end + 30);
    if (inFixedPhrase(content, windowStart, windowEnd, trigger)) continue;
    const clause = clauseAround(content, sentence, raw.whole.start < raw.start ? raw.whole.start : raw.start, raw.end);
    clause.start = Math.min(clause.start, raw.whole.start);
    clause.end = Math.max(clause.end, raw.whole.end);
    if (raw.rule.context && !raw.rule.context.test(content.slice(clause.start, clause.end))) continue;
    const modality = modalityOf(content, sentence, clause, trigger);
    if (modality) {
      options.setAside?.push({ trigger, rule: modality });
      continue;
    }

    const rule = raw.rule.source;
    const before = content.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
    const isVerb = isFiniteVerb(trigger.text);
    const reference = !isVerb && DEFINITE_BEFORE.test(before) && !NEW_ACTION_CUE.test(before);
    const indefinite = INDEFINITE_BEFORE.test(before);
    const fresh = NEW_ACTION_CUE.test(before) || (rule.generic === true && indefinite && !reference);

    let type = rule.type;
    let generic = rule.generic === true || /^(?:(?:military|security|army|special)\s+)?operations$/i.test(trigger.text);
    // A present-tense headline verb after another trigger is that trigger's predicate: "US
    // drone strike targeting TTP kills 5".
    if (rule.headlineOnly && hits.some((h) => h.sentence === sentence && h.trigger.end <= trigger.start && !/[;:]|\bas\b/.test(content.slice(h.trigger.end, trigger.start)))) continue;
    // Triggers of one clause share its instruments: read once per clause.
    const clauseKey = clause.start * 0x100000 + (clause.end - clause.start);
    let found = instrumentsOfClause.get(clauseKey);
    if (found === undefined) instrumentsOfClause.set(clauseKey, (found = instrumentIn(content, clause.start, clause.end)));
    if (generic && found) {
      // Ground forces decide only an "operation" or "raid"; a ground "attack" stays a clash.
      const groundOnly = found.type === "ground_operation";
      if (!groundOnly || rule.retypedByGroundForces) {
        type = found.type;
        generic = false;
      }
    }
    hits.push({
      rule: rule.rule,
      source: rule,
      type,
      generic,
      needsAgent: rule.needsAgent === true,
      reference,
      fresh,
      trigger,
      triggerHead: Math.min(raw.whole.start, raw.start),
      phraseEnd: Math.max(raw.whole.end, raw.end),
      isVerb,
      sentence,
      clause,
      instrument: found && found.type !== "ground_operation" ? found.instrument : null,
    });
  }
  return hits;
}
