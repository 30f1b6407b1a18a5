// Turns candidates into actors: keeps the longest of overlapping candidates, decides which states
// act, resolves descriptions and anaphors to groups, merges people's short forms, and builds one
// Actor per real-world entity with its aliases (distinct surface forms) and mentions.
import type { Actor, ActorMention, ActorType } from "../../types.js";
import type { Candidate, Target } from "./candidate.js";
import { ARMED_GROUPS } from "./data/armed-groups.js";
import { KNOWN_PEOPLE } from "./data/people.js";
import type { PersonEntry } from "./data/types.js";
import { STATE_BY_ISO } from "./lexicon.js";
import { GENERIC_NAME_WORDS, GROUP_PREFIXES } from "./vocab-index.js";

const ARMED_GROUP_BY_NAME: ReadonlyMap<string, (typeof ARMED_GROUPS)[number]> = new Map(ARMED_GROUPS.map((g) => [g.name, g]));

export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) {
      // A longer or equal earlier span wins unless this one is strictly higher priority and longer.
      const prev = kept[kept.length - 1];
      if (c.priority > prev.priority && c.end - c.start > prev.end - prev.start && c.start === prev.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

interface Draft {
  name: string;
  type: ActorType;
  role: string | null;
  affiliation: string | null;
  affiliationOf: string | null;
  /** ISO code of the country a named group or party is based in, from its lexicon entry. */
  country: string | null;
  units: string[];
  mentions: ActorMention[];
}

/** The country a text is about, and whether another state's military acts in it too. */
export interface Home {
  iso: string;
  contested: boolean;
}

export function assemble(content: string, candidates: readonly Candidate[], home: Home | null): Actor[] {
  const homeIso = home?.iso ?? null;
  const drafts = new Map<string, Draft>();
  const add = (name: string, type: ActorType, c: Candidate): Draft => {
    let d = drafts.get(name);
    if (!d) {
      d = { name, type, role: null, affiliation: null, affiliationOf: null, country: null, units: [], mentions: [] };
      drafts.set(name, d);
    }
    d.mentions.push({ start: c.start, end: c.end, text: content.slice(c.start, c.end), rule: c.rule, actor: name, unit: c.unit ?? null });
    if (c.unit && !d.units.includes(c.unit)) d.units.push(c.unit);
    return d;
  };

  // States act if any mention puts them in an actor position; only those mentions are kept.
  for (const c of candidates) {
    if (c.target.kind === "state" && c.target.cue === "actor") add(stateName(c.target.iso), "state", c);
  }
  for (const c of candidates) {
    if (c.target.kind !== "named") continue;
    const d = add(c.target.entry.name, c.target.entry.type, c);
    // An armed wing acts for its movement: "the Qassam Brigades, the armed wing of Hamas".
    if (c.target.entry.partOf) d.affiliation ??= c.target.entry.partOf;
    if (c.target.entry.country) d.country ??= c.target.entry.country;
  }
  if (homeIso) {
    for (const c of candidates) {
      if (c.target.kind !== "home-force" || (home?.contested && !c.target.domestic)) continue;
      add(stateName(homeIso), "state", { ...c, unit: c.unit ?? content.slice(c.start, c.end) });
    }
  }

  const unnamed = new Set<string>();
  for (const c of candidates) {
    if (c.target.kind !== "unnamed") continue;
    add(c.target.name, "armed_group", c);
    unnamed.add(c.target.name);
  }

  resolveDescriptions(candidates, drafts, add);
  resolvePeople(candidates, drafts, add, homeIso);

  // "the jihadist group": the nearest named armed group before it, else the first after it.
  // Candidates are in document order, so the last group seen is the nearest before.
  const groups = candidates.filter((c) => c.target.kind === "named" && c.target.entry.type === "armed_group");
  let lastGroup: Candidate | null = null;
  for (const c of candidates) {
    if (c.target.kind === "named" && c.target.entry.type === "armed_group") lastGroup = c;
    if (c.target.kind !== "anaphor" || groups.length === 0) continue;
    const ref = (lastGroup ?? groups[0]).target;
    if (ref.kind === "named") add(ref.entry.name, "armed_group", c);
  }

  const actors: Actor[] = [];
  for (const d of drafts.values()) {
    d.mentions.sort((a, b) => a.start - b.start);
    const aliases: string[] = [];
    for (const m of d.mentions) if (!aliases.includes(m.text)) aliases.push(m.text);
    const affiliation = d.affiliation ?? (d.affiliationOf ? drafts.get(d.affiliationOf)?.affiliation ?? null : null);
    const actor: Actor = { name: d.name, type: d.type, aliases, mentions: d.mentions };
    if (d.type === "person") {
      actor.role = d.role;
      actor.affiliation = affiliation;
    } else if (affiliation) {
      actor.affiliation = affiliation;
    }
    if (d.type === "state") actor.units = d.units;
    if (d.country && d.type !== "state" && d.type !== "person") actor.country = d.country;
    if (unnamed.has(d.name)) actor.unnamed = true;
    actors.push(actor);
  }
  return actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.name.localeCompare(b.name));
}

function stateName(iso: string): string {
  return STATE_BY_ISO.get(iso)?.name ?? iso;
}

type AddFn = (name: string, type: ActorType, c: Candidate) => Draft;

/**
 * Descriptions become the group they describe when the text allows: "Syrian Kurdish militants" is
 * the Syrian Kurdish group of the lexicon (YPG); "Kurdish fighters" joins a Kurdish group the text
 * names or describes; "Kurdish militants" (Turkey's term for the PKK) stays its own entry unless
 * the PKK is named; "Turkey-backed rebels" joins "Syrian rebels" when the text has them.
 */
function resolveDescriptions(candidates: readonly Candidate[], drafts: Map<string, Draft>, add: AddFn): void {
  const descriptive = candidates.filter((c): c is Candidate & { target: Extract<Target, { kind: "descriptive" }> } => c.target.kind === "descriptive");
  const ethnicGroupIn = (ethnicity: string): string | null => {
    for (const d of drafts.values()) {
      const entry = ARMED_GROUP_BY_NAME.get(d.name);
      if (entry?.ethnicity === ethnicity) return d.name;
    }
    return null;
  };
  const backedNames = new Map<string, string | null>();
  const unknownGroupNames = longestUnknownNames(descriptive);
  // Both read every candidate: computed once per document (per people), never per description.
  const namedByEthnicity = new Map<string, string | null>();
  const actingStates = new Set(candidates.flatMap((c) => (c.target.kind === "state" && c.target.cue === "actor" ? [c.target.iso] : [])));
  // First the ones a country fixes, so later bare descriptions can join them.
  const ordered = [...descriptive].sort((a, b) => Number(!a.target.iso) - Number(!b.target.iso) || a.start - b.start);
  for (const c of ordered) {
    const t = c.target;
    if (t.ethnicity) {
      const home = t.iso ? ARMED_GROUPS.find((g) => g.ethnicity === t.ethnicity && g.country === t.iso) : undefined;
      if (home) { add(home.name, "armed_group", c); continue; }
      const named = ethnicGroupIn(t.ethnicity);
      if (named && (t.noun === "forces" || t.noun === "people")) { add(named, "armed_group", c); continue; }
      // "Kurdish militants" in a text that names the PKK and has Turkey acting: the named group
      // of that people that fights in an acting state.
      if (!namedByEthnicity.has(t.ethnicity)) namedByEthnicity.set(t.ethnicity, namedGroupOf(t.ethnicity, candidates, actingStates));
      const namedByName = namedByEthnicity.get(t.ethnicity) ?? null;
      if (namedByName && t.noun === "militants") { add(namedByName, "armed_group", c); continue; }
      if (t.noun === "forces" || t.noun === "people") {
        const militants = `${t.ethnicity} militants`;
        if (drafts.has(militants)) { add(militants, "armed_group", c); continue; }
        if (t.noun === "people") continue; // "the Kurds" alone are a people, not a party.
      }
      // "Arab fighters" and "Arab militias" in one text are one described group.
      const sameClass = t.noun === "forces" ? [`${t.ethnicity} forces`, `${t.ethnicity} militias`].find((n) => drafts.has(n)) : undefined;
      add(sameClass ?? t.name, t.type, c);
      continue;
    }
    if (t.backerIso) {
      const rebels = [...drafts.keys()].find((n) => / rebels$/.test(n) && !n.includes("-backed"));
      if (rebels) { add(rebels, "armed_group", c); continue; }
      const key = `${t.backerIso}|${t.noun}`;
      if (!backedNames.has(key)) backedNames.set(key, backedName(t.backerIso, t.noun, candidates));
      add(backedNames.get(key) ?? t.name, t.type, c);
      continue;
    }
    add(t.noun === "group" ? unknownGroupNames.get(t.name) ?? t.name : t.name, t.type, c);
  }
}

/**
 * Unknown groups named short and long in one text ("the Radaa force", "the Radaa Special
 * Deterrence Force") are one group: a name whose first word opens a longer unknown name joins it.
 */
function longestUnknownNames(descriptive: readonly Candidate[]): Map<string, string> {
  const names = [...new Set(descriptive.flatMap((c) => (c.target.kind === "descriptive" && c.target.noun === "group" ? [c.target.name] : [])))];
  const out = new Map<string, string>();
  for (const name of names) {
    const first = name.split(/[\s-]/)[0];
    // "Jaysh al-Izza" and "Jaysh al-Islam" share only a prefix word: two groups.
    if (GROUP_PREFIXES.has(first) || GENERIC_NAME_WORDS.has(first)) continue;
    const longer = names.filter((n) => n !== name && n.length > name.length && n.split(/[\s-]/)[0] === first).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (longer) out.set(name, longer);
  }
  return out;
}

/** The armed group of `ethnicity` the text names by name (not by description) and that fights in a state the text has acting. */
function namedGroupOf(ethnicity: string, candidates: readonly Candidate[], acting: ReadonlySet<string>): string | null {
  const groups = new Map<string, string | undefined>();
  for (const c of candidates) {
    if (c.target.kind === "named" && c.target.entry.ethnicity === ethnicity) groups.set(c.target.entry.name, c.target.entry.country);
  }
  // A people's name is shared by groups of several countries ("Syrian Kurdish YPG" and "Kurdish
  // militants fighting an insurgency in Turkey"): only a group fighting in a state the text has
  // acting is read as the one meant.
  const fighting = [...groups].filter(([, iso]) => iso !== undefined && acting.has(iso));
  return fighting.length === 1 ? fighting[0][0] : null;
}

/** "Turkey-backed rebels" in a text mostly about Syria are "Syrian rebels". */
function backedName(backerIso: string, noun: string, candidates: readonly Candidate[]): string | null {
  if (noun !== "rebels") return null;
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.target.kind === "state" && c.target.cue === "place" && c.target.iso !== backerIso) counts.set(c.target.iso, (counts.get(c.target.iso) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!top || top[1] < 2) return null;
  const demonym = STATE_BY_ISO.get(top[0])?.demonyms[0];
  return demonym ? `${demonym} rebels` : null;
}

function lastName(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1].replace(/['’]s$/, "");
}

function knownFor(name: string, known: PersonEntry | null): PersonEntry | null {
  if (known) return known;
  const words = name.split(/\s+/);
  const last = lastName(name);
  return KNOWN_PEOPLE.find((p) => (p.aliases.includes(name) || p.name === name)
    || (words.length > 1 && lastName(p.name) === last && p.name.split(/\s+/).some((w) => w === words[0]))) ?? null;
}

function resolvePeople(candidates: readonly Candidate[], drafts: Map<string, Draft>, add: AddFn, homeIso: string | null): void {
  const people = candidates.filter((c): c is Candidate & { target: Extract<Target, { kind: "person" }> } => c.target.kind === "person");
  // Full names first, so surnames ("Mattis", "Mr. Trump") can join them.
  const ordered = [...people].sort((a, b) => Number(a.target.surnameOnly) - Number(b.target.surnameOnly) || a.start - b.start);
  const canonical: string[] = [];
  const homeOffices = new Set<Draft>();
  for (const c of ordered) {
    const t = c.target;
    const known = knownFor(t.name, t.known);
    let name = known?.name ?? t.name;
    if (t.surnameOnly && !known) {
      // A lone word after a title ("General Command", "Superintendent X") is a person only when
      // the text also gives the full name.
      const full = canonical.find((n) => lastName(n) === lastName(t.name));
      if (!full) continue;
      name = full;
    } else if (t.surnameOnly && known) {
      const full = canonical.find((n) => lastName(n) === lastName(t.name) && n !== known.name);
      if (full && !canonical.includes(known.name)) name = full;
    }
    const d = add(name, "person", c);
    if (!canonical.includes(name)) canonical.push(name);
    if (t.role && !d.role) d.role = t.role;
    if (t.affiliation) d.affiliation = d.affiliation && c.rule !== "person-apposition" ? d.affiliation : t.affiliation;
    if (!d.affiliation && known) d.affiliation = known.affiliation;
    if (t.affiliationOf && !d.affiliationOf) d.affiliationOf = knownFor(t.affiliationOf, null)?.name ?? t.affiliationOf;
    if (t.homeAffiliation) homeOffices.add(d);
  }
  // "Army spokesman X", "President X": an office of the text's own country, when no mention of
  // the person names another state or group.
  const home = homeIso ? stateName(homeIso) : null;
  for (const d of homeOffices) if (home && !d.affiliation && !d.affiliationOf) d.affiliation = home;
  // "the Turkish President": the person with that role and state.
  for (const c of candidates) {
    if (c.target.kind !== "role-ref") continue;
    const state = STATE_BY_ISO.get(c.target.iso)?.name;
    const role = normaliseRole(c.target.role);
    const match = [...drafts.values()].find((d) => d.type === "person" && d.affiliation === state && d.role !== null && normaliseRole(d.role) === role);
    if (match) add(match.name, "person", c);
  }
}

function normaliseRole(role: string): string {
  return role.toLowerCase().replace(/defence/g, "defense");
}
