import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-04-02');

describe('a place after a title is what the title names, never a person', () => {
  it('"Tourism Western Norway said …" never shows the place "Western Norway" as who spoke', () => {
    const ex = one(
      'Tourism Western Norway said bookings for Vietnam tours had doubled since the spring.',
      'Hai Phong port director Vu Thi Ngoc said the ferry would sail twice a week.',
    );
    for (const q of ex.quotes) expect(q.speaker ?? '').not.toMatch(/Norway/u);
    expect(quoteWith(ex, 'sail twice a week')?.speaker).toBe('Vu Thi Ngoc');
  });
});

describe('an event named by a region and its host city ("Liên hoan phim Châu Á Hải Phòng") is nobody', () => {
  it('"cô" after it finds the actress named before, not the festival\'s place names', () => {
    const ex = extractOn('2026-03-18')(
      'Vai chính do diễn viên trẻ Âu Thị Bích Ngọc đảm nhận, người vừa đoạt giải Nữ diễn viên xuất sắc tại Liên hoan phim Châu Á Hải Phòng hồi tháng 7. Cô nói đã sống ba tháng cùng một gia đình làm muối để học nghề.',
    );
    expect(quoteWith(ex, 'sống ba tháng cùng một gia đình')?.speaker).toBe('Âu Thị Bích Ngọc');
  });
});
