/**
 * The bot's persistent state: per-server digest settings, the digest delivery ledger (what makes a digest
 * exactly-once across crashes and across processes), quote-of-the-day history and seen articles.
 *
 * Two backends honour this one asynchronous interface: SQLite in `DATA_DIR` (the embedded default,
 * src/store/sqliteStore.ts) and PostgreSQL when `DATABASE_URL` is set (src/store/pgStore.ts), shared by every
 * bot process on every machine. Both run the same versioned migrations (src/store/migrations.ts).
 */
export { StoreError, type StoreErrorCode } from './errors.js';
export { openStore, type OpenStoreOptions } from './sqliteStore.js';
export * from './contract.js';
