import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-03-12');

describe('a title with "này" or an epithet points back, never to someone named further on', () => {
  it('"nữ ca sĩ này" before any singer is named: no speaker, not the singer named in the next paragraph', () => {
    const ex = one(
      '“Năm nay tôi chỉ nhận một chương trình truyền hình để dành thời gian cho phòng thu”, nữ ca sĩ này chia sẻ.',
      'Trong buổi ra mắt có các ca sĩ Hà Vân Anh, Lê Khải Minh đến chúc mừng.',
    );
    expect(quoteWith(ex, 'dành thời gian cho phòng thu')?.speaker ?? null).toBeNull();
  });

  it('"ca sĩ này" does not mean a singer named later in its own sentence', () => {
    const ex = one(
      '“Tôi sẽ hát nhiều ca khúc dân ca trong mùa giải này”, ca sĩ này cho biết, khi ngồi cạnh các ca sĩ Trương Bảo Ngân và Lý Hồng Đào.',
    );
    expect(quoteWith(ex, 'hát nhiều ca khúc dân ca')?.speaker ?? null).toBeNull();
  });

  it('the singer named before is still the one "nữ ca sĩ này" means', () => {
    const ex = one(
      'Tối 11/3, ca sĩ Đinh Hải Yến ra mắt album thứ ba tại Hà Nội.',
      '“Album này tôi viết trong hai năm sống ở Đà Lạt”, nữ ca sĩ này chia sẻ.',
    );
    expect(quoteWith(ex, 'hai năm sống ở Đà Lạt')?.speaker).toBe('Đinh Hải Yến');
  });
});
