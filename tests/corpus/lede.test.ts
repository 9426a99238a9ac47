import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';

const LEDE = '(TTX) Tại phiên họp chiều 12-3, Bộ trưởng Lâm Văn Hải khẳng định nguồn cung điện cho mùa khô năm nay cơ bản được bảo đảm, kể cả ở các tỉnh phía Bắc...';
const BODY = 'Trả lời câu hỏi của đại biểu, ông Hải cho biết bộ đã yêu cầu các nhà máy hoàn tất bảo dưỡng trước tháng 4.';

describe('the lede of a scraped page', () => {
  it('keeps a lede signed with the outlet tag even when the outlet ends it with an ellipsis', () => {
    const doc = parseArticle('a.txt', ['https://baomau.vn/nguon-dien-mua-kho_29385.html', LEDE, BODY].join('\n'));
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('still drops a short teaser cut with an ellipsis', () => {
    const doc = parseArticle('a.txt', ['https://baomau.vn/nguon-dien-mua-kho_29385.html', '(TTX) Giá điện sẽ tăng từ tháng sau...', BODY].join('\n'));
    expect(doc.paragraphs).toEqual([BODY]);
  });

  it('reads a lede that opens on its day and lost its full stop as text, not as the headline', () => {
    const lede = 'Chiều 14.5, tin từ Công an huyện Tân Lạc cho biết đơn vị đang phối hợp với công an xã điều tra vụ cháy kho hàng ở thị trấn';
    const doc = parseArticle('a.txt', ['https://baomau.vn/chay-kho-hang_29385.html', ' date 2024-05 ' + lede, '', BODY].join('\n'));
    expect(doc.title).toBeNull();
    expect(doc.paragraphs[0]).toContain('Chiều 14.5, tin từ Công an huyện');
  });

  it('keeps a short headline that opens on a date', () => {
    const doc = parseArticle('a.txt', ['https://baomau.vn/gia-dien_29385.html', 'Ngày 1/7, giá điện tăng 4,8%', '', BODY].join('\n'));
    expect(doc.title).toBe('Ngày 1/7, giá điện tăng 4,8%');
  });
});
