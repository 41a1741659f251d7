/*
 * The script of the widget document /embed/{lang}/, bundled as a classic script: a sandboxed frame
 * has an opaque origin, and module scripts would need CORS headers from the host. It applies the
 * allow-listed options, runs the countdown, and tells the loader its height.
 */
import { startCountdown } from '../browser/liveCountdown';
import { HEIGHT_MESSAGE, loaderHandshake, widgetOptions } from '../lib/widgetParams';

const root = document.documentElement;
const countdowns = [...document.querySelectorAll<HTMLElement>('[data-countdown]')];
const options = widgetOptions(
  location.search,
  countdowns.map((element) => element.dataset.round!),
);
root.dataset.theme = options.theme;
root.dataset.size = options.size;
if (options.round) {
  for (const element of countdowns) element.hidden = element.dataset.round !== options.round;
}
countdowns.filter((element) => !element.hidden).forEach(startCountdown);

const handshake = loaderHandshake(location.hash);
if (handshake && window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The exact partner origin is the target: the browser delivers to no other page.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id: handshake.id, height }, handshake.origin);
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
