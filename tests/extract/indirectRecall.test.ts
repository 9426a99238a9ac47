import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a local police force as the speaker', () => {
  it('"Công an <unit> <place> cho biết …" reports the force’s words, under its full name', () => {
    const ex = one(
      'Ngày 19/6, Công an huyện Tân Lập cho biết đã tạm giữ hai người đàn ông trộm xe máy ở chợ đêm.',
      'Chiều cùng ngày, Công an TP Bến Cảng cho biết, lực lượng tuần tra đã thu hồi chiếc xe và trả lại cho chủ.',
    );
    const a = quoteWith(ex, 'đã tạm giữ hai người đàn ông');
    expect(a?.speaker).toBe('Công an huyện Tân Lập');
    expect(a?.kind).toBe('indirect');
    expect(quoteWith(ex, 'lực lượng tuần tra đã thu hồi chiếc xe')?.speaker).toBe('Công an TP Bến Cảng');
  });

  it('what the police did, without a reporting verb, is the reporter’s narration', () => {
    const ex = one('Ngày 19/6, Công an xã Hòa Lạc đã bắt giữ một người đàn ông trộm xe máy ở chợ đêm.');
    expect(ex.quotes).toHaveLength(0);
  });
});
