import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report on a footbridge being repaired: the engineer speaks of the damage and of the cost, which has
// doubled; no sentence counts the spans that are damaged.
const doc = articlesOn('2025-08-14');
const BRIDGE = doc('c1.txt', 'Sửa cầu treo qua suối Nậm Khao', [
  'Kỹ sư Hà Văn Lũy cho biết các nhịp cầu treo bị hư hỏng do lũ cuốn cây trôi va vào dây cáp.',
  'Theo ông Lũy, chi phí sửa cầu treo đã tăng gấp đôi so với dự toán vì phải thay toàn bộ dây cáp.',
]);
const LUY = { id: 'ha-van-luy', name: 'Hà Văn Lũy', aliases: ['ông Lũy'], role: 'Kỹ sư' };
const quote = (para: number, id: string, text: string): Quote => quoteIn(BRIDGE, para, {
  id, speaker: LUY.name, speakerId: LUY.id, text, kind: 'indirect', date: '2025-08-13', dateSource: 'context',
});
const DAMAGE = quote(0, 'l1', 'các nhịp cầu treo bị hư hỏng do lũ cuốn cây trôi va vào dây cáp');
const COST = quote(1, 'l2', 'chi phí sửa cầu treo đã tăng gấp đôi so với dự toán vì phải thay toàn bộ dây cáp');
const EXTRACTION: Extraction = { documents: [BRIDGE], speakers: [LUY], quotes: [DAMAGE, COST], events: [] };
const index = createSearchIndex(EXTRACTION);

describe('"bao nhiêu" / "how many" is answered only by words that state a quantity', () => {
  it('no sentence counts the damaged spans: nothing is answered, rather than the engineer\'s words on the cause', () => {
    expect(index.ask('Có bao nhiêu nhịp cầu treo bị hư hỏng do lũ?')).toEqual([]);
  });

  it('a quantity written in words ("gấp đôi") answers', () => {
    const [first] = index.ask('Chi phí sửa cầu treo tăng bao nhiêu so với dự toán?');
    expect(first?.text).toBe(COST.text);
  });

  it('a question that asks no quantity still gets the words on the cause', () => {
    expect(index.ask('Vì sao các nhịp cầu treo bị hư hỏng?')[0]?.text).toBe(DAMAGE.text);
  });
});
