// Builds, once at module load, the one phrase index every actor rule reads, from the data files.
import { ARMED_GROUPS } from "./data/armed-groups.js";
import { ORGANIZATIONS } from "./data/organizations.js";
import { KNOWN_PEOPLE } from "./data/people.js";
import { NEWS_SOURCES } from "./data/sources.js";
import { STATE_EXTRAS } from "./data/state-extras.js";
import { NAMED_STATE_FORCES } from "./data/state-forces.js";
import { STATES } from "./data/states.js";
import type { NamedActorEntry, PersonEntry, StateEntry } from "./data/types.js";
import { PhraseIndex } from "./phrase-index.js";

/** What a lexicon phrase names. A phrase may name several things ("Congolese": two states). */
export type LexiconHit =
  | { kind: "state-name"; state: State }
  | { kind: "state-demonym"; state: State }
  | { kind: "state-people"; state: State }
  | { kind: "state-capital"; state: State }
  | { kind: "state-seat"; state: State }
  | { kind: "state-force"; state: State }
  | { kind: "named"; entry: NamedActorEntry }
  | { kind: "person"; entry: PersonEntry }
  | { kind: "source"; name: string };

export interface State {
  name: string;
  iso: string;
  demonyms: readonly string[];
}

function mergedStates(): State[] {
  return STATES.map((s: StateEntry) => {
    const extra = STATE_EXTRAS[s.iso] ?? {};
    return { name: s.name, iso: s.iso, demonyms: [...s.demonyms, ...(extra.demonyms ?? [])] };
  });
}

export const STATE_BY_ISO: ReadonlyMap<string, State> = new Map(mergedStates().map((s) => [s.iso, s]));

function buildIndex(): PhraseIndex<LexiconHit> {
  const index = new PhraseIndex<LexiconHit>();
  for (const s of STATES) {
    const state = STATE_BY_ISO.get(s.iso);
    if (!state) continue;
    const extra = STATE_EXTRAS[s.iso] ?? {};
    for (const form of [s.name, ...s.aliases, ...(extra.aliases ?? [])]) index.add(form, { kind: "state-name", state });
    for (const form of state.demonyms) index.add(form, { kind: "state-demonym", state });
    for (const form of extra.peoples ?? []) index.add(form, { kind: "state-people", state });
    for (const form of [...s.capitals, ...(extra.capitals ?? [])]) index.add(form, { kind: "state-capital", state });
    for (const form of extra.seats ?? []) index.add(form, { kind: "state-seat", state });
  }
  for (const f of NAMED_STATE_FORCES) {
    const state = STATE_BY_ISO.get(f.iso);
    if (state) index.add(f.form, { kind: "state-force", state });
  }
  for (const entry of [...ARMED_GROUPS, ...ORGANIZATIONS]) {
    for (const form of new Set([entry.name, ...entry.aliases])) index.add(form, { kind: "named", entry });
  }
  for (const entry of KNOWN_PEOPLE) {
    for (const form of new Set([entry.name, ...entry.aliases])) index.add(form, { kind: "person", entry });
  }
  for (const [form, name] of Object.entries(NEWS_SOURCES)) index.add(form, { kind: "source", name });
  return index;
}

export const LEXICON: PhraseIndex<LexiconHit> = buildIndex();

/** Every surface form of the lexicon, by what it names. */
function lexiconForms(): { people: string[]; others: string[] } {
  return {
    people: KNOWN_PEOPLE.flatMap((p) => [p.name, ...p.aliases]),
    others: [
      ...STATES.flatMap((s) => [s.name, ...s.aliases, ...s.demonyms, ...s.capitals]),
      ...Object.values(STATE_EXTRAS).flatMap((e) => [...(e.aliases ?? []), ...(e.demonyms ?? []), ...(e.seats ?? []), ...(e.peoples ?? []), ...(e.capitals ?? [])]),
      ...NAMED_STATE_FORCES.map((f) => f.form),
      ...[...ARMED_GROUPS, ...ORGANIZATIONS].flatMap((e) => [e.name, ...e.aliases]),
      ...Object.keys(NEWS_SOURCES),
    ],
  };
}

const FORMS = lexiconForms();
const formWords = (form: string): string[] => form.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);

/**
 * Lower-case one-word names of states, peoples, groups, organisations and sources ("syria",
 * "kurdish", "hezbollah", "reuters"): a capitalised pair holding one is no person's name. Words
 * of longer names are left out: "David" of "Magen David Adom" may well start a person's name.
 */
export const ONE_WORD_NAMES: ReadonlySet<string> = new Set(
  FORMS.others.map(formWords).filter((words) => words.length === 1).map((words) => words[0]),
);

/** "islamic state", "david cameron": adjacent lower-case words of any lexicon name. */
export const LEXICON_WORD_PAIRS: ReadonlySet<string> = new Set(
  [...FORMS.people, ...FORMS.others].flatMap((form) => {
    const words = formWords(form);
    return words.slice(1).map((w, i) => `${words[i]} ${w}`);
  }),
);

/**
 * Lower-case one-word names of known people ("erdogan", "putin"): a capitalised pair that opens
 * with one is that person followed by another word ("Erdogan Meets"), found by the lexicon.
 */
export const ONE_WORD_PERSON_NAMES: ReadonlySet<string> = new Set(
  FORMS.people.map(formWords).filter((words) => words.length === 1).map((words) => words[0]),
);
