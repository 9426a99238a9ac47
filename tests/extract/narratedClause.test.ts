import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';
import { isNarratedClause, isToldClause } from '../../src/extract/narratedClause.js';

const one = extractOn('2025-04-18');

describe('"kể" right before a clause', () => {
  const ex = one(
    'Mưa lớn kéo dài suốt ba ngày khiến nhiều tuyến đường ở xã Phú Lâm ngập sâu.',
    'Chị Đoàn Thị Mến, một tiểu thương ở chợ xã, kể gia đình đã phải dọn hết hàng lên gác từ đêm thứ Ba.',
    'Ông Lý Văn Trọng kể hồi còn trẻ, cả xóm chỉ có một chiếc thuyền nhỏ để đi chợ mỗi khi nước lên.',
    'Anh Hồ Minh Tâm, tài xế xe tải, kể đã nằm chờ ở đầu cầu từ chiều hôm qua mà chưa qua được.',
    'Bà Mến kể chuyện cũ cho các cháu nghe bên bếp lửa.',
    'Ông Trọng kể lại những lần lũ lớn mà ông từng chứng kiến.',
    'Anh Tâm kể tên từng người đã giúp anh đẩy xe qua đoạn ngập.',
  );

  it('reports the clause, with its speaker', () => {
    const q = quoteWith(ex, 'gia đình đã phải dọn hết hàng');
    expect(q?.speaker).toBe('Đoàn Thị Mến');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('gia đình đã phải dọn hết hàng lên gác từ đêm thứ Ba');
    expect(quoteWith(ex, 'cả xóm chỉ có một chiếc thuyền')?.speaker).toBe('Lý Văn Trọng');
    expect(quoteWith(ex, 'hồi còn trẻ, cả xóm')?.text.startsWith('hồi còn trẻ')).toBe(true);
    expect(quoteWith(ex, 'đã nằm chờ ở đầu cầu')?.speaker).toBe('Hồ Minh Tâm');
  });

  it('a story, a list of names or "kể lại" with an object is no statement', () => {
    expect(quoteWith(ex, 'chuyện cũ cho các cháu')).toBeUndefined();
    expect(quoteWith(ex, 'những lần lũ lớn')).toBeUndefined();
    expect(quoteWith(ex, 'từng người đã giúp anh')).toBeUndefined();
  });
});

describe('"thông tin" right before a clause', () => {
  const ex = one(
    'Hàng trăm cư dân chung cư Sao Mai phản đối việc chậm bàn giao quỹ bảo trì.',
    'Đại diện Sở Xây dựng tỉnh thông tin tuần sau sở sẽ mời chủ đầu tư và ban quản trị đến đối thoại.',
    'Ông Phạm Quốc Huy, Phó giám đốc sở, cũng thông tin chủ đầu tư đã nộp hồ sơ quyết toán từ tháng trước.',
    'Ban quản trị đã cung cấp thông tin các hộ đã đóng phí cho đoàn kiểm tra.',
  );

  it('reports the clause, with the body or the person', () => {
    expect(quoteWith(ex, 'tuần sau sở sẽ mời chủ đầu tư')?.speaker).toBe('Đại diện Sở Xây dựng tỉnh');
    const q = quoteWith(ex, 'chủ đầu tư đã nộp hồ sơ quyết toán');
    expect(q?.speaker).toBe('Phạm Quốc Huy');
    expect(q?.text).toBe('chủ đầu tư đã nộp hồ sơ quyết toán từ tháng trước');
  });

  it('"thông tin" as a noun reports nothing', () => {
    expect(quoteWith(ex, 'các hộ đã đóng phí')).toBeUndefined();
  });
});

describe('"nói" before a clause opened by a time phrase or with an aspect word', () => {
  const ex = one(
    'Giá sầu riêng tại vườn giảm mạnh trong tuần qua.',
    'Bà Tạ Thị Hiền, chủ vườn ở xã Ea Tân, nói khi thương lái vào kiểm tra, nhiều trái bị sượng nước nên mất giá.',
    'Ông Khổng Văn Lâm nói hợp tác xã vẫn thu mua đủ sản lượng cho các thành viên.',
    'Bà Hiền nói sau cùng với thương lái rồi mới bán.',
  );

  it('reports the clause, with its speaker', () => {
    const q = quoteWith(ex, 'nhiều trái bị sượng nước');
    expect(q?.speaker).toBe('Tạ Thị Hiền');
    expect(q?.text.startsWith('khi thương lái vào kiểm tra')).toBe(true);
    expect(quoteWith(ex, 'hợp tác xã vẫn thu mua')?.speaker).toBe('Khổng Văn Lâm');
  });

  it('"nói sau cùng" reports no clause', () => {
    expect(quoteWith(ex, 'với thương lái rồi mới bán')).toBeUndefined();
  });
});

describe('isNarratedClause', () => {
  it.each([
    ['gia đình đã bán hết lúa từ tuần trước', true],
    ['đã chờ ở đầu đèo từ trưa hôm qua', true],
    ['hồi cuối tháng 2, đứa cháu bị sởi phải nằm viện', true],
    ['năm 2019 gia đình từng tính bán bớt đàn bò', true],
    ['chuyện ngày xưa đã được nhiều người nhắc', false],
    ['về những ngày đã qua ở quê', false],
    ['lại câu chuyện mà ông đã nghe', false],
    ['đã xong', false],
    ['§ gia đình đã bán', false],
  ])('%s → %s', (rest, expected) => {
    expect(isNarratedClause(rest)).toBe(expected);
  });
});

describe('"kể" and "nói" before a clause whose predicate shows only in an adverb or a plan', () => {
  const ex = one(
    'Nước sông Cẩm Giang lên nhanh trong đêm, nhiều hộ ở xã Vĩnh Lạc Tây bị cô lập.',
    'Bà Hứa Thị Lan (70 tuổi) kể nước lên rất nhanh sau nửa đêm.',
    'Chị Mạc Thị Vân, một tiểu thương ở chợ xã, nói thu nhập của chị sau mùa lũ chỉ còn hơn 3 triệu đồng mỗi tháng.',
    'Anh Sầm Văn Khoa kể chuyến xe khách của anh dự kiến xuất bến lúc 6h nhưng đến trưa mới chạy.',
    'Chị Vân nói trước đây không biết phải gọi số nào để xin cứu hộ.',
    'Anh Khoa kể có hôm cao điểm, các xe phải nối đuôi nhau hơn một cây số.',
    'Bà Lan kể hết mọi chuyện cho đoàn cứu trợ.',
    'Anh Khoa nói tiếng địa phương rất giỏi.',
  );

  it('reports the clause, with its speaker', () => {
    expect(quoteWith(ex, 'nước lên rất nhanh sau nửa đêm')?.speaker).toBe('Hứa Thị Lan');
    const income = quoteWith(ex, 'thu nhập của chị sau mùa lũ');
    expect(income?.speaker).toBe('Mạc Thị Vân');
    expect(income?.text).toBe('thu nhập của chị sau mùa lũ chỉ còn hơn 3 triệu đồng mỗi tháng');
    expect(quoteWith(ex, 'dự kiến xuất bến lúc 6h')?.speaker).toBe('Sầm Văn Khoa');
    expect(quoteWith(ex, 'không biết phải gọi số nào')?.speaker).toBe('Mạc Thị Vân');
    expect(quoteWith(ex, 'các xe phải nối đuôi nhau')?.speaker).toBe('Sầm Văn Khoa');
  });

  it('"kể hết mọi chuyện", "nói tiếng địa phương" take an object: no statement', () => {
    expect(quoteWith(ex, 'mọi chuyện cho đoàn')).toBeUndefined();
    expect(quoteWith(ex, 'địa phương rất giỏi')).toBeUndefined();
  });
});

describe('isToldClause', () => {
  it.each([
    ['nước lên rất nhanh trong đêm Chủ nhật', true],
    ['lương của chị sau khi trừ bảo hiểm chỉ còn hơn 7 triệu đồng', true],
    ['kỳ thi năm sau dự kiến diễn ra trong hai ngày', true],
    ['trước đây không biết con còn thiếu một mũi tiêm', true],
    ['có ngày cao điểm, các đoàn phải xếp hàng', true],
    ['gia đình đã bán hết lúa từ tuần trước', true],
    ['chuyện cũ rất cảm động với các cháu', false],
    ['về quê rất vui', false],
    ['rất nhiều', false],
    ['§ nước lên rất nhanh', false],
  ])('%s → %s', (rest, expected) => {
    expect(isToldClause(rest)).toBe(expected);
  });
});

describe('"trình bày", "phản ánh", "thông báo" before a told clause', () => {
  const ex = one(
    'Phiên tòa xét xử vụ án xảy ra ở xã Đồng Lạc tiếp tục trong ngày thứ hai.',
    'Bị cáo Giáp Văn Hào trình bày mình hoàn toàn không bàn bạc với các bị cáo khác trước khi xảy ra vụ việc.',
    'Chị Ma Thị Lụa, công nhân xưởng may, phản ánh mức lương cơ bản 4,8 triệu đồng gần như không đổi trong ba năm.',
    'Ông Bế Văn Tình, Giám đốc công ty, thông báo sẽ tạm dừng tuyển thêm công nhân đến hết quý.',
    'Ông Tình trình bày báo cáo tài chính của công ty trước hội nghị.',
  );

  it('reports the clause, with its speaker', () => {
    expect(quoteWith(ex, 'hoàn toàn không bàn bạc')?.speaker).toBe('Giáp Văn Hào');
    const pay = quoteWith(ex, 'mức lương cơ bản 4,8 triệu đồng');
    expect(pay?.speaker).toBe('Ma Thị Lụa');
    expect(pay?.text).toBe('mức lương cơ bản 4,8 triệu đồng gần như không đổi trong ba năm');
    expect(quoteWith(ex, 'tạm dừng tuyển thêm công nhân')?.speaker).toBe('Bế Văn Tình');
  });

  it('"trình bày báo cáo" presents a document: no statement', () => {
    expect(quoteWith(ex, 'báo cáo tài chính')).toBeUndefined();
  });
});
