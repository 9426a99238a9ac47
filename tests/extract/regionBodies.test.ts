import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-03-16');

describe('a body named with the region it serves ("miền Bắc", "phía Nam")', () => {
  it('the region ends the body\'s name, so the speaker is the whole body', () => {
    const ex = one(
      'Theo Hiệp hội Vận tải hàng hóa phía Nam, giá cước đã tăng 12% trong quý I.',
      'Tổng công ty Cấp thoát nước miền Trung cho biết nguồn nước thô vẫn bảo đảm đến hết mùa khô.',
    );
    expect(quoteWith(ex, 'giá cước đã tăng 12%')?.speaker).toBe('Hiệp hội Vận tải hàng hóa phía Nam');
    expect(quoteWith(ex, 'nguồn nước thô vẫn bảo đảm')?.speaker).toBe('Tổng công ty Cấp thoát nước miền Trung');
  });

  it('the compass word after "miền" is never shown as the holder of a title', () => {
    const ex = one(
      'Đại diện Tổng công ty Điện lực miền Bắc cho biết sẽ không cắt điện trong kỳ thi tốt nghiệp.',
      'Giám đốc Công ty Cấp nước miền Tây Nam Bộ Tống Thị Lài cho biết giá nước chưa tăng.',
    );
    expect(quoteWith(ex, 'không cắt điện trong kỳ thi')?.speaker ?? null).not.toBe('Bắc');
    expect(quoteWith(ex, 'giá nước chưa tăng')?.speaker).toBe('Tống Thị Lài');
  });
});
