import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { articlesOn } from '../helpers/articles.js';

const doc = articlesOn('2024-04-12');

describe('a name written with marks links only to a name with the same marks in another article', () => {
  const minister = doc('a.txt', 'Bộ Y tế họp về dịch sởi', ['Bộ trưởng Hà Ngọc Anh cho biết, Bộ sẽ mua thêm 2 triệu liều vắc xin sởi.']);
  const singer = doc('b.txt', 'Đêm nhạc xưa', ['“Hồi đó tôi hát ở phòng trà mỗi tối, có khi đến khuya mới về”, ca sĩ Ngọc Ánh kể.']);

  it('"ca sĩ Ngọc Ánh" is not the minister "Hà Ngọc Anh" of another page', () => {
    const ex = extractCorpus([minister, singer]);
    const q = ex.quotes.find((x) => x.text.includes('phòng trà'));
    expect(q?.speaker).toBe('Ngọc Ánh');
  });

  it('the same name without its marks, as English copy writes it, still links', () => {
    const english = doc('c.txt', 'Measles', ['The ministry will buy two million more doses, Minister Ha Ngoc Anh said.']);
    const ex = extractCorpus([minister, english]);
    const q = ex.quotes.find((x) => x.text.includes('two million more doses'));
    expect(q?.speaker).toBe('Hà Ngọc Anh');
  });

  it('a tone written on the other vowel is the same name ("Hoà", "Hòa")', () => {
    const a = doc('d.txt', null, ['Ông Trần Văn Hòa, Giám đốc Sở Công Thương, cho biết giá xăng sẽ giảm.']);
    const b = doc('e.txt', null, ['“Chúng tôi sẽ kiểm tra các cây xăng trong tuần”, ông Trần Văn Hoà nói.']);
    const ex = extractCorpus([a, b]);
    const q = ex.quotes.find((x) => x.text.includes('kiểm tra các cây xăng'));
    expect(q?.speaker).toBe('Trần Văn Hòa');
  });
});
