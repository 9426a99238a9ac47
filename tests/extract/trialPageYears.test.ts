import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('an undated trial page: the crime\'s year is not the hearing\'s', () => {
  const hearing = [
    'Sau ngày xét xử thứ nhất vào hôm qua (14/8), hôm nay (15/8), phiên tòa xét xử các bị cáo trong vụ cướp tài sản xảy ra vào tháng 3/2017 ở xã Phú Lạc tiếp tục diễn ra.',
    'Tại tòa, bị cáo Lò Văn Sính nói: “Bị cáo không cầm dao, bị cáo chỉ đứng ngoài cửa”.',
  ];

  it('the defendant\'s words take the hearing\'s day and month, with no year taken from the crime', () => {
    const q = quoteWith(extractArticle(hearing), 'không cầm dao');
    expect(q?.date).toBe('--08-15');
  });

  it('a page not telling a trial still dates a later day by the year it names', () => {
    const ex = extractArticle([
      'Trận lũ xảy ra vào tháng 3/2017 cuốn trôi cây cầu treo của xã Phú Lạc.',
      'Ngày 15/8, ông Lò Văn Sính, Chủ tịch UBND xã, cho biết: “Cầu mới sẽ thông xe trước mùa mưa”.',
    ]);
    expect(quoteWith(ex, 'Cầu mới sẽ thông xe')?.date).toBe('2017-08-15');
  });

  it('an opening "Sau …" clause tells what came before: the sentence\'s own later day is the story\'s', () => {
    const ex = extractArticle([
      'Sau buổi đối thoại sáng 3/5/2024, chiều 4/5/2024, hàng trăm hộ dân xã Phú Lạc tiếp tục tập trung trước trụ sở xã.',
      'Bà Hà Thị Nguyệt, một người dân, nói: “Chúng tôi chỉ cần được nghe câu trả lời rõ ràng”.',
    ]);
    expect(quoteWith(ex, 'câu trả lời rõ ràng')?.date).toBe('2024-05-04');
  });
});

