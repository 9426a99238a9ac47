import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a point followed by the same speaker\'s quotation dated after it was said at that sitting', () => {
  it('the point takes the day told after the next paragraph\'s quotation, not the stamp\'s', () => {
    const ex = extractArticle([
      'Nhiều người bệnh bất ngờ vì viện phí tăng sau khi bệnh viện tự định giá dịch vụ.',
      'Liên quan đến vấn đề này, ông Đặng Hữu Tâm, Phó vụ trưởng Vụ Bảo hiểm y tế, khẳng định bệnh viện được tự định giá dịch vụ nhưng phải niêm yết công khai.',
      '“Không thể để người bệnh biết giá khi đã ra viện”, ông Tâm nói với phóng viên chiều 10/3.',
    ], { published: '2025-03-11' });
    expect(quoteWith(ex, 'Không thể để người bệnh')?.date).toBe('2025-03-10');
    expect(quoteWith(ex, 'bệnh viện được tự định giá')?.date).toBe('2025-03-10');
  });

  it('"nói hôm qua" after the quotation dates the point the same speaker made just before', () => {
    const ex = extractArticle([
      'Lượng khách đến làng nghề tăng mạnh từ đầu năm.',
      'Ông Lâm Quốc Bảo, Giám đốc Ban quản lý, thừa nhận bãi đỗ xe đang quá tải. “Chúng tôi sẽ mở thêm một bãi xe mới”, ông Bảo nói hôm qua.',
    ], { published: '2024-05-20' });
    expect(quoteWith(ex, 'bãi đỗ xe đang quá tải')?.date).toBe('2024-05-19');
  });

  it('another speaker between them: the point keeps its own date', () => {
    const ex = extractArticle([
      'Lượng khách đến làng nghề tăng mạnh từ đầu năm.',
      'Ông Lâm Quốc Bảo, Giám đốc Ban quản lý, cho biết bãi đỗ xe đang quá tải.',
      'Bà Trịnh Thu Hà, một hộ dân, nói: “Xe đỗ kín cả lối đi”.',
      '“Chúng tôi sẽ mở thêm một bãi xe mới”, ông Bảo nói hôm qua.',
    ], { published: '2024-05-20' });
    expect(quoteWith(ex, 'bãi đỗ xe đang quá tải')?.date).toBe('2024-05-20');
  });
});
