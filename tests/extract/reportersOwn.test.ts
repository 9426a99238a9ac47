import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

// Sentences written for these tests.
const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-07-03' });

describe('what the reporter saw or found out is narration, nobody\'s statement', () => {
  it('"Theo ghi nhận của phóng viên, …" and "Theo quan sát của PV, …" give no statement and no speaker "PV"', () => {
    const ex = extract([
      'Theo ghi nhận của phóng viên tại cửa hàng, khách xếp hàng dài từ sáng sớm để mua vàng.',
      'Theo quan sát của PV, nhiều tuyến phố trung tâm vẫn ngập sâu đến chiều.',
      'Theo tìm hiểu của chúng tôi, xưởng này đã ngừng hoạt động từ đầu năm.',
    ]);
    expect(quoteWith(ex, 'xếp hàng dài')).toBeUndefined();
    expect(quoteWith(ex, 'ngập sâu đến chiều')).toBeUndefined();
    expect(quoteWith(ex, 'ngừng hoạt động từ đầu năm')).toBeUndefined();
  });

  it('"Theo ông X, …" and "Theo phản ánh của người dân, …" still report', () => {
    const ex = extract([
      'Theo ông Lương Văn Tám, Chủ tịch UBND xã, nước đã rút khỏi phần lớn các thôn.',
      'Theo phản ánh của người dân, nước thải có mùi hôi suốt nhiều ngày nay.',
    ]);
    expect(quoteWith(ex, 'nước đã rút')?.speaker).toBe('Lương Văn Tám');
    expect(quoteWith(ex, 'có mùi hôi')).toBeDefined();
  });
});
