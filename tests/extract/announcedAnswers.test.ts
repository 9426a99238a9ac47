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

  it('only the paragraph right after the announcement is taken, not one further down', () => {
    const ex = one(
      'HLV Lê Minh Tuấn nói về trận đấu:',
      'Ảnh: Ngọc Duy',
      'Đội khách nhập cuộc tốt và tôi nghĩ họ xứng đáng có một điểm.',
    );
    const q = quoteWith(ex, 'xứng đáng có một điểm');
    expect(q === undefined || q.speaker === null).toBe(true);
  });
});
