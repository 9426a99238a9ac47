import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('"mở đầu" + the talk it opens reports the first words of that talk', () => {
  it('after the quotation: "“…” - Bộ trưởng X mở đầu câu chuyện."', () => {
    const ex = one(
      'Bộ trưởng Hoàng Văn Bình tiếp phóng viên tại trụ sở bộ chiều qua.',
      '“Chưa thể nói mọi việc đều hoàn hảo, nhưng chúng tôi tin việc điều hành đã đi đúng hướng” - Bộ trưởng Hoàng Văn Bình mở đầu câu chuyện.',
    );
    const q = quoteWith(ex, 'việc điều hành đã đi đúng hướng');
    expect(q?.speaker).toBe('Hoàng Văn Bình');
    expect(q?.kind).toBe('direct');
  });

  it('after the quotation, with the occasion named: "…”, HLV X mở đầu buổi họp báo sau trận."', () => {
    const ex = one(
      '“Tôi phải thay đổi nhân sự vì nhiều cầu thủ đã mệt sau hai trận liền”, HLV Trần Minh Khoa mở đầu buổi họp báo sau trận đấu tối qua.',
    );
    expect(quoteWith(ex, 'nhiều cầu thủ đã mệt')?.speaker).toBe('Trần Minh Khoa');
  });

  it('before a colon, after a heading run into the sentence', () => {
    const ex = one(
      'Hàng công vẫn còn lãng phí Huấn luyện viên Lê Văn Tám mở đầu phần trả lời họp báo: “Chúng tôi tạo ra nhiều cơ hội nhưng chỉ ghi được hai bàn. Dù vậy, kết quả này là xứng đáng”.',
    );
    expect(quoteWith(ex, 'kết quả này là xứng đáng')?.speaker).toBe('Lê Văn Tám');
  });

  it('"mở đầu cho" a year or a season opens no speech', () => {
    const ex = one(
      'Ca khúc là sản phẩm âm nhạc mở đầu cho năm mới của nữ ca sĩ, được phát hành trên các nền tảng số.',
    );
    expect(ex.quotes).toEqual([]);
  });
});
