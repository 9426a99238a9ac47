/**
 * A bare name that introduces or closes words in the first person of one speaker ("Thu Hà chia sẻ: “Tôi …”",
 * "“… em …”, Bảo Khuê nói.") is a person's, and speaks; a body says "chúng tôi", which proves nothing. Sentences
 * written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-06-02');

describe('a bare name speaking in the first person is a person', () => {
  it('"X <verb>: “… tôi …”" names X', () => {
    expect(speakerOf([
      'Đêm nhạc tối qua thu hút hàng nghìn khán giả tại nhà hát lớn.',
      'Sau phần biểu diễn, Thu Hà chia sẻ: “Tôi đã tập luyện suốt ba tháng cho đêm diễn này và rất hạnh phúc khi khán giả đón nhận”.',
    ], 'tập luyện suốt ba tháng')).toBe('Thu Hà');
  });

  it('a few words between the name and the verb, and "em" as the speaker’s "I"', () => {
    expect(speakerOf([
      'Khán giả hò reo đòi hát thêm một bài nữa.',
      'Trước lời đề nghị này, Bảo Ngọc hài hước đáp: “Em phải về nhà sớm vì mai còn đi học”.',
    ], 'phải về nhà sớm')).toBe('Bảo Ngọc');
  });

  it('"“… tôi …” – X nói." after the quotation names X', () => {
    expect(speakerOf([
      '"Hồi đó tôi chưa nổi tiếng, chỉ hát ở các quán cà phê nhỏ quanh hồ" – Tuấn Hưng nói.',
    ], 'chỉ hát ở các quán cà phê')).toBe('Tuấn Hưng');
  });

  it('once known as a person, a later epithet of that person is theirs too', () => {
    expect(speakerOf([
      'Phản hồi bình luận của người hâm mộ, Diệu Hằng viết: “Tôi sẽ trở lại sân khấu vào mùa hè năm sau”.',
      'Nữ ca sĩ cho biết cô đang chuẩn bị một album gồm mười ca khúc mới.',
    ], 'chuẩn bị một album')).toBe('Diệu Hằng');
  });
});

describe('what does not make a bare name a person', () => {
  it('"chúng tôi" alone is how a body speaks: the bare name stays unproven', () => {
    expect(speakerOf([
      'Sau trận, Gia Khiêm chia sẻ: “Chúng tôi đã chơi tốt và chúng tôi xứng đáng với chiến thắng hôm nay”.',
    ], 'chơi tốt và chúng tôi')).toBeNull();
  });

  it('a name after a preposition is not the subject of the verb after it', () => {
    expect(speakerOf([
      'Với Quế Chi, người hâm mộ viết: “Tôi luôn ủng hộ cô trên mọi sân khấu”.',
    ], 'luôn ủng hộ cô')).not.toBe('Quế Chi');
  });

  it('first-person words that a name does not introduce make it nobody', () => {
    expect(speakerOf([
      'Khách sạn Hải Đường chia sẻ hình ảnh buổi tiệc lên mạng xã hội.',
      '“Tôi chưa từng thấy khung cảnh nào đẹp như vậy”, một vị khách viết.',
    ], 'khung cảnh nào đẹp')).toBeNull();
  });
});
