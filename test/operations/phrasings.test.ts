import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/pipeline.js";
import type { OperationType } from "../../src/types.js";

// Sentences written for this file, one phrasing each, with the type the event must get. They
// pin behaviours that no single rule's example shows: how weapons, support and stopped
// bombers decide a type.
function typesOf(content: string): OperationType[] {
  return extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).operations.map((o) => o.type);
}

describe("operations: the weapons and the fight decide the type", () => {
  it.each([
    ["security forces killing bombers is a clash", "Security forces killed three suicide bombers before they reached the checkpoint in Mosul.", "clash"],
    ["a South Asian 'encounter' is a clash", "Two militants were killed in an encounter with police in Pulwama district on Sunday.", "clash"],
    ["grenade launchers fired at positions are heavy weapons", "Separatist forces fired grenade launchers at army positions near Avdiivka.", "shelling"],
    ["an RPG fired at a post", "Rebels fired an RPG at a police post in Sirte on Friday.", "shelling"],
    ["mortars and machine guns together are shelling", "The militia fired mortars and heavy machine guns at the base near Tripoli.", "shelling"],
    ["small arms make a list of weapons a firefight", "Separatists fired grenade launchers, heavy machine guns and small arms at army positions near Avdiivka.", "clash"],
    ["a planted bomb", "A bomb planted by the Taliban wounded three soldiers in Kunar province.", "bombing"],
    ["crude bombs thrown", "Activists hurled crude bombs at a rally in Dhaka on Tuesday, injuring six people.", "bombing"],
    ["fired upon a person", "Gunmen fired upon a policeman outside the court in Shopian on Thursday.", "clash"],
    ["firing as a noun", "Two villagers were hurt in cross-border firing near Poonch on Friday.", "clash"],
    ["fire across the border", "A boy was killed by Indian fire across the Line of Control near Kotli.", "shelling"],
    ["fighting had broken out", "The rebels said fighting had broken out between their fighters and the army near Laukkai.", "clash"],
    ["a fight between armed factions", "A fight between two armed factions left three dead in the market of Kasba.", "clash"],
    ["aerial fire", "Militants were killed by jet fighter aerial fire in the Tirah valley.", "airstrike"],
    ["petrol bombs thrown", "Activists hurled petrol bombs at a bus in Dhaka, injuring five passengers.", "bombing"],
    ["pylons blown up", "Two power pylons were blown up by militants near Charsadda.", "bombing"],
    ["air support does not make a raid an airstrike", "The raid by police commandos, supported by the air force, killed four militants in Paktia.", "ground_operation"],
  ] as const)("%s", (_name, sentence, type) => {
    expect(typesOf(sentence)).toContain(type);
  });

  it.each([
    ["arrested bombers report no bombing", "Police arrested two would-be suicide bombers near the stadium in Kano."],
  ])("%s", (_name, sentence) => {
    expect(typesOf(sentence)).not.toContain("bombing");
  });
});

describe("operations: claims of responsibility name the agent", () => {
  const actorsOf = (content: string): Array<string | null> =>
    extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).operations.map((o) => o.actor);
  it.each([
    ["a claim after the report", "A roadside bomb killed three soldiers in South Waziristan on Monday. The Pakistani Taliban claimed responsibility in a statement.", "Tehreek-i-Taliban Pakistan"],
    ["a spokesman's claim", "Gunmen stormed a hotel in Mogadishu on Friday. Al-Shabaab spokesman Ali Dhere claimed responsibility for the siege.", "al-Shabaab"],
    ["responsibility claimed by", "A car bomb exploded near the market in Baghdad. Responsibility was claimed by the Islamic State.", "Islamic State"],
  ] as const)("%s", (_name, content, actor) => {
    expect(actorsOf(content)).toContain(actor);
  });
  it("does not give a claim to an event whose agent is named", () => {
    const content = "Turkish jets struck PKK positions near Qandil on Monday. The PKK claimed responsibility for an earlier ambush.";
    expect(actorsOf(content)[0]).toBe("Turkey");
  });
});

describe("operations: who acts, through a naming clause, a sponsor's modifier or a source", () => {
  const actorsOf = (content: string): Array<string | null> =>
    extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).operations.map((o) => o.actor);
  it.each([
    ["the army named the raid", "Israeli troops backed by tanks crossed the fence near Beit Hanoun overnight in what the army called a targeted raid.", "Israel"],
    ["its own name for the war", "Russia launched what it called a special military operation in Ukraine on Thursday.", "Russia"],
    ["called in air strikes", "Israeli troops called in air strikes on the camp in Jenin.", "Israel"],
    ["a sponsor before a hyphen does not act", "Iranian-backed Houthi rebels fired missiles at Jizan on Sunday.", "Houthis"],
    ["nor does it hide the group it backs", "Turkish-backed Syrian rebels attacked Kurdish fighters near Afrin.", "Syrian rebels"],
    ["fire from a group names its source", "A general was killed in Deir ez-Zor province, reportedly by mortar fire from the Islamic State.", "Islamic State"],
  ] as const)("%s", (_name, content, actor) => {
    expect(actorsOf(content)).toContain(actor);
  });
});

describe("operations: a headline participle is passive", () => {
  const of = (content: string) => extractDocument({ id: "t", path: "t", content, referenceDate: "2024-03-04" }).operations;
  it.each([
    ["UN convoy attacked near Goma\nThe convoy came under fire on Monday, the mission said.", "United Nations"],
    ["Russian base struck in Crimea\nThe base was hit overnight, officials said.", "Russia"],
  ] as const)("%s", (content, sufferer) => {
    const ops = of(content);
    expect(ops.map((o) => o.actor)).not.toContain(sufferer);
    expect(ops.map((o) => o.target)).toContain(sufferer);
  });
  it("an active headline keeps its subject", () => {
    expect(of("Houthis attacked ship in Red Sea, navy says\nThe Houthis fired two missiles at the tanker.").map((o) => o.actor)).toContain("Houthis");
  });
});

describe("operations: unnamed armed groups are no state's forces", () => {
  it("a headline seizure by resistance fighters does not merge with the state's operation", () => {
    const content = "Resistance fighters seize northern town in Shan State\n\nState media said on Saturday that security forces had conducted clearance operations near Lashio. " +
      "The Ta'ang National Liberation Army said its fighters captured the town of Namhsan on Thursday.";
    const ops = extractDocument({ id: "t", path: "t", content, referenceDate: "2024-02-11" }).operations;
    const seize = ops.find((o) => o.mentions.some((m) => m.text.includes("seize")));
    expect(seize?.actor ?? null, JSON.stringify(ops.map((o) => [o.actor, o.text]))).not.toBe("Myanmar");
  });
});
