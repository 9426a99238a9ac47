/**
 * "vị chuyên gia", "nữ diễn viên", "nam ca sĩ": a title after a classifier refers back to someone named, as "ông"/"bà"
 * do; it is never a new, unnamed person of that title, and never someone the article titled otherwise. Sentences
 * written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-06-03');

describe('an epithet refers back to the person named', () => {
  it('"vị chuyên gia cho hay" is the economist quoted before', () => {
    expect(speakerOf([
      'Ông Henrik Dalsgaard, Kinh tế trưởng Công ty Chứng khoán Bình Minh, cho biết lãi suất tiết kiệm đã chạm đáy.',
      'Theo đó, vị chuyên gia cho hay, các ngân hàng sẽ tăng lãi suất huy động từ quý sau.',
    ], 'tăng lãi suất huy động')).toBe('Henrik Dalsgaard');
  });

  it('"nữ diễn viên cho biết" is the actress the paragraph is about', () => {
    expect(speakerOf([
      'Tại buổi ra mắt phim, diễn viên Lạc Thu Hằng xuất hiện trong chiếc váy trắng.',
      'Sau 12 năm làm nghề, nữ diễn viên cho biết đây là vai diễn khiến cô mất ngủ nhiều nhất.',
    ], 'khiến cô mất ngủ')).toBe('Lạc Thu Hằng');
  });

  it('"nữ nghệ sĩ cho biết" is the artist introduced by her rank\'s initials ("NSND", "NSƯT")', () => {
    expect(speakerOf([
      'Tại buổi giao lưu, NSND Lạc Thu Hằng kể về vai diễn điện ảnh đầu tay và đạo diễn Kha Minh Đạt.',
      'Nữ nghệ sĩ cho biết bà chỉ có ba câu thoại nhưng phải quay mất nửa ngày.',
    ], 'chỉ có ba câu thoại')).toBe('Lạc Thu Hằng');
  });

  it('"vị lãnh đạo doanh nghiệp" is the one company head the article named', () => {
    expect(speakerOf([
      'Tại hội nghị xúc tiến đầu tư của tỉnh, ông Đoàn Minh Quý, Chủ tịch Tập đoàn Hải Âu, đã phát biểu về kế hoạch mở rộng.',
      'Vị lãnh đạo doanh nghiệp cũng nhắc lại hành trình phát triển của tập đoàn từ một xưởng cơ khí nhỏ năm 1995.',
    ], 'xưởng cơ khí nhỏ')).toBe('Đoàn Minh Quý');
  });

  it('an epithet that several people of the article fit is nobody', () => {
    expect(speakerOf([
      'Tòa tuyên phạt bị cáo Lý Văn Sang 9 tháng tù, bị cáo Trịnh Quốc Hưng 12 tháng tù và bị cáo Đoàn Thị Mơ 9 tháng tù.',
      'Tại tòa, các bị cáo xin giảm nhẹ hình phạt. Bên cạnh đó, nữ bị cáo cho rằng mình đang nuôi con nhỏ và xin được hưởng án treo.',
    ], 'đang nuôi con nhỏ')).toBeNull();
  });

  it('"nữ …" never means a man', () => {
    expect(speakerOf([
      'Ông Trịnh Văn Khải, đạo diễn bộ phim, cho biết đoàn làm phim đã quay suốt ba tháng ở Tây Bắc.',
      'Nữ diễn viên cho biết cô phải học cưỡi ngựa trong hai tuần trước khi bấm máy.',
    ], 'học cưỡi ngựa')).toBeNull();
  });

  it('"một nữ diễn viên" is someone unnamed, not the actress of the article', () => {
    expect(speakerOf([
      'Diễn viên Lạc Thu Hằng đóng vai chính trong bộ phim mới.',
      'Một nữ diễn viên cho biết đoàn làm phim đã phải quay lại nhiều cảnh vì mưa lớn.',
    ], 'quay lại nhiều cảnh')).toBeNull();
  });

  it('an epithet of another kind than the title the article gave is nobody', () => {
    expect(speakerOf([
      'Bác sĩ Phan Thị Hạnh, Trưởng khoa Cấp cứu, cho biết ca mổ kéo dài bốn giờ.',
      'Nữ bệnh nhân cho biết chị đã đau bụng từ ba ngày trước khi vào viện.',
    ], 'đau bụng từ ba ngày')).toBeNull();
  });

  it('"phụ nữ" is women at large, no epithet', () => {
    expect(speakerOf([
      'Bà Lạc Thu Hằng, Chủ tịch Hội Liên hiệp phụ nữ xã, cho biết hội đã mở ba lớp dạy nghề.',
      'Phụ nữ cho biết họ muốn học thêm nghề may.',
    ], 'học thêm nghề may')).toBeNull();
  });
});

describe('"Vị" before a title the press capitalises', () => {
  const extract = extractOn('2024-06-03');

  it('"Vị Chủ tịch tỉnh cho biết, …" is the chairman named before, and so is "Theo ông" after it', () => {
    const ex = extract(
      'Sáng 2/6, ông Đinh Khắc Lâm, Chủ tịch UBND tỉnh, đến kiểm tra các điểm sạt lở.',
      'Vị Chủ tịch tỉnh cho biết, theo thống kê ban đầu, mưa lớn đã làm hư hỏng hơn 40 ngôi nhà ven suối.',
      'Theo ông, tỉnh sẽ xin Trung ương hỗ trợ thêm kinh phí sửa đường.',
    );
    expect(quoteWith(ex, 'hư hỏng hơn 40 ngôi nhà')?.speaker).toBe('Đinh Khắc Lâm');
    expect(quoteWith(ex, 'hỗ trợ thêm kinh phí sửa đường')?.speaker).toBe('Đinh Khắc Lâm');
  });

  it('"Vị Chi cục trưởng" is a title, never a person called "Vị Chi"', () => {
    const ex = extract(
      'Bà Kha Thị Nguyệt, Chi cục trưởng Chi cục Kiểm lâm, chủ trì buổi làm việc với các xã vùng đệm.',
      'Vị Chi cục trưởng cũng thừa nhận việc tuần tra rừng ở nhiều xã vẫn còn mỏng vì thiếu người.',
    );
    expect(quoteWith(ex, 'tuần tra rừng ở nhiều xã')?.speaker).toBe('Kha Thị Nguyệt');
    expect(ex.quotes.map((q) => q.speaker)).not.toContain('Vị Chi');
  });

  it('with nobody of that title named before, the words have no speaker', () => {
    const ex = extract(
      'Mưa lớn kéo dài khiến nhiều tuyến đường ở huyện miền núi bị chia cắt.',
      'Vị Chủ tịch huyện cho biết, lực lượng cứu hộ đã tiếp cận được hai bản bị cô lập.',
    );
    const q = quoteWith(ex, 'tiếp cận được hai bản');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });
});
