/**
 * Nationality adjectives → the state's canonical name, for the modifier right before a
 * trigger ("Turkish airstrikes", "Russian strikes", "Israeli warplanes") when the actors
 * extractor has not marked the adjective itself. Used only when an actor of that name is
 * in the document's context, so the canonical name always comes from the actors extractor.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: "Afghanistan", algerian: "Algeria", american: "United States", "u.s.": "United States", us: "United States",
  armenian: "Armenia", azerbaijani: "Azerbaijan", azeri: "Azerbaijan", british: "United Kingdom", burmese: "Myanmar",
  cameroonian: "Cameroon", chadian: "Chad", chinese: "China", colombian: "Colombia", congolese: "Democratic Republic of the Congo",
  egyptian: "Egypt", emirati: "United Arab Emirates", eritrean: "Eritrea", ethiopian: "Ethiopia", french: "France",
  german: "Germany", indian: "India", iranian: "Iran", iraqi: "Iraq", israeli: "Israel", jordanian: "Jordan",
  kenyan: "Kenya", lebanese: "Lebanon", libyan: "Libya", malian: "Mali", mozambican: "Mozambique", nigerian: "Nigeria",
  nigerien: "Niger", pakistani: "Pakistan", palestinian: "Palestine", russian: "Russia", saudi: "Saudi Arabia",
  somali: "Somalia", sudanese: "Sudan", syrian: "Syria", turkish: "Turkey", ugandan: "Uganda", ukrainian: "Ukraine",
  yemeni: "Yemen", burkinabe: "Burkina Faso", qatari: "Qatar", jordan: "Jordan",
};
