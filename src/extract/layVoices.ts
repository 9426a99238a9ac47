/**
 * A private person the reporter met — given with an age ("ông Nguyễn Văn A (58 tuổi)", "chị B, 35 tuổi,") or by a place
 * in daily life ("bà C, cư dân tòa D", "ông E, phụ huynh một thí sinh", "Hàng xóm của ông, bà F") — talks to the paper,
 * not at the officials' briefing or meeting a report opens on. Vietnamese news gives an age or such a role to residents,
 * parents, farmers and stallholders, never to the officials of a briefing. The lede's day does not date their words
 * unless their own sentence puts them at the gathering ("Tại cuộc họp, bà C (60 tuổi) nói …") or the lede names them:
 * like a commentator's (commentators.ts), they fall back to their own paragraph's date or the page's day.
 */
import type { Mention } from './mentionTypes.js';

const LAY_ROLE = '(?:người dân|cư dân|phụ huynh|nông dân|ngư dân|tiểu thương|du khách|hành khách|tài xế|công nhân|người lao động|bệnh nhân|người bệnh|người nhà|hàng xóm|chủ quán|chủ sạp|hộ dân|người mua nhà)';
// After the name: an age, or a comma and a role ("(58 tuổi", ", 35 tuổi,", ", cư dân tòa B", ", phụ huynh một thí sinh").
const AFTER_NAME = new RegExp(String.raw`^\s*(?:\(\s*\d{1,3}\s*tuổi|,\s*\d{1,3}\s*tuổi|,\s*(?:một\s+|là\s+)?${LAY_ROLE}(?![\p{L}\p{M}]))`, 'iu');
// Before it, in the same clause: the role, maybe whose, then the form of address ("Hàng xóm của ông, bà", "người dân").
const BEFORE_NAME = new RegExp(String.raw`(?:^|[\s,(])${LAY_ROLE}(?:\s+của\s+(?:ông|bà|anh|chị|cô|chú)(?:\s+ấy)?)?\s*,?\s*$`, 'iu');

/** The persons a sentence (quotations masked) gives as private people met by the reporter. */
export function layPersons(masked: string, mentions: Mention[]): string[] {
  return mentions.flatMap((m) => {
    if (m.type !== 'person' || m.bare) return [];
    const before = masked.slice(Math.max(0, m.start - 40), m.start);
    return AFTER_NAME.test(masked.slice(m.end)) || BEFORE_NAME.test(before) ? [m.name] : [];
  });
}

// Gatherings of officials and the press, which the public does not attend to speak.
const OFFICIALS_GATHERING = /(?:^|[\s,(])(?:họp báo|cuộc họp|phiên họp|kỳ họp|hội nghị|buổi làm việc|làm việc với|press conference|news conference|briefing)(?=[\s,.;:)]|$)/iu;
// Gatherings held with the public or where private people have a part: there they may speak at the occasion.
const WITH_PUBLIC = /(?:^|[\s,(])(?:đối thoại|tiếp xúc cử tri|tiếp công dân|người dân|cư dân|nhân dân|xét xử|phiên tòa|phiên toà|bị cáo|bị hại|hội chợ|lễ hội|giao lưu|ra mắt)(?=[\s,.;:)]|$)/iu;

/** Whether a lede's occasion is a gathering of officials (a briefing, a meeting), not one held with the public. */
export function isOfficialsLede(lede: string): boolean {
  return OFFICIALS_GATHERING.test(lede) && !WITH_PUBLIC.test(lede);
}
