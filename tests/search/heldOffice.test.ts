import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented meeting: the chairman is named with a bare "Chủ tịch UBND tỉnh"; the committee itself is also a speaker.
const meeting = articlesOn('2024-11-20');
const FUNDS = meeting('c1.txt', 'Vân Khê đẩy nhanh giải ngân vốn đầu tư công', [
  '(Báo Thử) - Tại phiên họp thường kỳ chiều 19/11, UBND tỉnh Vân Khê đánh giá tiến độ giải ngân vốn đầu tư công.',
  'Chủ tịch UBND tỉnh Lò Văn Sướng yêu cầu các chủ đầu tư cam kết giải ngân hết vốn trước ngày 31/1/2025.',
  'UBND cho biết sẽ điều chuyển vốn của các dự án chậm giải ngân sang dự án khác.',
  '"Tiền đã có, nếu để vốn nằm chờ thì lỗi là của chúng ta", ông Sướng nói.',
]);

describe('"Chủ tịch UBND tỉnh X yêu cầu gì": the chairman, not the committee', () => {
  it('answers with the chairman\'s words first', () => {
    const results = createSearchIndex(extractCorpus([FUNDS])).ask('Chủ tịch UBND tỉnh Vân Khê yêu cầu gì về giải ngân vốn?');
    expect(results[0]?.speaker).toBe('Lò Văn Sướng');
    expect(results[0]?.text).toMatch(/giải ngân hết vốn trước ngày 31\/1\/2025/u);
  });
});

// An airline whose chief executive the extraction named by his office alone, and its spokeswoman by name.
const air = articlesOn('2024-05-10');
const DELAYS = air('d1.txt', 'Hãng Cánh Cò Air xin lỗi hành khách vì chậm chuyến', [
  'Tổng giám đốc Cánh Cò Air cho biết hãng sẽ không để hành khách phải ngủ lại sân bay trong mùa cao điểm.',
  'Bà Ninh Thu Hà, người phát ngôn của hãng, cho biết hai máy bay phải nằm đất để thay động cơ nên nhiều chuyến bay bị chậm.',
]);
const CEO = { id: 'tong-giam-doc-canh-co-air', name: 'Tổng giám đốc Cánh Cò Air', aliases: [], role: null };
const HA = { id: 'ninh-thu-ha', name: 'Ninh Thu Hà', aliases: ['bà Hà'], role: 'người phát ngôn của hãng' };
const quotes: Quote[] = [
  quoteIn(DELAYS, 0, { id: 'c1', speaker: CEO.name, speakerId: CEO.id, text: 'hãng sẽ không để hành khách phải ngủ lại sân bay trong mùa cao điểm', kind: 'indirect', date: '2024-05-10', dateSource: 'published' }),
  quoteIn(DELAYS, 1, { id: 'h1', speaker: HA.name, speakerId: HA.id, text: 'hai máy bay phải nằm đất để thay động cơ nên nhiều chuyến bay bị chậm', kind: 'indirect', date: '2024-05-10', dateSource: 'published' }),
];
const AIRLINE: Extraction = { documents: [DELAYS], speakers: [CEO, HA], quotes, events: [] };

describe('"Người phát ngôn <hãng> nói gì" when the extraction named another office of the airline', () => {
  it('does not answer for the chief executive alone: the spokeswoman\'s words are among the answers', () => {
    const index2 = createSearchIndex(AIRLINE);
    const question = 'Người phát ngôn Cánh Cò Air giải thích thế nào về việc chậm chuyến?';
    expect(index2.readQuestion!(question).speaker).toBeNull();
    expect(index2.ask(question).some((r) => r.speaker === 'Ninh Thu Hà' && /thay động cơ/u.test(r.text))).toBe(true);
  });
});
