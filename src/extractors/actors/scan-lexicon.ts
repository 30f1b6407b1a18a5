// Candidates from lexicon phrases: states (with their role in context), named groups and
// organisations (with members: "ISIS militants"), known people and news sources.
import type { Candidate, StateCue } from "./candidate.js";
import { LEXICON, type LexiconHit, type State } from "./lexicon.js";
import { type ForceNoun, forceNounAfter, nameCue } from "./state-role.js";
import { isAllCaps, isCapitalised, isHyphen, touching, type Token } from "./tokens.js";
import { DESCRIBING_SUFFIXES, ETHNIC_ADJECTIVES, MEMBER_INDEX, MILITARY_NOUNS, NAME_UNIT_INDEX, SUBJECT_VERBS, TITLE_INDEX } from "./vocab-index.js";

type StateHitKind = "state-name" | "state-demonym" | "state-people" | "state-capital" | "state-seat" | "state-force";

interface StateMention {
  from: number;
  to: number;
  kind: StateHitKind;
  state: State;
  /** Also usable as a demonym ("US drone"). */
  demonym: boolean;
}

const NAME_KINDS = new Set<StateHitKind>(["state-name", "state-people", "state-capital"]);
const CHAIN = new Set([",", "and", "or", "the"]);

export function scanLexicon(content: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const stateMentions: StateMention[] = [];
  for (const m of LEXICON.scan(tokens)) {
    if (shoutedAcronym(tokens, m.from, m.to)) continue;
    const start = tokens[m.from].start;
    const end = tokens[m.to - 1].end;
    const first = m.payloads[0];
    const stateHit = m.payloads.find((p): p is Extract<LexiconHit, { state: State }> => "state" in p);
    if (first.kind === "source") {
      out.push({ start, end, rule: "lexicon-source", target: { kind: "source", name: first.name }, priority: 5 });
    } else if (first.kind === "named") {
      // "Al-Qaeda-linked JNIM", "IS-affiliated fighters": the name tells who the next group is
      // tied to; that group, not the name, takes part. Kept as a span so no other rule reads it.
      if (describesNext(tokens, m.to)) {
        out.push({ start, end: tokens[m.to + 1].end, rule: "named-describer", target: { kind: "describer" }, priority: 4 });
        continue;
      }
      let to = m.to;
      let from = m.from;
      const member = first.entry.type === "armed_group" && to < tokens.length ? MEMBER_INDEX.matchAt(tokens, to) : null;
      if (member && tokens[member.from].start - tokens[to - 1].end <= 1) {
        to = member.to;
        // "Syrian Kurdish YPG militia": the describing adjectives belong to the mention.
        while (from > 0 && isCapitalised(tokens[from - 1]) && (ETHNIC_ADJECTIVES.has(tokens[from - 1].text) || isDemonym(tokens, from - 1))) from--;
      }
      out.push({ start: tokens[from].start, end: tokens[to - 1].end, rule: member ? "lexicon-group-members" : "lexicon-named", target: { kind: "named", entry: first.entry }, priority: 4 });
    } else if (first.kind === "person") {
      if (m.to - m.from === 1 && partOfLongerName(tokens, m.from)) continue;
      out.push({ start, end, rule: "lexicon-person", target: { kind: "person", name: first.entry.name, role: null, affiliation: first.entry.affiliation, affiliationOf: null, known: first.entry, surnameOnly: false, homeAffiliation: false }, priority: 3 });
    } else if (stateHit) {
      const kinds = new Set(m.payloads.map((p) => p.kind));
      if (kinds.size === 1 && kinds.has("state-capital") && tailOfLongerPlaceName(tokens, m.from)) continue;
      const kind: StateHitKind = kinds.has("state-force") ? "state-force" : kinds.has("state-seat") ? "state-seat" : kinds.has("state-name") ? "state-name" : kinds.has("state-people") ? "state-people" : kinds.has("state-capital") ? "state-capital" : "state-demonym";
      stateMentions.push({ from: m.from, to: m.to, kind, state: stateHit.state, demonym: kinds.has("state-demonym") });
    }
  }
  out.push(...stateCandidates(content, tokens, stateMentions));
  return out;
}

/** Lower-case particles inside place names: "Mocimboa da Praia", "Ciudad del Este", "Ras al Ain". */
const PLACE_NAME_PARTICLES: ReadonlySet<string> = new Set(["da", "de", "do", "dos", "das", "del", "di", "al", "el"]);

/** "Mocimboa da Praia": a capital's name (Praia) closing a longer place name is not that capital. */
function tailOfLongerPlaceName(tokens: readonly Token[], from: number): boolean {
  const particle = tokens[from - 1];
  const head = tokens[from - 2];
  return particle !== undefined && head !== undefined && !particle.breakBefore && !tokens[from].breakBefore
    && PLACE_NAME_PARTICLES.has(particle.text) && isCapitalised(head);
}

function stateCandidates(content: string, tokens: readonly Token[], mentions: StateMention[]): Candidate[] {
  const out: Candidate[] = [];
  // Coordinated names share their context: "Russia and France on Tuesday carried out".
  for (let a = 0; a < mentions.length; ) {
    let b = a;
    while (b + 1 < mentions.length && coordinated(tokens, mentions[b].to, mentions[b + 1].from)) b++;
    const group = mentions.slice(a, b + 1);
    const groupFrom = group[0].from;
    const groupTo = group[group.length - 1].to;
    for (const m of group) out.push(...stateCandidate(content, tokens, m, groupFrom, groupTo));
    a = b + 1;
  }
  return out;
}

function stateCandidate(content: string, tokens: readonly Token[], m: StateMention, groupFrom: number, groupTo: number): Candidate[] {
  const start = tokens[m.from].start;
  const end = tokens[m.to - 1].end;
  const iso = m.state.iso;
  const make = (cue: StateCue, rule: string, unitEnd = -1, unitFrom = -1, noun: ForceNoun | null = null): Candidate => ({
    start,
    end: unitEnd >= 0 ? tokens[unitEnd - 1].end : end,
    rule,
    target: { kind: "state", iso, cue },
    unit: unitFrom >= 0 && unitEnd >= 0 ? content.slice(tokens[unitFrom].start, tokens[unitEnd - 1].end) : null,
    priority: 2,
    military: noun !== null && MILITARY_NOUNS.has(content.slice(tokens[noun.from].start, tokens[noun.end - 1].end).toLowerCase()),
  });
  if (m.kind === "state-seat" || m.kind === "state-force") {
    return [{ start, end, rule: m.kind === "state-seat" ? "state-seat-of-power" : "state-named-force", target: { kind: "state", iso, cue: "actor" }, unit: content.slice(start, end), priority: 2, military: m.kind === "state-force" }];
  }
  // "Turkish-Syrian border", "Russian-made jets": a hyphenated demonym describes, it does not act.
  const hyphenAfter = isHyphen(tokens[m.to]) && touching(tokens[m.to - 1], tokens[m.to]);
  if (hyphenAfter) {
    const word = tokens[m.to + 1]?.lower;
    if (word === "backed" || word === "led" || word === "supported" || word === "sponsored") return [make("actor", "state-backer")];
    return [make("neutral", "state-hyphenated")];
  }
  if (m.kind === "state-demonym" || m.demonym) {
    const after = forceNounAfter(tokens, groupTo);
    if (after) return [make("actor", after.unitFrom >= 0 ? "state-demonym-unit" : "state-demonym-force", after.unitFrom >= 0 && groupTo === m.to ? after.end : -1, after.unitFrom, after)];
    if (m.kind === "state-demonym") return [make("neutral", "state-demonym")];
  }
  if (!NAME_KINDS.has(m.kind)) return [];
  const possessive = tokens[m.to]?.key === "'s" ? m.to + 1 : -1;
  if (possessive >= 0) {
    const after = forceNounAfter(tokens, possessive);
    if (after) return [make("actor", after.unitFrom >= 0 ? "state-possessive-unit" : "state-possessive-force", -1, -1, after)];
    return [make("neutral", "state-possessive")];
  }
  // "Pakistan Army", "Nepal Police", "the Burma army": a state's name compounded with its force.
  const compound = m.kind === "state-name" && tokens[m.to] && tokens[m.to].start - tokens[m.to - 1].end === 1 ? NAME_UNIT_INDEX.matchAt(tokens, m.to) : null;
  if (compound) return [make("actor", "state-name-unit", compound.to, m.to, { from: m.to, end: compound.to, unitFrom: m.to })];
  const cue = nameCue(tokens, groupFrom, pastNamedPartner(tokens, groupTo), -1);
  // A capital is the government only in clear actor position; otherwise it is the city.
  return [make(m.kind === "state-capital" && cue !== "actor" ? "place" : cue, `state-${m.kind.slice(6)}-${cue}`)];
}

/** A hyphen and a describing word right after a name ending at token `to` ("-linked", "-affiliated"). */
function describesNext(tokens: readonly Token[], to: number): boolean {
  const hyphen = tokens[to];
  const word = tokens[to + 1];
  return isHyphen(hyphen) && touching(tokens[to - 1], hyphen) && word !== undefined && touching(hyphen, word) && DESCRIBING_SUFFIXES.has(word.lower);
}

/**
 * Past "and the European Union" at `to`: a state coordinated with a named organisation or group
 * shares its verb ("The United States and the European Union have called on ..."), or `to` itself.
 */
function pastNamedPartner(tokens: readonly Token[], to: number): number {
  if (tokens[to]?.lower !== "and") return to;
  const at = tokens[to + 1]?.lower === "the" ? to + 2 : to + 1;
  const m = at < tokens.length ? LEXICON.matchAt(tokens, at) : null;
  return m !== null && m.payloads.some((p) => p.kind === "named") ? m.to : to;
}

function coordinated(tokens: readonly Token[], endOfFirst: number, startOfNext: number): boolean {
  if (startOfNext <= endOfFirst || startOfNext - endOfFirst > 2) return false;
  for (let k = endOfFirst; k < startOfNext; k++) if (!CHAIN.has(tokens[k].lower)) return false;
  return tokens[endOfFirst].lower !== "the";
}

function isDemonym(tokens: readonly Token[], i: number): boolean {
  const m = LEXICON.matchAt(tokens, i);
  return m !== null && m.to === i + 1 && m.payloads.some((p) => p.kind === "state-demonym");
}

/** "IS" and "US" in an all-capitals headline ("WHAT IS NEXT") are ordinary words. */
function shoutedAcronym(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !isAllCaps(tokens[from]) || tokens[from].key.length > 3) return false;
  const neighbour = (t: Token | undefined): boolean => t !== undefined && isAllCaps(t) && t.key.length > 3;
  return neighbour(tokens[from - 1]) || neighbour(tokens[to]);
}

/** A one-word known name inside a longer capitalised name ("Abbas" in "Abu al-Abbas Forces"). */
function partOfLongerName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && isCapitalised(next) && next.start - tokens[i].end === 1 && !SUBJECT_VERBS.has(next.lower)) return true;
  const prev = tokens[i - 1];
  if (prev && isCapitalised(prev) && tokens[i].start - prev.end === 1 && !TITLE_INDEX.matchAt(tokens, i - 1) && !isDemonym(tokens, i - 1)) {
    return !LEXICON.matchAt(tokens, i - 1);
  }
  return false;
}
