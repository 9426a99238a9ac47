import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented: an English report of a ferry line's delays that names the company but no executive of it, and a
// Vietnamese report in which another company's chief executive speaks.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Passengers of the budget ferry operator Blue Gull complained of delays of up to six hours on the island route last week.',
    'Some passengers said Blue Gull had not offered compensation to delayed passengers of the crossings.',
  ], { file: 'ferry.txt', title: 'Ferry passengers stranded by delays', published: '2025-08-02' }),
  makeDoc([
    'Tổng giám đốc Công ty Phà Sao Biển Trần Hữu Nghị cho biết công ty sẽ bồi thường cho hành khách bị chậm chuyến.',
  ], { file: 'pha.txt', title: 'Phà Sao Biển bồi thường khách chậm chuyến', published: '2025-08-03' }),
]));

describe('an English question about a company\'s chief executive, whom no article names', () => {
  it('"What did Blue Gull\'s chief executive say" is answered with nothing, not with passengers\' words', () => {
    expect(index.ask("What did Blue Gull's chief executive say about compensating delayed passengers?")).toEqual([]);
    expect(index.ask('What did the Blue Gull CEO say about compensating delayed passengers?')).toEqual([]);
  });
});

// Invented: English copy that writes a company's head as "chief executive officer" and another's as "general director"
// of the company's Vietnam arm; and copy in which that arm speaks through a spokesman only.
const harbor = makeDoc([
  'Harbor Kite, a maker of electric scooters, plans to open a factory in Europe next year, the company said on Monday.',
  '"Europe is the first market outside Asia that we will focus on," Lena Varga, chief executive officer of Harbor Kite, said.',
], { file: 'kite.txt', title: 'Harbor Kite plans European factory', published: '2025-09-01' });
const berry = makeDoc([
  'At the launch in Hai Phong on Tuesday, Oskar Lind, general director of Nordberry Viet Nam, said the company is building a juice plant in the province.',
], { file: 'berry.txt', title: 'Nordberry comes to Viet Nam', published: '2025-09-02' });
const written = createSearchIndex(extractCorpus([harbor, berry, makeDoc([
  'At a ceremony on Friday, Mikael Rosen, general director of Fjordline Vietnam, said the firm would open a warehouse in Binh Duong.',
], { file: 'fjord.txt', title: 'Fjordline opens a warehouse', published: '2025-09-05' })]));
const spokesmanOnly = createSearchIndex(extractCorpus([berry, makeDoc([
  'At a ceremony on Friday, a spokesman for Fjordline Vietnam said the firm would open a warehouse in Binh Duong.',
], { file: 'fjord.txt', title: 'Fjordline opens a warehouse', published: '2025-09-05' })]));

describe('an English question about a chief executive an article writes out in full', () => {
  it('"What did Harbor Kite\'s CEO say" is answered with the words of its "chief executive officer"', () => {
    const answers = written.ask("What did Harbor Kite's CEO say about Europe?");
    expect(answers.find((a) => a.speaker === 'Lena Varga')?.text).toContain('first market outside Asia');
  });
});

describe('a Vietnamese question about a general director that English copy names', () => {
  it('"Tổng giám đốc X Việt Nam" finds the words of the "general director of X Vietnam"', () => {
    const [first] = written.ask('Tổng giám đốc Fjordline Việt Nam nói gì về nhà kho ở Bình Dương?');
    expect(first?.speaker).toBe('Mikael Rosen');
    expect(first?.text).toContain('warehouse');
  });
  it('is still answered with nothing where that company speaks through a spokesman only', () => {
    expect(spokesmanOnly.ask('Tổng giám đốc Fjordline Việt Nam nói gì về nhà kho ở Bình Dương?')).toEqual([]);
  });
});
