import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderNames, splitAt } from '../../src/lib/fillPlaceholders';

describe('placeholders', () => {
  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(fillPlaceholders('Hello {name} {other}', { name: 'Ada' })).toBe('Hello Ada {other}');
  });

  it('names the placeholders of a text, sorted, each as often as it occurs', () => {
    expect(placeholderNames('{year}: object by {datetime}, {datetime}.')).toEqual(['datetime', 'datetime', 'year']);
    expect(placeholderNames('No placeholder, { spaced } or {}')).toEqual([]);
  });

  it('splits a template around a placeholder so an element can stand there', () => {
    expect(splitAt('The deadline passed {elapsed} ago.', 'elapsed')).toEqual(['The deadline passed ', ' ago.']);
    expect(() => splitAt('No marker here', 'elapsed')).toThrow(/\{elapsed\}/);
  });
});
