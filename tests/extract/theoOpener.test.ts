import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-08-22');

describe('"Theo X, …" after a short opening phrase', () => {
  const ex = one(
    'Bà Trần Thị Mai, Chủ tịch Hội tiểu thương chợ Bến Thành, tiếp phóng viên tại quầy hàng của mình.',
    'Tuy nhiên, theo bà Mai, các hộ kinh doanh nhỏ vẫn chưa nhận được khoản hỗ trợ nào từ quận.',
    'Hồi đó, theo trí nhớ của bà, mỗi sạp chỉ phải đóng một khoản phí nhỏ hằng tháng.',
    'Trong khi đó, theo quy định hiện hành, mỗi hộ chỉ được vay tối đa 50 triệu đồng.',
  );

  it('is the account of the person "theo" names', () => {
    const q = quoteWith(ex, 'các hộ kinh doanh nhỏ vẫn chưa nhận được');
    expect(q?.speaker).toBe('Trần Thị Mai');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('các hộ kinh doanh nhỏ vẫn chưa nhận được khoản hỗ trợ nào từ quận');
    expect(quoteWith(ex, 'mỗi sạp chỉ phải đóng một khoản phí nhỏ')?.speaker).toBe('Trần Thị Mai');
  });

  it('"theo" a rule or a document names no speaker', () => {
    expect(quoteWith(ex, 'mỗi hộ chỉ được vay tối đa')).toBeUndefined();
  });
});

describe('"Theo anh, …" when the article does not settle who "anh" is', () => {
  // A woman whose given name is "Anh" and a man named bare: "anh" could be read as either.
  const ex = one(
    'Tại buổi ra mắt album, nữ ca sĩ trẻ Lạc Minh Anh tiết lộ, từng bị khán giả chê giọng hát. Quách Tuấn đã dành lời khuyên cho đàn em.',
    'Quách Tuấn nói về quan điểm làm nghề, là giữ giọng hát thật. Theo anh, nếu một ca khúc nổi tiếng thì sức ảnh hưởng rất lớn đến người trẻ.',
  );

  it('is still one person\'s account, shown with no name rather than a guess', () => {
    const q = quoteWith(ex, 'sức ảnh hưởng rất lớn đến người trẻ');
    expect(q).toBeDefined();
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker).toBeNull();
  });
});
