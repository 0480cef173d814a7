/** corpus: the Store interface and its records, and the SQLite store behind it (see DESIGN.md). */

export type { StoreErrorCode } from './sqlite/errors.js';
export { StoreError } from './sqlite/errors.js';
export type { OpenStoreOptions } from './sqlite/open.js';
export { openStore } from './sqlite/open.js';
export { SqliteStore } from './sqlite/store.js';
export type * from './types.js';
