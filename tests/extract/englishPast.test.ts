import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';
import { isEnglishPastDate } from '../../src/extract/englishPast.js';

const eventsOf = (paragraphs: string[], published: string | null) =>
  extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.text] as const);

describe('an English clause told in the past is a happening, whatever its verb', () => {
  it.each([
    ['The museum first reopened its western wing in March 2019 and restored the old library in October 2022.', ['2019-03', '2022-10']],
    ['Two fishing boats sank off the northern coast on Tuesday after strong winds hit the bay.', ['2024-05-14']],
    ['The old ferry line ceased service in November 2021 after passenger numbers dropped.', ['2021-11']],
  ])('%s', (sentence, dates) => {
    const found = eventsOf([sentence], '2024-05-16').map(([d]) => d);
    for (const d of dates) expect(found).toContain(d);
  });

  it('a plan, a window or a perfect tense dates no happening', () => {
    expect(eventsOf(['The city expected the new bridge to be finished in December 2025.'], '2024-05-16')).toEqual([]);
    const window = 'Farmers stored their grain in village barns from June 10 to August 10.';
    expect(isEnglishPastDate(window, { start: window.indexOf('June'), end: window.indexOf('June') + 7, raw: 'June 10' })).toBe(false);
    expect(eventsOf(['The school library has welcomed young readers since 2015.'], '2024-05-16')).toEqual([]);
  });

  it('a participle between the verb and the date takes the date', () => {
    expect(eventsOf(['Officials dismissed videos shared online showing long queues forming at the border on Sunday.'], '2024-05-16')).toEqual([]);
  });

  it('an undated quotation after such a sentence is not put at its day', () => {
    const article = extractArticle([
      'A team of engineers inspected the old dam in the upper valley on May 3.',
      '“The walls are still strong but the spillway needs repair,” said Tran Van Binh, the team leader.',
    ], { published: '2024-05-16' });
    expect(article.events.map((e) => e.date)).toContain('2024-05-03');
    expect(article.quotes.find((q) => q.text.includes('spillway'))?.date).not.toBe('2024-05-03');
  });
});
