import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/contracts.js';
import { extractText, quotesOf, only } from './extract-helpers.js';

const withCueOf = (text: string, cue: string): Quote | undefined => quotesOf(text).find((q) => q.cue === cue);

describe('direct quotes: layouts', () => {
  it('quote–speaker–cue: “…,” DFA said', () => {
    const quote = only('The Department of Foreign Affairs issued a statement.\n“The Philippines looks forward to enhanced security and defense engagement,” DFA said.');

    expect(quote).toMatchObject({
      kind: 'direct',
      text: 'The Philippines looks forward to enhanced security and defense engagement',
      cue: 'said',
      speaker: { mention: 'DFA', name: 'Department of Foreign Affairs' },
    });
  });

  it('quote–cue–speaker: “…,” said Lorenzana', () => {
    const quote = only('Delfin Lorenzana spoke in Moscow.\n“We are ready to sign the agreement now,” said Lorenzana.');

    expect(quote.speaker).toMatchObject({ mention: 'Lorenzana', name: 'Delfin Lorenzana' });
  });

  it('speaker–cue–colon–quote: He told reporters: “…”', () => {
    const quote = only('Mayor Ana Reyes left the council chamber. She told reporters: “The budget will pass before the rainy season.”');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'told', text: 'The budget will pass before the rainy season', speaker: { mention: 'She', name: 'Ana Reyes' } });
  });

  it('a cue inside the quote joins both halves: “We will,” he said, “finish it.”', () => {
    const quote = only('Governor Tom Baker toured the bridge. “We will rebuild it,” he said, “and we will finish it by June.”');

    expect(quote.text).toBe('We will rebuild it and we will finish it by June');
    expect(quote.speaker?.name).toBe('Tom Baker');
  });

  it('quoted sentences after the attribution sentence continue the same quote', () => {
    const quote = only('“The levee held through the night,” Chief Engineer Sara Lim said on Tuesday. “We were lucky. The river crested early.”');

    expect(quote.text).toBe('The levee held through the night We were lucky. The river crested early');
  });

  it('a paragraph that is only a quote continues the previous speaker', () => {
    const quotes = quotesOf('“Turnout was higher than any year since 1992,” said election officer Mark Ocampo.\n\n“Lines formed before the polls opened in every district.”');

    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('Lines formed before the polls opened');
    expect(quotes[0]!.speaker?.name).toBe('Mark Ocampo');
  });

  it('a colon closing one paragraph introduces the quote opening the next', () => {
    const quote = only('Senator Ruth Alvarez answered the critics directly:\n\n“Nobody in this chamber has read the whole bill, and that should worry all of us.”');

    expect(quote.speaker?.name).toBe('Ruth Alvarez');
  });

  it('passive and second-hand cues: X was quoted as saying “…”', () => {
    const quote = only('The minister was quoted as saying “the talks have reached a dead end for now.”');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'was quoted as saying', speaker: { mention: 'The minister' } });
  });

  it('a cue with its medium is returned as written: said in a statement', () => {
    const quote = only('“We regret the delay and will refund every passenger,” the airline said in a statement.');

    expect(quote.cue).toBe('said in a statement');
  });

  it('a tag of jeering or shouting before a quote attributes it: his friends jeered, “…”', () => {
    const quote = only('As the boat left, his friends jeered, “Do svidaniya!”');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'jeered', text: 'Do svidaniya!', speaker: { mention: 'his friends' } });
  });

  it('a lowercase quotation inside an earlier clause is not the quote of a frame after it that reports its own clause', () => {
    const quotes = quotesOf('Although Weiner admitted that he and the woman had “been friends for some time,” he claimed they had never met.');

    expect(quotes.map((q) => [q.kind, q.cue, q.text])).toEqual([
      ['mixed', 'admitted', 'he and the woman had “been friends for some time,”'],
      ['indirect', 'claimed', 'they had never met'],
    ]);
  });

  it('a quotation set in the narration before a frame that reports its own clause is not that frame’s quote', () => {
    const quote = withCueOf('Walking into the hall to chants of “Ortiz! Ortiz!,” the mayor said her campaign was “finishing strong.”', 'said');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'her campaign was “finishing strong.”', speaker: { mention: 'the mayor' } });
  });

  it('but a frame after the quotation that says only where it was said keeps it: “…,” she said in an interview with …', () => {
    const quote = withCueOf('The race has turned negative and it will take time to “cool off,” Ortiz said in an interview with the Star.', 'said in an interview');

    expect(quote?.text).toBe('The race has turned negative and it will take time to “cool off,”');
  });

  it('a lowercase quotation after a frame set off by commas goes on with the sentence before the frame', () => {
    const quote = only('The reality is, the mayor added, “there are no recusals when you run a city.”');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'The reality is “there are no recusals when you run a city.”', speaker: { mention: 'the mayor' } });
  });

  it('but an opening adverbial before such a frame stays out: Still, he said, “…”', () => {
    const quote = only('Still, the mayor said, “we will finish the bridge before the winter.”');

    expect(quote).toMatchObject({ kind: 'direct', text: 'we will finish the bridge before the winter' });
  });

  it('a plural-looking verb after a quotation and a name is a dialogue tag: “…,” Bozell answers', () => {
    const quote = only('“I can point to only two accomplishments,” Brent Bozell answers.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'answers', speaker: { mention: 'Brent Bozell' } });
  });

  it('after a question, a frame introducing the next quotation with a comma is that quotation’s: “…?” He answered, “…”', () => {
    const quote = withCueOf('Blumenthal was asked, “Would you have told her it was a bad idea?” He answered, “I have no idea. We are old friends.”', 'answered');

    expect(quote?.text).toBe('I have no idea. We are old friends');
  });

  it('a dialogue tag attributes a quote: “…?” the host pressed', () => {
    const quote = only('“Would you sign the bill if it reached your desk tomorrow?” the host pressed.');

    expect(quote).toMatchObject({ cue: 'pressed', speaker: { mention: 'the host' } });
  });

  it('a short quotation with an attribution is a quote: “Absolutely not,” he said', () => {
    const quote = withCueOf('Governor Tom Baker was asked about a third term. “Absolutely not,” he said.', 'said');

    expect(quote).toMatchObject({ text: 'Absolutely not', speaker: { name: 'Tom Baker' } });
  });

  it('steps over a relative clause to the speaker: “…,” Paris, who used to work on the Hill, said', () => {
    const quote = only('“You get your house ready for a party,” Ana Paris, who used to work on Capitol Hill, said.');

    expect(quote.speaker).toMatchObject({ mention: 'Ana Paris, who used to work on Capitol Hill', name: 'Ana Paris' });
  });

  it('quote–speaker–cue with a long appositive: “…,” Ann Holt, a fellow at the institute and a delegate, wrote', () => {
    const quote = only("The platform was published on Monday.\n''The plank means a tougher attitude toward the banks,'' Ann Holt, a senior fellow at the Civic Institute and a party delegate, wrote in an analysis.");

    expect(quote).toMatchObject({ kind: 'direct', cue: 'wrote', speaker: { name: 'Ann Holt' } });
  });

  it('quote–speaker–cue with a description before the name: “…,” Rep. Dan Hale’s chief of staff, Joe Marsh, told the paper', () => {
    const quote = only('Allies urged patience.\n“Positions are going to soften on the nominee,” California Rep. Dan Hale’s chief of staff, Joe Marsh, told the paper.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'told', speaker: { name: 'Joe Marsh' } });
  });

  it('a capitalised modal is a name before the cue: “…,” Will wrote', () => {
    const quote = only('The columnist George Will is unimpressed.\n“The war in the capital of a NATO ally is a reminder of what the office demands,” Will wrote.');

    expect(quote).toMatchObject({ cue: 'wrote', speaker: { mention: 'Will' } });
  });

  it('any short noun phrase between a quotation and its cue speaks: ‘…!’ the note says', () => {
    const quote = only("He keeps a note from the developer on his wall. ''Mark, you are a total loser! Your book is a disgrace!'' the note says.");

    expect(quote).toMatchObject({ kind: 'direct', cue: 'says', speaker: { mention: 'the note' } });
  });

  it('keeps a demonstrative with its speaker noun: “…,” this source told the Post', () => {
    const quote = only('The family soured on the manager.\n“The kids do not like him, and they are happy with the new chairman,” this source told the Post.');

    expect(quote.speaker).toMatchObject({ mention: 'this source' });
  });

  it('a colon introduces a quote spoken by the clause’s subject: Sanders delivered a retort: “…”', () => {
    const quote = withCueOf('Bernie Sanders was asked about the health law. Sanders delivered a snappy retort: "No one is tearing this up. We are going to go forward."', ':');

    expect(quote).toMatchObject({ kind: 'direct', cue: ':', speaker: { mention: 'Sanders', name: 'Bernie Sanders' } });
  });

  it('a relative clause describing the speaker does not end the quote: said Ann Lee, a professor who focuses on ethics. “…”', () => {
    const quote = only('"Executives who are serious about their values know their partners," said Ann Lee, a business professor who focuses on ethics. "They know how they manage their business."');

    expect(quote.text).toBe('Executives who are serious about their values know their partners They know how they manage their business');
  });

  it('the rest of the attribution sentence does not end the quote: said, according to CNN. “…”', () => {
    const quote = only('“I ask you as a personal courtesy not to protest on the floor,” Sanders said, according to CNN. “It is of utmost importance you explain this to your delegations.”');

    expect(quote.text).toBe('I ask you as a personal courtesy not to protest on the floor It is of utmost importance you explain this to your delegations');
  });

  it('another speaker introducing the next quote in the attribution sentence ends the quote', () => {
    const quotes = quotesOf('“We will win this state,” Trump said, and Clinton replied: “We will see about that in November.”');

    expect(quotes.map((q) => q.speaker?.mention)).toEqual(['Trump', 'Clinton']);
  });

  it('a quote left open does not swallow the next paragraph’s own attributed quote', () => {
    const quotes = quotesOf('Mayor Ana Reyes said the plan is “an amorphous position to have.\n\n“What we do here is legislate. We debate bills and vote on them,” Reyes said.');

    expect(quotes.map((q) => q.text)).toContain('What we do here is legislate. We debate bills and vote on them');
  });

  it('a quotation running over paragraphs takes the attribution at its end', () => {
    const quote = only('Governor Tom Baker spoke at length.\n“We will rebuild the bridge before the rains come\n“and we will open it to traffic by June,” Baker said.');

    expect(quote).toMatchObject({ cue: 'said', speaker: { name: 'Tom Baker' } });
  });

  it('a verb whose past is spelled like its base is past after any subject: “…,” it read', () => {
    const quote = only('She lifted a sign of her own. “I am still with the senator, all the way,” it read.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'read', speaker: { mention: 'it' } });
  });

  it('“as X put it” introduces a quote', () => {
    const quote = only('The island has a new fan. As the magazine Vulture put it, “Hello, it is the singer, back again.”');

    expect(quote).toMatchObject({ cue: 'put it', speaker: { mention: 'the magazine Vulture' } });
  });

  it('a dash signature attributes the quote before it, even in a paragraph of its own', () => {
    const quote = only('The fact checker reviewed the debate.\n\n"The idea that I would dismantle health care is just not accurate. I helped write that bill."\n\n- Sanders.');

    expect(quote).toMatchObject({ kind: 'direct', cue: '-', speaker: { mention: 'Sanders' } });
  });

  it('a title quoted in the attribution does not end the quote: “…,” he said on “Meet the Press.” “…”', () => {
    const quote = only('Ben Hale spoke on Sunday. “I have always said that I expect to be vetted,” Hale said on “Meet the Press.” “But what is going on with me has not happened to anyone else.”');

    expect(quote.text).toBe('I have always said that I expect to be vetted But what is going on with me has not happened to anyone else');
  });

  it('a quote split by its frame joins across the listener and time: “…,” Duncan told The Times in 2012, “…”', () => {
    const quote = only('“What I fundamentally believe,” former Education Secretary Arne Duncan told The New York Times in 2012, “is that education ends poverty.”');

    expect(quote.text).toBe('What I fundamentally believe is that education ends poverty');
  });

  it('a show named after a possessive is a title the quote continues past: told NBC’s “Today” on Monday. “…”', () => {
    const quote = only('“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s “Today” on Monday. “I could hardly hear what he was saying.”');

    expect(quote.text).toBe('I was sitting in a house in Florida, with a bad earpiece I could hardly hear what he was saying');
  });

  it('a past verb the lexicon lacks is a dialogue tag right after a quote and its speaker: “…,” Trump barked', () => {
    const quote = only('The reporter had not been called on. “Go back to your own network,” Trump barked as a guard escorted him out.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'barked', speaker: { mention: 'Trump' } });
  });

  it('so is one before its speaker: “…!” beamed Donald Hartley of Madison', () => {
    const quote = only('Delegates stood on their chairs. “This is fantastic!” beamed Donald Hartley of Madison, Alabama.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'beamed', speaker: { name: 'Donald Hartley' } });
  });

  it('what a statement says is its author’s: she released a statement saying, “…”', () => {
    const quote = only('Ivana Hale sold her stake in June. At the time, she released a statement saying, "The company has been a trusted partner for some of the finest brands."');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'saying', speaker: { mention: 'she', name: 'Ivana Hale' } });
  });

  it('a relative “that” speaks for the noun before it: a video that said, “…”', () => {
    const quote = only('In selling the courses, the company released a marketing video that said, "We are going to have professors that are absolutely terrific."');

    expect(quote.speaker).toMatchObject({ mention: 'a marketing video' });
  });

  it('an inverted cue may open the sentence: Said Comey, “…”', () => {
    const quote = only('James Comey spoke to the families. Said Comey, "The thought that an error on our part is connected to this purchase is painful."');

    expect(quote).toMatchObject({ cue: 'Said', speaker: { mention: 'Comey', name: 'James Comey' } });
  });

  it('the subject after an opening phrase shares a participle cue: Here in Columbia, Sanders stepped up …, saying, “…”', () => {
    const quote = only('Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, "We have got to achieve the day when young men can walk the streets without fear."');

    expect(quote).toMatchObject({ cue: 'saying', speaker: { mention: 'Sanders' } });
  });

  it('a party label in parentheses before the comma is part of the speaker: Gov. John Kasich (R-OH), said, “…”', () => {
    const quote = only('After winning the primary, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon for the trip west.”');

    expect(quote).toMatchObject({ kind: 'direct', speaker: { name: 'John Kasich' } });
  });

  it('a subject with a relative clause speaks: An official who spoke anonymously said Wednesday, “…”', () => {
    const quote = only('A White House official who spoke anonymously to discuss strategy said Wednesday, "Certainly there are discussions between the two teams."');

    expect(quote.speaker?.mention).toBe('A White House official who spoke anonymously to discuss strategy');
  });

  it('“by saying” introduces a quote of the clause’s subject: Husted continued by saying, “…”', () => {
    const quote = only('Jon Husted continued by saying, “We will appeal this decision because a close election is at stake.”');

    expect(quote).toMatchObject({ kind: 'direct', speaker: { name: 'Jon Husted' } });
  });

  it('an infinitive speech verb speaks for the clause’s subject: Mr. Trump was prompted to say, “…”', () => {
    const quote = only("The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it has been up here.''");

    expect(quote).toMatchObject({ cue: 'say', speaker: { mention: 'Mr. Trump' } });
  });

  it('a person noun without an agent suffix speaks: a young boy shouted, “…”', () => {
    const quote = only("It was quiet until a young boy shouted, ''They are coming, here they are!''");

    expect(quote.speaker?.mention).toBe('a young boy');
  });

  it('leaves the circumstances after a quote out: said, “We’ll see,” when asked whether …', () => {
    const quotes = quotesOf('Bernie Sanders had previously said, “We’ll see,” when asked whether he would raise money for other candidates.');

    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ text: 'We’ll see', speaker: { mention: 'Bernie Sanders' } });
  });

  it('newswire doubled apostrophes are quotation marks', () => {
    const quote = only("''The economy added jobs in every sector last month,'' the economist said.");

    expect(quote.text).toBe('The economy added jobs in every sector last month');
  });

  it('keeps offsets that locate the quote text and the speaker in the body', () => {
    const record = extractText('“We will finish the framework agreement soon,” Lorenzana said.');
    const quote = record.quotes[0]!;

    expect(record.body.slice(quote.start, quote.end)).toBe(quote.text);
    expect(record.body.slice(quote.speaker!.start, quote.speaker!.end)).toBe('Lorenzana');
  });
});

describe('direct quotes: what is not a quote', () => {
  it('ignores scare quotes of fewer than four words', () => {
    expect(quotesOf('The so-called “strategic partnership” was announced in Manila.')).toEqual([]);
  });

  it('a scare quote inside the subject is no quote of the verb after it: Some “moderate” Republicans have endorsed …', () => {
    const quote = only('Some “moderate” Republicans have endorsed the mayor.');

    expect(quote).toMatchObject({ kind: 'indirect', cue: 'endorsed', text: 'the mayor', speaker: { mention: 'Republicans' } });
  });

  it('ignores titles of works mentioned without a speaker', () => {
    expect(quotesOf('The museum opened an exhibit called “Rivers of the North” last week.')).toEqual([]);
  });

  it('a short show title after "on" is no quote for the frame after it: "In an appearance on “Morning Joe,” the host asked …"', () => {
    const quote = only('In an appearance on “Morning Joe,” the host asked the mayor how she would fix the roads.');

    expect(quote).toMatchObject({ kind: 'indirect', text: 'how she would fix the roads' });
  });

  it('so is a short title after "with" or a noun for a work: “Fox and Friends,” “Trump and Me”', () => {
    const quotes = quotesOf('In an interview with “Fox and Friends,” the mayor pointed to the budget. Her new book, “Lee and Me,” sold well.');

    expect(quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'the budget']]);
  });

  it('but a short capitalised quotation is speech when a cue introduces it with a comma or it asks: “Only Rosie O’Donnell.”', () => {
    const quotes = quotesOf('Ann Lee laughed it off, interjecting, “Only Rosie O’Donnell.” “Grizzly Adams?” Tom Ruiz repeated.');

    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.mention])).toEqual([['direct', 'Only Rosie O’Donnell', 'Ann Lee'], ['direct', 'Grizzly Adams?', 'Tom Ruiz']]);
  });

  it('what a hat or a shirt reads is its wearer\'s: “Make Mexico Great Again Also”', () => {
    const quote = only('The mayor wore a campaign hat reading, “Make the Valley Great Again,” at the rally.');

    expect(quote.speaker?.mention).toBe('The mayor');
  });

  it('a scare quote inside reported speech makes the clause a mixed quote, up to the subject\'s next verb', () => {
    const quote = withCueOf('Hewitt argued that “liberals” allowed terrorism to flourish, but suggested the mayor went too far.', 'argued');

    expect(quote).toMatchObject({ kind: 'mixed', text: '“liberals” allowed terrorism to flourish' });
  });

  it('finds every quote of a quote-dense article: 10,000 in one paragraph', () => {
    const dense = 'Rosa Moreno said "we will win this race today." '.repeat(10_000);

    const quotes = quotesOf(dense);

    expect(quotes).toHaveLength(10_000);
    expect(quotes.every((q) => q.speaker?.name === 'Rosa Moreno')).toBe(true);
  });

  it('a title in title case after the cue is not part of the quote: said on “The Late Show …”', () => {
    const quote = withCueOf("Ann Reyes ran the city for a decade. ''Jobs, jobs, jobs,'' Reyes said on ''The Late Show With Stephen Colbert'' last month when asked about the economy.", 'said');

    expect(quote?.text).toBe('Jobs, jobs, jobs');
  });

  it('the same quoted words reported by a second cue are one quote, not two', () => {
    const quotes = quotesOf('Ann Reyes said the mayor called the plan “a disaster for every family in the city” on Monday.');

    expect(quotes.filter((q) => q.text.includes('a disaster for every family'))).toHaveLength(1);
  });

  it('a title in title case after a cue is not a direct quote: she wrote “Tough Choices”', () => {
    const quotes = quotesOf('Carly Fiorina left the company in 2005. She later wrote “Tough Choices,” a memoir of those years.');

    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('survives an unbalanced quotation mark without swallowing later paragraphs', () => {
    const quotes = quotesOf('He said “this never closes and goes on\n\nA new paragraph starts here. It has no quotes.');

    expect(quotes.every((q) => q.paragraph === 0)).toBe(true);
  });
});

describe('mixed quotes', () => {
  it('takes the reported clause and the quoted words: X was quoted saying that … “…”', () => {
    const quote = only('Lorenzana was quoted saying that while the two countries have had good relations, “it is only now that we are set to deepen them.”');

    expect(quote).toMatchObject({ kind: 'mixed', cue: 'was quoted saying', speaker: { mention: 'Lorenzana' } });
    expect(quote.text).toMatch(/^while the two countries .* deepen them\.”$/);
  });

  it('reports a clause with quoted words even after a preposition: vowed to “…”', () => {
    const quote = only('The candidate vowed to “take this fight to every county in the state” before the primary.');

    expect(quote).toMatchObject({ kind: 'mixed', cue: 'vowed' });
  });

  it('takes the narration opening the sentence when the frame follows the quote', () => {
    // Arrange
    const text = 'The mayor spoke on Monday. The program was “a resounding success for the city,” the mayor said.';

    // Act
    const quote = withCueOf(text, 'said');

    // Assert
    expect(quote).toMatchObject({ kind: 'mixed', text: 'The program was “a resounding success for the city,”', speaker: { mention: 'the mayor' } });
  });

  it('takes the narration finishing the sentence after a quote its frame introduces', () => {
    const quote = withCueOf('Cruz spoke in Reno. He says “the wind is at our backs” despite the loss in Nevada.', 'says');

    expect(quote).toMatchObject({ kind: 'mixed', text: '“the wind is at our backs” despite the loss in Nevada' });
  });

  it('straight single quotes as headlines write them make a reported clause mixed', () => {
    const quote = withCueOf("Mayor Ann Reyes said on Monday that the council should trust the chief, not 'blowhard' critics.", 'said');

    expect(quote).toMatchObject({ kind: 'mixed', text: "the council should trust the chief, not 'blowhard' critics" });
  });

  it('takes earlier quoted words of the sentence with the narration: Guns are “…” and “…,” she said', () => {
    const quote = only('Dr. Ann Reyes testified on Monday. Guns are “the ultimate public health crisis” and “stunt children’s growth,” she said.');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'Guns are “the ultimate public health crisis” and “stunt children’s growth,”' });
  });

  it('leaves a lone conjunction before the quote out: And “…,” he said', () => {
    const quote = withCueOf('The mayor spoke on Monday. And “we will win this race,” the mayor said.', 'said');

    expect(quote).toMatchObject({ kind: 'direct', text: 'we will win this race' });
  });
});

describe('mixed quotes: participles', () => {
  it('a second participle cue is a statement of its own: calling it “…” and asserting that …', () => {
    const quotes = quotesOf('Mitt Romney went after Trump over his refusal to release his taxes, calling it “disqualifying” and asserting that the only explanation must be “a bombshell.”');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ['calling', 'it “disqualifying”'],
      ['asserting', 'the only explanation must be “a bombshell.”'],
    ]);
  });

  it('an appositive with a preposition still leads to the speaker: X, a committeeman from Virginia, endorsed …, saying', () => {
    const quote = quotesOf('Morton Hale, a longtime committeeman from Virginia, endorsed Cruz last week, saying he “has consistently shown his commitment to conservative principles.”').find((q) => q.cue === 'saying');

    expect(quote).toMatchObject({ kind: 'mixed', speaker: { name: 'Morton Hale' } });
  });

  it('a quoted fragment of reported speech is not continued by the next paragraph', () => {
    const quotes = quotesOf('Hillary Clinton took a swipe at the stance, saying that “bombastic comments” do more harm than good.\n\n“We need steady leadership in times like these,” her spokesman added.');

    expect(quotes.map((q) => [q.cue, q.speaker?.mention])).toEqual([['took a swipe at', 'Hillary Clinton'], ['saying', 'Hillary Clinton'], ['added', 'her spokesman']]);
  });
});

describe('indirect quotes', () => {
  it('a dialogue tag with a "that" clause reports it: "Trump shot back that the journalist had not been called on"', () => {
    const quote = withCueOf('The anchor kept asking about immigration. Trump shot back that the journalist had not been called on.', 'shot back');

    expect(quote).toMatchObject({ kind: 'indirect', text: 'the journalist had not been called on', speaker: { mention: 'Trump' } });
  });

  it('SPEAKER said that CLAUSE', () => {
    const quote = only('Lorenzana said that the Department of National Defense is ready to finalize a framework agreement.');

    expect(quote).toMatchObject({
      kind: 'indirect',
      cue: 'said',
      text: 'the Department of National Defense is ready to finalize a framework agreement',
      speaker: { mention: 'Lorenzana' },
    });
  });

  it('CLAUSE, SPEAKER said', () => {
    const quote = only('Defense Secretary Delfin Lorenzana recently met with his Russian counterpart, the Department of Foreign Affairs said.');

    expect(quote).toMatchObject({
      kind: 'indirect',
      text: 'Defense Secretary Delfin Lorenzana recently met with his Russian counterpart',
      speaker: { mention: 'the Department of Foreign Affairs', name: 'Department of Foreign Affairs' },
    });
  });

  it('CLAUSE, SPEAKER said, CLAUSE: the cue interrupts the statement', () => {
    const quote = only('The latest test, the agency said, was the largest in a decade.');

    expect(quote.text).toBe('The latest test was the largest in a decade');
  });

  it('According to SPEAKER, CLAUSE', () => {
    const quote = only('According to the ministry, the talks will resume in Manila next month.');

    expect(quote).toMatchObject({ kind: 'indirect', cue: 'According to', speaker: { mention: 'the ministry' } });
  });

  it('skips the listener of tell: X told reporters he …', () => {
    const quote = only('Coach Dana Fields told reporters her team would play through the injury.');

    expect(quote.text).toBe('her team would play through the injury');
  });

  it('a participle shares the speaker of its main clause: …, adding that …', () => {
    const quotes = quotesOf('Mayor Ana Reyes said the bridge would reopen in May, adding that tolls would stay the same.');

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ana Reyes', 'Ana Reyes']);
    expect(quotes[1]!.text).toBe('tolls would stay the same');
  });

  it('keeps a nested attribution as its own quote: X said that Y believes Z', () => {
    const quotes = quotesOf('The senator said that his staff believes the vote will be delayed again.');

    expect(quotes.map((q) => q.speaker?.mention)).toEqual(['The senator', 'his staff']);
  });

  it('does not take a time phrase for a speaker', () => {
    expect(quotesOf('Last year said nothing about the planned sale of rifles to the police.')).toEqual([]);
  });

  it('does not read a passive verb as a cue: a ban maintained by the state', () => {
    expect(quotesOf('The rule was maintained by the board for another decade without change.')).toEqual([]);
  });

  it('does not read a noun as a cue: the US state department stopped the sale', () => {
    expect(quotesOf('The US state department stopped the planned sale of rifles to the police.')).toEqual([]);
  });

  it('does not read a verb with a prepositional object as reported speech: returned to the attack', () => {
    expect(quotesOf('The governor returned to the attack within hours of the first reports.')).toEqual([]);
  });

  it('a response, like a reaction, reports what it answers: responded to the attack (as PolNeAR annotates it)', () => {
    const quote = only('The governor responded to the attack within hours of the first reports.');

    expect(quote).toMatchObject({ cue: 'responded to', text: 'the attack within hours of the first reports' });
  });
});

describe('speaker resolution', () => {
  it('resolves "they" to the group a frame just before named: "Black voters said … They …"', () => {
    // Arrange
    const text = 'Black voters in Michigan said the economy was their top issue. They supported the governor by a wide margin.';

    // Act
    const quote = withCueOf(text, 'supported');

    // Assert
    expect(quote?.speaker).toMatchObject({ mention: 'They', name: 'Black voters in Michigan' });
  });

  it('never resolves "they" to a place', () => {
    const quote = withCueOf('The rally in Michigan drew thousands. They want a candidate who can win in November.', 'want');

    expect(quote?.speaker).toMatchObject({ mention: 'They', name: 'They', entityId: null });
  });

  it('resolves a relative "which" to the phrase before it: "her medical records, which showed …"', () => {
    const quote = withCueOf('The campaign released her medical records, which showed she was fit for duty.', 'showed');

    expect(quote?.speaker?.mention).toBe('her medical records');
  });

  it('leaves a "which" that names no phrase before it as written, not the nearest place', () => {
    const quote = withCueOf('The governor spoke in Iowa. The figures came out on Monday, which showed that turnout fell sharply.', 'showed');

    expect(quote?.speaker).toMatchObject({ mention: 'which', name: 'which', entityId: null });
  });

  it('does not resolve “he asked” to the person the quotation addresses', () => {
    // Arrange
    const text = 'Jim Acosta of CNN stood up at the news conference. “Mr. Trump, will you pledge to accept the results?” he asked.';

    // Act
    const quote = only(text);

    // Assert
    expect(quote.speaker).toMatchObject({ mention: 'he', name: 'Jim Acosta' });
  });

  it('keeps the number of a poll share that speaks: "74 percent said"', () => {
    const quote = only('Most voters disapprove of Congress, and 74 percent said the country is on the wrong track.');

    expect(quote.speaker?.mention).toBe('74 percent');
  });

  it('resolves “he said” to the nearest person mentioned before', () => {
    const quote = only('Sergey Shoygu arrived on Monday. “Our relations have never been better,” he said.');

    expect(quote.speaker).toMatchObject({ mention: 'he', name: 'Sergey Shoygu' });
  });

  it('resolves “she” past a nearer man to the woman, by given name', () => {
    const quote = only('Maria Santos met John Carter in Manila. “The deal protects our farmers,” she said.');

    expect(quote.speaker?.name).toBe('Maria Santos');
  });

  it('resolves a surname and a title with surname to the full name', () => {
    const quotes = quotesOf('Senator Ruth Alvarez filed the bill. “It is long overdue now,” Alvarez said. “And it is fully funded,” Senator Alvarez added.');

    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ruth Alvarez', 'Ruth Alvarez']);
  });

  it('resolves an acronym to the organisation it abbreviates', () => {
    const quote = only('The National Weather Service issued a warning. NWS said the storm would make landfall by noon on Friday.');

    expect(quote.speaker).toMatchObject({ mention: 'NWS', name: 'National Weather Service' });
  });

  it('after the cue, a capitalised modifier and a lowercase title belong to the name: said Democratic strategist Mary Anne Marsh', () => {
    const quote = only('The endorsement matters more for identity politics than for clout, said Democratic strategist Mary Anne Marsh.');

    expect(quote.speaker).toMatchObject({ mention: 'Democratic strategist Mary Anne Marsh', name: 'Mary Anne Marsh' });
  });

  it('takes the name inside an appositive: Her campaign manager, Robby Lane, said …', () => {
    const quote = only('Her campaign manager, Robby Lane, said the staffers may have broken the law.');

    expect(quote.speaker).toMatchObject({ mention: 'Her campaign manager, Robby Lane', name: 'Robby Lane' });
  });

  it('lets a media release speak for the organisation just named', () => {
    const quotes = quotesOf('The Department of Foreign Affairs confirmed the visit. A media release said the two ministers discussed maritime security.');

    expect(quotes.find((q) => q.cue === 'said')?.speaker).toMatchObject({ mention: 'A media release', name: 'Department of Foreign Affairs' });
  });

  it('a plural noun with its complement speaks through a base-form cue, as itself: Aides to Clinton say …', () => {
    const quote = only('Hillary Clinton campaigned in Iowa. Aides to Clinton say she is shifting her argument toward her rival.');

    expect(quote.speaker).toMatchObject({ mention: 'Aides to Clinton', name: 'Aides to Clinton' });
  });

  it('does not resolve a group named after a person to the person: "Clinton aides", "Sanders’ campaign"', () => {
    const quotes = quotesOf('Hillary Clinton spoke in Iowa. Clinton aides said the plan works. Bernie Sanders replied. Sanders’ campaign said it would appeal.');

    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.entityId])).toEqual([['Clinton aides', null], ['Sanders’ campaign', null]]);
  });

  it('resolves two people joined by "and" to neither alone, and "they" after them to both', () => {
    const quotes = quotesOf('Ana Ruiz and Tom Baker met voters. Ruiz and Baker said the plant would stay open. They said the deal was done.');

    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.entityId])).toEqual([['Ruiz and Baker', null], ['Ruiz and Baker', null]]);
  });

  it('cuts a speaker phrase that runs into a clause back to the subject it opens with: "Ruiz didn’t come out and say …"', () => {
    const quote = withCueOf('Ana Ruiz spoke on Monday. Ruiz didn’t come out and say the mayor should resign.', 'say');

    expect(quote?.speaker).toMatchObject({ mention: 'Ruiz', name: 'Ana Ruiz' });
  });

  it('resolves a name set off by emphasis to the person: "Clinton herself said …"', () => {
    const quote = withCueOf('Hillary Clinton spoke in Iowa. Clinton herself said the plan would pass.', 'said');

    expect(quote?.speaker).toMatchObject({ mention: 'Clinton herself', name: 'Hillary Clinton' });
  });

  it('keeps a descriptor as written when there is nothing to resolve to', () => {
    const quote = only('A spokesperson for the port said the cranes would be back in service by Friday.');

    expect(quote.speaker).toMatchObject({ mention: 'A spokesperson for the port', name: 'A spokesperson for the port', entityId: null });
  });
});

describe('direct quotes: how it was said', () => {
  it('a colon introduction naming where the words come from: "From the report: “…”"', () => {
    const quote = only('From the report: “In general, samples with more elaborate weighting procedures produced more accurate results.”');

    expect(quote).toMatchObject({ kind: 'direct', cue: ':', speaker: { mention: 'the report' } });
  });

  it('an inverted tag names its source past a weekday: "“…,” reads a Wednesday editorial in The Des Moines Register."', () => {
    const quote = only('“There are invertebrates that have shown more spine than the senator,” reads a Wednesday editorial in The Des Moines Register.');

    expect(quote).toMatchObject({ kind: 'direct', cue: 'reads', speaker: { mention: 'a Wednesday editorial' } });
  });

  it('a message posted somewhere speaks for its author: "Trump posted a message on Twitter reading “Thank you Georgia”"', () => {
    const quote = withCueOf('Trump posted a message on Twitter reading “Thank you Georgia” moments after polls closed.', 'reading');

    expect(quote).toMatchObject({ kind: 'direct', text: 'Thank you Georgia', speaker: { mention: 'Trump' } });
  });

  it('"said by telephone" is active, not a passive with an agent', () => {
    const quote = only("''I would have been sitting in Siberia,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.");

    expect(quote).toMatchObject({ kind: 'direct', cue: 'said', speaker: { name: 'Daniloff' } });
  });
});

describe('direct quotes: signatures and sloppy marks', () => {
  it("newswire ''' closes a nested single quotation and the double one: \"… on 'Fox and Friends,''' said Tommy Vietor\"", () => {
    const quote = only("''I have this searing memory of the day it appeared on 'Fox and Friends,''' said Tommy Vietor, a former spokesman.");

    expect(quote).toMatchObject({ kind: 'direct', cue: 'said', speaker: { name: 'Tommy Vietor' } });
    expect(quote.text).toContain("'Fox and Friends");
  });

  it('a mistyped closing ’ ends the quotation when a later “ opens another: "“Let’s go.’ Ruiz was … her film, “Trainwreck.”"', () => {
    const quote = withCueOf('Ana Ruiz tweeted: “Let’s go. We can stop gun violence.’ Ruiz was at the White House on Tuesday. She became an advocate after a shooting at a screening of her film, “Trainwreck.”', 'tweeted');

    expect(quote?.text).toBe('Let’s go. We can stop gun violence');
  });

  it('a straight quotation may nest curly ones: "The department isn’t about “Equal Justice Under Law” anymore. …"', () => {
    const quote = only('Dr. Ward stated: "The department isn’t about “Equal Justice Under Law” anymore. It’s about an extreme vision."');

    expect(quote).toMatchObject({ kind: 'direct', text: 'The department isn’t about “Equal Justice Under Law” anymore. It’s about an extreme vision' });
  });

  it('a double quotation closed by a single mark ends there: "“Let’s go. We can stop it.’ Schumer was …"', () => {
    const quote = only('Schumer tweeted: “Let’s go. We can stop gun violence.’ Schumer was in the East Room for the announcement.');

    expect(quote).toMatchObject({ kind: 'direct', text: 'Let’s go. We can stop gun violence', speaker: { mention: 'Schumer' } });
  });

  it('a horizontal bar signs a quote as a dash does: "“…” ― Maria Lopez"', () => {
    const quotes = extractText('The survey ran for a month.\n\n“The campaign scares me. It makes me fearful for my family.” ― Maria Lopez').quotes;

    expect(quotes).toMatchObject([{ kind: 'direct', cue: '―', speaker: { mention: 'Maria Lopez' } }]);
  });

  it('a heading set between dashes signs nothing: "– An immigrant himself –."', () => {
    const text = 'The survey ran.\n\n“There is a revolution in the country,” Ramos said.\n\n“So I think there is resistance among many Americans.”\n\n– An immigrant himself –.';

    expect(quotesOf(text).map((q) => q.speaker?.mention)).toEqual(['Ramos']);
  });

  it('signatures on lines of one paragraph each sign their own quote, descriptions and all', () => {
    const text = 'The survey ran for a month.\n\n“The debate told us nothing new. He is ignorant of our lives.”― Paula Diaz\n“I am ashamed of the campaign. I cannot believe it.” ― Jack Ash, 34, Phoenix';

    const quotes = extractText(text).quotes;

    expect(quotes.map((q) => [q.speaker?.mention, q.text])).toEqual([
      ['Paula Diaz', 'The debate told us nothing new. He is ignorant of our lives'],
      ['Jack Ash', 'I am ashamed of the campaign. I cannot believe it'],
    ]);
  });

  it('a closing mark typed at the start of a line opens the quote', () => {
    const quote = only('The survey ran for a month.\n\n”Mr. Ortiz embodies the worst of our politics. He has empowered the angry.” ― Sonia Herrera');

    expect(quote).toMatchObject({ text: 'Mr. Ortiz embodies the worst of our politics. He has empowered the angry', speaker: { mention: 'Sonia Herrera' } });
  });
});

describe('mixed quotes: quoted words inside reported speech', () => {
  it('belong to the earlier speech verb, not to the verb right before them: said that he would offer “a prayer”', () => {
    const quote = only('Ann Lee said that he would offer “a prayer” for the eventual Republican nominee.');

    expect(quote).toMatchObject({ kind: 'mixed', cue: 'said', speaker: { name: 'Ann Lee' }, text: 'he would offer “a prayer” for the eventual Republican nominee' });
  });
});

describe('mixed quotes: boundaries', () => {
  it('a remark after the last quoted words is the reporter\'s: "… was “a terrible mistake,” although he supports …"', () => {
    const quote = withCueOf('The senator said he believes the war was "a terrible mistake," although he supports keeping troops there now.', 'said');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'he believes the war was "a terrible mistake,"' });
  });

  it('a subject set off by commas before a quotation that goes on with its verb is part of the quote: "The party, …, “allows us …,” said Lee"', () => {
    const quote = only('The party, attended by hundreds of delegates every four years, "allows us to get our message out," said Ann Lee.');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'The party, attended by hundreds of delegates every four years, "allows us to get our message out,"' });
  });

  it('an adverbial lead ending in a comma is not: "In Iowa, “…,” she said"', () => {
    const quote = only('In the state of Iowa, "we have the best chance of winning the nomination," she said.');

    expect(quote).toMatchObject({ kind: 'direct', text: 'we have the best chance of winning the nomination' });
  });

  it('a quotation opening in lowercase after a long subject is part of the reported clause', () => {
    const quote = only('He also argued the new pipeline, which most Republicans support, “would not go ten feet” without eminent domain.');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'the new pipeline, which most Republicans support, “would not go ten feet” without eminent domain' });
  });

  it('a quotation opened in the reported clause runs on past a sentence break inside it', () => {
    const quote = only('The governor said last week that he will “need a lot of help. So we will see how it works.”');

    expect(quote).toMatchObject({ kind: 'mixed', text: 'he will “need a lot of help. So we will see how it works.”' });
  });

  it('the reporter’s comment after a mixed quote is left out', () => {
    const quote = only('The senator declared that he “would certainly implement” a registry of gun buyers, drawing a fresh round of criticism.');

    expect(quote.text).toBe('he “would certainly implement” a registry of gun buyers');
  });

  it('a programme named as the listener is not what was said: told ABC’s “Good Morning America” that …', () => {
    const quote = only('But the judge told ABC’s “Good Morning America” that she agrees the mayor is a “total opportunist.”');

    expect(quote.text).toBe('she agrees the mayor is a “total opportunist.”');
  });

  it('"in May" is when it was said, not a modal: telling reporters in May that …', () => {
    const quotes = extractText('Ryan hesitated for weeks, telling reporters in May that he was “not quite there yet.”').quotes;

    expect(quotes.find((q) => q.cue === 'telling')?.text).toBe('he was “not quite there yet.”');
  });

  it('when and where come before an infinitive content: "promised Sunday at a rally to end …"', () => {
    const quote = only('Sanders promised Sunday at a Las Vegas rally to end “the wasteful deportation regime.”');

    expect(quote.text).toBe('to end “the wasteful deportation regime.”');
  });
});

describe('mixed quotes: a quotation after reported speech', () => {
  it('a quotation with no frame of its own goes on the reported speech right before it', () => {
    const quotes = extractText('“The bill failed,” the governor said. He added that he had fought for the measure for years. “A leader must fight for what he believes in.”').quotes;

    expect(quotes.find((q) => q.cue === 'added')).toMatchObject({
      kind: 'mixed',
      text: 'he had fought for the measure for years A leader must fight for what he believes in',
      speaker: { mention: 'He' },
    });
  });

  it('a quotation after a direct quote is not joined to reported speech: it has its own frame', () => {
    const quotes = extractText('The mayor said that the budget was tight. “We will cut nothing,” she said.').quotes;

    expect(quotes.map((q) => q.kind)).toEqual(['indirect', 'direct']);
  });
});

describe('direct quotes: titles and continuations', () => {
  it('capitalised words with a lowercase verb are a sentence, not a title: “Nusra is Al Qaeda,” Kerry said', () => {
    const quote = only("The talks in Geneva went on late. ''Nusra is Al Qaeda,'' Mr. Kerry said.");

    expect(quote).toMatchObject({ kind: 'direct', text: 'Nusra is Al Qaeda', speaker: { mention: 'Mr. Kerry' } });
  });

  it('a quote paragraph followed by narration does not continue the previous speaker', () => {
    const text = '“Tell her I promised you a picture,” Ebeling said.\n\n"From day one, I made the climate my top priority," the bespectacled, 71-year-old diplomat said.';

    const quotes = extractText(text).quotes;

    expect(quotes.find((q) => q.speaker?.mention === 'Ebeling')?.text).toBe('Tell her I promised you a picture');
  });
});

describe('mixed quotes: several quotations in one clause', () => {
  it('later quoted words of the clause a cue introduces belong to the same mixed quote', () => {
    const quote = only('He suggested “Trumpization” in the form of “sweeping accusations” had started to seep into French politics.');

    expect(quote).toMatchObject({ kind: 'mixed', text: '“Trumpization” in the form of “sweeping accusations” had started to seep into French politics' });
  });
});

describe('direct quotes: the narration after a quote', () => {
  it('a new clause joined by a conjunction after the quote is the reporter’s', () => {
    const quote = only('Kelly charged, “You have called women you do not like fat pigs and slobs,” and the crowd gasped.');

    expect(quote).toMatchObject({ kind: 'direct', text: 'You have called women you do not like fat pigs and slobs' });
  });
});

describe('direct quotes: narration between the parts of a quotation', () => {
  it('a sentence of narration with no cue does not end the quotation of the speaker before it', () => {
    const text = "''I'm more skilled with my hands than with my brain,'' said Robin Lee, half joking. He has worked at the plant for 24 years. ''But I like working with my hands.''";

    const quote = only(text);

    expect(quote).toMatchObject({ speaker: { mention: 'Robin Lee' }, text: "I'm more skilled with my hands than with my brain But I like working with my hands" });
  });

  it('a quotation opening a sentence with no frame of its own goes on with the direct quote before it in the paragraph', () => {
    const text = '“We will win this state,” Ann Lee told reporters as aides handed out “Lee for Iowa” signs. “Nobody believes those polls, and neither do I.”';

    const quote = only(text);

    expect(quote).toMatchObject({ kind: 'direct', speaker: { name: 'Ann Lee' }, text: 'We will win this state Nobody believes those polls, and neither do I' });
  });

  it('narration with a cue of another speaker does end it', () => {
    const text = '“We will win the state,” said Robin Lee. Her rival said the polls were wrong. “Nobody believes those numbers.”';

    const quotes = extractText(text).quotes;

    expect(quotes.find((q) => q.speaker?.mention === 'Robin Lee')?.text).toBe('We will win the state');
  });
});

describe('direct quotes: a remark about the quoted words', () => {
  it('a relative clause after the quote is the reporter’s: “self-deportation,” which is like …', () => {
    const quote = only('Romney would denounce “self-deportation for all of them,” which is mild compared to his plans.');

    expect(quote.text).toBe('self-deportation for all of them');
  });
});

describe('direct quotes: long quotations no cue claims', () => {
  it('a long quotation with an unlisted verb is a direct quote whose speaker is unknown', () => {
    const text = 'The crowd cheered as the results came in. Ms. Ortega beamed at her staff. “This is the night we have been waiting for since the first snow fell in Ohio.”';

    const quote = only(text);

    expect(quote).toMatchObject({ kind: 'direct', text: 'This is the night we have been waiting for since the first snow fell in Ohio', cue: '', speaker: null });
  });

  it('a frame earlier in the sentence names the speaker: cites X, “…”', () => {
    const text = 'Historian Ann Frank cites the union’s support for the Civil Rights Act, “the placards carried by marchers at the King rally in the summer of 1963.”';

    const quote = quotesOf(text).find((q) => q.text.startsWith('the placards'));

    expect(quote).toMatchObject({ kind: 'direct', cue: 'cites', speaker: { name: 'Ann Frank' } });
  });

  it('a quotation a speech noun names is a quote however short: chants of “Lock her up!”', () => {
    const quote = only('There were chants of “Lock her up!” from the overflow room.');

    expect(quote).toMatchObject({ kind: 'direct', text: 'Lock her up!', speaker: null });
  });

  it('so is a slogan written in title case: the slogan “Stronger Together”', () => {
    const quote = only('Her campaign has settled on the slogan “Stronger Together” for the fall.');

    expect(quote).toMatchObject({ kind: 'direct', text: 'Stronger Together' });
  });

  it('nor is a headline followed by its byline: "“Sam Mendes leaves the show on its way to Broadway,” by Variety’s Gordon Cox"', () => {
    expect(quotesOf('The list goes on. “Sam Mendes leaves the show on its way to Broadway,” by Variety’s Gordon Cox.')).toEqual([]);
  });

  it('a title is not, however it is introduced: an ad titled “Scam”', () => {
    expect(quotesOf('The group launched a radio ad titled “Scam” in Indiana on Saturday.')).toEqual([]);
  });

  it('a quotation of fewer than eight words with no frame stays unattributed narration', () => {
    expect(quotesOf('Fans at the arena waved banners with “Four more years for the mayor” on them.')).toEqual([]);
  });
});

describe('direct quotes: one statement in several quotations', () => {
  it('a closing mark after a plural possessive is an apostrophe: "Jeff Lane, Sanders’ campaign manager, said"', () => {
    // Arrange
    const text = '“Bernie believes that the path toward change runs through the states,” Jeff Lane, Sanders’ campaign manager, said in a statement. “The leaders we raise money for today are the senators of tomorrow.”';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker: { mention: 'Jeff Lane, Sanders’ campaign manager', name: 'Jeff Lane' } });
    expect(quotes[0]!.text).toContain('senators of tomorrow');
  });

  it('so does one after "Now,": "“…,” said Jock Finlayson. Now, “…”"', () => {
    const quotes = quotesOf('“We were not very happy when it was first announced,” said Jock Finlayson, head of policy at the council. Now, “there is a sizable constituency saying this is O.K.”');

    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('sizable constituency');
  });

  it('a quotation opening the next sentence after "But" goes on the same quote: "“…,” he said. But “…”"', () => {
    const quotes = quotesOf('“I don’t think it’s do or die, any endorsement in particular,” he said outside the building. But “his candidacy is strengthened with an endorsement. It helps.”');

    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('It helps');
  });

  it('an aside between dashes interrupts a quotation without ending it: "“I don\'t think the wisdom” -- that … -- “is going to last,” he said"', () => {
    const quote = only('"I don\'t think the conventional wisdom" -- that the mayor is a nanny-state liberal -- "is going to last," he said.');

    expect(quote).toMatchObject({ kind: 'direct', text: "I don't think the conventional wisdom is going to last", speaker: { mention: 'he' } });
  });

  it('a quotation after a place abbreviation ending the tag goes on the same quote: "…,” Sanders said in Binghamton, N.Y. “…”', () => {
    const text = '“Her role in fracking is not a good record,” Sanders said at a rally in Binghamton, N.Y. “Her department worked to export fracking throughout the world.”';

    const quotes = quotesOf(text);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', text: 'Her role in fracking is not a good record Her department worked to export fracking throughout the world' });
  });

  it('a paragraph that is only a quote continues a mixed quote closed by its tag', () => {
    const text = 'America needs leaders “who understand that reckless words can cause more turbulence,” Clinton said.\n\n“And that is why steady leadership matters so much at times like these.”';

    const quotes = quotesOf(text);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'mixed', speaker: { mention: 'Clinton' } });
    expect(quotes[0]!.text).toMatch(/^America needs leaders .* at times like these$/);
  });

  it('a second verb of the same speaker starts a second statement: "called her a “…,” and then tweeted that …"', () => {
    const quotes = quotesOf('Trump called the witness a "horrible, horrible witness," and then tweeted that she was "Disgraceful!"');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ['called', 'the witness a "horrible, horrible witness,"'],
      ['tweeted', 'she was "Disgraceful!"'],
    ]);
  });

  it('a present-tense verb after a past cue and a new subject goes on the reported clause: "Rubio said he’s proud … and expects to leave …"', () => {
    const quotes = quotesOf('Rubio said he’s proud of his campaign and expects to leave Nevada with a “solid share of the delegates.”');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['said', 'he’s proud of his campaign and expects to leave Nevada with a “solid share of the delegates.”']]);
  });

  it('a second verb behind its auxiliary is a second statement: "… for the nominee but did not suggest it would be Trump"', () => {
    const quotes = quotesOf('Lee said he would offer “a prayer” for the eventual nominee but did not suggest it would be Trump.');

    expect(quotes.map((q) => [q.cue, q.text, q.speaker?.mention])).toEqual([
      ['said', 'he would offer “a prayer” for the eventual nominee', 'Lee'],
      ['suggest', 'it would be Trump', 'Lee'],
    ]);
  });

  it('a participle after "but" is a second statement, and "that" before a modal its subject: "… “on paper” but suggesting that might not be enough"', () => {
    const quotes = quotesOf('The Sanders campaign doubled down, saying she is experienced "on paper" but suggesting that might not be enough.');

    expect(quotes.map((q) => [q.cue, q.text, q.speaker?.mention])).toEqual([
      ['saying', 'she is experienced "on paper"', 'The Sanders campaign'],
      ['suggesting', 'that might not be enough', 'The Sanders campaign'],
    ]);
  });

  it('a preposition before a second verb\'s gerund ends the first statement: "… “kept us safe” on Twitter before claiming that …"', () => {
    const quotes = quotesOf('Trump said the deadlock has “kept us safe” on Twitter before claiming that open borders are dangerous.');

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ['said', 'the deadlock has “kept us safe” on Twitter'],
      ['claiming', 'open borders are dangerous'],
    ]);
  });

  it("a comma inside doubled apostrophes ends the clause before a participle: \"were ''overblown,'' adding that …\"", () => {
    const quotes = quotesOf("Mr. Paulson said the concerns about drug makers were ''overblown,'' adding that the company had ''significant upside.''");

    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ['said', "the concerns about drug makers were ''overblown,''"],
      ['adding', "the company had ''significant upside.''"],
    ]);
  });
});

describe('transcripts', () => {
  it('a name and a colon opening a paragraph attribute the whole paragraph to that speaker', () => {
    // Arrange
    const text = 'Partial transcript as follows:\n\nJAKE TAPPER: The governor released a video on Friday about the floods. Take a listen.\n\nFALLIN: We have to rebuild the levees first.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(quotes.map((q) => [q.speaker?.mention, q.text])).toEqual([
      ['JAKE TAPPER', 'The governor released a video on Friday about the floods. Take a listen'],
      ['FALLIN', 'We have to rebuild the levees first'],
    ]);
  });

  it('a label may name where its speaker spoke: "Former AG Mukasey at RNC: …"', () => {
    const quote = only('Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.\n\nThe former attorney general spoke on Tuesday.');

    expect(quote).toMatchObject({ text: 'Clinton email scandal disqualifies her for presidency', speaker: { mention: 'Former AG Mukasey at RNC' } });
  });

  it('a lowercase label is no speaker: "The result: …"', () => {
    expect(quotesOf('The result: the mayor must travel three hours to the capital. She will go on Monday.')).toEqual([]);
  });
});
