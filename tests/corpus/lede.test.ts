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
});
