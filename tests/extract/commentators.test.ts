import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const LEDE = 'Sáng 12/6, UBND huyện Tân Phú tổ chức buổi đối thoại với tiểu thương chợ cũ về việc di dời.';

describe('an outside commentator is not put at the story\'s occasion', () => {
  it('a lawyer asked for comment on an undated page gets no day from the lede\'s dialogue', () => {
    const ex = extractArticle([
      LEDE,
      'Ông Vương Đình Lộc, Chủ tịch UBND huyện, cho biết huyện đã xin tỉnh lùi ngày di dời chợ.',
      'Luật sư Hà Minh Khôi (Đoàn luật sư tỉnh) nhận định tiểu thương có quyền đòi hoàn tiền thuê sạp. “Hợp đồng còn hạn thì phải được tôn trọng”, ông Khôi nói.',
    ]);
    expect(quoteWith(ex, 'huyện đã xin tỉnh lùi ngày')?.date).toBe('--06-12');
    expect(quoteWith(ex, 'có quyền đòi hoàn tiền thuê sạp')?.date ?? null).toBeNull();
    expect(quoteWith(ex, 'Phương án lập đã lâu')?.date ?? null).toBeNull();
  });

  it('on a dated page the commentator\'s words take the page\'s day, not the lede\'s', () => {
    const ex = extractArticle([
      LEDE,
      'Theo luật sư Hà Minh Khôi, Đoàn luật sư tỉnh, tiểu thương có quyền đòi hoàn tiền thuê sạp.',
    ], { published: '2024-06-14' });
    expect(quoteWith(ex, 'có quyền đòi hoàn tiền thuê sạp')?.date).toBe('2024-06-14');
  });

  it('a commentator the sentence puts at the gathering speaks on its day', () => {
    const ex = extractArticle([
      'Sáng 5/3, Hội thảo về thị trường bất động sản được tổ chức tại Hà Nội.',
      'Phát biểu tại hội thảo, chuyên gia kinh tế Trần Quốc Nam nhận định thị trường sẽ phục hồi chậm.',
    ], { published: '2024-03-07' });
    expect(quoteWith(ex, 'thị trường sẽ phục hồi chậm')?.date).toBe('2024-03-05');
  });
});

describe('at a forum of experts, a commentator speaks at the occasion', () => {
  it('"chuyên gia X nhận định" after a lede about a seminar is dated by the seminar', () => {
    const ex = extractArticle([
      'Sáng 5/3, hội thảo về thị trường bất động sản được tổ chức tại Hà Nội.',
      'Chuyên gia kinh tế Trần Quốc Nam nhận định thị trường sẽ phục hồi chậm.',
    ], { published: '2024-03-07' });
    expect(quoteWith(ex, 'thị trường sẽ phục hồi chậm')?.date).toBe('2024-03-05');
  });
});
