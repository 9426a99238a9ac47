import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report: a hospital director (quoted) and a provincial official named Sơn (reported) give the same
// count for the hospital of the town of Tân Sơn. The town's name is no mention of the official.
const doc = articlesOn('2025-07-09');
const REPORT = doc('t1.txt', 'Tai nạn xe khách ở thị xã Tân Sơn', [
  'Giám đốc bệnh viện Lê Thị Vân nói: “Bệnh viện thị xã Tân Sơn đã tiếp nhận 12 nạn nhân”.',
  'Phó Chủ tịch tỉnh Hoàng Minh Sơn cho biết bệnh viện thị xã Tân Sơn đã tiếp nhận 12 nạn nhân.',
]);
const VAN: Quote = quoteIn(REPORT, 0, {
  id: 'v1', speaker: 'Lê Thị Vân', speakerId: 'le-thi-van', kind: 'direct', date: '2025-07-08', dateSource: 'context',
  text: 'Bệnh viện thị xã Tân Sơn đã tiếp nhận 12 nạn nhân',
});
const SON: Quote = quoteIn(REPORT, 1, {
  id: 's1', speaker: 'Hoàng Minh Sơn', speakerId: 'hoang-minh-son', kind: 'indirect', date: '2025-07-08', dateSource: 'context',
  text: 'bệnh viện thị xã Tân Sơn đã tiếp nhận 12 nạn nhân',
});
const index = createSearchIndex({
  documents: [REPORT],
  speakers: [
    { id: 'le-thi-van', name: 'Lê Thị Vân', aliases: [], role: 'Giám đốc bệnh viện' },
    { id: 'hoang-minh-son', name: 'Hoàng Minh Sơn', aliases: ['ông Sơn'], role: 'Phó Chủ tịch tỉnh' },
  ],
  quotes: [VAN, SON],
  events: [],
} satisfies Extraction);

describe('one syllable of a longer capitalised name is no mention of a speaker who has that syllable', () => {
  it('"… thị xã Tân Sơn …": the official named Sơn gets no lead; the quoted words come first', () => {
    const [r] = index.ask('Bệnh viện thị xã Tân Sơn đã tiếp nhận bao nhiêu nạn nhân?');
    expect(r?.speaker).toBe('Lê Thị Vân');
  });

  it('"ông Sơn" alone still names him', () => {
    const [r] = index.ask('Ông Sơn nói gì về các nạn nhân?');
    expect(r?.speaker).toBe('Hoàng Minh Sơn');
  });
});
