import { alternation } from "../../../text/regex.js";
import {
  BASE_FORM_TRIGGERS,
  CASED_HYPOTHESIS_WORDS,
  CONDITION_WORDS,
  CONDITIONAL_OPENERS,
  DENIAL_WORDS,
  HABIT_WORDS,
  HYPOTHESIS_WORDS,
  INTENT_MODALS,
  INTENT_VERBS,
  LONG_SPAN_CUES,
  NEGATION_WORDS,
  PLANNED_WORDS,
  PRESENT_AUXILIARIES,
  PREVENTION_WORDS,
  PURPOSE_NOUNS,
  SPEECH_VERBS,
  THREAT_WORDS,
  UNDOING_AFTER_WORDS,
} from "../cues/modality.js";

/**
 * Modality rules: when a trigger word reports no action that happened. A trigger that one of
 * these rules holds for is left out of the event records; the rule's name says why.
 *
 * Each rule is a list of conditions, all of which must hold, each a pattern over one view of
 * the trigger's surroundings (the engine, modality.ts, builds the views):
 * - `before`: the trigger's clause up to the trigger;
 * - `after`: from the trigger to a little past its clause's end;
 * - `opener`: the few characters before the clause (the word that opened it);
 * - `sentence`: the whole sentence;
 * - `trigger`: the trigger's own text.
 * A rule may also list `unless` conditions, none of which may hold.
 * `examples` are sentences whose action the rule keeps out; `counterExamples` hold the same
 * cue words and still report an action. Both run end to end as tests.
 */
export type Modality =
  | "negated"
  | "denied"
  | "prevented"
  | "planned"
  | "threatened"
  | "conditional"
  | "hypothetical"
  | "intent"
  | "purpose"
  | "general";

export type ModalityScope = "before" | "after" | "opener" | "sentence" | "trigger";

export interface ModalityCondition {
  scope: ModalityScope;
  pattern: RegExp;
}

export interface ModalityRule {
  name: ModalityRuleName;
  modality: Modality;
  /** All must hold. */
  when: readonly ModalityCondition[];
  /** None may hold. */
  unless?: readonly ModalityCondition[];
  examples: readonly string[];
  counterExamples: readonly string[];
}

export type ModalityRuleName =
  | "denied"
  | "negated"
  | "prevented-before"
  | "prevented-after"
  | "undone-after"
  | "intent-in-speech"
  | "planned-or-future"
  | "threatened"
  | "conditional"
  | "conditional-present"
  | "hypothetical"
  | "hypothetical-may"
  | "infinitive-of-intent"
  | "infinitive-base-form"
  | "purpose-noun"
  | "general-since-long-ago"
  | "general-habit";

/** Any of the words, whole, anywhere in the view. Apostrophe forms ("won't", "'ll") count as words. */
function anyWord(words: readonly string[], flags = "i"): RegExp {
  return new RegExp(`(?:^|[^\\w'’])${alternation(words)}(?![\\w-])`, flags);
}

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
// "since 2004", "since early 2014", "since March 2011": an open span reaching back years.
const SINCE_YEAR = `since\\s+(?:(?:early|late|mid-?|the\\s+(?:start|end|beginning)\\s+of)\\s*)?(?:${alternation(MONTH_NAMES)}\\s+)?(?:19|20)\\d\\d\\b`;

export const MODALITY_RULES: readonly ModalityRule[] = [
  {
    name: "denied",
    modality: "denied",
    when: [{ scope: "before", pattern: anyWord(DENIAL_WORDS) }],
    examples: ["The ministry denied carrying out air strikes in the province.", "The RSF denies shelling the camp near El Fasher."],
    counterExamples: ["Jets struck the depot on Monday; the ministry later denied it."],
  },
  {
    name: "negated",
    modality: "negated",
    when: [{ scope: "before", pattern: anyWord(NEGATION_WORDS) }],
    examples: [
      "Coalition jets did not strike the convoy.",
      "Turkey has been reluctant to join the anticipated offensive.",
      "The rebels withdrew without firing a shot.",
    ],
    counterExamples: ["Jets struck the convoy near Sirte, and no one was hurt, officials said."],
  },
  {
    name: "prevented-before",
    modality: "prevented",
    when: [{ scope: "before", pattern: anyWord(PREVENTION_WORDS) }],
    examples: ["Sappers defused a roadside bomb near the market in Kandahar."],
    counterExamples: ["A roadside bomb exploded near the market in Kandahar, killing two soldiers."],
  },
  {
    name: "prevented-after",
    modality: "prevented",
    when: [{ scope: "after", pattern: /^[\s,]*(?:(?:had|has|have|was|were|is|are|being|been)\s+)*(?:been\s+)?(?:foiled|thwarted|averted|prevented|found|discovered|defused|dismantled|seized)\b/i }],
    examples: ["A car bomb was found and defused outside the ministry in Mogadishu."],
    counterExamples: ["A car bomb exploded outside the ministry in Mogadishu, police said."],
  },
  {
    name: "undone-after",
    modality: "planned",
    when: [
      {
        scope: "after",
        pattern: new RegExp(
          `^[\\s,]*(?:(?:had|has|have|was|were|is|are|being|been)\\s+)*(?:been\\s+)?${alternation(UNDOING_AFTER_WORDS.filter((w) => !/^(?:foiled|thwarted|averted|prevented|found|discovered|defused|dismantled|seized)$/.test(w)))}\\b`,
          "i",
        ),
      },
    ],
    examples: ["A ground incursion had yet to start, officials said.", "The offensive on the town was postponed again."],
    counterExamples: ["Troops launched an offensive on Kismayo at dawn and were met by heavy fire."],
  },
  {
    name: "intent-in-speech",
    modality: "intent",
    when: [
      {
        scope: "before",
        pattern: new RegExp(`\\b${alternation(SPEECH_VERBS)}\\b(?:\\s+(?:that|on\\s+\\w+day))?\\s+(?:[\\w'’-]+\\s+){0,3}?${alternation(INTENT_MODALS)}(?![\\w-])`, "i"),
      },
    ],
    examples: ["The army said it would strike militant hideouts across the border."],
    counterExamples: ["The army said its jets struck militant hideouts across the border."],
  },
  {
    name: "planned-or-future",
    modality: "planned",
    when: [{ scope: "before", pattern: anyWord(PLANNED_WORDS) }],
    examples: [
      "The army plans to retake Raqqa from the militants.",
      "Moscow will launch a new offensive in the spring.",
      "Rebels were in the final stages of preparing an assault on the town.",
    ],
    counterExamples: ["Rebels launched an assault on the town on Tuesday, residents said."],
  },
  {
    name: "threatened",
    modality: "threatened",
    when: [{ scope: "before", pattern: anyWord(THREAT_WORDS) }],
    examples: ["The commander threatened to hit rebel bases across the border.", "Al-Shabaab vowed more attacks on the capital."],
    counterExamples: ["Al-Shabaab fighters attacked a base near the capital, killing four soldiers."],
  },
  {
    name: "conditional",
    modality: "conditional",
    when: [{ scope: "before", pattern: anyWord(CONDITION_WORDS) }],
    examples: ["If the ceasefire collapses, the army would launch an offensive on the city."],
    counterExamples: ["The army launched an offensive on the city after the ceasefire collapsed."],
  },
  {
    name: "conditional-present",
    modality: "conditional",
    when: [
      { scope: "opener", pattern: new RegExp(`\\b${alternation(CONDITIONAL_OPENERS)}\\s*$`, "i") },
      { scope: "before", pattern: new RegExp(`\\b${alternation(PRESENT_AUXILIARIES)}\\s+$`, "i") },
    ],
    examples: ["Troops will stay in the district unless the town is captured by the rebels."],
    counterExamples: ["Fighting raged until the army recaptured the town of Marib."],
  },
  {
    name: "hypothetical",
    modality: "hypothetical",
    when: [{ scope: "before", pattern: anyWord(HYPOTHESIS_WORDS) }],
    examples: ["Analysts said the jets could strike the port within days.", "Why the militants attack the capital"],
    counterExamples: ["Analysts said the jets struck the port on Sunday."],
  },
  {
    name: "hypothetical-may",
    modality: "hypothetical",
    when: [{ scope: "before", pattern: anyWord(CASED_HYPOTHESIS_WORDS, "") }],
    examples: ["Officials said the army may launch an offensive."],
    counterExamples: ["On 4 May 2020, the army launched an offensive on the town of Tal Tamr."],
  },
  {
    name: "infinitive-of-intent",
    modality: "purpose",
    when: [{ scope: "before", pattern: new RegExp(`\\bto\\s+${alternation(INTENT_VERBS)}\\s+(?:[\\w-]+\\s+){0,3}$`, "i") }],
    examples: ["Parliament voted on Monday to authorise the army to carry out strikes in Syria."],
    counterExamples: ["The army began to retreat after jets carried out strikes on its positions near Hama."],
  },
  {
    name: "infinitive-base-form",
    modality: "purpose",
    when: [
      { scope: "trigger", pattern: new RegExp(`^${alternation(BASE_FORM_TRIGGERS)}$`, "i") },
      { scope: "before", pattern: /\bto\s+$/i },
    ],
    examples: ["The group has the means to strike deep inside the country."],
    counterExamples: ["Villagers fled in response to shelling by government forces near Kadugli."],
  },
  {
    name: "purpose-noun",
    modality: "purpose",
    when: [{ scope: "before", pattern: new RegExp(`\\b${alternation(PURPOSE_NOUNS)}\\s+for\\s+(?:[\\w-]+\\s+){0,2}$`, "i") }],
    examples: ["The base will serve as a staging area for strikes against the group."],
    counterExamples: ["The base came under attack for the second time this week, the army said."],
  },
  {
    name: "general-since-long-ago",
    modality: "general",
    when: [
      { scope: "trigger", pattern: /^(?:[\w-]+\s+)*[\w-]+s$/i },
      { scope: "sentence", pattern: new RegExp(`\\b(?:${SINCE_YEAR}|${alternation(LONG_SPAN_CUES)})`, "i") },
    ],
    // A counted campaign by a named agent is one record with its total: "the coalition has
    // carried out nearly 35,000 airstrikes since 2014".
    unless: [{ scope: "before", pattern: /(?:\d|\b(?:dozens?|hundreds?|thousands?|scores)\b)[\w,.]*\s+(?:[\w-]+\s+){0,3}$/i }],
    examples: [
      "Drone strikes have killed thousands of people in the region since 2004.",
      "Boko Haram attacks have killed more than 35,000 people since the insurgency began.",
    ],
    counterExamples: [
      "Israeli airstrikes killed 12 people in Rafah on Tuesday, the health ministry said.",
      "Since 2014 the US-led coalition has carried out nearly 35,000 airstrikes against the group in Iraq.",
      "Drone strikes hit two villages near Mir Ali on Monday, the first since the truce.",
    ],
  },
  {
    name: "general-habit",
    modality: "general",
    when: [{ scope: "before", pattern: new RegExp(`\\b${alternation(HABIT_WORDS)}\\s+(?:[\\w-]+\\s+){0,2}$`, "i") }],
    examples: ["The region sees frequent attacks on security forces by militants."],
    counterExamples: ["Al-Shabaab carried out a deadly attack on security forces in Baidoa on Friday."],
  },
];
