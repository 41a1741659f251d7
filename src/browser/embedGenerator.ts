/*
 * The embed-code generator (/{lang}/embed/): the <embed-generator> element rewrites every snippet and
 * the previews for the options a partner picks, with the same builders that wrote them at build time.
 */
import {
  badgeSnippet,
  iframeAttributes,
  iframeSnippet,
  pinnedScriptSnippet,
  scriptSnippet,
  type SnippetInput,
} from '../lib/embedSnippets';
import { pick, SIZES, THEMES } from '../lib/widgetParams';
import { chosenValue } from './chosenValue';

type WidgetTexts = Record<
  string,
  { title: string; linkText: string; badge: { alt: string; width: number; height: number } }
>;

customElements.define(
  'embed-generator',
  class extends HTMLElement {
    connectedCallback() {
      const form = this.querySelector<HTMLElement>('[data-embed-form]')!;
      // Written by the page at build time from the translations (src/pages/[lang]/embed/index.astro).
      const texts = JSON.parse(this.querySelector('[data-widget-texts]')!.textContent ?? '{}') as WidgetTexts;
      const { siteRoot, loaderVersion, loaderIntegrity } = this.dataset;
      const write = (kind: string, code: string) => (this.querySelector(`#snippet-${kind}`)!.textContent = code);

      const update = () => {
        const lang = chosenValue(form, 'lang')!;
        const { badge, ...words } = texts[lang]!;
        const input: SnippetInput = {
          siteRoot: siteRoot!,
          lang,
          theme: pick(chosenValue(form, 'theme'), THEMES, 'auto'),
          size: pick(chosenValue(form, 'size'), SIZES, 'full'),
          calm: chosenValue(form, 'calm') === '1',
          ...words,
        };
        write('pinned', pinnedScriptSnippet(input, { version: loaderVersion!, integrity: loaderIntegrity! }));
        write('script', scriptSnippet(input));
        write('iframe', iframeSnippet(input));
        write('badge', badgeSnippet({ siteRoot: siteRoot!, lang, ...badge }));
        write('oembed', `${siteRoot}${lang}/`);
        const image = this.querySelector<HTMLImageElement>('[data-badge-preview]')!;
        image.src = image.src.replace(/[a-z]{2}\.svg$/, `${lang}.svg`);
        Object.assign(image, { alt: badge.alt, width: badge.width, height: badge.height });
        // The address's preview runs the real loader, which rebuilds the widget in the new language;
        // the code's preview is the code's own iframe, with a local address.
        this.querySelector('[data-preview="address"] objection-countdown')!.setAttribute('lang', lang);
        const codePreview = this.querySelector<HTMLElement>('[data-preview="code"]')!;
        codePreview.dataset.size = input.size;
        const frame = codePreview.querySelector('iframe')!;
        for (const [name, value] of Object.entries(iframeAttributes({ ...input, siteRoot: this.dataset.base! }))) {
          if (name !== 'width' && frame.getAttribute(name) !== value) frame.setAttribute(name, value);
        }
      };
      form.addEventListener('change', update);
    }
  },
);
