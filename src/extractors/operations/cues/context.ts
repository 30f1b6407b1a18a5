/**
 * Evidence that a text is about armed conflict: armed people and forces, weapons, casualties.
 * A trigger whose words are as common in peace ("clashed", "opened fire", "captured") counts
 * only in a text that holds one of these somewhere, or names an armed group. One scan per document.
 * EXAMPLES: "troops", "gunmen", "militants", "artillery", "IED", "were killed", "wounded".
 */
export const CONFLICT_EVIDENCE =
  /\b(?:troops|soldiers?|militants?|militias?|militiamen|gunmen|fighters|rebels?|insurgents?|jihadists?|terrorists?|army|armed forces|forces|military|police(?:men)?|paramilitar(?:y|ies)|warplanes?|artillery|mortars?|rockets?|missiles?|shells?|bombs?|IEDs?|explosives?|grenades?|rifles?|guns?|gunfire|airstrikes?|air strikes?|killed|killing|wounded|wounding|injured|injuring|injuries|hurt|dead|fatalities|casualties|hostages?)\b/i;
