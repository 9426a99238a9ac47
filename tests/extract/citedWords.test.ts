import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-10');

describe('words the subject remembers or cites are the cited person\'s', () => {
  it('"Ông X vẫn nhớ câu nói của Y năm lên 8 tuổi, …: “…”" gives the words to Y, not X', () => {
    const ex = one(
      'Kỳ thủ trẻ Lâm Gia Khải vừa vô địch giải cờ tướng mở rộng.',
      'Ông Lâm Văn Đạt, người cha đồng thời là người thầy đầu tiên của Khải, cho biết ông theo sát con suốt giải.',
      'Ông Đạt vẫn nhớ câu nói của Khải năm lên 8 tuổi, sau khi thua một ván ở giải thiếu niên: "Bố ơi, con sẽ không khóc vì thua cờ nữa".',
    );
    expect(quoteWith(ex, 'con sẽ không khóc vì thua cờ')?.speaker).toBe('Lâm Gia Khải');
  });

  it('"Bà X vẫn nhớ lời dặn của ông nội: “…”" names nobody: the grandfather is not the one named before', () => {
    const ex = one(
      'Kỳ thủ trẻ Lâm Gia Khải vừa vô địch giải cờ tướng mở rộng.',
      'Bà Trịnh Thị Lụa, mẹ của Khải, vẫn nhớ lời dặn của ông nội trước khi mất: "Cháu nó có năng khiếu, đừng bắt nó bỏ cờ".',
    );
    const q = quoteWith(ex, 'đừng bắt nó bỏ cờ');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('praise for someone ("dành lời khen cho Y: “…”") stays the subject\'s own words', () => {
    const ex = one('HLV Đàm Quốc Trung dành lời khen cho thủ môn Vi Văn Sơn: "Sơn đã cứu cả đội trong hiệp hai".');
    expect(quoteWith(ex, 'cứu cả đội trong hiệp hai')?.speaker).toBe('Đàm Quốc Trung');
  });
});

describe('the subject citing their own words keeps them', () => {
  it('"Ông X nhắc lại câu nói của chính ông năm ngoái: “…”" stays X\'s', () => {
    const ex = one('Ông Đàm Quốc Trung nhắc lại câu nói của chính ông năm ngoái: "Đội bóng này sẽ trở lại hạng đấu cao nhất".');
    expect(quoteWith(ex, 'trở lại hạng đấu cao nhất')?.speaker).toBe('Đàm Quốc Trung');
  });
});
