import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { extractCorpus } from '../../src/extract/index.js';

const page = [
  '---',
  'title: Hợp tác xã rau sạch mở rộng sang Lâm Đồng',
  'date: 2025-03-12',
  '---',
  '',
  '# Hợp tác xã rau sạch mở rộng sang Lâm Đồng',
  '',
  'Hợp tác xã Đồng Xanh vừa ký hợp đồng thuê thêm 20 ha đất ở Lâm Đồng.',
  '',
  '**PV: Vì sao hợp tác xã chọn _Lâm Đồng_ thay vì mở rộng tại chỗ?**',
  '',
  '**Bà Phan Thị Ngọc Mai:** Đất ở đây đã kín. Chúng tôi cần nơi có *khí hậu mát* quanh năm để trồng rau lá.',
  '',
  '**PV: Bà lo ngại điều gì nhất?**',
  '',
  '__Bà Phan Thị Ngọc Mai:__ Giá phân bón. Chúng tôi sẽ ký hợp đồng mua theo năm để giữ giá.',
].join('\n');

describe('markdown emphasis on an article', () => {
  it('bold interview labels read as labels: the answers are the interviewee\'s words, without the marks', () => {
    const doc = parseArticle('mai.md', page);
    expect(doc.paragraphs.join('\n')).not.toMatch(/\*|__/);
    const ex = extractCorpus([doc]);
    const answer = ex.quotes.find((q) => q.text.includes('khí hậu mát quanh năm'));
    expect(answer).toMatchObject({ speaker: 'Phan Thị Ngọc Mai', kind: 'direct' });
    expect(ex.quotes.find((q) => q.text.includes('mua theo năm'))?.speaker).toBe('Phan Thị Ngọc Mai');
    expect(ex.quotes.some((q) => q.text.includes('Vì sao hợp tác xã'))).toBe(false);
  });

  it('a star or an underscore inside a word stays', () => {
    const doc = parseArticle('code.md', '# Tiêu đề\n\nBiến snake_case_name và phép tính 5*3*2 giữ nguyên trong bài viết này.');
    expect(doc.paragraphs.join('\n')).toContain('snake_case_name và phép tính 5*3*2');
  });
});
