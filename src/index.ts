// Public library API. Internal modules are not re-exported.
export { code } from './pipeline/code.ts';
export type * from './types.ts';
export { PLOVER_TYPES, STATUSES, COUNTED_STATUSES } from './types.ts';
export { EntenteError, isEntenteError } from './errors.ts';
export * from './analysis/index.ts';
export { openStore } from './store/openStore.ts';
export type { Store } from './store/Store.ts';
export { createIngester } from './ingest/Ingester.ts';
