/*
 * Legal terms people recognise: in every language, the ready-to-copy objection text and the home
 * page's key sentence use the words of that language's version of the GDPR (src/i18n/glossary.ts).
 */
import { describe, expect, it } from 'vitest';
import { objectionGuides, uiStrings } from '../../src/i18n';
import { legalTerms } from '../../src/i18n/glossary';
import { locales } from '../../src/i18n/locales';

describe('the legal glossary', () => {
  it.each(locales)(
    '%s: the neutral objection text objects to the processing of personal data, in the GDPR’s words',
    (locale) => {
      const terms = legalTerms[locale];
      const text = objectionGuides[locale].texts.items.neutral.text;
      expect({ locale, text, object: terms.objectStem.test(text) }).toMatchObject({ object: true });
      expect({ locale, text, personalData: terms.personalDataStem.test(text) }).toMatchObject({ personalData: true });
    },
  );

  it.each(locales)(
    '%s: the home page names legitimate interest and the right to object in the GDPR’s words',
    (locale) => {
      const terms = legalTerms[locale];
      const intro = uiStrings[locale]['home.intro'];
      expect({ locale, intro, legitimateInterest: terms.legitimateInterestStem.test(intro) }).toMatchObject({
        legitimateInterest: true,
      });
      expect({ locale, intro, object: terms.objectStem.test(intro) }).toMatchObject({ object: true });
    },
  );

  it('each entry’s own terms match its patterns', () => {
    for (const locale of locales) {
      const terms = legalTerms[locale];
      expect({ locale, ok: terms.objectStem.test(terms.rightToObject) }).toEqual({ locale, ok: true });
      expect({ locale, ok: terms.legitimateInterestStem.test(terms.legitimateInterest) }).toEqual({ locale, ok: true });
      expect({ locale, ok: terms.personalDataStem.test(terms.personalData) }).toEqual({ locale, ok: true });
    }
  });
});
