import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-11-02');

describe('"NTK" (nhà thiết kế) is a designer\'s title, like "nhà thiết kế"', () => {
  it('a bare "NTK" later on is the designer named before', () => {
    const paragraphs = [
      'NTK Lương Minh Đạt không giấu được niềm vui khi bộ sưu tập áo dài được chọn mở màn tuần lễ thời trang.',
      'NTK cho biết anh và ê kíp đã nghiên cứu kỹ hoa văn thổ cẩm của từng vùng trước khi cắt may.',
    ];
    expect(speakerOf(paragraphs, 'hoa văn thổ cẩm')).toBe('Lương Minh Đạt');
  });

  it('"nhà thiết kế" and "NTK" name the same title', () => {
    const paragraphs = [
      'Nhà thiết kế Võ Thanh Hằng vừa ra mắt bộ sưu tập lụa tơ tằm tại Hội An.',
      '“Tôi muốn lụa Việt được mặc hằng ngày, không chỉ trong lễ hội”, NTK nói.',
    ];
    expect(speakerOf(paragraphs, 'lụa Việt được mặc hằng ngày')).toBe('Võ Thanh Hằng');
  });
});
