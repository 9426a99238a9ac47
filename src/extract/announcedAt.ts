/**
 * A lede that says where news was announced or a report released, and on which day ("Thông tin được công ty công bố
 * hôm qua (18/12) tại TP.HCM", "according to a report released in Vinh City on Monday"), names an event held
 * somewhere: a launch, a briefing. Its day dates the undated words of the people presenting it, as any occasion of
 * speaking does (statementDates.ts OCCASION); a release without a place (a statement issued) names no such event.
 */

// "công bố … tại Hà Nội", "ra mắt … tại TP.HCM", "released/presented/unveiled … in Hanoi", "… at a ceremony in …".
const ANNOUNCED_AT = /(?:^|[\s,(])(?:công bố|ra mắt|giới thiệu|released|presented|unveiled|launched|announced)(?=\s)[^.;:!?]{0,60}?\s(?:tại\s+(?:TP\.?\s?|thành phố\s+|tỉnh\s+)?\p{Lu}|in\s+\p{Lu}\p{Ll})/u;

/** Whether a sentence tells news announced, or a report released, at a named place. */
export function announcedAtPlace(sentence: string): boolean {
  return ANNOUNCED_AT.test(sentence);
}
