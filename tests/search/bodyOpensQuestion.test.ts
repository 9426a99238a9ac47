import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Invented reports: a trial where a defendant whose given name is "Công" speaks, a theft a district police deputy
// comments on, and a seizure a customs officer explains, whose other speaker's given name is "Hải".
const doc = articlesOn('2025-06-10');
const TRIAL = doc('t1.txt', 'Xét xử vụ lừa bán đất nền ở xã Bình Lợi', [
  'Tại phiên tòa, bị cáo Hà Văn Công nói rằng anh chỉ làm theo lời chỉ dẫn của người môi giới và không biết mảnh đất đã bị thế chấp.',
  'Bị cáo Hà Văn Công xin hội đồng xét xử cho được bồi thường dần cho các bị hại.',
]);
const THEFT = doc('t2.txt', 'Truy tìm nhóm trộm xe máy ở thị trấn Đông Lâm', [
  'Trao đổi với phóng viên chiều 9/6, trung tá Vi Đức Thịnh, Phó trưởng Công an huyện Đông Lâm, cho biết đơn vị đã lập chuyên án truy bắt nhóm trộm xe máy.',
  '"Chúng tôi đã xác định được hai đối tượng và sẽ xử lý nghiêm theo pháp luật", ông Thịnh nói.',
]);
const CUSTOMS = doc('t3.txt', 'Thu giữ lô hàng gỗ quý không rõ nguồn gốc tại cửa khẩu Nà Pò', [
  'Ông Lục Văn Đông, Phó Chi cục trưởng Chi cục Hải quan cửa khẩu Nà Pò, cho biết lô gỗ được khai báo là đồ nội thất nhưng thực chất là gỗ quý chưa chế biến.',
  'Tài xế Mạc Văn Hải nói anh chỉ nhận chở thuê và không biết trong thùng xe có gì.',
]);
const extraction = extractCorpus([TRIAL, THEFT, CUSTOMS]);
const index = createSearchIndex(extraction);

describe("a body's name opening a question is not a person of the same given name", () => {
  it('"Công an huyện X nói gì" answers with the district police officer, not the defendant named Công', () => {
    const top = index.ask('Công an huyện Đông Lâm nói gì về vụ trộm xe máy?')[0];
    expect(top?.speaker).toBe('Vi Đức Thịnh');
    expect(top?.source.file).toBe('t2.txt');
  });

  it('"Hải quan cửa khẩu X nói gì" answers with the customs officer, not the driver named Hải', () => {
    const top = index.ask('Hải quan cửa khẩu Nà Pò nói gì về lô gỗ quý?')[0];
    expect(top?.speaker).toBe('Lục Văn Đông');
  });

  it('the given name with a form of address still asks of that person', () => {
    const top = index.ask('Ông Công nói gì về mảnh đất bị thế chấp?')[0];
    expect(top?.speaker).toBe('Hà Văn Công');
  });
});
