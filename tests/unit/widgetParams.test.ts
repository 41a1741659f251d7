import { describe, expect, it } from 'vitest';
import {
  clampWidgetHeight,
  isHeightMessage,
  loaderHandshake,
  randomId,
  themeColorScheme,
  WIDGET_FRAME_HEIGHTS,
  WIDGET_HEIGHT_RANGE,
  widgetOptions,
  widgetUrl,
  wordpressSecret,
} from '../../src/lib/widgetParams';

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(10_000),
  '../../etc/passwd',
  'DARK',
  ' dark',
  '😀',
];

describe('widget options from the URL', () => {
  it('takes allowed values', () => {
    expect(widgetOptions('?theme=transparent-dark&size=compact&calm=1&round=2024', ['2024', '2025'])).toEqual({
      theme: 'transparent-dark',
      size: 'compact',
      calm: true,
      round: '2024',
    });
  });

  it.each(hostile)('falls back to the defaults for %j', (payload) => {
    const query = new URLSearchParams({ theme: payload, size: payload, calm: payload, round: payload }).toString();
    expect(widgetOptions(`?${query}`, ['2024', '2025'])).toEqual({
      theme: 'auto',
      size: 'full',
      calm: false,
      round: undefined,
    });
  });

  it("keeps the document's own size and theme unless the query names valid ones", () => {
    const document = { theme: 'dark', size: 'compact' };
    expect(widgetOptions('', ['2025'], document)).toMatchObject({ theme: 'dark', size: 'compact' });
    expect(widgetOptions('?theme=light', ['2025'], document)).toMatchObject({ theme: 'light', size: 'compact' });
    expect(widgetOptions('?theme=DARK&size=huge', ['2025'], document)).toMatchObject({
      theme: 'dark',
      size: 'compact',
    });
    // A document attribute someone tampered with is no option either.
    expect(widgetOptions('', ['2025'], { theme: 'neon', size: '' })).toMatchObject({ theme: 'auto', size: 'full' });
  });

  it('puts size and theme in the path, so the document is right without its script', () => {
    const root = 'https://example.org/objection/';
    expect(widgetUrl(root, 'de', { theme: 'dark', size: 'compact', calm: false })).toBe(
      'https://example.org/objection/embed/de/compact/dark/',
    );
    expect(widgetUrl(root, 'de', { theme: 'auto', size: 'full', calm: true, round: '2024' })).toBe(
      'https://example.org/objection/embed/de/full/auto/?calm=1&round=2024',
    );
    expect(widgetUrl(root, 'de', { theme: 'auto', size: 'full', calm: false, round: '../x' })).toBe(
      'https://example.org/objection/embed/de/full/auto/',
    );
  });

  it('gives an iframe the colour scheme of its theme, so a transparent widget shows the page behind it', () => {
    expect(themeColorScheme('transparent-dark')).toBe('dark');
    expect(themeColorScheme('transparent-light')).toBe('light');
    expect(themeColorScheme('auto')).toBeUndefined();
  });
});

describe('the loader handshake', () => {
  it('accepts an exact origin and a well-formed id', () => {
    expect(loaderHandshake('#origin=https%3A%2F%2Fpartner.example&id=0b8f6c1e4d2a4f6e9a513b2c1d0e9f8a')).toEqual({
      origin: 'https://partner.example',
      id: '0b8f6c1e4d2a4f6e9a513b2c1d0e9f8a',
    });
  });

  it.each([
    '#origin=*&id=0b8f6c1e-4d2a',
    '#origin=https%3A%2F%2Fpartner.example%2Fpath&id=0b8f6c1e-4d2a',
    '#origin=javascript%3Aalert(1)&id=0b8f6c1e-4d2a',
    '#origin=https%3A%2F%2Fpartner.example&id=%3Cscript%3E',
    '#id=0b8f6c1e-4d2a',
    '',
  ])('refuses %s', (hash) => {
    expect(loaderHandshake(hash)).toBeUndefined();
  });

  it('makes frame ids without crypto.randomUUID, which plain-http pages lack', () => {
    const id = randomId((bytes) => bytes.fill(171));
    expect(id).toBe('ab'.repeat(16));
    expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
    expect(loaderHandshake(`#origin=http%3A%2F%2Fpartner.example&id=${randomId()}`)).toBeDefined();
  });
});

describe('the WordPress secret', () => {
  it('is read from the fragment WordPress appends, letters and digits only', () => {
    expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
    expect(wordpressSecret('#?secret=Ab12Cd34Ef&extra=1')).toBe('Ab12Cd34Ef');
    for (const hash of ['#?secret=a"b', '#?secret=', '#origin=https%3A%2F%2Fp.example&id=abcdefgh', '']) {
      expect(wordpressSecret(hash)).toBeUndefined();
    }
  });
});

describe('height messages', () => {
  it('accepts only the exact shape: our type, an id, a finite height above zero', () => {
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: 312 })).toBe(true);
    expect(isHeightMessage({ type: 'other:height', id: 'a1', height: 312 })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 1, height: 312 })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', height: 312 })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: '312' })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: Infinity })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: NaN })).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: 0 })).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
    expect(isHeightMessage('objection-countdown:height')).toBe(false);
  });

  it('hold a reported height within what a widget can be', () => {
    expect(clampWidgetHeight(312.4)).toBe(312);
    expect(clampWidgetHeight(1e9)).toBe(WIDGET_HEIGHT_RANGE.max);
    expect(clampWidgetHeight(-5)).toBe(WIDGET_HEIGHT_RANGE.min);
    // The frame heights of the iframe code are heights a widget can have.
    for (const height of Object.values(WIDGET_FRAME_HEIGHTS)) expect(clampWidgetHeight(height)).toBe(height);
  });
});
