/**
 * What one article has said so far about people: who was mentioned last, who spoke last. Pronouns ("ông",
 * "người này") and role descriptions ("người phát ngôn Bộ Ngoại giao", "nhà lãnh đạo Nga") resolve against it.
 */
import type { Mention } from './mentions.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';

export class ArticleContext {
  private readonly recent: SpeakerEntry[] = [];
  private lastSpeaker: SpeakerEntry | null = null;
  /** People named or speaking in the current paragraph, most recent last. */
  private paragraph: SpeakerEntry[] = [];

  constructor(
    private readonly registry: SpeakerRegistry,
    /** Surface forms used for each speaker id, collected as aliases. */
    private readonly aliasSink: Map<string, Set<string>>,
  ) {}

  /** Note people named in a sentence, in order, so later references can find them. */
  noteMentions(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.type !== 'person' && m.type !== 'org') continue;
      const e = m.type === 'person' ? this.registry.resolveName(m.name) : null;
      if (e) this.push(e);
    }
  }

  /** A new paragraph starts: "bà" looks for a woman named in it before anyone of earlier paragraphs. */
  startParagraph(): void {
    this.paragraph = [];
  }

  private push(e: SpeakerEntry): void {
    const i = this.recent.indexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    const j = this.paragraph.indexOf(e);
    if (j >= 0) this.paragraph.splice(j, 1);
    this.paragraph.push(e);
  }

  /** Record that `e` made a statement: the default antecedent of a following "ông"/"bà". */
  noteSpeaker(e: SpeakerEntry): void {
    if (e.kind === 'person') {
      this.lastSpeaker = e;
      this.push(e);
    }
  }

  /** The speaker entry a subject mention refers to, or null when it cannot be told. */
  resolve(m: Mention): SpeakerEntry | null {
    const e = this.resolveInner(m);
    if (e && m.type !== 'pronoun') {
      let set = this.aliasSink.get(e.id);
      if (!set) this.aliasSink.set(e.id, (set = new Set()));
      set.add(m.surface);
    }
    return e;
  }

  private resolveInner(m: Mention): SpeakerEntry | null {
    switch (m.type) {
      case 'person': {
        // A bare capitalised run ("Bình Nhưỡng tuyên bố") speaks only if the corpus ever wrote it as a person.
        const e = this.registry.resolveName(m.name);
        return e && (e.attested || !m.bare) ? e : null;
      }
      case 'org':
        return this.registry.org(m.name);
      case 'pronoun': {
        const fits = (e: SpeakerEntry) => e.kind === 'person' && (!m.gender || !e.gender || e.gender === m.gender);
        // The nearest fitting person of this paragraph ("… Lucía Herrero gọi … “…”. “…”, bà nói."), then the last speaker.
        const here = [...this.paragraph].reverse().find(fits);
        if (here) return here;
        if (this.lastSpeaker && fits(this.lastSpeaker)) return this.lastSpeaker;
        return [...this.recent].reverse().find(fits) ?? null;
      }
      case 'role': {
        const local = [...this.recent].reverse().find((e) => this.registry.fitsRole(e, m.role));
        if (local) return local;
        // A role known corpus-wide for exactly one person ("người phát ngôn Bộ X" seen before with a name).
        const global = this.registry.byRole(m.role);
        return global.length === 1 || (global[0] && global[1] && global[0].count > 2 * global[1].count) ? global[0]! : null;
      }
      default:
        return null;
    }
  }
}
