// Unnamed attackers, listed only when they act: the subject of a violent verb in their clause, or
// its agent after "by".
//   "unidentified gunmen stormed", "gunmen on motorcycles opened fire"   (unnamed-agent)
//   "was shot dead by unknown assailants", "an attack by bandits"       (unnamed-agent-by)
// Mere mentions make no actor ("residents feared bandits", "the gunmen's car"). Each kind has one
// canonical name ("Unidentified gunmen"); the surface forms stay as mentions.
import type { Candidate } from "./candidate.js";
import * as D from "./data/unnamed.js";
import { PhraseIndex } from "./phrase-index.js";
import { isWord, type Token } from "./tokens.js";

const INDEX = new PhraseIndex<{ name: string; qualified: boolean }>();
for (const a of D.UNNAMED_ACTORS) for (const f of a.forms) INDEX.add(f, { name: a.name, qualified: a.qualified ?? false });
const QUALIFIERS: ReadonlySet<string> = new Set(D.UNNAMED_QUALIFIERS);
const VERBS: ReadonlySet<string> = new Set(D.VIOLENT_VERBS);
const PARTICIPLES: ReadonlySet<string> = new Set(D.VIOLENT_PARTICIPLES);
const ATTACK_NOUNS: ReadonlySet<string> = new Set(D.ATTACK_NOUNS);
const SKIP: ReadonlySet<string> = new Set(D.AGENT_SKIP);
const PHRASE_OPENERS: ReadonlySet<string> = new Set(D.AGENT_PHRASE_OPENERS);
const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "some", "several", "two", "three", "four", "five", "many", "group", "of", "gang", "band"]);
/** At most this many words in a phrase between the attackers and their verb. */
const MAX_PHRASE = 5;

export function scanUnnamed(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = INDEX.matchAt(tokens, i);
    if (!m) continue;
    let from = i;
    while (from > 0 && QUALIFIERS.has(tokens[from - 1].lower) && from > i - 2) from--;
    const { name, qualified } = m.payloads[0];
    // "ISIS militants": a capitalised name before the noun makes it that group's, not unnamed.
    if ((qualified && from === i) || (from === i && isWord(tokens[i - 1]) && /^\p{Lu}/u.test(tokens[i - 1].text) && !opens(tokens, i - 1))) { i = m.to - 1; continue; }
    const rule = actsAfter(tokens, m.to) ? "unnamed-agent" : actsBefore(tokens, from) ? "unnamed-agent-by" : null;
    if (rule) out.push({ start: tokens[from].start, end: tokens[m.to - 1].end, rule, priority: -2, target: { kind: "unnamed", name } });
    i = m.to - 1;
  }
  return out;
}

/** Token k opens its sentence: its capital says nothing. */
function opens(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev === undefined || tokens[k].breakBefore || prev.text === "." || prev.text === "!" || prev.text === "?" || prev.text === '"';
}

/** A violent verb after the noun ending at `to`, past adverbials and one short phrase. */
function actsAfter(tokens: readonly Token[], to: number): boolean {
  let k = to;
  let phrase = false;
  for (let steps = 0; k < tokens.length && steps < 10; steps++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (VERBS.has(t.lower) && t.text === t.lower) return true;
    if (!phrase && PHRASE_OPENERS.has(t.lower)) {
      phrase = true;
      let n = k + 1;
      while (n < tokens.length && n - k <= MAX_PHRASE && isWord(tokens[n]) && !(VERBS.has(tokens[n].lower) && tokens[n].text === tokens[n].lower)) n++;
      if (n - k > MAX_PHRASE) return false;
      k = n;
      continue;
    }
    if (SKIP.has(t.lower)) { k++; continue; }
    return false;
  }
  return false;
}

/** "shot dead by", "an attack by": "by" before the phrase starting at `from`, after a violent participle or an attack noun. */
function actsBefore(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k].lower) && from - k < 4) k--;
  if (tokens[k]?.lower !== "by") return false;
  const before = tokens[k - 1]?.lower ?? "";
  const twoBefore = tokens[k - 2]?.lower ?? "";
  return PARTICIPLES.has(before) || ATTACK_NOUNS.has(before) || (SKIP.has(before) && PARTICIPLES.has(twoBefore));
}
