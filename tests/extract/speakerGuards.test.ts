import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-12');

describe('a greeting before a name is not part of it', () => {
  it('"Chào X, …?" in an interview never makes "Chào X" the speaker', () => {
    const ex = one(
      'Chào Lương Bích Hạnh, chị chuẩn bị thế nào cho chuyến lưu diễn sắp tới?',
      'Lương Bích Hạnh cho biết cô đã tập luyện suốt ba tháng để chuẩn bị cho chuyến đi.',
    );
    expect(quoteWith(ex, 'tập luyện suốt ba tháng')?.speaker).toBe('Lương Bích Hạnh');
  });

  it('"Thưa X, …" neither', () => {
    const ex = one(
      'Thưa Đoàn Minh Khuê, điều gì khiến anh quay lại sân khấu?',
      'Đoàn Minh Khuê cho hay anh nhớ khán giả sau hai năm vắng bóng.',
    );
    expect(quoteWith(ex, 'nhớ khán giả')?.speaker).toBe('Đoàn Minh Khuê');
  });
});

describe('an epithet for someone named is never shown as the speaker', () => {
  it('"nhà lãnh đạo X nói thêm" after a leader named without a title is blank, not "Nhà lãnh đạo X"', () => {
    const ex = one(
      'Ông Aleksander Novak nói rằng mọi cuộc đàm phán nên bắt đầu trong tháng này.',
      '"Các bên cần ngồi lại với nhau trước mùa đông" - nhà lãnh đạo Ba Lan nói thêm.',
    );
    expect(quoteWith(ex, 'ngồi lại với nhau')?.speaker ?? null).not.toBe('Nhà lãnh đạo Ba Lan');
  });

  it('"Nhà ngoại giao X cho rằng" after a spokesman of another title is not shown as "Nhà ngoại giao X"', () => {
    const ex = one(
      'Người phát ngôn Phủ Tổng thống Irena Kowalska cho biết hai bên sẽ gặp nhau vào tuần tới.',
      'Nhà ngoại giao Ba Lan cho rằng các nước láng giềng "đang cản trở tiến trình hòa giải".',
    );
    expect(quoteWith(ex, 'đang cản trở tiến trình')?.speaker ?? null).not.toBe('Nhà ngoại giao Ba Lan');
  });

  it('an unnamed spokesman of a body is still shown as that spokesman', () => {
    const ex = one('Người phát ngôn Bộ Quốc phòng Ba Lan khẳng định: “Không có binh sĩ nào bị thương trong vụ việc”.');
    expect(quoteWith(ex, 'Không có binh sĩ nào')?.speaker).toBe('Người phát ngôn Bộ Quốc phòng Ba Lan');
  });
});
