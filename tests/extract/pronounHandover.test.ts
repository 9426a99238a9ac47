/**
 * A bare name whose next sentence speaks through a person's pronoun in the first person of one speaker ("X còn tung
 * hoa xuống khán đài. “Tôi …”, cô nói.", "X bày tỏ niềm vui. Anh nói: “Tôi …”") is a person's, and the pronoun's
 * words are X's; a quotation closed by a bare name and a verb said when or to whom ("”, X khiêm tốn chia sẻ sau
 * trận.") is X's too. A given name alone on its page is not another article's person of that given name.
 * Sentences written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-06-02');

describe('a bare name taken up by a person’s pronoun speaking in the first person', () => {
  it('"X … . “… tôi …”, cô <verb>." gives the words to X', () => {
    expect(speakerOf([
      'Khi hát ca khúc cuối, Lam Giang còn tung những bó hoa xuống khán đài. “Tôi chưa bao giờ thấy khán phòng nào ấm áp như đêm nay”, cô rưng rưng nói.',
    ], 'khán phòng nào ấm áp')).toBe('Lam Giang');
  });

  it('"X bày tỏ … . Anh nói: “… tôi …”" gives the words to X', () => {
    expect(speakerOf([
      'Sau trận chung kết cờ vua, Đăng Khoa bày tỏ niềm vui với chiến thắng. Anh nói: “Tôi đã chuẩn bị khai cuộc này suốt hai tháng”.',
    ], 'chuẩn bị khai cuộc')).toBe('Đăng Khoa');
  });

  it('"chúng tôi" through the pronoun proves nothing: a club stays no one', () => {
    expect(speakerOf([
      'Bạch Long vừa khánh thành sân tập mới ở ngoại ô.',
      'Ông nói: “Chúng tôi sẽ mở thêm hai lớp năng khiếu cho thiếu nhi”.',
    ], 'hai lớp năng khiếu')).toBeNull();
  });

  it('a name after a preposition hands nothing over', () => {
    expect(speakerOf([
      'Trong buổi ra mắt, khán giả tặng hoa cho Lam Giang. “Tôi đã đợi đêm này cả năm”, cô nói.',
    ], 'đợi đêm này cả năm')).not.toBe('Lam Giang');
  });
});

describe('a quotation closed by a bare name, its verb and when or to whom', () => {
  it('"“… tôi …”, X khiêm tốn chia sẻ sau trận." names X', () => {
    expect(speakerOf([
      'Đội bóng chuyền của tỉnh thắng ngược 3-2 trong trận bán kết tối qua.',
      '“Lúc bị dẫn hai set tôi chỉ nghĩ phải giữ bình tĩnh”, Gia Tường khiêm tốn chia sẻ sau trận.',
    ], 'giữ bình tĩnh')).toBe('Gia Tường');
  });

  it('a colon after the verb announces other words: the name is not proven by them', () => {
    expect(speakerOf([
      '“Tôi thấy bất ngờ”, Ngân Hà nói thêm về câu chuyện: “Đó là lần đầu”.',
    ], 'Tôi thấy bất ngờ')).toBeNull();
  });
});

describe('a given name alone is not another article’s person', () => {
  it('"Gia Tường" speaking bare on one page is not the "Lưu Gia Tường" of another', () => {
    const other = makeDoc(['Kỳ thủ Lưu Gia Tường cho biết anh sẽ dự giải cờ nhanh tháng tới.'], { published: '2024-06-01' });
    const page = makeDoc(['“Lúc bị dẫn hai set tôi chỉ nghĩ phải giữ bình tĩnh”, Gia Tường khiêm tốn chia sẻ sau trận.'], { published: '2024-06-02' });
    const quote = extractCorpus([other, page]).quotes.find((q) => q.text.includes('giữ bình tĩnh'));
    expect(quote?.speaker).toBe('Gia Tường');
  });
});

describe('a name set off by commas after a title is a person a pronoun may mean', () => {
  it('"<Title>, <Name>, cho biết …" then "“… tôi …,” ông nói." in the next paragraph gives the words to the name', () => {
    expect(speakerOf([
      'Bộ trưởng Thương mại Na Uy, Henrik Solberg, cho biết điều này trong buổi gặp gỡ báo chí.',
      '“Tôi chưa thể tiết lộ tên đối tác vào lúc này,” ông nói.',
    ], 'chưa thể tiết lộ tên đối tác')).toBe('Henrik Solberg');
  });

  it('a place set off by commas after a title is no one', () => {
    expect(speakerOf([
      'Chủ tịch hội đồng quản trị công ty, Thụy Điển, cho biết điều này trong buổi gặp gỡ báo chí.',
      '“Tôi chưa thể tiết lộ tên đối tác vào lúc này,” ông nói.',
    ], 'chưa thể tiết lộ tên đối tác')).toBeNull();
  });
});
