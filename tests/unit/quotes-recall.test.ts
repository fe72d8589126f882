import { describe, expect, it } from 'vitest';
import { quotesOf, only, withCue } from './extract-helpers.js';

describe('reported speech: where the content starts', () => {
  it('a "that" inside the reported clause does not open it: "said the coverage would resemble that of …"', () => {
    // Arrange
    const text = 'The network changed its schedule. Zucker said the coverage would more closely resemble that of its parent network.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'the coverage would more closely resemble that of its parent network', speaker: { mention: 'Zucker' } });
  });
});

describe('reported speech: speakers the phrase rules miss', () => {
  it('a subject of two names with an appositive speaks through "said"', () => {
    // Arrange
    const text = 'Sens. Ann Hale of Georgia and Tom Reyes of Arkansas, both up for reelection this fall, also said they would welcome the governor.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'they would welcome the governor' });
    expect(quote?.speaker?.mention).toContain('Ann Hale');
  });

  it('a quantified subject speaks through "said": "Each side said …"', () => {
    const quote = withCue(quotesOf('Each side said the other would be to blame if the funding lapsed.'), 'said');

    expect(quote).toMatchObject({ text: 'the other would be to blame if the funding lapsed', speaker: { mention: 'Each side' } });
  });

  it('any subject opening the sentence speaks through "say": "Nearly a third of independents say …"', () => {
    const quote = withCue(quotesOf('Nearly a third of independents, 31 percent, say they have not decided.'), 'say');

    expect(quote).toMatchObject({ text: 'they have not decided', speaker: { mention: 'Nearly a third of independents, 31 percent' } });
  });

  it('a plural opening the sentence agrees with "say": "Sources say …"', () => {
    const quote = withCue(quotesOf('Sources say the governor will sign the bill on Friday.'), 'say');

    expect(quote).toMatchObject({ text: 'the governor will sign the bill on Friday', speaker: { mention: 'Sources' } });
  });

  it('a clause before a participle cue is not a subject: "opened an exhibit called …"', () => {
    const quotes = quotesOf('Maria Lopez opened a bakery called Sweet Home on Main Street last week.');

    expect(quotes).toEqual([]);
  });
});

describe("reported speech: the reporter's questions", () => {
  it('"Asked whether …" opening a sentence reports the question, with no speaker', () => {
    // Arrange
    const text = 'Asked whether he would run again in 2020, the governor laughed and changed the subject.';

    // Act
    const quote = withCue(quotesOf(text), 'Asked');

    // Assert
    expect(quote).toMatchObject({ text: 'whether he would run again in 2020', speaker: null });
  });

  it('"When asked whether …" reports the question too', () => {
    const quote = withCue(quotesOf('When asked whether the delay was the right position to take, 59 percent said it was not.'), 'asked');

    expect(quote).toMatchObject({ text: 'whether the delay was the right position to take', speaker: null });
  });

  it('"was asked if …" reports the question, not the one asked', () => {
    const quote = withCue(quotesOf('The senator was asked if she had ever been discriminated against.'), 'asked');

    expect(quote).toMatchObject({ text: 'if she had ever been discriminated against', speaker: null });
  });

  it('the answer after "Asked …," keeps its own speaker', () => {
    const quotes = quotesOf('Asked which county was his favorite, Cruz demurred: “Whichever one I’m in at the moment.”');

    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ text: 'Whichever one I’m in at the moment', speaker: { mention: 'Cruz' } });
  });
});

describe('reported speech: impressions', () => {
  it('"X appeared to …" reports the subject with its infinitive', () => {
    // Arrange
    const text = 'After the debate, the Sanders team appeared to make a conscious decision to stop attacking Clinton.';

    // Act
    const quote = withCue(quotesOf(text), 'appeared');

    // Assert
    expect(quote).toMatchObject({ text: 'the Sanders team to make a conscious decision to stop attacking Clinton' });
  });

  it('"seemed to" hands the cue on to the verb after it: "seemed to mock"', () => {
    const quote = withCue(quotesOf('Mr. Cruz seemed to mock his rival’s vague promises on trade.'), 'seemed to mock');

    expect(quote).toMatchObject({ text: 'his rival’s vague promises on trade', speaker: { mention: 'Mr. Cruz' } });
  });

  it('an appearance on television is not an impression: "appeared on national television"', () => {
    const quotes = quotesOf('Three governors appeared on national television this weekend.');

    expect(quotes).toEqual([]);
  });
});

describe('reported speech: where the content ends', () => {
  it('a clause joined by ", but" is the reporter’s again', () => {
    // Arrange
    const text = 'Obama plans to send a nominee to the Senate, but it is unlikely that any could get through this year.';

    // Act
    const quote = withCue(quotesOf(text), 'plans');

    // Assert
    expect(quote).toMatchObject({ text: 'to send a nominee to the Senate', speaker: { mention: 'Obama' } });
  });

  it('the object of a stance verb ends at its first comma', () => {
    const quote = withCue(quotesOf('She supported the trade agreement, which caused economic pain in the Midwest.'), 'supported');

    expect(quote).toMatchObject({ text: 'the trade agreement' });
  });

  it('quoted words after ", but" stay in the content', () => {
    const quote = withCue(quotesOf('The mayor said the talks had stalled, but “we will not back down.”'), 'said');

    expect(quote?.text).toContain('we will not back down');
  });
});

describe('verbs that share a subject', () => {
  it('a verb listed after a comma reports the subject of the first: "joked about …, declined to …"', () => {
    // Arrange
    const text = 'Trump joked about the crowd size, declined to affirm his support for the speaker, and told reporters the party would unite.';

    // Act
    const quote = withCue(quotesOf(text), 'declined');

    // Assert
    expect(quote).toMatchObject({ text: 'to affirm his support for the speaker', speaker: { mention: 'Trump' } });
  });

  it('the first verb of a list reports only up to the next verb', () => {
    // Arrange
    const text = 'Trump joked about the crowd size, declined to affirm his support for the speaker, and told reporters the party would unite.';

    // Act
    const quote = withCue(quotesOf(text), 'joked about');

    // Assert
    expect(quote?.text).toBe('the crowd size');
  });

  it('a second verb after "and" takes the whole subject, not its first word: "Three governors … and said"', () => {
    // Arrange
    const text = 'Three governors appeared on Sunday news shows and said the bill would fail.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote?.speaker?.mention).toBe('Three governors');
  });
});

describe('subjects', () => {
  it('a clause is not the subject of a cue: "… appeared on Sunday news shows" reports nothing through "shows"', () => {
    // Arrange
    const text = 'Three governors appeared on Sunday news shows to defend the plan.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(withCue(quotes, 'shows')).toBeUndefined();
  });
});

describe('cues with their preposition', () => {
  it('"complained about" reports its object', () => {
    // Arrange
    const text = 'The mayor complained about the slow pace of federal disaster aid.';

    // Act
    const quote = withCue(quotesOf(text), 'complained about');

    // Assert
    expect(quote).toMatchObject({ text: 'the slow pace of federal disaster aid', speaker: { mention: 'The mayor' } });
  });
});

describe('reported speech: where the content ends', () => {
  it('a semicolon ends it: "…; that is …" is the reporter\'s', () => {
    // Arrange
    const text = 'The senator thinks cutting the deficit matters more than defence; that is a sure way to lose the election.';

    // Act
    const quote = withCue(quotesOf(text), 'thinks');

    // Assert
    expect(quote?.text).toBe('cutting the deficit matters more than defence');
  });

  it('a non-restrictive "which" ends it: "predicted a Cruz win in Texas, which votes …"', () => {
    // Arrange
    const text = 'The pollster predicted a Cruz win in Texas, which votes on March 1.';

    // Act
    const quote = withCue(quotesOf(text), 'predicted');

    // Assert
    expect(quote?.text).toBe('a Cruz win in Texas');
  });

  it('a participle after a quotation\'s closing comma starts a statement of its own: "…,” adding that …"', () => {
    // Arrange
    const text = 'Cruz said there is “only one conservative in a position to win this race,” adding that this is why his rivals attack him.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(withCue(quotes, 'adding')).toMatchObject({ text: 'this is why his rivals attack him', speaker: { mention: 'Cruz' } });
    expect(withCue(quotes, 'said')?.text).not.toContain('adding');
  });
});

describe('reported speech: where the content starts', () => {
  it('after "told", a listener with commas runs to "that": "told a town hall in Salem, New Hampshire, on Monday that …"', () => {
    // Arrange
    const text = 'Trump told a town hall in Salem, New Hampshire, on Monday that waterboarding is mild compared to what militants do.';

    // Act
    const quote = withCue(quotesOf(text), 'told');

    // Assert
    expect(quote?.text).toBe('waterboarding is mild compared to what militants do');
  });
});

describe('reported speech: speakers behind asides', () => {
  it('asides between the opening name and "said" are not the speaker: "Sen. Ann Hale, facing a challenge in Iowa, a swing state, said …"', () => {
    // Arrange
    const text = 'Sen. Ann Hale, facing a spirited challenge in Iowa, a swing state, said she would welcome the governor.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote?.speaker?.mention).toMatch(/^Sen\. Ann Hale/);
  });

  it('a relative clause closed by its comma does not lend "which" to the next verb: "Tom Reyes, …, which endorsed Sanders, said …"', () => {
    // Arrange
    const text = 'Tom Reyes, the president of the nurses union, which endorsed Sanders in December, said that turnout was weak.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote?.speaker?.mention).toMatch(/^Tom Reyes/);
  });

  it('quoted words in the asides, with the comma inside their closing mark: "Mr. Lane, citing “the magic of the brand,” said …"', () => {
    // Arrange
    const text = 'Mr. Lane, citing “the unique magic of the brand,” said the company could compete in states like Ohio.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'the company could compete in states like Ohio', speaker: { name: 'Lane' } });
  });

  it('a quotation ending before the tag is not an aside: "“Look, the rich own more,” said Ann Reyes, president of …"', () => {
    const quotes = quotesOf('“Look, the billionaires control more than half the wealth,” said Ann Reyes, president of Wealth-X.');

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker: { name: 'Ann Reyes' } });
  });

  it('past an opening adverbial: "Speaking later on the same show, Sen. Claire Moss (D-Mo.), who …, said …"', () => {
    const text = 'Speaking later on the same show, Sen. Claire Moss (D-Mo.), who has endorsed Clinton, said the senator had pushed her to be a stronger candidate.';

    expect(withCue(quotesOf(text), 'said')).toMatchObject({ text: 'the senator had pushed her to be a stronger candidate', speaker: { name: 'Claire Moss' } });
  });

  it('past an opening "Even": "Even China, the regime\'s only ally, said …"', () => {
    const text = "Even China, the regime's only ally and its economic lifeline, said it was resolutely opposed to the test.";

    expect(withCue(quotesOf(text), 'said')).toMatchObject({ text: 'it was resolutely opposed to the test', speaker: { name: 'China' } });
  });

  it('with a belief as with speech: "The former congressman, who led a filibuster in June, thinks …"', () => {
    const text = 'The former congressman, who led a filibuster in June after the massacre, thinks the gun issue should be a litmus test.';

    expect(withCue(quotesOf(text), 'thinks')?.speaker?.mention).toMatch(/^The former congressman/);
  });

  it('a long parenthesis between the name and the cue: "Sen. Chris Moss (a Democrat so boyish he …) says …"', () => {
    const text = 'Sen. Chris Moss (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused after the election.';

    expect(withCue(quotesOf(text), 'says')).toMatchObject({ text: 'he was unfocused after the election', speaker: { name: 'Chris Moss' } });
  });
});

describe('participles: the subject they share', () => {
  it('past a wire dateline: "Washington (AFP) – Democrat Ann Lee has taken a swipe at …, saying …"', () => {
    const text = 'Washington (AFP) – Democrat Ann Lee has taken a swipe at her rival’s stance on trade, saying that “bombastic comments” do more harm than good.';

    expect(withCue(quotesOf(text), 'saying')).toMatchObject({ kind: 'mixed', speaker: { name: 'Ann Lee' } });
  });

  it('past a relative clause between commas: "Republicans, who hold a majority, have blocked …, saying …"', () => {
    const text = 'Republicans, who currently hold a majority in the Senate, have blocked a number of gun measures over the years, saying they infringe on the right to bear arms.';

    expect(withCue(quotesOf(text), 'saying')).toMatchObject({ text: 'they infringe on the right to bear arms', speaker: { mention: 'Republicans' } });
  });

  it('after a comma and an adverbial: "…, at one point calling the mayor a “liar”"', () => {
    const text = 'He has battled with the company over the city budget, at one point calling the mayor a "liar" who was not "honorable."';

    expect(withCue(quotesOf(text), 'calling')).toMatchObject({ kind: 'mixed', text: 'the mayor a "liar" who was not "honorable."', speaker: { mention: 'He' } });
  });

  it('after a dash as after a comma: "Rubio flipped his choice on the spot – saying he …"', () => {
    const text = 'Marco Rubio flipped his choice on the spot – saying he was rooting for the Broncos now.';

    expect(withCue(quotesOf(text), 'saying')).toMatchObject({ text: 'he was rooting for the Broncos now', speaker: { name: 'Marco Rubio' } });
  });
});

describe('participles and second verbs after an opening adverbial', () => {
  it('the subject after the adverbial\'s commas speaks through "saying": "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …"', () => {
    // Arrange
    const text = 'At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, saying that the country should lead.';

    // Act
    const quote = withCue(quotesOf(text), 'saying');

    // Assert
    expect(quote).toMatchObject({ text: 'the country should lead', speaker: { mention: 'Mrs. Clinton' } });
  });

  it('a second verb after "and" takes the subject after "By the end of the day,"', () => {
    // Arrange
    const text = 'By the end of the day, Mr. Trump was forced into damage control and said that his words had been misconstrued.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote?.speaker?.mention).toBe('Mr. Trump');
  });

  it('a determiner subject ends before its verb: "In three interviews, the judge sounded off on the plan, saying …"', () => {
    // Arrange
    const text = 'In three separate interviews, the judge sounded off on the plan, saying she did not "want to contemplate" its effects on the court.';

    // Act
    const quote = withCue(quotesOf(text), 'saying');

    // Assert
    expect(quote).toMatchObject({ kind: 'mixed', speaker: { mention: 'the judge' } });
  });
});

describe('clauses around the cue', () => {
  it('a cue in an opening subordinate clause reports up to the main clause', () => {
    const quotes = quotesOf('When the director said on Tuesday that the account had not been hacked, experts were relieved.');

    expect(quotes).toMatchObject([{ cue: 'said', text: 'the account had not been hacked', speaker: { mention: 'the director' } }]);
  });

  it('an appositive after a dotted abbreviation and an initial still names the speaker: "The F.B.I. director, James B. Comey, said"', () => {
    const quote = withCue(quotesOf('The F.B.I. director, James B. Comey, said on Tuesday that the inquiry was over.'), 'said');

    expect(quote?.speaker).toMatchObject({ name: 'James B. Comey' });
  });

  it('an unlisted past verb after a quotation is a dialogue tag only when the quotation opens the sentence', () => {
    const quotes = quotesOf("After the mayor called the plan ''a total failure,'' critics rejoiced.");

    expect(quotes.map((q) => q.cue)).not.toContain('rejoiced');
  });
});

describe('cues after a verb of aspect', () => {
  it('"is continuing to insist" reports what the subject insists', () => {
    const quote = withCue(quotesOf('Senator Ana Ruiz is continuing to insist she will release the transcripts.'), 'insist');

    expect(quote).toMatchObject({ text: 'she will release the transcripts', speaker: { mention: 'Senator Ana Ruiz' } });
  });

  it('"went on to name" takes the subject before "went", and a relative "that" stays in the object', () => {
    const quote = withCue(quotesOf('The president went on to name cities that have mourned the dead.'), 'name');

    expect(quote).toMatchObject({ text: 'cities that have mourned the dead', speaker: { mention: 'The president' } });
  });
});

describe("the reporter's questions: more layouts", () => {
  it('"when asked" after a quote opens the question in mid-sentence', () => {
    const quotes = quotesOf('“You bet I would,” the governor said when asked whether he would order a quarantine.');

    expect(quotes.find((q) => q.cue === 'asked')).toMatchObject({ text: 'whether he would order a quarantine', speaker: null });
  });

  it('who asked, when and where are not the question: "Asked on Fox News who leads the party, …"', () => {
    const quotes = quotesOf('Asked on Fox News who leads the party in his view, the senator named the speaker.');

    expect(quotes.find((q) => q.cue === 'Asked')?.text).toBe('who leads the party in his view');
  });

  it('"asked X about Y" reports what X was asked about', () => {
    const quote = withCue(quotesOf('The moderator Carl Ruiz asked the governor about his ties to a supplement maker.'), 'asked');

    expect(quote).toMatchObject({ text: 'his ties to a supplement maker', speaker: { name: 'Carl Ruiz' } });
  });
});

describe('participles after a preposition or a share', () => {
  it('a gerund after "by" reports the clause’s subject: "landed in hot water by saying that …"', () => {
    const quote = withCue(quotesOf('The senator landed in hot water last week by saying that the judge could not be fair.'), 'saying');

    expect(quote).toMatchObject({ text: 'the judge could not be fair', speaker: { mention: 'The senator' } });
  });

  it('a share with its participle speaks: "with 30 percent of voters saying …"', () => {
    const quote = withCue(quotesOf('The mayor gained ground, with 30 percent of voters saying they view him favourably.'), 'saying');

    expect(quote).toMatchObject({ text: 'they view him favourably', speaker: { mention: '30 percent of voters' } });
  });

  it('a stance participle says where the noun before it stands: "a super PAC supporting Clinton"', () => {
    const quotes = quotesOf('A super PAC supporting Clinton bought more airtime.');

    expect(quotes).toMatchObject([{ cue: 'supporting', text: 'Clinton', speaker: { mention: 'A super PAC' } }]);
  });

  it('any other participle describing a noun is no cue: "investigators seeking answers"', () => {
    const quotes = quotesOf('Investigators seeking answers met the family on Monday.');

    expect(quotes).toHaveLength(0);
  });
});

describe('participles with their own subject', () => {
  it('"with X calling Y Z" attributes the participle to X', () => {
    const quote = withCue(quotesOf('The rivals went further, with former Gov. Dana Ruiz calling the plan a fraud.'), 'calling');

    expect(quote).toMatchObject({ cue: 'calling', text: 'the plan a fraud', speaker: { name: 'Dana Ruiz' } });
  });

  it('"about X calling Y Z" attributes the participle to X', () => {
    const quote = withCue(quotesOf('The host asked about Pope Francis calling the holiday a sham.'), 'calling');

    expect(quote).toMatchObject({ cue: 'calling', text: 'the holiday a sham', speaker: { name: 'Francis' } });
  });
});

describe('reported speech: inverted tags', () => {
  it('the description after an inverted tag belongs to the speaker, not to what was said', () => {
    // Arrange
    const text = 'The mayor has a strong ground game in the city, said Mindy Romero, director of the civic project.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ kind: 'indirect', text: 'The mayor has a strong ground game in the city', speaker: { mention: 'Mindy Romero' } });
  });

  it('a clause with an auxiliary is no subject of the tag after it: "The firm has lobbied for years, said Charlie Black"', () => {
    const quote = withCue(quotesOf('The firm has lobbied on behalf of the resort for years, said Charlie Black.'), 'said');

    expect(quote?.speaker?.mention).toBe('Charlie Black');
  });

  it('a phrase followed by its own verb is what was said, not the speaker: "…, said his boss was “always kind.”"', () => {
    // Arrange
    const text = 'Sam Lee, a contestant on "The Show," who went on to work for him, said his boss was "always kind and generous and charming."';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(quotes).toMatchObject([{ kind: 'mixed', text: 'his boss was "always kind and generous and charming."', speaker: { name: 'Sam Lee' } }]);
  });

  it('a dialogue tag with an infinitive is another verb: "who went on to work for the network"', () => {
    const quotes = quotesOf('Ann Lee, a contestant on “Big Win,” who went on to work for the network, said the show was staged.');

    expect(quotes.map((q) => [q.cue, q.speaker?.name])).toEqual([['said', 'Ann Lee']]);
  });
});

describe('clause-final cues: who was told, and who told it', () => {
  it('whom it was told is no statement: "…, Defense Secretary Ash Carter told a Senate panel."', () => {
    const quote = only('The plan includes a special force to assist the Kurds, Defense Secretary Ash Carter told a Senate panel.');

    expect(quote).toMatchObject({ text: 'The plan includes a special force to assist the Kurds', speaker: { name: 'Ash Carter' } });
  });

  it('what was told is: "…, Gary Johnson told a joke." keeps nothing of the sentence before', () => {
    const quote = withCue(quotesOf('On the third day of his swing, Gary Johnson told a joke about the debate.'), 'told');

    expect(quote).toMatchObject({ text: 'a joke about the debate', speaker: { name: 'Gary Johnson' } });
  });

  it('two groups joined by "and" speak together: "…, teachers and union officials told POLITICO."', () => {
    const quote = only('His support is strong among the most active teachers, teachers and union officials told POLITICO.');

    expect(quote).toMatchObject({ text: 'His support is strong among the most active teachers', speaker: { mention: 'teachers and union officials' } });
  });

  it('but not a phrase a quotation modifies: "to curb “activist” investors and others focused on …"', () => {
    const quotes = quotesOf("The tax is supposed to curb ''activist'' investors and others focused on short-term results.");

    expect(quotes.map((q) => [q.cue, q.speaker?.mention])).toEqual([['focused on', 'others']]);
  });
});

describe('figures as sources', () => {
  it.each([
    ['Data show that the average income of graduates is higher.', 'Data'],
    ['Polls there show the mayor is trailing just ahead of the vote.', 'Polls'],
    ['The latest state statistics show that crime fell last year.', 'The latest state statistics'],
  ])('"%s" is what %s show', (text, source) => {
    expect(withCue(quotesOf(text), 'show')?.speaker?.mention).toBe(source);
  });
});

describe('capitalised groups agree with a base-form cue', () => {
  it('"Millennial Democrats prefer Bernie Sanders." is what the group prefers', () => {
    const quote = withCue(quotesOf('Young voters flocked to the rally. Millennial Democrats prefer Bernie Sanders.'), 'prefer');

    expect(quote).toMatchObject({ text: 'Bernie Sanders', speaker: { mention: 'Millennial Democrats' } });
  });

  it('a surname ending in -s is no group: "Sanders argue" is no subject and verb', () => {
    const quotes = quotesOf('Senator Bernie Sanders argue the rallies drew thousands.');

    expect(quotes).toEqual([]);
  });
});

describe('clause boundaries: more layouts', () => {
  it('the subject a second verb shares stops at the first verb: "President Obama met survivors and said …"', () => {
    const quote = withCue(quotesOf('President Barack Obama met survivors on Thursday and said the country must act to control gun violence.'), 'said');

    expect(quote?.speaker?.mention).toBe('President Barack Obama');
  });

  it('a clause-final cue with how it was said reports the sentence: "…, Martha Raddatz said in posing the question."', () => {
    const quote = withCue(quotesOf('Many voters did not recognize themselves in the description, journalist Martha Raddatz said in posing the question.'), 'said');

    expect(quote).toMatchObject({ text: 'Many voters did not recognize themselves in the description', speaker: { name: 'Martha Raddatz' } });
  });

  it('participles inside the reported clause are one statement: "said he began calling groups and making an effort …"', () => {
    const quote = withCue(quotesOf('Bob said he began calling Libyan groups and making an effort to help get eyes up.'), 'said');

    expect(quote?.text).toBe('he began calling Libyan groups and making an effort to help get eyes up');
  });

  it('a perfect participle opening the sentence speaks for the subject after its comma: "Having announced …, Judge Berman …"', () => {
    const quote = withCue(quotesOf('Having announced he would not send me to prison, Judge Berman proceeded to hand down his sentence.'), 'announced');

    expect(quote).toMatchObject({ text: 'he would not send me to prison', speaker: { mention: 'Judge Berman' } });
  });

  it('a participle opening the sentence speaks for the subject after its comma: "Noting that …, Sen. Tester added"', () => {
    const quote = withCue(quotesOf('Noting that only one Republican voted for the bill, Sen. Jon Tester added that the fight would go on.'), 'Noting');

    expect(quote).toMatchObject({ text: 'only one Republican voted for the bill', speaker: { name: 'Jon Tester' } });
  });

  it('so does a gerund after an opening preposition: "While saying that …, he continued …"', () => {
    const quote = withCue(quotesOf('Mayor Ana Ruiz spoke on Monday. While saying that she respects the council, she continued to oppose the plan.'), 'saying');

    expect(quote).toMatchObject({ text: 'she respects the council', speaker: { mention: 'she', name: 'Ana Ruiz' } });
  });

  it('and after a conjunction opening the sentence: "But while denouncing …, she …"', () => {
    const quote = withCue(quotesOf('Mayor Ana Ruiz spoke on Monday. But while denouncing the tax loopholes, she has not proposed a fix.'), 'denouncing');

    expect(quote).toMatchObject({ text: 'the tax loopholes', speaker: { mention: 'she', name: 'Ana Ruiz' } });
  });

  it('and after an opening "in": "In describing his rival, Mr. Cuban said …"', () => {
    const quote = withCue(quotesOf('In describing his rival Tom Baker, Mr. Cuban said he sees someone who is honest.'), 'describing');

    expect(quote).toMatchObject({ text: 'his rival Tom Baker', speaker: { mention: 'Mr. Cuban' } });
  });

  it('the subject after the opening clause ends before its verb: "…, former Ambassador John Bolton told Fox News host …"', () => {
    const quote = withCue(quotesOf('In discussing the scandals, former Ambassador John Bolton told Fox News host Matt Boyle, “The campaign is in deep trouble.”'), 'discussing');

    expect(quote?.speaker?.mention).toBe('former Ambassador John Bolton');
  });

  it('an aside between commas may part the cue from its "that": "believes, for example, that …"', () => {
    const quote = only('The senator believes, for example, that the tax should be repealed.');

    expect(quote).toMatchObject({ text: 'the tax should be repealed', speaker: { mention: 'The senator' } });
  });

  it('names joined by "and" agree with a base-form cue: "Mr. Autor and Mr. Hanson emphasize that …"', () => {
    const quote = only('Ms. Lopez and Mr. Kim emphasize that trade is only one factor among many.');

    expect(quote).toMatchObject({ text: 'trade is only one factor among many', speaker: { mention: 'Ms. Lopez and Mr. Kim' } });
  });

  it('"that" after a verb opens a clause, not a speaker phrase: "said that administration officials knew …"', () => {
    const quote = withCue(quotesOf('Officials said that administration officials knew the group was behind the attack.'), 'knew');

    expect(quote?.speaker?.mention).toBe('administration officials');
  });
});

describe('speakers: names with joiners, quoted asides, media with a time', () => {
  it('a joiner inside a name belongs to the speaker phrase: "One Club for Growth ad, which is airing, argues …"', () => {
    const quote = withCue(quotesOf('One Club for Growth ad, which is currently airing, argues that “only Ted Cruz can beat Donald Trump in the state.”'), 'argues');

    expect(quote?.speaker?.mention).toMatch(/^One Club for Growth ad/);
  });

  it('after a quotation that opens the sentence, an aside may quote words: "“…,” delegate Bill Eastland, wearing “Ted Cruz” pins, said"', () => {
    const quote = only('“We have had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said.');

    expect(quote).toMatchObject({ kind: 'direct', speaker: { name: 'Bill Eastland' } });
  });

  it('a statement released on a day speaks for who released it: "The town released a statement Wednesday saying …"', () => {
    const quote = withCue(quotesOf('The town released a statement Wednesday saying the comments “are based on his opinion, not actual facts.”'), 'saying');

    expect(quote?.speaker?.mention).toBe('The town');
  });

  it('an aside ending in a quoted title: "As Akhil Amar, author of “America’s Unwritten Constitution,” put it, “…”"', () => {
    const text = "As Akhil Amar, professor at Yale and author of ''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember that a compromise candidate today may be far better.''";

    expect(only(text)).toMatchObject({ kind: 'direct', cue: 'put it', speaker: { name: 'Akhil Amar' } });
  });

  it('a past form ending like an agent noun is no speaker: "Romney went after Trump …, calling it …"', () => {
    const quote = withCue(quotesOf('Romney went after Trump on Wednesday over his refusal to release his taxes, calling it “disqualifying.”'), 'calling');

    expect(quote?.speaker?.mention).toBe('Romney');
  });

  it('a clause-final tag after quoted words ending in a comma reports the sentence: "… of “Prison Break,” Mr. Madden said."', () => {
    const quote = only('The French are big fans of “Prison Break,” Mr. Madden said.');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'The French are big fans of “Prison Break,”', speaker: { name: 'Madden' } });
  });

  it('a parenthesis the statement opens is the sentence\'s, not the statement\'s: "(The French are big fans, Mr. Madden said.)"', () => {
    const quote = withCue(quotesOf('(The French are big fans of the show, Mr. Madden said.) But there are no guarantees.'), 'said');

    expect(quote?.text).toBe('The French are big fans of the show');
  });

  it('a cue in an opening "As" clause reports up to its comma: "As Trump and Cruz lamented illegal immigration, Clinton …"', () => {
    const quote = withCue(quotesOf('As Donald Trump and Ted Cruz lamented illegal immigration, Clinton took a moment to reach out to voters.'), 'lamented');

    expect(quote?.text).toBe('illegal immigration');
  });

  it('while "As Trump said, …" still reports the main clause', () => {
    expect(withCue(quotesOf('As Trump said, the wall will be built.'), 'said')?.text).toBe('the wall will be built');
  });
});
