import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-20');

describe('a local body is named with its place', () => {
  it('"UBND xã …" speaking is that commune’s committee, not every "UBND"', () => {
    const ex = one('UBND xã Tân Phú cho biết người dân đã phản ánh việc xả thải từ tháng trước.');
    expect(quoteWith(ex, 'người dân đã phản ánh việc xả thải')?.speaker).toBe('UBND xã Tân Phú');
  });

  it('"Theo UBND TP.HCM, …" keeps the city in the name', () => {
    const ex = one('Theo UBND TP.HCM, thành phố sẽ hỗ trợ các hộ dân bị ảnh hưởng bởi triều cường.');
    expect(quoteWith(ex, 'thành phố sẽ hỗ trợ các hộ dân')?.speaker).toBe('UBND TP.HCM');
  });

  it('a district written short and glued to its name ("H.Ba Vì") is a place, never a person', () => {
    const ex = one('Lãnh đạo Công an H.Đông Sơn cho biết cơ quan này vừa khởi tố vụ án cố ý gây thương tích.');
    // The body's leader, as the page describes them (bodyVoice.ts): never a person called "Đông Sơn".
    expect(quoteWith(ex, 'cơ quan này vừa khởi tố vụ án')?.speaker).toBe('Lãnh đạo Công an H.Đông Sơn');
    const police = one('Công an H.Đông Sơn cho biết cơ quan này vừa khởi tố vụ án cố ý gây thương tích.');
    expect(quoteWith(police, 'cơ quan này vừa khởi tố vụ án')?.speaker).toBe('Công an H.Đông Sơn');
  });

  it('the person titled by a local office is still the speaker', () => {
    const ex = one('Phó chủ tịch UBND huyện Long Thành Lê Văn An cho biết huyện sẽ kiểm tra việc xả thải.');
    expect(quoteWith(ex, 'huyện sẽ kiểm tra việc xả thải')?.speaker).toBe('Lê Văn An');
    const after = one('Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, cho biết tỉnh sẽ hỗ trợ người dân vùng lũ.');
    expect(quoteWith(after, 'tỉnh sẽ hỗ trợ người dân vùng lũ')?.speaker).toBe('Lê Văn An');
  });
});

describe('a title written after a preposition is no one’s name', () => {
  it('"… gửi lời chào của Quốc vương tới Chủ tịch nước" does not make a person called "Chủ"', () => {
    const ex = one(
      'Chiều 19/5, Chủ tịch nước Lê Minh Tâm tiếp Đại sứ các nước trình quốc thư.',
      'Chúc mừng các Đại sứ, Chủ tịch nước khẳng định sẽ tạo mọi điều kiện để các Đại sứ hoàn thành nhiệm vụ.',
      'Đại sứ Kiran Patel gửi lời chào của Tổng thống nước mình tới Chủ tịch nước và khẳng định sẽ nỗ lực vun đắp quan hệ hai nước.',
    );
    expect(ex.speakers.map((s) => s.name)).not.toContain('Chủ');
    expect(quoteWith(ex, 'sẽ tạo mọi điều kiện')?.speaker).toBe('Lê Minh Tâm');
  });
});

describe('a reporting verb ends a title', () => {
  it('"HLV X thừa nhận U23 Y …" names the coach, and the coach described later is still him', () => {
    const ex = one(
      'Tuy nhiên, HLV Shin Tae Ho thừa nhận U23 Việt Nam đã chơi không tốt trong trận đấu này.',
      '"Về mặt kết quả chúng tôi thắng 1-0. Thế nhưng, tôi nghĩ rằng hiệp 2 chúng tôi cũng thi đấu không tốt" - Nhà cầm quân người Hàn Quốc chia sẻ.',
      'Phía bên kia chiến tuyến, HLV Ivan Petrov cho rằng U23 Lào đã thi đấu tốt nhưng chỉ mắc đúng 2 sai lầm.',
    );
    expect(ex.speakers.map((s) => s.name)).not.toContain('U23 Việt Nam');
    expect(quoteWith(ex, 'U23 Việt Nam đã chơi không tốt')?.speaker).toBe('Shin Tae Ho');
    expect(quoteWith(ex, 'Về mặt kết quả chúng tôi thắng')?.speaker).not.toBe('Ivan Petrov');
  });
});

describe('a department of a police force is a body, never a person', () => {
  it('"Phòng Cảnh sát hình sự Công an tỉnh X" speaks whole, with its force and place', () => {
    const ex = one('Phòng Cảnh sát hình sự Công an tỉnh Phú Khang cho biết đã bắt giữ hai đối tượng cướp giật tài sản.');
    expect(quoteWith(ex, 'bắt giữ hai đối tượng')?.speaker).toBe('Phòng Cảnh sát hình sự Công an tỉnh Phú Khang');
    const traffic = one('Ngày 3/9, Phòng CSGT Công an tỉnh Phú Khang cho biết đang xác minh nguyên nhân vụ tai nạn.');
    expect(quoteWith(traffic, 'xác minh nguyên nhân vụ tai nạn')?.speaker).toBe('Phòng CSGT Công an tỉnh Phú Khang');
  });

  it('its leader speaking later is not a person called "Phòng Cảnh"', () => {
    const ex = one(
      'Tối 12-5, lãnh đạo Phòng Cảnh sát hình sự, Công an TP Hòa Bình cho biết đang tạm giữ một người tự xưng là cán bộ.',
      'Lãnh đạo Phòng Cảnh sát hình sự Công an TP Hòa Bình cho biết thêm đã có năm bị hại trình báo sự việc.',
    );
    expect(ex.speakers.map((s) => s.name)).not.toContain('Phòng Cảnh');
    expect(quoteWith(ex, 'năm bị hại trình báo')?.speaker).toBe('Lãnh đạo Phòng Cảnh sát hình sự Công an TP Hòa Bình');
  });
});
