import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: an economist's growth forecast, household spending expected to rise, a storm warning, and a
// teacher named Bảo.
const EXTRACTION = extractCorpus([
  makeDoc([
    '“Chúng tôi giữ nguyên dự báo tăng trưởng kinh tế năm tới ở mức 6,8%”, chuyên gia Hà Minh Châu nói.',
  ], { file: 'g1.txt', title: 'Dự báo tăng trưởng năm tới', published: '2025-09-01' }),
  makeDoc([
    'Cơ quan khí tượng cho biết bão số 7 sẽ đổ bộ vào các tỉnh ven biển trong đêm nay.',
  ], { file: 'g2.txt', title: 'Bão số 7 sắp đổ bộ', published: '2025-09-02' }),
  makeDoc([
    'Giá điện tăng khiến chi tiêu của các hộ gia đình năm tới dự báo tăng thêm, theo các chuyên gia kinh tế.',
  ], { file: 'g4.txt', title: 'Chi tiêu hộ gia đình', published: '2025-09-04' }),
  makeDoc([
    'Thầy giáo Lê Quốc Bảo cho biết trường sẽ mở thêm hai lớp học bơi miễn phí cho học sinh.',
  ], { file: 'g3.txt', title: 'Mở lớp học bơi miễn phí', published: '2025-09-03' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a word typed with ngã for hỏi, or hỏi for ngã ("tăng trưỡng")', () => {
  it('finds what the corpus writes with the other tone', () => {
    const r = index.ask('Chuyên gia Hà Minh Châu nói gì về tăng trưỡng?');
    expect(r[0]?.sources[0]?.file).toBe('g1.txt');
    expect(r[0]?.text).toMatch(/giữ nguyên dự báo tăng trưởng/u);
  });

  it('as it does when typed right', () => {
    expect(index.ask('Chuyên gia Hà Minh Châu nói gì về tăng trưởng?')[0]?.sources[0]?.file).toBe('g1.txt');
  });

  it('but a capitalised name is not read as the word of the other tone ("Bảo" is not "bão")', () => {
    const r = index.ask('Thầy Bảo nói gì về lớp học bơi?');
    expect(r[0]?.sources[0]?.file).toBe('g3.txt');
    expect(r.every((x) => x.sources[0]?.file !== 'g2.txt')).toBe(true);
  });
});
