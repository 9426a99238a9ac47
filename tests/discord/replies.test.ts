import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/types.js';
import { answerQuestion, viewsOf } from '../../src/answer/view.js';
import { escapeMarkdown, highlight } from '../../src/discord/format.js';
import { buildAboutReply, buildSourcesReply, buildTimelineReply } from '../../src/discord/listReplies.js';
import { buildAnswerReply, buildFindSourceReply, buildNotFoundReply, buildQuoteReply, type ReplyPayload } from '../../src/discord/replies.js';
import { buildDigestStatusReply } from '../../src/discord/digestReplies.js';
import { DOCS, QUOTES, createFakeIndex } from '../helpers/botFixtures.js';

const index = createFakeIndex();

function answer(question: string, lang: 'vi' | 'en' = 'vi', page = 0): ReplyPayload {
  return buildAnswerReply({ set: answerQuestion(index, question), page, lang, state: 'jX' });
}

function allText(p: ReplyPayload): string {
  const parts = [p.content ?? ''];
  for (const e of p.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}

describe('/ask answer embed', () => {
  it('quotes the verbatim excerpt with the matched words in bold', () => {
    const embed = answer('bao nhiêu xe buýt điện?').embeds![0]!;
    expect(embed.description).toContain('> Bà Mai cho biết hôm 17/11: “Thành phố sẽ có thêm 200 **xe buýt điện** trong năm tới”.');
  });

  it('names the speaker, the date and links the source, in Vietnamese', () => {
    const text = allText(answer('xe buýt điện'));
    expect(text).toContain('Người nói');
    expect(text).toContain('Trần Thị Mai');
    expect(text).toContain('17/11/2024');
    expect(text).toContain('[Báo Thủ Đô — Hà Nội mở rộng tuyến xe buýt điện](https://example.vn/xe-buyt-dien)');
  });

  it('says "+N sources" when several outlets reported it, and links them', () => {
    const text = allText(answer('xe buýt điện'));
    expect(text).toContain('+1 nguồn khác');
    expect(text).toContain('https://example.vn/hoi-dan');
  });

  it('answers in English for a non-vi locale, with the English date form', () => {
    const text = allText(answer('xe buýt điện', 'en'));
    expect(text).toContain('Speaker');
    expect(text).toContain('17 Nov 2024');
    expect(text).toContain('+1 more source');
  });

  it('says when only the month is known and when the date is the publication date', () => {
    const vi = allText(answer('giá lúa'));
    expect(vi).toContain('tháng 12/2024');
    expect(vi).toContain('chỉ rõ tháng');
    expect(vi).toContain('ngày đăng bài');
    const en = allText(answer('giá lúa', 'en'));
    expect(en).toContain('Dec 2024');
    expect(en).toContain('publication date');
  });

  it('escapes markdown in article text and never allows mentions', () => {
    const reply = answer('giá lúa');
    expect(reply.embeds![0]!.description).toContain('\\*sẽ\\*');
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('pages through results with buttons whose custom_id carries the state', () => {
    const reply = answer('xe buýt điện giá lúa', 'vi', 0);
    const buttons = reply.components![0]!.components;
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['ask:-1:jX', 'ask:1:jX']);
    expect(buttons[0]!.disabled).toBe(true);
    expect(reply.embeds![0]!.footer!.text).toBe('Kết quả 1/2');
    const second = answer('xe buýt điện giá lúa', 'vi', 1);
    expect(second.embeds![0]!.footer!.text).toBe('Kết quả 2/2');
    expect(second.components![0]!.components[1]!.disabled).toBe(true);
  });

  it('stays within Discord limits for a huge question and excerpt', () => {
    const long: AnswerResult = {
      ...index.ask('xe buýt điện')[0]!,
      excerpt: 'xe buýt điện '.repeat(1000),
      sources: Array.from({ length: 40 }, (_, i) => ({ file: `f${i}`, title: 'tiêu đề '.repeat(40), url: `https://example.vn/${i}`, published: null, outlet: 'Báo' })),
    };
    const set = { question: 'câu hỏi '.repeat(700), language: 'vi' as const, answers: viewsOf(index, [long]), speakerWithoutAnswer: null, suggestion: null };
    const reply = buildAnswerReply({ set, page: 0, lang: 'vi', state: 'jX' });
    const e = reply.embeds![0]!;
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(allText(reply).length).toBeLessThanOrEqual(6000);
  });
});

describe('not found', () => {
  it('says nothing was found and suggests an alternative', () => {
    const reply = buildNotFoundReply('xe bus', 'xe buýt', 'vi');
    expect(reply.content).toContain('Không tìm thấy gì cho “xe bus”');
    expect(reply.content).toContain('**xe buýt**');
    expect(buildNotFoundReply('abc', null, 'en').content).toContain('Try other words');
  });

  it('says an unknown person is in no article, with close names escaped so Discord shows them as written', () => {
    const set = {
      question: 'Ola_Nordby nói gì?',
      language: 'vi' as const,
      answers: [],
      speakerWithoutAnswer: null,
      suggestion: null,
      unknownPerson: { name: 'Ola_Nordby', close: ['Ola_Nordbo'] },
    };
    const reply = buildAnswerReply({ set, page: 0, lang: 'vi', state: 'jX' });
    expect(reply.content).toContain('Không bài báo nào nhắc tới Ola\\_Nordby');
    expect(reply.content).toContain('Tên gần giống trong các bài báo: Ola\\_Nordbo.');
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('says when the speaker named is quoted on other things, with /quote, instead of the generic hint', () => {
    const reply = buildNotFoundReply('Halvorsen nói gì về bóng đá', null, 'vi', 'Aino_Halvorsen');
    expect(reply.content).toContain('Aino\\_Halvorsen có phát biểu trong các bài báo, nhưng không có phát biểu nào về điều này');
    expect(reply.content).toContain('/quote speaker:');
    expect(reply.content).not.toContain('Hãy thử từ khoá khác');
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });
});

describe('/quote', () => {
  it('is an attributed blockquote with speaker, date and a non-unfurling link', () => {
    const [view] = viewsOf(index, index.quotesBy('tran-thi-mai'));
    const reply = buildQuoteReply(view!, 'vi');
    expect(reply.content).toBe(
      '> “Thành phố sẽ có thêm 200 xe buýt điện trong năm tới”\n' +
        '— Trần Thị Mai, 17/11/2024, [Báo Thủ Đô — Hà Nội mở rộng tuyến xe buýt điện](<https://example.vn/xe-buyt-dien>)',
    );
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('never puts a paraphrase in quotation marks: it quotes the article sentence and says it is reported', () => {
    const [view] = viewsOf(index, index.quotesBy('tran-thi-mai'));
    const paraphrase = { ...view!, kind: 'indirect' as const, verbatim: false, text: 'thành phố sẽ mua thêm xe', excerpt: 'Bà Mai cho biết thành phố sẽ mua thêm xe.' };
    const reply = buildQuoteReply(paraphrase, 'en');
    expect(reply.content).toMatch(/^> Bà Mai cho biết thành phố sẽ mua thêm xe\.\n/);
    expect(reply.content).not.toContain('“');
    expect(reply.content).toContain('as reported by the article, Trần Thị Mai');
  });

  it('timeline labels a paraphrase as reported speech, without quotation marks', () => {
    const [view] = viewsOf(index, index.quotesBy('tran-thi-mai'));
    const text = allText(buildTimelineReply({ items: [{ ...view!, kind: 'indirect', verbatim: false }], filters: null, page: 0, lang: 'en', state: 'x' }));
    expect(text).toContain('Trần Thị Mai (reported): Thành phố');
    expect(text).not.toContain('“Thành phố');
  });

  it('fits 2 000 characters and keeps the attribution when the quote is huge', () => {
    const [view] = viewsOf(index, index.quotesBy('tran-thi-mai'));
    const reply = buildQuoteReply({ ...view!, text: 'lời nói dài '.repeat(500) }, 'en');
    expect(reply.content!.length).toBeLessThanOrEqual(2000);
    expect(reply.content).toContain('— Trần Thị Mai, 17 Nov 2024');
  });
});

describe('other builders', () => {
  it('find source: the statement, or a plain "not found"', () => {
    const found = buildFindSourceReply({ view: viewsOf(index, [index.findSource('200 xe buýt điện')!])[0]!, paraphrase: false }, 'en');
    expect(allText(found)).toContain('Trần Thị Mai');
    expect(buildFindSourceReply(null, 'vi').content).toBe('Không tìm thấy đoạn này trong các bài báo.');
  });

  it('timeline lists items in the given order with dates', () => {
    const items = viewsOf(index, index.timeline());
    const text = allText(buildTimelineReply({ items, filters: null, page: 0, lang: 'vi', state: 'jX' }));
    expect(text.indexOf('17/11/2024')).toBeLessThan(text.indexOf('tháng 12/2024'));
  });

  it('sources list outlet, date and link', () => {
    const text = allText(buildSourcesReply(DOCS, 0, 'vi'));
    expect(text).toContain('3 bài báo');
    expect(text).toContain('[Giá lúa gạo tăng mạnh cuối năm](https://example.vn/gia-lua)');
    expect(text).toContain('Tin Kinh Tế · tháng 12/2024');
  });

  it('sources name an untitled article by its first line, and by its file only when it has no text', () => {
    const untitled = { ...DOCS[0]!, file: 'bai_khong_ten.txt', title: null, url: null, paragraphs: ['Sáng nay, cầu Đông Lâm đã thông xe sau hai năm thi công.'] };
    expect(allText(buildSourcesReply([untitled], 0, 'en'))).toContain('Sáng nay, cầu Đông Lâm đã thông xe sau hai năm thi công.');
    expect(allText(buildSourcesReply([untitled], 0, 'en'))).not.toContain('bai\\_khong');
    const empty = { ...untitled, paragraphs: [] };
    expect(allText(buildSourcesReply([empty], 0, 'en'))).toContain('bai\\_khong\\_ten.txt');
  });

  it('about shows corpus counts, uptime, version and latency', () => {
    const text = allText(buildAboutReply({ corpus: { documents: 3, quotes: 2, events: 0, speakers: 2 }, uptimeMs: 90 * 60_000, version: '0.1.0', lastLatencyMs: 42.4, lang: 'en' }));
    expect(text).toContain('Articles\n3');
    expect(text).toContain('1h 30m');
    expect(text).toContain('0.1.0');
    expect(text).toContain('42 ms');
  });

  it('digest status shows the last error', () => {
    const text = allText(buildDigestStatusReply({
      guildId: 'g', channelId: '123', time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi', sections: ['new-articles'],
      emptyDay: 'skip', enabled: true, failures: 2, lastError: 'Missing Access', lastRunAt: null, lastSentDate: null,
    }, new Date('2024-12-02T01:00:00Z'), 'en'));
    expect(text).toContain('<#123>');
    expect(text).toContain('08:00 (Asia/Ho_Chi_Minh)');
    expect(text).toContain('Missing Access');
    expect(text).toContain('<t:1733101200:F>');
  });
});

describe('markdown helpers', () => {
  it.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](http://x)', '\\[link](http://x)'],
    ['<@123>', '\\<@123>'],
    ['# heading', '\\# heading'],
  ])('escapes %s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('bolds matched words whatever their diacritics, joining neighbours', () => {
    expect(highlight('Điện Kremlin nói vậy', ['dien', 'kremlin'])).toBe('**Điện Kremlin** nói vậy');
    expect(highlight('a b c', [])).toBe('a b c');
  });

  it('keeps the fixture quote with a markdown star escaped', () => {
    expect(QUOTES[1]!.text).toContain('*');
  });
});
