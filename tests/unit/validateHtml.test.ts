// tools/validate-html.mjs: which of the Nu Html Checker's messages fail the check. The known false
// positives of its CSS checker are set aside by exact message only, so real errors still fail.
import { describe, expect, it } from 'vitest';
import { classify, countByKind, locationOf, type VnuMessage } from '../../tools/validate-html.mjs';

const error = (message: string): VnuMessage => ({ type: 'error', message });

describe('classify', () => {
  it('sets aside the CSS checker’s known false positives, and only those', () => {
    const falsePositives = [
      'CSS: Unrecognized at-rule “@property”',
      "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
      'CSS: “background”: Cannot invoke "org.w3c.css.values.CssValue.getType()" because "val" is null.',
      'CSS: “color”: Cannot invoke "org.w3c.css.values.CssValue.getType()" because "val" is null.',
    ].map(error);
    const real = [
      'Stray start tag “script”.',
      'CSS: Unrecognized at-rule “@propertee”',
      "CSS: “colr”: Property “colr” doesn't exist.",
      'CSS: “margin-trim”: “blok” is not a “margin-trim” value.',
      'Duplicate ID “main”.',
    ].map(error);
    const result = classify([...falsePositives, ...real]);
    expect(result.falsePositives).toEqual(falsePositives);
    expect(result.errors).toEqual(real);
  });

  it('fails on fatal errors and on files the checker could not read', () => {
    const fatal: VnuMessage = { type: 'error', subType: 'fatal', message: 'Cannot recover after last error.' };
    const unreadable: VnuMessage = { type: 'non-document-error', subType: 'io', message: 'File not found.' };
    expect(classify([fatal, unreadable]).errors).toEqual([fatal, unreadable]);
  });

  it('counts warnings and info messages without failing', () => {
    const warning: VnuMessage = { type: 'info', subType: 'warning', message: 'Section lacks heading.' };
    const info: VnuMessage = { type: 'info', message: 'Trailing slash on void elements.' };
    const result = classify([warning, info]);
    expect(result).toMatchObject({ errors: [], warnings: [warning], info: [info] });
  });
});

describe('report', () => {
  it('counts messages by kind, whatever they quote, most frequent first', () => {
    const messages = [
      error('Bad value “a” for “href”.'),
      error('Duplicate ID “x”.'),
      error('Bad value “b” for “src”.'),
    ];
    expect(countByKind(messages)).toEqual([
      ['Bad value “…” for “…”.', 2],
      ['Duplicate ID “…”.', 1],
    ]);
  });

  it('names the file relative to the working folder, with line and column', () => {
    const url = new URL('dist/en/index.html', `file://${process.cwd()}/`).href;
    expect(locationOf({ ...error('x'), url, lastLine: 3, firstColumn: 12, lastColumn: 40 })).toBe(
      'dist/en/index.html:3:12',
    );
  });
});
