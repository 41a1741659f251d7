/*
 * Makes a server-rendered [data-countdown] live. Every tick recomputes from the clock (never
 * decrements), so a tab that slept or a clock that changed shows the right figures at once.
 * Budget: 1.5 KB min+gzip with its imports; keep it free of libraries.
 */
import { DAY, deadlineState, type TimeParts } from '../lib/deadlineState';
import { announcementParts, elapsedParts, formatDuration, unitLabel, type Unit } from '../lib/formatDuration';

export function startCountdown(root: HTMLElement): void {
  const data = root.dataset;
  const locale = data.locale!;
  const deadline = Date.parse(data.deadline!);
  const paused = data.paused === 'true';
  const built = Date.parse(data.built!);
  const numbers = new Intl.NumberFormat(locale);
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const announcer = find('[data-announcer]')!;
  let announced = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readerZone = find('[data-reader-zone]');
  if (readerZone) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
      Date.parse(data.lastMoment!),
    );
    readerZone.textContent = data.yourZone!.replace('{zone}', zone).replace('{datetime}', when);
    readerZone.classList.remove('invisible');
  }

  function render(parts: TimeParts, state: string, now: number): void {
    root.dataset.state = state;
    const live = state === 'upcoming' || state === 'urgent';
    root
      .querySelectorAll<HTMLElement>('[data-when-state]')
      .forEach((el) => (el.hidden = el.dataset.whenState !== state));
    find('[data-figures]')!.hidden = !live;
    const calendar = find('[data-calendar]');
    if (calendar) calendar.hidden = !live;
    if (live) {
      for (const unit of ['days', 'hours', 'minutes', 'seconds'] as Unit[]) {
        find(`[data-unit="${unit}"]`)!.textContent = numbers.format(parts[unit]);
        find(`[data-unit-label="${unit}"]`)!.textContent = unitLabel(locale, unit, parts[unit]);
      }
      const text = data.announce!.replace('{duration}', formatDuration(locale, announcementParts(parts)));
      // The first figures are on screen already; only changes are announced.
      if (announced && text !== announced) announcer.textContent = text;
      announced = text;
    }
    const elapsed = find('[data-elapsed]');
    if (state === 'passed' && elapsed) elapsed.textContent = formatDuration(locale, elapsedParts(parts));
    const clockNote = find('[data-clock-note]');
    if (clockNote && now < built - DAY) {
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
      clockNote.textContent = data
        .clockWarning!.replace('{now}', day.format(now))
        .replace('{built}', day.format(built));
      clockNote.hidden = false;
    }
  }

  function tick(): void {
    clearTimeout(timer);
    const now = Date.now();
    const { state, parts } = deadlineState(deadline, paused, now);
    render(parts, state, now);
    if (document.hidden || state === 'paused') return;
    const step = state === 'passed' ? 60_000 : 1000;
    timer = setTimeout(tick, step - (now % step) + 5);
  }

  document.addEventListener('visibilitychange', tick);
  tick();
}
