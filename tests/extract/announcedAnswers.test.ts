import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-07');

describe('a paragraph that closes on "X chia sẻ …:" announces the unquoted words of the next one', () => {
  it('the next paragraph, in the first person and without quotation marks, is X\'s words', () => {
    const ex = one(
      'Đội bóng Hòa Bình giành chiến thắng 2-0 trong trận đấu tối qua.',
      'Tiền vệ Trần Văn Bình chia sẻ cảm xúc sau trận đấu:',
      'Hôm nay tôi rất vui vì toàn đội đã chơi hết mình và giành được ba điểm quan trọng.',
    );
    const q = quoteWith(ex, 'toàn đội đã chơi hết mình');
    expect(q?.speaker).toBe('Trần Văn Bình');
    expect(q?.kind).toBe('direct');
  });

  it('what stands between the verb and the colon is the topic, not a statement', () => {
    const ex = one(
      'Tiền vệ Trần Văn Bình chia sẻ cảm xúc sau khi nhận huy chương vàng:',
      'Hôm nay tôi rất hạnh phúc, toàn đội đã chuẩn bị rất kỹ cho trận chung kết.',
    );
    expect(quoteWith(ex, 'cảm xúc sau khi nhận')).toBeUndefined();
    expect(quoteWith(ex, 'chuẩn bị rất kỹ')?.speaker).toBe('Trần Văn Bình');
  });

  it('a next paragraph that is narration, not in the first person, is nobody\'s words', () => {
    const ex = one(
      'HLV Lê Minh Tuấn nói về trận đấu:',
      'Đội khách nhập cuộc tốt và ghi bàn ngay ở phút thứ năm của hiệp một.',
    );
    expect(quoteWith(ex, 'nhập cuộc tốt')).toBeUndefined();
  });

  it('a photo caption between the announcement and the words does not part them', () => {
    const ex = one(
      'HLV Lê Minh Tuấn nói về trận đấu:',
      'HLV Lê Minh Tuấn trong cuộc họp báo sau trận đấu. (Ảnh: Ngọc Duy)',
      'Đội khách nhập cuộc tốt và tôi nghĩ họ xứng đáng có một điểm.',
    );
    expect(quoteWith(ex, 'xứng đáng có một điểm')?.speaker).toBe('Lê Minh Tuấn');
  });

  it('a paragraph of narration between the announcement and first-person words ends the announcement', () => {
    const ex = one(
      'HLV Lê Minh Tuấn nói về trận đấu:',
      'Đội khách nhập cuộc tốt và ghi bàn ngay ở phút thứ năm của hiệp một.',
      'Tôi nghĩ họ xứng đáng có một điểm sau những gì đã thể hiện trên sân.',
    );
    const q = quoteWith(ex, 'xứng đáng có một điểm');
    expect(q === undefined || q.speaker === null).toBe(true);
  });
});

describe('a quotation that runs over a photo caption is still its speaker\'s', () => {
  it('the words after the caption, closing the quotation opened before it, keep the speaker', () => {
    const ex = one(
      'Chị Trần Thị Mai (hàng xóm) cho hay: “Tôi thấy khói bốc lên từ ngôi nhà, mọi người xung quanh hô hoán cháy.',
      'Lửa thiêu rụi ngôi nhà 4 tầng - Ảnh: Báo Thử',
      'Khi tôi mở cửa đã thấy nhà bên cạnh đang bốc cháy dữ dội, cả nhà tôi chạy xuống thoát nạn”.',
    );
    expect(quoteWith(ex, 'cả nhà tôi chạy xuống thoát nạn')?.speaker).toBe('Trần Thị Mai');
  });
});
