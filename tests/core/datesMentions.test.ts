import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/core/dates.js';
import type { IsoDate } from '../../src/core/types.js';
import { RULES } from '../../src/core/datesRules.js';

// Reference dates used below, with their weekdays: 2022-10-31 is a Monday, 2024-11-23 a Saturday,
// 2025-01-02 a Thursday and 2025-01-08 a Wednesday (for the New Year rollover).
function found(text: string, reference?: IsoDate): Array<[string, IsoDate]> {
  return findDateMentions(text, reference).map((m) => [m.raw, m.date]);
}

type Row = [form: string, text: string, reference: IsoDate, expected: Array<[string, IsoDate]>];

describe('findDateMentions: explicit dates', () => {
  it.each<Row>([
    ['d/m/yyyy', 'Hai nhà lãnh đạo ký thỏa thuận ngày 7/12/2021 tại thủ đô.', '2024-11-23', [['ngày 7/12/2021', '2021-12-07']]],
    ['dd/mm/yyyy without cue', 'Văn bản 30/10/2022 được công bố sau đó.', null, [['30/10/2022', '2022-10-30']]],
    ['d.m.yyyy', 'Phiên họp mở ngày 18.11.2024 tại Hà Nội.', null, [['ngày 18.11.2024', '2024-11-18']]],
    ['d-m-yyyy', 'Hợp đồng hết hạn 30-10-2022 như đã ghi.', null, [['30-10-2022', '2022-10-30']]],
    ['ISO in a data box', 'Cập nhật: 2024-11-18T09:00, nguồn tòa soạn.', null, [['2024-11-18', '2024-11-18']]],
    ['ngày D tháng M năm Y', 'Luật có hiệu lực ngày 30 tháng 10 năm 2022.', null, [['ngày 30 tháng 10 năm 2022', '2022-10-30']]],
    ['D tháng M năm Y without ngày', 'Ông sinh 5 tháng 3 năm 1961 ở Huế.', null, [['5 tháng 3 năm 1961', '1961-03-05']]],
    ['tháng M/YYYY', 'Cuộc gặp diễn ra vào tháng 6/2021 ở châu Âu.', null, [['tháng 6/2021', '2021-06']]],
    ['tháng MM/YYYY', 'Dự thảo gửi đi hồi tháng 12/2021 và tháng 1/2022.', null, [['tháng 12/2021', '2021-12'], ['tháng 1/2022', '2022-01']]],
    ['tháng M.YYYY is month.year', 'Chiến dịch bắt đầu từ tháng 2.2022 và kéo dài.', null, [['tháng 2.2022', '2022-02']]],
    ['tháng M-YYYY', 'Dự án khởi công tháng 6-2021.', null, [['tháng 6-2021', '2021-06']]],
    ['tháng M năm YYYY', 'Bản ghi nhớ ký tháng 6 năm 2021 tại Geneva.', null, [['tháng 6 năm 2021', '2021-06']]],
    ['năm YYYY', 'Bán đảo bị sáp nhập năm 2014, rồi năm 2019 có bầu cử.', null, [['năm 2014', '2014'], ['năm 2019', '2019']]],
    ['năm YYYY after a parenthesis', 'Hội nghị ở Munich (Đức), năm 2017, gây tranh cãi.', null, [['năm 2017', '2017']]],
    ['bare year after a preposition', 'Kể từ 2014, quan hệ xấu đi; đến 2030 sẽ khác; vào 1997 thì chưa.', null, [['2014', '2014'], ['2030', '2030'], ['1997', '1997']]],
    ['year range', 'Từ năm 2014 đến 2019, giá tăng gấp đôi.', null, [['năm 2014', '2014'], ['2019', '2019']]],
    ['đầu/giữa/cuối tháng', 'Đầu tháng 11, giữa tháng 12/2023 và cuối tháng 2 năm 2024.', '2024-11-23', [['Đầu tháng 11', '2024-11'], ['giữa tháng 12/2023', '2023-12'], ['cuối tháng 2 năm 2024', '2024-02']]],
    ['thượng/hạ tuần', 'Đoàn đến thượng tuần tháng 9/2024.', null, [['thượng tuần tháng 9/2024', '2024-09']]],
    ['đầu năm', 'Đầu năm 2022 giá dầu tăng.', null, [['Đầu năm 2022', '2022']]],
  ])('%s', (_form, text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });
});

describe('findDateMentions: day and month, year from the reference', () => {
  it.each<Row>([
    ['dd/mm', 'Ông phát biểu trên truyền hình hôm 30/10.', '2022-10-31', [['hôm 30/10', '2022-10-30']]],
    ['dd-mm after a cue', 'Đoàn rời đi ngày 30-10 theo lịch.', '2022-10-31', [['ngày 30-10', '2022-10-30']]],
    ['dd.mm after hôm', 'Bộ trưởng nói hôm 18.11 rằng sẽ không nhượng bộ.', '2024-11-23', [['hôm 18.11', '2024-11-18']]],
    ['d/m after ngày', 'Đoàn khảo sát đến vào ngày 20/1.', '2022-10-31', [['ngày 20/1', '2022-01-20']]],
    ['a deadline is still to come', 'Hạn chót là vào ngày 20/1.', '2022-10-31', [['ngày 20/1', '2023-01-20']]],
    ['"chậm nhất" a few days on', 'Các xã phải đóng cống chậm nhất trong ngày 12/2.', '2026-02-10', [['ngày 12/2', '2026-02-12']]],
    ['a day after the reference without a deadline → previous year', 'Các xã đã đóng cống ngày 12/2.', '2026-02-10', [['ngày 12/2', '2025-02-12']]],
    ['chiều', 'Cuộc điện đàm diễn ra chiều 30/12 giữa hai nguyên thủ.', '2022-01-05', [['chiều 30/12', '2021-12-30']]],
    ['sáng', 'Phái đoàn đến sáng 5/2 và rời đi ngay.', '2022-10-31', [['sáng 5/2', '2022-02-05']]],
    ['tối', 'Tối 3/4, lực lượng cứu hộ tiếp cận hiện trường.', '2024-11-23', [['Tối 3/4', '2024-04-03']]],
    ['rạng sáng', 'Vụ cháy xảy ra rạng sáng 12/11.', '2024-11-23', [['rạng sáng 12/11', '2024-11-12']]],
    ['ngày D tháng M', 'Hiệp định được ký ngày 30 tháng 10.', '2022-11-15', [['ngày 30 tháng 10', '2022-10-30']]],
    ['the reference day itself', 'Thông cáo phát hành hôm 23/11.', '2024-11-23', [['hôm 23/11', '2024-11-23']]],
    ['later in the year → previous year', 'Hai bên từng gặp hôm 24/11.', '2024-11-23', [['hôm 24/11', '2023-11-24']]],
    ['rollover across New Year', 'Sáng 30/12 và tối 31/12, rồi ngày 1/1, phiên đàm phán tiếp tục.', '2025-01-02', [['Sáng 30/12', '2024-12-30'], ['tối 31/12', '2024-12-31'], ['ngày 1/1', '2025-01-01']]],
    ['month-precise reference', 'Ông nói hôm 5/11 và hôm 5/12.', '2024-11', [['hôm 5/11', '2024-11-05'], ['hôm 5/12', '2023-12-05']]],
    ['year-only reference', 'Ông nói hôm 5/12.', '2024', [['hôm 5/12', '2024-12-05']]],
    ['reference with time and offset', 'Ông nói hôm 22/11.', '2024-11-23T08:34+07:00', [['hôm 22/11', '2024-11-22']]],
    ['no reference → year-less', 'Ông nói hôm 18/11.', null, [['hôm 18/11', '--11-18']]],
    ['year-less reference is no reference', 'Ông nói hôm 18/11.', '--11-20', [['hôm 18/11', '--11-18']]],
    ['29/2 in a year without it', 'Họp hôm 29/2.', '2023-03-10', [['hôm 29/2', '--02-29']]],
    ['29/2 in a leap year', 'Họp hôm 29/2.', '2024-03-10', [['hôm 29/2', '2024-02-29']]],
    ['"tới" makes it future', 'Hội nghị sẽ họp vào ngày 20/1 tới, theo thông báo.', '2024-11-23', [['ngày 20/1 tới', '2025-01-20']]],
    ['"tới" between two dates is "to"', 'Triển lãm mở từ 18/11 tới 20/11.', '2024-11-23', [['18/11', '2024-11-18'], ['20/11', '2024-11-20']]],
    ['with năm ngoái', 'Hôm 5/2 năm ngoái, ông đã cảnh báo.', '2022-10-31', [['Hôm 5/2 năm ngoái', '2021-02-05']]],
    ['ngày D alone', 'Ngày 18, ông tới thủ đô.', '2024-11-23', [['Ngày 18', '2024-11-18']]],
    ['ngày D after the reference day → previous month', 'Ngày 28, ông tới thủ đô.', '2024-11-23', [['Ngày 28', '2024-10-28']]],
    ['ngày D và D/M shares the month', 'Hội nghị họp ngày 18 và 19/11 tại Hà Nội.', '2024-11-23', [['ngày 18', '2024-11-18'], ['19/11', '2024-11-19']]],
    ['từ ngày D đến D/M/Y', 'Từ ngày 28 đến 30/12/2023 có mưa.', null, [['ngày 28', '2023-12-28'], ['30/12/2023', '2023-12-30']]],
    ['date followed by its weekday', 'Ngày 18/11 (thứ Hai), ông phát biểu.', '2024-11-23', [['Ngày 18/11 (thứ Hai)', '2024-11-18']]],
  ])('%s', (_form, text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });
});

describe('findDateMentions: month without a year', () => {
  it.each<Row>([
    ['tháng M before the reference month', 'Hồi tháng 10, ông đã nói vậy.', '2022-10-31', [['tháng 10', '2022-10']]],
    ['tháng M after the reference month → previous year', 'Quay lại tình trạng kể từ tháng 12 đến tháng 1.', '2022-10-31', [['tháng 12', '2021-12'], ['tháng 1', '2022-01']]],
    ['tháng M năm ngoái', 'Giữa tháng 12 năm ngoái, bộ công bố dự thảo.', '2022-10-31', [['Giữa tháng 12 năm ngoái', '2021-12']]],
    ['tháng M năm nay', 'Đến tháng 3 năm nay thì xong.', '2024-11-23', [['tháng 3 năm nay', '2024-03']]],
    ['tháng M tới', 'Dự án sẽ khởi công vào tháng 2 tới.', '2024-11-23', [['tháng 2 tới', '2025-02']]],
    ['cuối tháng M with the year carried over', 'Chiến dịch bắt đầu hồi cuối tháng 2.', '2022-10-31', [['cuối tháng 2', '2022-02']]],
    ['no reference year → null', 'Hồi tháng 10, ông đã nói vậy.', null, [['tháng 10', null]]],
  ])('%s', (_form, text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });
});

describe('findDateMentions: relative forms', () => {
  it.each<Row>([
    ['hôm qua', 'Hôm qua, ông nói rằng cuộc gặp là cần thiết.', '2024-11-23', [['Hôm qua', '2024-11-22']]],
    ['hôm qua across New Year', 'Phát biểu hôm qua được đăng lại.', '2025-01-01', [['hôm qua', '2024-12-31']]],
    ['hôm nay', 'Hôm nay bộ trưởng gặp báo chí.', '2024-11-23', [['Hôm nay', '2024-11-23']]],
    ['hôm nay with a month reference', 'Hôm nay bộ trưởng gặp báo chí.', '2024-11', [['Hôm nay', '2024-11']]],
    ['ngày hôm qua', 'Thông báo được đưa ra ngày hôm qua.', '2024-11-23', [['ngày hôm qua', '2024-11-22']]],
    ['hôm kia', 'Ông đến hôm kia.', '2024-11-23', [['hôm kia', '2024-11-21']]],
    ['ngày mai', 'Ngày mai hai bên sẽ ký.', '2024-11-23', [['Ngày mai', '2024-11-24']]],
    ['sáng nay / tối qua', 'Sáng nay ông nói, tối qua ông im lặng.', '2024-11-23', [['Sáng nay', '2024-11-23'], ['tối qua', '2024-11-22']]],
    ['hôm nay with its day spelled out', 'Hôm nay (23/11) bộ trưởng gặp báo chí.', '2024-11-23', [['Hôm nay (23/11)', '2024-11-23']]],
    ['chiều nay (d-m) against a month-only stamp', 'Chiều nay (30-10) trung tâm cảnh báo lũ.', '2017-03', [['Chiều nay (30-10)', '2016-10-30']]],
    ['hôm qua (d/m) without a reference', 'Hôm qua (5/9) ông nói.', null, [['Hôm qua (5/9)', '--09-05']]],
    ['sáng nay d.m before the comma, no brackets', 'Sáng nay 14.6, tỉnh đã ký quyết định.', '2023-06', [['Sáng nay 14.6', '2023-06-14']]],
    ['tối qua d/m before the comma', 'Tối qua 2/3, đoàn đã về tới nơi.', '2022-03-03', [['Tối qua 2/3', '2022-03-02']]],
    ['sáng nay then a count: not a day', 'Sáng nay 2.000 người đã tới dự.', '2023-06-14', [['Sáng nay', '2023-06-14']]],
    ['sáng nay then a score: not a day', 'Sáng nay 3-1 là tỷ số cuối cùng.', '2023-06-14', [['Sáng nay', '2023-06-14']]],
    ['năm ngoái', 'Năm ngoái, sản lượng giảm.', '2022-10-31', [['Năm ngoái', '2021']]],
    ['năm nay', 'Năm nay, sản lượng tăng.', '2022-10-31', [['Năm nay', '2022']]],
    ['năm tới / năm sau', 'Năm tới sẽ khác, năm sau nữa thì chưa biết.', '2022-10-31', [['Năm tới', '2023'], ['năm sau', '2023']]],
    ['cuối năm ngoái', 'Cuối năm ngoái giá dầu giảm.', '2022-03-01', [['Cuối năm ngoái', '2021']]],
    ['tháng trước across New Year', 'Tháng trước, lạm phát tăng.', '2025-01-02', [['Tháng trước', '2024-12']]],
    ['tháng này', 'Tháng này có ba phiên họp.', '2025-01-02', [['Tháng này', '2025-01']]],
    ['tuần trước inside one month', 'Tuần trước, hai bên đã điện đàm.', '2024-11-23', [['Tuần trước', '2024-11']]],
    ['tuần trước across months → year', 'Tuần trước, hai bên đã điện đàm.', '2024-11-06', [['Tuần trước', '2024']]],
    ['tuần trước in the previous December', 'Tuần trước, hai bên đã điện đàm.', '2025-01-02', [['Tuần trước', '2024-12']]],
    ['tuần trước across New Year → null', 'Tuần trước, hai bên đã điện đàm.', '2025-01-08', [['Tuần trước', null]]],
    ['tuần này', 'Tuần này, hai bên sẽ họp.', '2024-11-23', [['Tuần này', '2024-11']]],
    ['tuần trước without a day → null', 'Tuần trước, hai bên đã điện đàm.', '2024-11', [['Tuần trước', null]]],
    ['N năm trước', 'Ông rời chức vụ 3 năm trước.', '2024-11-23', [['3 năm trước', '2021']]],
    ['cách đây N ngày', 'Cách đây hai ngày ông tới Hà Nội.', '2024-11-23', [['Cách đây hai ngày', '2024-11-21']]],
    ['no reference → null, still a mention', 'Hôm qua và năm ngoái.', null, [['Hôm qua', null], ['năm ngoái', null]]],
    ['year-only reference cannot give a day', 'Hôm qua và năm ngoái.', '2024', [['Hôm qua', null], ['năm ngoái', '2023']]],
  ])('%s', (_form, text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });
});

describe('findDateMentions: weekdays', () => {
  it.each<Row>([
    ['thứ Hai after hôm', 'Ông nói hôm thứ Hai rằng sẽ đến.', '2024-11-23', [['hôm thứ Hai', '2024-11-18']]],
    ['thứ Bảy is the reference day', 'Ông nói hôm thứ Bảy.', '2024-11-23', [['hôm thứ Bảy', '2024-11-23']]],
    ['digit form after a time word', 'Sáng thứ 3, cuộc họp bắt đầu.', '2024-11-23', [['Sáng thứ 3', '2024-11-19']]],
    ['thứ 7', 'Chiều thứ 7 tuần trước có mưa.', '2024-11-23', [['Chiều thứ 7 tuần trước', '2024-11-16']]],
    ['Chủ nhật at the clause start', 'Chủ nhật, hàng nghìn người xuống đường.', '2024-11-23', [['Chủ nhật', '2024-11-17']]],
    ['capitalised at the clause start', 'Thứ Năm, hai bên ký kết.', '2024-11-23', [['Thứ Năm', '2024-11-21']]],
    ['vào thứ Sáu', 'Cuộc gặp diễn ra vào thứ Sáu.', '2024-11-23', [['vào thứ Sáu', '2024-11-22']]],
    ['thứ Hai tuần trước', 'Ông nói vào thứ Hai tuần trước.', '2024-11-23', [['vào thứ Hai tuần trước', '2024-11-11']]],
    ['thứ Tư tới', 'Hội nghị sẽ họp vào thứ Tư tới.', '2024-11-23', [['vào thứ Tư tới', '2024-11-27']]],
    ['explicit date wins', 'Ông phát biểu hôm thứ Hai (18/11) tại Paris.', '2024-11-30', [['hôm thứ Hai (18/11)', '2024-11-18']]],
    ['explicit date wins with a comma', 'Thứ Hai, ngày 18/11/2024, trời mưa.', null, [['Thứ Hai, ngày 18/11/2024', '2024-11-18']]],
    ['no day-precise reference → null', 'Ông nói hôm thứ Hai.', '2024-11', [['hôm thứ Hai', null]]],
    ['after a verb, with the week it is in', 'Kết quả thanh tra được công bố thứ Ba vừa qua.', '2024-11-23', [['thứ Ba vừa qua', '2024-11-19']]],
    ['after a verb, last week', 'Đoàn kiểm tra làm việc thứ Sáu tuần trước tại xã.', '2024-11-23', [['thứ Sáu tuần trước', '2024-11-15']]],
  ])('%s', (_form, text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });

  it.each([
    ['ordinal', 'Đây là lần thứ hai ông đến Việt Nam.'],
    ['ordinal with a digit', 'Đội về đích ở vị trí thứ 2.'],
    ['"secondly"', 'Thứ nhất, phải ngừng bắn. Thứ hai, phải đàm phán.'],
    ['a capitalised ordinal after a noun', 'Sau Chiến tranh Thế giới thứ Hai, châu Âu chia đôi.'],
    ['ngày thứ hai of an event', 'Trong ngày thứ hai của hội nghị, các bên tranh luận.'],
    ['an ordinal sitting or rank said with its week', 'Kỳ họp thứ Hai vừa qua thông qua ba luật; đội tuyển xếp thứ Ba tuần này.'],
  ])('not a weekday: %s', (_why, text) => {
    expect(found(text, '2024-11-23')).toEqual([]);
  });
});

describe('findDateMentions: things that are not dates', () => {
  it.each([
    ['thousands separator', 'Giá vàng tăng 22.000 đồng mỗi lượng.'],
    ['price range', 'Mỗi kg bán 18.000-20.000 đồng.'],
    ['decimals', 'Lãi suất 1.5 điểm, hằng số 3.14 và 2,5 lần.'],
    ['version numbers', 'Bản iOS 17.1 và Python 3.12 đã phát hành.'],
    ['times and offsets', 'Đăng lúc 08:34 (GMT+7), cập nhật 23:15.'],
    ['football scores', 'Đội nhà thắng 2-1, trận trước hòa 1-0.'],
    ['fractions', 'Khoảng 1/3 dân số và 2/3 số phiếu ủng hộ.'],
    ['24/7 idiom', 'Đường dây nóng hoạt động 24/7.'],
    ['invalid day', 'Báo cáo ghi 31/2 là sai, và ngày 30/2 cũng vậy.'],
    ['invalid month', 'Lương tháng 13 được trả cuối năm.'],
    ['percent', 'Tỷ lệ đạt 18.11% trong quý.'],
    ['document number', 'Theo Nghị định 15/2020/NĐ-CP.'],
    ['a quantity after a preposition', 'Có từ 2000 người đến 3000 người tham gia.'],
    ['a decade', 'Trong những năm 1990 và thập niên 1980, kinh tế khó khăn.'],
    ['a year outside 1900–2100', 'Tòa thành xây năm 1802, còn năm 2500 là xa.'],
    ['a rate', 'Uống thuốc mỗi ngày 2 lần, mỗi tháng 2 lần tái khám.'],
    ['a duration', 'Chiến dịch kéo dài 3 tháng 10 ngày.'],
    ['"years later" counts from the story', 'Hai năm sau, ông trở lại. Trong 2 năm tới sẽ khác.'],
    ['"N days before" an event', 'Ông từ chức 3 ngày trước cuộc bầu cử.'],
    ['URL path', 'Xem https://example.vn/2022/10/30/bai-viet.html để biết thêm.'],
  ])('%s', (_why, text) => {
    expect(found(text, '2024-11-23')).toEqual([]);
  });

  it('dot and dash day-month forms need a cue, slash forms do not', () => {
    expect(found('Kết quả 18.11 được công bố.', '2024-11-23')).toEqual([]);
    expect(found('Kết quả 18-11 được công bố.', '2024-11-23')).toEqual([]);
    expect(found('Kết quả 18/11 được công bố.', '2024-11-23')).toEqual([['18/11', '2024-11-18']]);
    expect(found('Hạn chót 18-11-2024.', null)).toEqual([['18-11-2024', '2024-11-18']]);
  });
});

describe('findDateMentions: offsets and flags', () => {
  it('gives UTF-16 offsets into the text and raw equal to the slice', () => {
    const text = '“Điều đó sẽ phụ thuộc vào Mỹ”, ông nói hôm 30/10 và chiều 30/12/2021 👍 rồi năm 2014.';
    const mentions = findDateMentions(text, '2022-10-31');
    expect(mentions.map((m) => m.raw)).toEqual(['hôm 30/10', 'chiều 30/12/2021', 'năm 2014']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('marks a date relative when the reference supplied part of it', () => {
    const mentions = findDateMentions('Hôm 30/10/2022, hôm 30/10, hôm qua, năm 2014.', '2022-10-31');
    expect(mentions.map((m) => [m.raw, m.relative])).toEqual([
      ['Hôm 30/10/2022', false],
      ['hôm 30/10', true],
      ['hôm qua', true],
      ['năm 2014', false],
    ]);
  });

  it('returns nothing for text without dates and is stable across calls', () => {
    expect(findDateMentions('Không có ngày tháng nào ở đây.', '2024-11-23')).toEqual([]);
    const text = 'Hôm 30/10 và tháng 12 năm ngoái.';
    expect(findDateMentions(text, '2022-10-31')).toEqual(findDateMentions(text, '2022-10-31'));
  });
});

describe('rule pre-checks', () => {
  // Every form each rule reads, in several cases: a pre-check that rejected one would hide a date.
  const SAMPLES = [
    'chiều 30/12', 'hôm 18.11', 'ngày 5 tháng 3 năm 2021', 'Thứ Hai (18/11)', '2024-11-18', 'ngày 18 và 19/11',
    'đầu tháng 11', 'tháng 6/2021', 'năm 2014', 'kể từ 2014', 'hôm qua', 'SÁNG NAY', 'ngày mai', 'Hôm kia',
    'năm ngoái', 'THÁNG TRƯỚC', 'tuần tới', 'cách đây hai tuần', '3 năm trước', 'hôm thứ Ba', 'Chủ nhật tuần trước',
    'CHỦ NHẬT', 'vào thứ 5', 'Tuần này',
  ];
  it('every text a rule matches passes its pre-check', () => {
    let checked = 0;
    for (const rule of RULES) {
      for (const text of SAMPLES) {
        rule.re.lastIndex = 0;
        if (!rule.re.test(text)) continue;
        checked++;
        expect(rule.quick ? rule.quick.test(text) : true, `${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(SAMPLES.length);
  });
});
