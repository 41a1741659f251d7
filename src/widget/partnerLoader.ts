/*
 * The loader partners put on their pages (/widget.js, and pinned versions at /widget/{version}.js):
 * it turns <objection-countdown lang="de" theme="dark" size="compact" calm></objection-countdown>,
 * or any element with data-objection-countdown (and data-lang, data-theme, data-size, data-calm,
 * data-round), into the sandboxed widget iframe, and keeps the frame as tall as the widget. Without
 * JavaScript the element's own content (a link to our guide) stays. It finds the widget documents
 * next to itself, wherever it is served from (our site, a sub-path, or a partner's own copy).
 * Budget: 2 KB min+gzip.
 */
import {
  clampWidgetHeight,
  DEFAULT_SIZE,
  DEFAULT_THEME,
  flag,
  isHeightMessage,
  pick,
  randomId,
  SIZES,
  themeColorScheme,
  THEMES,
  WIDGET_FRAME_HEIGHTS,
  WIDGET_SANDBOX,
  widgetUrl,
} from '../lib/widgetParams';

declare const __LOCALES__: string[];
declare const __DEFAULT_LOCALE__: string;

const script = document.currentScript as HTMLScriptElement | null;
const here = script?.src || location.href;
// A pinned version (widget/1.2.3.js) lives one folder below the widget documents; widget.js sits
// beside them, whatever the folder it is copied to is called.
const root = new URL(/\/widget\/\d+\.\d+\.\d+\.js$/.test(new URL(here).pathname) ? '../' : './', here);
const frames = new Map<string, HTMLIFrameElement>();
const OPTIONS = ['lang', 'theme', 'size', 'calm', 'round'];

function option(host: HTMLElement, name: string): string | null {
  return host.getAttribute(name) ?? host.getAttribute(`data-${name}`);
}

function mount(host: HTMLElement): void {
  const lang = pick(option(host, 'lang'), __LOCALES__, __DEFAULT_LOCALE__);
  const theme = pick(option(host, 'theme'), THEMES, DEFAULT_THEME);
  const size = pick(option(host, 'size'), SIZES, DEFAULT_SIZE);
  // A bare `calm` attribute counts as yes, as HTML booleans do.
  const calm = option(host, 'calm') === '' || flag(option(host, 'calm'));
  const id = randomId();
  const url = new URL(widgetUrl(root.href, lang, { theme, size, calm, round: option(host, 'round') ?? undefined }));
  url.hash = new URLSearchParams({ origin: location.origin, id }).toString();

  const old = host.querySelector<HTMLIFrameElement>('iframe[data-objection-frame]');
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = old?.title || host.textContent?.trim() || 'Countdown';
  frame.setAttribute('sandbox', WIDGET_SANDBOX);
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('data-objection-frame', '');
  frame.style.cssText = `width:100%;border:0;display:block;height:${WIDGET_FRAME_HEIGHTS[size]}px`;
  // The frame's colour scheme must match its document's, or browsers paint an opaque backdrop.
  const scheme = themeColorScheme(theme);
  if (scheme) frame.style.colorScheme = scheme;
  for (const [key, known] of frames) if (known === old) frames.delete(key);
  frames.set(id, frame);
  host.replaceChildren(frame);
}

// Any page or frame can post to this window: the data is unknown until proven a height message.
addEventListener('message', ({ origin, source, data }: MessageEvent<unknown>) => {
  // A sandboxed frame without allow-same-origin has the opaque origin "null"; which frame spoke is
  // proven by event.source, and the id we gave it must come back.
  if (origin !== 'null' || !isHeightMessage(data)) return;
  const frame = frames.get(data.id);
  if (!frame || source !== frame.contentWindow) return;
  // A height no widget can have (a bug, a hostile frame) is held within what widgets are.
  frame.style.height = `${clampWidgetHeight(data.height)}px`;
});

if (!customElements.get('objection-countdown')) {
  customElements.define(
    'objection-countdown',
    class extends HTMLElement {
      static observedAttributes = OPTIONS;
      private pending = false;
      connectedCallback() {
        mount(this);
      }
      // A changed option rebuilds the frame once, however many attributes changed together.
      attributeChangedCallback() {
        if (this.pending || !this.isConnected || !this.querySelector('iframe[data-objection-frame]')) return;
        this.pending = true;
        queueMicrotask(() => {
          this.pending = false;
          mount(this);
        });
      }
    },
  );
}
document.querySelectorAll<HTMLElement>('[data-objection-countdown]').forEach(mount);
