import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { extractCorpus } from '../../src/extract/index.js';
import { quoteWith } from '../helpers/articles.js';

const PAGE = [
  'https://example.vn/phong-van/giam-doc-so-nong-nghiep.html',
  '"Tôi nghĩ việc giữ đất lúa đòi hỏi sự kiên nhẫn, nếu làm nửa vời thì chúng ta sẽ mắc nợ với bà con nông dân..."',
  '',
  'LTS: Báo xin giới thiệu bài phỏng vấn ông Trần Văn Hải, Giám đốc Sở Nông nghiệp, thực hiện đầu năm 2023.',
  '',
  'PV: Ông đánh giá thế nào về vụ mùa năm nay?',
  '',
  'Ông Trần Văn Hải: Năm nay mưa nhiều, nhưng nông dân đã chuẩn bị tốt. Sản lượng lúa tăng khoảng 5%.',
].join('\n');

describe("an interview's pull quote above the page", () => {
  it('is body text, and its words are speech whose speaker the page has not named yet', () => {
    const doc = parseArticle('pv.txt', PAGE);
    expect(doc.paragraphs[0]).toContain('giữ đất lúa');
    const q = quoteWith(extractCorpus([doc]), 'giữ đất lúa đòi hỏi sự kiên nhẫn');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBeNull();
  });

  it('a quoted headline cut with an ellipsis in a list of related links stays out', () => {
    const doc = parseArticle('rel.txt', [
      'https://example.vn/tin/gia-lua.html',
      'Giá lúa giảm mạnh đầu vụ',
      'Giá lúa tại các tỉnh miền Tây giảm 300 đồng/kg so với tuần trước, theo ghi nhận của phóng viên sáng nay.',
      'Tin liên quan',
      '"Nông dân lo lắng..."',
    ].join('\n'));
    expect(doc.paragraphs.join(' ')).not.toContain('Nông dân lo lắng');
  });
});
