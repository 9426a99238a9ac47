import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-05-20 is a Monday.
const one = extractOn('2024-05-20');

describe('English copy: a body described by the page reports under those words', () => {
  const ex = one(
    'Heavy rain fell across the coastal provinces for a fifth day.',
    'The Vietnamese government said on Sunday that at least twelve people had died in the floods.',
    'The government said the storm would reach the northern coast by Wednesday.',
    'The water level on the main river will keep rising until Tuesday, the national weather centre said.',
    'The Ministry of Agriculture and Rural Development said rice fields in three districts were under water.',
    'The storm had weakened by noon, but the disaster agency said that more rain was expected in the hills.',
  );

  it('"The Vietnamese government said on Sunday that …": the government, on the Sunday before publication', () => {
    const q = quoteWith(ex, 'at least twelve people had died');
    expect(q?.speaker).toBe('Vietnamese government');
    expect(q?.kind).toBe('indirect');
    expect(q?.date).toBe('2024-05-19');
  });

  it('"the government" alone is one body, as "Chính phủ" is', () => {
    expect(quoteWith(ex, 'the storm would reach the northern coast')?.speaker).toBe('Government');
  });

  it('"…, the national weather centre said.": the words before the comma are the centre’s', () => {
    const q = quoteWith(ex, 'will keep rising until Tuesday');
    expect(q?.speaker).toBe('National weather centre');
    expect(q?.text).not.toContain('weather centre said');
  });

  it('a ministry named in English speaks under its name', () => {
    expect(quoteWith(ex, 'rice fields in three districts')?.speaker).toBe('Ministry of Agriculture and Rural Development');
  });

  it('"…, but the disaster agency said that …": the subject of the clause after "but"', () => {
    expect(quoteWith(ex, 'more rain was expected in the hills')?.speaker).toBe('Disaster agency');
  });
});

describe('English copy: groups and unnamed bodies report with no speaker', () => {
  const ex = one(
    'A landslide hit a mountain village before dawn.',
    'Officials say the number of missing could rise if the rain does not stop.',
    'About 300 houses were buried or damaged by the mud, officials said.',
    'The rescue officials in the northern province said the road to the village was cut off.',
    'Search teams will work through the night, the ministry said.',
  );

  it('keeps the words and names nobody', () => {
    for (const words of ['the number of missing could rise', 'About 300 houses were buried', 'the road to the village was cut off', 'Search teams will work through the night']) {
      const q = quoteWith(ex, words);
      expect(q, words).toBeDefined();
      expect(q?.speaker, words).toBeNull();
    }
  });

  it('"the ministry" with nothing that says which is no speaker, as "Bộ" alone is not', () => {
    expect(ex.speakers.map((s) => s.name)).not.toContain('Ministry');
  });
});

describe('English copy: someone described but not named', () => {
  const ex = one(
    'Minister of Transport Le Van Son said on Monday that the bridge would reopen in June.',
    'A village official was quoted by the provincial newspaper as saying: "I have never seen the river this high in thirty years."',
    '"We lost everything in one night and nobody came to help us," said local resident Hoang Van Tu.',
  );

  it('"was quoted by X as saying: “…”" is a quotation of someone the page does not name', () => {
    const q = quoteWith(ex, 'never seen the river this high');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBeNull();
  });

  it('"“…,” said local resident X." is never the previous speaker’s', () => {
    const q = quoteWith(ex, 'We lost everything in one night');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Le Van Son');
  });
});

describe('English copy: names, occasions and sources around the verb', () => {
  it('a Vietnamese name whose second word is also a family name is read whole', () => {
    const ex = one('The Deputy Prime Minister of Vietnam Pham Dinh Hoa urged the provinces on Sunday to move people away from the river banks.');
    const q = quoteWith(ex, 'move people away from the river banks');
    expect(q?.speaker).toBe('Pham Dinh Hoa');
    expect(q?.date).toBe('2024-05-19');
  });

  it('"said in a statement on Monday that …": the words start after "that"', () => {
    const ex = one('The Vietnam Maritime Administration said in a statement on Monday that two ports would stay closed.');
    const q = quoteWith(ex, 'two ports would stay closed');
    expect(q?.speaker).toBe('Vietnam Maritime Administration');
    expect(q?.text.startsWith('two ports')).toBe(true);
  });

  it('an English body after a title word is no person, and "he" does not become it', () => {
    const ex = one(
      'Exports rose by a fifth this year, the General Statistics Office said.',
      '"Factories have more orders than last year," he told reporters.',
    );
    expect(ex.speakers.map((s) => s.name)).not.toContain('Statistics Office');
    expect(quoteWith(ex, 'Factories have more orders')?.speaker ?? null).not.toBe('Statistics Office');
  });

  it('"…, the spokesperson said, citing X": the source cited is not the words reported', () => {
    const ex = one('The two men were detained on May 3 for fraud, the spokesperson said, citing the police.');
    expect(quoteWith(ex, 'citing the police')).toBeUndefined();
  });

  it('Vietnamese "say" (drunk) reports nothing', () => {
    const ex = one('Tài xế say rượu đã gây tai nạn liên hoàn trên quốc lộ 1 vào tối qua.');
    expect(ex.quotes).toHaveLength(0);
  });
});

describe('English copy: a person named by one word', () => {
  const ex = one(
    'Fishing boats stayed in port for a fifth day on Monday as the storm moved north.',
    'Minh, who chairs the provincial fishermen\'s association, spoke to reporters at the harbour.',
    'Minh said the boats would return to sea once the coast guard lifted its warning.',
    'Catches have fallen for three seasons in a row, Minh said, suggesting the fleet move to offshore grounds.',
  );

  it('"X, who …" makes a bare word a person, even one that folds to a Vietnamese opener ("Mình")', () => {
    expect(quoteWith(ex, 'the boats would return to sea')?.speaker).toBe('Minh');
  });

  it('"A, X said, suggesting B": A and B are both X’s', () => {
    expect(quoteWith(ex, 'Catches have fallen for three seasons')?.speaker).toBe('Minh');
    expect(quoteWith(ex, 'the fleet move to offshore grounds')?.speaker).toBe('Minh');
  });
});

describe('English copy: "they" after a group reports with no speaker', () => {
  const ex = one(
    'The disaster officials in the northern province said the river had burst its banks in two places.',
    'They added that the damage to farm crops was estimated at 12 million dollars.',
    'The new dyke will protect the villages from the next flood, they stressed, agreeing on the need to plant more trees.',
  );

  it('"They added that …" keeps the words, naming nobody', () => {
    const q = quoteWith(ex, 'the damage to farm crops was estimated');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('"A, they stressed, agreeing on B": A is the report, not what they agreed on', () => {
    expect(quoteWith(ex, 'The new dyke will protect the villages')?.speaker).toBeNull();
    expect(quoteWith(ex, 'agreeing on the need')).toBeUndefined();
  });
});

describe('English copy: the day and the dateline around a closing attribution', () => {
  // 2024-05-24 is a Friday.
  const ex = extractOn('2024-05-24')(
    'Hanoi — Cases of dengue this year have more than doubled compared to the same period in 2021, the Ministry of Health said Thursday, warning hospitals to prepare for further infections.',
  );

  it('"A, the ministry said Thursday, warning B": A is the ministry’s, said on Thursday, not in the year A mentions', () => {
    const q = quoteWith(ex, 'have more than doubled');
    expect(q?.speaker).toBe('Ministry of Health');
    expect(q?.date).toBe('2024-05-23');
    expect(q?.text.startsWith('Cases of dengue')).toBe(true);
  });

  it('B, what the participle reports, is dated by the attribution too', () => {
    const q = quoteWith(ex, 'hospitals to prepare for further infections');
    expect(q?.speaker).toBe('Ministry of Health');
    expect(q?.date).toBe('2024-05-23');
  });
});

describe('English copy: an outlet as the subject reports, never as the speaker', () => {
  const ex = one(
    'Heavy rain fell across the coastal provinces for a fifth day.',
    'The state-run broadcaster VTV warned its viewers that several reservoirs were nearly full and could overflow.',
  );

  it('keeps the words with no speaker', () => {
    const q = quoteWith(ex, 'several reservoirs were nearly full');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });
});

describe('English copy: a project or a plant named in capitals never speaks', () => {
  it('"Regarding X Wind Power Project, the minister said …" is the minister\'s, not the project\'s', () => {
    const ex = one(
      'Minister of Industry and Trade Lam Van Hai answered questions from deputies at the National Assembly on Monday.',
      'Regarding Phu Khang Wind Power Project, the minister said he had received a report from local authorities.',
      'As for Song Day Cement Plant, he said the plant would be inspected next month.',
    );
    expect(quoteWith(ex, 'received a report')?.speaker).toBe('Lam Van Hai');
    expect(quoteWith(ex, 'inspected next month')?.speaker).toBe('Lam Van Hai');
    expect(ex.quotes.map((q) => q.speaker)).not.toContain('Regarding Phu Khang Wind Power Project');
  });
});
