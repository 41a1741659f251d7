import type { ObjectionGuideContent } from './en';

/** The objection guide in Danish. */
export const objectionGuideDa: ObjectionGuideContent = {
  title: 'Sådan gør du indsigelse, trin for trin',
  description:
    'Gør indsigelse mod, at Meta bruger dine opslag på Facebook og Instagram til AI-træning: de officielle formularer, hvert trin, tekster du kan bruge, og hvad en indsigelse omfatter.',
  intro:
    'Det tager cirka fem minutter at gøre indsigelse på hver platform. Du skal bruge dine loginoplysninger og adgang til e-mailadressen for din konto.',
  warning: 'Brug kun de officielle formularer, der linkes til her. Meta beder aldrig om din adgangskode i formularen.',
  warningLabel: 'Warning',
  chooser: {
    heading: 'Your way to object',
    platformLegend: 'Which account do you want to protect?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Both',
    },
    wayLegend: 'Where do you use it?',
    ways: {
      app: 'In the app on my phone',
      browser: 'In a web browser',
    },
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
      'The form asks for the country where you live and the e-mail address of your account. The field for a reason is optional: you may leave it empty.',
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
    'The form steps are those klicksafe tested in June 2024; the form links are the ones the Hamburg authority gave in April 2025; the menu paths in the apps come from press reports and may differ in your version of the app.',
  texts: {
    heading: 'Hvad du kan skrive',
    intro:
      'Du behøver ikke at give en begrundelse. Det norske Datatilsynet skriver: »Du behøver ikke at begrunde det« (vores oversættelse). Meta har sagt, at selskabet accepterer alle indsigelser. Hvis du vil skrive noget, så kopiér en af disse tekster ind i fritekstfeltet.',
    copy: 'Kopiér teksten',
    copied: 'Kopieret til udklipsholderen.',
    copyFailed: 'Kunne ikke kopiere. Markér teksten, og kopiér den selv.',
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
    heading: 'Hvad en indsigelse omfatter',
    covered: 'Omfattet',
    notCovered: 'Ikke omfattet, eller bruges alligevel ikke',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Flere konti: Det norske Datatilsynet siger, at én indsigelse omfatter alle konti, der er forbundet i det samme Kontocenter. Andre kilder anbefaler én indsigelse pr. konto. Hvis du er i tvivl, så send begge formularer, én gang for hver konto.',
    whatsapp:
      'WhatsApp: Ifølge presseomtale bruges private chats ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp.',
    thirdParty:
      'Data fra andre virksomheder: Meta bruger også data, som selskabet køber fra tredjeparter, til at træne sin AI. Det kan også berøre personer uden konto. Databeskyttelsesmyndigheden i Hamburg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod dette på. Vi har ikke kunnet bekræfte et link til den, så vi viser ikke noget. Læs meddelelsen fra Hamburg for flere detaljer.',
    thirdPartyLink: 'Meddelelsen fra Hamburg af 12. juni 2024',
  },
  afterDeadline: {
    heading: 'Hvis fristen er udløbet',
    text: 'Du kan gøre indsigelse når som helst. En indsigelse holder det, du slår op fra da af, uden for Metas AI-træning. Den kan ikke fjerne det, Meta allerede har brugt: Data, der er gået ind i en model, kan ikke tages ud igen.',
    earlier: 'Hvis du gjorde indsigelse i 2024, gælder den indsigelse stadig ifølge det norske Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Ofte stillede spørgsmål',
    items: [
      {
        question: 'Gælder det mig?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller ældre og har offentligt indhold på Facebook eller Instagram. I Storbritannien følger Meta en anden procedure.',
      },
      {
        question: 'Jeg nåede ikke fristen. Er det for sent?',
        answer:
          'Nej. Du kan gøre indsigelse når som helst. Det beskytter det, du slår op fra da af. Det, Meta allerede har brugt til træning, kan ikke tages ud af Metas AI igen.',
      },
      {
        question: 'Skal jeg give en begrundelse?',
        answer:
          'Nej. Fritekstfeltet er frivilligt. Det norske Datatilsynet siger, at du ikke behøver at begrunde din indsigelse, og Meta har sagt, at selskabet accepterer alle indsigelser.',
      },
      {
        question: 'Jeg har flere konti. Hvad gør jeg?',
        answer:
          'Det norske Datatilsynet siger, at én indsigelse omfatter de konti, der er forbundet i det samme Kontocenter. Hvis du ikke er sikker på, om dine konti er forbundet, så send formularen for Facebook og for Instagram, én gang for hver konto.',
      },
      {
        question: 'Omfatter det billeder af mine børn, som jeg har slået op?',
        answer:
          'Din indsigelse omfatter det offentlige indhold, du har slået op, også billeder af dine børn. Det norske Datatilsynet har spurgt Meta, om selskabet træner på billeder af børn, som voksne slår op. Meta havde ikke svaret, da Datatilsynet offentliggjorde sin meddelelse.',
      },
      {
        question: 'Hvad med WhatsApp?',
        answer:
          'Ifølge presseomtale bruges dine private chats på WhatsApp ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp. Hvis du ikke vil have, at de beskeder bruges, så send dem ikke til Meta AI.',
      },
      {
        question: 'Jeg har ikke en konto. Kan Meta alligevel bruge data om mig?',
        answer:
          'Måske. Meta bruger også data, som selskabet køber fra andre virksomheder, og andre kan slå billeder af dig op. Databeskyttelsesmyndigheden i Hamburg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod brugen af data fra tredjeparter på. Vi har ikke kunnet bekræfte et link til den.',
      },
      {
        question: 'Hvordan ved jeg, at det virkede?',
        answer:
          'Meta sender en bekræftelsesmail til adressen på din konto. I klicksafes test kom den inden for få minutter. Gem den. Hvis der ikke kommer noget, så tjek din spammappe, og send derefter formularen igen.',
      },
      {
        question: 'Jeg gjorde indsigelse i 2024. Skal jeg gøre indsigelse igen?',
        answer: 'Nej. Det norske Datatilsynet og Meta siger, at indsigelser sendt i 2024 stadig gælder.',
      },
    ],
  },
  print: {
    heading: 'Denne vejledning på papir',
    qr: 'Scan koden for at åbne denne vejledning på en telefon: {url}',
  },
};
