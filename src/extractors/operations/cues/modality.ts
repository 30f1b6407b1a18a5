/**
 * Cue words of modality: the words that say a trigger reports no action that happened. Data
 * only; the rules that apply them (with examples and counter-examples) are in
 * rules/modality.ts, the engine in modality.ts. Each list is matched as whole words in the
 * clause before the trigger, unless its rule says otherwise.
 */

/** Future and plans: "will launch", "plans to retake", "preparing an assault", "the upcoming offensive". */
export const PLANNED_WORDS: readonly string[] = [
  "will", "'ll", "’ll", "won't", "shall", "going to", "about to", "set to", "poised to", "ready to", "expected to",
  "likely to", "plan", "plans", "planned", "planning", "plan to", "planned to", "intend", "intends", "intended",
  "intending", "aim to", "aims to", "aiming to", "prepare", "prepares", "preparing", "prepared to", "preparations",
  "want", "wants", "wanted", "hope", "hopes", "hoped", "seek", "seeks", "sought", "consider", "considers",
  "considering", "mull", "mulls", "propose", "proposed", "proposes", "anticipated", "upcoming", "looming", "imminent",
  "future", "next week", "next month", "ahead of", "ready for", "would-be", "to join", "step up", "stepping up",
  "to expand", "to escalate", "to resume", "to double", "vote on", "authorize", "authorized", "authorised",
  "approve", "approved", "allow", "allowed", "permission", "agreed to", "call for", "calls for", "called for",
  "urge", "urges", "urged", "demand", "demands", "demanded", "fear", "fears", "fearing", "in fear of",
];

/** Threats and vows: "threatened to hit", "vowed to avenge", "warned of attacks". */
export const THREAT_WORDS: readonly string[] = [
  "threat", "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing", "pledge",
  "pledged", "pledges", "promise", "promised", "promises", "promising", "warned", "warns", "warning", "risk of",
];

/** Hypothesis and possibility: "could strike", "a possible offensive", "why the militants attack". */
export const HYPOTHESIS_WORDS: readonly string[] = [
  "would", "wouldn't", "could", "might", "should", "must", "can", "cannot", "potential", "possible", "possibly",
  "rumoured", "rumored", "hypothetical", "whether", "why", "how",
];

/** "may" is a modal only in lower case: "On 4 May 2020" is a date. Matched case-sensitively. */
export const CASED_HYPOTHESIS_WORDS: readonly string[] = ["may"];

/** Conditions: "if the town falls", "unless talks resume", "in case of an attack". */
export const CONDITION_WORDS: readonly string[] = ["if", "unless", "in case of"];

/** Negation: "did not strike", "no shelling was reported", "without firing", "rather than". */
export const NEGATION_WORDS: readonly string[] = [
  "not", "no", "never", "n't", "without", "failed to", "to halt", "to stop", "end to", "instead of", "rather than",
  "ruled out", "rules out", "avoid", "avoided", "reluctant", "refused", "refuses",
];

/** Denial: "denied carrying out air strikes", "denies shelling". */
export const DENIAL_WORDS: readonly string[] = ["denied", "denies", "deny", "denying"];

/** Prevention before the trigger: "foiled an attack", "sappers defused a roadside bomb". */
export const PREVENTION_WORDS: readonly string[] = ["foiled", "averted", "prevented", "defused", "defusing", "dismantled"];

/**
 * Words right after the trigger that undo it: "an attack was foiled", "the offensive was
 * postponed", "a ground incursion had yet to start", "a car bomb was found and defused".
 */
export const UNDOING_AFTER_WORDS: readonly string[] = [
  "yet to", "not yet", "planned", "postponed", "called off", "cancelled", "canceled", "foiled", "thwarted", "averted",
  "prevented", "delayed", "expected", "feared", "threatened", "proposed", "considered", "rumoured", "rumored", "found",
  "discovered", "defused", "dismantled", "seized", "will", "would", "could", "may", "might",
];

/** A purpose, not an event: "a staging area for strikes", "permission for attacks". */
export const PURPOSE_NOUNS: readonly string[] = [
  "area", "base", "platform", "launchpad", "hub", "staging", "used", "use", "preparations", "preparation", "plans",
  "plan", "capability", "capacity", "permission", "authorisation", "authorization", "request", "approval",
  "justification", "pretext", "cover",
];

/** An infinitive governs the trigger: "to carry out strikes", "to launch an offensive". */
export const INTENT_VERBS: readonly string[] = [
  "carry out", "conduct", "launch", "stage", "mount", "begin", "start", "continue", "resume", "step up", "intensify",
  "undertake", "execute", "join", "retake", "capture",
];

/** Base-form triggers that, right after "to", are an infinitive of intent ("threatened to hit"), not "response to shelling". */
export const BASE_FORM_TRIGGERS: readonly string[] = [
  "hit", "strike", "attack", "bomb", "shell", "storm", "target", "pound", "raid", "ambush", "capture", "retake",
  "recapture", "assault", "invade", "clash",
];

/** Clause openers that make a present-tense clause a condition: "until they are captured". */
export const CONDITIONAL_OPENERS: readonly string[] = ["until", "unless", "once", "if", "before"];
export const PRESENT_AUXILIARIES: readonly string[] = ["are", "is", "am", "get", "gets"];

/** Reporting verbs whose speaker states an intent: "said it would retaliate", "announced they will strike". */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "announced", "announces", "stated", "declared", "told", "insisted", "added",
];
export const INTENT_MODALS: readonly string[] = ["would", "will", "'ll", "’ll", "was going to", "were going to", "is going to", "are going to"];

/**
 * A general statement sums up many actions over a long time rather than reporting one: "drone
 * strikes have killed thousands since 2004", "attacks on the police are frequent". The span
 * words say the time is long or open; the habit words say the actions recur.
 */
export const LONG_SPAN_CUES: readonly string[] = [
  "since the war began", "since the start of the war", "since the beginning of the war", "since the conflict began",
  "since the start of the conflict", "since the beginning of the conflict", "since the insurgency began",
  "since the start of the insurgency", "over the years", "over the past decade", "over the last decade",
  "over the past years", "in recent years", "for years", "for decades", "so far this year", "this year alone",
  "every day", "every week", "every month", "each year", "each day",
];
export const HABIT_WORDS: readonly string[] = [
  "frequent", "frequently", "regularly", "routinely", "often", "commonplace", "increasingly", "repeatedly",
  "recurrent", "periodically",
];
