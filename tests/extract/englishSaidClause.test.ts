import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-03-14 is a Thursday.
const one = extractOn('2024-03-14');

describe('English copy: "X, a farmer in Y, said the Z region has …" is X\'s clause, not "…, said Z"', () => {
  const ex = one(
    'Coffee growers in the highlands have started the harvest early this year.',
    'Le Van Phuoc, a grower from a hill commune in the north of the province, said the Central Highlands region has had its driest winter in a decade.',
    'The harvest should end before the rains, said Dinh Thi Sao, head of the local growers’ cooperative.',
  );

  it('the name before "said" is the speaker, and the words are what follows it', () => {
    const q = quoteWith(ex, 'has had its driest winter in a decade');
    expect(q?.speaker).toBe('Le Van Phuoc');
    expect(q?.kind).toBe('indirect');
    expect(q?.text.startsWith('the Central Highlands region')).toBe(true);
  });

  it('no statement is given to the region named after "said"', () => {
    expect(ex.quotes.some((q) => q.speaker === 'Central Highlands')).toBe(false);
    expect(ex.quotes.some((q) => q.text.includes('a grower from a hill commune'))).toBe(false);
  });

  it('"…, said X, head of Y." still names X after the words', () => {
    expect(quoteWith(ex, 'The harvest should end before the rains')?.speaker).toBe('Dinh Thi Sao');
  });
});

describe('English copy: "…, X said in response to queries over …" tells what the words answered', () => {
  const ex = one(
    'Spokesman Tran Minh Duc held the ministry’s weekly briefing on Thursday.',
    'The country stands ready to share flood data with its upstream neighbours, Duc said in response to queries over a new dam on the river.',
    'Talks on the fishing season would resume next month, he said when asked about the northern fleet.',
  );

  it('the words are the clause before the attribution, not the question it answered', () => {
    const q = quoteWith(ex, 'stands ready to share flood data');
    expect(q?.speaker).toBe('Tran Minh Duc');
    expect(q?.text).not.toContain('in response to');
    expect(ex.quotes.some((x) => x.text.startsWith('in response to'))).toBe(false);
  });

  it('"…, he said when asked about …" likewise', () => {
    const q = quoteWith(ex, 'Talks on the fishing season would resume');
    expect(q?.speaker).toBe('Tran Minh Duc');
    expect(q?.text).not.toContain('when asked');
  });
});

describe('English copy: a long "X said in a statement on Tuesday that …" line whose full stop the page lost is text, not a caption', () => {
  const ex = one(
    'Residents blocked the road to the district office on Tuesday.',
    'Provincial police spokesperson Themba Mokoena said in a statement on Tuesday that a crowd of about two hundred people threw stones at officers guarding the district office',
    '“No officer was seriously hurt,” Mokoena said.',
  );

  it('the clause after "that" is the spokesperson\'s statement, dated the day told', () => {
    const q = quoteWith(ex, 'threw stones at officers guarding the district office');
    expect(q?.speaker).toBe('Themba Mokoena');
    expect(q?.kind).toBe('indirect');
    expect(q?.date).toBe('2024-03-12');
  });

  it('a short present-tense caption still says nothing', () => {
    const cap = one(
      'Residents blocked the road to the district office on Tuesday.',
      'Police spokesperson Themba Mokoena speaks to reporters outside the district office in the provincial capital',
      '“No officer was seriously hurt,” Mokoena said.',
    );
    expect(cap.quotes.some((q) => q.text.includes('speaks to reporters'))).toBe(false);
  });
});
