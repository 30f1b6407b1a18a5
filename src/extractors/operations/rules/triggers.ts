import type { OperationType } from "../../../types.js";
import { alternation } from "../../../text/regex.js";

/**
 * Trigger rules: the words that report a military action, with the type they give it.
 * Each rule is data: a unique `rule` name, a pattern (case-insensitive; the trigger is the
 * named group `t` when present, else the whole match), an example, and flags that say how
 * the engine treats the match. When two matches overlap, the longer wins (so "bombing
 * campaign" beats "bombing", and "mortar shells landed" beats "shells landed").
 */
export interface TriggerRule {
  rule: string;
  /** `generic` triggers ("attack", "struck", "the operation") take their type from the instrument in the clause or from a later, more specific mention. */
  type: OperationType;
  pattern: string;
  example: string;
  /** The type is only a default: an instrument in the clause (jets, artillery, IED) overrides it. */
  generic?: boolean;
  /** A verb that reports an action only with a named actor or instrument in its clause ("hit a snag" is not a strike). */
  needsAgent?: boolean;
  /** The pattern is case-sensitive (a name's capital matters: "Operation 1027", not "an operation"). */
  caseSensitive?: boolean;
  /** Words the clause must contain for the match to count (a missile only counts when fired). */
  context?: string;
  /** Sentences with the rule's words that report no action of this rule (run as tests). */
  counterExamples: readonly string[];
  /** A generic trigger that ground forces in its clause make a ground operation ("troops carried out an operation"). */
  retypedByGroundForces?: boolean;
  /** The types of earlier actions this generic word can refer back to ("the operation", "the strikes"). */
  refersTo?: readonly OperationType[];
  /** Downing an aircraft or drone: a clash of its own kind, never a repeat of a ground fight. */
  downing?: boolean;
  /** The action fought off an attack: the attack's authors are the agent, the side that repelled it the target. */
  repelled?: boolean;
  /** A participle after its object ("drones launched at the capital"): only a "by" phrase names its agent, never the clause's subject. */
  agentOnlyByPhrase?: boolean;
  /** Counts only in the text's headline, where news writes the present tense ("ELN rebels bomb police station"). */
  headlineOnly?: boolean;
  /** A bombing by a state, or with aircraft named in the sentence, is dropped from the air ("Israel bombs Gaza", "jets took part, bombing two sites"). */
  airborneWithState?: boolean;
  /**
   * The words are as common outside war ("clashed", "opened fire", "captured", "repelled"): the
   * match counts only in a text that shows armed conflict somewhere (cues/context.ts).
   */
  needsConflictContext?: boolean;
  /**
   * Cheap pre-check: every match of `pattern` contains one of these at the start of a word
   * (case-insensitive prefixes, one token each: "air" covers "airstrikes" and "air raids").
   * The rule's pattern runs only on sentences where one occurs. A missing keyword silently
   * loses matches, so test/operations-prefilter.test.ts checks each rule's example and
   * compares prefiltered with unfiltered scans on whole articles.
   */
  keywords: readonly string[];
}

const AIR_VEHICLES = alternation([
  "warplane", "warplanes", "war planes", "jets", "jet", "fighter jets", "fighter jet", "jet fighter", "jet fighters",
  "fighter-bombers", "aircraft", "planes", "bombers", "helicopters", "helicopter", "gunships", "gunship",
  "drone", "drones", "UAV", "UAVs", "air force", "air forces", "aviation", "F-16s", "F-16", "Su-24", "Su-34", "MiGs",
]);

const STRIKE_VERBS = alternation([
  "pounded", "struck", "hit", "bombed", "targeted", "attacked", "strafed", "raided", "shelled", "fired on",
  "fired at", "carried out strikes", "launched strikes", "conducted strikes",
]);

// Headline present ("coalition jets pound Houthi positions", "Russian drones hit Kharkiv"): only
// right after the vehicle, since "strike", "target" or "bomb" a few words on are usually nouns.
const PRESENT_STRIKE_VERBS = alternation([
  "pound", "pounds", "hit", "hits", "strike", "bomb", "bombs", "target", "targets", "raid", "shell", "pummel", "pummels",
]);

// Heavy weapons fired from a distance (ACLED's shelling, artillery and missile attacks): besides
// guns and rockets, grenade launchers, RPGs, anti-tank missiles and the cannon of armoured vehicles.
const INDIRECT_FIRE_WORDS = [
  "mortars", "mortar rounds", "mortar shells", "mortar bombs", "rockets", "artillery", "artillery shells",
  "artillery rounds", "shells", "howitzers", "Grad rockets", "Katyusha rockets", "tank rounds", "projectiles",
  "grenade launchers", "grenade launcher", "RPGs", "RPG", "rocket-propelled grenades", "rocket-propelled grenade",
  "ATGMs", "ATGM", "anti-tank missiles", "anti-tank guided missiles", "IFVs", "BMPs", "recoilless rifles",
];
const INDIRECT_FIRE = alternation(INDIRECT_FIRE_WORDS);
// Of those, the ones that keep a fire remote even beside machine guns: guns, rockets, mortars.
const HEAVY_FIRE = alternation(INDIRECT_FIRE_WORDS.filter((w) => !/grenade|RPG|recoilless/i.test(w)));

// Machine guns beside heavy weapons leave the fire to the heavy ones ("fired mortars and heavy
// machine guns"); small arms named anywhere in the list make it a firefight ("fired grenade
// launchers, heavy machine guns and small arms").
const MACHINE_GUNS = alternation(["machine guns", "machineguns", "heavy machine guns"]);
const SMALL_ARMS = alternation(["small arms", "rifles", "assault rifles", "sniper fire", "gunfire", "automatic weapons"]);

// The subject right before a headline's present-tense verb: a name or acronym ("RSF", "ELN
// rebels") or a plural noun of armed people or weapons ("Militants", "jets").
const HEADLINE_SUBJECT = `(?<=(?:\\b[A-Z][\\w.'’-]*|\\b(?:rebels|militants|jihadists|insurgents|gunmen|troops|forces|jets|warplanes|drones|army|police|fighters|militias?|bandits|separatists|extremists|terrorists))\\s)`;

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // ---------------------------------------------------------------- airstrike
  // "Israeli airstrikes killed five", "six air strikes", "a drone strike", "air raids on Marib"
  {
    rule: "air-strike-noun", keywords: ["air", "airstrike", "drone", "aerial", "bombing", "barrel", "sorties"],
    type: "airstrike",
    pattern: `\\b(?<t>air[\\s-]?strikes?|air[\\s-]?raids?|drone[\\s-](?:strikes?|attacks?)|aerial (?:bombardments?|bombings?|attacks?|strikes?|raids?|fire)|air campaign|bombing (?:campaign|raids?|runs?|sorties)|barrel[\\s-]bombs?|sorties|airstrike|air-strike)\\b`,
    example: "Turkish airstrikes killed partner forces",
    counterExamples: ["The air force will carry out air strikes if the talks fail.", "Officials discussed the air campaign planned for the spring."],
  },
  // "warplanes pounded ISIS targets", "LNA air force targeted GNA positions", "jets hit four targets"
  {
    rule: "air-vehicle-verb", keywords: ["warplane", "war", "jet", "fighter", "aircraft", "plane", "bomber", "helicopter", "gunship", "drone", "uav", "air", "aviation", "f-16", "su-24", "su-34", "mig"],
    type: "airstrike",
    pattern: `\\b${AIR_VEHICLES}(?:(?:\\s+[\\w.'’-]+){0,4}?\\s+(?<!\\b(?:was|were|been|being|is|are)\\s+)(?<t>${STRIKE_VERBS})|\\s+(?<t2>${PRESENT_STRIKE_VERBS}))\\b`,
    example: "Russian warplanes pounded rebel-held towns",
    counterExamples: ["The warplanes were hit by a sandstorm on the runway.", "Russian drones will hit the city if the offensive resumes."],
  },
  // "dropped two bombs", "dropping at least 16 bombs", "dropped a grenade from a drone"
  {
    rule: "dropped-munition", keywords: ["dropped", "dropping", "drops"],
    type: "airstrike",
    pattern: `\\b(?<t>dropp(?:ed|ing)|drops)\\s+(?:[\\w,]+\\s+){0,4}?(?:bombs?|barrel bombs?|grenades?|explosives?|munitions)\\b`,
    example: "a drone dropped a grenade on the checkpoint",
    counterExamples: ["Aircraft dropped leaflets urging residents to leave.", "The army said it dropped charges against the officers."],
  },
  // "30 of 31 Shahed drones launched by Russia overnight", "drones launched at the capital": the
  // drone attack itself, beside any shoot-down reported in the same clause.
  {
    rule: "drones-launched", keywords: ["drone", "uav", "shahed", "kamikaze"],
    type: "airstrike", agentOnlyByPhrase: true,
    // The drones stay outside the match (a lookbehind), so "shot down 18 drones" keeps its own match.
    pattern: `(?<=\\b(?:drones?|UAVs?|Shaheds?)\\s+(?:(?:were|was)\\s+)?)(?<t>launched|fired|sent)\\s+(?:(?:overnight|early|late|again)\\s+)?(?:by|at|against|toward|towards|into|on|from)\\b`,
    example: "air defences destroyed 30 of 31 Shahed drones launched by Russia overnight",
    counterExamples: ["The drones launched last year map farmland for the ministry of agriculture."],
  },
  // Active voice: "Russia launched 25 Shahed drones at the Odesa region", "fired a swarm of drones on Kyiv".
  {
    rule: "launched-drones", keywords: ["launched", "launching", "fired", "firing", "sent"],
    type: "airstrike",
    pattern: `\\b(?<t>launch(?:ed|ing)|fir(?:ed|ing)|sent)\\s+(?:[\\w,-]+\\s+){0,4}?(?:drones?|UAVs?|Shaheds?)\\s+(?:(?:overnight|early|late|again)\\s+)?(?:at|against|toward|towards|into|on)\\b`,
    example: "Russia launched 25 Shahed drones at the Odesa region",
    counterExamples: ["The company launched its first delivery drones last year."],
  },
  // "Russia bombed Aleppo" (bombed alone is an air verb in news usage)
  { rule: "bombed-verb", keywords: ["bombed", "bombing"], type: "airstrike", pattern: `\\b(?<t>bombed|bombing raids?)\\b`, counterExamples: ["The film bombed at the box office."], example: "Syrian government forces bombed the town of Douma.", needsAgent: true },

  // ---------------------------------------------------------------- missile_strike
  // "conducted with cruise missiles", "fired ballistic missiles at", "a missile strike"
  {
    rule: "missile-named", keywords: ["missile"],
    type: "missile_strike",
    pattern: `\\b(?<t>(?:cruise|ballistic|guided|anti-ship|hypersonic|surface-to-surface|Tomahawk|Kalibr|Iskander|Scud|Kh-\\d+)\\s+missiles?)\\b`,
    example: "Cruise missiles struck the depots near Idlib overnight.",
    counterExamples: ["The ministry showed cruise missiles at a parade in the capital."],
    context: "fired|launched|struck|hit|strikes?|attack|conducted|with|targeted|slammed|landed",
  },
  {
    rule: "missile-strike-noun", keywords: ["missile"],
    type: "missile_strike",
    pattern: `\\b(?<t>missile (?:strikes?|attacks?|barrages?|salvos?)|missiles? (?:struck|hit|slammed into|landed)|fir(?:ed|ing) (?:[\\w-]+\\s+){0,2}missiles?|missiles? (?:(?:were|was)\\s+)?(?:launched|fired) (?:by|at|against|toward|towards|into|from))\\b`,
    example: "a missile strike on the air base",
    counterExamples: ["The treaty bans missile strikes on nuclear plants."],
  },

  // ---------------------------------------------------------------- shelling
  // "regime forces shelled Kinda", "heavy shelling", "artillery fire", "mortar shells landed"
  {
    rule: "shelling-word", keywords: ["shell", "fire", "firing", "bombard", "mortar", "rocket", "artillery", "howitzer", "grad", "katyusha", "tank", "projectile", "grenade", "rpg", "rocket-propelled", "atgm", "anti-tank", "ifv", "bmp", "recoilless"],
    type: "shelling",
    pattern: `\\b(?<t>shelled|shelling|shellfire|bombard(?:ed|ing|ments?)|(?:${INDIRECT_FIRE}) (?:fired|launched)|artillery (?:fire|shells?|rounds?|barrages?|strikes?|attacks?)|mortar (?:fire|shells?|rounds?|bombs?|attacks?)|rocket (?:fire|attacks?)|tank fire|(?:fire|firing|shelling) across the (?:border|LoC|Line of Control|frontier)|(?:${INDIRECT_FIRE}) (?:landed|fell|hit|struck|exploded|slammed|crashed|rained|tore|smashed))\\b`,
    example: "At least nine mortar shells landed in the town",
    counterExamples: ["The company is shelling out millions for new offices in the capital.", "Residents fear renewed shelling if the truce fails."],
  },
  // "fired 82mm mortars at", "fired two rockets against a camp", "firing artillery rounds into"
  {
    rule: "fired-indirect", keywords: ["mortar", "rocket", "artillery", "shell", "howitzer", "grad", "katyusha", "tank", "projectile", "grenade", "rpg", "rocket-propelled", "atgm", "anti-tank", "ifv", "bmp", "recoilless"],
    type: "shelling",
    pattern: `\\b(?<t>fir(?:ed|ing|es))\\s+(?:[\\w,.-]+\\s+){0,4}?${INDIRECT_FIRE}\\b`,
    example: "rebels fired 120mm mortars at the positions",
    counterExamples: ["The company fired two rocket engineers last week."],
  },
  // "rockets were fired at Sderot", "two mortar rounds were launched toward the base": fire in the passive.
  {
    rule: "fired-indirect-passive", keywords: ["mortar", "rocket", "artillery", "shell", "howitzer", "grad", "katyusha", "tank", "projectile", "grenade", "rpg"],
    type: "shelling",
    pattern: `\\b${INDIRECT_FIRE}\\s+(?:were|was|had been|have been|are|is|being)\\s+(?:\\w+ly\\s+)?(?<t>fired|launched|lobbed)\\b`,
    example: "Three rockets were fired at Sderot on Sunday, the army said.",
    counterExamples: ["Two rockets were fired during a military exercise in the desert on Sunday."],
  },
  // "artillery struck more than 60 targets", "Turkish artillery pounded"
  {
    rule: "artillery-verb", keywords: ["artillery", "howitzer", "mortar", "tank", "rocket"],
    type: "shelling",
    pattern: `\\b(?:artillery|howitzers|mortars|tanks|rocket launchers)\\s+(?<t>${STRIKE_VERBS}|opened fire)\\b`,
    example: "Ethiopian tanks pounded rebel positions near Mekelle.",
    counterExamples: ["Artillery units will fire on the positions if the rebels advance."],
  },
  // Monitors' tallies of explosions and shots: shelling unless small arms are named
  // ("observed 12 explosions involving unknown weapons", "64 shots involving small arms").
  {
    rule: "monitor-explosions", keywords: ["involving"],
    type: "shelling",
    pattern: `\\b(?<t>(?:(?:explosions?|projectiles|shots|bursts? of fire)/?)+ involving)\\b`,
    example: "the monitors recorded 40 explosions involving artillery",
    counterExamples: ["Engineers studied tests involving controlled detonation of old stock."],
    generic: true,
  },

  // ---------------------------------------------------------------- bombing
  // "a suicide bomber killed 54 people", "a car bomb exploded", "an IED planted roadside"
  {
    rule: "bomb-device", airborneWithState: true, keywords: ["threw", "hurled", "lobbed", "tossed", "blasted", "hurling", "throwing", "blown", "suicide", "explosive", "bomb", "ied", "vbied", "rcied", "pbied", "improvised", "land", "landmine", "grenade", "blew", "blast", "car", "truck", "vehicle", "motorcycle", "motorbike", "minibus", "van", "tanker", "booby"],
    type: "bombing",
    // A vehicle bomb described rather than named: "a car packed with explosives blew up",
    // "a booby-trapped motorcycle exploded".
    pattern: `\\b(?<t>(?:cars?|trucks?|vehicles?|motorcycles?|motorbikes?|minibus(?:es)?|vans?|tankers?) (?:packed|laden|loaded|rigged|filled|stuffed|fitted) with (?:explosives|bombs?)|(?:booby-trapped|explosives?-(?:laden|packed|rigged)|bomb-laden) (?:cars?|trucks?|vehicles?|motorcycles?|motorbikes?|minibus(?:es)?|vans?|tankers?)|suicide (?:bomb(?:er|ers|ings?|s)?|attacks?|blasts?|vests?|car bombs?|attackers?)|(?:remote )?explosive attacks?|car[\\s-]bomb(?:s|ings?)?|truck bombs?|(?:VB|RC|PB)?IEDs?|improvised explosive devices?|roadside bombs?|land\\s?mines?|explosive devices?|sticky bombs?|magnetic bombs?|grenade attacks?|(?:threw|hurled|lobbed|tossed|blasted|hurling|throwing) (?:a |an |two |three |four |five |several |some |\\d+ )?(?:(?:hand )?grenades?|petrol bombs?|crude bombs?|Molotov cocktails?|cocktails)|(?:was|were|been|being) blown up|blew (?:himself|herself|themselves) up|bombings?|bomb attacks?|bomb blasts?|blasts?|(?:planted|placed|hid|hidden|concealed|left)\\s+(?:(?:a|an|two|three|several|crude|homemade|home-made)\\s+){0,2}bombs?|(?:[\\w-]+-planted|crude|homemade|home-made|time|pipe|nail)\\s+bombs?|bombs?\\s+(?:(?:was|were|had been)\\s+)?(?:planted|placed|hidden|went off|exploded|detonated|blew up|were exploded|was exploded))\\b`,
    example: "a roadside bomb killed three soldiers",
    counterExamples: ["Police found a bomb under a car and defused it.", "Bomb disposal teams cleared the area before the parade."],
  },
  // "an explosion hit the market", "a bomb exploded", "detonated an explosive belt"
  {
    rule: "explosion", keywords: ["explosion", "exploded", "detonat"],
    type: "bombing",
    pattern: `\\b(?<t>explosions?|exploded|detonated|detonation)\\b`,
    example: "an explosion ripped through the market",
    counterExamples: ["A gas cylinder explosion killed two people in a restaurant.", "An explosion of anger followed the verdict in the capital."],
  },

  // ---------------------------------------------------------------- ground_operation
  // "launched an offensive", "a ground incursion", "the assault on Mosul", "stormed the town"
  {
    rule: "ground-noun",
    type: "ground_operation",
    keywords: ["ground", "counter", "offensive", "incursion", "assault", "invasion", "storm", "cross", "clearance", "operation", "raided", "raiding"],
    pattern: `\\b(?<t>ground (?:offensive|operations?|assault|incursion|attack|invasion)|counter-?offensives?|offensives?|incursions?|assaults?|invasion|stormed|storming|raided|raiding|cross-border operation|clearance operations?|(?:military|security|army|counter-?terror(?:ism)?|counter-?insurgency|mopping-up|special) operations?)\\b`,
    example: "Iraqi troops launched an offensive to retake the city",
    counterExamples: ["The party launched a charm offensive ahead of the vote.", "The army is preparing a ground offensive on the city.", "Police raided a warehouse in the port and seized counterfeit goods."],
  },
  // Headline present "Insurgents storm Mozambique town", "gunmen storm hotel in Mogadishu": only
  // with a stormable place right after, since "storm" alone is usually weather ("Storm Daniel").
  {
    rule: "storm-present", keywords: ["storm"],
    type: "ground_operation",
    // Not "a storm", "the storm", "tropical storm", and no weather verb between ("storm hits town").
    pattern: `(?<!\\b(?:a|the|tropical|winter|sand|dust|snow|rain|severe|heavy|violent|powerful|deadly)\\s)\\b(?<t>storms?)\\s+(?:(?:the|an?)\\s+)?(?:(?!(?:hits?|batter(?:s|ed)?|lash(?:es|ed)|slam(?:s|med)|sweeps?|swept|damage[sd]?|destroy(?:s|ed)|flood(?:s|ed)|ravage[sd]?|tears?|tore|leaves|left|kill(?:s|ed)|wreck(?:s|ed)|pound(?:s|ed)|strikes?|struck|hammer(?:s|ed)|surge|warning|season|damage)\\b)[A-Z][\\w'’-]*\\s+){0,3}(?:towns?|villages?|city|bases?|army|military|police|camps?|hotels?|prisons?|jails?|checkpoints?|barracks|posts?|outposts?|compounds?|embassy|parliament|palace|airport|headquarters|schools?|mosques?|churches)\\b`,
    example: "Insurgents storm Mozambique town of Macomia",
    counterExamples: ["A tropical storm hit the coast on Sunday.", "Storm Daniel batters the town of Derna."],
  },
  // "retook the town", "captured the village of X", "seized control of the base"
  {
    rule: "territory-taken", keywords: ["recaptured", "re-", "captured", "retook", "seized", "seize", "took", "overran", "overrun"],
    type: "ground_operation", needsConflictContext: true,
    // "seize" takes ground only with a place noun after it ("seize northern town", "seized the
    // base"): police also seize drugs and weapons.
    pattern: `\\b(?<t>re-?captured|retook|re-?took|seized control|took control|captured|overran|overrun|overrunning|(?:seized?|seizes|seizing)(?=\\s+(?:(?:the|a|an|two|three|several|key|strategic|northern|southern|eastern|western|central|border|another|nearby|frontline|district|military|army)\\s+)*(?:towns?|city|cities|villages?|bases?|airports?|districts?|capital|province|territory|hills?|checkpoints?|posts?|outposts?|ports?|border crossings?|headquarters|barracks|garrisons?|positions)\\b))\\b`,
    example: "Syrian government forces recaptured the town of Palmyra.",
    counterExamples: ["The photographer captured the moment on camera.", "The rebels captured world attention with the video.", "Police seized two tonnes of drugs at the port of Lagos."],
    needsAgent: true,
  },
  // "launched Operation 1027", "began Operation Olive Branch": a named operation put in motion.
  {
    rule: "named-operation-launched", keywords: ["operation"],
    type: "ground_operation", generic: true, caseSensitive: true, refersTo: ["ground_operation", "airstrike", "missile_strike", "shelling", "other"],
    pattern: `\\b(?:[Ll]aunch(?:ed|ing)|began|begun|started|conducted|carried out)\\s+(?:the\\s+|an?\\s+)?(?<t>Operation\\s+(?:[A-Z][\\w'’-]*|\\d+\\b))`,
    example: "The alliance launched Operation 1027 against army posts in northern Shan State on Friday.",
    counterExamples: ["Parliament debated the cost of Operation Barkhane on Friday."],
  },
  // "launched an operation", "the operation", "Wednesday's operation", "raids by special forces"
  {
    rule: "operation-noun", keywords: ["operation", "raid"],
    type: "ground_operation", retypedByGroundForces: true, refersTo: ["ground_operation", "airstrike", "missile_strike", "shelling", "other"],
    pattern: `\\b(?<t>operations?|raids?)\\b`,
    example: "special forces launched an operation near the border",
    counterExamples: ["A rescue operation continued in the flooded villages.", "The hospital's operations were suspended for lack of fuel."],
    generic: true,
  },

  // ---------------------------------------------------------------- clash
  // "clashes between the army and rebels", "heavy fighting erupted", "a firefight"
  {
    rule: "clash-word", keywords: ["clash", "fire", "gun", "skirmish", "ambush", "exchang", "fighting", "encounter", "fight"],
    type: "clash", needsConflictContext: true,
    pattern: `\\b(?<t>clash(?:es|ed)?|firefights?|fire-fights?|gunfights?|gun battles?|gunbattles?|skirmish(?:es|ed)?|ambush(?:ed|es)?|exchanges? of (?:fire|gunfire)|exchang(?:ed|ing) (?:fire|gunfire)|(?:heavy|fierce|intense|renewed|sporadic|bitter|street) fighting|fighting (?:between|(?:had |has )?(?:broke|broken) out|erupted|raged|flared|continued|intensified)|fights? between|(?:an?|the|fierce|brief|fresh|gun) encounters?|encounters? (?:with|between))\\b`,
    example: "clashes between the army and rebels left 12 dead",
    counterExamples: ["The two leaders clashed over the budget in parliament.", "Fans clashed with stewards after the match."],
  },
  // "shot down a Russian jet", "downed a drone"
  {
    rule: "shot-down", keywords: ["shot", "downed", "shoots"],
    type: "clash", downing: true,
    pattern: `\\b(?<t>shot down|downed|shoots down)\\s+(?:[\\w-]+\\s+){0,5}?(?:jets?|planes?|aircraft|drones?|helicopters?|warplanes?|UAVs?)\\b`,
    example: "Turkey shot down a Russian jet near the border",
    counterExamples: ["The court shot down the appeal on Monday."],
  },
  // "thwarted a pro-Houthi incursion", "repelled an attack": the attack happened and was fought off.
  {
    rule: "attack-repelled", keywords: ["thwarted", "repel", "repulsed"],
    type: "clash", needsConflictContext: true, repelled: true,
    pattern: `\\b(?<t>thwarted|repell?ed|repulsed)\\s+(?:(?:an?|the|their|its)\\s+)?(?:[\\w-]+\\s+){0,2}(?:attacks?|incursions?|assaults?|infiltration|advance|offensive)\\b`,
    example: "troops thwarted a rebel incursion near the town",
    counterExamples: ["The minister repelled attacks on his policy in parliament."],
  },
  // "forces killed 2 IS militants", "soldiers killed five insurgents"
  {
    rule: "forces-killed-fighters", keywords: ["killed"], caseSensitive: true,
    type: "clash",
    // Any named or armed subject: "forces killed", "soldiers of the 7 Division killed", "the
    // group's fighters killed"; the engine requires an agent.
    pattern: `(?<=\\b(?:forces|troops|soldiers|army|police|militants|fighters|rebels|commandos|[Dd]ivision|[Bb]rigade|[Bb]attalion|[Rr]egiment|units?|[A-Z][\\w'’.-]*)\\s+(?:(?:reportedly|also|had|have|has)\\s+)?)(?<t>killed)\\s+(?:(?:at least|some|about|around|nearly|more than)\\s+)?(?:\\d+|\\w+)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:militants|fighters|insurgents|rebels|soldiers|bombers|members|gunmen|terrorists|jihadists|troops|policemen|guerrillas|bandits)\\b`,
    needsAgent: true,
    example: "Iraqi forces killed two militants near Mosul",
    counterExamples: ["The forces killed in the battle were buried on Friday.", "Floods killed 12 soldiers at a camp near the river."],
  },
  // "shot and killed two soldiers", "was shot dead", "gunned down"
  {
    rule: "shooting", keywords: ["shot", "gunned", "fired", "sniper"],
    type: "clash", needsConflictContext: true,
    pattern: `\\b(?<t>shot and (?:killed|wounded|injured)|shot dead|gunned down|fired (?:with )?(?:unspecified|unknown|small) (?:weapons|arms)|sniper fire)\\b`,
    example: "a sniper shot and killed two soldiers",
    counterExamples: ["The film crew was shooting a documentary in the old town."],
  },
  // "repelled an attack", "repulsed their assault"
  { rule: "repelled", keywords: ["repel", "repulsed", "fought"], type: "clash", needsConflictContext: true, repelled: true, pattern: `\\b(?<t>repell?ed|repulsed|fought off)\\b`, counterExamples: ["The coating repelled water in the tests."], example: "Nigerien troops repelled the militants near Diffa.", needsAgent: true },
  // "fired heavy machine guns at", "opened fire on"
  {
    rule: "small-arms", keywords: ["fired", "firing", "opened", "shootout"],
    type: "clash", needsConflictContext: true,
    // Small arms listed after heavy weapons ("fired mortars and heavy machine guns") leave the fire to the heavy ones.
    pattern: `\\b(?<t>fir(?:ed|ing))\\s+(?:[\\w,.-]+\\s+){0,10}?${SMALL_ARMS}\\b|\\b(?<t3>fir(?:ed|ing))\\s+(?:(?!${HEAVY_FIRE}\\b)[\\w,.-]+\\s+){0,4}?${MACHINE_GUNS}\\b|\\b(?<t2>opened fire|shootouts?|fired (?:up)?on|fired at|(?:cross[- ]?bo(?:a)?rder|police|heavy|indiscriminate|intense|unprovoked|sporadic|random|retaliatory|celebratory) firing)\\b`,
    example: "militants opened fire on a checkpoint",
    counterExamples: ["The minister opened fire on his critics in a speech.", "The club fired its coach after the defeat."],
  },
  // "gunmen attacked", "an attack by militants", "attacked a convoy": the weapon in the clause decides the type
  {
    rule: "attack-word", keywords: ["attack"],
    type: "clash",
    pattern: `\\b(?<t>attack(?:s|ed|ing)?)\\b`,
    example: "Taliban fighters attacked a checkpoint",
    counterExamples: ["The minister died of a heart attack on Sunday.", "The opposition attacked the government's budget plan."],
    generic: true,
    needsAgent: true,
  },
  // "the strike", "strikes against IS", "struck an IS target", "hit four targets", "targeted Kurdish fighters"
  {
    rule: "strike-word", keywords: ["strike", "struck", "targeted", "targeting", "pounded", "hit"],
    type: "airstrike", refersTo: ["airstrike", "missile_strike", "shelling"],
    pattern: `\\b(?<t>strikes?|struck|targeted|targeting|pounded|hit)\\b`,
    example: "the United States struck an IS target in Syria",
    counterExamples: ["Teachers went on strike in Baghdad over unpaid salaries.", "The peace plan hit a snag after the talks in Geneva."],
    generic: true,
    needsAgent: true,
  },


  // ---------------------------------------------------------------- headline present tense
  // "ELN rebels bomb police station in Arauca", "Israel bombs Gaza" (a state's bombing is an airstrike).
  {
    rule: "headline-bomb", caseSensitive: true, keywords: ["bomb", "bombs"], type: "bombing", headlineOnly: true, needsAgent: true, airborneWithState: true,
    pattern: `${HEADLINE_SUBJECT}(?<t>[Bb]ombs?)\\b(?=\\s+[\\w'’-])`,
    example: "ELN rebels bomb police station in Arauca",
    counterExamples: ["Police find bomb near stadium in Lagos"],
  },
  // "RSF shells Khartoum's al-Kalakla", "Russian forces shell Kherson".
  {
    rule: "headline-shell", caseSensitive: true, keywords: ["shell", "shells"], type: "shelling", headlineOnly: true, needsAgent: true,
    pattern: `${HEADLINE_SUBJECT}(?<t>[Ss]hells?)\\b(?=\\s+[\\w'’-])`,
    example: "RSF shells Khartoum's al-Kalakla",
    counterExamples: ["Artillery shells found in a field near Verdun"],
  },
  // "Taliban kill 12 police in Kunduz", "Gunmen ambush convoy near Menaka": the weapon in the line decides the type.
  {
    rule: "headline-attack", caseSensitive: true, keywords: ["kill", "kills", "ambush", "ambushes"], type: "clash", headlineOnly: true, needsAgent: true, generic: true,
    pattern: `${HEADLINE_SUBJECT}(?<t>[Kk]ills?|[Aa]mbush(?:es)?)\\b(?=\\s+[\\w'’-])`,
    example: "Taliban kill 12 police in Kunduz",
    counterExamples: ["Heart attack kills former minister in Lagos"],
  },
  // "Israel hits Hezbollah sites in Lebanon", "Ukraine targets Russian depot in Crimea".
  {
    rule: "headline-strike", caseSensitive: true, keywords: ["hits", "targets"], type: "airstrike", headlineOnly: true, needsAgent: true, generic: true,
    refersTo: ["airstrike", "missile_strike", "shelling"],
    pattern: `${HEADLINE_SUBJECT}(?<t>[Hh]its|[Tt]argets)\\b(?=\\s+[\\w'’-])`,
    example: "Israel hits Hezbollah sites in southern Lebanon",
    counterExamples: ["Inflation hits record high in Ankara"],
  },
  // "fought al-Shabaab militants near Bal'ad", "troops battled rebels for hours".
  {
    rule: "fought-armed", keywords: ["fought", "battled", "engaged"], type: "clash", needsConflictContext: true,
    pattern: `\\b(?<t>fought|battled|engaged)\\s+(?:(?:the|suspected|rival)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:militants|fighters|rebels|insurgents|forces|troops|soldiers|gunmen|jihadists|army|militias?|militiamen|guerrillas)\\b`,
    example: "Somali troops fought al-Shabaab militants near Bal'ad on Thursday.",
    counterExamples: ["She fought for the rights of farmers in the province."],
  },
  // "launched 18 drones, two cruise missiles and one ballistic missile at ships": a salvo, typed by its weapons.
  {
    rule: "salvo-launched-at", keywords: ["drone", "uav", "missile", "rocket"], type: "missile_strike", generic: true,
    // The weapons come before the target ("... missiles at ships"); a target named first belongs to another verb.
    pattern: `\\b(?<t>launch(?:ed|ing)|fir(?:ed|ing))\\s+(?:(?!(?:at|against|into|toward|towards|on)\\b)[\\w,'’-]+\\s+){0,12}?(?:drones?|UAVs?|missiles?|rockets?)\\b(?=[\\w\\s,'’-]{0,60}?\\b(?:at|against|toward|towards|into)\\s)`,
    example: "The Houthis launched 18 drones, two cruise missiles and one ballistic missile at ships in the Red Sea.",
    counterExamples: ["The company launched two new models at the fair."],
  },

  // ---------------------------------------------------------------- other
  // "a failed coup", "the coup attempt", "a mutiny"
  {
    rule: "coup", keywords: ["coup", "putsch", "mutiny"],
    type: "other",
    pattern: `\\b(?<t>coup(?: attempt|\\s+d['’]\\S*)?|attempted coup|putsch|mutiny)\\b(?!\\s+(?:supporters|plotters?|plot|suspects|trials?))`,
    example: "Rogue soldiers staged a coup in Niamey on Tuesday.",
    counterExamples: ["Coup plotters were sentenced to prison on Monday.", "The striker scored a coup for the club."],
  },
];
