import type { ObjectionGuideContent } from './en';

/** The objection guide in Latvian. */
export const objectionGuideLv: ObjectionGuideContent = {
  title: 'Kā iebilst: soli pa solim',
  description:
    'Iebilstiet pret to, ka Meta izmanto Jūsu Facebook un Instagram ierakstus MI apmācībai: oficiālās veidlapas, katrs solis, teksti, ko varat izmantot, un ko aptver iebildums.',
  intro:
    'Iebildums katrā platformā aizņem aptuveni piecas minūtes. Jums būs vajadzīgi pieteikšanās dati un piekļuve sava konta e-pasta adresei.',
  warning: 'Izmantojiet tikai šeit norādītās oficiālās veidlapas. Meta veidlapā nekad neprasa Jūsu paroli.',
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
    heading: 'Ko varat rakstīt',
    intro:
      'Jums nav jānorāda iemesls. Norvēģijas datu aizsardzības iestāde Datatilsynet saka: „Jums nav jāpamato savs iebildums” (mūsu tulkojums). Meta ir paziņojusi, ka pieņem visus iebildumus. Ja vēlaties kaut ko uzrakstīt, iekopējiet brīvā teksta laukā kādu no šiem tekstiem.',
    copy: 'Kopēt tekstu',
    copied: 'Nokopēts starpliktuvē.',
    copyFailed: 'Neizdevās nokopēt. Atlasiet tekstu un nokopējiet to paši.',
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
    heading: 'Ko aptver iebildums',
    covered: 'Aptver',
    notCovered: 'Neaptver vai jebkurā gadījumā netiek izmantots',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Vairāki konti: Datatilsynet norāda, ka viens iebildums attiecas uz visiem kontiem, kas sasaistīti vienā Kontu centrā. Citi avoti iesaka iesniegt iebildumu par katru kontu atsevišķi. Ja šaubāties, nosūtiet abas veidlapas, katram kontam vienu reizi.',
    whatsapp:
      'WhatsApp: saskaņā ar plašsaziņas līdzekļu ziņām privātās tērzēšanas netiek izmantotas, bet ziņas, ko WhatsApp sūtāt Meta AI, tiek izmantotas. Atsevišķa WhatsApp iebildumu veidlapa nav zināma.',
    thirdParty:
      'Citu uzņēmumu dati: Meta sava MI apmācībai izmanto arī datus, ko tā pērk no trešajām personām. Tas var skart arī cilvēkus, kuriem nav konta. Hamburgas iestāde norāda, ka Meta piedāvā atsevišķu veidu, kā iebilst pret šo datu izmantošanu. Mēs nevarējām apstiprināt saiti uz to, tāpēc to nerādām. Sīkāka informācija ir Hamburgas paziņojumā.',
    thirdPartyLink: 'Hamburgas 2024. gada 12. jūnija paziņojums',
  },
  afterDeadline: {
    heading: 'Ja termiņš ir beidzies',
    text: 'Iebilst varat jebkurā laikā. Iebildums nodrošina, ka tas, ko publicēsiet pēc tam, netiek izmantots Meta MI apmācībai. Tas nevar izņemt to, ko Meta jau ir izmantojusi: datus, kas nonākuši modelī, vairs nevar no tā izņemt.',
    earlier: 'Ja iebildāt 2024. gadā, saskaņā ar Datatilsynet un Meta teikto šis iebildums joprojām ir spēkā.',
  },
  faq: {
    heading: 'Biežāk uzdotie jautājumi',
    items: [
      {
        question: 'Vai tas attiecas uz mani?',
        answer:
          'Jā, ja dzīvojat ES vai EEZ (tostarp Norvēģijā, Islandē un Lihtenšteinā), Jums ir vismaz 18 gadu un Jums ir publisks saturs Facebook vai Instagram. Apvienotajā Karalistē Meta izmanto citu procesu.',
      },
      {
        question: 'Es nokavēju termiņu. Vai ir par vēlu?',
        answer:
          'Nē. Iebilst varat jebkurā laikā. Tas aizsargā to, ko publicēsiet pēc tam. To, ko Meta jau ir izmantojusi apmācībai, nevar izņemt no tās MI.',
      },
      {
        question: 'Vai man ir jānorāda iemesls?',
        answer:
          'Nē. Brīvā teksta lauks nav obligāts. Datatilsynet norāda, ka Jums nav jāpamato savs iebildums, un Meta ir paziņojusi, ka pieņem visus iebildumus.',
      },
      {
        question: 'Man ir vairāki konti. Ko darīt?',
        answer:
          'Datatilsynet norāda, ka viens iebildums attiecas uz kontiem, kas sasaistīti vienā Kontu centrā. Ja neesat pārliecināti, vai Jūsu konti ir sasaistīti, nosūtiet veidlapu gan par Facebook, gan par Instagram, katram kontam vienu reizi.',
      },
      {
        question: 'Vai iebildums attiecas uz manu bērnu fotoattēliem, ko publicēju?',
        answer:
          'Jūsu iebildums attiecas uz Jūsu publicēto publisko saturu, tostarp Jūsu bērnu fotoattēliem. Datatilsynet ir jautājusi Meta, vai tā apmāca savu MI ar bērnu fotoattēliem, ko publicē pieaugušie. Kad Datatilsynet publicēja savu paziņojumu, Meta vēl nebija atbildējusi.',
      },
      {
        question: 'Kā ir ar WhatsApp?',
        answer:
          'Saskaņā ar plašsaziņas līdzekļu ziņām Jūsu privātās WhatsApp tērzēšanas netiek izmantotas, bet ziņas, ko WhatsApp sūtāt Meta AI, tiek izmantotas. Atsevišķa WhatsApp iebildumu veidlapa nav zināma. Ja nevēlaties, lai šīs ziņas tiktu izmantotas, nesūtiet tās Meta AI.',
      },
      {
        question: 'Man nav konta. Vai Meta tomēr var izmantot datus par mani?',
        answer:
          'Iespējams. Meta izmanto arī datus, ko tā pērk no citiem uzņēmumiem, un citi cilvēki var publicēt Jūsu fotoattēlus. Hamburgas iestāde norāda, ka Meta piedāvā atsevišķu veidu, kā iebilst pret trešo personu datu izmantošanu. Mēs nevarējām apstiprināt saiti uz to.',
      },
      {
        question: 'Kā uzzināt, vai tas izdevās?',
        answer:
          'Meta nosūta apstiprinājuma e-pastu uz Jūsu konta adresi. Pārbaudē, ko veica klicksafe, tas pienāca dažu minūšu laikā. Saglabājiet to. Ja nekas nepienāk, pārbaudiet surogātpasta mapi un pēc tam nosūtiet veidlapu vēlreiz.',
      },
      {
        question: 'Es iebildu 2024. gadā. Vai man jāiebilst vēlreiz?',
        answer: 'Nē. Datatilsynet un Meta norāda, ka 2024. gadā iesniegtie iebildumi joprojām ir spēkā.',
      },
    ],
  },
  print: {
    heading: 'Šis ceļvedis uz papīra',
    qr: 'Noskenējiet kodu, lai atvērtu šo ceļvedi tālrunī: {url}',
  },
};
