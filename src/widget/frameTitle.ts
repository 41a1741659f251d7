import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { isReviewed } from '../i18n/translationRecords';

/**
 * The widget's name in `locale`, as its frame and its document carry it: for a language no native
 * speaker has reviewed, it says that the translation is machine-assisted. It is not shown on the
 * partner's page, so it costs the widget no height; screen readers and partners reading the code see it.
 */
export function widgetFrameTitle(locale: Locale): string {
  const t = useTranslations(locale);
  return isReviewed(locale) ? t('widget.title') : `${t('widget.title')} (${t('widget.machineTranslated')})`;
}
