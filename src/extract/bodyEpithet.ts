/**
 * "cơ quan công an", "cơ quan thống kê": the press names a body it has named already by its kind and field, so as not to
 * repeat the name ("Công an tỉnh X xác nhận …. Theo cơ quan công an, …"). The words after "cơ quan" stand for the one
 * body of the page so far whose name holds them; with none, or several, the description names no one.
 */
import { foldText, tokenize } from '../core/text.js';

const HEAD = /^cơ quan\s+/iu;

/**
 * The body among `bodies` (names seen so far in the article, in order) that a description `surface` ("cơ quan công
 * an") stands for, or null. A body whose name holds another candidate ("Cơ quan CSĐT Công an tỉnh X" beside "Công an
 * tỉnh X") is that body's part: the shorter name is the body meant.
 */
export function bodyMeant(surface: string, bodies: readonly string[]): string | null {
  const head = HEAD.exec(surface.trim());
  if (!head) return null;
  const field = tokenize(foldText(surface.trim().slice(head[0].length))).join(' ');
  if (!field) return null;
  const holding = [...new Set(bodies)].filter((b) => ` ${tokenize(foldText(b)).join(' ')} `.includes(` ${field} `));
  const folded = holding.map((b) => ` ${tokenize(foldText(b)).join(' ')} `);
  const outer = holding.filter((_, i) => !folded.some((f, k) => k !== i && folded[i]!.includes(f)));
  return outer.length === 1 ? outer[0]! : null;
}
