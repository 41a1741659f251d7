/*
 * /widget.js: turns <objection-countdown lang="de" theme="dark" size="compact"></objection-countdown>,
 * or any element with data-objection-countdown (and data-lang, data-theme, data-size, data-round),
 * into the sandboxed widget iframe. Without JavaScript the element's own content (a link to our
 * guide) stays. Budget: 2 KB min+gzip.
 */
import { isHeightMessage, pick, SIZES, THEMES } from '../lib/widgetParams';

declare const __LOCALES__: string[];
declare const __DEFAULT_LOCALE__: string;

const script = document.currentScript as HTMLScriptElement | null;
// The widget lives next to this script on our site, whatever base path the site has.
const base = new URL('.', script?.src ?? location.href);
const frames = new Map<string, HTMLIFrameElement>();

function option(host: HTMLElement, name: string): string | null {
  return host.getAttribute(name) ?? host.getAttribute(`data-${name}`);
}

function mount(host: HTMLElement): void {
  if (host.querySelector('iframe[data-objection-frame]')) return;
  const lang = pick(option(host, 'lang'), __LOCALES__, __DEFAULT_LOCALE__);
  const round = option(host, 'round');
  const query = new URLSearchParams({
    theme: pick(option(host, 'theme'), THEMES, 'auto'),
    size: pick(option(host, 'size'), SIZES, 'full'),
  });
  if (round && /^[a-z0-9-]{1,32}$/.test(round)) query.set('round', round);
  const id = crypto.randomUUID();
  const url = new URL(`embed/${lang}/?${query}`, base);
  url.hash = new URLSearchParams({ origin: location.origin, id }).toString();

  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = host.textContent?.trim() || 'Countdown';
  frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('data-objection-frame', '');
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = query.get('size') === 'compact' ? '180px' : '340px';
  frames.set(id, frame);
  host.replaceChildren(frame);
}

addEventListener('message', (event) => {
  // A sandboxed frame without allow-same-origin has the opaque origin "null"; which frame spoke is
  // proven by event.source, and the id we gave it must come back.
  if (event.origin !== 'null' || typeof event.data?.id !== 'string') return;
  const frame = frames.get(event.data.id);
  if (!frame || event.source !== frame.contentWindow || !isHeightMessage(event.data, event.data.id)) return;
  frame.style.height = `${event.data.height}px`;
});

customElements.get('objection-countdown') ??
  customElements.define(
    'objection-countdown',
    class extends HTMLElement {
      connectedCallback() {
        mount(this);
      }
    },
  );
document.querySelectorAll<HTMLElement>('[data-objection-countdown]').forEach(mount);
