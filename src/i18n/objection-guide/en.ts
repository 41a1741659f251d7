/*
 * The objection guide in English: the reference every locale's guide must match in shape. Each
 * claim rests on an entry of src/content/sources.yaml; what we say on our own is worded as our
 * advice. The structure (which steps make which path, which step carries which form button or
 * tick, which source backs which coverage item) is data in src/lib/objectionGuide.ts; only the
 * words are here. {placeholders} are filled in by the page (platform names, form hosts).
 */
export const objectionGuideEn = {
  title: 'How to object, step by step',
  description:
    'Object to Meta using your Facebook and Instagram posts for AI training: the official forms, the steps in the app or in a browser, texts you can use, and what an objection covers.',
  intro:
    'Objecting is free and you do not have to give a reason. You need to be logged in, and you need access to the e-mail address of your account.',
  warning:
    'Use only the official forms linked on this page. Our advice: never type your password into a form that someone sends you in a message or an e-mail.',
  warningLabel: 'Warning',

  chooser: {
    heading: 'Your way to object',
    platformLegend: 'Which account do you want to protect?',
    platforms: { facebook: 'Facebook', instagram: 'Instagram', both: 'Both' },
    wayLegend: 'Where do you use it?',
    ways: { app: 'In the app on my phone', browser: 'In a web browser' },
    ticksNote: 'Tick each step when it is done. The ticks stay in this browser only; nothing is sent anywhere.',
  },

  paths: {
    'facebook-browser': 'Facebook, in a web browser',
    'instagram-browser': 'Instagram, in a web browser',
    'both-browser': 'Facebook and Instagram, in a web browser',
    'facebook-app': 'Facebook, in the app',
    'instagram-app': 'Instagram, in the app',
    'both-app': 'Facebook and Instagram, in the apps',
  },

  steps: {
    'login-browser': 'Log in to {platforms} in your web browser. The form only works while you are logged in.',
    'app-facebook':
      'In the Facebook app, open the menu, then Settings & privacy → Settings → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'app-instagram':
      'In the Instagram app, open your profile, then the menu → Settings → About → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'what-the-form-asks':
      'The form asks for the country where you live and the e-mail address of your account. It also has a field for a reason: Datatilsynet says you do not have to give one, so you may leave it empty.',
    'send-form': 'Open the official form below, fill it in and press “Send”. It opens on {hosts}.',
    'send-each-form':
      'Open the official forms below one after the other, fill in each and press “Send”. They open on {hosts}.',
    'send-in-app': 'Press “Send” at the end of the form.',
    'send-in-each-app': 'Press “Send” at the end of each form.',
    'security-code': 'Meta may send a security code to your e-mail address. Type it into the form page.',
    confirmation:
      'Meta confirms your objection by e-mail; in klicksafe’s test the e-mail arrived a few minutes later. Keep it: it is your proof.',
  },
  textsLink: 'Texts you can use in the reason field',

  checks: {
    'facebook-sent': 'Facebook form sent',
    'instagram-sent': 'Instagram form sent',
    'confirmation-kept': 'Confirmation e-mail received and kept',
  },
  clearTicks: 'Clear my ticks',

  appFallback: {
    cannotFind:
      'Cannot find the menu? Meta moves it from time to time, and it may have other names in your app. Use the official form in a web browser instead:',
    privacyCentre: 'Another way in the app: Meta’s Privacy Centre → AI at Meta → submit an objection request.',
  },
  credits:
    'The form steps follow klicksafe’s test of June 2024, in which klicksafe filled in the reason field; that you need not give a reason comes from Datatilsynet (April 2025). The form links are the ones the Hamburg authority gave in April 2025; the menu paths in the apps come from press reports and may differ in your version of the app.',

  texts: {
    heading: 'What you can write',
    intro:
      'You do not have to give a reason. Datatilsynet says: “You don’t have to justify”, and Meta said it accepts all objections. If you want to write something, copy one of these texts into the free-text field.',
    copy: 'Copy text',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    items: {
      neutral: {
        title: 'Short and neutral',
        text: 'I object to the processing of my personal data, including my posts, photos and comments, for the development and improvement of AI at Meta.',
      },
      copyright: {
        title: 'About copyright in your own posts',
        text: 'I hold the copyright to the content I post and I do not give permission to use it for AI applications.',
        note: 'Based on the wording klicksafe used successfully in its test.',
      },
      personal: {
        title: 'About your personal concerns',
        text: 'My posts and photos are personal. Once they are used to train an AI model, they cannot be taken out again. I do not want my personal data to be used for this.',
      },
    },
  },

  covers: {
    heading: 'What an objection covers',
    covered: 'Covered',
    unclear: 'Used by Meta; no source says an objection stops it',
    notCovered: 'Not covered, or not used anyway',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats':
        'What you type into Meta AI, its chatbot, or its image tools: Meta uses this at any age. Our advice: do not type anything there that you do not want used.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Several accounts: Datatilsynet says one objection covers all accounts linked in the same Accounts Centre, and that if you are not sure, you should fill in the form for both Facebook and Instagram. Our advice: if your accounts are not linked, send the form once for each account.',
    whatsapp:
      'WhatsApp: according to press reports, private chats are not used, but messages you send to Meta AI in WhatsApp are. No separate WhatsApp objection form is known.',
    thirdParty:
      'Data from other companies: Meta also uses data it buys from third parties to train its AI. This can affect people without an account. The Hamburg authority says Meta offers a separate way to object for this; we could not confirm a link to it, so we do not show one. Read the Hamburg notice for details.',
    thirdPartyLink: 'Our summary of the Hamburg notice of 12 June 2024',
  },

  afterDeadline: {
    heading: 'If the deadline has passed',
    text: 'You can object at any time. From then on, your objection stops Meta using your public posts for its AI. It cannot remove what Meta has already used: data that went into a model cannot be taken back out.',
    earlier: 'If you objected in 2024, that objection still counts, according to Datatilsynet and Meta.',
  },

  faq: {
    heading: 'Questions people ask',
    items: [
      {
        question: 'Does this apply to me?',
        answer:
          'Yes, if you live in the EU or the EEA (this includes Norway, Iceland and Liechtenstein), are 18 or older and have public posts, photos or comments on Facebook or Instagram: that is what your objection covers. Meta also uses what people of any age type into Meta AI; no source says that an objection stops this. In the United Kingdom, Meta follows a different process.',
      },
      {
        question: 'I missed the deadline. Is it too late?',
        answer:
          'No. You can object at any time. From then on, it stops Meta using your public posts for its AI. What Meta has already used for training cannot be taken back out of its AI.',
      },
      {
        question: 'Do I have to give a reason?',
        answer:
          'No. Datatilsynet says you do not have to justify your objection, so you may leave the free-text field empty. Meta said it accepts all objections.',
      },
      {
        question: 'I have several accounts. What do I do?',
        answer:
          'Datatilsynet says one objection covers the accounts linked in the same Accounts Centre; if you are not sure, it advises filling in the form for both Facebook and Instagram. Our advice: if your accounts are not linked, send the form once for each account.',
      },
      {
        question: 'Does it cover photos of my children that I posted?',
        answer:
          'Your objection covers the public content you posted, including photos of your children. Datatilsynet has asked Meta whether it trains on photos of children that adults post; Meta had not answered when Datatilsynet published its notice.',
      },
      {
        question: 'I am under 18, or my child is. What applies?',
        answer:
          'According to Datatilsynet, Meta uses only the public posts and photos of users over 18 for this training, so a teenager’s own posts are not used. What people type into Meta AI is used at any age, and no source says that an objection stops this: our advice is not to type anything there that you do not want used. Photos of children that adults post are an open question: Datatilsynet has asked Meta whether it trains on them. Parents who post such photos publicly can object for their own account.',
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
          'Meta sends a confirmation e-mail to the address of your account; in klicksafe’s test it arrived a few minutes later. Keep it. If nothing arrives, check your spam folder, then send the form again.',
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
  },
};

/** The shape every locale's guide must have. */
export type ObjectionGuideContent = typeof objectionGuideEn;
