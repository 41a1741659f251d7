import type { ObjectionGuideContent } from './en';

/** The objection guide in Romanian. */
export const objectionGuideRo: ObjectionGuideContent = {
  title: 'Cum vă opuneți, pas cu pas',
  description:
    'Opuneți-vă folosirii postărilor dumneavoastră de pe Facebook și Instagram de către Meta pentru antrenarea inteligenței artificiale: formularele oficiale, fiecare pas, texte pe care le puteți folosi și ce acoperă opoziția.',
  intro:
    'Opoziția durează aproximativ cinci minute pentru fiecare platformă. Aveți nevoie de datele de conectare și de acces la adresa de e-mail a contului.',
  warning: 'Folosiți doar formularele oficiale indicate aici. Meta nu vă cere niciodată parola în formular.',
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
    heading: 'Ce puteți scrie',
    intro:
      'Nu trebuie să indicați un motiv. Datatilsynet spune: „Nu trebuie să vă justificați” (traducerea noastră), iar Meta a declarat că acceptă toate opozițiile. Dacă doriți să scrieți ceva, copiați unul dintre aceste texte în câmpul de text liber.',
    copy: 'Copiați textul',
    copied: 'Copiat în clipboard.',
    copyFailed: 'Copierea nu a reușit. Selectați textul și copiați-l manual.',
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
    heading: 'Ce acoperă opoziția',
    covered: 'Acoperit',
    notCovered: 'Neacoperit sau oricum nefolosit',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Mai multe conturi: Datatilsynet spune că o singură opoziție acoperă toate conturile conectate în același Centru de conturi. Alte surse recomandă câte o opoziție pentru fiecare cont. Dacă aveți dubii, trimiteți ambele formulare, câte unul pentru fiecare cont.',
    whatsapp:
      'WhatsApp: potrivit presei, conversațiile private nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp.',
    thirdParty:
      'Date de la alte companii: pentru antrenarea inteligenței sale artificiale, Meta folosește și date pe care le cumpără de la terți. Acest lucru îi poate afecta și pe oamenii fără cont. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție pentru aceste date. Nu am putut confirma un link către ea, așa că nu afișăm niciunul. Pentru detalii, citiți comunicarea autorității din Hamburg.',
    thirdPartyLink: 'Comunicarea autorității din Hamburg din 12 iunie 2024',
  },
  afterDeadline: {
    heading: 'Dacă termenul a expirat',
    text: 'Vă puteți opune oricând. Opoziția face ca ce publicați de atunci încolo să nu fie folosit pentru antrenarea inteligenței artificiale a Meta. Ea nu poate elimina ce a folosit deja Meta: datele care au intrat într-un model nu mai pot fi scoase din el.',
    earlier: 'Dacă v-ați opus în 2024, acea opoziție rămâne valabilă, potrivit Datatilsynet și Meta.',
  },
  faq: {
    heading: 'Întrebări frecvente',
    items: [
      {
        question: 'Mă privește și pe mine?',
        answer:
          'Da, dacă locuiți în UE sau în SEE (inclusiv Norvegia, Islanda și Liechtenstein), aveți cel puțin 18 ani și aveți conținut public pe Facebook sau Instagram. În Regatul Unit, Meta urmează un alt proces.',
      },
      {
        question: 'Am ratat termenul. Este prea târziu?',
        answer:
          'Nu. Vă puteți opune oricând. Opoziția protejează ce publicați de atunci încolo. Ce a folosit deja Meta pentru antrenare nu mai poate fi scos din inteligența sa artificială.',
      },
      {
        question: 'Trebuie să indic un motiv?',
        answer:
          'Nu. Câmpul de text liber este opțional. Datatilsynet spune că nu trebuie să vă justificați opoziția, iar Meta a declarat că acceptă toate opozițiile.',
      },
      {
        question: 'Am mai multe conturi. Ce trebuie să fac?',
        answer:
          'Datatilsynet spune că o singură opoziție acoperă conturile conectate în același Centru de conturi. Dacă nu știți sigur dacă aveți conturile conectate, trimiteți formularul pentru Facebook și pentru Instagram, o dată pentru fiecare cont.',
      },
      {
        question: 'Opoziția acoperă și fotografiile copiilor mei pe care le-am postat?',
        answer:
          'Opoziția dumneavoastră acoperă conținutul public pe care l-ați postat, inclusiv fotografiile copiilor dumneavoastră. Datatilsynet a întrebat Meta dacă își antrenează inteligența artificială cu fotografii ale copiilor postate de adulți. Meta nu răspunsese până la momentul în care Datatilsynet și-a publicat comunicarea.',
      },
      {
        question: 'Ce se întâmplă cu WhatsApp?',
        answer:
          'Potrivit presei, conversațiile dumneavoastră private de pe WhatsApp nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp. Dacă nu doriți ca aceste mesaje să fie folosite, nu le trimiteți către Meta AI.',
      },
      {
        question: 'Nu am cont. Poate Meta să folosească totuși date despre mine?',
        answer:
          'Posibil. Meta folosește și date pe care le cumpără de la alte companii, iar alte persoane pot posta fotografii cu dumneavoastră. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție față de utilizarea datelor provenite de la terți. Nu am putut confirma un link către ea.',
      },
      {
        question: 'Cum știu că a funcționat?',
        answer:
          'Meta trimite un e-mail de confirmare la adresa contului dumneavoastră. În testul klicksafe, acesta a sosit în câteva minute. Păstrați-l. Dacă nu primiți nimic, verificați dosarul de spam, apoi trimiteți din nou formularul.',
      },
      {
        question: 'M-am opus în 2024. Trebuie să mă opun din nou?',
        answer: 'Nu. Datatilsynet și Meta spun că opozițiile trimise în 2024 rămân valabile.',
      },
    ],
  },
  print: {
    heading: 'Acest ghid pe hârtie',
    qr: 'Scanați codul pentru a deschide acest ghid pe telefon: {url}',
  },
};
