import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-05');

describe('an association, board or fund whose remit is written with only its first syllable capitalised', () => {
  it('the capitalised syllable of the remit is no person: with no holder named, nobody is shown', () => {
    const ex = one(
      'Sáng 4/6, hội nông dân của huyện miền núi trao 20 tấn giống ngô cho các hộ bị thiệt hại do rét đậm.',
      'Chủ tịch Hội Nông dân huyện cho biết đợt hỗ trợ tiếp theo sẽ diễn ra vào tháng 8.',
      'Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết hội đã vận động được 50 triệu đồng.',
      'Giám đốc Quỹ Bảo vệ môi trường cho biết quỹ sẽ cho vay ưu đãi với các hộ làm hầm biogas.',
    );
    for (const words of ['đợt hỗ trợ tiếp theo', 'vận động được 50 triệu', 'cho vay ưu đãi']) {
      const q = quoteWith(ex, words);
      expect(q).toBeDefined();
      expect(['Hội Nông', 'Nông', 'Phụ', 'Quỹ Bảo', 'Bảo']).not.toContain(q?.speaker);
    }
  });

  it('a holder named after the body still speaks', () => {
    const ex = one(
      'Chủ tịch Hội Nông dân huyện Lò Văn Pả cho biết hội sẽ mở thêm hai lớp tập huấn.',
      'Bà Đinh Thị Xuân, Chủ tịch Hội Khuyến học xã, nhấn mạnh mọi em nhỏ đều phải được đến lớp.',
    );
    expect(quoteWith(ex, 'hai lớp tập huấn')?.speaker).toBe('Lò Văn Pả');
    expect(quoteWith(ex, 'mọi em nhỏ đều phải được đến lớp')?.speaker).toBe('Đinh Thị Xuân');
  });
});
