/**
 * Fixed phrases in which a trigger word is no military action: labour strikes, heart attacks,
 * "hit a snag", cyber attacks, "strike a deal", football. Each entry names what it recognises,
 * with an example; the trigger engine (detect.ts) tries them on a window around the trigger.
 */
export interface FixedPhrase {
  name: string;
  /** Starts of the trigger words the phrase can hold ("strik" for strike, strikes, striking): only triggers so starting are tried against it. */
  triggers: readonly string[];
  pattern: string;
  example: string;
}

export const FIXED_PHRASES: readonly FixedPhrase[] = [
  {
    name: "labour-strike", triggers: ["strik"],
    pattern: String.raw`\b(?:hunger|general|labou?r|workers['’]?|teachers['’]?|nationwide|national|sit-down|doctors['’]?|rail|transport|truckers['’]?)\s+strikes?\b`,
    example: "a general strike closed shops",
  },
  { name: "on-strike", triggers: ["strik"], pattern: String.raw`\b(?:on|went on|go on|going on|staged a|staging a|called a) strike\b`, example: "teachers went on strike" },
  { name: "strike-a-deal", triggers: ["strik", "struck"], pattern: String.raw`\bstrik(?:e|es|ing) (?:a|the) (?:deal|balance|chord|note|pose|bargain)\b`, example: "they struck a deal" },
  { name: "strike-force", triggers: ["strik"], pattern: String.raw`\bstrike (?:action|force|capability|aircraft|group)\b`, example: "a carrier strike group" },
  { name: "hit-a-snag", triggers: ["hit"], pattern: String.raw`\bhit (?:a|the) (?:snag|wall|road|headlines|jackpot|market|shelves|brakes)\b`, example: "the talks hit a snag" },
  { name: "hard-hit", triggers: ["hit"], pattern: String.raw`\b(?:hardest|worst|badly|economy)\s+hit\b`, example: "the worst hit areas" },
  {
    name: "hit-by-calamity", triggers: ["hit"],
    pattern: String.raw`\bhit by (?:the )?(?:pandemic|virus|coronavirus|covid|crisis|floods?|drought|sanctions|recession|storm)\b`,
    example: "towns hit by floods",
  },
  {
    name: "figurative-attack", triggers: ["attack"],
    pattern: String.raw`\b(?:heart|panic|asthma|cyber|verbal|political|personal|ransomware|hacker|phishing)[\s-]?attacks?\b`,
    example: "died of a heart attack",
  },
  {
    name: "attack-on-policy", triggers: ["attack"],
    pattern: String.raw`\battack(?:ed|s|ing)? (?:on )?(?:the |his |her |their |its )?(?:policy|policies|plan|decision|remarks|government['’]s|opposition['’]s|media|press|reforms?|record|budget|critics)\b`,
    example: "attacked the government's plan",
  },
  { name: "verbal-counterattack", triggers: ["counter", "attack"], pattern: String.raw`\bcounter-?attack(?:ed)? (?:verbally|in the media)\b`, example: "counterattacked in the media" },
  {
    name: "target-audience", triggers: ["target"],
    pattern: String.raw`\b(?:target|targets|targeted|targeting) (?:audience|market|date|group of voters|inflation|customers)\b`,
    example: "the target date",
  },
  {
    name: "civil-operation", triggers: ["operation"],
    pattern: String.raw`\b(?:business|rescue|relief|humanitarian|search|evacuation|peacekeeping|sting|police sting|customs|vaccination|election|electoral|surgical|recovery|cleanup|clean-up|airlift|charm) operations?\b`,
    example: "a rescue operation",
  },
  {
    name: "weapons-test", triggers: ["fir", "launch", "test"],
    pattern: String.raw`\btest[- ]?(?:fired|fires|firing|launched|launches|launch)\b|\b(?:fired|launched)\b[^.;]{0,40}?\b(?:in|during) (?:a|an|the) (?:\w+ )?(?:test|exercise|drill|parade|salute)\b`,
    example: "North Korea test-fired two ballistic missiles into the sea off its east coast",
  },
  { name: "operations-room", triggers: ["operation"], pattern: String.raw`\boperations? (?:room|centre|center|manager|director|costs?|base|theatre|theater)\b`, example: "the operations room" },
  { name: "police-raid", triggers: ["raid"], pattern: String.raw`\b(?:police|tax|customs|immigration|dawn|drug|anti-narcotics) raids?\b`, example: "a police raid on a warehouse" },
  {
    name: "police-raided", triggers: ["raid"],
    pattern: String.raw`\b(?:police(?:men)?|officers|detectives|agents|investigators|inspectors|officials)\b[^.;]{0,40}?\braided\b`,
    example: "police and paramilitary officers raided the party's office",
  },
  {
    name: "bomber-stopped", triggers: ["suicide"],
    // Only the bomber words: "forces killed two suicide bombers" is still a clash.
    pattern: String.raw`(?<=\b(?:killed|arrested|captured|detained|neutrali[sz]ed|intercepted)\s+(?:[\w-]+\s+){0,3})suicide bombers?\b`,
    example: "police arrested two would-be suicide bombers",
  },
  {
    name: "figurative-coup", triggers: ["coup"],
    pattern: String.raw`\b(?:scored|scores|pulled off|pulls off|quite) an? (?:\w+ )?coup\b|\b(?:diplomatic|publicity|media|marketing|transfer|propaganda) coup\b`,
    example: "the striker scored a coup for the club",
  },
  { name: "coup-people", triggers: ["coup"], pattern: String.raw`\bcoup (?:supporters|plotters?|plot|suspects|trials?)\b`, example: "coup plotters were jailed" },
  { name: "bomb-scare", triggers: ["bomb", "explosion"], pattern: String.raw`\b(?:bomb|explosion) (?:threat|scare|disposal|squad|shelter|hoax)\b`, example: "a bomb scare at the station" },
  {
    name: "accidental-explosion", triggers: ["explosion"],
    pattern: String.raw`\b(?:gas|boiler|transformer|pipeline|factory|mine|cylinder|tank) explosion\b`,
    example: "a gas explosion in a restaurant",
  },
  {
    name: "figurative-explosion", triggers: ["explosion"],
    pattern: String.raw`\bexplosions? of (?:anger|rage|fury|joy|grief|emotion|protest|protests|colou?r|laughter|interest|growth|demand|violence online)\b`,
    example: "an explosion of anger followed the verdict",
  },
  {
    name: "captured-attention", triggers: ["captur"],
    pattern: String.raw`\bcaptur(?:ed|es|ing) (?:the )?(?:world|public|international|global|national)?\s*(?:attention|imagination|hearts?|headlines|mood|moment|footage|images|video|on camera)\b`,
    example: "the video captured world attention",
  },
  { name: "shelling-out", triggers: ["shell"], pattern: String.raw`\bshell(?:ed|ing|s)? out\b`, example: "shelling out millions" },
  {
    name: "verbal-clash", triggers: ["clash"],
    pattern: String.raw`\b(?:leaders|ministers|lawmakers|MPs|politicians|candidates|parties|judges|fans|supporters|players|executives)\s+clash(?:ed|es)?\b|\bclash(?:ed|es)? (?:over|on) (?:the |a )?(?:budget|policy|policies|plan|issue|question|law|bill|rules|reforms?|strategy)\b`,
    example: "the two leaders clashed over the budget",
  },
  { name: "charm-offensive", triggers: ["offensive"], pattern: String.raw`\bcharm offensive\b`, example: "a charm offensive" },
  { name: "non-military-offensive", triggers: ["offensive"], pattern: String.raw`\b(?:legal|diplomatic|media|trade) offensive\b`, example: "a diplomatic offensive" },
];

/** Every fixed phrase in one case-insensitive pattern. */
export const NOT_AN_OPERATION = new RegExp(FIXED_PHRASES.map((p) => p.pattern).join("|"), "i");

const BY_TRIGGER = new Map<string, RegExp | null>();

/**
 * The sticky pattern of the phrases a trigger word can stand in ("strikes" → labour strikes,
 * "strike a deal", strike forces), or null when none can: each trigger tries a few phrases,
 * not all of them.
 */
export function fixedPhrasesFor(triggerWord: string): RegExp | null {
  const word = triggerWord.toLowerCase();
  let found = BY_TRIGGER.get(word);
  if (found === undefined) {
    const phrases = FIXED_PHRASES.filter((p) => p.triggers.some((t) => word.startsWith(t)));
    found = phrases.length ? new RegExp(phrases.map((p) => p.pattern).join("|"), "iy") : null;
    BY_TRIGGER.set(word, found);
  }
  return found;
}
