/*
 * The partner widget's options, read from an allow-list. Anything else (unknown, malformed,
 * hostile) falls back to the default: the widget never shows or runs what a URL or an attribute
 * says, it only picks among values it already knows.
 */

/** Allowed values; the first of each list is the default. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export const SIZES = ['full', 'compact'] as const;
export type WidgetTheme = (typeof THEMES)[number];
export type WidgetSize = (typeof SIZES)[number];

/** The message the widget sends to the loader on the partner page. */
export const HEIGHT_MESSAGE = 'objection-countdown:height';

/** `value` if it is one of `allowed`, else `fallback`. */
export function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export interface WidgetOptions {
  theme: WidgetTheme;
  size: WidgetSize;
  /** A round id the page has, or undefined for the current round. */
  round: string | undefined;
}

/** Options from the widget document's query string, against the rounds the document contains. */
export function widgetOptions(search: string, roundIds: readonly string[]): WidgetOptions {
  const params = new URLSearchParams(search);
  const round = params.get('round');
  return {
    theme: pick(params.get('theme'), THEMES, 'auto'),
    size: pick(params.get('size'), SIZES, 'full'),
    round: round !== null && roundIds.includes(round) ? round : undefined,
  };
}

export interface LoaderHandshake {
  /** The partner page's origin: the only one the widget posts its height to. */
  origin: string;
  /** The loader's id for this widget, echoed back so the loader knows which frame spoke. */
  id: string;
}

/** The loader's handshake from the widget document's fragment, or undefined if it is missing or malformed. */
export function loaderHandshake(hash: string): LoaderHandshake | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const origin = params.get('origin') ?? '';
  const id = params.get('id') ?? '';
  if (!/^[A-Za-z0-9-]{8,64}$/.test(id)) return undefined;
  try {
    const parsed = new URL(origin);
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== origin) return undefined;
  } catch {
    return undefined;
  }
  return { origin, id };
}

/** True for a well-formed height message from the widget with the given id. */
export function isHeightMessage(data: unknown, id: string): data is { type: string; id: string; height: number } {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === HEIGHT_MESSAGE &&
    message['id'] === id &&
    typeof message['height'] === 'number' &&
    Number.isFinite(message['height']) &&
    message['height'] > 0 &&
    message['height'] < 5000
  );
}
