/**
 * Capitals that stand for their state's government when they act ("as Kyiv presses its
 * counteroffensive", "Moscow launched strikes"): lower-cased name → the state's canonical name.
 * A capital that acts is the actor, not where the action happened. The state becomes the actor
 * only when the actors extractor lists it, so canonical names still come from there.
 */
export const CAPITAL_STATES: Readonly<Record<string, string>> = {
  kyiv: "Ukraine", kiev: "Ukraine", moscow: "Russia", ankara: "Turkey", washington: "United States",
  tehran: "Iran", damascus: "Syria", baghdad: "Iraq", riyadh: "Saudi Arabia", "abu dhabi": "United Arab Emirates",
  cairo: "Egypt", beijing: "China", paris: "France", london: "United Kingdom", berlin: "Germany", kabul: "Afghanistan",
  islamabad: "Pakistan", "new delhi": "India", bamako: "Mali", niamey: "Niger", ouagadougou: "Burkina Faso",
  khartoum: "Sudan", mogadishu: "Somalia", "addis ababa": "Ethiopia", nairobi: "Kenya", abuja: "Nigeria",
  naypyidaw: "Myanmar", "nay pyi taw": "Myanmar", doha: "Qatar", amman: "Jordan", beirut: "Lebanon",
  "n'djamena": "Chad", yerevan: "Armenia", baku: "Azerbaijan", minsk: "Belarus", tbilisi: "Georgia",
  algiers: "Algeria", rabat: "Morocco", tunis: "Tunisia", kinshasa: "Democratic Republic of the Congo",
  kampala: "Uganda", asmara: "Eritrea", juba: "South Sudan", maputo: "Mozambique", yaounde: "Cameroon",
  "yaoundé": "Cameroon",
};
