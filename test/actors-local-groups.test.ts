// Local parties and armed groups no lexicon lists (scan-local-groups.ts). Sentences are our own.
import { describeActorMentions, describeNotActors, type MentionCase } from "./support/actors.js";

const POSITIVE: ReadonlyArray<MentionCase> = [
  // acronym-definition, defined-acronym
  ["Members of the Kisumu Youth Front (KYF) blocked the road. KYF cadres later burned tyres.", "Kisumu Youth Front", "Kisumu Youth Front", "armed_group", "acronym-definition"],
  ["Members of the Kisumu Youth Front (KYF) blocked the road. KYF cadres later burned tyres.", "KYF", "Kisumu Youth Front", "armed_group", "defined-acronym"],
  ["Police raided the office of the Jatiya Gana Party (JGP) in Sylhet, and JGP activists protested.", "JGP", "Jatiya Gana Party", "organization", "defined-acronym"],
  ["Three guards of the peace committee Ansarul Haq (AH) were hurt. The AH gunmen returned fire.", "AH", "Ansarul Haq", "armed_group", "defined-acronym"],
  // a defined acronym of a listed group joins that group
  ["The Islamic State (IS) claimed the blast. IS fighters had planted it.", "IS", "Islamic State", "armed_group", "lexicon-named"],
  // acronym-members
  ["At least four KNP activists were injured in a clash with police in Rangpur.", "KNP", "KNP", "organization", "acronym-members"],
  ["A senior KMK official was stabbed outside his house.", "KMK", "KMK", "organization", "acronym-members"],
  ["Two ZLF militants were killed in an encounter near the river.", "ZLF", "ZLF", "armed_group", "acronym-members"],
  ["Unknown men fired at the house of an UPP-K's MLA overnight.", "UPP-K", "UPP-K", "organization", "acronym-members"],
  ["Workers of the PDM gathered at the square.", "PDM", "PDM", "organization", "acronym-members"],
  // acronym-subject
  ["The UPRM said its offices were attacked.", "UPRM", "UPRM", "organization", "acronym-subject"],
  // local-group-head
  ["A Gano Forum Party leader was beaten by rivals in Comilla.", "Gano Forum Party", "Gano Forum Party", "organization", "local-group-head"],
  ["Angry Liberal League supporters blocked the highway.", "Liberal League", "Liberal League", "organization", "local-group-head"],
  ["Fighters loyal to the Kalu Bahini attacked the camp.", "Kalu Bahini", "Kalu Bahini", "armed_group", "local-group-head"],
  ["The Nepal Sadbhavana Party said the rally was dispersed.", "Nepal Sadbhavana Party", "Nepal Sadbhavana Party", "organization", "local-group-head"],
  ["Supporters of the Kendra party clashed with police.", "Kendra party", "Kendra Party", "organization", "local-group-head"],
  // members-of-group
  ["Supporters of the Rastriya Sadbhavana Manch torched a bus.", "Rastriya Sadbhavana Manch", "Rastriya Sadbhavana Manch", "organization", "members-of-group"],
  // name-members
  ["Rival groups of Jubo-Shibir activists clashed on the campus.", "Jubo-Shibir", "Jubo-Shibir", "organization", "name-members"],
  ["Police said Ittehad-Milli militants fired at the post.", "Ittehad-Milli", "Ittehad-Milli", "armed_group", "name-members"],
];

describeActorMentions("local groups: named by acronym or pattern", POSITIVE);

const NEGATIVE: ReadonlyArray<readonly [string, string]> = [
  // measures, weapons, offices, agencies and countries' abbreviations are no parties
  ["An IED exploded near the market, killing two.", "IED"],
  ["The SHO said the IED was planted overnight.", "SHO"],
  ["The MP said gunmen attacked the convoy.", "MP"],
  ["AFP reported that the strike killed five.", "AFP"],
  ["UK officials said the talks failed.", "UK"],
  ["The 82 mm mortar rounds hit the town.", "MM"],
  // common capitalised words, religions and institutions
  ["Opposition activists marched in the capital.", "Opposition"],
  ["Angry supporters set fire to the office.", "Angry"],
  ["Hindu activists blocked the road in the town.", "Hindu"],
  ["Human rights activists condemned the killing.", "Human"],
  ["Members of the National Assembly walked out.", "National Assembly"],
  ["Supporters of the President gathered outside the court.", "President"],
  ["Kashmiri militants attacked a patrol.", "Kashmiri"],
  ["BCL activists of Shahid Zia Rahman Hall clashed.", "Shahid Zia Rahman Hall"],
  // a state's force defined by acronym stays the state's
  ["Troops of the Border Guard Battalion (BGB) fired at smugglers.", "Border Guard Battalion"],
  // a listed group keeps its members
  ["Seven Taliban militants were killed in the raid.", "Seven Taliban"],
  // former states' unions, Title Case headlines
  ["The Soviet Union invaded Afghanistan in 1979.", "Soviet Union"],
  ["Gunmen Storm Ruling Party Office In Lagos\n\nGunmen stormed an office in Lagos.", "Ruling Party"],
  ["Gunmen Storm Kendra Party Office In Lagos\n\nGunmen stormed an office in Lagos.", "Kendra Party"],
];

describeNotActors("local groups: not parties or groups", NEGATIVE);
