import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a pronoun after a sentence whose subject named someone else as its object', () => {
  it('"Ông A từ chối bình luận về lỗi của thủ môn B. “…”, ông nói." gives no name rather than B', () => {
    const ex = one(
      'Ông Lâm từ chối bình luận về tình huống mắc lỗi của thủ môn Đặng Văn Tới dẫn đến bàn thua. “Tôi nghĩ người chịu trách nhiệm cuối cùng luôn là huấn luyện viên, không phải cầu thủ”, ông nói.',
    );
    const q = quoteWith(ex, 'người chịu trách nhiệm cuối cùng');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Đặng Văn Tới');
  });

  it('a woman named after the man who opened the sentence is still whom "bà" means', () => {
    const ex = one(
      'Ông Trần Văn Lợi dẫn phóng viên tới nhà bà Nguyễn Thị Hoa ở cuối xóm. “Nước dâng nhanh quá, tôi chỉ ôm được mấy bộ quần áo”, bà nói.',
    );
    expect(quoteWith(ex, 'tôi chỉ ôm được mấy bộ quần áo')?.speaker).toBe('Nguyễn Thị Hoa');
  });
});

describe('"Tổng công ty" opens the name of a body', () => {
  it('a former chairman of one is the defendant described so, not someone called "Tổng"', () => {
    const ex = one(
      'Phiên tòa xét xử bị cáo Lê Văn Hải và đồng phạm bước vào ngày thứ ba.',
      'Bị cáo Lê Văn Hải - nguyên Chủ tịch Tổng công ty xây dựng Miền Trung - được gọi lên nói lời sau cùng.',
      'Cựu Chủ tịch công ty cho rằng không thể suy đoán bằng những chứng cứ không rõ ràng.',
    );
    const q = quoteWith(ex, 'không thể suy đoán');
    expect(q?.speaker).not.toBe('Tổng');
    expect(q?.speaker).toBe('Lê Văn Hải');
  });

  it('the body itself speaks under its whole name', () => {
    const ex = one('Tổng công ty Điện lực Miền Nam cho biết sẽ cắt điện luân phiên tại nhiều quận trong tuần tới.');
    expect(quoteWith(ex, 'cắt điện luân phiên')?.speaker).toBe('Tổng công ty Điện lực Miền Nam');
  });
});

describe('"người" and a nationality after a title', () => {
  it('"HLV người Việt" is the coach of that nationality, never someone named "Việt"', () => {
    const ex = one(
      'Sau trận đấu, HLV Trịnh Quốc Bảo đã nói về trận hòa của đội nhà.',
      '“Các cầu thủ đã chơi đúng những gì ban huấn luyện yêu cầu trong suốt 90 phút”, HLV người Việt nói.',
    );
    const q = quoteWith(ex, 'chơi đúng những gì');
    expect(q?.speaker).not.toBe('Việt');
    expect(q?.speaker).toBe('Trịnh Quốc Bảo');
  });
});
