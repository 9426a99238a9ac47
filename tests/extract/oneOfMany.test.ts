/**
 * "CĐV khác chia sẻ", "một DN cho biết": an acronym of a kind of person or body with "khác" or a determiner is one more
 * of many, never a body of that name: the quotation is kept, with no name ("CĐV khác") or as one of them ("Một DN").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const read = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-09-14' });

describe('one of many is no name', () => {
  it('"CĐV khác chia sẻ:" keeps the quotation without a speaker', () => {
    const ex = read([
      'Trên mạng xã hội, nhiều lời chúc mừng gửi đến đội tuyển sau trận thắng.',
      'CĐV khác chia sẻ: “Đây là trận đấu hay nhất của đội trong năm nay”.',
    ]);
    const q = quoteWith(ex, 'trận đấu hay nhất');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('"Một DN cho biết" is not the body "DN": at most "one DN", as "một quan chức" is shown', () => {
    const ex = read([
      'Nhiều doanh nghiệp xuất khẩu gạo lo ngại giá cước vận tải biển tăng.',
      'Một DN cho biết: “Chúng tôi đã phải hoãn ba hợp đồng vì giá cước tăng gấp đôi”.',
    ]);
    expect(quoteWith(ex, 'hoãn ba hợp đồng')?.speaker ?? null).not.toBe('DN');
  });

  it('the acronym alone still speaks as the body it names', () => {
    const ex = read([
      'Ngân hàng Nhà nước (NHNN) vừa công bố số liệu tín dụng tháng 8.',
      'NHNN cho biết: “Tín dụng toàn hệ thống tăng 6,6% so với cuối năm trước”.',
    ]);
    expect(quoteWith(ex, 'Tín dụng toàn hệ thống')?.speaker).toBe('Ngân hàng Nhà nước (NHNN)');
  });
});
