import type { NerLexicon } from '../ner.js';

/** English titles, cue words and general-knowledge short forms for entity tagging and linking. */

const words = (s: string): string[] => s.split(/\s*\n\s*|\s*;\s*/).map((w) => w.trim()).filter(Boolean);

export const enNer: NerLexicon = {
  code: 'en',
  titles: words(`
    president; vice president; prime minister; pm; chancellor; king; queen; prince; princess; crown prince
    emperor; sultan; emir; pope; minister; foreign minister; defense minister; defence minister
    interior minister; finance minister; deputy foreign minister; secretary; secretary of state
    secretary-general; secretary general; press secretary; spokesman; spokeswoman; spokesperson
    ambassador; envoy; special envoy; governor; mayor; senator; sen; rep; representative; speaker
    chairman; chairwoman; chair; director; director-general; chief; chief executive; ceo; head; leader
    supreme leader; commander; general; gen; lt; col; maj; capt; admiral; adm; sgt; officer; judge
    justice; attorney general; prosecutor; professor; analyst; expert; researcher; coach; striker
    founder; owner; deputy; former; ex; candidate; adviser; advisor; aide; diplomat; cosmonaut
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
  eventCues: words(`
    conference; summit; war; battle; election; elections; cup; olympics; olympic games; festival
    exhibition; forum; session; assembly; championship; tournament; games; expo; revolution; crisis
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
  `),
  organizations: words(`
    Reuters; AFP; AP; Associated Press; Anadolu; Anadolu Agency; Sputnik; TASS; RIA Novosti; Interfax
    Xinhua; Yonhap; KCNA; Kyodo; BBC; CNN; Al Jazeera; VOA; Voice of America; New York Times
    The New York Times; Washington Post; The Guardian; Bloomberg; United Nations; UN; NATO; ASEAN
    European Union; WHO; IMF; World Bank; OPEC; White House; Pentagon; Congress; Senate
    Red Army; Wehrmacht; Hamas; Hezbollah; Taliban; ISIS; Al Qaeda; Houthis; Khmer Rouge; Vatican
    UN Security Council; Security Council; UN General Assembly; International Court of Justice; Red Cross
  `),
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
};
