/**
 * Words that carry no topic in a question or a sentence.
 *
 * Entries are written WITH diacritics and matched against the lower-cased NFC word, because folding
 * merges distinct Vietnamese words: "có" (have) is a stopword but "cố vấn" (adviser) must stay
 * searchable, and both fold to "co". Only a question typed entirely without diacritics is matched on
 * folded forms (see `foldedStopwords`), where the ambiguity cannot be resolved anyway.
 *
 * Groups, kept apart so the reason for each entry is clear:
 * - QUESTION_WORDS: how a question is asked ("ai", "khi nào", "who", "when"); intent detection reads them
 *   before they are dropped.
 * - VI_STOPWORDS: Vietnamese function words (copula, particles, prepositions, classifiers, pronouns,
 *   honorifics, relative time words whose meaning the date parser reads).
 * - EN_STOPWORDS: English function words, so an English question is reduced to its content words.
 *
 * Extend with care: a stopword can never be searched. Multi-word entries are removed from questions as
 * phrases before single words are dropped.
 */

export const QUESTION_WORDS: readonly string[] = [
  'ai', 'gì', 'nào', 'sao', 'khi nào', 'bao giờ', 'lúc nào', 'ngày nào', 'tháng nào', 'năm nào',
  'thời điểm nào', 'ở đâu', 'đâu', 'tại sao', 'vì sao', 'thế nào', 'như thế nào', 'bao nhiêu', 'phải không',
  'không', 'chưa', 'những gì', 'điều gì', 'cái gì',
  // "By what means": how a thing is done is asked, as "như thế nào" asks it ("chống gian lận bằng cách nào").
  'bằng cách nào', 'bằng cách gì',
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which',
];

export const VI_STOPWORDS: readonly string[] = [
  // copula, particles, aspect markers
  'là', 'thì', 'mà', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'còn', 'rồi', 'nhé', 'à', 'ư', 'ơi', 'hả', 'nhỉ',
  'được', 'bị', 'có', 'có thể', 'hay', 'hoặc', 'và', 'với', 'cùng',
  // prepositions and relators
  'của', 'về', 'từ', 'đến', 'tới', 'tại', 'ở', 'trong', 'ngoài', 'trên', 'dưới', 'cho', 'bởi', 'vì', 'do',
  'theo', 'như', 'nếu', 'khi', 'sau', 'trước', 'giữa', 'đối với', 'về việc', 'việc', 'rằng', 'là gì',
  // classifiers, determiners, quantifiers
  'các', 'những', 'một', 'mỗi', 'mọi', 'nhiều', 'ít', 'cái', 'này', 'kia', 'đó', 'ấy', 'nó', 'cả', 'sự', 'cuộc',
  // pronouns and honorifics (a name follows them; the name is what matters)
  'ông', 'bà', 'anh', 'chị', 'họ', 'chúng ta', 'chúng tôi', 'tôi', 'bạn', 'mình', 'ngài',
  // calendar words: dates are read separately (src/core/dates.ts)
  'ngày', 'tháng', 'năm', 'hôm', 'hôm nay', 'hôm qua', 'lúc', 'vào', 'hồi',
  // question framing
  'hãy cho biết', 'xin', 'vui lòng', 'tìm', 'tìm kiếm', 'thông tin', 'tin tức', 'sự kiện',
];

export const EN_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'and', 'or', 'but',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'them', 'his',
  'her', 'their', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'there', 'any', 'some', 'as', 'into',
  'over', 'than', 'then', 'so', 'not', 'no', 'yes', 'mr', 'mrs', 'ms', 'dr', 'please', 'tell', 'told', 'show', 'find',
  'news', 'event', 'events', 'happen', 'happened', 'date', 'day', 'year', 'month',
  // more function words and question framing, so an English question keeps only its content words
  'also', 'just', 'after', 'before', 'during', 'while', 'since', 'until', 'between', 'against', 'under', 'up',
  'out', 'off', 'if', 'because', 'very', 'more', 'most', 'other', 'such', 'only', 'own', 'same', 'too', 'all',
  'both', 'each', 'few', 'many', 'much', 'who', 'him', 'hers', 'theirs', 'ours', 'am', 'get', 'got', 'make',
  'made', 'let', 'know', 'known', 'think', 'thought', 'say', 'said', 'says', 'saying', 'speak', 'spoke',
  'talked', 'according', 'whether', 'thing', 'things', 'anything', 'something', 'take', 'took', 'give', 'gave',
  'go', 'went', 'here', 'now', 'again', 'ever', 'still', 'yet', 'above', 'below', 'pre',
];

/**
 * English function words that are also Vietnamese syllables typed without diacritics: "an ninh" (security),
 * "to lớn", "no đủ", "so sánh", "in ấn", "bé" typed "be". They are stopwords of English questions only,
 * never of Vietnamese text or Vietnamese questions.
 */
export const EN_ALSO_VIETNAMESE: ReadonlySet<string> = new Set(['an', 'to', 'no', 'so', 'in', 'me', 'be', 'my', 'do']);

const ALL = [...QUESTION_WORDS, ...VI_STOPWORDS, ...EN_STOPWORDS].map((w) => w.normalize('NFC').toLowerCase());

/** Single lower-cased words (with diacritics) never indexed nor searched (English-only ones excepted, above). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ALL.filter((w) => !w.includes(' ') && (!EN_ALSO_VIETNAMESE.has(w) || VI_STOPWORDS.includes(w))),
);

/** Stopwords of an English question: every English function word. */
export const EN_QUESTION_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS, ...EN_STOPWORDS]);

/** Multi-word stop phrases (lower case, with diacritics), most words first. */
export const STOP_PHRASES: readonly string[] = ALL.filter((w) => w.includes(' ')).sort(
  (a, b) => b.split(' ').length - a.split(' ').length,
);
