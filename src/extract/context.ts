/**
 * What one article has said so far about people: who was mentioned last, who spoke last. Pronouns ("ông",
 * "người này") and role descriptions ("người phát ngôn Bộ Ngoại giao", "nhà lãnh đạo Nga") resolve against it.
 */
import { WHOLE_BODY_NAMES } from './bodyNames.js';
import { asBodyTitle } from './cast.js';
import type { Gender, Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { holdsOffice, leaderWord, normaliseRole } from './roleShapes.js';
import { readEpithet } from './epithets.js';
import { bodyVoice, titledIn } from './bodyVoice.js';
import { bodyMeant } from './bodyEpithet.js';
import { localBodyMeant } from './bodyRemits.js';
import { joinedBodyMeant } from './bodyAcronyms.js';
import { bodyOfKind } from './bodyAnaphor.js';
import { BODY_ACRONYMS } from './gazetteers/gazetteer.js';
import { canSpeak } from './nonSpeakers.js';
import { WRITER_PRONOUNS } from './lexicon.js';
import { sharedNameMeant } from './sharedNames.js';
import { addressedAfterTitle } from './addressedTitle.js';
import { calledAnh } from './openingAnh.js';
import { addressFits } from './addressForms.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import { insideBrackets, isCharacter, opensSentence } from './mentionPlaces.js';

const KNOWN_BODIES = new Map(BODY_ACRONYMS);
const ENGLISH_PRONOUN = /^(?:he|she)$/iu;
const ANY_TITLE_EPITHET = /^chuyên gia$/iu;
const ONE_OF_MANY = /^(?:một|các|những|nhiều|vài|mấy|mỗi|hai|ba)\s|\skhác$/iu;
/** A person the cast cannot place. */
const OTHER = Symbol('other person');
// Epithets the press writes for someone it has named, so as not to repeat the name: "nhà lãnh đạo Ukraine nói thêm",
// "nhà ngoại giao Nga cho rằng", "người đứng đầu ngành y tế TP", "ông chủ Nhà Trắng". Unlike an office's spokesman
// or an unnamed official ("người phát ngôn Bộ Ngoại giao", "quan chức Nga"), they never stand for someone unnamed:
// when the article's people give no one fitting, the speaker is left blank, never shown as the epithet.
const EPITHET_HEAD = /^(?:nha lanh dao|nguoi dung dau|ong chu|ba chu|nha ngoai giao|chien luoc gia|nha cam quan)(?:\s|$)/u;
// A kind of body written alone names none ("Trung tâm của cuộc tranh cãi là …", "Công ty nước khoáng X cho biết", whose
// lower-case words the name stops before): no speaker, rather than one called "Công ty". Heads that are whole names
// ("Nhà Trắng", "Chính phủ", "Quốc hội") still speak.
const KINDS_OF_BODY = new Set([
  'Điện', 'Dinh', 'Phủ', 'Bộ', 'Văn phòng', 'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Cơ quan', 'Tòa án', 'Toà án', 'Bệnh viện', 'Viện', 'Ngân hàng',
  'Công ty', 'Tổng công ty', 'Tổng Công ty', 'Tập đoàn', 'Tổng cục', 'Cục', 'Sở', 'Hãng', 'Tổ chức', 'Đại học', 'Trường', 'Học viện', 'Khoa', 'Sở giao dịch',
  'Liên minh', 'Đảng', 'Trung tâm', 'Hiệp hội',
]);
// A role written in English words only ("the minister", "the deputy governor").
const ENGLISH_ROLE = /^[A-Za-z' -]+$/u;
// "it", "they", "họ" are not one person; "tôi", "chúng tôi" outside a quotation are the writer, nobody of the cast.
const NOT_ONE_PERSON = new RegExp(`^(?:it|they|họ|${WRITER_PRONOUNS.join('|')})$`, 'iu');

export class ArticleContext {
  /**
   * Which rule decided the last `resolve()` ("pronoun:lastSpeaker@before", "role:recent@para" …; "@para" when the one
   * meant is named in the current paragraph, "@before" when only earlier): read by speakerPaths.ts only.
   */
  how = '';
  private readonly recent: SpeakerEntry[] = [];
  private lastSpeaker: SpeakerEntry | null = null;
  /** People named or speaking in the current paragraph, most recent last. */
  private paragraph: SpeakerEntry[] = [];
  /**
   * The person who last opened a sentence of the current paragraph since someone spoke: their entry, or OTHER for a
   * name the cast cannot place ("Bảo Khánh vào vai …"). A pronoun after it may mean them rather than the last speaker.
   */
  private paragraphOpener: SpeakerEntry | typeof OTHER | null = null;
  private pendingOpener: SpeakerEntry | typeof OTHER | null = null;
  /**
   * The last name never written as a person's ("Hữu Khang bày tỏ …") that opened a sentence since someone spoke, in
   * any paragraph: whoever "anh" means after it, it is not sure to be someone named before it.
   */
  private bareOpener: SpeakerEntry | typeof OTHER | null = null;
  /**
   * Everyone a pronoun could mean, most recent last: also names never written with a title ("Anna Berg reported
   * …"), which are too weak to speak themselves but are what a following "he" most likely refers to.
   */
  private readonly anyone: SpeakerEntry[] = [];
  /** Bodies named so far, as written (an acronym the article defines, spelt out): "cơ quan công an" may mean one. */
  private readonly bodies: string[] = [];
  /** People named in the current sentence, with where: a pronoun refers back, not to a name after it. */
  private sentence: Array<{ e: SpeakerEntry; start: number }> = [];
  /**
   * The name opening the current sentence, and the last one that opened a sentence since someone spoke (any name
   * that could be a person: enough to make a pronoun unsure).
   */
  private pendingSubject: SpeakerEntry | null = null;
  private subjectSinceSpeaker: SpeakerEntry | null = null;
  /** The person (written with a title or honorific) opening the current sentence, and the sentence before. */
  private pendingPerson: SpeakerEntry | null = null;
  private previousSubject: SpeakerEntry | null = null;
  /** The last person so written who opened a sentence since someone spoke. */
  private personSinceSpeaker: SpeakerEntry | null = null;

  constructor(
    private readonly registry: SpeakerRegistry,
    /** Surface forms used for each speaker id, collected as aliases. */
    private readonly aliasSink: Map<string, Set<string>>,
  ) {}

  /** Note people named in a sentence, in order, so later references can find them. */
  noteMentions(mentions: Mention[], text?: string): void {
    if (this.pendingSubject && this.pendingSubject !== this.lastSpeaker) this.subjectSinceSpeaker = this.pendingSubject;
    if (this.pendingPerson && this.pendingPerson !== this.lastSpeaker) this.personSinceSpeaker = this.pendingPerson;
    this.previousSubject = this.pendingPerson;
    // The opener of the sentence before is a rival from this sentence on, not within its own sentence.
    if (this.pendingOpener) this.paragraphOpener = this.pendingOpener;
    this.keepBareOpener();
    this.pendingOpener = null;
    this.pendingSubject = null;
    this.pendingPerson = null;
    this.sentence = [];
    let first = true;
    for (const m of mentions) {
      if (m.type === 'org') this.bodies.push(this.registry.acronyms.get(m.name) ?? KNOWN_BODIES.get(m.name) ?? m.name);
      if (m.type !== 'person' && m.type !== 'org') continue;
      if (m.type === 'person' && isCharacter(m, text)) continue;
      // "Bà Nguyễn Thị V. (mẹ chồng chị H.) … bà nói": a person named in brackets is whose relative, client or
      // colleague the person before them is; what follows is about that person, not the one in brackets.
      if (m.type === 'person' && insideBrackets(m.start, text)) continue;
      // "Giám đốc Trung tâm Di sản Thế giới Unesco, ông Peter Lind, đã tới …": what the parser read as a name after the
      // title is the body the person called by a form of address after the comma heads; it is no one a pronoun means.
      if (m.type === 'person' && text !== undefined && addressedAfterTitle(text, m, mentions)) continue;
      const e = m.type === 'person' ? this.personMeant(m) : null;
      // "Amnesty International’s report said …": a possessive name is not what the sentence is about.
      const early = opensSentence(m.start, text) && !/['’]s$/u.test(m.surface);
      // A rival from the next sentence on ("Tại hậu trường, Hạ Vy tiết lộ …. Cô chia sẻ: …"); not within its own
      // ("Trong Talkshow X, ông …").
      if (first && m.type === 'person' && early) this.pendingOpener = e && canSpeak(e) ? e : OTHER;
      if (!e || !canSpeak(e)) continue;
      const opens = first && early;
      first = false;
      this.sentence.push({ e, start: m.start });
      moveToEnd(this.anyone, e);
      // "Anna Berg met the minister on Monday.": the person opening a sentence is its subject, the centre of
      // what follows; a "he" after it may mean her rather than whoever spoke before.
      if (opens) this.pendingSubject = e;
      // Only someone who could speak is an antecedent: not a bare capitalised run the article never writes as a
      // person ("the Northern Plains"), nor a place or an outlet.
      if (m.type === 'person' && (e.attested || !m.bare)) {
        this.push(e);
        if (!this.pendingPerson && early) this.pendingPerson = e;
      }
    }
  }

  /** A new paragraph starts: "bà" looks for a woman named in it before anyone of earlier paragraphs. */
  startParagraph(): void {
    this.keepBareOpener();
    this.paragraph = [];
    this.paragraphOpener = null;
    this.pendingOpener = null;
  }

  private push(e: SpeakerEntry): void {
    moveToEnd(this.recent, e);
    moveToEnd(this.paragraph, e);
  }

  /** Record that `e` made a statement: the default antecedent of a following "ông"/"bà". */
  noteSpeaker(e: SpeakerEntry): void {
    if (e.kind === 'person') {
      this.lastSpeaker = e;
      this.bareOpener = null;
      this.paragraphOpener = null;
      this.pendingOpener = null;
      this.subjectSinceSpeaker = null;
      this.personSinceSpeaker = null;
      this.pendingSubject = null;
      this.pendingPerson = null;
      this.push(e);
      moveToEnd(this.anyone, e);
    }
  }

  /**
   * Record that a person the article describes but does not name has spoken ("Một bị hại cho biết …"): a following
   * "người này", "ông", "bà" most likely means them, so no one named before is sure to be meant.
   */
  noteDescribedSpeaker(): void {
    this.paragraph = [];
    this.paragraphOpener = OTHER;
    this.bareOpener = OTHER;
  }

  /**
   * The speaker entry a subject mention refers to, or null when it cannot be told. `afterClause`: the mention follows
   * the unquoted words it reports ("…, he added."), whose names it cannot mean.
   */
  resolve(m: Mention, afterClause = false): SpeakerEntry | null {
    this.how = m.type;
    const found = m.type === 'pronoun' ? this.antecedent(m, afterClause) : this.resolveInner(m);
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
    if (EPITHET_HEAD.test(normaliseRole(role))) return null;
    // "Đại diện Hiệp hội X" is anyone of that body: blank only when someone named so far holds a title in it.
    const body = bodyVoice(role);
    if (body ? this.anyone.some((e) => [...e.roles.keys()].some((r) => titledIn(r, body))) : this.registry.sameKindOfRole(role)) return null;
    const kept = endAtWholeBody(role.trim());
    const label = kept.charAt(0).toUpperCase() + kept.slice(1);
    const e = this.resolve({ type: 'org', name: label, surface: label, start: 0, end: 0 });
    this.how = 'roleLabel';
    return e;
  }

  /**
   * Whom "ông", "bà", "he" refers to: the nearest fitting person of this paragraph ("… Lucía Herrero gọi … “…”. “…”,
   * bà nói."), else the last speaker, else the subject of the sentence before, else the person last named. Names after the pronoun in its own sentence are
   * not antecedents. When another fitting person has since opened a sentence ("X said …. Y met Z …. “…,” he
   * said.") or was named after the last person who could speak, the pronoun could mean either: nobody.
   */
  private antecedent(m: Extract<Mention, { type: 'pronoun' }>, afterClause = false): SpeakerEntry | null {
    if (NOT_ONE_PERSON.test(m.surface)) return null;
    // "Anh cho biết …" opening a sentence may be the country: only someone the page calls "anh" is meant (openingAnh.ts).
    if (m.orCountry) return calledAnh(this.antecedent({ ...m, orCountry: false }, afterClause));
    const later = new Set(this.sentence.filter((x) => x.start > m.start).map((x) => x.e));
    for (const x of this.sentence) if (x.start < m.start) later.delete(x.e);
    // "The figure matched the one given by X recently, he added.": a pronoun after the words it reports does not
    // mean a person named in them (one does not report oneself by name). A name in a phrase set before the subject
    // may be its antecedent ("At Berg's briefing, she said …"): only the reported words are ruled out.
    if (afterClause) for (const x of this.sentence) if (x.start < m.start) later.add(x.e);
    const fits = (e: SpeakerEntry) => e.kind === 'person' && !later.has(e) && (!m.gender || !e.gender || e.gender === m.gender) &&
      addressFits(m.surface, e.aliases);
    // English writes people without a title ("Anna Berg reported …"), so there a bare name may be whom "he" means;
    // Vietnamese copy writes a person "ông X", "bà Y", and its bare capitalised runs are bodies and brands.
    const english = ENGLISH_PRONOUN.test(m.surface);
    const here = [...this.paragraph].reverse().find(fits);
    // "Ông A từ chối bình luận về lỗi của thủ môn B. “…”, ông nói.": B is named inside the sentence A opened, as its
    // object; the pronoun could mean either, so nobody. One who spoke, or opened the last sentence, is not such a rival.
    if (here && here !== this.lastSpeaker && this.objectOfOpener(here, fits)) return null;
    if (here) return this.by('pronoun:paragraph', here);
    if (this.lastSpeaker && fits(this.lastSpeaker)) {
      // A bare name that opened a sentence of this paragraph since ("Minh Khang vào vai …. Anh nói: …") is a rival too:
      // the subject has changed, and the last speaker is no longer sure.
      const rival = english ? this.subjectSinceSpeaker : this.personSinceSpeaker;
      if (rival && rival !== this.lastSpeaker && fits(rival)) return null;
      if (m.gender && !this.lastSpeaker.gender && this.namedSinceOfGender(this.lastSpeaker, m.gender, fits)) return null;
      return this.rivalOpener(fits) || this.bareRival(fits, this.lastSpeaker) ? null : this.by('pronoun:lastSpeaker', this.lastSpeaker);
    }
    // Nobody has spoken yet: the person the last sentence was about ("Speaking on radio, minister X used …. He
    // said: “…”"), else the last person named, if no other was named after.
    if (this.previousSubject && fits(this.previousSubject)) return this.by('pronoun:previousSubject', this.previousSubject);
    const named = [...this.recent].reverse().find(fits);
    if (named && (this.rivalOpener(fits, named) || this.bareRival(fits, named))) return null;
    return named && (!english || [...this.anyone].reverse().find(fits) === named) ? this.by('pronoun:lastNamed', named) : null;
  }

  private by(how: string, e: SpeakerEntry): SpeakerEntry {
    this.how = `${how}${this.paragraph.includes(e) ? '@para' : '@before'}`;
    return e;
  }

  /**
   * Whom "vị chuyên gia", "nữ diễn viên" stands for: the person a pronoun of that gender would mean, unless the article
   * gave that person a title of another kind ("nữ bệnh nhân" is not the doctor who spoke last). "chuyên gia" is what
   * the press calls anyone quoted for their expertise, whatever their title.
   */
  private epithetReferent(m: Mention, title: string, gender: Gender): SpeakerEntry | null {
    const e = this.antecedent({ type: 'pronoun', gender, surface: m.surface, start: m.start, end: m.end });
    // Only someone of this paragraph, the last speaker or the subject of the sentence before: with nobody heard yet, the
    // last person named is a guess ("… tuyên phạt bị cáo X, Y và Z. … nữ bị cáo cho rằng …").
    const near = e && (e === this.lastSpeaker || e === this.previousSubject || this.paragraph.includes(e)) ? e : null;
    // "vị lãnh đạo này" is the one meant when that one holds an office (a deputy's as well as a head's), never the
    // suspect or the witness a pronoun would mean.
    const leader = leaderWord(title);
    if (leader && near && [...near.roles.keys()].some(holdsOffice)) return this.by(`epithet+${this.how}`, near);
    if (near && !leader && (!near.roles.size || ANY_TITLE_EPITHET.test(title) || this.registry.fitsRole(near, title) ||
      this.registry.byCompatibleRole(title).includes(near))) return this.by(`epithet+${this.how}`, near);
    // Else the one person of the article under that title or one of its kind, of that gender ("diễn viên X" … "nữ diễn
    // viên cho biết", "Chủ tịch Tập đoàn X" … "vị lãnh đạo doanh nghiệp"); several ("bị cáo X, Y và Z"): nobody.
    const titled = new Set([...this.registry.byRole(title), ...this.registry.byCompatibleRole(title)]);
    const one = titled.size === 1 ? [...titled][0]! : null;
    // An epithet refers back: never to someone the article names only further on ("…”, nữ ca sĩ này chia sẻ. … các ca
    // sĩ X, Y đến chúc mừng").
    return one && this.namedBefore(one, m.start) && (!gender || !one.gender || one.gender === gender) ? this.by('epithet:onlyTitled', one) : null;
  }

  /** Whether `e` was named before `at` of the current sentence: not only further on in it, nor later in the article. */
  private namedBefore(e: SpeakerEntry, at: number): boolean {
    const here = this.sentence.filter((x) => x.e === e);
    return this.anyone.includes(e) && (here.length === 0 || here.some((x) => x.start < at));
  }

  /**
   * "“…,” said lawyer Dang Van Minh. … Nguyen Van Khoa’s wife, Pham Thi Hue, was allowed in. “…,” she said.": a person
   * of the pronoun's sex (known from the name) named since `e` spoke, when `e`'s sex is unknown, may be whom it means:
   * the pronoun could mean either, so nobody.
   */
  private namedSinceOfGender(e: SpeakerEntry, gender: NonNullable<SpeakerEntry['gender']>, fits: (e: SpeakerEntry) => boolean): boolean {
    const at = this.anyone.lastIndexOf(e);
    return at >= 0 && this.anyone.slice(at + 1).some((x) => x.gender === gender && fits(x));
  }

  private keepBareOpener(): void {
    const o = this.pendingOpener;
    if (o && (o === OTHER || !o.attested) && o !== this.lastSpeaker) this.bareOpener = o;
  }

  /** Whether a name never written as a person's opened a sentence since `e` was last heard or named (see bareOpener). */
  private bareRival(fits: (e: SpeakerEntry) => boolean, e: SpeakerEntry): boolean {
    const o = this.bareOpener;
    return o !== null && o !== e && (o === OTHER || fits(o));
  }

  /** Whether `e` was named after a fitting person of this paragraph who opened the last sentence with an opener. */
  private objectOfOpener(e: SpeakerEntry, fits: (e: SpeakerEntry) => boolean): boolean {
    const o = this.paragraphOpener;
    return o !== null && o !== OTHER && o !== e && fits(o) && this.paragraph.includes(o);
  }

  /** Whether someone other than `e` (the last speaker by default) opened a sentence of this paragraph since. */
  private rivalOpener(fits: (e: SpeakerEntry) => boolean, e: SpeakerEntry | null = this.lastSpeaker): boolean {
    const o = this.paragraphOpener;
    return o !== null && o !== e && (o === OTHER || fits(o));
  }

  /** The entry a person's name as written means; a short form two people share is told apart (sharedNames.ts). */
  private personMeant(m: Extract<Mention, { type: 'person' }>): SpeakerEntry | null {
    const e = this.registry.resolveName(m.name);
    if (!e || e.kind !== 'person') return e;
    const same = this.registry.sameCalled(m.name);
    return same.length > 1 && same.includes(e) ? sharedNameMeant(m, same, this.paragraph, this.lastSpeaker) : e;
  }

  private resolveInner(m: Mention): SpeakerEntry | null {
    switch (m.type) {
      case 'person': {
        // "CEO Saomilk cho biết": the short name the article gave a body is whose title it is, not a person.
        const body = asBodyTitle(m, this.registry.bodyNames);
        if (body !== m) return this.resolveInner(body);
        // A bare capitalised run ("Bình Nhưỡng tuyên bố") speaks only if the corpus ever wrote it as a person.
        const e = this.personMeant(m);
        // "Anh Hà cho biết" on a page that calls "chị Nguyễn Thị Hà" by the same given name: a form of address of the
        // other sex names someone else, whom the page did not name in full.
        if (e && m.gender && e.gender && m.gender !== e.gender) return null;
        return e && (e.attested || !m.bare) ? e : null;
      }
      case 'org': {
        // An acronym the article defined stands for its words: a body ("NHNN") or a title ("TBT").
        const full = this.registry.acronyms.get(m.name) ?? KNOWN_BODIES.get(m.name);
        if (!full && KINDS_OF_BODY.has(m.name)) {
          // "Sở khẳng định …" after "Sở Nông nghiệp … tỉnh X đã có văn bản …": the one such body named before.
          const body = m.anaphor ? bodyOfKind(m.name, this.bodies, (n) => this.registry.hasOrg(n)) : null;
          return body ? this.registry.org(body) : null;
        }
        if (!full) return this.registry.org(joinedBodyMeant(m.name, this.registry.acronyms) ?? localBodyMeant(m.name, this.bodies) ?? m.name);
        const meant = parseSubject(full);
        if (meant?.type === 'role' || meant?.type === 'person') return this.resolveInner(meant);
        return this.registry.org(full);
      }
      case 'pronoun': return this.antecedent(m);
      case 'nonSpeaker': {
        // "Theo cơ quan công an, …" after "Công an tỉnh X …": the one body of that field named so far.
        const body = bodyMeant(m.surface, this.bodies);
        return body ? this.registry.org(body) : null;
      }
      case 'role': {
        // "một bị cáo khác nói", "các quan chức cho biết": someone else, or several; never one named person.
        if (ONE_OF_MANY.test(m.role)) return null;
        const epithet = readEpithet(m.role);
        if (epithet) return this.epithetReferent(m, epithet.title, epithet.gender);
        // "ca sĩ này" means no one named only further on in its sentence.
        const fitting = [...this.recent].reverse().filter((e) => this.registry.fitsRole(e, m.role) && (!m.back || this.namedBefore(e, m.start)));
        const local = fitting[0];
        // "the minister said" on an English page that has named two ministers: which one the writer means is not
        // told by who was named last (the one who spoke may go by a bare name the page never tied to the title).
        if (local && fitting.length > 1 && local !== this.lastSpeaker && ENGLISH_ROLE.test(m.role)) return null;
        if (local) return this.by('role:recent', local);
        // The one person of the article known under a fitting role, even if named only further on; but "hiệu trưởng
        // này", "ca sĩ này" point back, to someone named before.
        const cast = this.registry.byRole(m.role);
        // A leader word ("nhà lãnh đạo Mỹ", "người đứng đầu ngành y tế") stands for someone named already, as "này" does.
        const back = m.back || leaderWord(m.role);
        if (cast.length) return cast.length === 1 && (!back || this.namedBefore(cast[0]!, m.start)) ? this.by('role:onlyHolder', cast[0]!) : null;
        // "Bộ trưởng TT-TT" for the article's "Bộ trưởng Thông tin và Truyền thông"; "nhà lãnh đạo Nga" for its
        // "Tổng thống X": the most recently mentioned such person, else the only one of the article.
        const loose = this.registry.byCompatibleRole(m.role);
        const near = [...this.recent].reverse().find((e) => loose.includes(e));
        if (near) return this.by('role:compatibleRecent', near);
        // Never someone the article names only further on: a title written before the name is not that name's.
        return loose.length === 1 && this.namedBefore(loose[0]!, m.start) ? this.by('role:compatibleOnly', loose[0]!) : null;
      }
      default:
        return null;
    }
  }
}

/**
 * "Phát ngôn viên Bạch Ốc từ chối …": a body named whole ends the title, and the lower-case words after it are the
 * sentence's. Other titles keep their lower-case words: those of "Bộ Y tế", "Chính phủ" are part of their names.
 */
function endAtWholeBody(role: string): string {
  for (const body of WHOLE_BODY_NAMES) {
    const at = role.lastIndexOf(` ${body} `);
    if (at >= 0 && /^[\p{Ll}\s]+$/u.test(role.slice(at + body.length + 2))) return role.slice(0, at + body.length + 1);
  }
  return role;
}

/** Put `e` last in a recency list. */
function moveToEnd(list: SpeakerEntry[], e: SpeakerEntry): void {
  const i = list.indexOf(e);
  if (i >= 0) list.splice(i, 1);
  list.push(e);
}
