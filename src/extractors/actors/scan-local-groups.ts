// Local parties and armed groups that no lexicon lists, found by how reports name them:
//   "the Jatiya Party (JP)", "Tauheedul Islam (TI)"        a name and its acronym  (acronym-definition)
//   later "JP activists", "the TI"                          the defined acronym     (defined-acronym)
//   "BNP activists", "PF cadres", "MQM official", "NDFB militants"  acronym + members (acronym-members)
//   "the UPND said", "JeI called a strike"                  acronym as a subject    (acronym-subject)
//   "Awami League leader", "the Likud party", "Jisan Bahini" name + party/group head (local-group-head)
//   "supporters of the Samyukta Loktantrik Madhesi Morcha"  members of a name       (members-of-group)
//   "Jamaat-Shibir activists", "Trinamool supporters"       name + members          (name-members)
// A head word types the group (Party, League → organization; Front, Bahini → armed_group); without
// one, militant member nouns make it an armed group ("NDFB militants"), others an organisation.
// Never: acronyms of measures, weapons, ranks and offices (data/local-groups.ts), anything the
// lexicon knows (states, agencies, listed groups), words of Title Case or capitals headlines.
import type { ActorType } from "../../types.js";
import type { Candidate } from "./candidate.js";
import * as D from "./data/local-groups.js";
import { LEXICON } from "./lexicon.js";
import { isCapitalised, isHyphen, isWord, touching, type Token } from "./tokens.js";
import { ETHNIC_ADJECTIVES, GENERIC_NAME_WORDS, GROUP_HEAD_NOUNS, HONORIFICS, NUMBERED_UNIT_HEADS, SENTENCE_OPENERS, SUBJECT_VERBS, TITLE_INDEX } from "./vocab-index.js";

const PARTY_HEADS: ReadonlySet<string> = new Set(D.PARTY_HEADS);
const ARMED_HEADS: ReadonlySet<string> = new Set(D.ARMED_HEADS);
const PARTY_MEMBERS: ReadonlySet<string> = new Set(D.PARTY_MEMBER_NOUNS);
const ARMED_MEMBERS: ReadonlySet<string> = new Set(D.ARMED_MEMBER_NOUNS);
const MEMBERS_OF: ReadonlySet<string> = new Set(D.MEMBERS_OF_NOUNS);
const NOT_ACRONYMS: ReadonlySet<string> = new Set(D.NOT_ACTOR_ACRONYMS);
const GENERIC_OPENERS: ReadonlySet<string> = new Set(D.GENERIC_OPENERS);
/** Words that make no headless name: the generic openers and the words of NOT_GROUP_WORDS. */
const NOT_GROUP_WORDS: ReadonlySet<string> = new Set([...D.GENERIC_OPENERS, ...D.NOT_GROUP_WORDS]);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(D.INSTITUTION_HEADS);
const CONNECTORS: ReadonlySet<string> = new Set(D.NAME_CONNECTORS);
/** Members that on their own make a name a party or a group: the political ones of PARTY_MEMBERS and the armed ones. */
const STRONG_MEMBERS: ReadonlySet<string> = new Set(["activists", "supporters", "cadres", "loyalists", "militants", "goons", "gunmen", "insurgents"]);
/** Subject verbs too weak to make a bare acronym an actor ("IS is", "GDP was"). */
const WEAK_VERBS: ReadonlySet<string> = new Set(["is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did"]);
/** At most this many words in a name before its head. */
const MAX_NAME_WORDS = 6;

interface Found {
  start: number;
  end: number;
  rule: string;
  name: string;
  /** Set when the name's head or members decide it. */
  type: ActorType | null;
  priority: number;
}

/** The acronym's shape: "BNP", "JeI", "PML-N", "ULFA(I)". Returns the index past it, or -1. */
function acronymEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isAcronymWord(t.key)) return -1;
  let j = i + 1;
  // "PML-N", "SSA-N": a short capital suffix after a touching hyphen.
  if (isHyphen(tokens[j]) && touching(tokens[j - 1], tokens[j]) && tokens[j + 1] && touching(tokens[j], tokens[j + 1]) && /^[A-Z]{1,4}$/.test(tokens[j + 1].key)) j += 2;
  // "ULFA(I)", "NDFB(S)": a faction letter in touching brackets.
  if (tokens[j]?.text === "(" && touching(tokens[j - 1], tokens[j]) && /^[A-Z]{1,2}$/.test(tokens[j + 1]?.key ?? "") && tokens[j + 2]?.text === ")" && touching(tokens[j + 1], tokens[j + 2])) j += 3;
  return j;
}

/** Two to six letters, at least two capitals and no more small letters than capitals ("BNP", "JeI"; not "McCain"). */
function isAcronymWord(key: string): boolean {
  if (key.length < 2 || key.length > 6) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return false;
  }
  return upper >= 2 && lower <= 1 && !NOT_ACRONYMS.has(key);
}

/** Lines written in Title Case or capitals (headlines): no name is read from their capitals. */
function headlineTokens(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === from || !tokens[i].breakBefore)) continue;
    // Title Case: at most one longer word in lower case, in a line no longer than a headline and
    // not closed by a full stop.
    let words = 0;
    let small = 0;
    for (let k = from; k < i; k++) {
      if (!isWord(tokens[k]) || tokens[k].text.length < 4) continue;
      words++;
      if (!isCapitalised(tokens[k])) small++;
    }
    // A sentence ends with a full stop; a headline does not.
    if (words >= 3 && words <= 20 && small <= 1 && tokens[i - 1]?.text !== ".") out.fill(1, from, i);
    from = i;
  }
  return out;
}

/** A word that may sit in a name: capitalised, and not a known state, group or source on its own. */
const nameWord = (t: Token | undefined): boolean => t !== undefined && isWord(t) && isCapitalised(t);

/** Token i opens a sentence (or the text, or a line). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || tokens[i].breakBefore || prev.text === "." || prev.text === "!" || prev.text === "?" || prev.text === ":" || prev.text === '"' || prev.text === "“";
}

/** Letters of the acronym that the words spell by their first letters ("Tauheedul Islam" → "ti", "Bulawayo Youth Arise" → "buya"). */
function spells(words: readonly string[], letters: string): boolean {
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w].toLowerCase();
    if (CONNECTORS.has(word) && go(w + 1, l)) return true;
    for (let k = 1; k <= Math.min(3, word.length, letters.length - l); k++) {
      if (word.slice(0, k) !== letters.slice(l, l + k)) break;
      if (go(w + 1, l + k)) return true;
    }
    return false;
  };
  return go(0, 0);
}

export function scanLocalGroups(content: string, tokens: readonly Token[]): Candidate[] {
  const headline = headlineTokens(tokens);
  const found: Found[] = [];
  const defined = new Map<string, { name: string; type: ActorType | null; entry: Candidate["target"] | null }>();
  const text = (from: number, to: number): string => content.slice(tokens[from].start, tokens[to - 1].end);

  // --- pass 1: "Name Words (ABC)" definitions.
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== "(" || headline[i]) continue;
    const end = acronymEnd(tokens, i + 1 < tokens.length ? i + 1 : i);
    if (end < 0 || tokens[i + 1] === undefined || tokens[end]?.text !== ")") continue;
    const acronym = text(i + 1, end);
    const letters = acronym.replace(/[^A-Za-z]/g, "").toLowerCase();
    // The capitalised run before the bracket, connectors inside it.
    let from = i;
    while (from > 0 && i - from < 10) {
      const t = tokens[from - 1];
      if (nameWord(t) || (isHyphen(t) && touching(t, tokens[from])) || (CONNECTORS.has(t.lower) && t.text === t.lower && nameWord(tokens[from - 2]))) from--;
      else break;
    }
    let best = -1;
    for (let s = from; s < i; s++) {
      if (!nameWord(tokens[s]) || tokens[s].text === "The") continue;
      const words = [];
      for (let k = s; k < i; k++) if (isWord(tokens[k])) words.push(tokens[k].text);
      if (words.length >= 2 || letters.length <= 3) {
        if (spells(words, letters)) { best = s; break; }
      }
    }
    if (best < 0) continue;
    const lexicon = LEXICON.matchAt(tokens, best);
    const named = lexicon && lexicon.to === i ? lexicon.payloads.find((p) => p.kind === "named") : undefined;
    if (lexicon && lexicon.to === i && !named) continue; // a state's or a source's name
    if (named && named.kind === "named") {
      defined.set(acronym, { name: named.entry.name, type: named.entry.type, entry: { kind: "named", entry: named.entry } });
      continue;
    }
    // A demonym or state opening, or only generic words ("Border Security Force"): a state's force, not a group.
    if (LEXICON.matchAt(tokens, best)?.payloads.some((p) => p.kind === "state-demonym")) continue;
    const nameTokens = tokens.slice(best, i).filter(isWord);
    let stateWord = false;
    for (let k = best; k < i && !stateWord; k++) stateWord = LEXICON.matchAt(tokens, k)?.payloads.some((p) => "state" in p) ?? false;
    if (stateWord || nameTokens.every((t) => GENERIC_NAME_WORDS.has(t.text) || NUMBERED_UNIT_HEADS.has(t.text) || CONNECTORS.has(t.lower))) continue;
    const name = text(best, i);
    const headWord = nameTokens.find((w) => headType(w.text) !== null);
    const type = headWord ? headType(headWord.text) : null;
    defined.set(acronym, { name, type, entry: null });
    found.push({ start: tokens[best].start, end: tokens[i - 1].end, rule: "acronym-definition", name, type, priority: 1 });
  }

  // --- pass 2: mentions.
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (!isWord(t) || headline[i]) continue;
    const prevLexicon = i > 0 && isCapitalised(tokens[i - 1]) ? LEXICON.matchAt(tokens, i - 1) : null;

    // Acronyms.
    const aEnd = acronymEnd(tokens, i);
    if (aEnd > 0 && !LEXICON.matchAt(tokens, i) && !(prevLexicon && prevLexicon.to === i)) {
      const acronym = text(i, aEnd);
      const def = defined.get(acronym);
      if (def) {
        const member = memberAfter(tokens, aEnd);
        const type = def.type ?? (member ? memberType(member) : null);
        if (!(tokens[i - 1]?.text === "(" && tokens[aEnd]?.text === ")")) found.push({ start: t.start, end: tokens[aEnd - 1].end, rule: "defined-acronym", name: def.name, type, priority: 5 });
        i = aEnd - 1;
        continue;
      }
      const member = memberAfter(tokens, aEnd);
      const ofMembers = membersBefore(tokens, i);
      const verb = tokens[aEnd];
      const subject = verb !== undefined && isWord(verb) && verb.text === verb.lower && SUBJECT_VERBS.has(verb.lower) && !WEAK_VERBS.has(verb.lower)
        && (tokens[i - 1]?.lower === "the" || opensSentence(tokens, i));
      if (member || ofMembers || subject) {
        const rule = member || ofMembers ? "acronym-members" : "acronym-subject";
        found.push({ start: t.start, end: tokens[aEnd - 1].end, rule, name: acronym, type: member ? memberType(member) : null, priority: 3 });
        i = aEnd - 1;
        continue;
      }
    }

    // Capitalised names.
    // A name starts at its first capitalised word, or after an opener ("Several Awami League leaders").
    const prev = tokens[i - 1];
    if (!nameWord(t) || (nameWord(prev) && !GENERIC_OPENERS.has(prev.text) && !SENTENCE_OPENERS.has(prev.lower) && !touching(prev, t))) continue;
    if (GENERIC_OPENERS.has(t.text) || SENTENCE_OPENERS.has(t.lower) || (opensSentence(tokens, i) && TITLE_INDEX.matchAt(tokens, i))) continue;
    let run = nameRun(tokens, i);
    if (run.to <= i) continue;
    // "Angry Awami League supporters": a sentence's first word is dropped when the rest is a name.
    if (opensSentence(tokens, i) && run.to - i > 2 && !LEXICON.matchAt(tokens, i) && headIn(tokens, i + 1, run.to) > i + 1) {
      i++;
      t = tokens[i];
      run = nameRun(tokens, i);
    }
    const last = tokens[run.to - 1];
    const lexicon = LEXICON.matchAt(tokens, i);
    // "Awami League", "the Likud party": a head word closes the name.
    const headAt = headIn(tokens, i, run.to);
    if (headAt > i) {
      const head = tokens[headAt];
      let to = headAt + 1;
      // "National League for Democracy": "for"/"of" and capitalised words after the head.
      if ((tokens[to]?.lower === "for" || tokens[to]?.lower === "of") && tokens[to].text === tokens[to].lower) {
        let k = to + 1;
        if (tokens[k]?.lower === "the") k++;
        const after = k;
        while (k < tokens.length && k - after < 3 && nameWord(tokens[k]) && !LEXICON.matchAt(tokens, k)?.payloads.some((p) => "state" in p)) k++;
        if (k > after) to = k;
      }
      // "Pakistan Muslim League-Nawaz": a touching hyphen and a capitalised word.
      if (isHyphen(tokens[to]) && touching(tokens[to - 1], tokens[to]) && nameWord(tokens[to + 1]) && touching(tokens[to], tokens[to + 1])) to += 2;
      const stateFirst = (lexicon?.payloads.some((p) => p.kind === "state-name") ?? false) && lexicon !== null && lexicon.to < headAt;
      const words = tokens.slice(stateFirst && lexicon ? lexicon.to : i, headAt).filter(isWord);
      const specific = words.filter((w) => !GENERIC_NAME_WORDS.has(w.text) && !GENERIC_OPENERS.has(w.text) && !CONNECTORS.has(w.lower)).length;
      // The unknown-group rule already reads armed heads after a name that opens with no state.
      const leftToUnknown = GROUP_HEAD_NOUNS.has(head.text) && !stateFirst;
      const lexiconWhole = lexicon !== null && lexicon.to >= headAt;
      const demonymFirst = lexicon?.payloads.some((p) => p.kind === "state-demonym" && !stateFirst) ?? false;
      if (specific > 0 && !leftToUnknown && !lexiconWhole && !demonymFirst) {
        const name = text(i, to);
        found.push({ start: tokens[i].start, end: tokens[to - 1].end, rule: "local-group-head", name: head.text === "party" ? name.replace(/ party$/, " Party") : name, type: headType(head.text), priority: 1 });
        i = to - 1;
        continue;
      }
    }
    const runEnd = run.to - 1;
    if (lexicon) continue;
    if (NOT_GROUP_WORDS.has(tokens[i].text) || ETHNIC_ADJECTIVES.has(t.text) || INSTITUTION_HEADS.has(last.text)) continue;
    let plain = true;
    for (let k = i; k < run.to && plain; k++) {
      const w = tokens[k];
      if (!isWord(w)) continue;
      if (GENERIC_NAME_WORDS.has(w.text) || NOT_GROUP_WORDS.has(w.text) || HONORIFICS.has(w.lower)) plain = false;
      else if (LEXICON.matchAt(tokens, k)) plain = false;
    }
    if (!plain) { i = runEnd; continue; }
    const words = tokens.slice(i, run.to).filter(isWord);
    // "supporters of the Samyukta Loktantrik Madhesi Morcha": with "the", or three words and more.
    const ofMembers = membersBefore(tokens, i);
    if (ofMembers && (tokens[i - 1]?.lower === "the" || words.length >= 3) && !TITLE_INDEX.matchAt(tokens, i)) {
      found.push({ start: tokens[i].start, end: last.end, rule: "members-of-group", name: text(i, run.to), type: null, priority: 1 });
      i = runEnd;
      continue;
    }
    // "Jamaat-Shibir activists": a name before a strong member noun; a sentence's one first word
    // may be any word ("Angry supporters"), so there the name needs two words or a hyphen.
    const member = memberAfter(tokens, run.to);
    if (member && STRONG_MEMBERS.has(member) && (!opensSentence(tokens, i) || run.to - i > 1) && !demonymLike(words)) {
      found.push({ start: tokens[i].start, end: last.end, rule: "name-members", name: text(i, run.to), type: memberType(member), priority: 1 });
    }
    i = runEnd;
  }

  // One type per name: its head's, else armed when any mention has armed members, else organisation.
  const types = new Map<string, ActorType>();
  for (const f of found) if (f.type === "armed_group" || (f.type && !types.has(f.name))) types.set(f.name, f.type);
  const entries = new Map<string, Candidate["target"]>();
  for (const d of defined.values()) if (d.entry) entries.set(d.name, d.entry);
  const out: Candidate[] = [];
  for (const f of found) {
    const target: Candidate["target"] = entries.get(f.name) ?? { kind: "descriptive", name: f.name, type: types.get(f.name) === "armed_group" ? "armed_group" : "organization", noun: "local" };
    out.push({ start: f.start, end: f.end, rule: f.rule, priority: f.priority, target });
  }
  return out;
}

function headType(head: string): ActorType | null {
  if (PARTY_HEADS.has(head) || head === "party") return "organization";
  if (ARMED_HEADS.has(head) || GROUP_HEAD_NOUNS.has(head)) return "armed_group";
  return null;
}

function memberType(member: string): ActorType {
  return ARMED_MEMBERS.has(member) ? "armed_group" : "organization";
}

/** A member noun right after token `at` (or after a possessive): "BNP activists", "PML-N's MPA". */
function memberAfter(tokens: readonly Token[], at: number): string | null {
  let k = at;
  if (tokens[k]?.key === "'s") k++;
  const t = tokens[k];
  if (!t || !isWord(t) || t.start - tokens[k - 1].end > 1) return null;
  const lower = t.lower;
  if (t.text !== lower && !(lower === "mp" || lower === "mps" || lower === "mla" || lower === "mlas" || lower === "mpa" || lower === "mpas" || lower === "mna")) return null;
  return PARTY_MEMBERS.has(lower) || ARMED_MEMBERS.has(lower) ? lower : null;
}

/** "activists of the", "members of": a member noun and "of" (and "the") right before token `at`. */
function membersBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === "the") k--;
  return tokens[k]?.lower === "of" && MEMBERS_OF.has(tokens[k - 1]?.lower ?? "");
}

/** End of the capitalised run from i: name words, touching hyphens, inner connectors; the lower-case "party" closes it. */
function nameRun(tokens: readonly Token[], i: number): { to: number } {
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME_WORDS + 2) {
    const t = tokens[j];
    if (j > i && t.breakBefore) break;
    if (nameWord(t)) { j++; continue; }
    if (isHyphen(t) && touching(tokens[j - 1], t) && nameWord(tokens[j + 1]) && touching(t, tokens[j + 1])) { j++; continue; }
    if (j > i && t.lower === "party" && t.text === "party" && tokens[i - 1]?.lower === "the") { j++; break; }
    if (j > i && CONNECTORS.has(t.text) && t.text !== "the" && t.text !== "and" && nameWord(tokens[j + 1]) && !tokens[j + 1].breakBefore) { j++; continue; }
    break;
  }
  // A run never ends on a connector or a hyphen.
  while (j > i && !isWord(tokens[j - 1])) j--;
  while (j > i && CONNECTORS.has(tokens[j - 1].text)) j--;
  return { to: j };
}

/** The first party or group head inside [from, to), or -1. */
function headIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k].text;
    if (PARTY_HEADS.has(w) || ARMED_HEADS.has(w) || w === "party") return k;
  }
  return -1;
}

/** "Kashmiri", "Sindhi", "Congolese": a one-word people's adjective, no party's name. */
function demonymLike(words: readonly Token[]): boolean {
  return words.length === 1 && /(?:i|ese|ian|ish|an)$/.test(words[0].text);
}
