import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-16');

describe('"cùng ngày" after a day told only inside someone\'s words', () => {
  it('the report\'s own day and a day in the words differ: the next speaker\'s "Chiều cùng ngày" words get no day, not the words\' day', () => {
    const ex = one(
      'Tối 15/10, ông Vi Đức Toản, Chủ tịch UBND xã Nậm Khiêu, cho biết trận sạt lở rạng sáng 14/10 đã vùi lấp 4 ngôi nhà.',
      'Chiều cùng ngày, ông Lục Minh Hào, Giám đốc Đài Khí tượng tỉnh, cảnh báo mưa lớn còn kéo dài.',
      '"Người dân tuyệt đối không quay lại vùng sạt lở", ông Hào nói.',
    );
    const warned = quoteWith(ex, 'mưa lớn còn kéo dài');
    expect(warned).toBeDefined();
    expect(warned?.date ?? null).toBeNull();
    expect(quoteWith(ex, 'tuyệt đối không quay lại')?.date ?? null).not.toBe('2024-10-14');
  });

  it('the words tell the same day as the report: "cùng ngày" is that day', () => {
    const ex = one(
      'Tối 15/10, ông Vi Đức Toản, Chủ tịch UBND xã Nậm Khiêu, cho biết sạt lở chiều 15/10 đã vùi lấp 4 ngôi nhà.',
      'Cùng ngày, ông Lục Minh Hào, Giám đốc Đài Khí tượng tỉnh, cảnh báo mưa lớn còn kéo dài.',
    );
    expect(quoteWith(ex, 'mưa lớn còn kéo dài')?.date).toBe('2024-10-15');
  });

  it('a day the narration names itself keeps "cùng ngày" pointing to it', () => {
    const ex = one(
      'Rạng sáng 14/10, sạt lở vùi lấp 4 ngôi nhà ở xã Nậm Khiêu.',
      'Chiều cùng ngày, ông Lục Minh Hào, Giám đốc Đài Khí tượng tỉnh, cảnh báo mưa lớn còn kéo dài.',
    );
    expect(quoteWith(ex, 'mưa lớn còn kéo dài')?.date).toBe('2024-10-14');
  });
});
