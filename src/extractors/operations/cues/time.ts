/** Cues for the time of an action (roles/time.ts). Data only. */

export const DEICTIC_DATE = /^(?:today|tonight|yesterday|this morning|this afternoon|this evening|now)$/i;
// A clock time whose day is unknown ("at 4 a.m." = XXXX-XX-XXT04:00) says nothing about the day.
export const TIME_OF_UNKNOWN_DAY = /^X{4}-XX-XXT/;
// "since January, when twin bombings killed 32", "in 2014, when IS overran Mosul": the clause
// after "when" happened at the date right before it, whatever preposition the date had.
export const WHEN_AFTER_DATE = /^,?\s*when\s/i;
// A sentence opened by one of these turns to another scene: nothing is carried into it.
// EXAMPLES: "Meanwhile, rebels shelled ...", "Elsewhere in the province, ...", "Separately, ...".
export const TOPIC_SHIFT_OPENER = /^\W*(?:meanwhile|elsewhere|separately|in\s+(?:a\s+)?(?:separate|another|other)\b|in\s+other\s+(?:news|developments)|also\s+on\b|on\s+the\s+diplomatic\s+front|in\s+(?:19|20)\d\d\b|last\s+(?:year|month)|earlier\s+this\s+(?:year|month)|previously|in\s+the\s+past)/i;
// How many sentences from the top of a text report the news of its day: an event first told
// there with no day of its own happened on the day the text is dated.
export const LEAD_SENTENCES = 3;
// The end of a span dates no action: "since 2014", "until Friday", "between March and May".
export const SPAN_END_BEFORE = /\b(?:since|until|till|by|before|between|from)\s+(?:the\s+)?$/i;
