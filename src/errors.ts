// Typed errors with stable codes. Only the CLI's main and the API's onError turn them into exit codes / HTTP.

export type ErrorCode =
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_PARSE'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_USAGE'
  | 'E_DICTIONARY'
  | 'E_STORE_LOCKED'
  | 'E_STORE_CORRUPT'
  | 'E_STORE_OPEN'
  | 'E_STORE_QUERY'
  | 'E_NOT_FOUND'
  | 'E_AUTH'
  | 'E_FORBIDDEN'
  | 'E_INGEST';

/** Exit code each error maps to on the command line. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  E_INPUT_ENCODING: 2,
  E_INPUT_EMPTY: 2,
  E_INPUT_PARSE: 3,
  E_INPUT_TOO_LARGE: 2,
  E_INPUT_NOT_FOUND: 2,
  E_USAGE: 64,
  E_DICTIONARY: 70,
  E_STORE_LOCKED: 75,
  E_STORE_CORRUPT: 74,
  E_STORE_OPEN: 74,
  E_STORE_QUERY: 70,
  E_NOT_FOUND: 4,
  E_AUTH: 77,
  E_FORBIDDEN: 77,
  E_INGEST: 1,
};

/** HTTP status each error maps to in the API. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  E_INPUT_ENCODING: 400,
  E_INPUT_EMPTY: 400,
  E_INPUT_PARSE: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_NOT_FOUND: 404,
  E_USAGE: 400,
  E_DICTIONARY: 500,
  E_STORE_LOCKED: 503,
  E_STORE_CORRUPT: 500,
  E_STORE_OPEN: 500,
  E_STORE_QUERY: 500,
  E_NOT_FOUND: 404,
  E_AUTH: 401,
  E_FORBIDDEN: 403,
  E_INGEST: 400,
};

export class EntenteError extends Error {
  readonly code: ErrorCode;
  /** Optional machine-readable detail: the field, the path, the line. */
  readonly detail: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = 'EntenteError';
    this.code = code;
    this.detail = detail;
  }
}

export function isEntenteError(e: unknown): e is EntenteError {
  return e instanceof EntenteError;
}
