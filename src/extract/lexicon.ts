/**
 * Vietnamese news-language data used by extraction: reporting verbs, honorifics, role nouns, organisation
 * heads, place names, pronouns and event cues. General language only — nothing here names a person or a date
 * from any particular article. Lists are matched on whole syllables, case-insensitively unless noted.
 */
import { foldText } from '../core/text.js';

/**
 * English reporting verbs, past and present ("…,” Anna Berg said.", "said Berg", "Berg told reporters"), so an
 * English-language article in the corpus is read like a Vietnamese one. Only verbs that report speech: "added",
 * "noted" and the like are speech in news copy; ambiguous ones ("called", "put") are left out.
 */
export const ENGLISH_REPORTING_VERBS: readonly string[] = [
  // "say" is also a Vietnamese word ("say rượu", "say mê"): a report only in English words (reportingVerbs.ts).
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'noted', 'insisted', 'explained', 'warned',
  'asserted', 'argued', 'declared', 'announced', 'stated', 'wrote', 'vowed', 'urged', 'acknowledged', 'admitted',
  'denied', 'claimed', 'replied', 'responded', 'recalled', 'emphasized', 'emphasised', 'underscored', 'underlined',
  'reiterated', 'pledged', 'confirmed', 'cautioned', 'complained', 'predicted', 'remarked', 'commented', 'observed',
  'conceded', 'maintained', 'contended', 'tweeted', 'called on', 'reaffirmed', 'pointed out', 'affirmed',
  // Only with an addressee and a clause after them ("assured workers that …"); see complements.ts.
  'assured', 'reminded',
  // "expressed" alone takes a feeling ("expressed his disappointment"); with hope or confidence, a clause follows.
  // "hopes"/"hoped" likewise, and only before "that" (attribution.ts): "hoped for a deal" reports no words.
  'expressed hope', 'expressed confidence', 'expressed optimism', 'hopes', 'hoped',
  // "“…,” X was quoted as saying." ("Y quoted X as saying" is read in attribution.ts).
  'was quoted as saying', 'were quoted as saying', 'is quoted as saying',
  ...['saying', 'adding', 'asserting', 'noting', 'warning', 'arguing', 'insisting', 'stressing', 'explaining', 'claiming',
    'suggesting', 'urging', 'affirming', 'emphasising', 'emphasizing', 'reiterating'],
];

/**
 * English participles that report what the subject of the main clause said ("Berg met the mayor, saying …"): a
 * comma before them, and their subject is the sentence's, never a noun between.
 */
export const ENGLISH_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'asserting', 'noting', 'warning', 'arguing', 'insisting', 'stressing', 'explaining', 'claiming',
  'suggesting', 'urging', 'affirming', 'emphasising', 'emphasizing', 'reiterating',
]);

/**
 * Verbs that report only in some uses, read by reportingVerbs.ts alone (they are no cue of an event or of when
 * something was said, as the verbs below are): a defendant's account to the court ("bị cáo X trình bày, …"), a
 * complaint ("X phản ánh, …"), only before a comma, a colon, "rằng" or a clause with its own subject and tense
 * ("trình bày báo cáo", "phản ánh thực tế" take an object; "con số phản ánh …" has no speaker for a subject); English
 * "…, state media reported.", "X reported (that) …" ("900 cases have been reported", "reported two deaths" report no words).
 */
export const GATED_REPORTING_VERBS: readonly string[] = [
  'trình bày', 'phản ánh', 'reported',
  // A reminder, a proposal, a recommendation, a rebuttal: reports only with "rằng", a colon or a comma after them, or
  // as a request with its addressee and clause (complements.ts): "X nhắc nhở mọi người rằng …", "X đề xuất thuê một đơn
  // vị kiểm toán …", "X khuyến nghị người dân không …", "đại biểu X tranh luận rằng …" ("tranh luận" only before "rằng"
  // or a colon, reportingVerbs.ts). "các đề xuất", "theo khuyến nghị của …", "phần tranh luận" report nothing.
  'nhắc nhở', 'đề xuất', 'khuyến nghị', 'tranh luận',
];

/**
 * Verbs that introduce speech in Vietnamese news copy ("X cho biết …", "“…”, X nói"). Longest forms first so
 * "cho biết thêm" wins over "cho biết". "cho là" is absent on purpose: "được cho là" means "is said to" and
 * introduces no statement by the subject.
 */
export const REPORTING_VERBS: readonly string[] = [
  'cho biết thêm', 'cho biết', 'cho hay', 'cho rằng', 'nói thêm', 'nói rõ', 'nói với', 'nói',
  'nhấn mạnh', 'khẳng định', 'tuyên bố', 'chia sẻ', 'bày tỏ', 'nêu rõ', 'lưu ý', 'giải thích',
  'cảnh báo', 'xác nhận', 'thừa nhận', 'tiết lộ', 'bật mí', 'nhận định', 'phát biểu', 'bình luận', 'thông báo',
  'kêu gọi', 'nhắc lại', 'lập luận', 'nhận xét', 'đánh giá', 'khuyến cáo', 'phủ nhận', 'trấn an',
  'viết', 'hỏi', 'đáp', 'trả lời', 'than phiền', 'chỉ trích', 'cam kết', 'yêu cầu', 'đề nghị', 'gợi ý',
  'nhấn mạnh thêm', 'tuyên bố thêm', 'nói tiếp', 'kể', 'đề cập đến', 'đề cập', 'mô tả', 'chỉ ra', 'nêu quan điểm',
  'thông tin thêm', 'kiến nghị', 'đáp lại', 'phàn nàn', 'tâm sự', 'thổ lộ', 'bộc bạch', 'trần tình', 'quả quyết', 'cáo buộc',
  'mong muốn', 'mong', 'muốn biết',
  // A reader's comment under a post ("“…”, một người để lại bình luận."): the whole phrase, so its subject is found.
  'để lại bình luận',
  // "Chủ tịch X nêu, đã có 57 đại biểu …": only before a comma, a colon or "rằng" (statements.ts); "nêu câu hỏi",
  // "nêu ý kiến", "nêu trên" take an object or describe.
  'nêu',
  // "Thượng tá X thông tin: …", "bà Y thông tin, …": a noun everywhere else ("cung cấp thông tin", "cổng thông tin"),
  // a report only right before a colon, a comma or "rằng" (reportingVerbs.ts).
  'thông tin',
  // A plea to a court or an authority ("bị cáo xin HĐXX giảm nhẹ hình phạt", "xin được hưởng khoan hồng"); only before
  // what is pleaded for (reportingVerbs.ts): "xin lỗi", "xin phép", "xin việc", "đơn xin" are no report.
  'xin',
  // A hope or a confidence held about something else: a report only before a clause with its own subject ("bà X hy
  // vọng các doanh nghiệp sẽ …", "ông Y tự tin rằng …", "tin tưởng"); see attribution.ts. "hy vọng sẽ thắng", "tỏ ra tự tin" are not.
  'bày tỏ hy vọng', 'hy vọng', 'tự tin', 'tin tưởng',
  // A belief stated: "ông X tin rằng …" (not "thông tin rằng", "niềm tin rằng"; see attribution.ts).
  'tin rằng',
  // Announces a list or a result as often as words: a report only with "rằng" after it (attribution.ts).
  'công bố',
  // What a suspect or a witness tells the police ("Tài xế T. khai, …"); see attribution.ts for "khai mạc" and kin.
  'khai nhận', 'khai',
  // A forecast stated by its maker ("Trung tâm X dự báo tối nay …", "VASEP dự báo xuất khẩu tôm sẽ …"); a noun
  // everywhere else ("Theo dự báo, …", "mức dự báo", "được dự báo"), see reportingVerbs.ts.
  'dự báo',
  // The first words of an answer or a talk, named by how they open it: "HLV X mở đầu phần trả lời họp báo: “…”",
  // "“…” - Bộ trưởng Y mở đầu câu chuyện.". Whole phrases only: "mở đầu cho năm 2020" opens no speech.
  'mở đầu phần trả lời họp báo', 'mở đầu phần trả lời', 'mở đầu cuộc họp báo', 'mở đầu buổi họp báo', 'mở đầu họp báo',
  'mở đầu bài phát biểu', 'mở đầu phần phát biểu', 'mở đầu câu chuyện', 'mở đầu cuộc trò chuyện', 'mở đầu buổi trò chuyện',
  ...ENGLISH_REPORTING_VERBS,
];

/** Words that follow a reporting verb before the reported clause ("cho biết rằng", "nói là"). */
export const COMPLEMENTISERS: readonly string[] = ['rằng', 'là', 'that'];

/**
 * Honorifics and forms of address that precede a personal name ("ông Berg", "bà Berg"). Alone, the
 * pronoun-like ones refer back to a person (see PRONOUNS).
 */
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'ngài', 'anh', 'chị', 'cô', 'thầy', 'Mr', 'Mrs', 'Ms'];

/** Honorifics that mark gender, used to pick a fitting antecedent for "ông"/"bà". */
export const MALE_HONORIFICS: readonly string[] = ['ông', 'ngài', 'anh', 'thầy', 'mr', 'he'];
export const FEMALE_HONORIFICS: readonly string[] = ['bà', 'chị', 'cô', 'mrs', 'ms', 'she'];

/** Anaphoric subjects that refer to a person mentioned before. Longest first. */
export const PRONOUNS: readonly string[] = [
  'ông ấy', 'bà ấy', 'anh ấy', 'chị ấy', 'ông ta', 'bà ta', 'người này', 'vị này', 'nhân vật này', 'ông này',
  'bà này', 'ông', 'bà', 'anh', 'chị', 'he', 'she',
  // A young woman, as the arts and sports pages write a singer or an actress ("Cô khẳng định …", "“…”, cô chia sẻ."); not
  // "cô gái", "cô giáo", "cô đơn" (mentions.ts).
  'cô ấy', 'cô ta', 'cô',
  // Never one person ("it said" of an office, "they said" of a group): a subject, but nobody of the cast.
  'it', 'they', 'họ',
];

/** The writer (or the writer's side) as a subject outside quotation marks: nobody of the cast. Longest first. */
export const WRITER_PRONOUNS: readonly string[] = ['chúng tôi', 'chúng ta', 'chúng mình', 'chúng em', 'tụi em', 'người viết', 'tôi', 'mình'];

/**
 * Role and title nouns that introduce a name or stand for a person ("Ngoại trưởng Anna Berg",
 * "người phát ngôn Bộ Ngoại giao"). Longest first.
 */
export const ROLE_NOUNS: readonly string[] = [
  'người phát ngôn', 'phát ngôn viên', 'phó phát ngôn viên', 'phó phát ngôn', 'thư ký báo chí', 'nhà lãnh đạo', 'người đứng đầu', 'người đồng cấp',
  'tổng bí thư', 'tổng thống', 'phó tổng thống', 'thủ tướng', 'phó thủ tướng', 'chủ tịch', 'phó chủ tịch',
  'ngoại trưởng', 'bộ trưởng', 'thứ trưởng', 'đại sứ', 'đặc phái viên', 'đặc sứ', 'cố vấn', 'trợ lý',
  'chánh văn phòng', 'thư ký', 'tổng thư ký', 'giám đốc', 'tổng giám đốc', 'phó giám đốc', 'thống đốc',
  'thị trưởng', 'nghị sĩ', 'thượng nghị sĩ', 'hạ nghị sĩ', 'chủ tịch hạ viện', 'quốc vương', 'nhà vua',
  'hoàng tử', 'công chúa', 'tướng', 'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đô đốc',
  'tư lệnh', 'chỉ huy', 'thủ lĩnh', 'lãnh đạo', 'quan chức', 'chuyên gia', 'nhà phân tích', 'nhà nghiên cứu',
  'giáo sư', 'tiến sĩ', 'luật sư', 'nhà báo', 'phóng viên', 'bác sĩ', 'ông chủ', 'bà chủ', 'nhà sáng lập',
  'đồng sáng lập', 'ca sĩ', 'diễn viên', 'huấn luyện viên', 'chiến lược gia', 'nhà cầm quân', 'cầu thủ', 'đại biểu', 'đại diện',
  'CEO', 'giám đốc điều hành', 'hiệu trưởng', 'viện trưởng', 'trưởng khoa', 'trưởng phòng', 'trưởng ban',
  'phó giáo sư', 'nhà kinh tế', 'kinh tế trưởng', 'chuyên gia kinh tế', 'nhà khoa học', 'nhà ngoại giao', 'nhà đầu tư', 'nhà sử học', 'học giả',
  'GS', 'PGS', 'TS', 'ThS', 'PGS.TS', 'GS.TS', 'TS.BS', 'ThS.BS', 'PGS-TS', 'GS-TS', 'TS-BS', 'ThS-BS', 'BS', 'BSCKII', 'NSƯT', 'NSND', 'Kỹ sư',
  'ủy viên', 'uỷ viên', 'cao ủy', 'bị cáo', 'bị hại', 'kiểm sát viên', 'thẩm phán', 'chủ tọa', 'chủ toạ', 'chánh án',
  'điều tra viên', 'nhân chứng', 'đội trưởng', 'thủ quân', 'tổng biên tập', 'chủ nhiệm', 'trưởng đoàn', 'bí thư',
  'phó bí thư', 'tổng lãnh sự', 'lãnh sự', 'tổng cục trưởng', 'chi cục trưởng', 'phó chi cục trưởng', 'cục trưởng', 'vụ trưởng', 'trưởng phòng', 'phó tổng cục trưởng', 'phó cục trưởng', 'cục phó', 'phó vụ trưởng', 'vụ phó', 'phó trưởng phòng',
  'trưởng công an', 'chánh thanh tra', 'trưởng thôn', 'trưởng ấp', 'trưởng bản',
  // People of a local story, named by initials or a given name ("tài xế N.V.A (40 tuổi) cho biết").
  'tài xế', 'lái xe', 'tiểu thương',
  // Occupations of the arts and of sport written before a name as a title ("đạo diễn X", "nhạc sĩ Y", "thủ môn Z"). Not
  // the trades a whole group shares ("nông dân", "thương lái", "giáo viên"): "Thương lái thường ép giá …" is a group.
  'đạo diễn', 'nhạc sĩ', 'nghệ sĩ', 'họa sĩ', 'hoạ sĩ', 'nhà văn', 'nhà thơ', 'nhà sản xuất', 'biên kịch', 'hoa hậu', 'á hậu',
  'người mẫu', 'nhà thiết kế', 'vận động viên', 'tiền vệ', 'tiền đạo', 'hậu vệ', 'thủ môn', 'kiến trúc sư', 'blogger',
  // A show's host: "MC X", "nam MC" (an acronym of the trade, not a body); a designer ("NTK", nhà thiết kế) is written
  // short before a name the same way.
  'MC', 'NTK',
  // Military and police ranks stand before a name like a title ("đại tá Nguyễn Văn A"); "HLV" is huấn luyện viên.
  'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'đại uý', 'thượng úy', 'thượng uý', 'trung úy', 'trung uý',
  'thiếu úy', 'thiếu uý', 'HLV', 'HLV trưởng', 'trợ lý HLV', 'CTO', 'CFO', 'COO', 'CMO', 'Chủ tịch HĐQT',
  // English pages: a title before the name is not part of it ("President Anna Berg" is Anna Berg).
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Minister',
  'Secretary of State', 'Secretary-General', 'spokesman', 'spokeswoman', 'spokesperson', 'Chancellor', 'Chairman',
  'General', 'Governor', 'Senator', 'Ambassador',
  // English copy of Vietnamese news writes the head of government short before a surname ("PM Khai said …").
  'PM', 'Deputy PM',
  // … and an appositive after it names the person's office ("Marco Bellini, coach of the under-20 side, said").
  'coach', 'head coach', 'manager', 'director', 'mayor', 'founder', 'chief executive', 'professor', 'economist', 'chief economist',
  // "The official said that …", "the official told reporters": someone the page has described, whose words are kept.
  'official',
  // A deputy holds another office than the head of it: "deputy director" is never the page's director.
  'deputy director', 'deputy general director', 'deputy manager', 'deputy mayor', 'deputy minister', 'vice minister',
  'deputy chairman', 'vice chairman', 'vice chairwoman', 'deputy governor', 'deputy head', 'deputy chief',
];

/** Administrative units before a place name that precedes a person's name ("Chủ tịch UBND tỉnh Quảng Ngãi Hà Văn Tùng"). */
export const ADMIN_UNITS: readonly string[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'TP', 'TP.'];

/**
 * Common Vietnamese family names: where a personal name starts after a place name. The last two lines are less
 * common ones, as the published lists of Vietnamese family names give them (Wikipedia tiếng Việt, "Họ người Việt
 * Nam", and the lists of rarer family names it draws on). Left out: names that are as often the first word of something else written
 * capitalised (a place: "Hàn Quốc", "Hồng Kông", "Lạng Sơn", "Trà Vinh", "Yên Bái"; a title or a building: "Phó",
 * "Ông", "Cung", "Đường"; a year of the cycle: "Nhâm"; districts: "Hàm Tân"), and "Văn", which is mostly a middle name.
 */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Hà', 'Đinh', 'Lâm', 'Mai', 'Trương', 'Đoàn', 'Lương', 'Tô', 'Trịnh', 'Cao', 'Lưu', 'Tạ', 'Châu', 'Quách',
  'Thái', 'Tăng', 'Kiều', 'La', 'Triệu', 'Mạc', 'Khúc', 'Nông', 'Lục', 'Hứa', 'Từ', 'Chu', 'Giang', 'Tống',
  'Đào', 'Phùng', 'Vương', 'Đàm', 'Lã', 'Lại', 'Thân', 'Doãn', 'Bạch', 'Cù', 'Diệp', 'Khổng', 'Lạc', 'Mẫn', 'Nghiêm',
  'Tôn', 'Thạch', 'Tiêu', 'Ninh', 'Phí', 'Khuất', 'Hầu', 'Trình', 'Âu', 'Bế', 'Lò', 'Quan', 'Đồng',
  'Giáp', 'Khương', 'Cấn', 'Đậu', 'Bành', 'Biện', 'Kha', 'Lều', 'Thiều', 'Ung', 'Ưng', 'Ôn', 'Nhữ', 'Khiếu', 'Bàng',
  'Diêm', 'Tiết', 'Quản', 'Chung', 'Mạch',
]);

/**
 * Family names of the northern uplands' peoples (H'Mông, Thái, Dao), as officials and residents there are named
 * ("Đại tá Giàng A Chu", "ông Lường Văn Tâm"). Matched with their diacritics only: folded, several spell common
 * given names ("Thào"/"Thảo", "Quàng"/"Quang"), so English copy without diacritics does not use them.
 */
export const UPLAND_SURNAMES: ReadonlySet<string> = new Set([
  'Giàng', 'Sùng', 'Thào', 'Vàng', 'Lầu', 'Vừ', 'Hạng', 'Sình', 'Chảo', 'Tẩn', 'Cầm', 'Lường', 'Quàng', 'Điêu', 'Sầm', 'Mùa',
]);

/** Whether a capitalised word, as written, is a Vietnamese family name. */
export const isFamilyName = (word: string): boolean => VIETNAMESE_SURNAMES.has(word) || UPLAND_SURNAMES.has(word);

/** Lower-case particles inside Western names ("Pieter de Vries", "Ursula von der Leyen"). Case-sensitive. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'du', 'ter', 'ten', 'bin', 'al']);

/**
 * Fields of office written after a role noun with only the first syllable capitalised ("Bộ trưởng Quốc phòng",
 * "Thứ trưởng Tài chính"): part of the role, never a name.
 */
export const OFFICE_FIELDS: readonly string[] = [
  'Ngoại giao', 'Quốc phòng', 'Tài chính', 'Công an', 'Y tế', 'Giáo dục', 'Giáo dục và Đào tạo', 'Nội vụ',
  'Tư pháp', 'Xây dựng', 'Công Thương', 'Công thương', 'Thương mại', 'Nông nghiệp', 'Giao thông', 'Giao thông vận tải',
  'Văn hóa', 'Khoa học', 'Khoa học và Công nghệ', 'Kế hoạch và Đầu tư', 'Lao động', 'Tài nguyên và Môi trường',
  'Thông tin và Truyền thông', 'Năng lượng', 'Kinh tế', 'Quốc an', 'An ninh', 'Nội an', 'Ngân khố', 'Thể thao',
  'Du lịch', 'Môi trường', 'Đầu tư', 'Tư lệnh', 'Hải quân', 'Không quân', 'Lục quân', 'Tình báo', 'Di trú',
  // The Party committee a secretary heads: "Bí thư Tỉnh ủy", "Phó Bí thư Thành ủy", "Bí thư Đảng ủy xã".
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'Quận ủy', 'Quận uỷ', 'Thị ủy', 'Thị uỷ',
  'Đảng ủy', 'Đảng uỷ',
];

/** Role heads that denote a state or organisation leader; "nhà lãnh đạo Nga" fits "Tổng thống Nga X". */
export const LEADER_ROLES: readonly string[] = [
  'nhà lãnh đạo', 'lãnh đạo', 'người đứng đầu', 'ông chủ', 'tổng thống', 'thủ tướng', 'chủ tịch', 'tổng bí thư',
  'quốc vương', 'nhà vua', 'thủ lĩnh',
];

/** Role heads of people who head a body: "người đứng đầu ngành tài chính" can be the Bộ trưởng Tài chính. */
export const HEAD_OF_ROLES: readonly string[] = [
  'bộ trưởng', 'ngoại trưởng', 'tổng thư ký', 'giám đốc', 'tổng giám đốc', 'giám đốc điều hành', 'thống đốc',
  'thị trưởng', 'hiệu trưởng', 'viện trưởng', 'chánh án', 'tổng biên tập', 'chủ nhiệm', 'trưởng ban', 'trưởng đoàn',
  'cục trưởng', 'tổng cục trưởng', 'vụ trưởng', 'bí thư', 'CEO', 'chủ tịch', 'trưởng khoa', 'trưởng phòng',
];

/**
 * Two names the press gives one country, the usual one first: a title qualified by either names the same office
 * ("nhà lãnh đạo Mỹ" is the "Tổng thống Hoa Kỳ").
 */
export const PLACE_NAME_SYNONYMS: ReadonlyArray<readonly [string, string]> = [['Mỹ', 'Hoa Kỳ']];

/** Role heads that name the same function in different words. */
export const ROLE_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['người phát ngôn', 'phát ngôn viên', 'thư ký báo chí'],
  ['phó phát ngôn viên', 'phó phát ngôn'],
  ['ngoại trưởng', 'bộ trưởng ngoại giao'],
  ['cố vấn', 'trợ lý'],
  // The business press writes the chief executive in English as often as in Vietnamese: "CEO Sao Mai" is its Tổng giám
  // đốc, and "giám đốc điều hành" translates "CEO".
  ['tổng giám đốc', 'CEO', 'giám đốc điều hành'],
  // The sports press calls the coach its strategist or its commander: "vị chiến lược gia người Hàn Quốc nói", "nhà
  // cầm quân người Nhật cho biết".
  ['huấn luyện viên', 'HLV', 'chiến lược gia', 'nhà cầm quân', 'coach', 'head coach'],
  ['nhà thiết kế', 'NTK'],
  // The state's ranks of artists, "Nghệ sĩ ưu tú" and "Nghệ sĩ nhân dân", are written as their initials before the
  // name: "NSƯT X" is the artist a later "nữ nghệ sĩ" stands for.
  ['nghệ sĩ', 'NSƯT', 'NSND', 'nghệ sĩ ưu tú', 'nghệ sĩ nhân dân'],
];

/**
 * Capitalised heads of organisation names. An organisation can be a speaker ("Bộ Ngoại giao cho biết …")
 * when no person is given. Matched case-sensitively on the capitalised form.
 */
export const ORG_HEADS: readonly string[] = [
  // A palace or seat of government ('Điện', 'Dinh', 'Phủ') takes the capitalised name after it, like 'Bộ'.
  'Điện', 'Dinh', 'Phủ', 'Nhà Trắng', 'Lầu Năm Góc', 'Bộ', 'Chính phủ', 'Quốc hội', 'Văn phòng', 'Ủy ban', 'Uỷ ban',
  'Hội đồng', 'Cơ quan', 'Tòa án', 'Toà án', 'Bệnh viện', 'Viện', 'Ngân hàng', 'Công ty', 'Tập đoàn', 'Liên hợp quốc',
  'Liên Hợp Quốc', 'Đại sứ quán', 'Tổng cục', 'Cục', 'Sở', 'Hạ viện', 'Thượng viện', 'Quân đội', 'Cảnh sát',
  'Hãng', 'Tổ chức', 'Đại học', 'Trường', 'Học viện', 'Khoa', 'Sở giao dịch', 'Liên minh', 'Đảng', 'Trung tâm', 'Hiệp hội', 'Tòa Bạch Ốc', 'Bạch Ốc', 'Phủ Tổng thống', 'Công an', 'Vụ',
  // A corporation of the state ("nguyên Chủ tịch Tổng công ty X"): "Tổng" before "công ty" starts a body, never a name.
  'Tổng công ty', 'Tổng Công ty',
  // A committee or an inspectorate only with its capitalised name ("Ban Chỉ huy …", "Thanh tra Chính phủ"): "ban" and
  // "thanh tra" alone are a verb or a title.
  'Ban', 'Thanh tra',
  // A police or ministry department or a unit ("Phòng Cảnh sát hình sự", "Đội Cảnh sát giao thông"), likewise only with
  // its capitalised name: "phòng ngừa", "đội tuyển" are a verb and a team.
  'Phòng', 'Đội',
  // A delegation, a union or a bar whose head is also a family name ("Đoàn Thể thao Việt Nam", "Đoàn Luật sư TP X",
  // "Đoàn Thanh niên", "Đoàn Đại biểu Quốc hội tỉnh Y"): the whole head, so "Đoàn Thể" is never read as a person.
  'Đoàn Thể thao', 'Đoàn Thanh niên', 'Đoàn Luật sư', 'Đoàn luật sư', 'Đoàn Đại biểu', 'Đoàn đại biểu', 'Liên đoàn',
];

/**
 * Last words that make a capitalised run the name of a company or body, in the English the Vietnamese press keeps
 * for them ("Chủ tịch Green Harbor Holdings", "CEO của Lumen Technologies"): never a person's name.
 */
/**
 * Sino-Vietnamese words of a body's name whose first syllable alone looks like a given name: "Bệnh viện Đa khoa Trung
 * ương", "Ngân hàng Nhà nước". Written in sentence case, the capitalised syllable is not a person's name.
 */
// Also the remits of associations, boards and funds, whose first syllable alone is capitalised in their names ("Hội
// Nông dân", "Ban Quản lý dự án", "Hội Liên hiệp Phụ nữ", "Quỹ Bảo vệ môi trường", "Ban Chỉ đạo"): with no holder named
// after them, the capitalised syllable was read as a one- or two-word personal name.
export const BODY_COMPOUNDS: ReadonlySet<string> = new Set([
  'trung ương', 'nhà nước', 'liên bang', 'quốc gia', 'quốc tế', 'trung tâm',
  'nông dân', 'quản lý', 'phụ nữ', 'bảo vệ', 'chỉ đạo', 'chỉ huy', 'tuyên giáo', 'chữ thập', 'cựu chiến', 'doanh nhân', 'khuyến học',
  // The armed forces' units ("Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh"): after a title, "Biên", "Quân" were read
  // as the holder's one-word name, and a pronoun after the title's holder found two men.
  'biên phòng', 'quân sự',
]);

export const ORG_TAILS: ReadonlySet<string> = new Set([
  'Holdings', 'Holding', 'Group', 'Corp', 'Corporation', 'Inc', 'Ltd', 'JSC', 'Company', 'Co', 'Bank', 'Capital',
  'Ventures', 'Partners', 'Technologies', 'Technology', 'Foundation', 'Media', 'Airlines', 'Airways', 'Motors',
  'Pharma', 'Investment', 'Investments', 'Securities', 'Fund', 'Labs', 'Studio', 'Studios', 'Solutions', 'Systems',
]);

/** Acronym-like organisations written in capitals (NATO, EU, WHO): any token of 2+ capitals is one. */
export const ORG_ACRONYM = /^[A-ZĐ]{2,}$/u;

/**
 * Place names (Vietnamese forms of countries and a few capitals/regions) that qualify a role
 * ("Tổng thống Nga …") but are never a person's name.
 */
export const PLACES: readonly string[] = [
  'Nga', 'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Nhật Bản', 'Nhật', 'Hàn Quốc', 'Triều Tiên', 'Anh', 'Pháp', 'Đức', 'Ý',
  'Italy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Sỹ', 'Thụy Điển', 'Na Uy', 'Phần Lan',
  'Đan Mạch', 'Ba Lan', 'Séc', 'Hungary', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ukraine', 'Belarus', 'Moldova',
  'Gruzia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Iran', 'Iraq', 'Syria', 'Israel', 'Palestine', 'Ai Cập',
  'Saudi Arabia', 'Ả Rập Xê Út', 'Qatar', 'Ấn Độ', 'Pakistan', 'Afghanistan', 'Indonesia', 'Malaysia',
  'Singapore', 'Thái Lan', 'Campuchia', 'Lào', 'Myanmar', 'Philippines', 'Việt Nam', 'Australia', 'Úc',
  'Canada', 'Mexico', 'Brazil', 'Argentina', 'Venezuela', 'Cuba', 'Nam Phi', 'Nigeria', 'EU', 'châu Âu',
  'Châu Âu', 'phương Tây', 'Moscow', 'Moskva', 'Washington', 'Kiev', 'Kyiv', 'Bắc Kinh', 'London', 'Paris',
  'Berlin', 'Brussels', 'Tokyo', 'Seoul', 'Hà Nội', 'Liên Xô', 'Đài Loan', 'Hong Kong', 'Hồng Kông',
];

/** Outlets are sources of an article, not speakers: "Theo hãng tin X, …" cites a report, not a statement. */
export const OUTLET_HEADS: readonly string[] = [
  'hãng tin', 'hãng thông tấn', 'thông tấn xã', 'đài', 'kênh', 'báo', 'tờ', 'tạp chí', 'truyền thông',
  'trang', 'tập đoàn truyền thông', 'mạng xã hội',
];

/**
 * Words that end a subject phrase: prepositions, time adverbs and auxiliaries that come between the speaker
 * and the reporting verb ("X trong cuộc họp báo hôm … cho biết", "X mới đây cho biết").
 */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'trong', 'tại', 'ở', 'khi', 'hôm', 'ngày', 'vào', 'mới', 'vừa', 'đã', 'cũng', 'bất', 'từng', 'sẽ', 'vẫn', 'đều',
  'lại', 'này', 'đó', 'sau', 'trước', 'hồi', 'chiều', 'sáng', 'tối', 'trưa', 'đêm', 'hôm qua', 'thì', 'còn',
  'được', 'bị', 'với', 'trên', 'qua', 'theo', 'về', 'là', 'và', 'nhưng', 'rằng', 'tiếp', 'tục', 'luôn', 'đang',
  'thêm', 'một', 'lần', 'nữa', 'cho', 'nói', 'dẫn', 'lời', 'hiện', 'nay', 'gần', 'đây', 'thường', 'liên',
]);

/** Words before a short quoted span that make it a name, title or label rather than speech. */
export const LABEL_BEFORE = /(?:^|\s)(?:gọi là|được gọi là|mệnh danh là|mệnh danh|biệt danh|tên là|mang tên|có tên|tựa đề|tựa|tên gọi|chương trình|cuốn sách|cuốn|bộ phim|phim|bài hát|ca khúc|tác phẩm|chiến dịch|dự án|chiến lược|học thuyết|khẩu hiệu|thông tin|vì|do|về|của|(?<!dường\s)như|là|với|cho|từ|bằng|nguyên tắc|kiểu|dạng|chữ|cụm từ|từ khóa|hashtag|ở|tại|trên|dưới)\s*$/iu;

/**
 * Cues that a dated sentence reports a happening: meetings, calls, speeches, legal and political acts,
 * publications, military and economic actions. Matched as whole syllable sequences, lower case, with
 * diacritics (folded, "hạ" and "hà", "nổ" and "nó" would collide).
 */
export const EVENT_CUES: readonly string[] = [
  'cuộc gặp', 'gặp gỡ', 'gặp', 'hội nghị', 'thượng đỉnh', 'họp báo', 'cuộc họp', 'họp', 'hội đàm', 'điện đàm',
  'phỏng vấn', 'trả lời', 'phát biểu', 'tuyên bố', 'công bố', 'thông báo', 'ký kết', 'ký', 'chuyến thăm', 'thăm',
  'công du', 'bầu cử', 'nhậm chức', 'tuyên thệ', 'trừng phạt', 'chế tài', 'đàm phán', 'thảo luận', 'diễn đàn',
  'chiến dịch', 'triển khai', 'tổ chức', 'gửi', 'áp đặt', 'sáp nhập', 'tấn công', 'xung đột', 'khai mạc',
  'bế mạc', 'thông qua', 'ban hành', 'ra mắt', 'chiến thắng', 'giành', 'bắt giữ', 'khởi tố', 'xét xử', 'tuyên án',
  'ra đời', 'thành lập', 'qua đời', 'tử vong', 'phát hành', 'đăng tải', 'tiết lộ', 'cho biết', 'nói', 'bùng phát',
  'diễn ra', 'bắt đầu', 'kết thúc', 'ngừng bắn', 'rút quân', 'phóng', 'thử nghiệm', 'bỏ phiếu', 'phê chuẩn',
  'tiếp xúc', 'tham gia', 'tham dự', 'truyền hình', 'họp video', 'trực tuyến', 'lễ', 'sự kiện', 'vụ', 'tai nạn',
  'động đất', 'bão', 'lũ', 'cháy', 'nổ', 'đụng độ', 'xâm lược', 'đảo chính', 'lật đổ', 'từ chức', 'bổ nhiệm',
  'miễn nhiệm', 'cách chức', 'đóng cửa', 'mở cửa', 'đình chỉ', 'hủy bỏ', 'hoãn', 'phát động', 'tiếp', 'đón',
  'khánh thành', 'khởi công', 'ra quyết định', 'quyết định', 'phán quyết', 'kiện', 'thắng', 'thua', 'tăng', 'giảm',
  // Outcomes, market and administrative acts: "đạt thỏa thuận", "đạt kỷ lục", "mở thêm nhà máy", "áp dụng từ …".
  'đạt', 'thỏa thuận', 'thoả thuận', 'kỷ lục', 'mở', 'mở rộng', 'áp dụng', 'có hiệu lực', 'hết hạn', 'nộp', 'hoàn thành',
  'khởi động', 'giới thiệu', 'trưng bày', 'triển lãm', 'hội thảo', 'tọa đàm', 'toạ đàm', 'hội chợ', 'xảy ra', 'phát hiện',
  'ghi nhận', 'bắt', 'triệu tập', 'phản đối', 'biểu tình', 'đình công', 'chặn', 'cấm', 'cấp phép', 'siết', 'nới lỏng',
  'điều chỉnh', 'cắt giảm', 'nâng', 'hạ', 'mua', 'bán', 'xuất khẩu', 'nhập khẩu', 'giải ngân', 'đề xuất', 'trình',
  'phiên tòa', 'phiên toà', 'xét xử', 'kết luận', 'điều tra', 'thanh tra', 'ra mắt', 'trận', 'giải', 'đoạt', 'vô địch',
];

/**
 * Sentence openers that point back to the date last mentioned ("Khi đó, …", "Vào thời điểm đó, …"). The end is a
 * letter-or-mark look-ahead, not `\b`: JavaScript's `\b` knows only ASCII letters, so it never matched after "đó".
 */
export const BACK_REFERENCE = /^(?:khi đó|lúc đó|hồi đó|khi ấy|lúc ấy|vào thời điểm đó|vào thời điểm ấy|tại thời điểm đó|cũng trong dịp này|tại đó|tại sự kiện này|trong dịp này)(?![\p{L}\p{M}])/iu;

/** Lines that start the page's "related articles" or comment area: nothing after them is article text. */
export const FURNITURE_START = /^(?:xem thêm|tin liên quan|đọc thêm|bài liên quan|tin nổi bật|có thể bạn quan tâm|tin cùng chuyên mục|bình luận|tin khác|tin mới|đọc tiếp)\s*:?\s*$/iu;

// "Anna Berg, the Dutch coach of …": English puts an article and an adjective or two before an appositive title.
export const ENGLISH_TITLE_ARTICLE = String.raw`(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,2}`;

/**
 * Function words that are capitalised only because they open a sentence ("Cả Nhà Trắng và …", "Trong tuyên bố
 * …"). They never start a name, so a capitalised run is cut after them. As written, with their marks: a word that
 * has marks is compared so, and a given name that folds like an opener ("Thắng" like "Tháng", "Tuấn" like "tuần",
 * "Hải" like "hai", "Tài" like "tại") stays a name.
 */
const MARKED_OPENERS: ReadonlySet<string> = new Set([
  'cả', 'các', 'những', 'nhưng', 'trong', 'theo', 'sau', 'khi', 'tuy', 'và', 'với', 'tại', 'hồi', 'hỏi', 'mỗi', 'mọi',
  'mới', 'một', 'hai', 'ba', 'nhiều', 'này', 'nay', 'do', 'đó', 'ngoài', 'bất', 'dù', 'nếu', 'vì', 'để', 'từ', 'đến',
  'tới', 'tôi', 'tối', 'trước', 'giữa', 'cũng', 'cùng', 'còn', 'con', 'đây', 'đấy', 'hiện', 'chính', 'ở', 'về', 'cho',
  'thế', 'thể', 'như', 'không', 'chưa', 'đã', 'đang', 'sẽ', 'vào', 'trên', 'dưới', 'qua', 'ngày', 'ngay', 'tháng',
  'năm', 'tuần', 'lúc', 'hôm', 'chiều', 'sáng', 'sang', 'đêm', 'riêng', 'bên', 'phía', 'tất', 'điều', 'việc', 'cuộc',
  'sự', 'người', 'anh', 'chị', 'chỉ', 'chi', 'em', 'họ', 'chúng', 'chung', 'ta', 'mình', 'ai', 'gì', 'đâu', 'đầu',
  'sao', 'bao', 'tiếp', 'thêm',
  // "Được quyền nói …", "Được biết …": the passive or modal "được" opens a clause, never a name.
  'được',
  // "Chào X, …?", "Xin chào X", "Thưa X, …": an interviewer greets or addresses the guest; the greeting is no name.
  'chào', 'xin', 'thưa',
]);

/** The openers folded (no marks, "đ" as "d"): how a word written without marks is compared. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([...MARKED_OPENERS].map((w) => foldText(w)));

/**
 * Whether a capitalised word only opens a sentence and starts no name: compared as written when it has marks,
 * folded when it has none (pages and English copy written without marks).
 */
export function isSentenceOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[\x20-\x7E]+$/u.test(word) ? SENTENCE_OPENERS.has(lower) : MARKED_OPENERS.has(lower);
}
