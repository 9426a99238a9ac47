/**
 * An outside voice asked for comment ("Theo luật sư X, Đoàn Luật sư Hà Nội, …", "Luật sư Y (Đoàn luật sư tỉnh Z)
 * nhận định …", "chuyên gia X phân tích …", "an analyst said") talks to the paper, not at the story's occasion: the
 * lede's day or the story's latest happening does not date those words. The sentence may still place them at a
 * gathering ("Tại hội thảo, chuyên gia X nhận định …"), or the lede a forum where experts are the speakers ("Sáng 5/3,
 * hội thảo … diễn ra"), and the page's day still stands for when the paper heard them.
 */

// A commentator's title before the reporting verb.
const COMMENTATOR = /(?:^|[\s,(])(?:luật sư|chuyên gia|nhà nghiên cứu|nhà phân tích|giới phân tích|analysts?|experts?|lawyers?|attorneys?)(?=[\s,.;:)]|$)/iu;

/** Whether an attribution (the words up to the reporting verb) names an outside commentator as the speaker. */
export function isCommentator(attribution: string): boolean {
  return COMMENTATOR.test(attribution);
}

// Gatherings held to hear experts: there a commentator speaks at the occasion.
const FORUM = /(?:^|[\s,(])(?:hội thảo|tọa đàm|toạ đàm|diễn đàn|hội nghị|seminar|workshop|forum|conference|symposium)(?=[\s,.;:)]|$)/iu;

/** Whether the occasion a report opens on is a forum of experts. */
export function isForum(text: string): boolean {
  return FORUM.test(text);
}

// Counsel for a party of the case ("Luật sư X, bào chữa cho bị cáo Y, …", "luật sư bảo vệ quyền lợi cho bị hại"):
// one of the hearing, not an outside voice.
const COUNSEL = /(?:^|[\s,(])(?:bào chữa|bảo vệ\s+(?:quyền(?:\s+và\s+lợi ích|\s+lợi)?(?:\s+hợp pháp)?\s+)?cho)(?=[\s,.;:)]|$)/iu;
// Where the words are put before the court: the panel addressed or the hearing named.
const COURT = /(?:^|[\s,(])(?:HĐXX|hội đồng xét xử|phiên tòa|phiên toà|phiên xử|xét xử|tại tòa|tại toà|trước tòa|trước toà)(?=[\s,.;:)]|$)/iu;

/**
 * Whether a lawyer's words were said at the hearing the report is about: counsel for a party ("bào chữa cho bị cáo
 * X") whose sentence, or the report's lede, puts them before the court ("đề nghị HĐXX …", "Tại phiên tòa ngày …").
 * Such a lawyer is not a commentator: the hearing's day dates the words.
 */
export function isCounselAtHearing(attribution: string, sentence: string, lede: string): boolean {
  return COUNSEL.test(attribution) && (COURT.test(sentence) || COURT.test(lede));
}
