/**
 * What answers "bao nhiêu" / "how many" / "how much": a sentence that states a quantity. In Vietnamese as in English a
 * number that counts comes before what it counts ("7 người", "30%", "34 people"); one after a noun is a label ("Quốc
 * lộ 6", "hiệp 2", "Điều 5"). Dates, clock times, years and codes hold digits but count nothing ("ngày 30/8", "21h52",
 * "năm 2025", "U23", "Km12").
 */

// A numeral standing alone (not glued to a letter or to another number's separator: a code, a date, a time, a
// score), followed by a word or a percent sign.
const NUMERAL = /(?<![\p{L}\d/.,:+-])(\d+(?:[.,]\d+)*)(?=\s*%|\s+\p{L})/gu;
// Counting words that carry a quantity themselves ("hàng nghìn người", "dozens of people", "six people").
const COUNT_WORDS = /(?<![\p{L}])(?:triệu|tỷ|tỉ|nghìn|ngàn|hàng trăm|hàng chục|million|billion|thousand|hundred|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?![\p{L}])/iu;
// A four-digit number from 1900 to 2099 is read as a year.
const YEAR = /^(?:19|20)\d\d$/u;

/** Whether a sentence states a quantity (see the file comment). */
export function statesAmount(text: string): boolean {
  if (COUNT_WORDS.test(text)) return true;
  for (const m of text.matchAll(NUMERAL)) {
    if (!YEAR.test(m[1]!)) return true;
  }
  return false;
}

// Vietnamese and English words that count or compare a quantity ("hai lần", "gấp đôi", "một nửa", "twice").
const NUMBER_WORDS = /(?<![\p{L}])(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nửa|gấp|đôi|one|half|twice|double|triple)(?![\p{L}])/iu;

/**
 * Whether a sentence may state a quantity, in figures or in words: what an answer to "bao nhiêu" / "how many" must
 * do at least. Wider than statesAmount (which ranks): a sentence that passes this test and is no answer only stays
 * listed, while one that fails it is left out.
 */
export function mayStateAmount(text: string): boolean {
  return statesAmount(text) || NUMBER_WORDS.test(text) || /\d/u.test(text);
}
