/**
 * A few quoted words inside a phrase the sentence goes on with are the writer's marks on a term (a scare quote, a
 * nickname, a catchword), not words someone said: "thông cảm trong thời điểm “…” này", "tạo nên “…” nguồn cung",
 * "mục tiêu “…” mùa này", "các vụ “…” khai thác cát", "“…” gồm ba nghị quyết". Quoted speech inside a sentence ends the
 * clause it fills ("khẳng định ngành y tế “đủ thuốc”.") or is followed by a word that links it to what comes next: a
 * preposition ("“bất ngờ lớn nhất” trong chuyến đi"), a conjunction, a particle or an adverb of degree. A noun, a
 * demonstrative or a verb right after the closing mark, with no comma, means the quoted words are one piece of a
 * longer phrase: the head of a noun phrase its modifiers follow, or the subject of a verb; unless they are a predicate
 * (opening on a word of degree, tense or negation) or an order's content, which take their object after the marks.
 */
import type { QuoteSpan } from './quoteSpans.js';
import { wordCount } from './quoteSpans.js';

// Longer quotations are statements more often than terms, whatever follows them.
const PHRASE_WORDS = 4;

// Words that may follow quoted speech with no comma: prepositions, conjunctions, particles and adverbs of degree
// (Vietnamese function words; the list is closed, a content word is anything else).
const LINK_WORDS = new Set([
  // prepositions
  'trên', 'trong', 'với', 'về', 'của', 'ở', 'cho', 'từ', 'bởi', 'như', 'vào', 'tại', 'đến', 'tới', 'sau', 'trước',
  'giữa', 'ngoài', 'dưới', 'qua', 'theo', 'bằng', 'cùng', 'đối', 'so', 'nhằm', 'nhờ', 'khỏi', 'lên', 'xuống', 'ra',
  'thay', 'suốt', 'quanh', 'kể',
  // conjunctions
  'và', 'hay', 'hoặc', 'nhưng', 'mà', 'rằng', 'để', 'do', 'vì', 'nên', 'thì', 'là', 'khi', 'nếu', 'dù', 'mặc',
  'tuy', 'song', 'chứ', 'cũng', 'lẫn', 'còn', 'rồi',
  // particles and adverbs of degree
  'quá', 'hơn', 'nhất', 'lắm', 'nữa', 'nhé', 'ạ', 'đấy', 'đâu', 'nào', 'thôi', 'luôn', 'hết', 'cả', 'thật', 'vậy',
  'thế', 'đi', 'lại', 'mất', 'hả', 'nhỉ', 'sao', 'ngay', 'chăng', 'thêm', 'mãi', 'chút',
]);

// Quoted words opening on a word of degree, tense, mood or negation are a predicate someone said, and a verb takes
// its object after the marks ("cho biết khách “rất chuộng” món này", "cho rằng cần “không để lọt” đối tượng nào").
const PREDICATE_OPENING = /^(?:khá|rất|hơi|quá|cực kỳ|vô cùng|hết sức|thật sự|đã|đang|sẽ|không|chưa|chẳng|phải|cần|hãy|đừng|có thể|bị|được|luôn|vẫn|đều|cũng|chỉ)(?![\p{L}\p{M}])/iu;

// A Vietnamese letter with a mark: the rule reads Vietnamese phrases only (English puts adverbs and objects anywhere).
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

// An order's content is an action, said by whoever gave the order, and an action takes its object after the
// quotation ("ra lệnh cho quân đội “…” mọi hành vi khiêu khích", "yêu cầu các sở “…” việc cấp phép").
const ORDER_BEFORE = /(?<![\p{L}\p{M}])(?:ra lệnh|yêu cầu|đề nghị|kêu gọi|chỉ đạo|đề xuất)(?:\s+[\p{L}\p{M}]+){0,4}\s*$/iu;

/**
 * True when the few quoted words of `span`, inside the sentence `masked` (quotations masked), are directly followed by
 * a content word of the same phrase: a term the writer marked, not a statement.
 */
export function quotedInsidePhrase(masked: string, span: QuoteSpan): boolean {
  if (!span.closed || wordCount(span.text) > PHRASE_WORDS) return false;
  const prefix = masked.slice(0, span.open);
  // Sentence-first quotations and those after a colon are the rules of direct speech and of names (quotedNames.ts).
  if (prefix.trim() === '' || /:\s*$/u.test(prefix)) return false;
  const next = /^ ([\p{Ll}][\p{L}\p{M}]*)/u.exec(masked.slice(span.close + 1));
  if (!next) return false;
  const word = next[1]!.toLowerCase();
  if (LINK_WORDS.has(word) || PREDICATE_OPENING.test(span.text)) return false;
  const around = span.text + ' ' + masked.slice(span.close + 1, span.close + 40);
  if (!VIETNAMESE.test(around)) return false;
  return !ORDER_BEFORE.test(prefix.slice(-80));
}

/**
 * True when `span` quotes one Vietnamese syllable ("những phát biểu rất “gắt”", "“đói” đơn hàng"): the press marks a
 * single word as a term or a figure of speech; a statement, even a partial one, takes more than one syllable.
 * English single words ("“pragmatic” relations") are left to the other rules.
 */
export function quotedSyllable(span: QuoteSpan): boolean {
  return span.closed && wordCount(span.text) === 1 && VIETNAMESE.test(span.text);
}
