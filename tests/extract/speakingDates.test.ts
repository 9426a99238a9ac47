import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a person named in a dated sentence that tells no speaking', () => {
  it('background of the story does not date the person\'s later words', () => {
    const ex = extractArticle([
      'Tháng 3/2021, ông Lê Quang Vinh rời công ty và mở một xưởng gỗ nhỏ ở Bình Dương.',
      'Xưởng hiện có 40 công nhân, phần lớn là người địa phương.',
      'Ông Vinh cho biết: “Năm đầu tiên chúng tôi lỗ gần hết vốn, nhưng không ai nghỉ việc”.',
    ], { published: '2024-05-10' });
    expect(quoteWith(ex, 'lỗ gần hết vốn')?.date).not.toBe('2021-03');
  });

  it('in English copy: the month a scandal broke is not when the accused spoke in court', () => {
    const ex = extractArticle([
      'A court in Hanoi sentenced the former chairman of a state shipping firm to 20 years in prison.',
      'Former chairman Tran Van Lam, 58, fled after the scandal broke in May 2019 when the firm defaulted on loans. He was arrested in Cambodia three months later.',
      'The two men were ordered to repay $5 million each.',
      '"I did not take any money," Lam told the court.',
    ], { published: null });
    expect(quoteWith(ex, 'did not take any money')?.date ?? null).toBeNull();
  });

  it('a meeting of that person still dates their next words', () => {
    const ex = extractArticle([
      'Chiều 5/5, ông Lê Quang Vinh gặp gỡ các hộ dân bị ảnh hưởng bởi dự án mở rộng đường.',
      'Nhiều hộ dân phản ánh tiền bồi thường chưa được chi trả đúng hạn.',
      'Ông Vinh cho biết: “Chúng tôi sẽ chi trả đủ trước cuối tháng”.',
    ], { published: '2024-05-10' });
    expect(quoteWith(ex, 'chi trả đủ')?.date).toBe('2024-05-05');
  });

  it('an inspection visit ("đi kiểm tra", "thị sát") is an occasion where the official spoke', () => {
    const ex = extractArticle([
      'Chiều qua (8/5), Chủ tịch UBND tỉnh Tạ Văn Thuận đi thuyền vào xã Phước Lâm để kiểm tra công tác cứu trợ.',
      'Vị Chủ tịch tỉnh cho biết lũ đã làm hư hỏng hơn 300 ngôi nhà.',
    ], { published: '2024-05-09' });
    expect(quoteWith(ex, 'hư hỏng hơn 300 ngôi nhà')?.date).toBe('2024-05-08');
  });
});
