import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-05-20 is a Monday.
const one = extractOn('2024-05-20');

describe('places named as people are never speakers', () => {
  const ex = one(
    'Bí thư phường Tân Lộc Hòa B (quận Mười) cho biết trung tâm chống ngập chưa về làm việc với phường, chỉ thấy “ngập đến đâu nâng đường đến đó”.',
    'Người dân ở xã Đoàn Văn Khoa, huyện Ba cho biết: Nhiều năm nay, đường vào xã bị sụt lún sau mỗi trận mưa.',
    'Bà Phùng Thị Lựu, ở phường 4, TP Nguyễn Văn Sáu cho biết: Nhiều năm nay, bãi đất trống bị chiếm để bán hàng.',
  );

  it('a ward split by a letter ("Tân Lộc Hòa B") is no person "Hòa B"', () => {
    const q = quoteWith(ex, 'ngập đến đâu nâng đường đến đó');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Hòa B');
  });

  it('"TP <a person\'s name>", "xã <a person\'s name>" are places: their names are not shown as the speaker', () => {
    expect(quoteWith(ex, 'bãi đất trống bị chiếm')?.speaker ?? null).not.toBe('Nguyễn Văn Sáu');
    expect(quoteWith(ex, 'đường vào xã bị sụt lún')?.speaker ?? null).not.toBe('Đoàn Văn Khoa');
  });
});
