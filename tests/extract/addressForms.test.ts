/**
 * A page keeps the form of address it gives a person: "“…”, anh nói" is never the "ông X" quoted before. Sentences
 * written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { addressFits } from '../../src/extract/addressForms.js';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-27');

describe('a pronoun of the other age group than the form the page gave someone', () => {
  it('"“…”, anh nói" after "ông X" spoke and "anh Y" was named is Y, not X', () => {
    const ex = one(
      'Theo ông Đàm Quang Lực, Giám đốc Đài Khí tượng tỉnh, nước đang rút chậm. "Người dân chưa nên chủ quan", ông Lực cảnh báo.',
      'Tại điểm tập kết hàng ở thị trấn, anh Cù Minh Khoa, trưởng nhóm thiện nguyện "Lúa Vàng", cho biết nhóm đã chở gần 40 tấn hàng vào từ hôm thứ Bảy. Anh Khoa khuyến nghị các đoàn nên liên hệ chính quyền xã trước khi đến.',
      '"Bà con cần nhất lúc này là nước sạch và thuốc men", anh nói.',
    );
    expect(quoteWith(ex, 'Người dân chưa nên chủ quan')?.speaker).toBe('Đàm Quang Lực');
    expect(quoteWith(ex, 'cần nhất lúc này là nước sạch')?.speaker).toBe('Cù Minh Khoa');
  });

  it('"“…”, ông nói" is still the man the page calls "ông"', () => {
    const ex = one(
      'Theo ông Đàm Quang Lực, Giám đốc Đài Khí tượng tỉnh, nước đang rút chậm.',
      '"Người dân chưa nên chủ quan", ông nói.',
    );
    expect(quoteWith(ex, 'Người dân chưa nên chủ quan')?.speaker).toBe('Đàm Quang Lực');
  });
});

describe('addressFits', () => {
  it.each([
    ['anh', ['ông Đàm Quang Lực', 'ông Lực'], false],
    ['chị', ['bà Lã Thị Duyên'], false],
    ['ông', ['anh Cù Minh Khoa'], false],
    ['anh', ['anh Cù Minh Khoa'], true],
    ['bà', ['bà Lã Thị Duyên', 'chị Duyên'], true],
    ['anh', ['Giám đốc Cù Minh Khoa'], true],
    ['he', ['ông Đàm Quang Lực'], true],
  ] as const)('"%s" for %j: %s', (pronoun, aliases, fits) => {
    expect(addressFits(pronoun, aliases)).toBe(fits);
  });
});
