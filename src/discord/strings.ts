/**
 * Every user-facing string of the bot, in Vietnamese and English. A reply follows `interaction.locale`
 * (`vi` → Vietnamese, anything else → English); command names and descriptions carry a `vi` localization.
 */
import type { Language } from '../core/services.js';

/** The reply language for a Discord locale (`vi`, `en-US`, `fr`, …). */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Name + description of a command, option or choice, with its Vietnamese localization. */
export interface CommandText {
  name: string;
  description: string;
  vi: { name: string; description: string };
}

const t = (name: string, description: string, viName: string, viDescription: string): CommandText => ({
  name,
  description,
  vi: { name: viName, description: viDescription },
});

/**
 * Command, option and subcommand texts. Discord names: lower case, no spaces, ≤ 32 characters, letters of
 * any script allowed (so `hỏi` is valid); context-menu names may have spaces and capitals.
 */
export const COMMAND_TEXT = {
  ask: t('ask', 'Ask a question about the news articles', 'hỏi', 'Đặt câu hỏi về các bài báo'),
  'ask.question': t('question', 'Your question, in Vietnamese or English', 'câu-hỏi', 'Câu hỏi của bạn, tiếng Việt hoặc tiếng Anh'),
  'ask.private': t('private', 'Only you see the answer', 'riêng-tư', 'Chỉ mình bạn thấy câu trả lời'),
  quote: t('quote', 'Post a quote of a person, with its source', 'trích-dẫn', 'Đăng một câu trích dẫn kèm nguồn'),
  'quote.speaker': t('speaker', 'Who said it', 'người-nói', 'Ai đã nói'),
  'quote.topic': t('topic', 'What it is about', 'chủ-đề', 'Về chủ đề gì'),
  'quote.date': t('date', 'When (18/11/2024, 11/2024 or 2024)', 'ngày', 'Khi nào (18/11/2024, 11/2024 hoặc 2024)'),
  timeline: t('timeline', 'Events and statements in date order', 'dòng-thời-gian', 'Sự kiện và phát biểu theo thứ tự thời gian'),
  'timeline.topic': t('topic', 'Only about this topic', 'chủ-đề', 'Chỉ về chủ đề này'),
  'timeline.speaker': t('speaker', 'Only statements of this person', 'người-nói', 'Chỉ phát biểu của người này'),
  'timeline.from': t('from', 'From date (18/11/2024, 11/2024 or 2024)', 'từ-ngày', 'Từ ngày (18/11/2024, 11/2024 hoặc 2024)'),
  'timeline.to': t('to', 'To date (18/11/2024, 11/2024 or 2024)', 'đến-ngày', 'Đến ngày (18/11/2024, 11/2024 hoặc 2024)'),
  sources: t('sources', 'The articles the bot knows', 'nguồn', 'Các bài báo bot đã đọc'),
  about: t('about', 'About this bot and its corpus', 'giới-thiệu', 'Giới thiệu bot và kho bài báo'),
  digest: t('digest', 'Daily digest for this server', 'bản-tin', 'Bản tin hằng ngày cho máy chủ này'),
  'digest.set': t('set', 'Turn on or change the daily digest', 'đặt', 'Bật hoặc thay đổi bản tin hằng ngày'),
  'digest.set.channel': t('channel', 'Text channel to post in', 'kênh', 'Kênh văn bản để đăng'),
  'digest.set.time': t('time', 'Local time HH:MM (24 h), e.g. 08:00', 'giờ', 'Giờ địa phương HH:MM (24 giờ), ví dụ 08:00'),
  'digest.set.timezone': t('timezone', 'Time zone, e.g. Asia/Ho_Chi_Minh', 'múi-giờ', 'Múi giờ, ví dụ Asia/Ho_Chi_Minh'),
  'digest.set.language': t('language', 'Language of the digest', 'ngôn-ngữ', 'Ngôn ngữ của bản tin'),
  'digest.set.sections': t('sections', 'What the digest contains', 'mục', 'Bản tin gồm những mục nào'),
  'digest.set.empty_day': t('empty_day', 'On a day with nothing new', 'ngày-trống', 'Khi không có gì mới'),
  'digest.off': t('off', 'Turn the daily digest off', 'tắt', 'Tắt bản tin hằng ngày'),
  'digest.status': t('status', 'Digest settings, next and last run', 'trạng-thái', 'Cài đặt, lần chạy tới và lần chạy trước'),
  'digest.preview': t('preview', 'Show what today’s digest would look like', 'xem-trước', 'Xem trước bản tin hôm nay'),
  reload: t('reload', 'Reload the article corpus (admins)', 'tải-lại', 'Tải lại kho bài báo (quản trị viên)'),
  // Context menu commands have no description; Discord rejects one.
  'Find source': t('Find source', '', 'Tìm nguồn', ''),
} as const satisfies Record<string, CommandText>;

export type CommandTextKey = keyof typeof COMMAND_TEXT;

/** Choice labels (name shown to the user, value stored). */
export const CHOICE_TEXT = {
  'lang.vi': { en: 'Vietnamese', vi: 'Tiếng Việt' },
  'lang.en': { en: 'English', vi: 'Tiếng Anh' },
  'empty.note': { en: 'Post a short note', vi: 'Đăng một ghi chú ngắn' },
  'empty.skip': { en: 'Skip the day', vi: 'Bỏ qua ngày đó' },
  'on-this-day': { en: 'On this day', vi: 'Ngày này năm xưa' },
  'quote-of-the-day': { en: 'Quote of the day', vi: 'Trích dẫn trong ngày' },
  'new-articles': { en: 'New articles', vi: 'Bài báo mới' },
  all: { en: 'Everything', vi: 'Tất cả' },
} as const;

const vi = {
  answerTitle: (q: string) => `Câu hỏi: ${q}`,
  speaker: 'Người nói',
  date: 'Thời gian',
  source: 'Nguồn',
  otherSources: (n: number) => `+${n} nguồn khác`,
  resultOf: (i: number, n: number) => `Kết quả ${i}/${n}`,
  pageOf: (i: number, n: number) => `Trang ${i}/${n}`,
  previous: 'Trước',
  next: 'Sau',
  onlyMonth: 'chỉ rõ tháng',
  onlyYear: 'chỉ rõ năm',
  publicationDate: 'ngày đăng bài, không phải ngày phát biểu',
  kindLabel: 'Loại',
  reportedSpeech: 'tường thuật (không phải nguyên văn)',
  reportedShort: 'tường thuật',
  reportedBy: (speaker: string) => `theo lời thuật của bài báo, ${speaker}`,
  reportedOn: (d: string) => `đăng ngày ${d}`,
  unknownSource: 'nguồn không rõ',
  quoteNotFound: (who: string, topic: string | null) =>
    topic ? `Không tìm thấy phát biểu nào của ${who} về “${topic}”.` : `Không tìm thấy phát biểu nào của ${who}.`,
  unknownSpeaker: (who: string) => `Không biết người nói “${who}”.`,
  didYouMean: (names: string[]) => `Có phải: ${names.join(', ')}?`,
  noCloseName: 'Không có tên nào gần giống trong các bài báo.',
  mostQuoted: (names: string[]) => `Những người được trích dẫn nhiều nhất: ${names.join(', ')}.`,
  timelineTitle: 'Dòng thời gian',
  timelineEmpty: 'Không có sự kiện hay phát biểu nào có ngày tháng khớp với bộ lọc.',
  timelineUndated: (n: number) => `${n} phát biểu không rõ ngày không có trong dòng thời gian (không bài nào cho biết ngày nói); dùng /ask để tìm.`,
  sourcesTitle: (n: number) => `${n} bài báo`,
  sourcesEmpty: 'Chưa có bài báo nào.',
  untitled: 'Không có tiêu đề',
  aboutTitle: 'Giới thiệu trichdan',
  aboutDescription: 'Trả lời câu hỏi về các bài báo tiếng Việt bằng trích dẫn nguyên văn, kèm người nói, ngày tháng và nguồn.',
  documents: 'Bài báo',
  quotes: 'Trích dẫn',
  events: 'Sự kiện',
  speakers: 'Người nói',
  uptime: 'Thời gian chạy',
  version: 'Phiên bản',
  lastLatency: 'Độ trễ câu trả lời gần nhất',
  skippedFiles: (n: number) => `Tệp bị bỏ qua (${n})`,
  none: 'chưa có',
  findSourceTitle: 'Nguồn của đoạn trích',
  findSourceParaphrase: 'Tin nhắn diễn đạt lại phát biểu dưới đây, không trích nguyên văn.',
  consoleFindSource: 'Tìm nguồn của một đoạn trích dán vào (menu tin nhắn “Tìm nguồn” trên Discord), ví dụ /findsource ngồi vào bàn đàm phán',
  findSourceNone: 'Không tìm thấy đoạn này trong các bài báo.',
  findSourceEmpty: 'Tin nhắn này không có chữ để tìm.',
  digestSaved: (channel: string, time: string, zone: string) => `Đã bật bản tin: <#${channel}> lúc ${time} (${zone}).`,
  digestOff: 'Đã tắt bản tin hằng ngày.',
  digestNotSet: 'Máy chủ này chưa đặt bản tin. Dùng `/digest set`.',
  digestStatusTitle: 'Bản tin hằng ngày',
  digestEnabled: 'Trạng thái',
  on: 'Bật',
  off: 'Tắt',
  channel: 'Kênh',
  time: 'Giờ',
  sections: 'Mục',
  language: 'Ngôn ngữ',
  emptyDay: 'Ngày không có tin',
  nextRun: 'Lần chạy tới',
  lastRun: 'Lần chạy trước',
  lastError: 'Lỗi gần nhất',
  failures: 'Số lần lỗi liên tiếp',
  digestPreviewTitle: (d: string) => `Bản tin ngày ${d} (xem trước)`,
  digestTitle: (d: string) => `Bản tin ngày ${d}`,
  digestEmpty: 'Hôm nay không có gì mới để báo.',
  onThisDay: 'Ngày này năm xưa',
  quoteOfTheDay: 'Trích dẫn trong ngày',
  newArticles: 'Bài báo mới',
  reloaded: (c: { documents: number; quotes: number; events: number; speakers: number }) =>
    `Đã tải lại kho bài báo: ${c.documents} bài, ${c.quotes} trích dẫn, ${c.events} sự kiện, ${c.speakers} người nói.`,
  help: 'Các lệnh:',
  unknownCommand: (name: string) => `Không có lệnh “${name}”.`,
  missingOption: (option: string, usage: string) => `Thiếu tuỳ chọn “${option}”. Cách dùng: ${usage}`,
  usage: 'Cách dùng',
  // errors
  cooldown: (s: number) => `Bạn hỏi nhanh quá. Hãy thử lại sau ${s} giây.`,
  internal: (id: string) => `Đã có lỗi xảy ra. Nếu cần báo lỗi, hãy gửi mã này: \`${id}\`.`,
  guildOnly: 'Lệnh này chỉ dùng được trong máy chủ.',
  needManageGuild: 'Bạn cần quyền **Quản lý máy chủ** để dùng lệnh này.',
  badTime: (v: string) => `“${v}” không phải giờ hợp lệ. Hãy viết HH:MM theo 24 giờ, ví dụ 08:00 hoặc 19:30.`,
  badZone: (v: string) => `“${v}” không phải múi giờ hợp lệ. Hãy chọn trong danh sách gợi ý, ví dụ Asia/Ho_Chi_Minh.`,
  badDate: (v: string) => `“${v}” không phải ngày hợp lệ. Hãy viết 18/11/2024, 11/2024 hoặc 2024.`,
  badRange: 'Ngày bắt đầu phải trước ngày kết thúc.',
  badSections: (v: string) => `“${v}” không phải mục hợp lệ.`,
  notTextChannel: 'Hãy chọn một kênh văn bản.',
  userCannotSee: 'Bạn không có quyền xem hoặc gửi tin trong kênh đó.',
  botCannotSend: (channel: string) => `Bot không có quyền xem hoặc gửi tin trong <#${channel}>. Hãy cấp quyền Xem kênh, Gửi tin nhắn và Nhúng liên kết.`,
  digestUnavailable: 'Bản tin chưa được bật trên bot này (không có nơi lưu cài đặt).',
  questionTooLong: (max: number) => `Câu hỏi quá dài. Hãy viết ngắn hơn ${max} ký tự.`,
  questionEmpty: 'Hãy nhập một câu hỏi.',
  expired: 'Kết quả này đã hết hạn. Hãy hỏi lại.',
  notYours: 'Chỉ người đã hỏi mới lật trang được. Hãy tự dùng lệnh này.',
};

type Strings = typeof vi;

/** '1 quote', '3 quotes': English counts agree with their noun. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const en: Strings = {
  answerTitle: (q) => `Question: ${q}`,
  speaker: 'Speaker',
  date: 'When',
  source: 'Source',
  otherSources: (n) => `+${n} more ${n === 1 ? 'source' : 'sources'}`,
  resultOf: (i, n) => `Result ${i} of ${n}`,
  pageOf: (i, n) => `Page ${i} of ${n}`,
  previous: 'Previous',
  next: 'Next',
  onlyMonth: 'only the month is known',
  onlyYear: 'only the year is known',
  publicationDate: 'publication date, not when it was said',
  kindLabel: 'Kind',
  reportedSpeech: 'reported speech (not verbatim)',
  reportedShort: 'reported',
  reportedBy: (speaker) => `as reported by the article, ${speaker}`,
  reportedOn: (d) => `published ${d}`,
  unknownSource: 'unknown source',
  quoteNotFound: (who, topic) => (topic ? `No statement by ${who} about “${topic}”.` : `No statement by ${who} found.`),
  unknownSpeaker: (who) => `I don’t know a speaker called “${who}”.`,
  didYouMean: (names) => `Did you mean: ${names.join(', ')}?`,
  noCloseName: 'No name in the articles is close to it.',
  mostQuoted: (names) => `The most quoted speakers: ${names.join(', ')}.`,
  timelineTitle: 'Timeline',
  timelineEmpty: 'No dated event or statement matches these filters.',
  timelineUndated: (n) =>
    `${n} undated ${n === 1 ? 'statement is' : 'statements are'} not on the timeline (no article says when ${n === 1 ? 'it was' : 'they were'} said); use /ask to find ${n === 1 ? 'it' : 'them'}.`,
  sourcesTitle: (n) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  sourcesEmpty: 'No articles yet.',
  untitled: 'Untitled',
  aboutTitle: 'About trichdan',
  aboutDescription: 'Answers questions about Vietnamese news articles with verbatim quotes, the speaker, the date and the source.',
  documents: 'Articles',
  quotes: 'Quotes',
  events: 'Events',
  speakers: 'Speakers',
  uptime: 'Uptime',
  version: 'Version',
  lastLatency: 'Last answer latency',
  skippedFiles: (n: number) => `Files skipped (${n})`,
  none: 'none yet',
  findSourceTitle: 'Source of this text',
  findSourceParaphrase: 'The message paraphrases the statement below; it does not quote it word for word.',
  consoleFindSource: 'Find where pasted text comes from (the “Find source” message menu on Discord), e.g. /findsource sit at the negotiating table',
  findSourceNone: 'I could not find this text in the articles.',
  findSourceEmpty: 'This message has no text to look for.',
  digestSaved: (channel, time, zone) => `Daily digest on: <#${channel}> at ${time} (${zone}).`,
  digestOff: 'Daily digest turned off.',
  digestNotSet: 'No digest is set for this server. Use `/digest set`.',
  digestStatusTitle: 'Daily digest',
  digestEnabled: 'Status',
  on: 'On',
  off: 'Off',
  channel: 'Channel',
  time: 'Time',
  sections: 'Sections',
  language: 'Language',
  emptyDay: 'Day with no news',
  nextRun: 'Next run',
  lastRun: 'Last run',
  lastError: 'Last error',
  failures: 'Consecutive failures',
  digestPreviewTitle: (d) => `Digest for ${d} (preview)`,
  digestTitle: (d) => `Digest for ${d}`,
  digestEmpty: 'Nothing new to report today.',
  onThisDay: 'On this day',
  quoteOfTheDay: 'Quote of the day',
  newArticles: 'New articles',
  reloaded: (c) =>
    `Corpus reloaded: ${count(c.documents, 'article')}, ${count(c.quotes, 'quote')}, ${count(c.events, 'event')}, ${count(c.speakers, 'speaker')}.`,
  help: 'Commands:',
  unknownCommand: (name) => `There is no command “${name}”.`,
  missingOption: (option, usage) => `Missing option “${option}”. Usage: ${usage}`,
  usage: 'Usage',
  cooldown: (s) => `You are going a bit fast. Try again in ${s} s.`,
  internal: (id) => `Something went wrong on our side. If you report it, quote this id: \`${id}\`.`,
  guildOnly: 'This command works only in a server.',
  needManageGuild: 'You need the **Manage Server** permission to use this command.',
  badTime: (v) => `“${v}” is not a valid time. Write HH:MM on a 24-hour clock, e.g. 08:00 or 19:30.`,
  badZone: (v) => `“${v}” is not a time zone I know. Pick one from the suggestions, e.g. Asia/Ho_Chi_Minh.`,
  badDate: (v) => `“${v}” is not a date I understand. Write 18/11/2024, 11/2024 or 2024.`,
  badRange: 'The start date must come before the end date.',
  badSections: (v) => `“${v}” is not a digest section.`,
  notTextChannel: 'Pick a text channel.',
  userCannotSee: 'You cannot view or send messages in that channel.',
  botCannotSend: (channel) => `The bot cannot view or send messages in <#${channel}>. Grant it View Channel, Send Messages and Embed Links.`,
  digestUnavailable: 'The digest is not enabled on this bot (no settings store).',
  questionTooLong: (max) => `That question is too long. Please keep it under ${max} characters.`,
  questionEmpty: 'Please type a question.',
  expired: 'These results have expired. Please ask again.',
  notYours: 'Only the person who asked can turn the pages. Run the command yourself.',
};

const STRINGS: Record<Language, Strings> = { vi, en };

/** The strings of one language. */
export function stringsFor(lang: Language): Strings {
  return STRINGS[lang];
}

export type { Strings };
