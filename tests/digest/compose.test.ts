import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Extraction, Quote, SourceRef } from '../../src/core/types.js';
import { composeDigest, renderDigestText } from '../../src/digest/compose.js';
import { digestEmbed } from '../../src/discord/digestReplies.js';
import { makeDoc } from '../helpers/articles.js';

function src(file: string, published: string | null, title = `Bài ${file}`): SourceRef {
  return { file, title, url: `https://tin.example.vn/${file}`, published, outlet: 'Báo Ví Dụ' };
}

function event(id: string, date: string | null, text: string, source: SourceRef): CorpusEvent {
  return { id, date, text, excerpt: `${text}.`, sources: [source] };
}

function quote(id: string, speaker: string | null, text: string, date: string | null, over: Partial<Quote> = {}): Quote {
  return {
    id, speaker, speakerId: speaker?.toLowerCase().replace(/\s+/g, '-') ?? null, text, kind: 'direct', date,
    dateSource: 'sentence', excerpt: `${speaker ?? 'Ai đó'} nói: "${text}".`, sources: [src(`${id}.txt`, date)], ...over,
  };
}

function extraction(events: CorpusEvent[], quotes: Quote[]): Extraction {
  return { documents: [], quotes, events, speakers: [] };
}

const a2019 = src('a.txt', '2019-05-20');
const events = [
  event('e1', '2021-05-20', 'Hội nghị thượng đỉnh khai mạc tại Hà Nội', src('b.txt', '2021-05-21')),
  event('e2', '2019-05-20', 'Bộ Ngoại giao công bố kế hoạch hợp tác mới', a2019),
  event('e3', '2024-05-20', 'Cầu Long Biên được đóng cửa để sửa chữa', src('c.txt', '2024-05-20')),
  event('e4', '2023-05-21', 'Đoàn đại biểu rời Đà Nẵng', src('d.txt', '2023-05-21')),
  event('e5', '2022-06-20', 'Lễ ký kết diễn ra ở Huế', src('e.txt', '2022-06-20')),
  event('e6', '2023-05', 'Tháng này giá điện tăng', src('f.txt', '2023-05-02')),
  event('e7', '--05-20', 'Ngày hội sách được tổ chức', src('g.txt', '2020-05-22')),
  event('e8', '--05-20', 'Buổi hòa nhạc ngoài trời', src('h.txt', '2024-05-01')),
];

describe('on this day', () => {
  it('keeps day+month matches from earlier years only, oldest first, with year and source', () => {
    const d = composeDigest({ extraction: extraction(events, []), date: '2024-05-20', language: 'vi', sections: ['on-this-day'] });
    expect(d.onThisDay.map((i) => i.text)).toEqual([
      'Bộ Ngoại giao công bố kế hoạch hợp tác mới', // 2019
      'Ngày hội sách được tổ chức', // year unknown, reported in 2020: certainly an earlier year
      'Hội nghị thượng đỉnh khai mạc tại Hà Nội', // 2021
    ]);
    expect(d.onThisDay[0]).toMatchObject({ date: '2019-05-20', source: { file: 'a.txt' } });
    expect(d.onThisDay[1]!.date).toBe('--05-20');
    expect(d.empty).toBe(false);
  });

  it('caps the list and prefers events to quotes', () => {
    const many = Array.from({ length: 9 }, (_, i) => event(`m${i}`, `${2010 + i}-03-15`, `Sự kiện số ${i}`, src(`m${i}.txt`, `${2010 + i}-03-15`)));
    const q = quote('q1', 'Nguyễn Văn An', 'Chúng tôi sẽ tiếp tục đàm phán', '2009-03-15');
    const d = composeDigest({ extraction: extraction(many, [q]), date: '2025-03-15', language: 'vi', sections: ['on-this-day'] });
    expect(d.onThisDay.map((i) => i.date)).toEqual(['2010-03-15', '2011-03-15', '2012-03-15', '2013-03-15', '2014-03-15']);
  });

  it('leaves out an event dated only by its page\'s publication day (a lede\'s news), as for quotes', () => {
    const told = event('t1', '2022-09-02', 'Hội chợ nông sản khai mạc ở Cần Thơ', src('t1.txt', '2022-09-02'));
    const lede = { ...event('t2', '2021-09-02', 'Công an huyện vừa bắt giữ ba đối tượng', src('t2.txt', '2021-09-02')), dateSource: 'published' as const };
    const d = composeDigest({ extraction: extraction([told, lede], []), date: '2025-09-02', language: 'vi', sections: ['on-this-day'] });
    expect(d.onThisDay.map((i) => i.text)).toEqual(['Hội chợ nông sản khai mạc ở Cần Thơ']);
  });

  it('includes a dated quote with its speaker, but not one dated only by its publication', () => {
    const said = quote('q1', 'Trần Thị Bình', 'Giá lúa sẽ ổn định trong quý tới', '2022-09-02T10:00+07:00');
    const reported = quote('q2', 'Lê Văn Cường', 'Dự án sẽ hoàn thành đúng hạn', '2021-09-02', { dateSource: 'published' });
    const d = composeDigest({ extraction: extraction([], [said, reported]), date: '2025-09-02', language: 'vi', sections: ['on-this-day'] });
    expect(d.onThisDay.map((i) => i.text)).toEqual(['Trần Thị Bình: “Giá lúa sẽ ổn định trong quý tới”']);
  });

  it('tells a paraphrase in the article\'s own sentence, never inside quotation marks (issue 14 item 6)', () => {
    const indirect = quote('q3', 'Phan Thu Hà', 'giá điện sẽ giữ nguyên đến cuối năm', '2022-09-02', {
      kind: 'indirect', excerpt: 'Cũng theo bà Hà, giá điện sẽ giữ nguyên đến cuối năm.',
    });
    const d = composeDigest({ extraction: extraction([], [indirect]), date: '2025-09-02', language: 'vi', sections: ['on-this-day'] });
    expect(d.onThisDay.map((i) => i.text)).toEqual(['Cũng theo bà Hà, giá điện sẽ giữ nguyên đến cuối năm.']);
    expect(renderDigestText(d)).not.toMatch(/[“”]/);
  });

  it('29 February anniversaries are told on 28 February in other years', () => {
    const leap = event('l', '2020-02-29', 'Cuộc thi chạy bộ đầu tiên', src('l.txt', '2020-02-29'));
    const on = (date: string) => composeDigest({ extraction: extraction([leap], []), date, language: 'vi', sections: ['on-this-day'] }).onThisDay.length;
    expect([on('2025-02-28'), on('2028-02-28'), on('2028-02-29')]).toEqual([1, 0, 1]);
  });
});

describe('quote of the day', () => {
  const quotes = Array.from({ length: 12 }, (_, i) => quote(`q${String(i).padStart(2, '0')}`, `Người Nói ${i}`, `Câu trích dẫn số ${i} về kinh tế`, `2024-01-${String(i + 1).padStart(2, '0')}`));
  const unattributed = quote('qx', null, 'Câu không rõ ai nói', '2024-01-01');
  const ex = extraction([], [...quotes, unattributed]);
  const pick = (date: string, guildId: string, recent: string[] = [], ext = ex) =>
    composeDigest({ extraction: ext, date, language: 'vi', sections: ['quote-of-the-day'], guildId, recentQuoteIds: recent }).quoteOfTheDay;

  it('is the same for a server and day whatever the order of the corpus, and has speaker, words and source', () => {
    const first = pick('2025-01-10', 'g1')!;
    const reordered = extraction([], [...quotes].reverse());
    expect(pick('2025-01-10', 'g1', [], reordered)).toEqual(first);
    expect(first.speaker).toMatch(/^Người Nói \d+$/);
    expect(first.text).toMatch(/^Câu trích dẫn số \d+/);
    expect(first.source.file).toBe(`${first.quoteId}.txt`);
  });

  it('varies across days and servers, and never picks a quote without a speaker', () => {
    const ids = new Set<string>();
    for (let d = 1; d <= 28; d++) ids.add(pick(`2025-02-${String(d).padStart(2, '0')}`, 'g1')!.quoteId);
    expect(ids.size).toBeGreaterThan(4);
    expect(ids.has('qx')).toBe(false);
    const servers = new Set(['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((g) => pick('2025-02-01', g)!.quoteId));
    expect(servers.size).toBeGreaterThan(1);
  });

  it('does not repeat a quote of the last 30 days while others remain, then falls back', () => {
    const history: string[] = [];
    for (let d = 0; d < 12; d++) {
      const date = new Date(Date.UTC(2025, 2, 1 + d)).toISOString().slice(0, 10);
      const q = pick(date, 'g1', history.slice(-30))!;
      expect(history).not.toContain(q.quoteId);
      history.push(q.quoteId);
    }
    expect(new Set(history).size).toBe(12);
    expect(pick('2025-03-13', 'g1', history)).not.toBeNull();
  });

  it('prefers verbatim quotes to paraphrases', () => {
    const indirect = quotes.map((q) => ({ ...q, kind: 'indirect' as const }));
    const one = quote('v1', 'Phạm Minh Đức', 'Chúng tôi hoàn toàn đồng ý', '2024-02-02', { kind: 'partial' });
    const ext = extraction([], [...indirect, one]);
    for (const d of ['2025-04-01', '2025-04-02', '2025-04-03']) expect(pick(d, 'g1', [], ext)!.quoteId).toBe('v1');
  });
});

describe('empty days and rendering', () => {
  it('a day with nothing in the chosen sections is empty and renders a short line', () => {
    const d = composeDigest({ extraction: extraction(events, []), date: '2024-08-08', language: 'vi', sections: ['on-this-day', 'quote-of-the-day', 'new-articles'] });
    expect(d).toMatchObject({ empty: true, onThisDay: [], quoteOfTheDay: null, newArticles: [] });
    expect(renderDigestText(d)).toBe('Điểm tin ngày 8/8/2024\n\nHôm nay chưa có gì đáng chú ý trong kho tin.');
    expect(renderDigestText({ ...d, language: 'en' })).toBe('Digest for 8 Aug 2024\n\nNothing worth noting in the news archive today.');
  });

  it('only chosen sections are filled', () => {
    const q = quote('q1', 'Nguyễn Văn An', 'Chúng tôi sẽ tiếp tục đàm phán', '2019-05-20');
    const d = composeDigest({
      extraction: extraction(events, [q]), date: '2024-05-20', language: 'en', sections: ['new-articles'], newArticles: [src('new.txt', '2024-05-19', 'Giá vàng tăng mạnh')],
    });
    expect(d.onThisDay).toEqual([]);
    expect(d.quoteOfTheDay).toBeNull();
    expect(d.newArticles.map((a) => a.title)).toEqual(['Giá vàng tăng mạnh']);
  });

  it('renders headings, dates, speaker and citations in Vietnamese and English', () => {
    const q = quote('q1', 'Nguyễn Văn An', 'Chúng tôi sẽ tiếp tục đàm phán', '2023-11-02');
    const input = {
      extraction: extraction(events, [q]), date: '2024-05-20', sections: ['on-this-day', 'quote-of-the-day', 'new-articles'] as const,
      guildId: 'g', newArticles: [src('new.txt', '2024-05-19', 'Giá vàng tăng mạnh')],
    };
    const vi = renderDigestText(composeDigest({ ...input, sections: [...input.sections], language: 'vi' }));
    expect(vi).toContain('Ngày này năm xưa\n• 20/5/2019: Bộ Ngoại giao công bố kế hoạch hợp tác mới (Nguồn: Báo Ví Dụ — Bài a.txt, 20/5/2019 <https://tin.example.vn/a.txt>)');
    expect(vi).toContain('• 20/5 (không rõ năm), bài ngày 22/5/2020: Ngày hội sách được tổ chức');
    expect(vi).toContain('Trích dẫn của ngày\n“Chúng tôi sẽ tiếp tục đàm phán”\n— Nguyễn Văn An, 2/11/2023 (Nguồn: Báo Ví Dụ — Bài q1.txt');
    expect(vi).toContain('Bài mới\n• Báo Ví Dụ — Giá vàng tăng mạnh, 19/5/2024 <https://tin.example.vn/new.txt>');
    const en = renderDigestText(composeDigest({ ...input, sections: [...input.sections], language: 'en' }));
    expect(en).toContain('Digest for 20 May 2024');
    expect(en).toContain('On this day\n• 20 May 2019: Bộ Ngoại giao');
    expect(en).toContain('Quote of the day\n');
    expect(en).toContain('New articles\n');
  });
});

describe('quote of the day prefers a statement that stands alone', () => {
  it('never picks a short fragment while a full verbatim statement is available, on any day', () => {
    const fragment = quote('f1', 'Phạm Minh Đức', 'khá hài lòng', '2022-01-10', { kind: 'partial' });
    const full = quote('s1', 'Hoàng Thu Hà', 'Chúng tôi sẽ mở rộng hợp tác với các đối tác trong khu vực', '2022-01-11');
    for (const date of ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']) {
      const d = composeDigest({ extraction: extraction([], [fragment, full]), date, language: 'vi', sections: ['quote-of-the-day'], guildId: 'g' });
      expect(d.quoteOfTheDay?.speaker).toBe('Hoàng Thu Hà');
    }
  });

  it('prefers a whole quoted sentence to a long partial quote, a fragment of the article\'s own sentence', () => {
    const partial = quote('p1', 'Phạm Minh Đức', 'không phải chúng tôi khởi xướng cuộc đua này mà là đối thủ', '2022-01-10', { kind: 'partial' });
    const whole = quote('w1', 'Hoàng Thu Hà', 'Chúng tôi sẽ mở rộng hợp tác với các đối tác trong khu vực', '2022-01-11');
    for (const date of ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']) {
      const d = composeDigest({ extraction: extraction([], [partial, whole]), date, language: 'vi', sections: ['quote-of-the-day'], guildId: 'g' });
      expect(d.quoteOfTheDay?.speaker).toBe('Hoàng Thu Hà');
    }
  });

  it('names an untitled article by its first line, as /ask does, in the text and on Discord', () => {
    const file = 'bai-khong-ten.txt';
    const q = quote('s3', 'Hoàng Thu Hà', 'Chúng tôi sẽ mở rộng hợp tác với các đối tác trong khu vực', '2022-01-11', {
      sources: [{ file, title: null, url: null, published: '2022-01-12', outlet: null }],
    });
    const doc = makeDoc(['Cảng cá Tân Lộc đón tàu đầu tiên sau đợt nâng cấp kéo dài một năm.', 'Bà Hoàng Thu Hà nói thêm.'], { file, title: null, url: null, published: '2022-01-12', outlet: null });
    const d = composeDigest({ extraction: { ...extraction([], [q]), documents: [doc] }, date: '2025-01-01', language: 'vi', sections: ['quote-of-the-day'], guildId: 'g' });
    const text = renderDigestText(d);
    expect(text).toContain('(Nguồn: Cảng cá Tân Lộc đón tàu đầu tiên sau đợt nâng cấp kéo dài một năm., 12/1/2022)');
    expect(text).not.toContain(file);
    const embed = JSON.stringify(digestEmbed(d, false));
    expect(embed).toContain('Cảng cá Tân Lộc đón tàu đầu tiên');
    expect(embed).not.toContain('bai-khong-ten');
  });

  it('cites an untitled article without outlet by its file name', () => {
    const q = quote('s2', 'Hoàng Thu Hà', 'Chúng tôi sẽ mở rộng hợp tác với các đối tác trong khu vực', '2022-01-11', {
      sources: [{ file: 'bai-khong-ten.txt', title: null, url: null, published: null, outlet: null }],
    });
    const d = composeDigest({ extraction: extraction([], [q]), date: '2025-01-01', language: 'en', sections: ['quote-of-the-day'], guildId: 'g' });
    expect(renderDigestText(d)).toContain('bai-khong-ten.txt');
  });
});
