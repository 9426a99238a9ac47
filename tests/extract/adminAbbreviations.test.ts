import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-09-05');

describe('the abbreviated kind of a town ("TP.", "TX.") in a speaker\'s title', () => {
  it('"TX. <name>" does not end the sentence: the attribution keeps its title and place', () => {
    const ex = one('Bà Lò Thị Ban, Hiệu trưởng Trường Tiểu học Nậm Cang, TX. Kỳ Lâm chia sẻ: “Năm nay trường có thêm ba phòng học mới”.');
    const q = quoteWith(ex, 'thêm ba phòng học mới');
    expect(q?.excerpt).toContain('Bà Lò Thị Ban');
    expect(q?.speaker).not.toBe('TX');
  });

  it('"TP" or "TX" cut off from the town\'s name is never shown as the speaker', () => {
    const ex = one(
      'Em Đinh Thị Mơ, học sinh lớp 10A, Trường THPT Nậm Cang, TP. Hồ Tây Sơn chia sẻ: “Em mong được học thêm tiếng Anh”.',
      'Ông Đinh Công Khởi, Chủ tịch UBND xã Nậm Cang, TX. Kỳ Lâm: “Xã đã làm xong con đường đến điểm trường”.',
    );
    for (const words of ['học thêm tiếng Anh', 'con đường đến điểm trường']) {
      const q = quoteWith(ex, words);
      expect(q).toBeDefined();
      expect(['TP', 'TX']).not.toContain(q?.speaker);
    }
  });
});
