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
];
