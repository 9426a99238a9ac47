/**
 * "với" after a reporting verb names whom the words were told to ("nói với phóng viên …", "chia sẻ với báo chí"),
 * and then the verb's words are not there. It also opens an adverbial that is part of the words themselves: "X cho
 * biết, với sự vào cuộc của các ngành, đến nay tỉnh đã …", "X khẳng định với những vụ việc xảy ra, lực lượng công an
 * đều …": a circumstance ("with the commitment of …", "as for the cases that occurred …") closed by a comma, then the
 * clause. Read as an adverbial when a comma stands between the verb and "với" (an addressee never follows a comma), or
 * when the phrase is an abstract or counted noun phrase that is no audience, closed by a comma before a clause.
 */
const WITH = /^\s*với\s+([^,.;:§]{2,80}?),\s*([^§]*)$/iu;
// What a circumstance opens on: an abstract noun or a quantifier ("sự …", "những vụ việc …", "các nền tảng …").
const ABSTRACT_OPENER = /^(?:sự|những|các|mọi|việc|tình hình|kết quả|điều kiện|quy mô|mức|tốc độ|cách|chủ trương|chính sách|tinh thần|quan điểm|mục tiêu|đà|nhiều|hơn|hàng)(?![\p{L}\p{M}])/iu;
// Whom words are told to: the press, an audience, voters, someone addressed ("các bạn sinh viên", "những người dân").
const AUDIENCE = /(?<![\p{L}\p{M}])(?:phóng viên|PV|báo chí|nhà báo|báo|truyền thông|cử tri|người dân|nhân dân|bà con|bạn|sinh viên|học sinh|đại biểu|đồng chí|quý vị|anh chị|khán giả|người hâm mộ|cổ động viên|học trò|cầu thủ|nhân viên|cán bộ|doanh nghiệp|nhà đầu tư|tôi|chúng tôi|mình|em|cháu)(?![\p{L}\p{M}])/iu;
const MIN_CLAUSE_WORDS = 4;

/** Whether the words at `start` that open on "với" are an adverbial of the reported words, `between` what stands
 * between the reporting verb and them. */
export function withOpensWords(between: string, words: string): boolean {
  const m = WITH.exec(words);
  if (!m) return false;
  const clause = m[2]!.trim().split(/\s+/u).filter(Boolean);
  if (clause.length < MIN_CLAUSE_WORDS) return false;
  if (/,/u.test(between)) return true;
  const phrase = m[1]!.trim();
  return ABSTRACT_OPENER.test(phrase) && !AUDIENCE.test(phrase) && !/\p{Lu}/u.test(phrase);
}
