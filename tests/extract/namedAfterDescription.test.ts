/**
 * Someone described by a noun of people and then named by "tên" ("một CĐV có tên X nói", "một khán giả nữa tên X chia
 * sẻ", "người đàn ông tên là X cho biết") is X: the reader sees X, not "Một CĐV" or no one. A "tên" naming a thing
 * ("robot có tên X", "chương trình mang tên X") names no speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

describe('a person described, then named by "tên"', () => {
  it('"một khán giả có tên X nói: “…”" and "một cổ động viên nữa tên Y cũng chia sẻ: “…”" name X and Y', () => {
    const ex = extractOn('2025-08-20')(
      'Sau trận đấu, một khán giả có tên Mariko Tanabe nói: “Các cầu thủ di chuyển rất nhanh và phối hợp ăn ý”.',
      'Một cổ động viên nữa tên Anan Suriya cũng chia sẻ: “Đây là trận hay nhất tôi xem ở giải năm nay”.',
    );
    expect(quoteWith(ex, 'phối hợp ăn ý')?.speaker).toBe('Mariko Tanabe');
    expect(quoteWith(ex, 'trận hay nhất tôi xem')?.speaker).toBe('Anan Suriya');
  });

  it('"một người đàn ông tên X, 52 tuổi, cho biết …" is X; the quotation before stays its own speaker\'s', () => {
    const ex = extractOn('2025-08-20')(
      'Một cổ động viên nữa tên Anan Suriya cũng chia sẻ: “Đây là trận hay nhất tôi xem ở giải năm nay”.',
      'Một người đàn ông tên Lò Văn Khiêm, 52 tuổi, cho biết ông đã đi xe khách 300 km để xem trận đấu.',
    );
    expect(quoteWith(ex, '300 km')?.speaker).toBe('Lò Văn Khiêm');
  });

  it('"Đại diện công ty làm ra robot có tên X khẳng định …": the robot is X; X is not shown as the speaker', () => {
    const ex = extractOn('2025-04-09')(
      'Đại diện công ty làm ra robot trợ lý có tên Tomo khẳng định, phần vỏ của robot được nhập khẩu, công ty chỉ viết phần mềm.',
    );
    expect(quoteWith(ex, 'chỉ viết phần mềm')?.speaker ?? null).not.toBe('Tomo');
  });
});
