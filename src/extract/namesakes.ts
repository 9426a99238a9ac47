/**
 * Bodies named after people. Vietnamese schools, academies and hospitals bear a person's name ("Trường THPT Trần
 * Phú", "Trường Đại học Tôn Đức Thắng"), so a full name right after their head word
 * is the body's name, never the holder of the title written before it: "Hiệu trưởng Trường THPT Trần Phú" names an
 * office, not a person called Trần Phú; the holder is named elsewhere ("bà X - Hiệu trưởng …", "ông Y, Giám đốc …").
 */

// The head word of such a body, with the words of its kind ("THPT", "chuyên"). Not after a field ("Học viện Hành
// chính Quốc gia X" may be the holder X): only the head itself says the name that follows is the body's.
export const NAMESAKE_HEAD =
  /(?:^|\s)(?:Trường(?:\s+(?:THPT|THCS|PTTH|PTCS|Tiểu học|Mầm non|Phổ thông|Đại học|ĐH|Cao đẳng|CĐ|Trung cấp|chuyên))*|Bệnh viện|Học viện|Đại học|ĐH)$/u;

/**
 * True when a title ending in `roleText` is followed by a run of `run` capitalised words that names the body: a
 * person's name, or one word of its field ("Phó hiệu trưởng Trường Đại học Luật …" names no one called Luật).
 */
export function namesBodyAfter(roleText: string, run: number): boolean {
  return run >= 1 && run <= 4 && NAMESAKE_HEAD.test(roleText);
}

// The same title read whole, the body's name at its end ("Hiệu trưởng Trường THCS Lê Quý Đôn").
const NAMESAKE_TITLE = new RegExp(`${NAMESAKE_HEAD.source.slice(0, -1)}(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){2,4}$`, 'u');

/** True when a title (a role mention) ends on the name of a school or hospital named after a person. */
export function endsOnNamesake(roleText: string): boolean {
  return NAMESAKE_TITLE.test(roleText);
}
