import type { ObjectionGuideContent } from './en';

/** The objection guide in Dutch. */
export const objectionGuideNl: ObjectionGuideContent = {
  title: 'Zo maakt u bezwaar, stap voor stap',
  description:
    'Maak bezwaar tegen het gebruik van uw berichten op Facebook en Instagram voor de AI-training van Meta: de officiële formulieren, elke stap, teksten die u kunt gebruiken en waarvoor een bezwaar geldt.',
  intro:
    'Bezwaar maken duurt ongeveer vijf minuten per platform. U hebt uw inloggegevens nodig en toegang tot het e-mailadres van uw account.',
  warning:
    'Gebruik alleen de officiële formulieren waarnaar we hier linken. Meta vraagt in het formulier nooit om uw wachtwoord.',
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
    heading: 'Wat u kunt schrijven',
    intro:
      'U hoeft geen reden te geven. De Noorse toezichthouder Datatilsynet zegt: “U hoeft het niet te motiveren” (onze vertaling). Meta heeft gezegd dat het alle bezwaren accepteert. Wilt u toch iets schrijven, kopieer dan een van deze teksten in het vrije tekstveld.',
    copy: 'Tekst kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer die zelf.',
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
    heading: 'Waarvoor een bezwaar geldt',
    covered: 'Valt eronder',
    notCovered: 'Valt er niet onder, of wordt sowieso niet gebruikt',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Meerdere accounts: volgens de Noorse toezichthouder Datatilsynet geldt één bezwaar voor alle accounts die in hetzelfde Accountcentrum aan elkaar gekoppeld zijn. Andere bronnen raden één bezwaar per account aan. Weet u het niet zeker, verstuur dan beide formulieren, voor elk account één keer.',
    whatsapp:
      'WhatsApp: volgens mediaberichten worden privéchats niet gebruikt, maar berichten die u in WhatsApp naar Meta AI stuurt wel. Er is geen apart bezwaarformulier voor WhatsApp bekend.',
    thirdParty:
      'Gegevens van andere bedrijven: Meta gebruikt ook gegevens die het van derden koopt om zijn AI te trainen. Dat kan ook mensen zonder account raken. De privacytoezichthouder van Hamburg zegt dat Meta hiervoor een aparte manier biedt om bezwaar te maken. Wij konden geen link daarnaar bevestigen, dus we tonen er geen. Lees de mededeling uit Hamburg voor de details.',
    thirdPartyLink: 'Mededeling uit Hamburg van 12 juni 2024',
  },
  afterDeadline: {
    heading: 'Als de deadline voorbij is',
    text: 'U kunt altijd bezwaar maken. Een bezwaar houdt wat u vanaf dat moment plaatst buiten de AI-training van Meta. Het kan niet weghalen wat Meta al heeft gebruikt: gegevens die in een model zijn verwerkt, kunnen er niet meer uit worden gehaald.',
    earlier: 'Hebt u in 2024 bezwaar gemaakt? Dan telt dat bezwaar nog steeds, volgens Datatilsynet en Meta.',
  },
  faq: {
    heading: 'Veelgestelde vragen',
    items: [
      {
        question: 'Geldt dit voor mij?',
        answer:
          'Ja, als u in de EU of de EER woont (daar horen ook Noorwegen, IJsland en Liechtenstein bij), 18 jaar of ouder bent en openbare inhoud op Facebook of Instagram hebt. In het Verenigd Koninkrijk volgt Meta een andere procedure.',
      },
      {
        question: 'Ik heb de deadline gemist. Is het te laat?',
        answer:
          'Nee. U kunt altijd bezwaar maken. Dat beschermt wat u vanaf dat moment plaatst. Wat Meta al voor de training heeft gebruikt, kan niet meer uit zijn AI worden gehaald.',
      },
      {
        question: 'Moet ik een reden geven?',
        answer:
          'Nee. Het vrije tekstveld is niet verplicht. Datatilsynet zegt dat u uw bezwaar niet hoeft te motiveren, en Meta heeft gezegd dat het alle bezwaren accepteert.',
      },
      {
        question: 'Ik heb meerdere accounts. Wat moet ik doen?',
        answer:
          'Volgens Datatilsynet geldt één bezwaar voor de accounts die in hetzelfde Accountcentrum gekoppeld zijn. Weet u niet zeker of uw accounts gekoppeld zijn, verstuur dan het formulier voor Facebook en voor Instagram, één keer voor elk account.',
      },
      {
        question: 'Geldt het ook voor foto’s van mijn kinderen die ik heb geplaatst?',
        answer:
          'Uw bezwaar geldt voor de openbare inhoud die u hebt geplaatst, ook voor foto’s van uw kinderen. Datatilsynet heeft Meta gevraagd of het zijn AI traint met foto’s van kinderen die volwassenen plaatsen. Meta had nog niet geantwoord toen Datatilsynet zijn mededeling publiceerde.',
      },
      {
        question: 'En WhatsApp?',
        answer:
          'Volgens mediaberichten worden uw privéchats in WhatsApp niet gebruikt, maar berichten die u in WhatsApp naar Meta AI stuurt wel. Er is geen apart bezwaarformulier voor WhatsApp bekend. Wilt u niet dat die berichten worden gebruikt, stuur ze dan niet naar Meta AI.',
      },
      {
        question: 'Ik heb geen account. Kan Meta toch gegevens over mij gebruiken?',
        answer:
          'Mogelijk wel. Meta gebruikt ook gegevens die het van andere bedrijven koopt, en andere mensen kunnen foto’s van u plaatsen. De privacytoezichthouder van Hamburg zegt dat Meta een aparte manier biedt om bezwaar te maken tegen het gebruik van gegevens van derden. Wij konden geen link daarnaar bevestigen.',
      },
      {
        question: 'Hoe weet ik of het gelukt is?',
        answer:
          'Meta stuurt een bevestigingsmail naar het adres van uw account. In de test van klicksafe kwam die binnen enkele minuten. Bewaar de e-mail. Komt er niets, kijk dan in uw spammap en verstuur het formulier daarna opnieuw.',
      },
      {
        question: 'Ik heb in 2024 bezwaar gemaakt. Moet ik opnieuw bezwaar maken?',
        answer: 'Nee. Datatilsynet en Meta zeggen dat bezwaren uit 2024 nog steeds tellen.',
      },
    ],
  },
  print: {
    heading: 'Deze handleiding op papier',
    qr: 'Scan de code om deze handleiding op een telefoon te openen: {url}',
  },
};
