import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-05-20');

describe('"khai" before the speaker’s own tense or negation, the subject dropped', () => {
  const ex = one(
    'Sáng 19/5, xe tải do tài xế Mai Văn Thuận điều khiển lao vào dải phân cách trên quốc lộ.',
    'Làm việc với cơ quan công an, tài xế Thuận khai đã ngủ đủ giấc và không uống rượu bia trước khi cầm lái.',
    'Tại tòa, bị cáo Hồ Thị Lài cũng khai không biết số tiền chuyển vào tài khoản là tiền lừa đảo.',
    'Bị cáo Quách Văn Tín thì khai chỉ được giao giữ sổ sách và không biết tiền đến từ đâu.',
  );

  it('is what the witness or the defendant told, in their name', () => {
    expect(quoteWith(ex, 'đã ngủ đủ giấc và không uống rượu bia')?.speaker).toBe('Mai Văn Thuận');
    expect(quoteWith(ex, 'không biết số tiền chuyển vào tài khoản')?.speaker).toBe('Hồ Thị Lài');
    const q = quoteWith(ex, 'chỉ được giao giữ sổ sách');
    expect(q?.speaker).toBe('Quách Văn Tín');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('chỉ được giao giữ sổ sách và không biết tiền đến từ đâu');
  });

  it('"khai thác", "khai mạc", "khai báo", "khai tên" report nothing', () => {
    const ex2 = one(
      'Ông Đinh Công Trứ, giám đốc mỏ, khai thác đá trái phép suốt ba năm qua mà không bị xử lý.',
      'Chủ tịch tỉnh Lạc Văn Hiền khai mạc hội chợ đã thu hút hàng nghìn lượt khách tham quan.',
      'Tài xế Phan Văn Kỳ khai tên Trần Văn Lộ để đối phó với lực lượng chức năng.',
    );
    expect(ex2.quotes).toHaveLength(0);
  });
});
