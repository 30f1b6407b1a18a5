// Shapes of the actor lexicons. Data files hold only these records; the engine reads them.
import type { ActorType } from "../../../types.js";

/** A state: canonical English name, ISO 3166-1 alpha-2 code, and the words that name it. */
export interface StateEntry {
  name: string;
  iso: string;
  /** Other names of the state itself ("United States of America", "Burma"). */
  aliases: readonly string[];
  /** Adjectives and short forms used before a force or official ("Turkish", "US"). */
  demonyms: readonly string[];
  /** Capitals: metonyms for the government only in actor position ("Ankara says"). */
  capitals: readonly string[];
}

/** Hand-curated additions to a generated state entry, keyed by ISO code. */
export interface StateExtra {
  aliases?: readonly string[];
  demonyms?: readonly string[];
  /** Plural people nouns used as actors ("the Turks", "the Americans"). */
  peoples?: readonly string[];
  capitals?: readonly string[];
  /** Seats of power: always the government when named ("the Pentagon", "the Kremlin"). */
  seats?: readonly string[];
}

/** A named non-state actor or organisation. */
export interface NamedActorEntry {
  name: string;
  type: Exclude<ActorType, "person" | "state">;
  /** Surface forms; an all-capitals form (acronym) only matches in capitals. */
  aliases: readonly string[];
  /** ISO code of the country it is based in or fights in, if one. */
  country?: string;
  /** Ethnic or national adjective of its fighters, for merging descriptive mentions ("Kurdish"). */
  ethnicity?: string;
  /** The movement it is the armed wing or branch of (its canonical name): the Qassam Brigades → Hamas. */
  partOf?: string;
}

/** A well-known person: used when the text gives a bare name ("Putin") or no affiliation. */
export interface PersonEntry {
  name: string;
  /** Short forms the text may use alone ("Putin", "Erdogan"). */
  aliases: readonly string[];
  /** Canonical state or organisation name. */
  affiliation: string;
}
