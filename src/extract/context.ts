/**
 * What one article has said so far about people: who was mentioned last, who spoke last. Pronouns ("ông",
 * "người này") and role descriptions ("người phát ngôn Bộ Ngoại giao", "nhà lãnh đạo Nga") resolve against it.
 */
import { parseSubject, type Mention } from './mentions.js';
import { BODY_ACRONYMS } from './gazetteers/gazetteer.js';
import { canSpeak } from './nonSpeakers.js';

const KNOWN_BODIES = new Map(BODY_ACRONYMS);
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
      // Only someone who could speak is an antecedent: not a bare capitalised run the article never writes as a
      // person ("the Northern Plains"), nor a place or an outlet.
      if (e && m.type === 'person' && (e.attested || !m.bare) && canSpeak(e)) this.push(e);
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
    const found = this.resolveInner(m);
    // A place, an outlet or a venue is never the speaker, whatever the sentence makes of it.
    const e = found && canSpeak(found) ? found : null;
    if (e && m.type !== 'pronoun') {
      let set = this.aliasSink.get(e.id);
      if (!set) this.aliasSink.set(e.id, (set = new Set()));
      set.add(m.surface);
    }
    return e;
  }

  /**
   * A role that fits no one of the article, as the speaker's label: only a description that says whose it is with a
   * proper noun ("quan chức Nga", "người phát ngôn Bộ Ngoại giao") and that no one of the article could hold under a
   * title of the same kind. A bare title ("HLV", "Cục trưởng") or a description of someone the article names is
   * left blank: a blank is better than a title standing for the wrong person.
   */
  roleLabel(role: string): SpeakerEntry | null {
    const words = role.trim().split(/\s+/);
    if (!words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
    if (this.registry.sameKindOfRole(role)) return null;
    const label = role.trim().charAt(0).toUpperCase() + role.trim().slice(1);
    return this.resolve({ type: 'org', name: label, surface: label, start: 0, end: 0 });
  }

  private resolveInner(m: Mention): SpeakerEntry | null {
    switch (m.type) {
      case 'person': {
        // A bare capitalised run ("Bình Nhưỡng tuyên bố") speaks only if the corpus ever wrote it as a person.
        const e = this.registry.resolveName(m.name);
        return e && (e.attested || !m.bare) ? e : null;
      }
      case 'org': {
        // An acronym the article defined stands for its words: a body ("NHNN") or a title ("TBT").
        const full = this.registry.acronyms.get(m.name) ?? KNOWN_BODIES.get(m.name);
        if (!full) return this.registry.org(m.name);
        const meant = parseSubject(full);
        if (meant?.type === 'role' || meant?.type === 'person') return this.resolveInner(meant);
        return this.registry.org(full);
      }
      case 'pronoun': {
        const fits = (e: SpeakerEntry) => e.kind === 'person' && (!m.gender || !e.gender || e.gender === m.gender);
        // The nearest fitting person of this paragraph ("… Lucía Herrero gọi … “…”. “…”, bà nói."), then the last speaker.
        const here = [...this.paragraph].reverse().find(fits);
        if (here) return here;
        if (this.lastSpeaker && fits(this.lastSpeaker)) return this.lastSpeaker;
        return [...this.recent].reverse().find(fits) ?? null;
      }
      case 'role': {
        // "một bị cáo khác nói", "các quan chức cho biết": someone else, or several; never one named person.
        if (/^(?:một|các|những|nhiều|vài|mấy|mỗi|hai|ba)\s|\skhác$/iu.test(m.role)) return null;
        const local = [...this.recent].reverse().find((e) => this.registry.fitsRole(e, m.role));
        if (local) return local;
        // The one person of the article known under a fitting role, even if named only further on.
        const cast = this.registry.byRole(m.role);
        if (cast.length) return cast.length === 1 ? cast[0]! : null;
        // "Bộ trưởng TT-TT" for the article's "Bộ trưởng Thông tin và Truyền thông"; "nhà lãnh đạo Nga" for its
        // "Tổng thống X": the most recently mentioned such person, else the only one of the article.
        const loose = this.registry.byCompatibleRole(m.role);
        const near = [...this.recent].reverse().find((e) => loose.includes(e));
        return near ?? (loose.length === 1 ? loose[0]! : null);
      }
      default:
        return null;
    }
  }
}
