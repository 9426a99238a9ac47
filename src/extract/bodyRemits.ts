/**
 * The whole name of a state office, as the press writes it: its remit, which may join several fields ("Sở Nông
 * nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"), then
 * the locality it serves ("… tỉnh Đắk Nông", "Trung tâm Phát triển quỹ đất huyện Cư Jút"). Cut at "và" or before
 * the place, "Sở Nông nghiệp" or "Sở Y tế" is any province's office: a reader loses which one spoke.
 */
import { tokenizeWithOffsets, type Token } from './tokens.js';
import { ADMIN_SEQ, adminPlaceLength, capRun, indexPhrases, matchSeq, PLACE_WIDE } from './nameRuns.js';

// Remits of ministries and of the provinces' departments that join fields; a closed list, since a field joined by
// "và" cannot be told from two bodies joined by "và" ("Cục Thuế và Kho bạc Nhà nước") by its shape alone.
// Sources: the names of the ministries (Luật Tổ chức Chính phủ) and of the provinces' departments (Nghị định
// 24/2014/NĐ-CP, 107/2020/NĐ-CP, 45/2025/NĐ-CP), with the short forms the press writes with a hyphen.
const JOINED_REMITS: readonly string[] = [
  'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp - Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường', 'Tài nguyên - Môi trường', 'Khoa học và Công nghệ', 'Khoa học - Công nghệ',
  'Kế hoạch và Đầu tư', 'Kế hoạch - Đầu tư', 'Thông tin và Truyền thông', 'Thông tin - Truyền thông',
  'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo', 'Văn hóa , Thể thao và Du lịch', 'Văn hoá , Thể thao và Du lịch',
  'Văn hóa - Thể thao và Du lịch', 'Văn hóa - Thể thao - Du lịch', 'Văn hóa và Thể thao', 'Văn hóa và Thông tin',
  'Lao động - Thương binh và Xã hội', 'Lao động , Thương binh và Xã hội', 'Dân tộc và Tôn giáo', 'Tài chính - Kế hoạch',
  'Giao thông vận tải', 'Giao thông - Vận tải', 'Xây dựng và Giao thông', 'Phát triển nông thôn',
];
// A comma inside a name is blanked before its subject is read (subjects.ts), so each list is also known without it.
const REMIT_SEQ = indexPhrases(JOINED_REMITS.flatMap((r) => (r.includes(' , ') ? [r, r.replace(' , ', ' ')] : [r])));

/** Tokens of a joined remit at `j` ("Nông nghiệp và Phát triển nông thôn"), its first word capitalised; else 0. */
export function joinedRemitLength(tokens: Token[], j: number): number {
  if (!tokens[j]?.cap) return 0;
  return matchSeq(tokens, j, REMIT_SEQ);
}

/**
 * Tokens of the locality after a named body at `j` ("tỉnh Đắk Nông", "huyện Cư Jút", "TP Cần Thơ"), or 0. A
 * personal name written right after the place ("… tỉnh Kon Tum Hà Văn Tùng") is left out of it.
 */
export function bodyLocalityLength(tokens: Token[], j: number): number {
  const admin = matchSeq(tokens, j, ADMIN_SEQ, true);
  if (!admin) return 0;
  const run = capRun(tokens, j + admin);
  if (!run) return 0;
  return admin + (adminPlaceLength(tokens, j + admin, run) || run);
}

/**
 * "Sở Y tế Đắk Nông phát động …. Theo Sở Y tế, …": the press writes a local office's full name once, then drops its
 * place. The one body named so far in the article (`bodies`, as written) that is `name` followed by a locality only
 * is the body meant; with none, or several ("Sở Y tế tỉnh X" and "Sở Y tế tỉnh Y"), null.
 */
export function localBodyMeant(name: string, bodies: readonly string[]): string | null {
  const short = name.trim();
  if (!short.includes(' ')) return null;
  const fuller = [...new Set(bodies)].filter((b) => b.startsWith(`${short} `) && isLocality(b.slice(short.length + 1)));
  return fuller.length === 1 ? fuller[0]! : null;
}

/** Whether `tail` is a locality and nothing more: "tỉnh Đắk Nông", "huyện Cư Jút", "Đà Nẵng". */
function isLocality(tail: string): boolean {
  const tokens = tokenizeWithOffsets(tail);
  const n = bodyLocalityLength(tokens, 0) || matchSeq(tokens, 0, PLACE_WIDE, true);
  return n > 0 && n === tokens.length;
}
