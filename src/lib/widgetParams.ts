/*
 * The partner widget's options and messages. Options are read from an allow-list: anything else
 * (unknown, malformed, hostile) falls back to the default, so the widget never shows or runs what a
 * URL or an attribute says; it only picks among values it already knows.
 */

/** Allowed values; the first of each list is the default. The transparent themes paint no background:
 * "transparent-light" has dark text for light pages, "transparent-dark" light text for dark pages. */
export const THEMES = ['auto', 'light', 'dark', 'transparent-light', 'transparent-dark'] as const;
export const SIZES = ['full', 'compact'] as const;
export type WidgetTheme = (typeof THEMES)[number];
export type WidgetSize = (typeof SIZES)[number];
export const DEFAULT_THEME: WidgetTheme = THEMES[0];
export const DEFAULT_SIZE: WidgetSize = SIZES[0];

/** What a round id may look like: in rounds.yaml (checked by its schema) and in a widget URL. */
export const ROUND_ID = /^[a-z0-9-]{1,32}$/;

/** The colour scheme a theme's document uses; a partner's iframe must say the same for transparency to show. */
export function themeColorScheme(theme: WidgetTheme): 'light' | 'dark' | undefined {
  if (theme === 'auto') return undefined;
  return theme === 'dark' || theme === 'transparent-dark' ? 'dark' : 'light';
}

/** The sandbox of every widget iframe: scripts run, links open in a new tab, nothing else. */
export const WIDGET_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The height an iframe needs to show the whole widget without the loader's help, from 250 px wide
 * up, in every language and countdown state (tallest measured: full 399 px, compact 157 px, both at
 * 250 px); tests/e2e/widget.spec.ts pastes the generator's iframe code and checks it. The loader
 * starts frames at these heights and then follows the widget's own.
 */
export const WIDGET_FRAME_HEIGHTS: Record<WidgetSize, number> = { compact: 160, full: 420 };

/** The tallest the widget may be, per size and frame width in px: compact at any width from 250, full at 300 and up. */
export const WIDGET_HEIGHT_BUDGETS: Record<WidgetSize, Record<number, number>> = {
  compact: { 250: 160, 300: 160, 400: 160 },
  full: { 250: 400, 300: 400, 400: 400 },
};

/**
 * The heights the loader accepts from a widget, in px: what any widget can be, from the compact one
 * in a wide frame to the full one in the narrowest (WordPress clamps its embeds to 200–1000 px).
 */
export const WIDGET_HEIGHT_RANGE = { min: 50, max: 600 } as const;

/** A reported height, held within WIDGET_HEIGHT_RANGE. */
export function clampWidgetHeight(height: number): number {
  return Math.min(WIDGET_HEIGHT_RANGE.max, Math.max(WIDGET_HEIGHT_RANGE.min, Math.round(height)));
}

/** The message the widget sends to the loader on the partner page. */
export const HEIGHT_MESSAGE = 'objection-countdown:height';

/** `value` if it is one of `allowed`, else `fallback`. */
export function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A yes/no option: only "1" or "true" mean yes. */
export function flag(value: unknown): boolean {
  return value === '1' || value === 'true';
}

export interface WidgetOptions {
  theme: WidgetTheme;
  size: WidgetSize;
  /** Days only, no ticking seconds. */
  calm: boolean;
  /** A round id the page has, or undefined for the current round. */
  round: string | undefined;
}

/** Options from the widget document's query string, against the rounds the document contains. */
export function widgetOptions(
  search: string,
  roundIds: readonly string[],
  document: { theme?: string | undefined; size?: string | undefined } = {},
): WidgetOptions {
  const params = new URLSearchParams(search);
  const round = params.get('round');
  // The document's own size and theme (from its address) unless the query names valid ones.
  const theme = pick(document.theme, THEMES, DEFAULT_THEME);
  const size = pick(document.size, SIZES, DEFAULT_SIZE);
  return {
    theme: pick(params.get('theme'), THEMES, theme),
    size: pick(params.get('size'), SIZES, size),
    calm: flag(params.get('calm')),
    round: round !== null && roundIds.includes(round) ? round : undefined,
  };
}

/** The query of a widget URL: the options the address itself does not carry (calm, another round). */
function widgetQuery(options: { calm: boolean; round?: string | undefined }): string {
  const query = new URLSearchParams();
  if (options.calm) query.set('calm', '1');
  if (options.round && ROUND_ID.test(options.round)) query.set('round', options.round);
  return query.toString();
}

/** The path of a widget document under the site root: "embed/de/compact/dark/". */
function widgetDocumentPath(lang: string, size: WidgetSize, theme: WidgetTheme): string {
  return `embed/${lang}/${size}/${theme}/`;
}

/**
 * The address of the widget document in `lang` with these options, under `siteRoot` (ending in "/").
 * Size and theme are in the path, so the document is right even when its script cannot run.
 */
export function widgetUrl(
  siteRoot: string,
  lang: string,
  options: Omit<WidgetOptions, 'round'> & { round?: string | undefined },
): string {
  const query = widgetQuery(options);
  return `${siteRoot}${widgetDocumentPath(lang, options.size, options.theme)}${query ? `?${query}` : ''}`;
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

/**
 * The secret WordPress gives a frame it embeds by oEmbed ("#?secret=Ab12Cd34Ef"), or undefined.
 * WordPress checks which frame a message comes from and this secret; like WordPress, only letters
 * and digits are accepted.
 */
export function wordpressSecret(hash: string): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret') ?? '';
  return /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : undefined;
}

/** What a widget frame tells the loader: its height, with the id the loader gave the frame. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

/**
 * True for a well-formed height message: our type, an id, and a finite height above zero. Whose id
 * it is, the loader checks (the frame it gave that id, and the window the message came from).
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    data.type === HEIGHT_MESSAGE &&
    'id' in data &&
    typeof data.id === 'string' &&
    'height' in data &&
    typeof data.height === 'number' &&
    Number.isFinite(data.height) &&
    data.height > 0
  );
}

/** An id for a frame, from the browser's random numbers (crypto.randomUUID needs a secure page; this does not). */
export function randomId(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = new Uint8Array(16);
  fill(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
