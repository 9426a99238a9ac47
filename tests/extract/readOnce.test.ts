/**
 * A text read once: the reporting verbs, dates, tokens and mentions of a text are kept after the first reading
 * (reportingVerbs.ts, datesMentions.ts, tokens.ts, mentions.ts) and an article's name forms after its first pass
 * (cast.ts). What a reader sees must not depend on whether a text was read before, nor on what a caller did with
 * an earlier answer.
 */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/core/dates.js';
import { extractCorpus } from '../../src/extract/index.js';
import { findMentions } from '../../src/extract/mentions.js';
import { findReportingVerbs } from '../../src/extract/reportingVerbs.js';
import { makeDoc, quoteWith } from '../helpers/articles.js';

const day = { published: '2023-06-14' } as const;
const paragraphs = [
  'Sáng 13/6, Giám đốc Sở Giao thông vận tải Phan Minh Đạt cho biết tuyến xe buýt ven sông sẽ chạy thử từ tháng 8.',
  '“Chúng tôi đã khảo sát hơn 2.000 hành khách trong ba tháng qua”, ông Đạt nói.',
  'Bà Lâm Thu Vân, phó chủ tịch hiệp hội vận tải, khẳng định giá vé cần được công khai trước khi chạy thử.',
];

describe('a text read a second time', () => {
  it('gives the same speakers, words and dates as the first reading, in the same process', () => {
    const first = extractCorpus([makeDoc(paragraphs, day)]);
    const again = extractCorpus([makeDoc(paragraphs, day)]);
    const shown = (ex: typeof first) => ex.quotes.map((q) => [q.speaker, q.text, q.date]);
    expect(shown(again)).toEqual(shown(first));
    expect(quoteWith(again, 'khảo sát hơn 2.000 hành khách')?.speaker).toBe('Phan Minh Đạt');
    expect(quoteWith(again, 'khảo sát hơn 2.000 hành khách')?.date).toBe('2023-06-13');
    expect(quoteWith(again, 'giá vé cần được công khai')?.speaker).toBe('Lâm Thu Vân');
  });

  it('is not changed by what a caller did with the answer it was given before', () => {
    const sentence = 'Ông Trịnh Quốc Hưng cho biết chiều 12/6 đoàn kiểm tra đã làm việc với nhà máy.';
    const verbs = findReportingVerbs(sentence);
    verbs[0]!.start = 99;
    verbs.push({ start: 0, end: 1, verb: 'nói' });
    expect(findReportingVerbs(sentence)).toEqual([{ start: sentence.indexOf('cho biết'), end: sentence.indexOf('cho biết') + 8, verb: 'cho biết' }]);

    const dates = findDateMentions(sentence, '2023-06-14');
    dates[0]!.date = '1999-01-01';
    dates.length = 0;
    expect(findDateMentions(sentence, '2023-06-14').map((m) => [m.raw, m.date])).toEqual([['chiều 12/6', '2023-06-12']]);
    // The same words against another publication date are read against that date.
    expect(findDateMentions(sentence, '2022-07-01').map((m) => m.date)).toEqual(['2022-06-12']);

    const mentions = findMentions(sentence);
    const person = mentions.find((m) => m.type === 'person');
    if (person?.type === 'person') person.name = 'Ai đó';
    expect(findMentions(sentence).find((m) => m.type === 'person')).toMatchObject({ name: 'Trịnh Quốc Hưng' });
  });

  it('with a cast that knows a lone name reads it apart from a reading without one', () => {
    const sentence = 'Hưng nói việc kiểm tra sẽ kéo dài một tuần.';
    const knows = (name: string) => name === 'Hưng';
    expect(findMentions(sentence)).toEqual([]);
    expect(findMentions(sentence, knows)).toMatchObject([{ type: 'person', name: 'Hưng' }]);
    expect(findMentions(sentence)).toEqual([]);
  });
});
