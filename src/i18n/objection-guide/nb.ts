import type { ObjectionGuideContent } from './en';

/** The objection guide in Norwegian Bokmål. */
export const objectionGuideNb: ObjectionGuideContent = {
  title: 'Slik protesterer du, steg for steg',
  description:
    'Protester mot at Meta bruker innleggene dine på Facebook og Instagram til å trene KI: de offisielle skjemaene, hvert steg, tekster du kan bruke, og hva en protest omfatter.',
  intro:
    'Det tar omtrent fem minutter å protestere på hver plattform. Du trenger innloggingsopplysningene dine og tilgang til e-postadressen til kontoen din.',
  warning: 'Bruk bare de offisielle skjemaene som det lenkes til her. Meta ber aldri om passordet ditt i skjemaet.',
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
    heading: 'Hva du kan skrive',
    intro:
      'Du trenger ikke å oppgi noen grunn. Datatilsynet skriver at du ikke trenger å begrunne protesten, og Meta har sagt at selskapet godtar alle protester. Hvis du vil skrive noe, kan du kopiere en av disse tekstene inn i fritekstfeltet.',
    copy: 'Kopier teksten',
    copied: 'Kopiert til utklippstavlen.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
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
    heading: 'Hva en protest omfatter',
    covered: 'Omfattet',
    notCovered: 'Ikke omfattet, eller brukes uansett ikke',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Flere kontoer: Datatilsynet sier at én protest gjelder for alle kontoer som er koblet sammen i det samme kontosenteret. Andre kilder råder deg til å protestere for hver konto. Er du usikker, sender du begge skjemaene, én gang for hver konto.',
    whatsapp:
      'WhatsApp: Ifølge presseoppslag brukes ikke private chatter, men meldinger du sender til Meta AI i WhatsApp, blir brukt. Det er ikke kjent noe eget protestskjema for WhatsApp.',
    thirdParty:
      'Data fra andre selskaper: Meta bruker også data som selskapet kjøper fra tredjeparter, til å trene KI-en sin. Dette kan også gjelde personer som ikke har konto. Personvernmyndigheten i Hamburg sier at Meta tilbyr en egen måte å protestere mot dette på. Vi har ikke kunnet bekrefte noen lenke til den, så vi viser ingen. Les meldingen fra Hamburg for flere detaljer.',
    thirdPartyLink: 'Meldingen fra Hamburg 12. juni 2024',
  },
  afterDeadline: {
    heading: 'Hvis fristen er ute',
    text: 'Du kan protestere når som helst. En protest holder det du legger ut fra da av, utenfor KI-treningen til Meta. Den kan ikke fjerne det Meta allerede har brukt: Data som har gått inn i en modell, kan ikke tas ut igjen.',
    earlier: 'Hvis du protesterte i 2024, gjelder den protesten fortsatt, ifølge Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Vanlige spørsmål',
    items: [
      {
        question: 'Gjelder dette meg?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller eldre og har offentlig innhold på Facebook eller Instagram. I Storbritannia følger Meta en annen fremgangsmåte.',
      },
      {
        question: 'Jeg rakk ikke fristen. Er det for sent?',
        answer:
          'Nei. Du kan protestere når som helst. Protesten beskytter det du legger ut fra da av. Det Meta allerede har brukt til trening, kan ikke tas ut av KI-en igjen.',
      },
      {
        question: 'Må jeg oppgi en grunn?',
        answer:
          'Nei. Fritekstfeltet er valgfritt. Datatilsynet skriver at du ikke trenger å begrunne protesten, og Meta har sagt at selskapet godtar alle protester.',
      },
      {
        question: 'Jeg har flere kontoer. Hva gjør jeg?',
        answer:
          'Datatilsynet sier at én protest gjelder for kontoene som er koblet sammen i det samme kontosenteret. Er du usikker på om kontoene dine er koblet sammen, sender du skjemaet for Facebook og for Instagram, én gang for hver konto.',
      },
      {
        question: 'Omfatter protesten bilder av barna mine som jeg har lagt ut?',
        answer:
          'Protesten din omfatter det offentlige innholdet du har lagt ut, også bilder av barna dine. Datatilsynet har spurt Meta om selskapet trener på bilder av barn som voksne legger ut. Meta hadde ikke svart da Datatilsynet publiserte meldingen sin.',
      },
      {
        question: 'Hva med WhatsApp?',
        answer:
          'Ifølge presseoppslag brukes ikke de private WhatsApp-chattene dine, men meldinger du sender til Meta AI i WhatsApp, blir brukt. Det er ikke kjent noe eget protestskjema for WhatsApp. Hvis du ikke vil at slike meldinger skal brukes, bør du ikke sende dem til Meta AI.',
      },
      {
        question: 'Jeg har ikke konto. Kan Meta likevel bruke data om meg?',
        answer:
          'Kanskje. Meta bruker også data som selskapet kjøper fra andre selskaper, og andre kan legge ut bilder av deg. Personvernmyndigheten i Hamburg sier at Meta tilbyr en egen måte å protestere mot bruken av data fra tredjeparter på. Vi har ikke kunnet bekrefte noen lenke til den.',
      },
      {
        question: 'Hvordan vet jeg at det har virket?',
        answer:
          'Meta sender en e-post med bekreftelse til adressen til kontoen din. I testen til klicksafe kom den i løpet av noen minutter. Ta vare på den. Hvis ingenting kommer, sjekker du søppelpostmappen og sender deretter skjemaet på nytt.',
      },
      {
        question: 'Jeg protesterte i 2024. Må jeg protestere på nytt?',
        answer: 'Nei. Datatilsynet og Meta sier at protester som ble sendt i 2024, fortsatt gjelder.',
      },
    ],
  },
  print: {
    heading: 'Denne veiledningen på papir',
    qr: 'Skann koden for å åpne denne veiledningen på mobilen: {url}',
  },
};
