/*
 * The objection guide in English: the reference every locale's guide must match in shape.
 * Every claim comes from ../shared/facts.md; `source` names where it comes from. {placeholders}
 * are filled in by the page (form hosts, dates), so that no fact is retyped here.
 */
export const objectionGuideEn = {
  title: 'How to object, step by step',
  description:
    'Object to Meta using your Facebook and Instagram posts for AI training: the official forms, each step, texts you can use, and what an objection covers.',
  intro:
    'Objecting takes about five minutes for each platform. You need your login, and access to the e-mail address of your account.',
  tocLabel: 'On this page',
  warning: 'Only use the official forms linked here. Meta never asks for your password in the form.',

  facebook: {
    heading: 'Object on Facebook',
    steps: [
      'Log in to Facebook in your web browser first. The form only works while you are logged in.',
      'Open the official objection form with the button below. It opens on {host}.',
      'Choose the country where you live from the list.',
      'Enter the e-mail address of your Facebook account.',
      'The free-text field is optional: you may leave it empty or paste one of the texts below.',
      'Press “Send”.',
      'Meta may send a security code to your e-mail address. Enter it on the form page.',
      'Meta confirms your objection by e-mail, often within minutes. Keep this e-mail: it is your proof.',
    ],
  },
  instagram: {
    heading: 'Object on Instagram',
    steps: [
      'Log in to Instagram in your web browser first. The form only works while you are logged in.',
      'Open the official objection form with the button below. It opens on {host}.',
      'Choose the country where you live from the list.',
      'Enter the e-mail address of your Instagram account.',
      'The free-text field is optional: you may leave it empty or paste one of the texts below.',
      'Press “Send”.',
      'Meta may send a security code to your e-mail address. Enter it on the form page.',
      'Meta confirms your objection by e-mail, often within minutes. Keep this e-mail: it is your proof.',
    ],
  },
  stepsSource: 'Steps as tested by klicksafe and described by the Hamburg data-protection authority.',

  inApp: {
    heading: 'On your phone, in the app',
    intro:
      'You can also object from inside the apps. Meta sometimes moves these menus; if you cannot find them, use the form links above.',
    facebook: 'Facebook: Menu → Settings & privacy → Settings → Privacy Policy → the link to object.',
    instagram: 'Instagram: Profile → Menu → Settings → About → Privacy Policy → the link to object.',
    privacyCenter: 'Another way: Meta’s Privacy Center → AI at Meta → submit an objection request.',
    source: 'Menu paths as reported in the press; they may differ in your version of the app.',
  },

  texts: {
    heading: 'What you can write',
    intro:
      'You do not have to give a reason. Datatilsynet says: “You don’t have to justify”, and Meta said it accepts all objections. If you want to write something, copy one of these texts into the free-text field.',
    copy: 'Copy text',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    items: [
      {
        title: 'Short and neutral',
        text: 'I object to the use of my personal data, including my posts, photos and comments, for the development and improvement of AI at Meta.',
      },
      {
        title: 'About copyright in your own posts',
        text: 'I hold the copyright to the content I post and I do not give permission to use it for AI applications.',
        note: 'Based on the wording klicksafe used successfully in its test.',
      },
      {
        title: 'About your personal concerns',
        text: 'My posts and photos are personal. Once they are used to train an AI model, they cannot be taken out again. I do not want my data to be used for this.',
      },
    ],
  },

  covers: {
    heading: 'What an objection covers',
    covered: 'Covered',
    notCovered: 'Not covered, or not used anyway',
    items: [
      {
        kind: 'covered',
        text: 'Your public posts, photos, captions and comments, if you are an adult.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'What you write to Meta AI, the chatbot, at any age.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Private messages: Meta says it does not use them for this training.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Accounts of people under 18: Meta says it does not use their posts.',
        source: 'press reports',
      },
      {
        kind: 'notCovered',
        text: 'Posts and photos that other people publish about you: your objection does not cover them.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Several accounts: Datatilsynet says one objection covers all accounts linked in the same Accounts Centre. Other sources advise one objection per account. If you are not sure, send both forms, and one for each account.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: according to press reports, private chats are not used, but messages you send to Meta AI in WhatsApp are. No separate WhatsApp objection form is known.',
    whatsappSource: 'press reports',
    thirdParty:
      'Data from other companies: Meta also uses data it buys from third parties to train its AI. This can affect people without an account. The Hamburg authority says Meta offers a separate way to object for this; we could not confirm a link to it, so we do not show one. Read the Hamburg notice for details.',
    thirdPartyLink: 'Hamburg notice of 12 June 2024',
    sourceLabel: 'Source: {source}',
  },

  afterDeadline: {
    heading: 'If the deadline has passed',
    text: 'You can object at any time. An objection keeps what you post from then on out of Meta’s AI training. It cannot remove what Meta has already used: data that went into a model cannot be taken back out.',
    earlier: 'If you objected in 2024, that objection still counts, according to Datatilsynet and Meta.',
    source: 'Hamburg data-protection authority, 15 April 2025',
  },

  checklist: {
    heading: 'Your checklist',
    intro: 'Tick what you have done. The ticks stay in this browser only; nothing is sent anywhere.',
    items: ['Facebook form sent', 'Instagram form sent', 'Confirmation e-mail received and kept'],
    reset: 'Clear my ticks',
  },

  faq: {
    heading: 'Questions people ask',
    items: [
      {
        question: 'Does this apply to me?',
        answer:
          'Yes, if you live in the EU or the EEA (this includes Norway, Iceland and Liechtenstein), are 18 or older and have public content on Facebook or Instagram. In the United Kingdom, Meta follows a different process.',
      },
      {
        question: 'I missed the deadline. Is it too late?',
        answer:
          'No. You can object at any time. It protects what you post from then on. What Meta already used for training cannot be taken back out of its AI.',
      },
      {
        question: 'Do I have to give a reason?',
        answer:
          'No. The free-text field is optional. Datatilsynet says you do not have to justify your objection, and Meta said it accepts all objections.',
      },
      {
        question: 'I have several accounts. What do I do?',
        answer:
          'Datatilsynet says one objection covers the accounts linked in the same Accounts Centre. If you are not sure whether your accounts are linked, send the form for Facebook and for Instagram, once for each account.',
      },
      {
        question: 'Does it cover photos of my children that I posted?',
        answer:
          'Your objection covers the public content you posted, including photos of your children. Datatilsynet has asked Meta whether it trains on photos of children that adults post; Meta had not answered when Datatilsynet published its notice.',
      },
      {
        question: 'What about WhatsApp?',
        answer:
          'According to press reports, your private WhatsApp chats are not used, but messages you send to Meta AI in WhatsApp are. No separate WhatsApp objection form is known. If you do not want those messages used, do not send them to Meta AI.',
      },
      {
        question: 'I do not have an account. Can Meta still use data about me?',
        answer:
          'Possibly. Meta also uses data it buys from other companies, and other people may post photos of you. The Hamburg authority says Meta offers a separate way to object to the use of third-party data; we could not confirm a link to it.',
      },
      {
        question: 'How do I know it worked?',
        answer:
          'Meta sends a confirmation e-mail to the address of your account, in klicksafe’s test within minutes. Keep it. If nothing arrives, check your spam folder, then send the form again.',
      },
      {
        question: 'I objected in 2024. Do I need to object again?',
        answer: 'No. Datatilsynet and Meta say that objections sent in 2024 still count.',
      },
    ],
  },

  print: {
    heading: 'This guide on paper',
    qr: 'Scan the code to open this guide on a phone: {url}',
    button: 'Print this guide',
  },
};

/** The shape every locale's guide must have. */
export type ObjectionGuideContent = typeof objectionGuideEn;
