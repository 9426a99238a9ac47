import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('people counted but not described ("một người", "số khác") speak with no name', () => {
  it('a reader’s comment after or before the quotation is kept, said by no one named', () => {
    const ex = one(
      'Bức ảnh của chị Lan Anh thu hút hàng nghìn lượt bình luận. "Đi đâu cũng gặp người tốt bụng", một người để lại bình luận.',
      'Trong khi đó, số khác hài hước viết: "Ăn xong phải rửa bát giúp chủ nhà nhé".',
    );
    const a = quoteWith(ex, 'Đi đâu cũng gặp người tốt bụng');
    expect(a).toBeDefined();
    expect(a?.speaker).toBeNull();
    const b = quoteWith(ex, 'Ăn xong phải rửa bát giúp chủ nhà');
    expect(b?.speaker).toBeNull();
    expect(b?.text).toBe('Ăn xong phải rửa bát giúp chủ nhà nhé');
  });

  it('"một người phát ngôn …" describes someone, not a crowd: the name after it still speaks', () => {
    const ex = one('Một người phát ngôn của Bộ Ngoại giao, bà Vương Thị Lan, cho biết hai bên sẽ gặp nhau vào tháng tới.');
    expect(quoteWith(ex, 'hai bên sẽ gặp nhau vào tháng tới')?.speaker).toBe('Vương Thị Lan');
  });
});
