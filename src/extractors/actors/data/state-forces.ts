// Named forces and institutions of a state that do not carry its name or demonym. A mention is a
// mention of the state, with the force kept as its unit ("Tatmadaw" → Myanmar, unit Tatmadaw).
export const NAMED_STATE_FORCES: ReadonlyArray<{ form: string; iso: string }> = [
  { form: "Syrian Arab Army", iso: "SY" }, { form: "Tatmadaw", iso: "MM" },
  { form: "Israel Defense Forces", iso: "IL" }, { form: "Israeli Defense Forces", iso: "IL" }, { form: "IDF", iso: "IL" },
  { form: "Shin Bet", iso: "IL" }, { form: "Mossad", iso: "IL" },
  { form: "Sudanese Armed Forces", iso: "SD" }, { form: "SAF", iso: "SD" },
  { form: "Islamic Revolutionary Guard Corps", iso: "IR" }, { form: "Revolutionary Guard Corps", iso: "IR" },
  { form: "Revolutionary Guards", iso: "IR" }, { form: "IRGC", iso: "IR" }, { form: "Quds Force", iso: "IR" }, { form: "Basij", iso: "IR" },
  { form: "FAMa", iso: "ML" }, { form: "FARDC", iso: "CD" }, { form: "ANDSF", iso: "AF" }, { form: "Afghan National Army", iso: "AF" },
  { form: "National Directorate of Security", iso: "AF" }, { form: "Iraqi Security Forces", iso: "IQ" }, { form: "ISF", iso: "IQ" },
  { form: "Counter Terrorism Service", iso: "IQ" }, { form: "Counter-Terrorism Service", iso: "IQ" },
  { form: "Somali National Army", iso: "SO" }, { form: "Armed Forces of Ukraine", iso: "UA" }, { form: "SBU", iso: "UA" },
  // Units of Ukraine's National Guard since 2014/2023, whatever their volunteer past.
  { form: "Azov Brigade", iso: "UA" }, { form: "Azov Regiment", iso: "UA" },
  { form: "FSB", iso: "RU" }, { form: "GRU", iso: "RU" }, { form: "CIA", iso: "US" }, { form: "CENTCOM", iso: "US" },
  { form: "US Central Command", iso: "US" }, { form: "U.S. Central Command", iso: "US" }, { form: "AFRICOM", iso: "US" },
  { form: "US Africa Command", iso: "US" }, { form: "U.S. Africa Command", iso: "US" }, { form: "MI6", iso: "GB" },
  { form: "Royal Air Force", iso: "GB" }, { form: "RAF", iso: "GB" }, { form: "Bundeswehr", iso: "DE" },
  { form: "Rashtriya Rifles", iso: "IN" }, { form: "Assam Rifles", iso: "IN" }, { form: "Border Security Force", iso: "IN" },
  { form: "Frontier Corps", iso: "PK" }, { form: "Pakistan Air Force", iso: "PK" }, { form: "Pak Airforce", iso: "PK" }, { form: "Pak Air Force", iso: "PK" },
  { form: "Pak Army", iso: "PK" }, { form: "Inter-Services Public Relations", iso: "PK" }, { form: "ISPR", iso: "PK" }, { form: "Inter-Services Intelligence", iso: "PK" }, { form: "Rapid Action Battalion", iso: "BD" }, { form: "Border Guard Bangladesh", iso: "BD" }, { form: "Central Reserve Police Force", iso: "IN" }, { form: "CRPF", iso: "IN" },
  // Pakistan: paramilitary, tribal and counter-terrorism forces ("Rangers" alone is a team's name).
  { form: "Sindh Rangers", iso: "PK" }, { form: "Punjab Rangers", iso: "PK" }, { form: "Balochistan Levies", iso: "PK" },
  { form: "Levies Force", iso: "PK" }, { form: "Khasadar", iso: "PK" }, { form: "Khassadar", iso: "PK" }, { form: "Khasadar Force", iso: "PK" },
  { form: "Frontier Constabulary", iso: "PK" }, { form: "Counter Terrorism Department", iso: "PK" }, { form: "Counter-Terrorism Department", iso: "PK" }, { form: "CTD", iso: "PK" },
  // India: central armed police, agencies and state anti-Maoist units. "STF" is left out: Sri Lanka's police has one too.
  { form: "Indo-Tibetan Border Police", iso: "IN" }, { form: "ITBP", iso: "IN" }, { form: "Sashastra Seema Bal", iso: "IN" }, { form: "SSB", iso: "IN" },
  { form: "Central Industrial Security Force", iso: "IN" }, { form: "CISF", iso: "IN" }, { form: "National Investigation Agency", iso: "IN" }, { form: "NIA", iso: "IN" },
  { form: "Commando Battalion for Resolute Action", iso: "IN" }, { form: "District Reserve Guard", iso: "IN" },
  { form: "Research and Analysis Wing", iso: "IN" }, { form: "BSF", iso: "IN" },
  // Bangladesh
  { form: "Ansar-VDP", iso: "BD" }, { form: "Ansar and Village Defence Party", iso: "BD" }, { form: "Bangladesh Ansar", iso: "BD" }, { form: "DGFI", iso: "BD" },
  { form: "Directorate General of Forces Intelligence", iso: "BD" }, { form: "RAB", iso: "BD" }, { form: "BGB", iso: "BD" },
  // Myanmar
  { form: "Sit-Tat", iso: "MM" }, { form: "Sit Tat", iso: "MM" },
  // Nigeria and Cameroon. The Civilian JTF is a militia the state backs, not its force (armed-groups.ts).
  { form: "Department of State Services", iso: "NG" }, { form: "DSS", iso: "NG" }, { form: "State Security Service", iso: "NG" },
  { form: "Nigeria Security and Civil Defence Corps", iso: "NG" }, { form: "Nigerian Security and Civil Defence Corps", iso: "NG" }, { form: "NSCDC", iso: "NG" },
  { form: "Rapid Intervention Battalion", iso: "CM" }, { form: "BIR", iso: "CM" }, { form: "Bataillon d'Intervention Rapide", iso: "CM" },
  // East Africa and the Horn
  { form: "Kenya Defence Forces", iso: "KE" }, { form: "Kenya Defense Forces", iso: "KE" }, { form: "KDF", iso: "KE" }, { form: "General Service Unit", iso: "KE" }, { form: "GSU", iso: "KE" },
  { form: "National Intelligence and Security Agency", iso: "SO" }, { form: "NISA", iso: "SO" }, { form: "Danab", iso: "SO" }, { form: "Gorgor", iso: "SO" },
  { form: "Ethiopian National Defense Force", iso: "ET" }, { form: "Ethiopian National Defence Force", iso: "ET" }, { form: "ENDF", iso: "ET" },
  { form: "National Intelligence and Security Service", iso: "SD" }, { form: "NISS", iso: "SD" },
  { form: "South Sudan People's Defence Forces", iso: "SS" }, { form: "South Sudan People's Defense Forces", iso: "SS" }, { form: "SSPDF", iso: "SS" },
  { form: "Uganda People's Defence Force", iso: "UG" }, { form: "Uganda People's Defence Forces", iso: "UG" }, { form: "Rwanda Defence Force", iso: "RW" },
  { form: "FACA", iso: "CF" }, { form: "FADM", iso: "MZ" },
  // Israel: units and services named on their own.
  { form: "Magav", iso: "IL" }, { form: "Yamam", iso: "IL" }, { form: "Shabak", iso: "IL" }, { form: "Golani Brigade", iso: "IL" }, { form: "Givati Brigade", iso: "IL" },
  { form: "Nahal Brigade", iso: "IL" }, { form: "Duvdevan", iso: "IL" }, { form: "Shayetet 13", iso: "IL" }, { form: "Sayeret Matkal", iso: "IL" }, { form: "Unit 8200", iso: "IL" },
  // Russia. The Wagner Group is no state force (armed-groups.ts).
  { form: "Rosgvardia", iso: "RU" }, { form: "Rosgvardiya", iso: "RU" }, { form: "VDV", iso: "RU" }, { form: "Akhmat special forces", iso: "RU" }, { form: "Akhmat battalion", iso: "RU" },
  { form: "Kadyrovites", iso: "RU" }, { form: "Kadyrovtsy", iso: "RU" }, { form: "Storm-Z", iso: "RU" },
  // Ukraine
  { form: "GUR", iso: "UA" }, { form: "HUR", iso: "UA" }, { form: "Defence Intelligence of Ukraine", iso: "UA" }, { form: "National Guard of Ukraine", iso: "UA" },
  { form: "Territorial Defence Forces", iso: "UA" }, { form: "Territorial Defense Forces", iso: "UA" },
  // The United States, Britain, France and Turkey
  { form: "Delta Force", iso: "US" }, { form: "Green Berets", iso: "US" }, { form: "Navy SEALs", iso: "US" }, { form: "Joint Special Operations Command", iso: "US" }, { form: "JSOC", iso: "US" },
  { form: "FBI", iso: "US" }, { form: "Federal Bureau of Investigation", iso: "US" },
  { form: "MI5", iso: "GB" }, { form: "GCHQ", iso: "GB" }, { form: "Special Air Service", iso: "GB" }, { form: "Special Boat Service", iso: "GB" },
  { form: "DGSE", iso: "FR" }, { form: "GIGN", iso: "FR" },
  { form: "TSK", iso: "TR" }, { form: "MİT", iso: "TR" },
];
