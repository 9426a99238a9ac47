/**
 * "Theo cơ quan công an, …" after the page has named "Công an tỉnh X": the description stands for the one body of that
 * field named so far; with several, or a field no body's name holds ("cơ quan chức năng"), it names no one.
 * Sentences written for these tests; bodies and people invented.
 */
import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-03-15');

describe('"cơ quan <field>" is the one body of that field the page has named', () => {
  it('"Theo cơ quan công an, …" after "Công an tỉnh X" is that force, dated as its other words', () => {
    const ex = one(
      'Ngày 15/3, Công an tỉnh Phú Khang xác nhận đã bắt giữ 12 đối tượng lừa đảo qua mạng.',
      'Theo cơ quan công an, nhóm đối tượng giả danh nhân viên ngân hàng để gọi điện cho các bị hại.',
    );
    const q = quoteWith(ex, 'giả danh nhân viên ngân hàng');
    expect(q?.speaker).toBe('Công an tỉnh Phú Khang');
    expect(q?.date).toBe('2024-03-15');
  });

  it('its investigation reported first does not leave the force’s later words undated', () => {
    const ex = one(
      'Công an tỉnh Phú Khang vừa xác nhận đã bắt giữ 12 đối tượng lừa đảo qua mạng.',
      'Theo điều tra của cơ quan công an, nhóm này đã chiếm đoạt hơn 20 tỷ đồng của hàng trăm bị hại.',
      'Công an tỉnh Phú Khang cho biết đang tiếp tục truy bắt các đối tượng còn lẩn trốn.',
    );
    expect(quoteWith(ex, 'chiếm đoạt hơn 20 tỷ đồng')?.speaker).toBe('Công an tỉnh Phú Khang');
    expect(quoteWith(ex, 'tiếp tục truy bắt')?.date).toBe('2024-03-15');
  });

  it('"cơ quan thống kê" is the statistics office named before', () => {
    const ex = one(
      'Tổng cục Thống kê vừa công bố chỉ số giá tiêu dùng tháng 2 tăng 0,5% so với tháng trước.',
      'Cũng theo cơ quan thống kê, giá nhóm thực phẩm tăng mạnh nhất do nhu cầu dịp Tết.',
    );
    expect(quoteWith(ex, 'giá nhóm thực phẩm tăng mạnh')?.speaker).toBe('Tổng cục Thống kê');
  });
});

describe('when the description cannot say which body', () => {
  it('two police forces named: no one', () => {
    const ex = one(
      'Công an phường Tân Mỹ đã bàn giao tài xế cho Công an huyện Long Điền để điều tra theo thẩm quyền.',
      'Theo cơ quan công an, tài xế khai do hoảng sợ nên đã bỏ chạy khỏi hiện trường.',
    );
    expect(quoteWith(ex, 'do hoảng sợ nên đã bỏ chạy')?.speaker ?? null).toBeNull();
  });

  it('"cơ quan chức năng" names no body', () => {
    const ex = one(
      'Công an tỉnh Phú Khang đã có mặt tại hiện trường ngay sau vụ tai nạn.',
      'Theo cơ quan chức năng, nguyên nhân ban đầu là do xe khách chạy quá tốc độ.',
    );
    expect(quoteWith(ex, 'xe khách chạy quá tốc độ')?.speaker ?? null).toBeNull();
  });
});
