/**
 * Role rules: how an event record's agent, target, place and time were read. Each operation
 * names, per attribute, the rule that filled it (`roles` in the output), so a wrong attribute
 * can be traced like a wrong item. The engines are in roles/*.ts and events.ts; this table
 * declares each rule once, with an example sentence and the value it gives (run end to end as
 * a test).
 */
export type Role = "actor" | "target" | "location" | "date";

export interface RoleRule {
  name: RoleRuleName;
  role: Role;
  example: string;
  /** The attribute's value on the example's operation. */
  value: string;
  /** The value comes from the sentence before, not from the mention's own: it adds nothing of the mention's own. */
  carried?: boolean;
  /** The value is a common noun ("market"), not an actor: it neither conflicts with nor outranks a named one. */
  commonNoun?: boolean;
  /** Sentences where the rule must not give `not` to any operation's attribute: the reading it must leave alone. */
  counterExamples?: readonly { text: string; not: string }[];
}

export type RoleRuleName =
  | "agent-by-phrase"
  | "agent-group-anaphor"
  | "agent-subject"
  | "agent-modifier"
  | "agent-pronoun"
  | "agent-capital"
  | "agent-by-earlier-in-sentence"
  | "agent-of-participle"
  | "agent-military-speaker"
  | "agent-attacker-of-repelled"
  | "agent-between"
  | "agent-claimant"
  | "agent-from-mention"
  | "target-passive-subject"
  | "target-victim-subject"
  | "target-object"
  | "target-group-anaphor"
  | "target-between"
  | "target-repelled-attacker"
  | "target-noun"
  | "target-from-mention"
  | "place-in-own-phrase"
  | "place-in-clause"
  | "place-earlier-in-sentence"
  | "place-from-mention"
  | "place-carried-from-sentence-before"
  | "time-in-clause"
  | "time-when-clause"
  | "time-earlier-in-sentence"
  | "time-from-mention"
  | "time-carried-from-sentence-before"
  | "time-deictic"
  | "time-publication-date";

export const ROLE_RULES: readonly RoleRule[] = [
  { name: "agent-by-phrase", role: "actor", example: "A roadside bomb blamed on Boko Haram killed three soldiers in Maiduguri.", value: "Boko Haram" },
  { name: "agent-group-anaphor", role: "actor", example: "Al-Shabaab fighters were seen near Afgoye. Hours later a checkpoint was attacked by the group.", value: "al-Shabaab" },
  {
    name: "agent-subject", role: "actor", example: "Ethiopian troops launched an offensive on Mekelle on Saturday.", value: "Ethiopia",
    counterExamples: [
      // A speaker, judge or investigator of the action is not its agent.
      { text: "A bomb exploded outside a bakery in Lyon on Friday, in what French President Emmanuel Macron called an attack.", not: "France" },
      { text: "A bomb exploded outside a bakery in Lyon on Friday. French President Emmanuel Macron called it an attack.", not: "France" },
      { text: "Kenyan police are hunting a man who left a bag containing a device that exploded at a bus stop in Nairobi.", not: "Kenya" },
    ],
  },
  { name: "agent-modifier", role: "actor", example: "Israeli airstrikes hit Hamas positions in Khan Younis on Monday.", value: "Israel" },
  { name: "agent-pronoun", role: "actor", example: "The Taliban claimed the raid. It said its fighters had stormed a police checkpoint in Kunduz.", value: "Taliban" },
  { name: "agent-capital", role: "actor", example: "Russian drones hit Kharkiv as Kyiv presses its counteroffensive near Kherson, Ukraine's army said.", value: "Ukraine" },
  {
    name: "agent-of-participle", role: "actor",
    example: "The ministry said four Royal Air Force jets took part, bombing two sites near Bani in Hajjah province.",
    value: "United Kingdom",
  },
  {
    name: "agent-military-speaker", role: "actor",
    example: "The Nigerian army said air strikes killed dozens of fighters near Lake Chad on Sunday.",
    value: "Nigeria",
    counterExamples: [
      { text: "The Iraqi military said a drone strike hit its base near Baghdad on Sunday.", not: "Iraq" },
      { text: "The Israeli military said rockets were fired at Sderot on Sunday.", not: "Israel" },
    ],
  },
  { name: "agent-by-earlier-in-sentence", role: "actor", example: "It was the first incursion by Turkish special forces since a brief operation in 2015.", value: "Turkey" },
  { name: "agent-attacker-of-repelled", role: "actor", example: "Repelled an attack by al-Shabaab on the base near Afgoye overnight, the army said.", value: "al-Shabaab" },
  {
    name: "agent-claimant",
    role: "actor",
    example: "A car bomb exploded outside a hotel in Mogadishu on Friday, killing six people. Al-Shabaab claimed responsibility for the bombing.",
    value: "al-Shabaab",
  },
  {
    name: "agent-from-mention",
    role: "actor",
    example: "A drone strike hit a car near Jilib on Monday. The US military said its drone strike near Jilib killed two militants.",
    value: "United States",
  },
  { name: "agent-between", role: "actor", example: "Heavy fighting between the Sudanese army and the Rapid Support Forces broke out in Omdurman on Sunday.", value: "Sudan" },
  { name: "target-between", role: "target", example: "Heavy fighting between the Sudanese army and the Rapid Support Forces broke out in Omdurman on Sunday.", value: "Rapid Support Forces" },
  { name: "target-passive-subject", role: "target", example: "Houthi positions in Marib were hit by Saudi-led coalition air strikes.", value: "Houthis" },
  { name: "target-victim-subject", role: "target", example: "Fourteen Taliban fighters were killed in Afghan air strikes in Helmand.", value: "Taliban" },
  {
    name: "target-object", role: "target", example: "Jihadists ambushed a Malian army convoy near Menaka.", value: "Mali",
    // A name in a later phrase of the clause is no object: "on Friday, in what ... called".
    counterExamples: [{ text: "A bomb exploded outside a bakery in Lyon on Friday, in what French President Emmanuel Macron called an attack.", not: "France" }],
  },
  { name: "target-noun", role: "target", commonNoun: true, example: "A suicide bomber struck a crowded market in Maiduguri, killing 12 people.", value: "market" },
  { name: "target-group-anaphor", role: "target", example: "Boko Haram fighters raided a village near Konduga. Nigerian jets later carried out strikes against the group.", value: "Boko Haram" },
  { name: "target-repelled-attacker", role: "target", example: "Nigerian troops repelled an attack by Boko Haram on a base near Monguno.", value: "Boko Haram" },
  {
    name: "target-from-mention",
    role: "target",
    example: "Turkish jets struck targets near Qandil on Monday. The strikes on PKK positions near Qandil lasted two hours, Turkey said.",
    value: "Kurdistan Workers' Party",
  },
  { name: "place-in-own-phrase", role: "location", example: "Ukrainian forces repelled attacks near Bakhmut and struck depots in Melitopol on Sunday.", value: "Melitopol" },
  { name: "place-in-clause", role: "location", example: "A car bomb exploded near a checkpoint in Mogadishu, killing five people.", value: "Mogadishu" },
  { name: "place-earlier-in-sentence", role: "location", example: "In Marib, Houthi fighters fired rockets at a government camp on Sunday.", value: "Marib" },
  { name: "place-from-mention", role: "location", example: "Israeli jets struck Gaza overnight. The strikes hit a house in Rafah, killing four people.", value: "Rafah" },
  {
    name: "place-carried-from-sentence-before",
    role: "location",
    carried: true,
    example: "Fighting broke out in Kadugli on Monday. Government forces shelled residential areas, killing three civilians.",
    value: "Kadugli",
  },
  { name: "time-in-clause", role: "date", example: "Ethiopian troops launched an offensive on Mekelle on 28 November 2020.", value: "2020-11-28" },
  { name: "time-when-clause", role: "date", example: "The city has been quiet since October 2017, when Kurdish forces captured Raqqa.", value: "2017-10" },
  { name: "time-earlier-in-sentence", role: "date", example: "On 4 May 2020, suspected Israeli warplanes carried out 15 raids near Albu Kamal.", value: "2020-05-04" },
  {
    name: "time-from-mention",
    role: "date",
    example: "Jets struck a market in Ariha, rescuers said. The airstrike on Ariha on 12 March 2021 killed nine people.",
    value: "2021-03-12",
  },
  {
    name: "time-carried-from-sentence-before",
    role: "date",
    carried: true,
    example: "On 9 March 2021, militants stormed a village near Tillaberi. They shot dead 14 villagers and set fire to granaries.",
    value: "2021-03-09",
  },
  { name: "time-deictic", role: "date", example: "BAGHDAD, March 3, 2021 - A roadside bomb exploded in Baghdad today, killing two soldiers.", value: "2021-03-03" },
  {
    name: "time-publication-date",
    role: "date",
    example: "March 3, 2021\n\nA roadside bomb has killed two soldiers in the Iraqi city of Fallujah, police said.",
    value: "2021-03-03",
  },
];

const BY_NAME: ReadonlyMap<RoleRuleName, RoleRule> = new Map(ROLE_RULES.map((r) => [r.name, r]));

/** Whether the role rule that filled an attribute has a flag. */
export function roleFlag(name: RoleRuleName | null, flag: "carried" | "commonNoun"): boolean {
  return name !== null && BY_NAME.get(name)?.[flag] === true;
}
