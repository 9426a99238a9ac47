/**
 * "Thủ tướng nhấn mạnh tinh thần này khi chủ trì phiên họp …", "Thứ trưởng cho biết như vậy chiều nay khi …", "X cho
 * biết điều này trong một cuộc phỏng vấn …": the verb's object points back at words already given ("so", "this") and
 * what follows tells only where or when they were said. Such a sentence reports nothing new: it is no statement.
 * "điều này sẽ …", "điều đó cho thấy …" are clauses with a subject of their own and stay statements.
 */
const BACK_REFERENCE = /^\s*(?:như vậy|như thế|như trên|điều này|điều đó|tinh thần này|tinh thần đó|tinh thần trên|quan điểm này|quan điểm đó|quan điểm trên|nội dung này|nội dung trên|thông tin này|thông tin trên|thông tin đó)(?=\s*(?:[.,;…]|$)|\s+(?:khi|tại|trong|lúc|bên lề|sáng|chiều|tối|trưa|hôm|ngày|với|sau|trước)(?![\p{L}\p{M}]))/iu;

/** True when the reported words from `start` of the sentence `masked` only point back at words already reported. */
export function backReferenceOnly(masked: string, start: number): boolean {
  return BACK_REFERENCE.test(masked.slice(start));
}
