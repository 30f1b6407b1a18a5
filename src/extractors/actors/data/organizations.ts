// International organisations, coalitions and peace missions. Coalitions led by one state are also
// caught by pattern ("X-led coalition"); the entries here give them one canonical name.
import type { NamedActorEntry } from "./types.js";

export const ORGANIZATIONS: readonly NamedActorEntry[] = [
  { name: "US-led coalition", type: "organization", aliases: ["US-led coalition", "U.S.-led coalition", "Global Coalition to Defeat ISIS", "Global Coalition against Daesh", "anti-ISIS coalition", "anti-IS coalition", "anti-ISIL coalition", "Combined Joint Task Force–Operation Inherent Resolve", "Combined Joint Task Force-Operation Inherent Resolve", "Combined Joint Task Force - Operation Inherent Resolve", "CJTF-OIR", "CJTF–OIR"] },
  { name: "Saudi-led coalition", type: "organization", country: "YE", aliases: ["Saudi-led coalition", "Saudi-led Arab coalition", "Arab coalition", "Coalition to Restore Legitimacy in Yemen", "Operation Restoring Hope"] },
  { name: "NATO", type: "organization", aliases: ["NATO", "North Atlantic Treaty Organization", "Nato", "ISAF", "Resolute Support"] },
  { name: "United Nations", type: "organization", aliases: ["United Nations", "UN", "U.N.", "UN Security Council", "U.N. Security Council", "Security Council", "UNHCR", "UNICEF", "World Food Programme", "WFP"] },
  // OCHA speaks for itself (its reports and figures are coded to it, not to the UN at large), so it
  // is its own actor. UNHCR, UNICEF and WFP still fold into the UN above: not yet reviewed.
  { name: "UN Office for the Coordination of Humanitarian Affairs", type: "organization", aliases: ["UN Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs", "U.N. Office for the Coordination of Humanitarian Affairs", "OCHA", "UN humanitarian office", "U.N. humanitarian office", "UN humanitarian agency", "UN aid office"] },
  { name: "European Union", type: "organization", aliases: ["European Union", "EU", "E.U."] },
  { name: "African Union", type: "organization", aliases: ["African Union", "AU"] },
  { name: "AMISOM", type: "organization", country: "SO", aliases: ["AMISOM", "African Union Mission in Somalia", "ATMIS", "African Union Transition Mission in Somalia", "AUSSOM"] },
  { name: "MINUSMA", type: "organization", country: "ML", aliases: ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali"] },
  { name: "MONUSCO", type: "organization", country: "CD", aliases: ["MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"] },
  { name: "MINUSCA", type: "organization", country: "CF", aliases: ["MINUSCA"] },
  { name: "UNMISS", type: "organization", country: "SS", aliases: ["UNMISS", "United Nations Mission in South Sudan", "UN Mission in South Sudan"] },
  { name: "UNIFIL", type: "organization", country: "LB", aliases: ["UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon"] },
  { name: "UNSMIL", type: "organization", country: "LY", aliases: ["UNSMIL", "United Nations Support Mission in Libya", "UN Support Mission in Libya"] },
  { name: "UNAMA", type: "organization", country: "AF", aliases: ["UNAMA", "United Nations Assistance Mission in Afghanistan", "UN Assistance Mission in Afghanistan"] },
  { name: "International Organization for Migration", type: "organization", aliases: ["International Organization for Migration", "International Organisation for Migration", "IOM"] },
  { name: "OSCE", type: "organization", aliases: ["OSCE", "Organization for Security and Co-operation in Europe", "OSCE SMM", "Special Monitoring Mission"] },
  { name: "Southern African Development Community", type: "organization", aliases: ["Southern African Development Community", "SADC", "SAMIM", "SADC Mission in Mozambique", "SADC mission"] },
  // Rival and opposition governments that are neither a state's army nor an armed group.
  { name: "National Unity Government", type: "organization", country: "MM", aliases: ["National Unity Government", "NUG", "National Unity Government of Myanmar"] },
  { name: "Presidential Leadership Council", type: "organization", country: "YE", aliases: ["Presidential Leadership Council", "Presidential Council of Yemen"] },
  { name: "ECOWAS", type: "organization", aliases: ["ECOWAS", "Economic Community of West African States"] },
  { name: "G5 Sahel", type: "organization", aliases: ["G5 Sahel", "G5 Sahel Joint Force"] },
  { name: "Multinational Joint Task Force", type: "organization", aliases: ["Multinational Joint Task Force", "Multi-National Joint Task Force", "MNJTF"] },
  { name: "Operation Barkhane", type: "organization", country: "ML", aliases: ["Operation Barkhane", "Barkhane", "Takuba", "Task Force Takuba"] },
  { name: "Arab League", type: "organization", aliases: ["Arab League", "League of Arab States"] },
  { name: "Gulf Cooperation Council", type: "organization", aliases: ["Gulf Cooperation Council", "GCC"] },
  { name: "International Committee of the Red Cross", type: "organization", aliases: ["International Committee of the Red Cross", "ICRC", "Red Cross", "Red Crescent"] },
  { name: "Medecins Sans Frontieres", type: "organization", aliases: ["Medecins Sans Frontieres", "Médecins Sans Frontières", "Doctors Without Borders", "MSF"] },
  { name: "Human Rights Watch", type: "organization", aliases: ["Human Rights Watch", "HRW"] },
  { name: "Amnesty International", type: "organization", aliases: ["Amnesty International", "Amnesty"] },
  { name: "Syrian Observatory for Human Rights", type: "organization", country: "SY", aliases: ["Syrian Observatory for Human Rights", "Syrian Observatory", "SOHR"] },
  { name: "White Helmets", type: "organization", country: "SY", aliases: ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence"] },
  { name: "International Criminal Court", type: "organization", aliases: ["International Criminal Court", "ICC"] },
  { name: "IAEA", type: "organization", aliases: ["IAEA", "International Atomic Energy Agency"] },
  { name: "Collective Security Treaty Organization", type: "organization", aliases: ["Collective Security Treaty Organization", "CSTO"] },
];
