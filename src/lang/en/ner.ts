import type { NerLexicon } from '../ner.js';

/** English titles, cue words and general-knowledge short forms for entity tagging and linking. */

const words = (s: string): string[] => s.split(/\s*\n\s*|\s*;\s*/).map((w) => w.trim()).filter(Boolean);

export const enNer: NerLexicon = {
  code: 'en',
  titles: words(`
    president; vice president; prime minister; pm; chancellor; king; queen; prince; princess; crown prince
    emperor; sultan; emir; pope; minister; gov; foreign minister; defense minister; defence minister
    interior minister; finance minister; deputy foreign minister; secretary; secretary of state
    secretary-general; secretary general; press secretary; spokesman; spokeswoman; spokesperson
    ambassador; envoy; special envoy; governor; mayor; senator; sen; rep; representative; speaker
    chairman; chairwoman; chair; director; director-general; chief; chief executive; ceo; head; leader
    supreme leader; commander; general; gen; lt; col; maj; capt; admiral; adm; sgt; officer; judge
    justice; attorney general; prosecutor; professor; analyst; expert; researcher; coach; striker
    founder; owner; deputy; former; ex; candidate; adviser; advisor; aide; diplomat; cosmonaut
    inspector; detective; sheriff; trooper; agent; special agent; lieutenant; sergeant; captain; colonel
    corporal; lawyer; attorney; bishop; archbishop; cardinal; rabbi; imam; reverend
    trade representative; chief of staff; dictator; commissioner; superintendent
  `),
  titleForms: {
    'foreign minister': 'minister of foreign affairs', fm: 'foreign minister', pm: 'prime minister',
    gen: 'general', sen: 'senator', rep: 'representative', 'secretary general': 'secretary-general',
  },
  honorifics: words(`mr; mrs; ms; miss; dr; prof; sir; dame; lord; lady; rev; st; mx; hon`),
  orgCues: words(`
    inc; corp; corporation; co; ltd; llc; plc; group; company; bank; university; college; institute
    school; academy; ministry; department; agency; council; commission; committee; court; party
    union; association; federation; league; club; fc; foundation; army; navy; forces; police; bureau
    office; news; times; post; journal; network; television; tv; radio; parliament; congress; senate
  `),
  locCues: words(`
    city; county; province; state; district; village; street; st; avenue; ave; road; rd; island; islands
    mount; mountains; river; lake; bay; strait; peninsula; sea; ocean; valley; airport; port; station
    square; park; region; territory
  `),
  // heads of event names and, as these are no entities either, of laws (`Endangered Species Act`)
  eventCues: words(`
    conference; summit; war; battle; election; elections; cup; olympics; olympic games; festival
    exhibition; forum; session; assembly; championship; tournament; games; expo; revolution; crisis
    act; bill; law; amendment; treaty; accord; accords; doctrine
  `),
  locativeMarkers: words(`in; at; to; from; into; near; toward; towards; via; across; around; inside; outside`),
  reactionNouns: words(`concern; concerns; alarm; anger; unease; worry; worries; dismay; suspicion; suspicions; fury; frustration; irritation; outrage`),
  conjunctions: words(`and; or; nor`),
  nameConnectors: words(`of; the; and; for; de; la; du; des`),
  nameParticles: words(`bin; binti; van; von; der; den; de; da; di; del; la; al; el; ibn; abu`),
  acronyms: {
    US: 'United States',
    USA: 'United States',
    'U.S.': 'United States',
    UK: 'United Kingdom',
    'U.K.': 'United Kingdom',
    UN: 'United Nations',
    'U.N.': 'United Nations',
    EU: 'European Union',
    NATO: 'North Atlantic Treaty Organization',
    UAE: 'United Arab Emirates',
    DPRK: "Democratic People's Republic of Korea",
    ROK: 'Republic of Korea',
    PRC: "People's Republic of China",
    USSR: 'Soviet Union',
    WHO: 'World Health Organization',
    IMF: 'International Monetary Fund',
    KCNA: 'Korean Central News Agency',
    VOA: 'Voice of America',
    VoA: 'Voice of America',
    NYT: 'The New York Times',
    AP: 'Associated Press',
    AFP: 'Agence France-Presse',
    FBI: 'Federal Bureau of Investigation',
    CIA: 'Central Intelligence Agency',
  },
  places: words(`
    Indonesia; Malaysia; Singapore; Thailand; Vietnam; Philippines; Australia; Japan; South Korea
    North Korea; China; Taiwan; India; Pakistan; Iran; Iraq; Syria; Israel; Palestine; Saudi Arabia
    Turkey; Egypt; Russia; Ukraine; Belarus; Poland; Germany; France; United Kingdom; Britain; England
    Netherlands; Italy; Spain; United States; America; Canada; Mexico; Brazil; Europe; Asia; Africa
    Middle East; Eurasia; Gaza; Crimea; Soviet Union; Moscow; Kremlin; Pyongyang; Seoul; Beijing
    Tokyo; Washington; New York; London; Paris; Berlin; Kyiv; Kiev; Minsk; Istanbul; Jakarta
    Afghanistan; Albania; Algeria; Angola; Argentina; Armenia; Austria; Azerbaijan; Bahrain; Bangladesh
    Belgium; Bolivia; Bosnia; Botswana; Brunei; Bulgaria; Burma; Myanmar; Cambodia; Cameroon; Chile
    Colombia; Congo; Costa Rica; Croatia; Cuba; Cyprus; Czech Republic; Czechoslovakia; Denmark
    Dominican Republic; Ecuador; El Salvador; Eritrea; Estonia; Ethiopia; Finland; Georgia; Ghana
    Greece; Guatemala; Haiti; Honduras; Hong Kong; Hungary; Iceland; Ireland; Northern Ireland; Scotland
    Wales; Ivory Coast; Jamaica; Jordan; Kazakhstan; Kenya; Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia
    Lebanon; Liberia; Libya; Lithuania; Luxembourg; Macedonia; Madagascar; Malawi; Mali; Mongolia
    Montenegro; Morocco; Mozambique; Namibia; Nepal; New Zealand; Nicaragua; Nigeria; Norway; Oman
    Panama; Paraguay; Peru; Portugal; Qatar; Romania; Rwanda; Senegal; Serbia; Yugoslavia; Sierra Leone
    Slovakia; Slovenia; Somalia; South Africa; Sri Lanka; Sudan; South Sudan; Sweden; Switzerland
    Tajikistan; Tanzania; Tibet; Tunisia; Turkmenistan; Uganda; United Arab Emirates; Uruguay
    Uzbekistan; Venezuela; Yemen; Zambia; Zimbabwe; Puerto Rico; Virgin Islands; Greenland; Chechnya
    Kashmir; West Bank; Golan Heights; Balkans; Caribbean; Latin America; South America
    North America; Central America; Scandinavia; Siberia; Antarctica; Arctic; Persian Gulf; Korea
    East Africa; West Africa; North Africa; Southern Africa; East Asia; South Asia; Southeast Asia
    Central Asia; Western Europe; Eastern Europe; Pacific; Atlantic; Mediterranean; Capitol Hill
    Sumatra; Sulawesi; Borneo; Kalimantan; Bali; West Java; Central Java; East Java; North Sumatra
    West Sumatra; South Sumatra; Central Sulawesi; South Sulawesi; North Sulawesi; Southeast Sulawesi
    West Sulawesi; East Kalimantan; West Kalimantan; South Kalimantan; Central Kalimantan
    North Kalimantan; Strait of Malacca; Malacca Strait; South China Sea
    Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii
    Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts
    Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey
    New Mexico; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island
    South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; West Virginia; Wisconsin
    Wyoming; Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia
    New Brunswick; Newfoundland; Bavaria; Catalonia; Punjab; Bengal; Sichuan; Guangdong; Xinjiang
    Chicago; Los Angeles; San Francisco; Boston; Philadelphia; Houston; Dallas; Atlanta; Miami; Detroit
    Seattle; Denver; Baltimore; Cleveland; Pittsburgh; New Orleans; Las Vegas; San Diego; Phoenix
    Toronto; Montreal; Vancouver; Ottawa; Havana; Mexico City; Bogota; Caracas; Lima; Santiago
    Buenos Aires; Sao Paulo; Rio de Janeiro; Brasilia; Madrid; Barcelona; Lisbon; Rome; Milan; Vienna
    Geneva; Zurich; Brussels; Amsterdam; The Hague; Stockholm; Oslo; Copenhagen; Helsinki; Warsaw
    Prague; Budapest; Bucharest; Belgrade; Sarajevo; Athens; Dublin; Edinburgh; Manchester; Munich
    Frankfurt; Hamburg; St. Petersburg; Tehran; Baghdad; Damascus; Beirut; Amman; Jerusalem; Tel Aviv
    Cairo; Riyadh; Ankara; Kabul; Islamabad; Karachi; Lahore; New Delhi; Delhi; Mumbai; Bombay
    Calcutta; Dhaka; Colombo; Kathmandu; Bangkok; Hanoi; Saigon; Ho Chi Minh City; Phnom Penh
    Manila; Kuala Lumpur; Shanghai; Taipei; Osaka; Sydney; Melbourne; Canberra; Auckland
    Nairobi; Addis Ababa; Khartoum; Lagos; Johannesburg; Cape Town; Pretoria; Kinshasa; Algiers; Tripoli
    Tunis; Rabat; Casablanca; Mogadishu; Kampala; Harare
  `),
  organizations: words(`
    Reuters; AFP; AP; Associated Press; Anadolu; Anadolu Agency; Sputnik; TASS; RIA Novosti; Interfax
    Xinhua; Yonhap; KCNA; Kyodo; BBC; CNN; Al Jazeera; VOA; Voice of America; New York Times
    The New York Times; Washington Post; The Guardian; Bloomberg; United Nations; UN; NATO; ASEAN
    European Union; WHO; IMF; World Bank; OPEC; White House; Pentagon; Congress; Senate
    Red Army; Wehrmacht; Hamas; Hezbollah; Taliban; ISIS; Al Qaeda; Houthis; Khmer Rouge; Vatican
    UN Security Council; Security Council; UN General Assembly; International Court of Justice; Red Cross
    Microsoft; Google; IBM; Intel; Boeing; Exxon; General Motors; Toyota; Samsung; Airbus
  `),
  // `White House` is always the institution (seatsAsOrganizations); the Kremlin is also a place
  seats: ['kremlin'],
  stateMetonyms: {
    moscow: 'Russia',
    kremlin: 'Russia',
    pyongyang: 'North Korea',
    washington: 'United States',
    'white house': 'United States',
    beijing: 'China',
    seoul: 'South Korea',
    tokyo: 'Japan',
    kyiv: 'Ukraine',
    kiev: 'Ukraine',
    minsk: 'Belarus',
    tehran: 'Iran',
    ankara: 'Turkey',
    london: 'United Kingdom',
    paris: 'France',
    berlin: 'Germany',
    jakarta: 'Indonesia',
  },
  exonyms: {},
  demonyms: {
    American: 'United States', Canadian: 'Canada', Mexican: 'Mexico', Cuban: 'Cuba', Brazilian: 'Brazil',
    Argentine: 'Argentina', Argentinian: 'Argentina', Chilean: 'Chile', Colombian: 'Colombia', Peruvian: 'Peru',
    Venezuelan: 'Venezuela', Haitian: 'Haiti', Jamaican: 'Jamaica', Panamanian: 'Panama', Nicaraguan: 'Nicaragua',
    Salvadoran: 'El Salvador', Guatemalan: 'Guatemala', Honduran: 'Honduras', Bolivian: 'Bolivia', Ecuadorean: 'Ecuador',
    Ecuadorian: 'Ecuador', Uruguayan: 'Uruguay', Paraguayan: 'Paraguay', 'Puerto Rican': 'Puerto Rico',
    British: 'United Kingdom', Scottish: 'Scotland', Welsh: 'Wales', Irish: 'Ireland',
    French: 'France', German: 'Germany', Italian: 'Italy', Spanish: 'Spain', Portuguese: 'Portugal', Dutch: 'Netherlands',
    Belgian: 'Belgium', Swiss: 'Switzerland', Austrian: 'Austria', Swedish: 'Sweden', Swede: 'Sweden', Norwegian: 'Norway',
    Danish: 'Denmark', Dane: 'Denmark', Finnish: 'Finland', Icelandic: 'Iceland', Greek: 'Greece', Polish: 'Poland',
    Czech: 'Czech Republic', Slovak: 'Slovakia', Hungarian: 'Hungary', Romanian: 'Romania', Bulgarian: 'Bulgaria',
    Serbian: 'Serbia', Serb: 'Serbia', Croatian: 'Croatia', Croat: 'Croatia', Bosnian: 'Bosnia', Slovenian: 'Slovenia',
    Albanian: 'Albania', Macedonian: 'Macedonia', Kosovar: 'Kosovo', Yugoslav: 'Yugoslavia', Russian: 'Russia',
    Soviet: 'Soviet Union', Ukrainian: 'Ukraine', Belarusian: 'Belarus', Lithuanian: 'Lithuania', Latvian: 'Latvia',
    Estonian: 'Estonia', Georgian: 'Georgia', Armenian: 'Armenia', Azerbaijani: 'Azerbaijan', Kazakh: 'Kazakhstan',
    Uzbek: 'Uzbekistan', Chechen: 'Chechnya', Turkish: 'Turkey', Turk: 'Turkey', Israeli: 'Israel', Palestinian: 'Palestine',
    Lebanese: 'Lebanon', Syrian: 'Syria', Jordanian: 'Jordan', Iraqi: 'Iraq', Iranian: 'Iran', Saudi: 'Saudi Arabia', 'Saudi Arabian': 'Saudi Arabia',
    Kuwaiti: 'Kuwait', Qatari: 'Qatar', Emirati: 'United Arab Emirates', Yemeni: 'Yemen', Omani: 'Oman', Bahraini: 'Bahrain',
    Egyptian: 'Egypt', Libyan: 'Libya', Tunisian: 'Tunisia', Algerian: 'Algeria', Moroccan: 'Morocco', Sudanese: 'Sudan',
    Ethiopian: 'Ethiopia', Eritrean: 'Eritrea', Somali: 'Somalia', Kenyan: 'Kenya', Ugandan: 'Uganda', Tanzanian: 'Tanzania',
    Rwandan: 'Rwanda', Congolese: 'Congo', Nigerian: 'Nigeria', Ghanaian: 'Ghana', Liberian: 'Liberia', Senegalese: 'Senegal',
    Zimbabwean: 'Zimbabwe', Zambian: 'Zambia', Angolan: 'Angola', Mozambican: 'Mozambique', 'South African': 'South Africa',
    Afghan: 'Afghanistan', Pakistani: 'Pakistan', Indian: 'India', Bangladeshi: 'Bangladesh', 'Sri Lankan': 'Sri Lanka',
    Nepalese: 'Nepal', Nepali: 'Nepal', Tibetan: 'Tibet', Chinese: 'China', Taiwanese: 'Taiwan', Japanese: 'Japan',
    Korean: 'Korea', 'North Korean': 'North Korea', 'South Korean': 'South Korea', Mongolian: 'Mongolia',
    Vietnamese: 'Vietnam', Thai: 'Thailand', Cambodian: 'Cambodia', Laotian: 'Laos', Burmese: 'Myanmar',
    Malaysian: 'Malaysia', Singaporean: 'Singapore', Indonesian: 'Indonesia', Filipino: 'Philippines',
    Philippine: 'Philippines', Australian: 'Australia', 'New Zealander': 'New Zealand', Kiwi: 'New Zealand',
    African: 'Africa', 'East African': 'East Africa', 'West African': 'West Africa', 'North African': 'North Africa',
    'Middle Eastern': 'Middle East', 'Southeast Asian': 'Southeast Asia', 'Central American': 'Central America',
    'South American': 'South America', 'North American': 'North America', European: 'Europe', Asian: 'Asia', 'Latin American': 'Latin America', Caribbean: 'Caribbean',
    Scandinavian: 'Scandinavia', Balkan: 'Balkans', Texan: 'Texas', Californian: 'California', 'New Yorker': 'New York',
  },
  orgSuffixes: words(`
    inc; corp; corporation; co; ltd; llc; plc; ag; ab; sa; nv; gmbh; group; company; companies; bank; bancorp
    university; college; institute; school; academy; ministry; department; agency; council; commission
    committee; court; party; union; association; federation; league; club; foundation; army; navy
    forces; force; police; bureau; office; service; services; network; systems; communications
    industries; holdings; partners; airlines; airways; exchange; laboratory; laboratories; embassy
    consulate; administration; authority; board; trust; fund; center; centre; hospital; church
    times; post; journal; news; herald; tribune; gazette; magazine; press; television; radio
    parliament; congress; senate; assembly; guard; corps; command; media; motors; electric; patrol
  `),
  areaSuffixes: words(`regency; province; district; village; river; lake; island; islands; strait; valley`),
  locSuffixes: words(`
    base; station; boulevard; square; avenue; street; drive; road; highway; bridge; plaza; lane; airport
    province; county; island; islands
  `),
  regionAbbreviations: {
    'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
    'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
    'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
    'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
    'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
    'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma',
    'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
    'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington',
    'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming', 'D.C.': 'Washington', 'Ont.': 'Ontario',
    // the states wire style never abbreviates stand after a town in full
    Alaska: 'Alaska', Hawaii: 'Hawaii', Idaho: 'Idaho', Iowa: 'Iowa', Maine: 'Maine', Ohio: 'Ohio', Texas: 'Texas', Utah: 'Utah',
  },
  dottedAbbreviations: words(`inc; corp; co; ltd; jr; sr; bros; st`),
  possessiveSuffixes: ["'s", '’s'],
  seatsAsOrganizations: ['white house'],
  wireDatelines: true,
};
