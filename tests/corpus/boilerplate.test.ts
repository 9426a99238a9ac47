import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';

const LEDE = 'Chính quyền thành phố cho biết dự án đường sắt đô thị sẽ hoàn thành vào cuối năm sau.';
const BODY = 'Ông Trần Văn Bình, giám đốc ban quản lý, nói rằng “tiến độ đang được đẩy nhanh mỗi ngày”.';
const LAST = 'Người dân trong khu vực hy vọng tuyến đường sẽ giảm ùn tắc vào giờ cao điểm.';

const paragraphs = (text: string): string[] => parseArticle('t.txt', text).paragraphs;

describe('boilerplate removal', () => {
  it('drops a comment section heading and everything after it', () => {
    const p = paragraphs(
      [LEDE, BODY, LAST, 'BÌNH LUẬN', 'Bình luận sẽ được kiểm duyệt trước khi hiển thị.', 'Nguyễn Hoa: Tôi rất đồng ý với ý kiến này.'].join('\n\n'),
    );
    expect(p).toEqual([LEDE, BODY, LAST]);
  });

  it('keeps body sentences that merely start with the word "Bình luận"', () => {
    const s = 'Bình luận của bộ trưởng được đưa ra sau cuộc họp kéo dài ba giờ.';
    expect(paragraphs([LEDE, s, LAST].join('\n'))).toEqual([LEDE, s, LAST]);
  });

  it('drops login/share/rating widgets around the article', () => {
    const p = paragraphs(
      [
        'Zalo', '+Aa-', 'Đăng nhập', '• Lỗi: Email không hợp lệ', 'Thông báo', 'Gửi bình luận thành công', 'Đóng',
        LEDE, BODY, 'Chia sẻ', LAST, 'Tặng quà tác giả', 'Đã tặng:',
      ].join('\n'),
    );
    expect(p).toEqual([LEDE, BODY, LAST]);
  });

  it('drops a related-headline list with its heading, truncated headlines included', () => {
    for (const heading of ['Tin liên quan', 'Xem thêm:', 'Đọc thêm', 'Tin nổi bật', 'Tin cùng chuyên mục']) {
      const p = paragraphs(
        [LEDE, BODY, LAST, heading, 'Giá xăng dầu hôm nay tiếp tục giảm mạnh ở nhiều…', 'Bão số 3 đổ bộ vào các tỉnh ven biển miền Bắc'].join('\n'),
      );
      expect(p, heading).toEqual([LEDE, BODY, LAST]);
    }
  });

  it('drops an inline "Xem thêm: headline" line inside the body', () => {
    const p = paragraphs([LEDE, 'Xem thêm: Hà Nội mở thêm tuyến xe buýt điện mới', BODY, LAST].join('\n'));
    expect(p).toEqual([LEDE, BODY, LAST]);
  });

  it('keeps the article after a row of share buttons under its lede ("Share | Tweet | Copy link"), dropping the row', () => {
    for (const row of ['Share  |  Tweet  |  Copy link', 'Chia sẻ · Sao chép link']) {
      expect(paragraphs([LEDE, row, BODY, LAST].join('\n'))).toEqual([LEDE, BODY, LAST]);
    }
  });

  it('drops "Link bài gốc" boxes with what follows, and a back-to-top link with what follows', () => {
    expect(paragraphs([LEDE, BODY, LAST, 'Link bài gốcLấy link', 'https://example.vn/a.html', 'Cảm ơn bạn đã quan tâm đến nội dung trên.'].join('\n')))
      .toEqual([LEDE, BODY, LAST]);
    expect(paragraphs([LEDE, BODY, LAST, 'Top', 'Bạn đã gửi quá nhiều lần. Xin hãy đợi', '30 giây nữa.'].join('\n')))
      .toEqual([LEDE, BODY, LAST]);
  });

  it('drops a repeated title line and a "Title- Ảnh 1." line', () => {
    const title = 'Đường sắt đô thị sắp về đích';
    const doc = parseArticle('t.txt', [title, title, LEDE, BODY, `${title}- Ảnh 1.`, LAST].join('\n\n'));
    expect(doc.title).toBe(title);
    expect(doc.paragraphs).toEqual([LEDE, BODY, LAST]);
  });

  it('drops diacritic-free image alt text but keeps its caption sentence', () => {
    const caption = 'Công nhân thi công nhà ga trên cao hôm 3/4/2023. Ảnh: Minh Đức';
    const p = paragraphs([LEDE, 'cong nhan thi cong nha ga', caption, BODY, LAST].join('\n'));
    expect(p).toEqual([LEDE, 'Công nhân thi công nhà ga trên cao hôm 3/4/2023.', BODY, LAST]);
  });

  it('keeps captions that are real sentences, stripping only a trailing "(Ảnh: …)" credit', () => {
    const caption = 'Hai bộ trưởng gặp nhau tại Hà Nội hôm 9/9/2022. (Ảnh: TTXVN/REUTERS via Getty Images)';
    const p = paragraphs([LEDE, caption, BODY, LAST].join('\n'));
    expect(p).toContain('Hai bộ trưởng gặp nhau tại Hà Nội hôm 9/9/2022.');
  });

  it('keeps an unpunctuated caption with a date, drops the lone photo credit line under it', () => {
    const caption = 'Hai nhà lãnh đạo bắt tay tại hội nghị thượng đỉnh khu vực ở Jakarta (Indonesia), năm 2019';
    const p = paragraphs([LEDE, BODY, caption, 'ẢNH: REUTERS', LAST].join('\n\n'));
    expect(p).toEqual([LEDE, BODY, caption, LAST]);
  });

  it('treats "Theo RT" / "(Theo Reuters)" as a credit, not body text', () => {
    expect(paragraphs([LEDE, BODY, LAST, 'Theo Reuters'].join('\n'))).toEqual([LEDE, BODY, LAST]);
    expect(paragraphs([LEDE, BODY, LAST, '(Theo AP)'].join('\n'))).toEqual([LEDE, BODY, LAST]);
  });

  it('strips the outlet tag from the lede, even when it sits on its own line', () => {
    const inline = parseArticle('t.txt', `(VTC News) - ${LEDE}\n${BODY}`);
    expect(inline.paragraphs[0]).toBe(LEDE);
    expect(inline.outlet).toBe('VTC News');
    const alone = parseArticle('t.txt', `(PL&XH) -\n\n${LEDE}\n${BODY}`);
    expect(alone.paragraphs).toEqual([LEDE, BODY]);
    expect(alone.outlet).toBe('PL&XH');
  });

  it('keeps body text verbatim: quotes, brackets and inner punctuation untouched', () => {
    const q = 'Bà Lan nói: “[Chúng tôi] sẽ không lùi bước... Không bao giờ!”, rồi rời phòng họp.';
    expect(paragraphs([LEDE, q, LAST].join('\n'))).toEqual([LEDE, q, LAST]);
  });

  it('joins a hard-wrapped paragraph but never merges separate one-line paragraphs', () => {
    const p = paragraphs(`${LEDE}\nÔng Bình nói rằng tiến độ thi công\nđang được đẩy nhanh hơn trước.\n${LAST}`);
    expect(p).toEqual([LEDE, 'Ông Bình nói rằng tiến độ thi công đang được đẩy nhanh hơn trước.', LAST]);
  });

  it('leaves nothing when the page is only furniture', () => {
    const doc = parseArticle('t.txt', ['Zalo', 'Đăng nhập', 'Thông báo', 'Tin liên quan', 'Giá vàng hôm nay…'].join('\n'));
    expect(doc.paragraphs).toEqual([]);
  });
});
