// News agencies and outlets. When a text quotes them they are sources, never actors. Each key is
// a surface form; the value is the canonical name listed in `sources`.
export const NEWS_SOURCES: Readonly<Record<string, string>> = {
  "AFP": "AFP", "Agence France-Presse": "AFP", "Agence France Presse": "AFP",
  "Reuters": "Reuters", "AP": "Associated Press", "Associated Press": "Associated Press",
  "Anatolia": "Anadolu Agency", "Anadolu": "Anadolu Agency", "Anadolu Agency": "Anadolu Agency", "Anatolia news agency": "Anadolu Agency",
  "EFE": "EFE", "DPA": "DPA", "dpa": "DPA", "ANSA": "ANSA", "Xinhua": "Xinhua", "TASS": "TASS", "RIA Novosti": "RIA Novosti",
  "Interfax": "Interfax", "Sputnik": "Sputnik", "RT": "RT", "SANA": "SANA", "IRNA": "IRNA", "Tasnim": "Tasnim", "Fars news agency": "Fars", "Mehr news agency": "Mehr", "Saba news agency": "Saba",
  "ISNA": "ISNA", "Press TV": "Press TV", "Kyodo": "Kyodo", "Yonhap": "Yonhap", "PTI": "PTI", "ANI": "ANI",
  "IANS": "IANS", "WAFA": "WAFA", "Ma'an": "Ma'an", "Al Jazeera": "Al Jazeera", "Al-Jazeera": "Al Jazeera",
  "Al Arabiya": "Al Arabiya", "Al-Arabiya": "Al Arabiya", "Al Mayadeen": "Al Mayadeen", "Al-Masirah": "Al-Masirah",
  "Rudaw": "Rudaw", "Kurdistan 24": "Kurdistan 24", "ANHA": "Hawar",
  "Dogan": "Dogan", "DHA": "Dogan", "Hurriyet": "Hurriyet", "Daily Sabah": "Daily Sabah",
  "Le Monde": "Le Monde", "Le Figaro": "Le Figaro", "Der Spiegel": "Der Spiegel", 
  "CNN": "CNN", "BBC": "BBC", "NBC": "NBC", "NBC News": "NBC", "CBS": "CBS", "ABC News": "ABC", "Fox News": "Fox News", "NPR": "NPR",
  "DW": "DW", "Deutsche Welle": "DW", "France 24": "France 24", "RFI": "RFI", "Euronews": "Euronews", "VOA": "VOA", "Voice of America": "VOA",
  "New York Times": "The New York Times", "The New York Times": "The New York Times", "Washington Post": "The Washington Post",
  "The Washington Post": "The Washington Post", "Wall Street Journal": "The Wall Street Journal", "The Guardian": "The Guardian",
  "The Independent": "The Independent", "Financial Times": "Financial Times", 
  "Military Times": "Military Times", "Defense News": "Defense News", "Stars and Stripes": "Stars and Stripes",
  "The Globe Post": "The Globe Post", "Globe Post": "The Globe Post", "Politico": "Politico", "Axios": "Axios",
  "Haaretz": "Haaretz", "Times of Israel": "The Times of Israel", "Jerusalem Post": "The Jerusalem Post", "Ynet": "Ynet",
  "Kyiv Independent": "The Kyiv Independent", "Ukrinform": "Ukrinform", "Interfax-Ukraine": "Interfax-Ukraine",
  "Tolo News": "Tolo News", "TOLOnews": "Tolo News", "Pajhwok": "Pajhwok", "Khaama Press": "Khaama Press",
  "Garowe Online": "Garowe Online", "Radio Dalsan": "Radio Dalsan", "Premium Times": "Premium Times", 
  "Sahara Reporters": "Sahara Reporters", "The Irrawaddy": "The Irrawaddy", "Irrawaddy": "The Irrawaddy", "Myanmar Now": "Myanmar Now",
  "Radio Free Asia": "Radio Free Asia", "RFA": "Radio Free Asia", "Sudan Tribune": "Sudan Tribune", "Radio Dabanga": "Radio Dabanga",
  "Libya Observer": "Libya Observer", "Baghdad Post": "Baghdad Post", "Baghdadpost": "Baghdad Post", "Shafaq News": "Shafaq News",
  "Enab Baladi": "Enab Baladi", "Asharq Al-Awsat": "Asharq Al-Awsat", "Middle East Eye": "Middle East Eye", "Bloomberg": "Bloomberg",
  "Getty Images": "Getty Images", "picture-alliance": "picture-alliance",
};

// Wire-copy credit lines ("Reporting by X; Editing by Y", "By X | March 12"): the names on them are
// journalists, never actors. Each entry is a word that opens a credit before "by".
export const CREDIT_WORDS: readonly string[] = [
  "reporting", "additional reporting", "editing", "edited", "writing", "written", "compiled", "produced", "photo", "photos",
  "photograph", "photographs", "video", "graphics", "graphic", "translation", "translated", "fact-checking",
];
