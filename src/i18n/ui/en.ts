/*
 * English UI strings: the reference every other locale must match key for key, with the same
 * {placeholders}. Write plain language; facts come from the content collections, not from here.
 */
export const en = {
  'site.name': 'Object to Meta AI',
  'site.tagline': 'How to stop Meta training its AI on your Facebook and Instagram posts',
  'skip.toContent': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.notices': 'Authority notices',
  'lang.label': 'Language',
  'lang.current': '{language} (current language)',
  'lang.choose': 'Choose your language',
  'lang.chooseIntro': 'This site explains, in several languages, how to object to Meta using your posts to train its AI.',
  'footer.about':
    'An independent information site. It is not run by Meta or by any data-protection authority; every date and link on it comes from a named source.',
  'footer.privacy': 'No cookies, no tracking, no requests to other websites.',
  'footer.licence': 'Source code under the MIT licence.',
  'footer.reviewed': 'Content last checked on {date}.',
  'footer.built': 'Page built on {date}.',
  'external.newTab': '(opens another website)',

  'home.title': 'Object to Meta training its AI on your posts',
  'home.description':
    'Meta trains its AI on public Facebook and Instagram posts from the EU and EEA unless you object. See where things stand and how to object.',
  'home.intro':
    'Meta uses public posts, photos and comments of adults in the EU and EEA to train its AI. It does not ask for consent; it relies on "legitimate interest". You have the right to object.',
  'home.stepsHeading': 'Object in three steps',
  'home.step1': 'Log in to Facebook or Instagram in your browser.',
  'home.step2': 'Open the official objection form, choose your country and enter the e-mail address of your account. A reason is optional.',
  'home.step3': 'Send the form and keep the confirmation e-mail that Meta sends you.',
  'home.formsHeading': 'The official forms',
  'home.noticesHeading': 'What the authorities said',
  'home.noticesLink': 'Read the notices of the data-protection authorities',

  'form.facebook': 'Facebook objection form',
  'form.instagram': 'Instagram objection form',
  'form.destination': 'Opens {host}',

  'status.heading': 'Where things stand',
  'status.upcoming': 'Meta plans to start training its AI on your public posts on {date}. Object before then to keep all your posts out.',
  'status.paused': 'Meta paused its plan on {date}, after the Irish Data Protection Commission asked it to.',
  'status.passed':
    'Meta started training its AI on public Facebook and Instagram content from the EU and EEA on {date}. You can still object: it protects what you post from then on.',

  'round.name': 'Round {year}',
  'rounds.heading': 'Both rounds at a glance',
  'rounds.deadline': 'Deadline: {date}',
  'rounds.paused': 'Paused by Meta on {date}',
  'rounds.trainingStart': 'Training began on {date}',
  'rounds.source': 'Source: {source}',

  'state.upcoming': 'Open',
  'state.urgent': 'Less than 48 hours left',
  'state.passed': 'Deadline passed',
  'state.paused': 'Paused',

  'countdown.heading': 'Deadline to object',
  'countdown.deadline': 'Object by {datetime}.',
  'countdown.yourZone': 'In your time zone ({zone}) that is {datetime}.',
  'countdown.asOfBuild': 'Status when this page was built ({date}): {state}.',
  'countdown.passed': 'The deadline passed {elapsed} ago.',
  'countdown.passedMeaning':
    'Objecting now still keeps what you post from now on out of the training. What Meta has already used cannot be taken back out of its AI.',
  'countdown.paused': 'Meta paused this round on {date}, before the deadline.',
  'countdown.pausedMeaning': 'Objections sent during this round still count, according to Meta and Datatilsynet.',
  'countdown.announce': '{duration} left to object.',
  'countdown.clockWarning':
    'Your device clock says {now}, which is earlier than when this page was built ({built}). If your clock is wrong, these figures are wrong too.',
  'countdown.calendar': 'Add the deadline to your calendar (.ics file)',
  'calendar.summary': 'Last day to object to Meta AI training',
  'calendar.description':
    'Object before this time on the official Facebook and Instagram forms, so that Meta does not train its AI on your public posts. Guide: {url}',
  'calendar.reminder': 'Reminder: object to Meta AI training before the deadline',

  'notices.title': 'What data-protection authorities said',
  'notices.description':
    'Summaries of the notices from the Hamburg data-protection authority, Norway\'s Datatilsynet and klicksafe about Meta\'s AI training.',
  'notices.intro':
    'Data-protection authorities and online-safety services told people how to object, and why. Here is what each notice says, in our own words, with a link to the original.',
  'notice.authority': 'Authority',
  'notice.published': 'Published',
  'notice.round': 'Round',
  'notice.source': 'Original',
  'notice.sourceLink': 'Read the original notice',
  'notice.sourceHome': 'Published on {host}',
  'notice.sourceLanguage': 'Language of the original: {language}',
  'notice.ourSummary': 'This is our summary, not the authority\'s own text.',
  'notice.backToList': 'All notices',
  'notice.objectCta': 'Object now on the official forms',

  'nav.guide': 'How to object',
  'nav.timeline': 'Timeline',
  'home.guideLink': 'Read the full guide: every step, texts you can use, and what an objection covers',
  'notice.guideLink': 'How to object, step by step',
  'timeline.title': 'What happened when',
  'timeline.description':
    'The dates of Meta\'s plans to train its AI on posts from the EU and EEA, from the first announcement in 2024 to the start of training in 2025, each with its source.',
  'timeline.intro': 'Every date here comes from an authority, a court or another named source.',
  'timeline.deadline': 'Deadline',
  'timeline.notice': 'Our summary of this notice',

  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist.',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.home': 'Go to the home page',
} as const;

/** The shape every locale's strings must have: the same keys as English, all strings. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
export type UiKey = keyof UiStrings;
