import type { ObjectionGuideContent } from './en';

/** The objection guide in Polish. */
export const objectionGuidePl: ObjectionGuideContent = {
  title: 'Jak wnieść sprzeciw – krok po kroku',
  description:
    'Sprzeciw wobec wykorzystywania postów z Facebooka i Instagrama do trenowania AI firmy Meta: oficjalne formularze, wszystkie kroki, teksty do wykorzystania i informacja, co obejmuje sprzeciw.',
  intro:
    'Wniesienie sprzeciwu zajmuje około pięciu minut na każdej platformie. Potrzebne są dane logowania i dostęp do adresu e-mail powiązanego z kontem.',
  warning:
    'Należy korzystać wyłącznie z oficjalnych formularzy, do których prowadzą linki na tej stronie. Meta nigdy nie prosi w formularzu o hasło.',
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
    heading: 'Co można napisać',
    intro:
      'Nie trzeba podawać powodu. Norweski organ ochrony danych Datatilsynet pisze: „Nie trzeba podawać uzasadnienia” (tłumaczenie własne), a Meta oświadczyła, że przyjmuje wszystkie sprzeciwy. Jeśli ktoś chce coś napisać, może skopiować jeden z tych tekstów do pola tekstowego.',
    copy: 'Kopiuj tekst',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować. Należy zaznaczyć tekst i skopiować go ręcznie.',
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
    heading: 'Co obejmuje sprzeciw',
    covered: 'Objęte sprzeciwem',
    notCovered: 'Nieobjęte albo i tak niewykorzystywane',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Kilka kont: według Datatilsynet jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont. Inne źródła zalecają osobny sprzeciw dla każdego konta. W razie wątpliwości najlepiej wysłać oba formularze, osobno dla każdego konta.',
    whatsapp:
      'WhatsApp: według doniesień prasowych prywatne czaty nie są wykorzystywane, ale wiadomości wysyłane do Meta AI w WhatsAppie – tak. Nie jest znany osobny formularz sprzeciwu dla WhatsAppa.',
    thirdParty:
      'Dane od innych firm: do trenowania swojej AI Meta wykorzystuje też dane kupowane od podmiotów trzecich. Może to dotyczyć także osób bez konta. Hamburski organ ochrony danych podaje, że Meta oferuje w tym celu osobny sposób wniesienia sprzeciwu. Nie udało nam się potwierdzić linku do niego, dlatego go nie podajemy. Szczegóły są w komunikacie z Hamburga.',
    thirdPartyLink: 'Komunikat z Hamburga z 12 czerwca 2024 r.',
  },
  afterDeadline: {
    heading: 'Jeśli termin minął',
    text: 'Sprzeciw można wnieść w każdej chwili. Wyłącza on z trenowania AI firmy Meta wszystko, co zostanie opublikowane od tego momentu. Nie usuwa tego, co Meta już wykorzystała: danych, które trafiły do modelu, nie da się z niego wyjąć.',
    earlier: 'Sprzeciw wniesiony w 2024 r. nadal obowiązuje – według Datatilsynet i firmy Meta.',
  },
  faq: {
    heading: 'Częste pytania',
    items: [
      {
        question: 'Czy to mnie dotyczy?',
        answer:
          'Tak, jeśli dana osoba mieszka w UE lub EOG (w tym w Norwegii, Islandii i Liechtensteinie), ma co najmniej 18 lat i ma publiczne treści na Facebooku lub Instagramie. W Wielkiej Brytanii Meta stosuje inną procedurę.',
      },
      {
        question: 'Termin już minął. Czy jest za późno?',
        answer:
          'Nie. Sprzeciw można wnieść w każdej chwili. Chroni on wszystko, co zostanie opublikowane od tego momentu. Tego, co Meta już wykorzystała do trenowania, nie da się usunąć z jej AI.',
      },
      {
        question: 'Czy trzeba podać powód?',
        answer:
          'Nie. Pole tekstowe nie jest obowiązkowe. Według Datatilsynet nie trzeba uzasadniać sprzeciwu, a Meta oświadczyła, że przyjmuje wszystkie sprzeciwy.',
      },
      {
        question: 'Mam kilka kont. Co zrobić?',
        answer:
          'Według Datatilsynet jeden sprzeciw obejmuje konta połączone w tym samym Centrum kont. W razie wątpliwości, czy konta są połączone, najlepiej wysłać formularz dla Facebooka i dla Instagrama – raz dla każdego konta.',
      },
      {
        question: 'Czy sprzeciw obejmuje opublikowane przeze mnie zdjęcia moich dzieci?',
        answer:
          'Sprzeciw obejmuje publiczne treści opublikowane przez osobę, która go wnosi, w tym zdjęcia jej dzieci. Datatilsynet zapytał firmę Meta, czy trenuje AI na zdjęciach dzieci publikowanych przez dorosłych. Gdy Datatilsynet publikował swój komunikat, Meta jeszcze nie odpowiedziała.',
      },
      {
        question: 'A co z WhatsAppem?',
        answer:
          'Według doniesień prasowych prywatne czaty w WhatsAppie nie są wykorzystywane, ale wiadomości wysyłane do Meta AI w WhatsAppie – tak. Nie jest znany osobny formularz sprzeciwu dla WhatsAppa. Kto nie chce, aby te wiadomości były wykorzystywane, nie powinien wysyłać ich do Meta AI.',
      },
      {
        question: 'Nie mam konta. Czy Meta i tak może wykorzystywać dane na mój temat?',
        answer:
          'Możliwe. Meta wykorzystuje też dane kupowane od innych firm, a inne osoby mogą publikować zdjęcia osób, które nie mają konta. Hamburski organ ochrony danych podaje, że Meta oferuje osobny sposób wniesienia sprzeciwu wobec wykorzystywania danych od podmiotów trzecich; nie udało nam się potwierdzić linku do niego.',
      },
      {
        question: 'Skąd wiadomo, że się udało?',
        answer:
          'Meta wysyła e-mail z potwierdzeniem na adres powiązany z kontem – w teście klicksafe w ciągu kilku minut. Warto go zachować. Jeśli nic nie przyjdzie, należy sprawdzić folder ze spamem, a potem wysłać formularz ponownie.',
      },
      {
        question: 'Sprzeciw został wniesiony w 2024 r. Czy trzeba wnieść go ponownie?',
        answer: 'Nie. Według Datatilsynet i firmy Meta sprzeciwy wniesione w 2024 r. nadal obowiązują.',
      },
    ],
  },
  print: {
    heading: 'Ten przewodnik na papierze',
    qr: 'Po zeskanowaniu kodu przewodnik otworzy się w telefonie: {url}',
  },
};
