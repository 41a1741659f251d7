/*
 * Makes a server-rendered [data-countdown] live. Every tick recomputes from the clock (never
 * decrements), so a tab that slept or a clock that changed shows the right figures at once. The
 * wording of every state is in the HTML already; this only fills in figures and shows the right
 * state. Calm widgets and readers who ask for reduced motion get no per-second updates.
 * Budget: 1.5 KB min+gzip with its imports; keep it free of libraries.
 */
import { DAY, deadlineState, type TimeParts } from '../lib/deadlineState';
import { fillPlaceholders } from '../lib/fillPlaceholders';
import { announcementParts, formatDuration, unitLabel, type Unit } from '../lib/formatDuration';

const UNITS: Unit[] = ['days', 'hours', 'minutes', 'seconds'];

export function startCountdown(root: HTMLElement): void {
  const data = root.dataset;
  const locale = data.locale!;
  const deadline = Date.parse(data.deadline!);
  const paused = data.paused === 'true';
  const built = Date.parse(data.built!);
  const numbers = new Intl.NumberFormat(locale);
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  // No ticking seconds in a calm widget, nor for readers who ask for less motion.
  const calm = !!root.closest('[data-calm]') || matchMedia('(prefers-reduced-motion: reduce)').matches;
  let announced = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readerZone = find('[data-reader-zone]');
  if (readerZone) {
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
      Date.parse(data.lastMoment!),
    );
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    readerZone.textContent = fillPlaceholders(data.yourZone!, { zone, datetime: when });
    readerZone.classList.remove('invisible');
  }

  function render(parts: TimeParts, state: string, now: number): void {
    root.dataset.state = state;
    // In the last day a box that shows one figure (compact, calm) shows the hours, not "0 days".
    root.toggleAttribute('data-last-day', (state === 'upcoming' || state === 'urgent') && parts.days === 0);
    root.querySelectorAll<HTMLElement>('[data-when-state]').forEach((element) => {
      element.hidden = !element.dataset.whenState!.split(' ').includes(state);
    });
    if (state === 'upcoming' || state === 'urgent') {
      for (const unit of UNITS) {
        find(`[data-unit="${unit}"]`)!.textContent = numbers.format(parts[unit]);
        find(`[data-unit-label="${unit}"]`)!.textContent = unitLabel(locale, unit, parts[unit]);
        find(`[data-unit-short="${unit}"]`)!.textContent = unitLabel(locale, unit, parts[unit], 'short');
      }
      const text = fillPlaceholders(data.announce!, { duration: formatDuration(locale, announcementParts(parts)) });
      // The first figures are on screen already; only changes are announced.
      if (announced && text !== announced) find('[data-announcer]')!.textContent = text;
      announced = text;
    }
    const clockNote = find('[data-clock-note]');
    if (clockNote && now < built - DAY) {
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
      clockNote.textContent = fillPlaceholders(data.clockWarning!, { now: day.format(now), built: day.format(built) });
      clockNote.hidden = false;
    }
  }

  function tick(): void {
    clearTimeout(timer);
    const now = Date.now();
    const { state, parts } = deadlineState(deadline, paused, now);
    render(parts, state, now);
    if (document.hidden || state === 'paused') return;
    const step = state === 'passed' || calm ? 60_000 : 1000;
    timer = setTimeout(tick, step - (now % step) + 5);
  }

  document.addEventListener('visibilitychange', tick);
  tick();
}
