import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a body’s finding or document reports for the body', () => {
  it('"Theo kết luận của <body>, …" is the body’s statement, under its name', () => {
    const ex = one(
      'Theo kết luận của Thanh tra tỉnh Hòa Lạc, dự án đã vi phạm nhiều quy định về đấu thầu và giải phóng mặt bằng.',
      'Theo kết quả điều tra ban đầu của Công an huyện Tân Lập, hai nghi phạm đã trộm 12 chiếc xe máy ở chợ đêm.',
    );
    expect(quoteWith(ex, 'dự án đã vi phạm nhiều quy định')?.speaker).toBe('Thanh tra tỉnh Hòa Lạc');
    expect(quoteWith(ex, 'hai nghi phạm đã trộm 12 chiếc xe máy')?.speaker).toBe('Công an huyện Tân Lập');
  });

  it('"Báo cáo của <body> cho biết …" and "Văn bản báo cáo của <body> cho rằng …" name the body, not the report', () => {
    const ex = one(
      'Báo cáo của Sở Nông nghiệp cho biết mưa lớn đã làm ngập hơn 300 ha lúa ở ba xã ven sông.',
      'Văn bản báo cáo của Sở Giáo dục cho rằng sai sót chỉ xảy ra ở một điểm thi và không có tổ chức.',
    );
    const a = quoteWith(ex, 'mưa lớn đã làm ngập hơn 300 ha lúa');
    expect(a?.speaker).toBe('Sở Nông nghiệp');
    expect(a?.kind).toBe('indirect');
    expect(quoteWith(ex, 'sai sót chỉ xảy ra ở một điểm thi')?.speaker).toBe('Sở Giáo dục');
  });

  it('"Kết quả xác minh của <body> xác định, …" reports the finding', () => {
    const ex = one('Kết quả xác minh của Công an TP Bến Cảng xác định, chiếc xe bị mất đã được bán lại cho một tiệm cầm đồ.');
    expect(quoteWith(ex, 'chiếc xe bị mất đã được bán lại')?.speaker).toBe('Công an TP Bến Cảng');
  });

  it('a body described but not named keeps the statement with no speaker, and "với" may open its words', () => {
    const ex = one('Theo điều tra của cơ quan công an, với thủ đoạn giả danh nhân viên ngân hàng, nhóm này đã lừa hơn 200 người.');
    const a = quoteWith(ex, 'nhóm này đã lừa hơn 200 người');
    expect(a).toBeDefined();
    expect(a?.speaker).toBeNull();
  });

  it('a finding is dated only by its own sentence, never by the page’s day', () => {
    const ex = one('Báo cáo của Sở Nông nghiệp cho biết mưa lớn đã làm ngập hơn 300 ha lúa ở ba xã ven sông.');
    expect(quoteWith(ex, 'mưa lớn đã làm ngập')?.date).toBeNull();
  });

  it('a committee keeps the acronyms of its remit and its district in its name', () => {
    const ex = one('Theo Ban Chỉ huy PCTT & TKCN huyện Đông Sơn, mưa lớn đã làm sạt lở nhiều đoạn đường liên xã.');
    expect(quoteWith(ex, 'mưa lớn đã làm sạt lở')?.speaker).toBe('Ban Chỉ huy PCTT & TKCN huyện Đông Sơn');
  });

  it('a finding with no owner, and what a body did, are not statements', () => {
    const ex = one(
      'Theo điều tra, hai nghi phạm đã trộm 12 chiếc xe máy ở chợ đêm trong tháng 5.',
      'Thanh tra tỉnh Hòa Lạc đã kiểm tra 14 dự án trong năm 2023.',
      'Ban Quản lý dự án đã bàn giao mặt bằng cho nhà thầu vào tuần trước.',
    );
    expect(ex.quotes).toHaveLength(0);
  });
  it('"vừa" after a body\'s name is no part of it ("Thanh tra Chính Phủ vừa kiến nghị …")', () => {
    const ex = one('Thanh tra Chính Phủ vừa kiến nghị Thủ tướng kiểm điểm trách nhiệm của lãnh đạo hai tổng công ty.');
    expect(ex.quotes[0]?.speaker).toBe('Thanh tra Chính Phủ');
  });
});
