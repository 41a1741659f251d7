/*
 * English UI strings: the reference every other locale must match key for key, with the same
 * {placeholders}. Write plain language; facts come from the content collections, not from here.
 */
export const en = {
  'site.name': 'Object to Meta AI',
  'site.tagline': 'How to object to Meta training its AI on your Facebook and Instagram posts',
  'skip.toContent': 'Skip to main content',
  'nav.label': 'Main',
  'nav.notices': 'Notices',
  'lang.label': 'Language',
  'lang.choose': 'Choose your language',
  'lang.chooseIntro':
    'This site explains, in several languages, how to object to Meta using your posts to train its AI.',
  'translation.machine': 'This page was translated with the help of a machine. No native speaker has checked it yet.',
  'translation.report': 'Report a mistake',
  'translation.reportHow': 'To report a mistake in a translation, open an issue in the site’s public repository: {url}',
  'footer.about':
    'An independent information site. It is not run by Meta or by any data-protection authority; every date and link on it comes from a named source.',
  'footer.privacy': 'No cookies, no tracking, no requests to other websites.',
  'footer.licence': 'Source code under the MIT licence.',
  'footer.reviewed': 'Content last checked on {date}.',
  'footer.built': 'Page built on {date}.',
  'external.newTab': '(opens another website)',

  'home.title': 'Object to Meta training its AI on your posts',
  'home.description':
    'How to object to Meta using your public Facebook and Instagram posts to train its AI: where things stand, the official forms, each step, and what an objection does.',
  'home.intro':
    'Meta uses public posts, photos and comments of adults in the EU and EEA to train its AI. It does not ask for consent; it relies on "legitimate interest". You have the right to object.',
  'home.stepsHeading': 'Object in three steps',
  'home.step1': 'Log in to Facebook or Instagram in your browser.',
  'home.step2':
    'Open the official objection form, choose your country and enter the e-mail address of your account. A reason is optional.',
  'home.step3': 'Send the form and keep the confirmation e-mail that Meta sends you.',
  'home.noticesHeading': 'What the authorities and klicksafe said',
  'home.noticesLink': 'Read the notices of the authorities and klicksafe',
  'home.startHint': 'Log in to Facebook or Instagram first. You do not have to give a reason.',

  'form.facebook': 'Facebook objection form',
  'form.instagram': 'Instagram objection form',
  'form.destination': 'Opens {host}',

  'status.heading': 'Where things stand',

  'round.name': 'Round {year}',
  'rounds.heading': 'Both rounds at a glance',
  'rounds.announced': 'Announced on {date}',
  'rounds.deadline': 'Last day to object: {date}',
  'rounds.deadlineWas': 'Deadline was {date}',
  'rounds.paused': 'Paused by Meta on {date}',
  'rounds.trainingStart': 'Training began on {date}',
  'rounds.policyDate': 'The new privacy policy was to apply from {date}',
  'sources.one': 'Source: {source}',
  'sources.many': 'Sources: {sources}',
  'sources.press': 'press reports',
  'sources.secondary': 'secondary source',
  'sources.unverified': 'not confirmed',

  'state.upcoming': 'Open',
  'state.urgent': 'Less than 48 hours left',
  'state.passed': 'Deadline passed',
  'state.paused': 'Paused',

  'countdown.deadline': 'Object by {datetime}.',
  'countdown.since': '{duration} since the deadline',
  'countdown.headingUpcoming': 'Object by {date}',
  'countdown.headingPassed': 'The deadline was {date}',
  'countdown.headingPaused': 'Paused by Meta on {date}',
  'countdown.yourZone': 'In your time zone ({zone}) that is {datetime}.',
  'countdown.asOfBuild': 'Status when this page was built ({date}): {state}.',
  'countdown.passedMeaning': 'Objecting now still stops Meta using your public posts for its AI from then on.',
  'countdown.passedDetail': 'What Meta has already used cannot be taken back out of its AI.',
  'countdown.pausedMeaning': 'Objections sent during this round still count, according to Meta and Datatilsynet.',
  'countdown.pausedSuperseded': 'Meta came back with a new round in {year}.',
  'countdown.pausedDeadline': 'The deadline would have been {datetime}.',
  'countdown.announce': '{duration} left to object.',
  'countdown.clockWarning':
    'Your device clock says {now}, which is earlier than when this page was built ({built}). If your clock is wrong, these figures are wrong too.',
  'countdown.calendar': 'Add the deadline to your calendar (.ics file)',
  'calendar.summary': 'Last day to object to Meta AI training',
  'calendar.description':
    'Object by this time on the official Facebook and Instagram forms, so that Meta does not train its AI on your public posts. Guide: {url}',
  'calendar.reminder': 'Reminder: object to Meta AI training before the deadline',

  'notices.title': 'What the authorities and klicksafe said',
  'notices.description':
    'Summaries of the notices from Hamburg’s data-protection authority, Norway’s Datatilsynet and klicksafe, the EU initiative for online safety, about Meta’s AI training.',
  'notices.intro':
    'Two data-protection authorities and klicksafe, an EU initiative for online safety, told people how to object, and why. Here is what each notice says, in our own words, with a link to the original.',
  'notice.publisher': 'Published by',
  'notice.published': 'Published',
  'notice.round': 'Round',
  'notice.source': 'Original',
  'notice.sourceLink': 'Read the original notice',
  'notice.sourceHome': 'Published on {host}',
  'notice.sourceLanguage': 'Language of the original: {language}',
  'notice.ourSummary': 'This is our summary, not the publisher’s own text.',
  'notice.backToList': 'All notices',
  'notice.objectCta': 'Object now on the official forms',

  'nav.guide': 'How to object',
  'nav.timeline': 'Timeline',
  'home.guideLink': 'Step by step, in the app or the browser',
  'notice.guideLink': 'How to object, step by step',
  'timeline.title': 'What happened when',
  'timeline.description':
    "The dates of Meta's plans to train its AI on posts from the EU and EEA, from the first announcement in 2024 to the start of training in 2025, each with its source.",
  'timeline.intro': 'Every date here comes from an authority, a court or another named source.',
  'timeline.deadline': 'Deadline',
  'timeline.notice': 'Our summary of this notice',

  'footer.embed': 'Put the countdown on your website',
  'footer.translations': 'Translation status',
  'footer.feed': 'News feed (RSS)',
  'footer.openData': 'Open data: every round as JSON',
  'footer.source': 'Source code',

  'embed.title': 'Put the countdown on your website',
  'embed.description':
    'A free countdown widget for partner sites: no cookies, no tracking, in every language of this site. Choose how it looks, copy the code, paste it into your page.',
  'embed.intro':
    'Consumer organisations, NGOs, blogs and authorities can show our countdown on their own pages. It updates itself: when a deadline passes, every copy says what objecting still does.',
  'embed.optionsHeading': 'Choose how it looks',
  'embed.language': 'Language',
  'embed.languagesReviewed': 'Written or checked by a native speaker: {languages}.',
  'embed.languagesMachine':
    'The other languages are translated with machine help; no native speaker has checked them yet.',
  'embed.theme': 'Colours',
  'embed.themeAuto': 'Follow the reader’s device',
  'embed.themeLight': 'Light',
  'embed.themeDark': 'Dark',
  'embed.themeTransparentLight': 'No background, for a light page',
  'embed.themeTransparentDark': 'No background, for a dark page',
  'embed.size': 'Size',
  'embed.sizeFull': 'Full: figures and explanation',
  'embed.sizeCompact': 'Compact: one line, one figure, the link',
  'embed.calm': 'Calm: the date and the days only, no ticking seconds',
  'embed.previewHeading': 'Preview',
  'embed.previewNarrow': '250 px wide, as in a narrow sidebar',
  'embed.previewMedium': '360 px wide, as on a phone',
  'embed.previewWide': 'The full width of this column',
  'embed.waysHeading': 'Which way to choose',
  'embed.wayScript': 'Script: sizes itself to its content. Best for most websites.',
  'embed.wayIframe': 'iframe: no script on your page. Use it where your website allows no scripts.',
  'embed.wayBadge':
    'Badge: a small image with the status and the date. For e-mail newsletters and places that allow neither scripts nor iframes.',
  'embed.wayUrl': 'Page address: paste it on its own line in WordPress or another CMS that embeds by address (oEmbed).',
  'embed.pasteHeading': 'Where to paste the code',
  'embed.paste':
    'In WordPress, add a “Custom HTML” block and paste the code into it. In other content management systems, use their HTML field or switch the editor to its source view. On a page you write yourself, paste it where the countdown should appear.',
  'embed.iframeHeading': 'iframe: no script on your page',
  'embed.iframeNote':
    'Its height fits the whole widget from 250 px wide, in every language. The frame is sandboxed: it cannot read or change your page.',
  'embed.badgeHeading': 'Badge for newsletters',
  'embed.badgeNote':
    'An image with the status and the key date, updated every day. E-mail programs show it without scripts; it links to this site.',
  'embed.oembedHeading': 'Paste the address (WordPress, oEmbed)',
  'embed.oembedNote':
    'Paste this address on a line of its own in the WordPress editor: WordPress finds the widget by itself and adjusts its height.',
  'embed.kitHeading': 'Host it yourself',
  'embed.kitNote':
    'If your rules forbid loading anything from other websites, download the widget and serve it from your own site. The archive explains how, and how to update it; its data is as of the day you download it.',
  'embed.kitLink': 'Download the widget to host yourself (ZIP)',
  'embed.trustHeading': 'What each way trusts',
  'embed.trustScript':
    'The script runs in your page with the same rights as your own code. That is why we offer it pinned, with a hash your readers’ browsers check, or to host yourself.',
  'embed.trustIframe':
    'The widget itself always runs in a sandboxed frame: it cannot read your page, set cookies or store anything, and it loads nothing from other hosts.',
  'embed.scriptHeading': 'Script, pinned (recommended)',
  'embed.scriptNote':
    'The script turns the link into the widget and keeps its height right; without JavaScript, your readers see the link.',
  'embed.pinnedNote':
    'Pinned: this exact version runs only if its bytes match the hash, so it never changes until you paste newer code from this page.',
  'embed.evergreenHeading': 'Script, evergreen',
  'embed.evergreenNote':
    'Evergreen: always our latest version without a hash, so your page trusts whatever our site serves from now on.',
  'embed.copy': 'Copy code',
  'embed.copied': 'Code copied to the clipboard.',
  'embed.copyFailed': 'Could not copy. Select the code and copy it yourself.',
  'embed.privacyHeading': 'Privacy',
  'embed.privacy':
    'The widget sets no cookies, stores nothing in the browser, tracks nobody and makes no request to any other host. It runs in a sandboxed frame that cannot read your page.',
  'embed.licenceHeading': 'Licence',
  'embed.licence': 'You may use the widget on any website, free of charge. Its code is under the MIT licence.',
  'widget.title': 'Countdown: object to Meta AI training',
  'widget.more': 'How to object',
  'widget.dataAsOf': 'Dates as of {date}',
  'widget.machineTranslated': 'machine-assisted translation',
  'badge.actionUpcoming': 'Object now on Meta’s official forms',
  'badge.actionPassed': 'Objecting still stops further use',
  'badge.actionPaused': 'Objections already sent still count',
  'badge.alt': '{site}: {status}. {action}.',

  'share.heading': 'Share this page',
  'share.native': 'Share…',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied.',
  'share.copyFailed': 'Could not copy. Copy the address from your browser’s address bar.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Your Mastodon server',
  'share.mastodonHint': 'For example mastodon.social. It is remembered in this browser only.',
  'share.mastodonGo': 'Share on Mastodon',
  'share.mastodonInvalid': 'Enter a server name such as mastodon.social.',
  'share.textUpcoming':
    'Object by {date} so that Meta does not train its AI on your Facebook and Instagram posts. Here is how:',
  'share.textPassed':
    'Meta trains its AI on public Facebook and Instagram posts. You can still object: from then on, it stops Meta using your public posts for its AI. What Meta has already used cannot be taken back out. Here is how:',
  'share.textPaused':
    'Meta has paused its plan to train AI on Facebook and Instagram posts. Here is how to object, in case it starts again:',
  'og.imageAlt': '{headline} {status}',
  'og.headlineUpcoming': 'Object by {date} to keep your posts out of Meta’s AI.',
  'og.headlinePassed': 'You can still object: it stops Meta using your public posts from then on.',
  'og.headlinePaused': 'Meta paused its AI training plan. Objections sent still count.',

  'feed.title': '{site}: news',
  'feed.description':
    'New notices from the authorities and klicksafe, and changes to the status of Meta’s AI training.',
  'feed.roundAnnounced': 'Round {year}: Meta announces AI training on your posts; object by {date}',
  'feed.roundPaused': 'Round {year}: Meta pauses its plan',
  'feed.roundStarted': 'Round {year}: Meta has started training its AI',

  'translations.title': 'Translation status',
  'translations.description':
    'Which pages of this site are translated into which language, and which show the English text for now.',
  'translations.intro':
    'Every page exists in every language. Here you can see who translated each language, whether a native speaker has checked it, and how many of its texts match the current English.',
  'translations.translated': 'Translated',
  'translations.fallback': 'English for now',
  'translations.original': 'Original text.',
  'translations.machine': 'Translated with machine help. No native speaker has checked it yet.',
  'translations.reviewed': 'Checked by {name} on {date}.',
  'translations.freshness':
    '{current} of {total} texts are translated from the current English; the others changed in English since and may be out of date.',
  'translations.reportHeading': 'Report a mistake',
  'translations.reportNoUrl': 'This copy of the site does not name an address for reports yet.',
  'fallback.notice': 'This text is not yet translated into {language}. You are reading the English version.',

  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist.',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.home': 'Go to the home page',
} as const;

/** The shape every locale's strings must have: the same keys as English, all strings. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
export type UiKey = keyof UiStrings;
