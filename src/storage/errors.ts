// The two ways a state store can fail a turn: someone else saved first (retry), or the store cannot be reached (apologise).

/** A write carried an eTag that is no longer current: another turn saved this item since it was read. */
export class StorageConflictError extends Error {
  constructor(readonly key: string) {
    // The same words as botbuilder's MemoryStorage and BlobsStorage use.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StorageConflictError';
  }
}

/** The store failed for any other reason (unreachable, timed out, refused): the turn cannot be saved. */
export class StorageUnavailableError extends Error {
  /** A short, log-safe name for the cause (an error code such as ECONNREFUSED, or an HTTP status). */
  readonly reason: string;

  constructor(operation: 'read' | 'write' | 'delete', cause: unknown) {
    const reason = describeCause(cause);
    super(`Storage ${operation} failed (${reason}).`, { cause });
    this.name = 'StorageUnavailableError';
    this.reason = reason;
  }
}

/** A storage call did not finish within its deadline (a store that accepts connections but does not answer). */
export class StorageTimeoutError extends Error {
  readonly code = 'TIMEOUT';

  constructor(ms: number) {
    super(`Storage did not answer within ${ms} ms.`);
    this.name = 'StorageTimeoutError';
  }
}

/** A key the store cannot name (an id holding a lone surrogate): bad input from the caller, not an outage. */
export class StorageKeyError extends Error {
  constructor() {
    super('A storage key holds characters that cannot be encoded.');
    this.name = 'StorageKeyError';
  }
}

/**
 * The StorageUnavailableError behind an error, if any: botbuilder-dialogs wraps what a dialog's state read throws in
 * a DialogContextError (keeping it as `.error`), and other wrappers keep theirs as `.cause`.
 */
export function storageFailure(error: unknown): StorageUnavailableError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof StorageUnavailableError) return current;
    const { error: inner, cause } = current as { error?: unknown; cause?: unknown };
    current = inner instanceof Error ? inner : cause;
  }
  return undefined;
}

export function isConflict(error: unknown): boolean {
  if (error instanceof StorageConflictError) return true;
  if (!(error instanceof Error)) return false;
  // BlobsStorage turns HTTP 412 into this message; an unwrapped RestError carries the status.
  return /due to eTag conflict/.test(error.message) || (error as { statusCode?: number }).statusCode === 412;
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return 'unknown';
  const { code, statusCode } = cause as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code) return code;
  if (typeof statusCode === 'number') return `HTTP ${statusCode}`;
  return cause.name;
}
