/*
 * The script of the widget document /embed/{lang}/…, bundled as a classic script and written into the
 * document inline (src/widget/widgetDocumentScript.ts): a sandboxed frame has an opaque origin. It
 * applies the allow-listed options that the address does not carry, runs the countdown, and tells the page around it its height: our loader
 * (exact partner origin, our message) or WordPress (the secret WordPress gave it, WordPress's
 * message), whichever framed it.
 */
import { startCountdown } from '../browser/liveCountdown';
import { HEIGHT_MESSAGE, loaderHandshake, widgetOptions, wordpressSecret } from '../lib/widgetParams';

const root = document.documentElement;
const countdowns = [...document.querySelectorAll<HTMLElement>('[data-countdown]')];
// The document's address already set its size and theme (the styles need no script); a query from
// an older loader or snippet ("?theme=dark&size=compact") may still name others.
const options = widgetOptions(
  location.search,
  countdowns.map((element) => element.dataset.round!),
  root.dataset,
);
root.dataset.theme = options.theme;
root.dataset.size = options.size;
if (options.calm) root.dataset.calm = '';
if (options.round) {
  for (const element of countdowns) element.hidden = element.dataset.round !== options.round;
}
countdowns.filter((element) => !element.hidden).forEach(startCountdown);

// Opened on its own, the document is a page and its content is its main landmark; framed in a
// partner's page it is part of that page and adds no landmark (several widgets on one page would
// otherwise repeat the same one).
const widgetRoot = document.querySelector<HTMLElement>('[data-widget-root]');
if (window.parent === window && widgetRoot) {
  widgetRoot.setAttribute('role', 'main');
  widgetRoot.setAttribute('aria-label', widgetRoot.dataset.label!);
}

const height = () => Math.ceil(root.getBoundingClientRect().height);

/** Reports the height whenever it changes, to one listener. */
function reportHeight(send: (height: number) => void): void {
  let last = 0;
  const report = () => {
    const current = height();
    if (current === last) return;
    last = current;
    send(current);
  };
  new ResizeObserver(report).observe(document.body);
  addEventListener('load', () => send(height()));
  report();
}

const handshake = loaderHandshake(location.hash);
const secret = wordpressSecret(location.hash);
if (window.parent !== window && handshake) {
  // The exact partner origin is the target: the browser delivers to no other page.
  reportHeight((value) =>
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id: handshake.id, height: value }, handshake.origin),
  );
} else if (window.parent !== window && secret) {
  // WordPress checks the sending frame and the secret, not the origin, and we do not know its origin:
  // the message carries only a height and the secret WordPress itself chose.
  const post = (message: 'height' | 'link', value: number | string) =>
    window.parent.postMessage({ message, value, secret }, '*');
  reportHeight((value) => post('height', value));
  // WordPress's sandbox allows no new tabs: it opens our own links in the page when asked.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    post('link', link.href);
  });
}
