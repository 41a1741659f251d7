import type { ObjectionGuideContent } from './en';

/** The objection guide in Croatian. */
export const objectionGuideHr: ObjectionGuideContent = {
  title: 'Kako uložiti prigovor, korak po korak',
  description:
    'Uložite prigovor na to da Meta Vaše objave na Facebooku i Instagramu upotrebljava za treniranje umjetne inteligencije: službeni obrasci, svaki korak, tekstovi koje možete upotrijebiti i što prigovor obuhvaća.',
  intro:
    'Prigovor traje oko pet minuta za svaku platformu. Trebate podatke za prijavu i pristup adresi e-pošte svojeg računa.',
  warning: 'Upotrebljavajte samo službene obrasce na koje ovdje upućujemo. Meta u obrascu nikad ne traži Vašu lozinku.',
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
    heading: 'Što možete napisati',
    intro:
      'Ne morate navesti razlog. Datatilsynet kaže: „Ne morate navesti obrazloženje“ (naš prijevod), a Meta je izjavila da prihvaća sve prigovore. Ako želite nešto napisati, kopirajte jedan od ovih tekstova u polje za slobodan tekst.',
    copy: 'Kopiraj tekst',
    copied: 'Kopirano u međuspremnik.',
    copyFailed: 'Kopiranje nije uspjelo. Označite tekst i sami ga kopirajte.',
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
    heading: 'Što prigovor obuhvaća',
    covered: 'Obuhvaćeno',
    notCovered: 'Nije obuhvaćeno ili se ionako ne upotrebljava',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Više računa: Datatilsynet navodi da jedan prigovor obuhvaća sve račune povezane u istom Centru za račune. Drugi izvori savjetuju jedan prigovor po računu. Ako niste sigurni, pošaljite oba obrasca, i to po jedan za svaki račun.',
    whatsapp:
      'WhatsApp: prema medijskim izvješćima, privatni razgovori ne upotrebljavaju se, ali poruke koje u WhatsAppu šaljete chatbotu Meta AI upotrebljavaju se. Zaseban obrazac za prigovor za WhatsApp nije poznat.',
    thirdParty:
      'Podaci drugih tvrtki: Meta za treniranje svoje umjetne inteligencije upotrebljava i podatke koje kupuje od trećih strana. To može pogoditi i osobe bez računa. Tijelo za zaštitu podataka u Hamburgu navodi da Meta za to nudi zaseban način ulaganja prigovora. Poveznicu na njega nismo mogli potvrditi pa je ne prikazujemo. Pojedinosti pročitajte u obavijesti iz Hamburga.',
    thirdPartyLink: 'Obavijest iz Hamburga od 12. lipnja 2024.',
  },
  afterDeadline: {
    heading: 'Ako je rok istekao',
    text: 'Prigovor možete uložiti u bilo kojem trenutku. Prigovor osigurava da ono što objavite od tada ne ulazi u treniranje Metine umjetne inteligencije. Ne može ukloniti ono što je Meta već upotrijebila: podaci koji su ušli u model ne mogu se iz njega ponovno izvaditi.',
    earlier: 'Ako ste prigovor uložili 2024., on prema navodima tijela Datatilsynet i Mete i dalje vrijedi.',
  },
  faq: {
    heading: 'Česta pitanja',
    items: [
      {
        question: 'Odnosi li se ovo na mene?',
        answer:
          'Da, ako živite u EU-u ili EGP-u (to uključuje Norvešku, Island i Lihtenštajn), imate 18 ili više godina i imate javne sadržaje na Facebooku ili Instagramu. U Ujedinjenoj Kraljevini Meta primjenjuje drugačiji postupak.',
      },
      {
        question: 'Rok mi je istekao. Je li prekasno?',
        answer:
          'Nije. Prigovor možete uložiti u bilo kojem trenutku. On štiti ono što objavite od tada. Ono što je Meta već upotrijebila za treniranje ne može se ponovno izvaditi iz njezine umjetne inteligencije.',
      },
      {
        question: 'Moram li navesti razlog?',
        answer:
          'Ne. Polje za slobodan tekst nije obvezno. Datatilsynet navodi da svoj prigovor ne morate obrazložiti, a Meta je izjavila da prihvaća sve prigovore.',
      },
      {
        question: 'Imam više računa. Što trebam učiniti?',
        answer:
          'Datatilsynet navodi da jedan prigovor obuhvaća račune povezane u istom Centru za račune. Ako niste sigurni jesu li Vaši računi povezani, pošaljite obrazac za Facebook i za Instagram, po jednom za svaki račun.',
      },
      {
        question: 'Obuhvaća li prigovor fotografije moje djece koje sam objavio ili objavila?',
        answer:
          'Vaš prigovor obuhvaća javne sadržaje koje ste objavili, uključujući fotografije svoje djece. Datatilsynet je pitao Metu trenira li ona svoju umjetnu inteligenciju na fotografijama djece koje objavljuju odrasli. Meta na to nije odgovorila do trenutka kada je Datatilsynet objavio svoju obavijest.',
      },
      {
        question: 'Što je s WhatsAppom?',
        answer:
          'Prema medijskim izvješćima, Vaši privatni razgovori na WhatsAppu ne upotrebljavaju se, ali poruke koje u WhatsAppu šaljete chatbotu Meta AI upotrebljavaju se. Zaseban obrazac za prigovor za WhatsApp nije poznat. Ako ne želite da se te poruke upotrebljavaju, nemojte ih slati chatbotu Meta AI.',
      },
      {
        question: 'Nemam račun. Može li Meta ipak upotrebljavati podatke o meni?',
        answer:
          'Možda. Meta upotrebljava i podatke koje kupuje od drugih tvrtki, a drugi ljudi mogu objaviti Vaše fotografije. Tijelo za zaštitu podataka u Hamburgu navodi da Meta nudi zaseban način ulaganja prigovora na upotrebu podataka trećih strana. Poveznicu na njega nismo mogli potvrditi.',
      },
      {
        question: 'Kako ću znati da je uspjelo?',
        answer:
          'Meta šalje e-poruku s potvrdom na adresu Vašeg računa. U testu inicijative klicksafe stigla je u roku od nekoliko minuta. Sačuvajte je. Ako ništa ne stigne, provjerite mapu neželjene pošte, a zatim ponovno pošaljite obrazac.',
      },
      {
        question: 'Prigovor sam uložio ili uložila 2024. Moram li ga uložiti ponovno?',
        answer: 'Ne. Datatilsynet i Meta navode da prigovori poslani 2024. i dalje vrijede.',
      },
    ],
  },
  print: {
    heading: 'Ovaj vodič na papiru',
    qr: 'Skenirajte kôd kako biste otvorili ovaj vodič na mobitelu: {url}',
  },
};
