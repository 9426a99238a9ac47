import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('words said after a match are dated by the match, not by the next morning\'s stamp', () => {
  it('"Chia sẻ sau trận đấu" takes the match day the lede names', () => {
    const ex = extractArticle([
      'Đội tuyển Việt Nam đánh bại Lào 3-1 tối 12/10 tại sân Mỹ Đình.',
      'Chia sẻ sau trận đấu, HLV Đỗ Minh Khang nói: “Các cầu thủ đã chơi đúng những gì chúng tôi chuẩn bị”.',
    ], { published: '2024-10-13' });
    expect(quoteWith(ex, 'đúng những gì chúng tôi chuẩn bị')?.date).toBe('2024-10-12');
  });

  it('a weekday in the lede ("tối thứ Bảy vừa qua") dates an interview held after the match', () => {
    const ex = extractArticle([
      'Trận hòa 2-2 với Hải Phòng tối thứ Bảy vừa qua làm đội bóng mất ngôi đầu bảng.',
      'Sau trận, phóng viên có cuộc trao đổi với HLV Lương Văn Tín.',
      'PV: Anh nghĩ gì về bàn thua cuối trận?',
      'HLV Lương Văn Tín: Tôi nhận trách nhiệm về thay người, các cầu thủ đã làm hết sức.',
    ], { published: '2024-11-18' });
    expect(quoteWith(ex, 'Tôi nhận trách nhiệm về thay người')?.date).toBe('2024-11-16');
  });

  it('English: "said after the match" is dated by the match told as "yesterday"', () => {
    const ex = extractArticle([
      'The 4-0 victory of the national team over Nepal yesterday in Hanoi eased the pressure on the coach.',
      '"We were patient and the goals came," coach Tran Bao Lam said after the match.',
    ], { published: '2023-06-20' });
    expect(quoteWith(ex, 'We were patient')?.date).toBe('2023-06-19');
  });

  it('no match day told and a stamp of the next morning: no day rather than the stamp\'s', () => {
    const ex = extractArticle([
      'Phát biểu sau trận đấu, HLV Hồ Quang Vinh cho biết: “Chúng tôi thiếu may mắn ở những phút cuối”.',
    ], { published: '2023-09-03T06:10+07:00' });
    const q = quoteWith(ex, 'thiếu may mắn');
    expect(q).toBeDefined();
    expect(q?.date ?? null).toBeNull();
  });

  it('no match day told and a stamp of the evening: the page\'s day stands', () => {
    const ex = extractArticle([
      'Trong buổi họp báo sau trận đấu, HLV Hồ Quang Vinh chia sẻ: “Chúng tôi thiếu may mắn ở những phút cuối”.',
    ], { published: '2023-09-02T22:40+07:00' });
    expect(quoteWith(ex, 'thiếu may mắn')?.date).toBe('2023-09-02');
  });

  it('"sau trận mưa lớn" is no match', () => {
    const ex = extractArticle([
      'Sau trận mưa lớn, ông Phan Đức Hòa, Chủ tịch UBND xã, cho biết: “Nước đã rút khỏi các tuyến đường chính”.',
    ], { published: '2023-09-03T06:10+07:00' });
    expect(quoteWith(ex, 'Nước đã rút')?.date).toBe('2023-09-03');
  });

  it('a player\'s words with no "sau trận" on a report stamped the day after the result: the match day, not the stamp', () => {
    const ex = extractArticle([
      'Thua ngược 1-2 trên sân nhà tối 8/3, đội bóng đất Cảng rơi xuống thứ 10.',
      'Người ghi bàn duy nhất, tiền vệ Tạ Quốc Luân, không giấu nỗi buồn khi rời sân. “Bàn thắng không có ý nghĩa gì khi đội thua”, Luân chia sẻ.',
    ], { published: '2025-03-09' });
    expect(quoteWith(ex, 'Bàn thắng không có ý nghĩa')?.date).toBe('2025-03-08');
  });

  it('stamped the afternoon after the result, or days later, the words keep the page\'s day', () => {
    const lines = [
      'Thua ngược 1-2 trên sân nhà tối 8/3, đội bóng đất Cảng rơi xuống thứ 10.',
      'Tiền vệ Tạ Quốc Luân cho biết: “Cả đội đã tập lại bình thường”.',
    ];
    expect(quoteWith(extractArticle(lines, { published: '2025-03-09T16:20+07:00' }), 'tập lại bình thường')?.date).toBe('2025-03-09');
    expect(quoteWith(extractArticle(lines, { published: '2025-03-11' }), 'tập lại bình thường')?.date).toBe('2025-03-11');
  });
});
