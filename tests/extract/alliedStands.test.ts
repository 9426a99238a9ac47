import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a country with its allies or another country as the subject of a stand', () => {
  it('"X và các đồng minh cáo buộc …" and "X và Y khẳng định …" are kept, with no one named', () => {
    const ex = one(
      'Na Uy và các đồng minh cáo buộc nước láng giềng che giấu một chương trình tên lửa tầm xa.',
      'Phần Lan và Thụy Điển khẳng định sẽ tiếp tục hợp tác chặt chẽ trong khuôn khổ Liên hợp quốc.',
    );
    const a = quoteWith(ex, 'nước láng giềng che giấu một chương trình tên lửa');
    expect(a).toBeDefined();
    expect(a?.speaker).toBeNull();
    expect(quoteWith(ex, 'sẽ tiếp tục hợp tác chặt chẽ')?.speaker).toBeNull();
  });

  it('a country and a person together name the person’s words to nobody else', () => {
    const ex = one('Na Uy và bà Vương Thị Lan cho biết hai bên sẽ gặp nhau vào tháng tới.');
    expect(ex.quotes.every((q) => q.speaker !== 'Na Uy')).toBe(true);
  });
});
