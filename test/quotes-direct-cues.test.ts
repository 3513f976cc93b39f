/**
 * Direct quotes whose cue the annotator used to miss (sentences written for these tests): a party
 * noun after the quote with no name behind it, a description or an apposed name before the verb,
 * cues before the quote, and an attribution later in the quote's sentence; plus the names a
 * headline offers.
 */
import { describe, expect, it } from 'vitest';
import { quoteRules } from './support.js';

/** The quotes from the hand-written rules alone, as [words, speaker, direct]. */
const rules = (text: string, lang: 'id' | 'en' = 'en') => quoteRules(text, lang);

describe('a party noun after the quote', () => {
  it('keeps the quote with no speaker when no party is named', () => {
    const t = 'Workers walked out on Friday. "We will not accept these terms," the union said.';
    expect(rules(t)).toEqual([['We will not accept these terms', null, true]]);
  });

  it('takes the party the lead names under a headline', () => {
    const t = 'Harbor Freight Recalls Ladders After Falls\nMay 3, 2014 9:10 AM ET\nHarbor Freight has recalled two ladder models.\n"Customer safety comes first for all of us," the company said in a notice.';
    expect(rules(t)).toEqual([['Customer safety comes first for all of us', 'Harbor Freight', true]]);
  });

  it('leaves `it` with no party behind it out', () => {
    expect(rules('"The council condemns every attack on civilians," it said.')).toEqual([]);
  });
});

describe('names in headlines', () => {
  it('does not take a headline verb into the name', () => {
    const t = 'Tolland Wins Second Race\nTolland said on Sunday he felt strong.\n"I was ready for the hills this time," Tolland said.';
    expect(rules(t).map((x) => x[1])).toEqual(['Tolland', 'Tolland']);
  });

  it('keeps a first name printed before the name in a headline', () => {
    const t = 'Here Is What Marta Vinter Said\nThe race ended early.\n"I was ready for the hills this time," Vinter said.';
    expect(rules(t).map((x) => x[1])).toEqual(['Marta Vinter']);
  });
});

describe('a party the phrase only qualifies', () => {
  it('gives the head of a team no party', () => {
    const t = 'Norsk Data has released a fix.\nThe head of the security team says all users should install the update soon.';
    expect(rules(t)).toEqual([]);
  });
});

describe('a description between the quote and its verb', () => {
  it('keeps the quote of an unnamed body with no speaker', () => {
    const t = 'Smoke rose over the valley. "The fire spread fast through the night," the station reported.';
    expect(rules(t)).toEqual([['The fire spread fast through the night', null, true]]);
  });

  it('gives a message to the body it is from', () => {
    const t = 'The vote was delayed. "All members must report at once," a message from the Central Commission of the party said.';
    expect(rules(t)).toEqual([['All members must report at once', 'Central Commission', true]]);
  });

  it('gives the quote to the name apposed to the description', () => {
    const t = 'The old farmer died in May. "He loved the farm more than anything," his son, Ike Larson III, said.';
    expect(rules(t)).toEqual([['He loved the farm more than anything', 'Ike Larson III', true]]);
  });

  it('gives a role to the name printed with it before', () => {
    const t = 'Circuit Judge Mara Olsen read the verdict. "There is nothing more this court can do," the judge said.';
    expect(rules(t)).toEqual([['There is nothing more this court can do', 'Mara Olsen', true]]);
  });

  it('gives an unnamed witness no speaker', () => {
    const t = 'The crash closed the road. "They always drive too fast here," a bystander told reporters.';
    expect(rules(t)).toEqual([['They always drive too fast here', null, true]]);
  });

  it('reads no cue into a title inside a clause', () => {
    const t = 'After playing "Rolling Down The Long River," the singer told the crowd it was his last song.';
    expect(rules(t).filter((x) => x[2])).toEqual([]);
  });
});

describe('a verb of saying joined to the main verb before the quote', () => {
  it('a participle after the comma speaks for the subject', () => {
    const t = 'Protests spread through the capital. Dutch premier Anna Visser condemned the attacks, saying: "A protest is one thing and arson is quite another".';
    expect(rules(t)).toEqual([['A protest is one thing and arson is quite another', 'Anna Visser', true]]);
  });

  it('a verb after `dan` speaks for the subject (Indonesian)', () => {
    const t = 'Banjir melanda kota itu. Rudi Hartono, pelatih tim, memberi komentar pada foto itu dan berkata, "Kalian menjadi kekuatan bagi banyak orang hari ini".';
    expect(rules(t, 'id')).toEqual([['Kalian menjadi kekuatan bagi banyak orang hari ini', 'Rudi Hartono', true]]);
  });

  it('the name after a fronted phrase, not its first word', () => {
    const t = 'Pesta itu meriah. Melihat cincin itu, Sinta langsung menangis sambil berujar, "Ya ampun, kamu bercanda ya".';
    expect(rules(t, 'id')).toEqual([['Ya ampun, kamu bercanda ya', 'Sinta', true]]);
  });

  it('leaves a quote framed by a verb of saying before it to that verb', () => {
    const t = 'Mr. Toll spoke in Leeds.\n\nHe said the wind business could grow to half of all new capacity, adding: "We expect to supply a large share of this market."';
    expect(rules(t).filter((x) => x[2])).toEqual([['We expect to supply a large share of this market.', 'Toll', true]]);
  });
});

describe('a word joining the subject to others before its verb (Indonesian)', () => {
  it('reads the subject before `turut`', () => {
    const t = 'Acara itu ramai sejak pagi. Pada Selasa, Maya turut menyampaikan, "Saya menyembunyikan beberapa buku di stasiun kereta hari ini".';
    expect(rules(t, 'id')).toEqual([['Saya menyembunyikan beberapa buku di stasiun kereta hari ini', 'Maya', true]]);
  });

  it('takes no word with a clitic for a name', () => {
    const t = 'Warganet ramai berkomentar. Lainnya ikut menambahkan, "Saya tidak akan pernah bisa makan cokelat lagi."';
    expect(rules(t, 'id').map((x) => x[1])).toEqual([null]);
  });
});

describe('cues before the quote with no one named', () => {
  it('`According to` a description: the quote stays with no speaker', () => {
    const t = 'The chapel burned on Friday night. According to the chapel\'s pastor, "We have no idea what started it".';
    expect(rules(t)).toEqual([['We have no idea what started it', null, true]]);
  });

  it('a shout of an unnamed person', () => {
    const t = 'The police came at night. Some of the protesters shouted, "That is her sister over there," then threw bottles.';
    expect(rules(t)).toEqual([['That is her sister over there', null, true]]);
  });

  it('a shout after the quote names its speaker', () => {
    const t = 'The alarm went off. "Get out of the building right now," Harris shouted.';
    expect(rules(t)).toEqual([['Get out of the building right now', 'Harris', true]]);
  });

  it('an unnamed source before the quote (Indonesian)', () => {
    const t = 'Pelaku ditahan polisi. Seorang sumber mengatakan, "Jelas ini seharusnya tidak terjadi, dan mereka mengevaluasi pengamanan".';
    expect(rules(t, 'id')).toEqual([['Jelas ini seharusnya tidak terjadi, dan mereka mengevaluasi pengamanan', null, true]]);
  });
});

describe('more joined verbs and shouts (Indonesian)', () => {
  it('`dengan mengatakan` speaks for the subject', () => {
    const t = 'Kritik datang dari banyak pihak. Budi menanggapi kritik itu dengan mengatakan, "Kami sudah bekerja keras selama ini".';
    expect(rules(t, 'id')).toEqual([['Kami sudah bekerja keras selama ini', 'Budi', true]]);
  });

  it('an unnamed crowd crying out keeps its quote with no speaker', () => {
    const t = 'Sebagian pengunjuk rasa berkumpul di luar kantor. Mereka berseru: "Jauhkan tangan kalian dari hidup kami".';
    expect(rules(t, 'id')).toEqual([['Jauhkan tangan kalian dari hidup kami', null, true]]);
  });
});

describe('crying out', () => {
  it('`cried out "…"` of an unnamed relation keeps the quote with no speaker', () => {
    const t = 'Shots rang out on the street. She heard a loud bang before her son cried out "Mom, mom, I have been hit," and then fell down the steps.';
    expect(rules(t)).toEqual([['Mom, mom, I have been hit', null, true]]);
  });

  it('the verbs of a relative clause are not the sentence subject\'s', () => {
    const t = 'The bank burned down. Firemen had to hold back an old woman outside the bank, who wept and cried "my son, my son is inside."';
    expect(rules(t).map((x) => x[1])).toEqual([null]);
  });
});

describe('a partial quote closing a clause that `according to` attributes', () => {
  it('is one indirect statement of the source, up to the closing mark', () => {
    const t = 'Four people were shot at the firm. The suspect was "deliberately hunting these people," according to Dover police Lt. Mara Olsen.';
    expect(rules(t)).toEqual([['The suspect was "deliberately hunting these people', 'Mara Olsen', false]]);
  });

  it('also with no comma before the source', () => {
    const t = 'The chapel burned on Friday. The second fire of the year "was set at the door of the chapel" according to the Associated Press.';
    expect(rules(t)).toEqual([['The second fire of the year "was set at the door of the chapel', 'Associated Press', false]]);
  });

  it('not when the sentence has a verb of saying of its own', () => {
    const t = 'The chapel burned on Friday. Olsen said the fire "was set at the door of the chapel," according to the Associated Press.';
    expect(rules(t).some((x) => x[0] === 'Olsen said the fire "was set at the door of the chapel')).toBe(false);
  });
});

describe('a quoted phrase inside reported speech (English)', () => {
  it('is part of the statement a participle reports, also past a hyphen printed apart', () => {
    const t = 'Two banks also caught fire. President Lena Moor condemned the violence, saying the debt - hit country had "reached the edge of the cliff".';
    expect(rules(t)).toEqual([['the debt - hit country had "reached the edge of the cliff"', 'Lena Moor', false]]);
  });
});
