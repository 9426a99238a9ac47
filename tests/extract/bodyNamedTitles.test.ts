import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-09-18');

describe('a title whose body bears a full name names the body, not a second person', () => {
  it('in a chain of titles after a named person, the academy named after someone is not the speaker', () => {
    const paragraphs = [
      'Trong khi đó, PGS Đỗ Văn Hưng, Ủy viên Ban Chấp hành, Giám đốc Học viện Kỹ thuật quốc gia Lý Thường Kiệt, Chủ tịch Hiệp hội Cơ khí, cho rằng ngành cơ khí cần một chiến lược dài hạn về nhân lực.',
    ];
    expect(speakerOf(paragraphs, 'chiến lược dài hạn về nhân lực')).toBe('Đỗ Văn Hưng');
  });

  it('the same when that title is the last before the verb', () => {
    const paragraphs = [
      'PGS Đỗ Văn Hưng, Chủ tịch Hiệp hội Cơ khí, Giám đốc Học viện Kỹ thuật quốc gia Lý Thường Kiệt nhấn mạnh rằng các trường phải đào tạo lại giảng viên trong ba năm tới.',
    ];
    expect(speakerOf(paragraphs, 'đào tạo lại giảng viên')).toBe('Đỗ Văn Hưng');
  });

  it('a company named after a person, in a title after a named woman, is where she works', () => {
    const paragraphs = [
      'Bà Vũ Thị Hạnh, Ủy viên Ban Chấp hành, Giám đốc Công ty Trần Hoàng Long, Chủ tịch Hiệp hội Dệt may, cho biết đơn hàng quý IV đã kín đến tháng 12.',
    ];
    expect(speakerOf(paragraphs, 'đơn hàng quý IV')).toBe('Vũ Thị Hạnh');
  });
});

describe('a body\'s representative ("đại diện <body>") is the body\'s voice, not a person named by the body\'s name', () => {
  it('the representative of a body whose name opens with a family name is not a person of that name', () => {
    const paragraphs = [
      'Tương tự, đại diện Công ty Lê Gia Phát (phường An Khê, TP Long Khê) cũng cho biết xưởng đã nhận đủ đơn hàng đến hết tháng 11.',
    ];
    expect(speakerOf(paragraphs, 'nhận đủ đơn hàng')).not.toBe('Lê Gia Phát');
  });

  it('the representative of a school named after a place speaks as the school', () => {
    const paragraphs = [
      'Trước những ý kiến lo ngại, đại diện Trường Cao đẳng Kỹ thuật Sông Mã thông tin trường sẽ giữ nguyên học phí trong năm học tới.',
    ];
    expect(speakerOf(paragraphs, 'giữ nguyên học phí')).toBe('Đại diện Trường Cao đẳng Kỹ thuật Sông Mã');
  });

  it('a full name after a body that has a name of its own is the representative who speaks', () => {
    const paragraphs = [
      'Sáng 17/9, đại diện Công ty Thép Bình Khê Trần Văn Khoát cho biết giá thép xây dựng đã tăng 300.000 đồng mỗi tấn.',
      'Đại diện Sở GTVT Nguyễn Quốc Khang cho biết tuyến xe buýt ven sông sẽ chạy thử từ tháng sau.',
    ];
    expect(speakerOf(paragraphs, 'giá thép xây dựng')).toBe('Trần Văn Khoát');
    expect(speakerOf(paragraphs, 'tuyến xe buýt ven sông')).toBe('Nguyễn Quốc Khang');
  });
});
