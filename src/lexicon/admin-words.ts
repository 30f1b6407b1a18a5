/**
 * Administrative words that only some countries use: a text that writes "upazila" is about
 * Bangladesh, "tambon" about Thailand, "woreda" about Ethiopia. Lower case; each with the
 * countries (ISO 3166-1 alpha-2) whose administrations use it. Words several countries share
 * ("district", "province", "township") are left out.
 * EXAMPLES: "Munshiganj sadar upazila" → BD; "tambon Bacho" → TH; "Kalu woreda" → ET.
 */
export const COUNTRY_ADMIN_WORDS: ReadonlyArray<{ words: readonly string[]; countries: readonly string[] }> = [
  { words: ["upazila", "upazilas", "upzila", "upozila", "union parishad", "zila"], countries: ["BD"] },
  { words: ["tehsil", "tehsils"], countries: ["PK", "IN"] },
  { words: ["taluk", "taluka", "taluks", "mandal"], countries: ["IN"] },
  { words: ["tambon", "amphoe", "changwat"], countries: ["TH"] },
  { words: ["woreda", "woredas", "kebele", "kebeles"], countries: ["ET"] },
  { words: ["local government area", "lga"], countries: ["NG"] },
  { words: ["barangay", "barangays"], countries: ["PH"] },
  { words: ["kecamatan", "kabupaten"], countries: ["ID"] },
  { words: ["gaunpalika", "nagarpalika", "village development committee"], countries: ["NP"] },
  { words: ["village tract"], countries: ["MM"] },
];
