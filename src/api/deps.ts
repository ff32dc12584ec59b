// What every route needs from the app: the store, its turn-taking gate, and the coder.
import type { Coder } from '../ingest/types.ts';
import type { Store } from '../store/Store.ts';
import type { Exclusive } from './exclusive.ts';

export interface ApiDeps {
  store: Store;
  /** Serialises store access (see exclusive.ts). */
  gate: Exclusive;
  /** An injected coder (tests) runs in the request's thread; without one, coding runs on worker threads. */
  coder: Coder | undefined;
  /** Bearer token for writes (and for reads when `tokenForReads`); undefined: writes are refused. */
  token: string | undefined;
  readOnly: boolean;
}
