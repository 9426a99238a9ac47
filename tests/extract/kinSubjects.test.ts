import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-04-22');

describe('a relative who speaks about the person named or titled after the kin word', () => {
  it('"Cha của nạn nhân <name> cho biết" is the father speaking, not the victim', () => {
    const ex = one(
      'Tối 21/4, anh Đinh Công Tráng (24 tuổi) bị một nhóm thanh niên hành hung trước quán nước.',
      'Cha của nạn nhân Đinh Công Tráng cho biết gia đình đã nộp đơn trình báo lên công an xã.',
      'Mẹ bệnh nhân Lã Thị Duyên kể con gái bà đã sốt cao ba ngày trước khi nhập viện.',
    );
    expect(quoteWith(ex, 'nộp đơn trình báo')?.speaker ?? null).not.toBe('Đinh Công Tráng');
    expect(quoteWith(ex, 'sốt cao ba ngày')?.speaker ?? null).not.toBe('Lã Thị Duyên');
  });

  it('"con gái cố nghệ sĩ nói" is the daughter, not the late artist named before', () => {
    const ex = one(
      'Sáng 21/4, lễ tưởng niệm nghệ sĩ Phùng Hữu Lộc diễn ra tại nhà hát lớn của tỉnh.',
      '“Cả đời bố tôi chỉ sống cho những vai chèo”, con gái cố nghệ sĩ nghẹn ngào nói.',
    );
    expect(quoteWith(ex, 'chỉ sống cho những vai chèo')?.speaker ?? null).not.toBe('Phùng Hữu Lộc');
  });

  it('the victim named with no relative before the name still speaks', () => {
    const ex = one('Nạn nhân Đinh Công Tráng cho biết nhóm thanh niên đã đuổi theo anh gần một cây số.');
    expect(quoteWith(ex, 'đuổi theo anh gần một cây số')?.speaker).toBe('Đinh Công Tráng');
  });

  it('"con trai bà nói với mẹ: …" in a clause after "khi" is the son, not the mother the pronoun means', () => {
    const ex = one(
      'Bà Lã Thị Duyên, 78 tuổi, ngồi trên gác nhìn nước dâng.',
      'Bà nhớ lại trận lũ năm ấy, khi con trai bà nói với mẹ: "Mẹ cứ ngồi yên trên gác, con đi lấy gạo về". Lần này anh đi làm xa.',
    );
    const q = quoteWith(ex, 'con đi lấy gạo về');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Lã Thị Duyên');
  });

  it('the woman herself still speaks when no relative stands before the pronoun', () => {
    const ex = one(
      'Bà Lã Thị Duyên, 78 tuổi, ngồi trên gác nhìn nước dâng.',
      'Bà nhớ lại trận lũ năm ấy, khi bà nói với con trai: "Con cứ đi đi, mẹ ngồi yên trên gác".',
    );
    expect(quoteWith(ex, 'mẹ ngồi yên trên gác')?.speaker).toBe('Lã Thị Duyên');
  });
});
