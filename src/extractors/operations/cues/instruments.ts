import type { OperationType } from "../../../types.js";

/** Weapons, aircraft and vehicles named in a clause: they refine a generic trigger's type and fill `instrument`. */
export interface InstrumentEntry {
  words: readonly string[];
  instrument: string;
  type: OperationType;
}

export const INSTRUMENTS: readonly InstrumentEntry[] = [
  { words: ["cruise missile", "cruise missiles"], instrument: "cruise missiles", type: "missile_strike" },
  { words: ["ballistic missile", "ballistic missiles"], instrument: "ballistic missiles", type: "missile_strike" },
  { words: ["anti-tank missile", "anti-tank missiles", "anti-tank guided missile", "anti-tank guided missiles", "ATGM", "ATGMs"], instrument: "anti-tank missiles", type: "missile_strike" },
  { words: ["missile", "missiles"], instrument: "missiles", type: "missile_strike" },
  { words: ["drone", "drones", "UAV", "UAVs", "unmanned aerial vehicle"], instrument: "drone", type: "airstrike" },
  { words: ["helicopter", "helicopters", "gunship", "gunships", "helicopter gunships"], instrument: "helicopters", type: "airstrike" },
  {
    words: ["fighter jets", "fighter jet", "jet fighter", "jet fighters", "jets", "jet", "warplane", "warplanes", "war planes",
      "bombers", "aircraft", "air force", "planes", "F-16", "F-16s", "Rafale", "Mirage", "Sukhoi", "aviation"],
    instrument: "fighter jets",
    type: "airstrike",
  },
  { words: ["artillery", "howitzer", "howitzers", "artillery shells"], instrument: "artillery", type: "shelling" },
  // "a shell hit their base", "shells landed": a lone shell is artillery or tank fire.
  { words: ["shell", "shells"], instrument: "artillery", type: "shelling" },
  { words: ["mortar", "mortars", "mortar shells", "mortar rounds"], instrument: "mortar", type: "shelling" },
  { words: ["rocket", "rockets", "Grad", "Katyusha", "rocket launchers"], instrument: "rockets", type: "shelling" },
  { words: ["grenade launcher", "grenade launchers", "RPG", "RPGs", "rocket-propelled grenade", "rocket-propelled grenades", "IFVs", "BMPs"], instrument: "grenade launchers", type: "shelling" },
  { words: ["tank", "tanks", "tank fire"], instrument: "tanks", type: "shelling" },
  { words: ["IED", "IEDs", "roadside bomb", "landmine", "landmines", "land mine", "explosive device", "car bomb", "suicide vest", "explosives", "suicide"], instrument: "explosives", type: "bombing" },
  { words: ["grenade", "grenades", "hand grenade"], instrument: "grenade", type: "bombing" },
  // Ground forces decide only a generic "operation" or "raid" (a ground raid, not an air raid).
  { words: ["special units", "gendarmerie", "special forces", "ground forces", "ground troops", "troops", "commandos", "infantry", "soldiers", "paratroopers", "marines", "security forces", "security personnel", "police commandos"], instrument: "ground forces", type: "ground_operation" },
  { words: ["small arms", "machine guns", "machine gun", "rifles", "guns", "gunmen", "gunfire", "gunshots"], instrument: "small arms", type: "clash" },
];

// "an operation by police special units supported by the air force": the support does not
// make the operation an airstrike. The phrase is blanked before instruments are looked for.
export const SUPPORT_PHRASE = /\b(?:supported|backed|aided|assisted|covered|escorted|helped|accompanied)\s+by\s+[^,;:.()]{1,60}/gi;

// Aircraft named in a sentence: "four Typhoon jets took part, bombing two sites".
export const AIRCRAFT = /\b(?:warplanes?|war planes|jets?|aircraft|bombers?|helicopters?|gunships?|drones?|air force|F-\d+s?|Typhoons?|Tornados?|Rafales?|Sukhois?|MiGs?)\b/i;
