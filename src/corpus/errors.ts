/** Why the corpus folder itself could not be used (single files never throw: they are skipped). */
export type CorpusErrorCode = 'corpus-missing' | 'corpus-not-directory' | 'corpus-unreadable';

/** A typed, expected failure of `loadCorpus`: the folder is missing, not a folder, or unreadable. */
export class CorpusError extends Error {
  constructor(
    readonly code: CorpusErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}
