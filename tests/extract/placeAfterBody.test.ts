import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-08-13');

describe('a district\'s or town\'s name right after a body in a title ("Bệnh viện Đa khoa <district>")', () => {
  it('the place that names the hospital or health centre is not shown as the speaker', () => {
    const ex = one(
      'Trưa 12/8, sáu người ở xã Tân Lập nhập viện sau khi ăn cỗ cưới.',
      'Theo lãnh đạo Bệnh viện Đa khoa Yên Lập, các bệnh nhân có biểu hiện nôn, đau bụng và sốt.',
      'Giám đốc Trung tâm Y tế Hàm Yên cho biết đã lấy mẫu thức ăn để xét nghiệm.',
    );
    expect(quoteWith(ex, 'biểu hiện nôn, đau bụng')?.speaker ?? null).not.toBe('Yên Lập');
    expect(quoteWith(ex, 'lấy mẫu thức ăn')?.speaker ?? null).not.toBe('Hàm Yên');
  });

  it('a holder named in full after the place still speaks', () => {
    const ex = one('Giám đốc Bệnh viện Đa khoa Yên Lập Nguyễn Văn Thuận cho biết cả sáu người đã qua cơn nguy kịch.');
    expect(quoteWith(ex, 'qua cơn nguy kịch')?.speaker).toBe('Nguyễn Văn Thuận');
  });

  it('a holder with a Central Highlands family name right after the body keeps his name', () => {
    const ex = one('Phó Giám đốc Trung tâm Y tế Kpă Ngọc cho biết trung tâm đã cử hai đội cơ động xuống xã.');
    expect(quoteWith(ex, 'cử hai đội cơ động')?.speaker).toBe('Kpă Ngọc');
  });
});
