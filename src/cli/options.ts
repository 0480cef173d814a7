/**
 * Parsers for option values shared by commands. Each throws commander's InvalidArgumentError,
 * so a bad value is a usage error (exit 2) with a message that says what is expected.
 */
import { InvalidArgumentError } from 'commander';

/** `--url`: an absolute http(s) URL. */
export function parseUrlOption(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new InvalidArgumentError('expected an absolute http(s) URL, such as https://example.com/news/1');
  }
  return value;
}

/** `--user-agent`, `--contact`: text that goes into an HTTP header, so one non-empty line. */
export function parseHeaderText(value: string): string {
  if (value.trim() === '' || /[\r\n]/.test(value))
    throw new InvalidArgumentError('expected one non-empty line of text');
  return value;
}

/** `--timeout`: a whole number of milliseconds, at least 1. */
export function parseTimeout(value: string): number {
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(ms) || ms < 1) {
    throw new InvalidArgumentError('expected a whole number of milliseconds, such as 15000');
  }
  return ms;
}
