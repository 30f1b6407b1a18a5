// Candidates from patterns, for actors no lexicon can list:
//   "Kurdish militants", "Syrian Kurds"      ethnic descriptions      (descriptive-ethnic)
//   "Syrian rebels", "Afghan insurgents"     national descriptions    (descriptive-national)
//   "pro-Iran militias", "Turkey-backed rebels"                        (descriptive-aligned)
//   "rogue soldiers"                                                   (descriptive-rogue)
//   "opposition rebels", "foreign fighters"                             (descriptive-qualified)
//   "the jihadist group"                     anaphor to a named group (group-anaphor)
//   "US-led coalition", "US Anti-ISIS Coalition"                       (led-coalition)
//   "the Amajid Brigade", "Jaysh al-Izza"    unknown named groups     (unknown-group-head, unknown-group-prefix)
//   "the Wazalendo militias"                 unknown name + militia   (unknown-group-head)
import type { Candidate } from "./candidate.js";
import { ORGANIZATIONS } from "./data/organizations.js";
import { DESCRIPTIVE_GROUP_NOUNS } from "./data/vocabulary.js";
import { LEXICON, type LexiconHit, type State } from "./lexicon.js";
import type { PhraseMatch } from "./phrase-index.js";
import { isCapitalised, isHyphen, isWord, touching, type Token } from "./tokens.js";
import * as W from "./vocab-index.js";

/** After a bare demonym, the descriptive nouns but "fighters" and "forces" ("Syrian forces" are the state's). */
const SEPARATIST_NOUNS: ReadonlySet<string> = new Set(DESCRIPTIVE_GROUP_NOUNS.filter((n) => n !== "fighters" && n !== "forces"));
/** Word sets the per-token rules test, made once (array literals in the loop cost an allocation per token). */
const BACKED_WORDS: ReadonlySet<string> = new Set(["backed", "supported", "sponsored"]);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(["the", "this", "that"]);
const ALIGNMENT_WORDS: ReadonlySet<string> = new Set(["pro", "anti"]);
const FORCE_NOUNS: ReadonlySet<string> = new Set(["fighters", "forces", "militia", "militias", "militiamen"]);
const MILITIA_WORDS: ReadonlySet<string> = new Set(["militia", "militias", "militiamen"]);
const LED_COALITION_NAMES: Readonly<Record<string, string>> = { US: "US-led coalition", SA: "Saudi-led coalition" };

function stateAt(tokens: readonly Token[], i: number, kinds: readonly string[]): { state: State; to: number } | null {
  if (i < 0 || i >= tokens.length) return null;
  return stateIn(LEXICON.matchAt(tokens, i), kinds);
}

/** The state of a lexicon match, if it names one in one of `kinds`. */
function stateIn(m: PhraseMatch<LexiconHit> | null, kinds: readonly string[]): { state: State; to: number } | null {
  if (!m) return null;
  for (const p of m.payloads) if ("state" in p && kinds.includes(p.kind)) return { state: p.state, to: m.to };
  return null;
}
const DEMONYM = ["state-demonym"];
const ANY_STATE = ["state-demonym", "state-name"];

function nounClass(noun: string): string {
  if (FORCE_NOUNS.has(noun)) return "forces";
  if (noun.startsWith("militant")) return "militants";
  if (noun.startsWith("rebel")) return "rebels";
  return noun;
}

/**
 * The name a described group goes by: its class ("Kurdish forces" for fighters and forces), but
 * militias keep their word: "allied Arab militias" are irregulars, not any state's "Arab forces".
 */
function describedName(noun: string): string {
  return MILITIA_WORDS.has(noun) ? "militias" : nounClass(noun);
}

// Forces of a state that own the unit named after their possessive: "the army's Armoured Corps".
const STATE_FORCE_POSSESSORS: ReadonlySet<string> = new Set(["army", "military", "navy", "police", "government", "regime", "junta"]);

export function scanPatterns(content: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const text = (from: number, to: number): string => content.slice(tokens[from].start, tokens[to - 1].end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    // The lexicon match at i, read once: several rules below ask whether a state starts here.
    const lexiconHere = LEXICON.matchAt(tokens, i);
    const stateHere = stateIn(lexiconHere, ANY_STATE);

    // --- "<State>-led coalition", "us led coalition", "US Anti-ISIS Coalition"
    const leader = stateHere ?? (t.lower === "us" ? { state: null, to: i + 1 } : null);
    if (leader) {
      let j = leader.to;
      if (isHyphen(tokens[j])) j++;
      let k = -1;
      if (tokens[j]?.lower === "led" && tokens[j + 1]?.lower === "coalition") k = j + 2;
      else if (tokens[j]?.lower === "anti") {
        let q = j + 1;
        if (isHyphen(tokens[q])) q++;
        const target = LEXICON.matchAt(tokens, q);
        if (target && target.payloads.some((p) => p.kind === "named") && tokens[target.to]?.lower === "coalition") k = target.to + 1;
      }
      const iso = leader.state?.iso ?? "US";
      if (k > 0 && (leader.state !== null || tokens[j]?.lower === "led")) {
        const name = LED_COALITION_NAMES[iso] ?? `${leader.state?.name ?? "US"}-led coalition`;
        const entry = ORGANIZATIONS.find((o) => o.name === name);
        out.push({ start: t.start, end: tokens[k - 1].end, rule: "led-coalition", priority: 6,
          target: entry ? { kind: "named", entry } : { kind: "descriptive", name, type: "organization", noun: "coalition" } });
        continue;
      }
    }

    // --- "pro-Iran militias", "anti-Houthi forces", "Turkey-backed rebels", "Russian-backed separatists"
    if ((t.lower === "pro" || t.lower === "anti") && isHyphen(tokens[i + 1])) {
      const side = tokens[i + 2];
      if (side && isWord(side)) {
        let j = i + 3;
        if (isCapitalised(tokens[j]) && stateAt(tokens, j, DEMONYM)) j++;
        const noun = W.DESCRIPTIVE_INDEX.matchAt(tokens, j);
        if (noun) {
          const nounText = text(j, noun.to).toLowerCase();
          out.push({ start: t.start, end: tokens[noun.to - 1].end, rule: "descriptive-aligned", priority: 5,
            target: { kind: "descriptive", type: "armed_group", name: `${t.lower}-${side.text} ${nounText}`, noun: nounText } });
          continue;
        }
      }
    }
    const backer = stateHere;
    if (backer && isHyphen(tokens[backer.to]) && BACKED_WORDS.has(tokens[backer.to + 1]?.lower ?? "")) {
      const noun = tokens[backer.to + 2] ? W.DESCRIPTIVE_INDEX.matchAt(tokens, backer.to + 2) : null;
      if (noun) {
        const nounText = text(backer.to + 2, noun.to).toLowerCase();
        out.push({ start: t.start, end: tokens[noun.to - 1].end, rule: "descriptive-backed", priority: 5,
          target: { kind: "descriptive", type: "armed_group", name: `${backer.state.name}-backed ${nounText}`, noun: nounClass(nounText), backerIso: backer.state.iso } });
        continue;
      }
    }

    // --- "(Syrian) Kurdish militants", "Syrian Kurds", "the Kurds", "Syrian rebels"
    if (isCapitalised(t)) {
      let j = i;
      const national = stateIn(lexiconHere, DEMONYM);
      if (national && !isHyphen(tokens[national.to])) j = national.to;
      const ethnic = tokens[j] && W.ETHNIC_ADJECTIVES.has(tokens[j].text) ? tokens[j].text : null;
      const people = tokens[j] ? W.ETHNIC_PEOPLES.get(tokens[j].text) : undefined;
      if (ethnic) {
        const noun = W.DESCRIPTIVE_INDEX.matchAt(tokens, j + 1);
        if (noun) {
          const nounText = text(j + 1, noun.to).toLowerCase();
          out.push({ start: t.start, end: tokens[noun.to - 1].end, rule: "descriptive-ethnic", priority: 5,
            target: { kind: "descriptive", type: "armed_group", name: `${ethnic} ${describedName(nounText)}`, ethnicity: ethnic, iso: national?.state.iso, noun: nounClass(nounText) } });
          i = noun.to - 1;
          continue;
        }
      } else if (people && (national || tokens[i - 1]?.lower === "the")) {
        out.push({ start: t.start, end: tokens[j].end, rule: "descriptive-people", priority: 5,
          target: { kind: "descriptive", type: "armed_group", name: `${people} forces`, ethnicity: people, iso: national?.state.iso, noun: "people" } });
        i = j;
        continue;
      } else if (national && j > i) {
        const noun = W.DESCRIPTIVE_INDEX.matchAt(tokens, j);
        const nounText = noun ? text(j, noun.to).toLowerCase() : "";
        if (noun && SEPARATIST_NOUNS.has(nounText)) {
          out.push({ start: t.start, end: tokens[noun.to - 1].end, rule: "descriptive-national", priority: 5,
            target: { kind: "descriptive", type: "armed_group", name: `${t.text} ${nounText}`, iso: national.state.iso, noun: nounClass(nounText) } });
          i = noun.to - 1;
          continue;
        }
      }
    }

    // --- "opposition rebels", "foreign fighters", "an opposition rebel group"
    if (W.GROUP_QUALIFIERS.has(t.lower) && tokens[i + 1]) {
      const noun = tokens[i + 1].lower;
      const rebelGroup = noun === "rebel" && tokens[i + 2]?.lower === "group";
      if (W.QUALIFIED_GROUP_NOUNS.has(noun) || rebelGroup) {
        const end = rebelGroup ? tokens[i + 2].end : tokens[i + 1].end;
        out.push({ start: t.start, end, rule: "descriptive-qualified", priority: 5,
          target: { kind: "descriptive", type: "armed_group", name: `${t.text[0].toUpperCase()}${t.lower.slice(1)} ${rebelGroup ? "rebels" : noun}`, noun: rebelGroup ? "rebels" : noun } });
        i += rebelGroup ? 2 : 1;
        continue;
      }
    }

    // --- "rogue soldiers"
    if (W.ROGUE_ADJECTIVES.has(t.lower) && tokens[i + 1] && W.SOLDIER_NOUNS.has(tokens[i + 1].lower)) {
      out.push({ start: t.start, end: tokens[i + 1].end, rule: "descriptive-rogue", priority: 5,
        target: { kind: "descriptive", type: "armed_group", name: `${t.text[0].toUpperCase()}${t.lower.slice(1)} soldiers`, noun: "soldiers" } });
      continue;
    }

    // --- "the jihadist group", "the extremist militant group"
    if (DEMONSTRATIVES.has(t.lower)) {
      let j = i + 1;
      const adjStart = j;
      while (j < tokens.length && j - adjStart < 2 && W.GROUP_ANAPHOR_ADJECTIVES.has(tokens[j].lower)) j++;
      if (j > adjStart && tokens[j] && W.GROUP_ANAPHOR_NOUNS.has(tokens[j].lower)) {
        out.push({ start: tokens[adjStart].start, end: tokens[j].end, rule: "group-anaphor", priority: 1, target: { kind: "anaphor" } });
        continue;
      }
    }

    // --- unknown named groups: "Jaysh al-Izza", "the Amajid Brigade", "Sharqiya Army"
    const afterAlignment = isHyphen(tokens[i - 2]) && ALIGNMENT_WORDS.has(tokens[i - 3]?.lower ?? "");
    const alignment = ALIGNMENT_WORDS.has(t.lower) || (isHyphen(tokens[i - 1]) && ALIGNMENT_WORDS.has(tokens[i - 2]?.lower ?? ""));
    if (isCapitalised(t) && !alignment && (i === 0 || !isCapitalised(tokens[i - 1]) || tokens[i - 1].lower === "the" || afterAlignment || W.SENTENCE_OPENERS.has(tokens[i - 1].lower))) {
      // "the army's Armoured Corps": a unit the possessive gives to a state's forces, no group.
      const ofStateForce = tokens[i - 1]?.text === "'s" && STATE_FORCE_POSSESSORS.has(tokens[i - 2]?.lower ?? "");
      const found = stateHere || ofStateForce || W.SENTENCE_OPENERS.has(t.lower) ? -1 : unknownGroup(tokens, i);
      if (found > 0) {
        out.push({ start: t.start, end: tokens[found - 1].end, rule: W.GROUP_PREFIXES.has(t.text) ? "unknown-group-prefix" : "unknown-group-head", priority: 0,
          target: { kind: "descriptive", type: "armed_group", name: text(i, found), noun: "group" } });
      }
    }
  }
  return out;
}

/** End of an unknown group name starting at i, or -1. */
function unknownGroup(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (stateAt(tokens, i, ANY_STATE) || W.NOT_NAME_WORDS.has(first.lower)) return -1;
  let j = i;
  let specific = 0;
  while (j < tokens.length && j - i < 6) {
    const t = tokens[j];
    if (j > i && t.breakBefore) break;
    if (isHyphen(t) && touching(tokens[j - 1], t)) { j++; continue; }
    if (t.lower === "al" || t.lower === "el" || t.lower === "ad" || t.lower === "as") { j++; continue; }
    // "the Wazalendo militias": a name no lexicon knows, then a militia noun.
    if (W.MILITIA_NOUNS.has(t.text) && j > i) return specific > 0 && !LEXICON.matchAt(tokens, i) ? j + 1 : -1;
    if (!isCapitalised(t) || !isWord(t)) break;
    if (W.GROUP_HEAD_NOUNS.has(t.text) && j > i) return specific > 0 ? j + 1 : -1;
    if (!W.GENERIC_NAME_WORDS.has(t.text)) specific++;
    j++;
  }
  // "Jaysh al-Izza": a known prefix and at least one more name word.
  if (W.GROUP_PREFIXES.has(first.text) && j - i >= 2 && isCapitalised(tokens[j - 1])) return j;
  return -1;
}
