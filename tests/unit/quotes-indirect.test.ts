import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/contracts.js';
import { parseArticle } from '../../shared/article/parse.js';
import { extractRecord } from '../../shared/extract/extract.js';
import { extractText, quotesOf, only, withCue } from './extract-helpers.js';

describe('reported speech: what the cue reports', () => {
  it('an infinitive after a verb of intent is what the speaker wants or refuses', () => {
    // Arrange
    const text = 'Governor Maria Ortiz vetoed the bill on Friday. A spokesman for the governor declined to comment.';

    // Act
    const quote = withCue(quotesOf(text), 'declined');

    // Assert
    expect(quote).toMatchObject({ kind: 'indirect', text: 'to comment', speaker: { mention: 'A spokesman for the governor' } });
  });

  it('a preposition after another verb still reports no statement', () => {
    const quotes = quotesOf('The mayor returned to the protesters on Tuesday evening.');

    expect(quotes).toHaveLength(0);
  });

  it('how a source spoke is no part of what it said: "confirmed the meeting on the condition of anonymity"', () => {
    const quote = only('A person familiar with the planning confirmed the meeting on the condition of anonymity.');

    expect(quote.text).toBe('the meeting');
  });

  it('so does a cue in a subordinate clause after the first one: "There is time, but if Republicans plan to …, Nye won’t …"', () => {
    const quote = only('There is time, but if the senators plan to move the bills in order, the judge will wait a year.');

    expect(quote).toMatchObject({ cue: 'plan', text: 'to move the bills in order' });
  });

  it('a cue in an opening time clause reports up to its comma: "Three years after Republicans vowed to …, the party …"', () => {
    const quote = only('Three years after Republicans vowed to court young voters, the party has done the opposite.');

    expect(quote).toMatchObject({ cue: 'vowed', text: 'to court young voters' });
  });

  it('an infinitive ends before the subject\'s next act or a clause saying when: "declined to comment as she left … and walked away"', () => {
    const quote = only('The senator declined to comment as she left the hearing and walked to her car.');

    expect(quote).toMatchObject({ cue: 'declined', text: 'to comment' });
  });

  it('but goes on through its own verbs: "vowed to cut taxes and expand the parks"', () => {
    const quote = only('The mayor vowed to cut taxes and expand the parks.');

    expect(quote.text).toBe('to cut taxes and expand the parks');
  });

  it('a short object is enough for a stance verb: "endorsed Cruz"', () => {
    const quote = withCue(quotesOf('Former Gov. Rick Perry endorsed Cruz on Monday.'), 'endorsed');

    expect(quote).toMatchObject({ text: 'Cruz', speaker: { mention: 'Former Gov. Rick Perry' } });
  });

  it('a list of objects goes on past its commas: "supports tightening enforcement, freezing … and changing …"', () => {
    const quote = withCue(quotesOf('The governor supports tightening enforcement, freezing immigration levels and changing the state constitution.'), 'supports');

    expect(quote?.text).toBe('tightening enforcement, freezing immigration levels and changing the state constitution');
  });

  it('an intention stated is not a quote: "expressed willingness to …" reports no words', () => {
    const record = extractText('Relations warmed after President Ana Reyes expressed willingness to explore closer ties with Chile.');

    expect(record.quotes).toHaveLength(0);
    expect(record.events.map((e) => e.type)).toContain('EXPRESS_INTENT_TO_COOPERATE');
  });

  it('a report nested in another has its own speaker: "Lee said Diaz wants …" is Diaz wanting', () => {
    const quotes = quotesOf('Mayor Sam Lee said Governor Ana Diaz wants to close the bridge.');

    expect(withCue(quotes, 'said')).toMatchObject({ text: 'Governor Ana Diaz wants to close the bridge', speaker: { mention: 'Mayor Sam Lee' } });
    expect(withCue(quotes, 'wants')).toMatchObject({ text: 'to close the bridge', speaker: { mention: 'Governor Ana Diaz', name: 'Ana Diaz' } });
  });

  it('"about" before a number is "roughly", not a prepositional object: "predicted about one-third of the vote will …"', () => {
    const quote = only('The county clerk predicted about one-third of the vote will be cast early.');

    expect(quote.text).toBe('about one-third of the vote will be cast early');
  });

  it('"states" after a quantifier is the noun, not a cue', () => {
    const quotes = quotesOf('Several states holding primaries on March 1 have changed their rules.');

    expect(quotes).toHaveLength(0);
  });
});

describe('reported speech: a second verb of the same subject', () => {
  it('after a verb that is no cue, the second verb takes that verb’s subject: "when Cruz knocked Rubio and called him …"', () => {
    const quote = only('There were sharper moments, such as when the mayor knocked her rival on trade and called him a "moderate."');

    expect(quote).toMatchObject({ cue: 'called', text: 'him a "moderate."', speaker: { mention: 'the mayor' } });
  });

  it('"… and said that …" is a second attribution, and ends the first', () => {
    // Arrange
    const text = 'Senator Tom Hale praised the ruling and said that the state would appeal the remaining counts.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(withCue(quotes, 'praised')).toMatchObject({ text: 'the ruling', speaker: { mention: 'Senator Tom Hale' } });
    expect(withCue(quotes, 'said')).toMatchObject({ text: 'the state would appeal the remaining counts', speaker: { mention: 'Senator Tom Hale' } });
  });

  it('", and threatened to …" takes the subject of the sentence', () => {
    const quotes = quotesOf('The union called the offer an insult, and threatened to strike before the holidays.');

    expect(withCue(quotes, 'called')?.text).toBe('the offer an insult');
    expect(withCue(quotes, 'threatened')).toMatchObject({ text: 'to strike before the holidays', speaker: { mention: 'The union' } });
  });
});

describe('reported speech: a second verb past an auxiliary', () => {
  it('shares the subject of the clause when no earlier frame names one: "Experts have discounted …, but have speculated that …"', () => {
    const quote = only('Nuclear experts have discounted the claims, but have speculated that the regime might boost its yield.');

    expect(quote).toMatchObject({ cue: 'speculated', text: 'the regime might boost its yield', speaker: { mention: 'Nuclear experts' } });
  });
});

describe('reported speech: "according to"', () => {
  it('after a colon it opens a clause of its own: "It hasn’t gone unnoticed: According to recent polls, …"', () => {
    const quote = only('It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.');

    expect(quote).toMatchObject({ text: 'the mayor holds only 14 percent of the vote', speaker: { mention: 'recent polls' } });
  });

  it('the source\'s description after it is no statement: "…, according to Brian Wieser, an analyst at Pivotal."', () => {
    const quote = only('The network earned $1.6 billion in 2015, according to Brian Wieser, an analyst at Pivotal Research Group.');

    expect(quote.text).toBe('The network earned $1.6 billion in 2015');
  });

  it('a source written in lowercase words is still the source: "according to early results of exit polls"', () => {
    // Arrange
    const text = 'Turnout was down in both states. According to early results of exit polls conducted for the networks, most voters decided in the final week.';

    // Act
    const quote = withCue(quotesOf(text), 'According to');

    // Assert
    expect(quote).toMatchObject({ text: 'most voters decided in the final week', speaker: { mention: 'early results of exit polls conducted for the networks' } });
  });

  it('"according to" set off in mid-sentence attributes both halves', () => {
    const quote = withCue(quotesOf('Property taxes, according to the county assessor, will rise by 4 percent next year.'), 'according to');

    expect(quote?.text).toBe('Property taxes will rise by 4 percent next year');
  });

  it('"according to" without a comma closes the clause before it: "Clinton leads by 271 pledged delegates according to a count by the AP, but …"', () => {
    const quote = only('Clinton leads Sanders by 271 pledged delegates according to a count by the AP, but she needs more.');

    expect(quote).toMatchObject({ cue: 'according to', text: 'Clinton leads Sanders by 271 pledged delegates', speaker: { mention: 'a count by the AP' } });
  });

  it('"according to" closing the sentence reports all of it, the verbs inside included', () => {
    const quote = withCue(quotesOf('An average of 81 percent of Democrats approve of the governor, according to the state poll.'), 'according to');

    expect(quote).toMatchObject({ text: 'An average of 81 percent of Democrats approve of the governor', speaker: { mention: 'the state poll' } });
  });
});

describe('speakers: people who speak for a side', () => {
  it('"Clinton allies believe" names its speakers at the end of the clause', () => {
    const quote = only('Such a move could alienate his backers, Clinton allies believe.');

    expect(quote).toMatchObject({ text: 'Such a move could alienate his backers', speaker: { mention: 'Clinton allies' } });
  });
});

describe('speakers: any noun phrase before "say"', () => {
  it('"say" is a verb after any noun, listed speaker or not: "although history says …", "old political hands say …"', () => {
    const quotes = quotesOf('The mayor leads in the polls, although history says there can be upheavals. Old political hands say the race is close.');

    expect(quotes.map((q) => [q.speaker?.mention, q.text])).toEqual([['history', 'there can be upheavals'], ['Old political hands', 'the race is close']]);
  });

  it('two modifiers joined by "and" belong to one noun: "…, campaign and corporate records show."', () => {
    const quote = only('Much of the money came from companies that no longer exist, campaign and corporate records show.');

    expect(quote.speaker?.mention).toBe('campaign and corporate records');
  });

  it('a name with a suffix speaks: "Joseph R. Biden Jr. said …"', () => {
    const quote = only('Vice President Joseph R. Biden Jr. said the remarks had made him a danger.');

    expect(quote.speaker).toMatchObject({ mention: 'Vice President Joseph R. Biden Jr.', name: expect.stringMatching(/^Joseph R. Biden/) });
  });

  it('a dotted acronym speaks with its last period: "the F.B.I. has said …"', () => {
    const quote = only('The checks came back clear, and the F.B.I. has said it had no record of the couple.');

    expect(quote).toMatchObject({ text: 'it had no record of the couple', speaker: { mention: 'the F.B.I.' } });
  });
});

describe('speakers: words between the speaker and the cue', () => {
  it('a negation with a typographic apostrophe is stepped over like a plain one: "Ms. Ortiz didn’t say …"', () => {
    const quote = only('Ms. Ortiz didn’t say whether she would run again.');

    expect(quote.speaker?.mention).toBe('Ms. Ortiz');
  });

  it('so are sentence adverbs after the auxiliary: "have since denounced", "has nevertheless called"', () => {
    const quotes = quotesOf('State leaders have since denounced the ruling. The governor has nevertheless called it fair.');

    expect(quotes.map((q) => q.speaker?.mention)).toEqual(['State leaders', 'The governor']);
  });

  it('so are "couldn’t", "wouldn’t" and "don’t": "The senator couldn’t say whether …"', () => {
    const quote = only('The senator couldn’t say whether the bill would pass.');

    expect(quote).toMatchObject({ cue: 'say', text: 'whether the bill would pass', speaker: { mention: 'The senator' } });
  });

  it('so is "yet": "has not yet responded to"', () => {
    const quote = only('The mayor has not yet responded to the council’s letter.');

    expect(quote).toMatchObject({ cue: 'responded to', speaker: { mention: 'The mayor' } });
  });

  it('so is "be" in a progressive with its auxiliary: "She will be challenging …"', () => {
    const quote = only('Ana Ruiz spoke last week. She will be challenging the incumbent mayor in the fall.');

    expect(quote).toMatchObject({ cue: 'challenging', speaker: { mention: 'She', name: 'Ana Ruiz' } });
  });

  it('a modal before adverbs still makes a base form a verb: "can barely believe"', () => {
    const quote = only('Ms. Karimi can barely believe she gets to live in the city.');

    expect(quote).toMatchObject({ cue: 'believe', text: 'she gets to live in the city', speaker: { mention: 'Ms. Karimi' } });
  });

  it('an aside after the auxiliary is stepped over: "State officials have, in fact, praised …"', () => {
    const quote = only('State officials have, in fact, praised the county for its quick response to the flood.');

    expect(quote).toMatchObject({ cue: 'praised', text: 'the county for its quick response to the flood', speaker: { mention: 'State officials' } });
  });
});

describe('speakers: shares with a comparative', () => {
  it('"More than six in 10 said" names its share as the speaker', () => {
    const quote = only('More than six in 10 said they were tired of the race.');

    expect(quote).toMatchObject({ text: 'they were tired of the race', speaker: { mention: 'More than six in 10' } });
  });

  it('how likely a group is to say something is the group\'s: "Democratic voters are slightly more likely to say that …"', () => {
    const quote = only('Democratic voters are slightly more likely to say that the mayor shares their views.');

    expect(quote).toMatchObject({ cue: 'say', text: 'the mayor shares their views', speaker: { mention: 'Democratic voters' } });
  });

  it('a demonstrative "that" before a noun and a break is the object, not a complementizer: "confirmed that observation, …"', () => {
    const quote = withCue(quotesOf('The Times confirmed that observation, reporting new figures.'), 'confirmed');

    expect(quote?.text).toBe('that observation');
  });

  it('what a restrictive relative wants ends before the sentence\'s own verb: "the novice who wants to unseat X is reaping …"', () => {
    const quote = only('The novice who wants to unseat the chairwoman is reaping big financial rewards.');

    expect(quote).toMatchObject({ cue: 'wants', text: 'to unseat the chairwoman' });
  });

  it('so does a share after a clause: "Voters were worried, and more than 4 in 10 said …"', () => {
    const quote = withCue(quotesOf('Voters were worried about jobs, and more than 4 in 10 said the governor would handle the economy best.'), 'said');

    expect(quote).toMatchObject({ cue: 'said', text: 'the governor would handle the economy best', speaker: { mention: 'more than 4 in 10' } });
  });
});

describe('reported speech: a relative "that"', () => {
  it('speaks for any noun before it: "an outfit that endorsed Sanders"', () => {
    const quote = only('Democracy Now, an outfit that endorsed the senator in the primary, launched a petition.');

    expect(quote).toMatchObject({ cue: 'endorsed', text: 'the senator in the primary', speaker: { mention: 'an outfit' } });
  });
});

describe('reported speech: a clause joined after the cue', () => {
  it('is another statement, not the cue\'s content: "Voters were worried, and most said …"', () => {
    const quotes = quotesOf('Voters were worried, and most said the mayor would win.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['said', 'the mayor would win']]);
  });

  it('but after a colon it is what was said: "TAPPER: And obviously, …"', () => {
    const quote = only('TAPPER: And obviously, the race is close this year.');

    expect(quote.text).toBe('And obviously, the race is close this year');
  });
});

describe('speakers: a pronoun with its auxiliary', () => {
  it('"She’s said" speaks for "she", written without the contraction and resolved like it', () => {
    const quotes = quotesOf('Ann Lee met the board on Monday. She’s said the plan would fail.');

    expect(quotes[0]).toMatchObject({ text: 'the plan would fail', speaker: { mention: 'She', name: 'Ann Lee' } });
  });

  it('so does "She’s predicting": the contracted auxiliary makes the participle a verb', () => {
    const quotes = quotesOf('Ann Lee met the board on Monday. She’s predicting the plan will fail.');

    expect(quotes[0]).toMatchObject({ cue: 'predicting', text: 'the plan will fail', speaker: { name: 'Ann Lee' } });
  });

  it('adverbs may part a progressive from its "be": "Party leaders are now openly questioning how …"', () => {
    const quote = only('Party leaders are now openly questioning how the rivals have handled the race.');

    expect(quote).toMatchObject({ cue: 'questioning', text: 'how the rivals have handled the race', speaker: { mention: 'Party leaders' } });
  });

  it('a negated progressive of speech reports what is not said: "is not saying", "isn’t saying"', () => {
    const quotes = quotesOf('Ann Lee met the board on Monday. She is not saying which plan she prefers. Her aide isn’t saying when the vote will be.');

    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['which plan she prefers', 'Ann Lee'], ['when the vote will be', 'Her aide']]);
  });
});

describe('speakers: a floating quantifier', () => {
  it('is stepped over to the subject: "Bolton and Gorka were both critical of …"', () => {
    const quote = only('Ann Bolton and Tom Gorka were both critical of the nuclear deal with Iran.');

    expect(quote.speaker?.mention).toBe('Ann Bolton and Tom Gorka');
  });
});

describe('reported speech: a relative clause in the speaker phrase', () => {
  it('ends at the cue of the frame it belongs to: "Barkley, who said he votes Democratic, said …"', () => {
    const quotes = quotesOf('Ana Barkley, who said she typically votes Democratic, said one candidate stood out.');

    expect(quotes.map((q) => q.text)).toEqual(['she typically votes Democratic', 'one candidate stood out']);
  });
});

describe('reported speech: clause-final cues', () => {
  it.each([
    ['a city in capitals', 'PHOENIX — The bridge will not open before the winter, the mayor said.', 'said'],
    ['a city, state and agency', 'TUCSON, Ariz. (AP) — The bridge will not open before the winter, according to the city engineer.', 'according to'],
  ])('a dateline opening the sentence is no part of what was said: %s', (_layout, text, cue) => {
    const quote = withCue(quotesOf(text), cue);

    expect(quote?.text).toBe('The bridge will not open before the winter');
  });

  it('a name after a clause-final cue is its speaker, not the clause before: "…, said Mark Kantor, a loan expert who …"', () => {
    const quote = only("Many factors affect a student's ability to pay back debt, said Mark Kantor, a loan expert who has published several books on the topic.");

    expect(quote).toMatchObject({ text: "Many factors affect a student's ability to pay back debt", speaker: { mention: 'Mark Kantor' } });
  });

  it('but a name with its own verb after the cue is what was said: "Ana Ruiz, the ambassador, said Mexico must …"', () => {
    const quote = withCue(quotesOf('Ana Ruiz, the former ambassador to the United States, said Mexico must answer the claims.'), 'said');

    expect(quote).toMatchObject({ text: 'Mexico must answer the claims', speaker: { name: 'Ana Ruiz' } });
  });

  it('"as" joins a clause-final frame to the clause before it: "…, as union leaders point out."', () => {
    const quote = only('Cutting the budget again also carries risks, as union leaders point out.');

    expect(quote).toMatchObject({ text: 'Cutting the budget again also carries risks', speaker: { mention: 'union leaders' } });
  });

  it('any cue may name its listener after "to": "…, she said in a video message to the convention."', () => {
    const quote = only('Democrats had cracked the glass ceiling for women, she said in a video message to the convention.');

    expect(quote.text).toBe('Democrats had cracked the glass ceiling for women');
  });

  it('when it was said may be a month or a year: "…, Politico reported in 2014."', () => {
    const quote = only('The firm effectively disbanded after the election, Politico reported in 2014.');

    expect(quote).toMatchObject({ text: 'The firm effectively disbanded after the election', speaker: { mention: 'Politico' } });
  });

  it('a comment after a dash is the reporter\'s, not what was reported: "…, the office reported on Tuesday -- a development that …"', () => {
    const quote = only('Deficits will rise this year, the budget office reported on Tuesday -- a development that worries both parties.');

    expect(quote).toMatchObject({ text: 'Deficits will rise this year', speaker: { mention: 'the budget office' } });
  });

  it('where it was said may be a programme by name, quoted or not: "…, he said on MSNBC’s “Morning Joe.”"', () => {
    const quotes = quotesOf('The governor will not endorse anyone, he said on MSNBC’s “Morning Joe.” The race is wide open, she said on CNN.');

    expect(quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'The governor will not endorse anyone'], ['indirect', 'The race is wide open']]);
  });

  it('so may a publication or a place by name: "…, as Ann Lee noted in The Intercept."', () => {
    const quote = only('The tactic is an old one, as Ann Lee noted in The Intercept.');

    expect(quote).toMatchObject({ text: 'The tactic is an old one', speaker: { mention: 'Ann Lee' } });
  });

  it('an opening "as" clause reports the whole main clause, a frame nested in it too: "As The Hill reported, X was accused of …"', () => {
    const quotes = quotesOf('As The Hill reported, the senator was also accused of breaking the debate rules.');

    expect(withCue(quotes, 'reported')).toMatchObject({ text: 'the senator was also accused of breaking the debate rules', speaker: { mention: 'The Hill' } });
  });

  it('"as reported by" names its source as "according to" does', () => {
    const quotes = quotesOf('As reported by the Tribune, investigators found over 2,200 emails on the server. The plant was sold, as reported in the Herald.');

    expect(quotes.map((q) => [q.text, q.speaker?.mention])).toEqual([
      ['investigators found over 2,200 emails on the server', 'the Tribune'],
      ['The plant was sold', 'the Herald'],
    ]);
  });

  it('an "as" aside inside the clause leaves it whole: "The economy, as the mayor said, is weak."', () => {
    const quote = only('The local economy, as the mayor said, is weak.');

    expect(quote).toMatchObject({ text: 'The local economy is weak', speaker: { mention: 'the mayor' } });
  });

  it('a clause-final cue reports its whole sentence, taking in a cue nested before it: "…, especially one considered an adversary, she said"', () => {
    const text = 'The United States would not tolerate that from any other country, especially one considered an adversary, she said.';

    const quotes = quotesOf(text);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cue: 'said', speaker: { mention: 'she' }, text: 'The United States would not tolerate that from any other country, especially one considered an adversary' });
  });

  it('"X said Thursday at a town hall in Buffalo, New York, that …" reports what follows "that"', () => {
    const quote = only('Bernie Sanders said Thursday during a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.');

    expect(quote.text).toBe('the state is wrong to ban fracking');
  });

  it('only when it was said is no statement: "Dr. Reyes testified on Monday."', () => {
    expect(quotesOf('Dr. Ann Reyes testified on Monday.')).toEqual([]);
  });

  it('"…, X said Thursday." attributes the clause before, not the day', () => {
    const quote = only('The ferry will resume service in March, port director Alan Cruz said Thursday.');

    expect(quote).toMatchObject({ text: 'The ferry will resume service in March', speaker: { mention: 'port director Alan Cruz' } });
  });

  it('"…, she said in a statement on Twitter." attributes the clause before', () => {
    const quote = only('The agency had no record of the request, she said in a statement on Twitter.');

    expect(quote.text).toBe('The agency had no record of the request');
  });
});

/** Quotes of a text whose metadata names a title, so its headline line stays in the body (a headline ending in a full stop, as in PolNeAR). */
const quotesWithTitle = (text: string): Quote[] =>
  extractRecord(parseArticle(new TextEncoder().encode(text), { name: 'article.txt', publishedAt: '2016-05-02', title: text.split('\n')[0] }), { articleId: 'test' }).quotes;

describe('headlines', () => {
  it('a title-case headline verb is a cue: "Clinton Says Russians Hacked DNC"', () => {
    const quotes = quotesWithTitle('Clinton Says Russians Hacked DNC Servers.\n\nThe Democratic nominee spoke in Denver on Sunday.');

    expect(quotes[0]).toMatchObject({ text: 'Russians Hacked DNC Servers', speaker: { mention: 'Clinton' } });
  });

  it.each([
    ['in title case', 'Graham: Trade Deal Would Cost Carolina Jobs.\n\nThe senator spoke to reporters in Columbia.', 'Trade Deal Would Cost Carolina Jobs', 'Graham'],
    ['in sentence case', 'Ortiz: no outside influence on the budget review.\n\nThe mayor spoke to reporters in Tucson.', 'no outside influence on the budget review', 'Ortiz'],
  ])('a name before a headline colon is the speaker, %s', (_case, article, text, mention) => {
    const quotes = quotesWithTitle(article);

    expect(quotes[0]).toMatchObject({ text, speaker: { mention } });
  });

  it.each([
    ['a poll', 'Poll: Ortiz Leads Reyes by Six Points in Arizona.\n\nThe survey was taken last week.', 'Ortiz Leads Reyes by Six Points in Arizona', 'Poll'],
    ['a speaker and the audience addressed', 'Ortiz to Teachers: We Will Fund Every School.\n\nThe mayor spoke in Tucson.', 'We Will Fund Every School', 'Ortiz'],
  ])('%s before a headline colon is the source', (_case, article, text, name) => {
    const quotes = quotesWithTitle(article);

    expect(quotes[0]).toMatchObject({ text, speaker: { name } });
  });

  it('a quotation the colon introduces takes the rest of the headline with it: "Ortiz: ‘No Idea’ If …"', () => {
    const quotes = quotesWithTitle('Ana Ortiz: ‘No Idea’ If the Budget Will Pass This Year.\n\nThe mayor spoke in Tucson.');

    expect(quotes[0]).toMatchObject({ kind: 'mixed', text: '‘No Idea’ If the Budget Will Pass This Year', speaker: { mention: 'Ana Ortiz' } });
  });

  it('a label before a headline colon is not a speaker: "The Latest: …"', () => {
    const quotes = quotesWithTitle('The Latest: Storm Closes Schools Across Three Counties.\n\nSchools in three counties closed on Monday.');

    expect(quotes).toHaveLength(0);
  });

  it('a credit line is not a quote: "Contributing: Ana Ruiz."', () => {
    const quotes = quotesWithTitle('The council met on Monday to vote on the budget.\n\nContributing: Ana Ruiz and Tom Lee of the Star.');

    expect(quotes).toHaveLength(0);
  });
});

describe('reported speech: more cues and speakers', () => {
  it('a share of a poll sample is a speaker: "Nearly half said …"', () => {
    const quote = withCue(quotesOf('Nearly half said they would prefer a candidate with experience in government.'), 'said');

    expect(quote).toMatchObject({ text: 'they would prefer a candidate with experience in government', speaker: { mention: 'Nearly half' } });
  });

  it('a preposition belongs to its cue: "called for a special prosecutor"', () => {
    const quote = only('Gov. Mike Pence called for a special prosecutor on Monday.');

    expect(quote).toMatchObject({ cue: 'called for', text: 'a special prosecutor on Monday', speaker: { mention: 'Gov. Mike Pence' } });
  });

  it('a verb that reports only with its preposition: "talked about trade"', () => {
    const quote = only('The senator talked about trade with China for most of the hour.');

    expect(quote).toMatchObject({ cue: 'talked about', text: 'trade with China for most of the hour' });
  });

  it('a progressive form with its preposition is active, not passive: "is calling for", "was talking about"', () => {
    const quotes = quotesOf('Mayor Lena Park is calling for a new budget vote. Her rival was talking about school funding all week.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['calling for', 'a new budget vote'], ['talking about', 'school funding all week']]);
  });

  it('a passive with a preposition still reports no statement: "was called for"', () => {
    const quotes = quotesOf('A recount was called for in two counties.');

    expect(quotes).toHaveLength(0);
  });

  it('a stance verb with an object is a cue: "attacked the plan"', () => {
    const quote = only('Sen. Ana Ruiz attacked the spending plan as reckless.');

    expect(quote).toMatchObject({ cue: 'attacked', text: 'the spending plan as reckless' });
  });

  it('a long subject naming a source speaks: "Campaign finance records from the state show …"', () => {
    const quote = only('Campaign finance records from the state show that the mayor spent little on television.');

    expect(quote).toMatchObject({ cue: 'show', text: 'the mayor spent little on television', speaker: { mention: 'Campaign finance records from the state' } });
  });
});

describe('reported speech: where the content starts', () => {
  it('whom it was said to, set off by commas, comes before "that": vented to her husband, Frank, that …', () => {
    const quote = withCue(quotesOf('Flying home that night, she vented to her husband, Frank Fiorina, that the merger would be “a fight from start to finish.”'), 'vented');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'the merger would be “a fight from start to finish.”' });
  });

  it('a quotation after a comma follows a listener with a relative clause: told the mayors who gathered …, “…”', () => {
    const quote = only('But, she told the mayors who gathered in the city of Indianapolis, “no one should be confused about our commitment to Europe.”');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'told', text: 'no one should be confused about our commitment to Europe' });
  });

  it.each([
    ['the start', 'The mayor has said from the start that the bridge will open in the spring.'],
    ['a call', 'The mayor said in a call with reporters that the bridge will open in the spring.'],
  ])('a cue word after a determiner in when or where it was said is a noun, not a second cue: %s', (_noun, text) => {
    const quote = only(text);

    expect(quote).toMatchObject({ cue: 'said', text: 'the bridge will open in the spring' });
  });
});

describe('reported speech: habits, what is still to come and what was refrained from', () => {
  it.each([
    ['used to', 'The council member used to support the mayor, but now backs her rival.', 'support', 'the mayor'],
    ['has yet to', 'While the governor has yet to endorse the mayor, her deputy did.', 'endorse', 'the mayor'],
    ['refrained from', 'The senator has refrained from endorsing either candidate.', 'endorsing', 'either candidate'],
  ])('a stance verb after "%s" is a cue', (_lead, text, cue, content) => {
    const quote = withCue(quotesOf(text), cue);

    expect(quote?.text).toBe(content);
  });
});

describe('reported speech: what someone saw', () => {
  it('"saw" with "that" or "as" is a view: "saw that the mayor could win", "saw the plan as a tool"', () => {
    const quotes = quotesOf('Many black voters saw that the mayor could actually win. The council saw the plan as a tool for developers.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['saw', 'the mayor could actually win'], ['saw', 'the plan as a tool for developers']]);
  });

  it('"saw" with only an object is a sight: "saw him there again in 1999"', () => {
    expect(quotesOf('She saw him there again in 1999 at the celebration.')).toHaveLength(0);
  });
});

describe('speakers: an infinitive of speech with a clause', () => {
  it('after a place or a time, the clause’s subject speaks: "stood at a rally to say he was leaning …"', () => {
    const quote = only('Ana Ruiz of Tempe stood up at a town hall here to say she was leaning toward the mayor.');

    expect(quote).toMatchObject({ cue: 'say', text: 'she was leaning toward the mayor', speaker: { mention: 'Ana Ruiz of Tempe', name: 'Ana Ruiz' } });
  });

  it('after a causative verb, its object speaks: "pushed Democrats to say they support …"', () => {
    const quote = withCue(quotesOf('The shooting pushed Democrats to say they support stricter background checks.'), 'say');

    expect(quote).toMatchObject({ text: 'they support stricter background checks', speaker: { mention: 'Democrats' } });
  });

  it('"to claim" with a noun phrase is no statement: "traveled to Ohio to claim the nomination"', () => {
    const quotes = quotesOf('The senator traveled to Ohio to claim the nomination before the convention.');

    expect(quotes).toHaveLength(0);
  });
});

describe('reported speech: an infinitive as content', () => {
  it('a later "that" belongs to the infinitive: "pledged to stay through that contest"', () => {
    const quote = only('Sanders has pledged to stay in the primary through that contest.');

    expect(quote).toMatchObject({ cue: 'pledged', text: 'to stay in the primary through that contest' });
  });
});

describe('speakers: subjects with a relative clause or an irregular plural', () => {
  it('a relative clause with a cue of its own does not take the subject from the main verb: "The delegate and activist, who backs Cruz, said …"', () => {
    const quote = withCue(quotesOf('The delegate and activist, who backs Cruz, said that a long battle was ahead.'), 'said');

    expect(quote).toMatchObject({ text: 'a long battle was ahead', speaker: { mention: expect.stringMatching(/^The delegate and activist/) } });
  });

  it('so does a restrictive relative clause: "Even Republicans who have praised his candidacy warned that …"', () => {
    const quote = withCue(quotesOf('Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself.'), 'warned');

    expect(quote).toMatchObject({ text: 'the party may have to separate itself', speaker: { mention: expect.stringMatching(/Republicans who have praised his candidacy$/) } });
  });

  it('a poll share may name its group after the ratio: "while about 6 in 10 white men supported Sanders"', () => {
    const quote = withCue(quotesOf('Women preferred Clinton, while about 6 in 10 white men supported Sanders.'), 'supported');

    expect(quote).toMatchObject({ text: 'Sanders', speaker: { mention: 'about 6 in 10 white men' } });
  });

  it('an irregular plural agrees with a base-form cue: "The women hope …"', () => {
    const quote = only('The women hope their work will change the culture.');

    expect(quote).toMatchObject({ text: 'their work will change the culture', speaker: { mention: 'The women' } });
  });
});

describe('reported speech: a speech participle after a noun', () => {
  it('says what the noun before it says: "sent out a flier saying …"', () => {
    const quote = only('The campaign sent out a flier saying the mayor would raise taxes.');

    expect(quote).toMatchObject({ cue: 'saying', text: 'the mayor would raise taxes', speaker: { mention: 'a flier' } });
  });

  it('a bare object of the verb before it speaks too: "issued warnings saying …"', () => {
    const quote = only('Officials issued warnings saying the storm would hit the coast.');

    expect(quote).toMatchObject({ cue: 'saying', text: 'the storm would hit the coast', speaker: { mention: 'warnings' } });
  });

  it('a complement within a plural subject agrees with a base-form cue: "advocates within the community cite …"', () => {
    const quote = only('But advocates within the scientific community cite his voting record.');

    expect(quote).toMatchObject({ cue: 'cite', speaker: { mention: 'advocates within the scientific community' } });
  });
});

describe('reported speech: second verbs of a subject', () => {
  it('a "that"-only cue reports a clause opening with its pronoun subject: "…, stating there was a benefit …"', () => {
    const quote = withCue(quotesOf('Cruz praised Trump, stating there was a benefit to having him in the race.'), 'stating');

    expect(quote).toMatchObject({ text: 'there was a benefit to having him in the race', speaker: { mention: 'Cruz' } });
  });

  it('a stance adjective takes its degree and a linking "remain": "are well aware of", "remained skeptical that"', () => {
    const quotes = quotesOf('Aides to the mayor are well aware of these problems. Some remained skeptical that he would follow through.');

    expect(quotes.map((q) => [q.speaker?.mention, q.text])).toEqual([['Aides to the mayor', 'these problems'], ['Some', 'he would follow through']]);
  });

  it('a second verb past a verb of aspect ends the first statement: "joked that …, but went on to say, “…”"', () => {
    const quote = withCue(quotesOf('Trump joked that Brooklyn was his answer, but went on to say, “There are places that are dangerous.”'), 'joked');

    expect(quote?.text).toBe('Brooklyn was his answer');
  });

  it('a one-word opening adverb does not part a mid-sentence frame from its clause: "Overall, she said, a number of …"', () => {
    const quote = only('Overall, she said, a number of Republican groups are finding themselves unwanted.');

    expect(quote).toMatchObject({ text: 'Overall a number of Republican groups are finding themselves unwanted', speaker: { mention: 'she' } });
  });

  it('when it was said closes a clause-final frame: "…, Lily García said at the time."', () => {
    const quote = only('The board chose Clinton, Lily García said at the time.');

    expect(quote).toMatchObject({ text: 'The board chose Clinton', speaker: { mention: 'Lily García' } });
  });

  it('speech verbs take what they are about: "speculated about the cost of her wardrobe"', () => {
    const quote = only('The host speculated about the cost of her wardrobe.');

    expect(quote).toMatchObject({ cue: 'speculated about', text: 'the cost of her wardrobe', speaker: { mention: 'The host' } });
  });

  it('"at least" opens no prepositional object: "More than half the senators surveyed support at least lowering the number"', () => {
    const quote = only('More than half the senators surveyed support at least lowering the number of superdelegates.');

    expect(quote).toMatchObject({ cue: 'support', text: 'at least lowering the number of superdelegates' });
  });

  it('a "that"-only cue reports a clause opening with a question word: "do not understand what is happening"', () => {
    const quote = only('It is clear that the party insiders do not understand what is happening in America.');

    expect(quote).toMatchObject({ cue: 'understand', text: 'what is happening in America' });
  });

  it('a stance verb takes a reflexive object: "defended himself against accusations of racism"', () => {
    const quote = only('He defended himself against accusations of racism.');

    expect(quote).toMatchObject({ cue: 'defended', text: 'himself against accusations of racism' });
  });

  it('a question word alone is what was not said: "Cook did not say when."', () => {
    const quote = withCue(quotesOf('Cook said Carter stopped the practice, but Cook did not say when.'), 'say');

    expect(quote).toMatchObject({ text: 'when', speaker: { mention: 'Cook' } });
  });

  it('a pronoun subject keeps its contraction for a second verb: "They’re less hostile … and generally agree that …"', () => {
    const quote = only('They’re less hostile to regulation and generally agree that the rich should pay more in taxes.');

    expect(quote).toMatchObject({ cue: 'agree', text: 'the rich should pay more in taxes', speaker: { mention: 'They' } });
  });

  it('a participle set off right after the subject speaks for it: "Sen. Dick Durbin (D-Ill.), noting the size of …, said"', () => {
    const quote = withCue(quotesOf('But Sen. Dick Durbin (D-Ill.), noting the size of the crowds, said the senator had a following.'), 'noting');

    expect(quote).toMatchObject({ text: 'the size of the crowds', speaker: { mention: 'Sen. Dick Durbin' } });
  });

  it('a participle after the verb speaks for a subject set off by asides: "Sen. Ana Ruiz, D-Ariz., who faces …, withdrew …, saying …"', () => {
    const quote = withCue(quotesOf('Sen. Ana Ruiz, D-Ariz., who faces a hard race at home, withdrew her endorsement of the mayor, saying he lacks the temperament for the job.'), 'saying');

    expect(quote).toMatchObject({ text: 'he lacks the temperament for the job', speaker: { name: 'Ana Ruiz' } });
  });

  it('after an opening adverbial, a pronoun subject may keep its contraction: "Since May, she’s tacked to the left, criticizing …"', () => {
    const quote = only('Since May, she’s tacked to the left, criticizing the pipeline.');

    expect(quote).toMatchObject({ cue: 'criticizing', text: 'the pipeline', speaker: { mention: 'she' } });
  });

  it('after an opening adverbial, a past verb before a name ends the subject: "In his speech, Obama met Clinton and said …"', () => {
    const quote = only('In his speech, Obama met Clinton and said she would finish the job.');

    expect(quote).toMatchObject({ cue: 'said', text: 'she would finish the job', speaker: { mention: 'Obama' } });
  });

  it('a name spelled like a participle is still the subject: "Schilling went to Boston and said …"', () => {
    const quote = only('Schilling went to Boston and said the decision was right.');

    expect(quote).toMatchObject({ text: 'the decision was right', speaker: { mention: 'Schilling' } });
  });
});

describe('reported speech: where the content ends', () => {
  it('an aside inside a stance object does not end it: assailed a judge, Gonzalo Curiel, for his “Mexican heritage”', () => {
    const quote = withCue(quotesOf('Mr. Trump assailed a federal judge, Gonzalo P. Curiel, for his “Mexican heritage.”'), 'assailed');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'a federal judge, Gonzalo P. Curiel, for his “Mexican heritage.”' });
  });

  it('a closing appositive remarking on the statement is left out', () => {
    // Arrange
    const text = 'The governor said the state would cut the program by half, a move that angered teachers.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'the state would cut the program by half' });
  });

  it('a closing participle clause remarking on the statement is left out', () => {
    const quote = withCue(quotesOf('The senator said he would veto the budget, drawing a sharp reply from the mayor.'), 'said');

    expect(quote).toMatchObject({ text: 'he would veto the budget' });
  });

  it('a closing relative clause about the person named last is left out', () => {
    const quote = withCue(quotesOf('The memo said the secretary had met with Eric Fanning, who was then his chief of staff.'), 'said');

    expect(quote).toMatchObject({ text: 'the secretary had met with Eric Fanning' });
  });

  it('an appositive followed by more of the clause stays in', () => {
    const quote = withCue(quotesOf('Police said Maria Lopez, a nurse from Toledo, was driving the car.'), 'said');

    expect(quote).toMatchObject({ text: 'Maria Lopez, a nurse from Toledo, was driving the car' });
  });

  it('after an opening adverbial, "X said," reports the clause that follows', () => {
    const quote = withCue(quotesOf('Back then, Ms. Ripert said, she found the work tiring.'), 'said');

    expect(quote).toMatchObject({ text: 'Back then she found the work tiring' });
  });

  it('a dash before "but" opens the reporter\'s clause', () => {
    const quote = withCue(quotesOf('The mayor said the budget was balanced -- but the auditors disagreed.'), 'said');

    expect(quote).toMatchObject({ text: 'the budget was balanced' });
  });
});

describe('reported speech: plural nouns that look like cues', () => {
  it('a plural noun after a modifier is no cue: "the terrorist attacks in Paris"', () => {
    // Arrange
    const text = 'After the terrorist attacks in Paris, security was tightened at airports.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(quotes.map((q) => q.cue)).not.toContain('attacks');
  });

  it('"states" after a number or quantifier is the noun: "In three other states, …"', () => {
    const quotes = quotesOf('In three other states, turnout among young voters fell sharply this year.');

    expect(quotes).toHaveLength(0);
  });

  it('the same word after an adverb stays a cue: "Trump often attacks the press"', () => {
    const quote = withCue(quotesOf('Donald Trump often attacks the press for its coverage of his rallies.'), 'attacks');

    expect(quote).toMatchObject({ text: 'the press for its coverage of his rallies', speaker: { mention: 'Donald Trump' } });
  });
});

describe('reported speech: learned cues, expectations and poll shares', () => {
  it('"referenced" is a cue, its object the content; "references" a noun', () => {
    const quotes = quotesOf('Rep. Ana Diaz referenced a 2015 audit of the agency. She made several references to the audit.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['referenced', 'a 2015 audit of the agency']]);
  });

  it('so does it before a second verb with its adverb: "opposed a similar effort in 2007 and once again did not like …"', () => {
    const quote = only('The senator had opposed a similar bill in 2007 and once again did not like its provisions.');

    expect(quote).toMatchObject({ cue: 'opposed', text: 'a similar bill in 2007' });
  });

  it('a stance participle speaks for any noun before it: "groups backing Senator Cruz"', () => {
    const quote = only('The donor gave money to the groups backing Senator Ann Ruiz of Texas.');

    expect(quote).toMatchObject({ cue: 'backing', text: 'Senator Ann Ruiz of Texas', speaker: { mention: 'the groups' } });
  });

  it('so does a gerund opening the sentence after "In addition to": "In addition to stating that …, Clinton has vowed …"', () => {
    const quote = withCue(quotesOf('In addition to stating that the plan had failed, Ms. Ruiz has vowed to repeal it.'), 'stating');

    expect(quote).toMatchObject({ text: 'the plan had failed', speaker: { mention: 'Ms. Ruiz' } });
  });

  it('a gerund after "besides" reports the clause\'s subject: "Besides attacking the former president, Mr. Trump asserted …"', () => {
    const quote = withCue(quotesOf('Besides attacking the former president, Mr. Lee asserted that the war was a mistake.'), 'attacking');

    expect(quote).toMatchObject({ text: 'the former president', speaker: { mention: 'Mr. Lee' } });
  });

  it('so does it before an irregular past: "praised the agency, and won the vote"', () => {
    const quote = only('The senator praised the agency over the past year, and won the vote easily.');

    expect(quote).toMatchObject({ cue: 'praised', text: 'the agency over the past year' });
  });

  it('so is a "that" after a stance verb\'s object: "rebutted the accusation that the articles were false"', () => {
    const quote = only('The university rebutted the accusation that the articles were false.');

    expect(quote.text).toBe('the accusation that the articles were false');
  });

  it('nor is the mark of an abbreviated year: "said in ‘08 that …"', () => {
    const quote = only('Rep. Ann Diaz said in ‘08 that white voters had surprised the party.');

    expect(quote).toMatchObject({ kind: 'indirect', text: 'white voters had surprised the party' });
  });

  it('a plural possessive mark before the "that" is no quotation: "wrote to Sanders’ Senate office that …"', () => {
    const quote = withCue(quotesOf('The Legion wrote to Sanders’ Senate office that it objected to the fliers.'), 'wrote');

    expect(quote?.text).toBe('it objected to the fliers');
  });

  it('what someone "offers" is a view they put forward, as with "offered"', () => {
    const quote = only('Viguerie offers a clear tactical guide to a potential victory.');

    expect(quote).toMatchObject({ cue: 'offers', text: 'a clear tactical guide to a potential victory' });
  });

  it('a "that" after a cue\'s own preposition is relative: "has spoken about dignity in a manner that is unusual"', () => {
    const quote = only('The senator has spoken about workers’ dignity in a manner that is unusual.');

    expect(quote.text).toBe('workers’ dignity in a manner that is unusual');
  });

  it('a second verb after "but now" shares the subject: "supported Kasich …, but now plans to vote for Trump"', () => {
    const quote = withCue(quotesOf('Carole Bower, a retiree, supported the governor in the primary, but now plans to vote for the senator.'), 'plans');

    expect(quote).toMatchObject({ text: 'to vote for the senator', speaker: { name: 'Carole Bower' } });
  });

  it('a stance verb\'s object ends before a second verb after "but": "praised the agency but was careful …"', () => {
    const quote = only('The senator praised the agency but was careful not to blame any group.');

    expect(quote).toMatchObject({ cue: 'praised', text: 'the agency' });
  });

  it('an impression\'s subject may be set off by asides: "Hezbollah, which has lost …, seems unlikely to …"', () => {
    const quote = only('Hezbollah, which has lost thousands of fighters in Syria, seems unlikely to take on Israel again.');

    expect(quote).toMatchObject({ cue: 'seems', text: 'Hezbollah, which has lost thousands of fighters in Syria unlikely to take on Israel again' });
  });

  it('a negated expectation is still no one\'s: "Trump, a regular in recent years, isn’t expected to attend"', () => {
    const quote = only('The mayor, a regular in recent years, isn’t expected to attend.');

    expect(quote).toMatchObject({ cue: 'isn’t expected', speaker: null });
  });

  it('an expectation\'s subject may be set off by asides: "The central bank, which has held rates near zero, is expected to act"', () => {
    const quote = only('The central bank, which has held rates near zero, is expected to act in December.');

    expect(quote).toMatchObject({ cue: 'is expected', text: 'The central bank, which has held rates near zero to act in December', speaker: null });
  });

  it('an expectation of a relative clause keeps its pronoun as subject: "…, who are expected to make up half …"', () => {
    const quote = only('The race turns on older voters, who are expected to make up half of the electorate.');

    expect(quote).toMatchObject({ cue: 'are expected', text: 'who to make up half of the electorate', speaker: null });
  });

  it.each([
    ['was declared', 'Shortly after the polls closed, the senator was declared the winner in Rhode Island.', 'the senator the winner in Rhode Island'],
    ['is considered', 'The walk-off is considered one of the largest in company history.', 'The walk-off one of the largest in company history'],
    ['is accused', 'The gunman is accused of killing nine people inside the church.', 'The gunman of killing nine people inside the church'],
  ])('a passive with no agent reports a judgement, by no one named, with its subject: "%s"', (cue, text, content) => {
    expect(only(text)).toMatchObject({ cue, text: content, speaker: null });
  });

  it('a passive of a verb that reports nothing without its agent is no quote: "was named"', () => {
    expect(quotesOf('In 1962 the young activist was named the executive director of the group.')).toEqual([]);
  });

  it('what someone was asked about is the reporter\'s question: "Clinton was asked about …"', () => {
    const quote = only('After the rally, the senator was asked about speeches she made to bankers.');

    expect(quote).toMatchObject({ cue: 'asked about', text: 'speeches she made to bankers', speaker: null });
  });

  it('an adverb may stand inside a passive with its agent: "was first reported by BuzzFeed", "as first reported by"', () => {
    const quotes = quotesOf('The ban was first reported by BuzzFeed. The fund began buying ads this week, as first reported by the Tribune.');

    expect(quotes.map((q) => [q.text, q.speaker?.mention])).toEqual([['The ban', 'BuzzFeed'], ['The fund began buying ads this week', 'the Tribune']]);
  });

  it('what is expected of someone is attributed to no one: "is expected to …"', () => {
    const quote = only('The governor is expected to sign the budget bill before the weekend.');

    expect(quote).toMatchObject({ kind: 'indirect', cue: 'is expected', text: 'The governor to sign the budget bill before the weekend', speaker: null });
  });

  it('a participle that is no expectation stays passive: "was endorsed in committee"', () => {
    const quotes = quotesOf('The measure was endorsed in committee last week.');

    expect(quotes).toHaveLength(0);
  });

  it('a share of a poll with a number speaks through a base form: "A mere 9 percent say …"', () => {
    const quote = only('A mere 9 percent say they trust the city council.');

    expect(quote).toMatchObject({ text: 'they trust the city council', speaker: { mention: 'A mere 9 percent' } });
  });

  it('"Six in 10 say …" is a plural speaker', () => {
    const quote = only('Six in 10 say the economy is getting worse.');

    expect(quote).toMatchObject({ text: 'the economy is getting worse', speaker: { mention: 'Six in 10' } });
  });

  it('a stance verb’s object may be a single name: "He endorsed Clinton."', () => {
    const quote = withCue(quotesOf('The union leader met Sanders twice. He endorsed Clinton.'), 'endorsed');

    expect(quote).toMatchObject({ text: 'Clinton' });
  });

  it('a stance verb’s object ends before a second verb of the subject', () => {
    const quote = withCue(quotesOf('Gov. Chris Ortega endorsed Trump and has appeared at his rallies since.'), 'endorsed');

    expect(quote).toMatchObject({ text: 'Trump', speaker: { mention: 'Gov. Chris Ortega' } });
  });

  it.each([
    ['when', 'The senator has hammered Bush throughout the campaign.', 'hammered', 'Bush'],
    ['where', 'Sanders thanked supporters at a victory rally in his home state.', 'thanked', 'supporters'],
    ['by how much', 'Black voters supported her by a 67 percentage point margin.', 'supported', 'her'],
  ])('a stance verb’s object ends before %s it happened', (_what, text, cue, object) => {
    expect(withCue(quotesOf(text), cue)).toMatchObject({ text: object });
  });

  it('in a restrictive relative clause the object ends before the sentence\'s own verb: "voters who support Sanders | are angry"', () => {
    const quote = withCue(quotesOf('The voters who support Sanders are angry at the party leaders.'), 'support');

    expect(quote).toMatchObject({ text: 'Sanders', speaker: { mention: 'The voters' } });
  });

  it('a participle inside the object keeps its complement: "discussed the differences between serving at the State Department"', () => {
    const quote = withCue(quotesOf('The video discussed the differences between serving at the State Department and the Senate.'), 'discussed');

    expect(quote?.text).toBe('the differences between serving at the State Department and the Senate');
  });

  it('verbs annotated as cues in the training news are cues: "assailed", "likened"', () => {
    const quotes = quotesOf('Sen. Dana Moss assailed the trade deal. She likened the pact to a surrender.');

    expect(withCue(quotes, 'assailed')).toMatchObject({ text: 'the trade deal', speaker: { mention: 'Sen. Dana Moss' } });
    expect(withCue(quotes, 'likened')).toMatchObject({ text: 'the pact to a surrender', speaker: { name: 'Dana Moss' } });
  });

  it('a subject the speaker phrases do not cover still holds a belief: "Two objectors, A and B, had challenged …"', () => {
    const quote = only('Two local objectors, Mary Hale and Tom Burke, had challenged the ballot order with the board.');

    expect(quote).toMatchObject({ cue: 'challenged', speaker: { mention: 'Two local objectors, Mary Hale and Tom Burke' } });
  });

  it('a plural subject with a relative clause agrees with a base-form cue: "Advisers who … argue that …"', () => {
    const quote = only('Senior campaign advisers who have studied the map argue that the state is within reach.');

    expect(quote).toMatchObject({ text: 'the state is within reach', speaker: { mention: 'Senior campaign advisers who have studied the map' } });
  });
});

describe('reported speech: learned cues with their preposition', () => {
  it('"balked at" reports a stance with its object', () => {
    const quote = only('Several senators balked at the price of the new fighter jets.');

    expect(quote).toMatchObject({ cue: 'balked at', text: 'the price of the new fighter jets', speaker: { mention: 'Several senators' } });
  });

  it('"made clear that" reports what follows', () => {
    const quote = only('The governor made clear that she would not attend the debate.');

    expect(quote).toMatchObject({ cue: 'made clear', text: 'she would not attend the debate', speaker: { mention: 'The governor' } });
  });

  it('who asked may stand before the question: "When asked by a reporter whether …"', () => {
    const quote = withCue(quotesOf('When asked by a reporter whether the plan differed from the old rules, the mayor shook her head.'), 'asked');

    expect(quote).toMatchObject({ text: 'whether the plan differed from the old rules', speaker: null });
  });

  it('but "asked by" with no question is a passive with its agent: "was asked by the host, who …, to …"', () => {
    const quote = withCue(quotesOf('The senator was asked by the host, who supports him, to explain the emails.'), 'asked');

    expect(quote?.speaker?.mention).toBe('the host');
  });

  it('"made it clear that" reports as "made clear that" does', () => {
    const quote = only('The governor made it clear that she has serious concerns about the bill.');

    expect(quote).toMatchObject({ cue: 'made it clear', text: 'she has serious concerns about the bill', speaker: { mention: 'The governor' } });
  });

  it.each([
    ['groused', 'The candidate groused to a crowd that the network does not treat him properly.', 'the network does not treat him properly'],
    ['sniped', 'The chairman sniped that the new chief executive was learning on the job.', 'the new chief executive was learning on the job'],
  ])('"%s" is a verb of saying', (cue, text, content) => {
    expect(withCue(quotesOf(text), cue)?.text).toBe(content);
  });

  it.each([
    ['voiced support for', 'Senator Ana Ruiz voiced support for a single-payer system.', 'a single-payer system'],
    ['delivered an impassioned defense of', 'The mayor delivered an impassioned defense of the new health law.', 'the new health law'],
    ['expressed concern', 'The senator expressed concern that the deal would fail.', 'the deal would fail'],
    ['stepped up his attacks on', 'The senator stepped up his attacks on the governor.', 'the governor'],
    ['made the case to', 'The senator made the case to expand the program.', 'expand the program'],
    ['made the point', 'The senator made the point that the program had worked.', 'the program had worked'],
  ])('a statement made with a light verb is a cue: "%s"', (cue, text, content) => {
    expect(only(text)).toMatchObject({ cue, text: content });
  });

  it.each([
    ['took aim at', 'The senator took aim at the governor over her emails.', 'the governor over her emails'],
    ['took a swipe at', 'The mayor took a swipe at his rival on Monday.', 'his rival on Monday'],
    ['came out against', 'The union came out against the trade deal.', 'the trade deal'],
    ['threw his support behind', 'The governor threw his support behind the senator from Texas.', 'the senator from Texas'],
    ['doubling down on', 'The mayor is doubling down on her pledge to cut fares.', 'her pledge to cut fares'],
    ['walked back', 'A campaign official later walked back the remarks.', 'the remarks'],
    ['laughed off', 'The senator laughed off the attack ad.', 'the attack ad'],
    ['voted in favor of', 'The council voted in favor of the new stadium.', 'the new stadium'],
    ['called out', 'The governor called out the utility over its rates.', 'the utility over its rates'],
    ['talked up', 'The mayor talked up her plan for the waterfront.', 'her plan for the waterfront'],
    ['made no mention of', 'The governor made no mention of the strike.', 'the strike'],
    ['played down', 'The senator played down the attack on the judge.', 'the attack on the judge'],
    ['mused about', 'The senator mused about abandoning the treaty.', 'abandoning the treaty'],
    ['talked of', 'The senator talked of reforms to the visa program.', 'reforms to the visa program'],
    ['zeroed in on', 'The new ad zeroed in on the mayor’s record.', 'the mayor’s record'],
  ])('an idiom of several words is one cue: "%s"', (cue, text, content) => {
    expect(only(text)).toMatchObject({ cue, text: content });
  });

  it('what someone "looks to" do is their aim: "Republican leaders looked to stop the bleeding"', () => {
    const quote = only('Republican leaders looked to stop the bleeding after the primary.');

    expect(quote).toMatchObject({ cue: 'looked to', text: 'stop the bleeding after the primary', speaker: { mention: 'Republican leaders' } });
  });

  it('after "spoke out" a preposition still leads to what was spoken against: "spoke out against the bill"', () => {
    const quote = only('The senator spoke out against the bill on Tuesday.');

    expect(quote).toMatchObject({ cue: 'spoke out', text: 'the bill on Tuesday' });
  });

  it('where, when and to whom may part "spoke" or "talked" from its "about"', () => {
    const quotes = quotesOf('The mayor spoke at City Hall on Tuesday about rights that had been denied. Her rival is talking to voters about health care.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['spoke', 'rights that had been denied'], ['talking', 'health care']]);
  });

  it('but "spoke" alone reports nothing: "He spoke at the rally."', () => {
    expect(quotesOf('The mayor spoke at the rally on Tuesday.')).toHaveLength(0);
  });

  it('a cue with its preposition takes a one-word object: "cast his vote for Ruiz", "talked about immigration"', () => {
    const quotes = quotesOf('The delegate cast his vote for Ruiz. The mayor talked about immigration.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['cast his vote for', 'Ruiz'], ['talked about', 'immigration']]);
  });

  it('but not a word that only ends the sentence: "has pushed for months"', () => {
    expect(quotesOf('The union has pushed for months.')).toHaveLength(0);
  });

  it('an idiom’s words in their literal sense report nothing: "walked back to his car"', () => {
    expect(quotesOf('The senator walked back to his car.')).toHaveLength(0);
  });

  it('what someone "offered" is a view they put forward: "Rubio offered an emotional evaluation of …"', () => {
    const quote = only('The senator offered an emotional evaluation of the state of politics.');

    expect(quote).toMatchObject({ cue: 'offered', text: 'an emotional evaluation of the state of politics' });
  });

  it('but "offered to" is another verb', () => {
    expect(quotesOf('The mayor offered to help the families.')).toEqual([]);
  });

  it('"laid out" and "shrugged off" report their object', () => {
    const quotes = quotesOf('The mayor laid out her plan for the new bridge. Her rival shrugged off the latest poll numbers.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['laid out', 'her plan for the new bridge'], ['shrugged off', 'the latest poll numbers']]);
  });

  it.each([
    ['adamant that', 'Ms. Ortiz is adamant that the primary was rigged.', 'the primary was rigged'],
    ['quick to', 'Ms. Ortiz was quick to condemn the attack on the embassy.', 'condemn the attack on the embassy'],
    ['critical of', 'Ms. Ortiz has been critical of the trade deal with Canada.', 'the trade deal with Canada'],
    ['wary of', 'Ms. Ortiz is wary of the new tax on fuel.', 'the new tax on fuel'],
    ['aware that', 'Ms. Ortiz was aware that the audit had begun.', 'the audit had begun'],
  ])('an adjective after "be" reports a stance: %s', (cue, text, content) => {
    const quote = only(text);

    expect(quote).toMatchObject({ cue, text: content, speaker: { mention: 'Ms. Ortiz' } });
  });
});

describe('reported speech: relative clauses on a noun', () => {
  it('a cue after a relative "that" is its verb, with the noun as speaker: "polls that show him leading"', () => {
    const quote = withCue(quotesOf('The senator argues he can win, based on polls that show him leading the governor.'), 'show');

    expect(quote).toMatchObject({ text: 'him leading the governor', speaker: { mention: 'polls' } });
  });

  it('but after a verb, "that" is a determiner of a noun: "denied that claims were made"', () => {
    const quotes = quotesOf('The mayor denied that claims were made against the city.');

    expect(quotes.map((q) => q.cue)).toEqual(['denied']);
  });
});

describe('reported speech: words that only look like cues', () => {
  it('a base form after "from" is a noun: "vary from state to state"', () => {
    expect(quotesOf('Programs for autistic adults vary from state to state and “depend on the diagnosis.”').filter((q) => q.cue === 'state')).toEqual([]);
  });

  it('a participle naming the noun before it is no cue: "a program called Sandy Hook Promise"', () => {
    const quotes = quotesOf('Barden now helps lead a program called Safe Schools Promise.');

    expect(quotes).toHaveLength(0);
  });

  it('but a name, a pronoun or a definite noun before it makes it the verb: "Lee called Ruiz a liar", "The campaign called AP’s report …"', () => {
    const quotes = quotesOf('Ann Lee called Ruiz a liar. Later he called Ruiz a coward. The campaign called AP’s report a rush to judgment.');

    expect(quotes.map((q) => q.cue)).toEqual(['called', 'called', 'called']);
  });

  it('a plural noun with no object after it is no cue: "the Paris attacks in November"', () => {
    const quotes = quotesOf('Security was tightened after the Paris attacks in November.');

    expect(quotes).toHaveLength(0);
  });

  it('"back" as a particle is no cue: "The senators back down on the deal"', () => {
    const quotes = quotesOf('The senators back down on the deal.');

    expect(quotes).toHaveLength(0);
  });

  it('nor is "back" after a verb it is the particle of: "expect the agency to dial back the mandate"', () => {
    const quotes = quotesOf('Many observers expect the agency to dial back the mandate this year.');

    expect(quotes.map((q) => q.cue)).toEqual(['expect']);
  });

  it('nor is any form of "back" before "down", "away" or "off": "is not backing down from her claims"', () => {
    const quotes = quotesOf('The senator is not backing down from her claims, and her rival backed away from the deal.');

    expect(quotes).toHaveLength(0);
  });

  it('a verb with a second sense reports only a "that" clause: "maintained the roads" is no statement', () => {
    expect(quotesOf('The county maintained the roads through the winter.')).toHaveLength(0);
    expect(only('The county maintained that the roads were safe.')).toMatchObject({ cue: 'maintained', text: 'the roads were safe' });
  });

  it('"support" after a share is the noun when no object follows: "25 percent support in the poll"', () => {
    expect(quotesOf('Kasich was at 25 percent support in the most recent Fox poll.').map((q) => q.cue)).toEqual(['in']);
    expect(withCue(quotesOf('About 25 percent support Kasich in the most recent Fox poll.'), 'support')).toMatchObject({ speaker: { mention: 'About 25 percent' } });
  });

  it('"thanks to" is a preposition, so it does not cut the clause after "boasted that"', () => {
    const quotes = quotesOf('In a press release, Ann Braun boasted that, thanks to her survey method, she was the only pollster to call the race.');

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cue: 'boasted', text: 'thanks to her survey method, she was the only pollster to call the race' });
  });
});

describe('reported speech: passive cues with an agent', () => {
  it('"X was endorsed by Y" attributes X to Y', () => {
    const quote = only('Sanders was endorsed by the union on Monday.');

    expect(quote).toMatchObject({ kind: 'indirect', cue: 'endorsed', text: 'Sanders', speaker: { mention: 'the union' } });
  });

  it('"were claimed by" attributes the subject to the group named after "by"', () => {
    const quote = only('Both bombings were claimed by the so-called Islamic State.');

    expect(quote).toMatchObject({ text: 'Both bombings', speaker: { name: 'Islamic State' } });
  });
});

describe('speaker phrases: a demonstrative opening the sentence', () => {
  it('opens a subject: "This initiative called for …"', () => {
    const quote = only('This initiative called for the deportation of foreign nationals convicted of serious crimes.');

    expect(quote.speaker?.mention).toBe('This initiative');
  });

  it('but not when it says when: "This week the senator called for calm"', () => {
    const quote = only('This week the senator called for calm after the vote.');

    expect(quote.speaker?.mention).toBe('the senator');
  });
});

describe('speaker phrases: an opening subordinate clause', () => {
  it('is passed over to the subject, however long: "When her lead slipped last fall, the boosters in Iowa insisted …"', () => {
    const quote = only('When her double-digit lead slipped last fall, the boosters in Iowa insisted it was a temporary dip.');

    expect(quote).toMatchObject({ text: 'it was a temporary dip', speaker: { mention: 'the boosters in Iowa' } });
  });

  it('leaves no plural possessive as a subject: "…, the senders’ names are not public" reports nothing', () => {
    const quotes = quotesOf('Since the emails have been withheld from public view, the senders’ names are not a matter of public record.');

    expect(quotes).toHaveLength(0);
  });
});

describe('speaker phrases: when it was said is not the speaker', () => {
  it('a time after the agent of a passive cue is left out: "by the county board last week"', () => {
    const quote = only('The measure was approved by the county board last week.');

    expect(quote.speaker?.mention).toBe('the county board');
  });

  it('"on Tuesday" between the speaker and the cue is left out: "Ana Ortiz on Tuesday said …"', () => {
    const quote = only('Mayor Ana Ortiz on Tuesday said that the budget would pass.');

    expect(quote).toMatchObject({ text: 'the budget would pass', speaker: { mention: 'Mayor Ana Ortiz', name: 'Ana Ortiz' } });
  });

  it.each([
    ['WASHINGTON (AP) — A news report published Wednesday said the budget would pass.', 'A news report published'],
    ['Dec 29 (Reuters) - Mayor Ana Ortiz on Tuesday said that the budget would pass.', 'Mayor Ana Ortiz'],
  ])('a wire dateline opening the sentence is not part of the speaker: %s', (text, mention) => {
    const quote = only(text);

    expect(quote.speaker?.mention).toBe(mention);
  });
});

describe('speakers: plural subjects of "say"', () => {
  it('a capitalised plural after an opening adverb speaks: "Still, Democrats say …"', () => {
    const quote = only('Still, Democrats say the new rules will not survive the year.');

    expect(quote).toMatchObject({ text: 'the new rules will not survive the year', speaker: { mention: 'Democrats' } });
  });

  it('a bare plural of people speaks: "forecasters say"', () => {
    const quote = only('If nothing changes, forecasters say health spending will double within decades.');

    expect(quote).toMatchObject({ text: 'health spending will double within decades', speaker: { mention: 'forecasters' } });
  });

  it('a share written with a percent sign speaks: "42% say"', () => {
    const quote = only('On economic issues, 42% say they are liberal.');

    expect(quote).toMatchObject({ text: 'they are liberal', speaker: { mention: '42%' } });
  });

  it('a name after a preposition is part of a longer subject: "protest organizers in Cleveland say"', () => {
    const quote = only('But protest organizers in Cleveland say the city is making clashes more likely.');

    expect(quote.speaker?.mention).toBe('protest organizers in Cleveland');
  });

  it('a "that" after another cue in the content is that cue’s: "say those revelations show that …"', () => {
    const quote = only('Still, Democrats say those revelations show that the problem is not new.');

    expect(quote.text).toBe('those revelations show that the problem is not new');
  });
});

describe('speakers: quantifiers agree with base-form cues', () => {
  it('"Many fear …", "Most believe …" have their quantifier as speaker', () => {
    const quotes = quotesOf('Many fear the mayor will cut the budget. Most believe the cuts will hurt schools.');

    expect(quotes.map((q) => [q.speaker?.mention, q.text])).toEqual([
      ['Many', 'the mayor will cut the budget'],
      ['Most', 'the cuts will hurt schools'],
    ]);
  });
});

describe('speakers: asides and long subjects', () => {
  it('an appositive may join two titles with "and": "Jill Marsh, vice president and general counsel, said"', () => {
    const quote = only('Jill Marsh, vice president and general counsel for the company, said the claims had no merit.');

    expect(quote).toMatchObject({ text: 'the claims had no merit', speaker: { name: 'Jill Marsh' } });
  });

  it('an aside between dashes is stepped over like an appositive', () => {
    const quote = only('Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.');

    expect(quote).toMatchObject({ text: 'he made a last-minute decision', speaker: { name: 'Jason Sims' } });
  });

  it.each([
    ['doubled hyphens', 'Jason Sims -- who has taught in Mount Pleasant for most of the past two decades -- says he made a late decision.'],
    ['spaced hyphens', 'Jason Sims - who has taught in Mount Pleasant for most of the past two decades - says he made a late decision.'],
  ])('so is a long aside between %s', (_case, text) => {
    const quote = only(text);

    expect(quote).toMatchObject({ text: 'he made a late decision', speaker: { name: 'Jason Sims' } });
  });

  it('a participle describing the people a source stands for is part of it: "People briefed on the move said"', () => {
    const quote = only('People briefed on the move said that it reflected the campaign’s crisis.');

    expect(quote.speaker?.mention).toBe('People briefed on the move');
  });

  it('an investigation speaks as a source: "which an FBI investigation said was …"', () => {
    const quote = only('Mukasey faulted the email setup, which an FBI investigation said was “extremely careless” in every way.');

    expect(quote).toMatchObject({ kind: 'mixed', speaker: { mention: 'an FBI investigation' } });
  });

  it('a subject with a participle and its time speaks: "A news report published Wednesday said"', () => {
    const quote = only('A news report published Wednesday said the secretary used a personal email account.');

    expect(quote).toMatchObject({ cue: 'said', text: 'the secretary used a personal email account' });
  });

  it('a clause after "that" may open with a preposition: "said that about 4 million people live …"', () => {
    const quote = only('The mayor said that about 4 million people live in the region.');

    expect(quote.text).toBe('about 4 million people live in the region');
  });
});

describe('reported speech: documents and embedded clauses', () => {
  it('a court opinion speaks: "…, the unsigned opinion said"', () => {
    const quote = only('The lower courts must look again at the case, the unsigned opinion said.');

    expect(quote).toMatchObject({ text: 'The lower courts must look again at the case', speaker: { mention: 'the unsigned opinion' } });
  });

  it('a "which" clause closed by a comma does not end the statement', () => {
    const quote = only('The minister said the annual talks, which began a decade ago, remained the best way to settle disputes.');

    expect(quote.text).toBe('the annual talks, which began a decade ago, remained the best way to settle disputes');
  });
});

describe('reported speech: polls as sources', () => {
  it('"In a poll released Monday, …" attributes the clause to the poll', () => {
    const quote = withCue(quotesOf('In an NBC News poll released Monday, 50 percent of respondents backed the mayor.'), 'In');

    expect(quote).toMatchObject({ cue: 'In', text: '50 percent of respondents backed the mayor', speaker: { mention: 'an NBC News poll released Monday' } });
  });

  it('"the polls" in general, later in the sentence, is no source: "He trails in the polls"', () => {
    const quotes = quotesOf('The former governor has been stuck in single digits in the polls.');

    expect(quotes).toHaveLength(0);
  });

  it('one poll closing a clause is the source of the clause before it: "… by 20 points in a WMUR poll released Monday"', () => {
    const quote = only('The senator led the governor by 20 points in a WMUR poll released Monday.');

    expect(quote).toMatchObject({ cue: 'in', text: 'The senator led the governor by 20 points', speaker: { mention: 'a WMUR poll' } });
  });

  it('polls where people vote are no source: "as voters in six states went to the polls"', () => {
    const quotes = quotesOf('The turnout rose sharply in the survey week as voters in six states went to the polls closed early.');

    expect(quotes).toHaveLength(0);
  });
});

describe('reported speech: "reportedly"', () => {
  it('"X is reportedly doing Y" is reported by no one named', () => {
    const quote = only('The agency is reportedly preparing to interview the senator.');

    expect(quote).toMatchObject({ cue: 'reportedly', text: 'The agency is preparing to interview the senator', speaker: null });
  });

  it('"Reportedly, …" opening a sentence reports the clause after it', () => {
    const quote = only('Reportedly, the gunman had visited the city twice.');

    expect(quote).toMatchObject({ cue: 'Reportedly', text: 'the gunman had visited the city twice', speaker: null });
  });
});

describe('reported speech: listeners and reflexives', () => {
  it('"urged him to resign" keeps the listener with the infinitive', () => {
    const quote = only('The newspaper’s editors urged him to resign.');

    expect(quote).toMatchObject({ cue: 'urged', text: 'him to resign' });
  });

  it('"described himself as …" reports the description', () => {
    const quote = only('Mr. Ortega described himself as a religious Catholic.');

    expect(quote).toMatchObject({ cue: 'described', text: 'himself as a religious Catholic', speaker: { name: 'Ortega' } });
  });
});

describe('speakers after an opening adverbial', () => {
  it('"In addition, the IG review found that …" has the review as speaker', () => {
    const quote = only('In addition, the IG review found that agency staffers had not searched the office.');

    expect(quote).toMatchObject({ cue: 'found', text: 'agency staffers had not searched the office', speaker: { mention: 'the IG review' } });
  });
});

describe('reported speech: past the listener', () => {
  it('after when or where it was said, the clause may begin without "that": "has said for weeks he’s the only candidate …"', () => {
    const quote = only('Ms. Ruiz has said for weeks she’s the only candidate who can win the state.');

    expect(quote.text).toBe('she’s the only candidate who can win the state');
  });

  it('the listener’s place and when it was told are not the content: "told The Star-Ledger of Newark last week she …"', () => {
    const quote = only('The former governor told The Star-Ledger of Newark last week she would rather stay home.');

    expect(quote.text).toBe('she would rather stay home');
  });

  it('a listener may open with a determiner and adjectives: "told his closest advisers …", "told the Associated Press …"', () => {
    const quotes = quotesOf('The governor told his closest advisers she would run again. Her opponent told the Associated Press he was not worried.');

    expect(quotes.map((q) => q.text)).toEqual(['she would run again', 'he was not worried']);
  });

  it('a name alone is the listener before a question: "asked Trump how he would …"', () => {
    const quote = only('The host asked Trump how he would handle the deportations.');

    expect(quote.text).toBe('how he would handle the deportations');
  });

  it('a name that modifies a noun keeps the listener whole: "urged the Vermont senator to apologize"', () => {
    const quote = only('Families of the victims urged the Vermont senator to apologize for his comments.');

    expect(quote.text).toBe('the Vermont senator to apologize for his comments');
  });

  it('a clause-final "told" with a long listener reports the clause before it: "…, Mayor Lee told a packed crowd."', () => {
    const quote = only('The new stadium will open in the spring, Mayor Ann Lee told a packed crowd.');

    expect(quote).toMatchObject({ cue: 'told', text: 'The new stadium will open in the spring', speaker: { mention: 'Mayor Ann Lee' } });
  });

  it('what the listener was reminded of is the content: "reminded the crowd of the stakes"', () => {
    const quote = only('Senator Ruth Diaz reminded the crowd of the stakes in the fall election.');

    expect(quote).toMatchObject({ cue: 'reminded', text: 'the stakes in the fall election' });
  });

  it('after "asked for" the object is what was asked, not a listener: "asked for the meeting"', () => {
    const quote = only('The union leader asked for the meeting with the mayor.');

    expect(quote).toMatchObject({ cue: 'asked for', text: 'the meeting with the mayor' });
  });

  it('a possessive "her" before a noun is no listener: "added to her delegate lead" reports nothing', () => {
    const quotes = quotesOf('Clinton won Florida and Ohio, and she added to her delegate lead.');

    expect(quotes).toHaveLength(0);
  });
});
