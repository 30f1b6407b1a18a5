// Round 7 (red team) classes: national human-rights bodies, UN missions by their full names, a
// state coordinated with an organisation, and journalists' credit lines. Sentences are our own.
import { describeActorMentions, describeNotActors } from "./support/actors.js";
import type { Actor } from "../src/types.js";

// [text, mention text, actor it belongs to, type, rule]
const POSITIVE: ReadonlyArray<[string, string, string, Actor["type"], string]> = [
  ["The Ethiopian Human Rights Commission said 30 civilians were killed in the town.", "Ethiopian Human Rights Commission", "Ethiopian Human Rights Commission", "organization", "rights-body"],
  ["The Afghanistan Independent Human Rights Commission documented the raids.", "Afghanistan Independent Human Rights Commission", "Afghanistan Independent Human Rights Commission", "organization", "rights-body"],
  ["Nigeria's National Human Rights Commission opened an inquiry into the air strike.", "National Human Rights Commission", "National Human Rights Commission", "organization", "rights-body"],
  ["The United Nations Interim Force in Lebanon said a shell hit its base.", "United Nations Interim Force in Lebanon", "UNIFIL", "organization", "lexicon-named"],
  ["The UN Support Mission in Libya urged both sides to respect the truce.", "UN Support Mission in Libya", "UNSMIL", "organization", "lexicon-named"],
  ["About 20,000 people have fled, the International Organization for Migration said.", "International Organization for Migration", "International Organization for Migration", "organization", "lexicon-named"],
  // A state coordinated with a named organisation shares its verb.
  ["The United States and the European Union have called on both sides to stop fighting.", "United States", "United States", "state", "state-name-actor"],
  ["Norway and the African Union urged the parties to return to talks.", "Norway", "Norway", "state", "state-name-actor"],
];

describeActorMentions("actors round 7: positive cases", POSITIVE);

// [text, a name that must not be an actor (name or alias)]
const NEGATIVE: ReadonlyArray<[string, string]> = [
  // Credit lines name journalists.
  ["Gunmen killed four soldiers near Mopti, the army said.\n\nReporting by Amadou Diallo; Editing by Peter Graff", "Peter Graff"],
  ["Gunmen killed four soldiers near Mopti, the army said.\n\nReporting by Amadou Diallo; Editing by Peter Graff", "Amadou Diallo"],
  ["Drone strike hits market in Sudan\n\nBy Jane Mwangi | March 12, 2024\n\nA drone strike hit a market in El Fasher.", "Jane Mwangi"],
  // A state after a place preposition stays a place, even coordinated with an organisation.
  ["Fighting in Mali and the African Union mission area displaced thousands.", "Mali"],
];

describeNotActors("actors round 7: negative cases", NEGATIVE);
