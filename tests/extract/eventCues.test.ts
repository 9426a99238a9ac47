import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';

const eventsOf = (paragraphs: string[], published: string | null) =>
  extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.text] as const);

describe('happenings told by a stay in hospital, an air strike, a visit, a landing or a news report', () => {
  it.each([
    ['Bà Ngân nhập viện hôm 12/4 sau khi ăn phải nấm rừng hái trên nương.', '2024-04-12'],
    ['Cậu bé được xuất viện sáng 15/4, sau ba ngày điều trị tại khoa Nhi.', '2024-04-15'],
    ['Khói đen bốc lên sau một cuộc không kích xuống khu chợ phía bắc thành phố ngày 7/4.', '2024-04-07'],
  ])('%s → %s', (sentence, date) => {
    expect(eventsOf([sentence], '2024-04-20').map(([d]) => d)).toContain(date);
  });

  it('English copy dates who attended, what landed and what a paper reported on a day', () => {
    // Published on Monday 10 June 2024.
    const ev = eventsOf([
      'About 400 farmers attended the first durian fair of the province on Saturday, organizers said.',
      'A cargo plane carrying medical supplies for the flood zone touched down at the provincial airport on June 5.',
      'The local Lao Dong newspaper reported on Friday that two bridges had been closed.',
    ], '2024-06-10');
    expect(ev).toEqual([
      ['2024-06-08', 'About 400 farmers attended the first durian fair of the province on Saturday'],
      ['2024-06-05', 'A cargo plane carrying medical supplies for the flood zone touched down at the provincial airport on June 5'],
      ['2024-06-07', 'The local Lao Dong newspaper reported on Friday that two bridges had been closed'],
    ]);
  });

  it('English copy dates a sentence, a detention and a storm\'s landfall', () => {
    // Published on Wednesday 16 October 2024.
    const ev = eventsOf([
      'A provincial court sentenced a former land official to nine years in prison on Tuesday for taking bribes.',
      'Two fishing boat owners were detained on Oct. 12 after inspectors found explosives on board.',
      'The tropical storm made landfall on Sunday evening, flattening banana farms along the coast.',
    ], '2024-10-16');
    expect(ev.map(([d]) => d)).toEqual(['2024-10-15', '2024-10-12', '2024-10-13']);
  });

  it('a tally of cases reported over a period is no happening of that period', () => {
    expect(eventsOf(['Nearly 900 measles cases have been reported in the province so far this year, up from last year.'], '2024-06-10')).toEqual([]);
  });
});
