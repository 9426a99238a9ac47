import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';
import { isOfficialsLede } from '../../src/extract/layVoices.js';

const LEDE = 'Chiều 14/3, tại cuộc họp về phòng chống hạn mặn, Phó Chủ tịch UBND tỉnh Lương Quốc Thái yêu cầu các xã đóng cống ngăn mặn.';

describe('a private person met by the reporter did not speak at the officials\' meeting the lede tells', () => {
  it('a resident given with an age, and a neighbour, take the page\'s day; the official keeps the meeting\'s', () => {
    const ex = extractArticle([
      LEDE,
      '"Không để người dân nào thiếu nước uống", ông Thái nói.',
      'Ở xã Tân Phú, ông Hà Văn Lộc (61 tuổi) đứng nhìn ruộng lúa đã vàng. "Năm nay nước lợ sớm quá", ông Lộc nói.',
      'Hàng xóm của ông, bà Chu Thị Mơ, kể gia đình bà đã phải mua nước ngọt từ tuần trước.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'thiếu nước uống')?.date).toBe('2024-03-14');
    expect(quoteWith(ex, 'nước lợ sớm quá')?.date).toBe('2024-03-16');
    expect(quoteWith(ex, 'mua nước ngọt')?.date).toBe('2024-03-16');
  });

  it('a parent named by role takes the page\'s day after a press briefing', () => {
    const ex = extractArticle([
      'Tại buổi họp báo chiều 14/3, ông Vũ Đình Khôi, Vụ trưởng Vụ Giáo dục Đại học, cho biết đã có 800.000 thí sinh đăng ký.',
      'Ông Tạ Quang Vinh, phụ huynh một thí sinh ở Cầu Giấy, nói con ông đã đổi nguyện vọng hai lần.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'đã có 800.000 thí sinh')?.date).toBe('2024-03-14');
    expect(quoteWith(ex, 'đổi nguyện vọng hai lần')?.date).toBe('2024-03-16');
  });

  it('keeps the meeting\'s day when the sentence puts the person there', () => {
    const ex = extractArticle([
      LEDE,
      'Tại cuộc họp, ông Hà Văn Lộc (61 tuổi), đại diện nông dân xã Tân Phú, đề nghị tỉnh hỗ trợ bồn chứa nước.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'hỗ trợ bồn chứa nước')?.date).toBe('2024-03-14');
  });

  it('keeps the occasion\'s day at a gathering held with the public', () => {
    const ex = extractArticle([
      'Chiều 14/3, UBND huyện tổ chức buổi đối thoại với người dân về dự án mở rộng đường tỉnh lộ.',
      'Bà Kiều Thị Hạnh (55 tuổi) cho rằng mức bồi thường còn thấp.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'mức bồi thường còn thấp')?.date).toBe('2024-03-14');
  });

  it('tells a gathering of officials from one held with the public', () => {
    expect(isOfficialsLede('Tại buổi họp báo chiều 14/3, Bộ cho biết …')).toBe(true);
    expect(isOfficialsLede('Chiều 14/3, hội nghị sơ kết vụ lúa diễn ra tại tỉnh.')).toBe(true);
    expect(isOfficialsLede('Chiều 14/3, UBND huyện tổ chức đối thoại với người dân.')).toBe(false);
    expect(isOfficialsLede('Sáng 14/3, TAND tỉnh mở phiên tòa xét xử bị cáo A.')).toBe(false);
    expect(isOfficialsLede('Tối 14/3, phim "Gió mùa" ra mắt tại TP.HCM.')).toBe(false);
  });
});
