import type { ObjectionGuideContent } from './en';

/** The objection guide in Hungarian. */
export const objectionGuideHu: ObjectionGuideContent = {
  title: 'Hogyan tiltakozhat, lépésről lépésre',
  description:
    'Tiltakozzon az ellen, hogy a Meta az Ön Facebook- és Instagram-bejegyzéseit mesterséges intelligencia tanítására használja: a hivatalos űrlapok, minden lépés, felhasználható szövegek, és hogy mire terjed ki a tiltakozás.',
  intro:
    'A tiltakozás platformonként körülbelül öt percet vesz igénybe. Szüksége lesz a bejelentkezési adataira, és hozzá kell férnie a fiókjához tartozó e-mail-címhez.',
  warning: 'Csak az itt hivatkozott hivatalos űrlapokat használja. A Meta az űrlapon soha nem kéri el a jelszavát.',
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
    heading: 'Mit írhat',
    intro:
      'Nem kell indokolnia. A Datatilsynet így fogalmaz: „Nem kell megindokolnia” (saját fordításunk), a Meta pedig azt közölte, hogy minden tiltakozást elfogad. Ha mégis szeretne írni valamit, másolja be az alábbi szövegek egyikét a szabad szöveges mezőbe.',
    copy: 'Szöveg másolása',
    copied: 'A szöveg a vágólapra került.',
    copyFailed: 'A másolás nem sikerült. Jelölje ki a szöveget, és másolja ki saját maga.',
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
    heading: 'Mire terjed ki a tiltakozás',
    covered: 'Kiterjed rá',
    notCovered: 'Nem terjed ki rá, vagy egyébként sem használják',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Több fiók: a Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a Fiókközpontban összekapcsolt összes fiókra. Más források fiókonként egy tiltakozást javasolnak. Ha bizonytalan, küldje el mindkét űrlapot, mégpedig minden fiókhoz egyet.',
    whatsapp:
      'WhatsApp: sajtóbeszámolók szerint a privát csevegéseket nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteket viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert.',
    thirdParty:
      'Más cégektől származó adatok: a Meta harmadik felektől vásárolt adatokat is felhasznál a mesterséges intelligenciája tanításához. Ez olyan embereket is érinthet, akiknek nincs fiókjuk. A hamburgi hatóság szerint a Meta erre külön tiltakozási lehetőséget kínál. Ennek hivatkozását nem tudtuk megerősíteni, ezért nem tüntetjük fel. A részleteket a hamburgi tájékoztatóban olvashatja.',
    thirdPartyLink: 'A hamburgi hatóság 2024. június 12-i tájékoztatója',
  },
  afterDeadline: {
    heading: 'Ha a határidő lejárt',
    text: 'Bármikor tiltakozhat. A tiltakozás biztosítja, hogy amit ettől kezdve közzétesz, azt ne használják fel a Meta MI-tanításához. Azt viszont nem tudja eltávolítani, amit a Meta már felhasznált: a modellbe bekerült adatokat nem lehet onnan kivenni.',
    earlier: 'Ha 2024-ben tiltakozott, az a tiltakozás a Datatilsynet és a Meta szerint továbbra is érvényes.',
  },
  faq: {
    heading: 'Gyakori kérdések',
    items: [
      {
        question: 'Érint ez engem?',
        answer:
          'Igen, ha az EU-ban vagy az EGT-ben él (ide tartozik Norvégia, Izland és Liechtenstein is), elmúlt 18 éves, és nyilvános tartalmai vannak a Facebookon vagy az Instagramon. Az Egyesült Királyságban a Meta más eljárást követ.',
      },
      {
        question: 'Lekéstem a határidőt. Már késő?',
        answer:
          'Nem. Bármikor tiltakozhat. Ez azt védi, amit ettől kezdve közzétesz. Amit a Meta már felhasznált a tanításhoz, azt nem lehet kivenni a mesterséges intelligenciájából.',
      },
      {
        question: 'Meg kell indokolnom a tiltakozást?',
        answer:
          'Nem. A szabad szöveges mező kitöltése nem kötelező. A Datatilsynet szerint nem kell megindokolnia a tiltakozását, a Meta pedig közölte, hogy minden tiltakozást elfogad.',
      },
      {
        question: 'Több fiókom van. Mit tegyek?',
        answer:
          'A Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a Fiókközpontban összekapcsolt fiókokra. Ha nem biztos benne, hogy a fiókjai össze vannak-e kapcsolva, küldje el az űrlapot a Facebookhoz és az Instagramhoz is, minden fiókhoz egyszer.',
      },
      {
        question: 'Kiterjed a tiltakozás a gyermekeimről általam közzétett fényképekre?',
        answer:
          'A tiltakozása kiterjed az Ön által közzétett nyilvános tartalmakra, így a gyermekeiről készült fényképekre is. A Datatilsynet megkérdezte a Metát, hogy tanítja-e a mesterséges intelligenciáját olyan gyermekfotókkal, amelyeket felnőttek tesznek közzé. Amikor a Datatilsynet közzétette a tájékoztatóját, a Meta még nem válaszolt.',
      },
      {
        question: 'Mi a helyzet a WhatsAppal?',
        answer:
          'Sajtóbeszámolók szerint a privát WhatsApp-csevegéseit nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteit viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert. Ha nem szeretné, hogy ezeket az üzeneteket felhasználják, ne küldje el őket a Meta AI-nak.',
      },
      {
        question: 'Nincs fiókom. Használhat a Meta ennek ellenére adatokat rólam?',
        answer:
          'Lehetséges. A Meta más cégektől vásárolt adatokat is felhasznál, és mások is közzétehetnek Önről fényképeket. A hamburgi hatóság szerint a Meta külön lehetőséget kínál arra, hogy tiltakozzon a harmadik felektől származó adatok felhasználása ellen. Ennek hivatkozását nem tudtuk megerősíteni.',
      },
      {
        question: 'Honnan tudom, hogy sikerült?',
        answer:
          'A Meta visszaigazoló e-mailt küld a fiókjához tartozó címre. A klicksafe tesztjében ez néhány percen belül megérkezett. Őrizze meg. Ha nem érkezik semmi, nézze meg a levélszemét mappát, majd küldje el újra az űrlapot.',
      },
      {
        question: '2024-ben tiltakoztam. Újra tiltakoznom kell?',
        answer: 'Nem. A Datatilsynet és a Meta szerint a 2024-ben benyújtott tiltakozások továbbra is érvényesek.',
      },
    ],
  },
  print: {
    heading: 'Az útmutató papíron',
    qr: 'Olvassa be a kódot, hogy telefonon nyissa meg ezt az útmutatót: {url}',
  },
};
