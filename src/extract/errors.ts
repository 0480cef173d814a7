/** Why a page could not be extracted; the CLI prints `message` on one line and exits 1. */
export type ExtractErrorCode = 'empty' | 'binary' | 'not-html' | 'too-large';

/** A page that cannot give an Article. Callers should skip it, not retry. */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

/** Pages over this size are refused (50 MB), as the CLI promises. */
export const MAX_PAGE_BYTES: number = 50 * 1024 * 1024;
