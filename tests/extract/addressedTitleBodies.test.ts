import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-03-06' });

describe('a one-word body after a title, then its head called by a form of address', () => {
  it('the pronoun after it means the head, not the body', () => {
    const ex = extract([
      'Ngày 5/3, Giám đốc Văn phòng Khu vực châu Á của Unicef, ông Marcus Holt đã tới thăm một trường học vùng cao. Ông nhận xét: “Các em được chăm sóc rất chu đáo”.',
    ]);
    expect(quoteWith(ex, 'chăm sóc rất chu đáo')?.speaker).toBe('Marcus Holt');
  });

  it('nor the body named again at the end of the sentence before the pronoun', () => {
    const ex = extract([
      'Giám đốc Trung tâm Di sản Thế giới Unesco, ông Peter Lind đã tới thị sát khu di tích nhân dịp dự lễ kỷ niệm công ước Unesco. Ông nhận xét: “Việc bảo tồn đã có nhiều tiến bộ”.',
    ]);
    const q = quoteWith(ex, 'bảo tồn đã có nhiều tiến bộ');
    expect(q?.speaker).toBe('Peter Lind');
    expect(ex.quotes.map((x) => x.speaker)).not.toContain('Unesco');
  });
});
