import type { ObjectionGuideContent } from './en';

/** The objection guide in Polish. */
export const objectionGuidePl: ObjectionGuideContent = {
  title: 'Jak wnieść sprzeciw – krok po kroku',
  description:
    'Sprzeciw wobec wykorzystywania postów z Facebooka i Instagrama do trenowania AI firmy Meta: oficjalne formularze, kroki w aplikacji lub w przeglądarce, gotowe teksty i informacja, co obejmuje sprzeciw.',
  intro:
    'Wniesienie sprzeciwu jest bezpłatne i nie trzeba podawać powodu. Potrzebne jest zalogowanie się oraz dostęp do adresu e-mail powiązanego z kontem.',
  warning:
    'Należy korzystać wyłącznie z oficjalnych formularzy, do których prowadzą linki na tej stronie. Nasza rada: nigdy nie wpisywać hasła w formularzu, który ktoś przysłał w wiadomości lub e-mailu.',
  warningLabel: 'Uwaga',
  chooser: {
    heading: 'Sposób wniesienia sprzeciwu',
    platformLegend: 'Które konto chcę chronić?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Oba',
    },
    wayLegend: 'Gdzie z niego korzystam?',
    ways: {
      app: 'W aplikacji na moim telefonie',
      browser: 'W przeglądarce internetowej',
    },
    ticksNote:
      'Każdy wykonany krok można zaznaczyć. Zaznaczenia zostają tylko w tej przeglądarce; nic nie jest nigdzie wysyłane.',
  },
  paths: {
    'facebook-browser': 'Facebook, w przeglądarce internetowej',
    'instagram-browser': 'Instagram, w przeglądarce internetowej',
    'both-browser': 'Facebook i Instagram, w przeglądarce internetowej',
    'facebook-app': 'Facebook, w aplikacji',
    'instagram-app': 'Instagram, w aplikacji',
    'both-app': 'Facebook i Instagram, w aplikacjach',
  },
  steps: {
    'login-browser': 'Zalogować się w przeglądarce internetowej: {platforms}. Formularz działa tylko po zalogowaniu.',
    'app-facebook':
      'W aplikacji Facebook otworzyć menu, a następnie ustawienia i prywatność (Settings & privacy) → ustawienia → zasady ochrony prywatności (Privacy Policy) i dotknąć linku do sprzeciwu. Otworzy się formularz sprzeciwu firmy Meta.',
    'app-instagram':
      'W aplikacji Instagram otworzyć swój profil, a następnie menu → ustawienia → informacje (About) → zasady ochrony prywatności (Privacy Policy) i dotknąć linku do sprzeciwu. Otworzy się formularz sprzeciwu firmy Meta.',
    'what-the-form-asks':
      'Formularz pyta o kraj zamieszkania i adres e-mail powiązany z kontem. Ma też pole na uzasadnienie: według Datatilsynet nie trzeba go podawać, więc można zostawić je puste.',
    'send-form':
      'Otworzyć oficjalny formularz poniżej, wypełnić go i nacisnąć przycisk wysyłania (Send). Formularz otwiera się na stronie {hosts}.',
    'send-each-form':
      'Otworzyć po kolei oficjalne formularze poniżej, wypełnić każdy z nich i nacisnąć przycisk wysyłania (Send). Otwierają się na stronach {hosts}.',
    'send-in-app': 'Na końcu formularza nacisnąć przycisk wysyłania (Send).',
    'send-in-each-app': 'Na końcu każdego formularza nacisnąć przycisk wysyłania (Send).',
    'security-code': 'Meta może wysłać kod zabezpieczający na adres e-mail. Należy go wpisać na stronie formularza.',
    confirmation:
      'Meta potwierdza sprzeciw e-mailem; w teście klicksafe wiadomość przyszła po kilku minutach. Warto ją zachować: to dowód wniesienia sprzeciwu.',
  },
  textsLink: 'Teksty do wpisania w polu na uzasadnienie',
  checks: {
    'facebook-sent': 'Formularz Facebooka wysłany',
    'instagram-sent': 'Formularz Instagrama wysłany',
    'confirmation-kept': 'E-mail z potwierdzeniem otrzymany i zachowany',
  },
  clearTicks: 'Usuń moje zaznaczenia',
  appFallback: {
    cannotFind:
      'Nie można znaleźć menu? Meta co jakiś czas je przenosi, a w aplikacji jego pozycje mogą się nazywać inaczej. Zamiast tego można skorzystać z oficjalnego formularza w przeglądarce internetowej:',
    privacyCentre:
      'Inny sposób w aplikacji: Centrum ochrony prywatności (Privacy Centre) firmy Meta → sekcja o AI w Meta (AI at Meta) → wysłanie wniosku o sprzeciw (submit an objection request).',
  },
  credits:
    'Kroki w formularzu opierają się na teście klicksafe z czerwca 2024 r., w którym klicksafe wypełnił pole na uzasadnienie; to, że nie trzeba podawać powodu, wynika z komunikatu Datatilsynet (kwiecień 2025 r.). Linki do formularzy to te, które hamburski organ ochrony danych podał w kwietniu 2025 r.; ścieżki w menu aplikacji pochodzą z doniesień prasowych i w danej wersji aplikacji mogą wyglądać inaczej.',
  texts: {
    heading: 'Co można napisać',
    intro:
      'Nie trzeba podawać powodu. Norweski organ ochrony danych Datatilsynet pisze: „Nie trzeba uzasadniać” (tłumaczenie własne), a Meta oświadczyła, że przyjmuje wszystkie sprzeciwy. Jeśli ktoś chce coś napisać, może skopiować jeden z tych tekstów do pola tekstowego.',
    copy: 'Kopiuj tekst',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować. Należy zaznaczyć tekst i skopiować go ręcznie.',
    items: {
      neutral: {
        title: 'Krótko i neutralnie',
        text: 'Wnoszę sprzeciw wobec przetwarzania moich danych osobowych, w tym moich postów, zdjęć i komentarzy, w celu rozwijania i ulepszania sztucznej inteligencji (AI) firmy Meta.',
      },
      copyright: {
        title: 'O prawach autorskich do własnych postów',
        text: 'Przysługują mi prawa autorskie do publikowanych przeze mnie treści i nie zgadzam się na ich wykorzystywanie w aplikacjach AI.',
        note: 'Na podstawie sformułowania, które zadziałało w teście klicksafe.',
      },
      personal: {
        title: 'O osobistych obawach',
        text: 'Moje posty i zdjęcia są osobiste. Gdy raz zostaną wykorzystane do trenowania modelu AI, nie da się ich z niego usunąć. Nie chcę, aby moje dane osobowe były do tego wykorzystywane.',
      },
    },
  },
  covers: {
    heading: 'Co obejmuje sprzeciw',
    covered: 'Objęte sprzeciwem',
    unclear: 'Wykorzystywane przez Meta; żadne źródło nie podaje, że sprzeciw to wstrzymuje',
    notCovered: 'Nieobjęte albo i tak niewykorzystywane',
    items: {
      'public-content':
        'Własne publiczne posty, zdjęcia, podpisy i komentarze – jeśli osoba wnosząca sprzeciw jest pełnoletnia.',
      'meta-ai-chats':
        'To, co się wpisuje do Meta AI, czyli chatbota, lub do jego narzędzi graficznych: Meta wykorzystuje to niezależnie od wieku. Nasza rada: nie wpisywać tam niczego, co nie powinno zostać wykorzystane.',
      'private-messages': 'Prywatne wiadomości: według firmy Meta nie są wykorzystywane do tego trenowania.',
      minors: 'Treści osób poniżej 18 lat: Meta nie wykorzystuje ich postów i zdjęć do tego trenowania.',
      'posts-by-others':
        'Posty i zdjęcia dotyczące osoby wnoszącej sprzeciw, publikowane przez innych: sprzeciw ich nie obejmuje.',
    },
    accounts:
      'Kilka kont: według Datatilsynet jeden sprzeciw obejmuje wszystkie konta połączone w tym samym centrum kont (Accounts Centre), a w razie wątpliwości należy wypełnić formularz zarówno dla Facebooka, jak i dla Instagrama. Nasza rada: jeśli konta nie są połączone, wysłać formularz raz dla każdego konta.',
    whatsapp:
      'WhatsApp: według doniesień prasowych prywatne czaty nie są wykorzystywane, ale wiadomości wysyłane do Meta AI w WhatsAppie – tak. Nie jest znany osobny formularz sprzeciwu dla WhatsAppa.',
    thirdParty:
      'Dane od innych firm: do trenowania swojej AI Meta wykorzystuje też dane kupowane od podmiotów trzecich. Może to dotyczyć także osób bez konta. Hamburski organ ochrony danych podaje, że Meta oferuje w tym celu osobny sposób wniesienia sprzeciwu. Nie udało nam się potwierdzić linku do niego, dlatego go nie podajemy. Szczegóły są w komunikacie z Hamburga.',
    thirdPartyLink: 'Nasze streszczenie komunikatu z Hamburga z 12 czerwca 2024 r.',
  },
  afterDeadline: {
    heading: 'Jeśli termin minął',
    text: 'Sprzeciw można wnieść w każdej chwili. Od tego momentu sprawia on, że Meta przestaje wykorzystywać publiczne posty danej osoby do swojej AI. Nie usuwa tego, co Meta już wykorzystała: danych, które trafiły do modelu, nie da się z niego wyjąć.',
    earlier: 'Według Datatilsynet i firmy Meta sprzeciw wniesiony w 2024 r. nadal obowiązuje.',
  },
  faq: {
    heading: 'Częste pytania',
    items: [
      {
        question: 'Czy to mnie dotyczy?',
        answer:
          'Tak – jeśli mieszka się w UE lub EOG (w tym w Norwegii, Islandii i Liechtensteinie), ma się co najmniej 18 lat i ma się publiczne posty, zdjęcia lub komentarze na Facebooku lub Instagramie: to właśnie obejmuje sprzeciw. Meta wykorzystuje też to, co osoby w każdym wieku wpisują do Meta AI; żadne źródło nie podaje, że sprzeciw to wstrzymuje. W Wielkiej Brytanii Meta stosuje inną procedurę.',
      },
      {
        question: 'Termin już minął. Czy jest za późno?',
        answer:
          'Nie. Sprzeciw można wnieść w każdej chwili. Od tego momentu sprawia on, że Meta przestaje wykorzystywać publiczne posty danej osoby do swojej AI. Tego, co Meta już wykorzystała do trenowania, nie da się usunąć z jej AI.',
      },
      {
        question: 'Czy muszę podać powód?',
        answer:
          'Nie. Według Datatilsynet nie trzeba uzasadniać sprzeciwu, więc pole tekstowe można zostawić puste. Meta oświadczyła, że przyjmuje wszystkie sprzeciwy.',
      },
      {
        question: 'Mam kilka kont. Co mam zrobić?',
        answer:
          'Według Datatilsynet jeden sprzeciw obejmuje konta połączone w tym samym centrum kont (Accounts Centre); w razie wątpliwości Datatilsynet zaleca wypełnienie formularza zarówno dla Facebooka, jak i dla Instagrama. Nasza rada: jeśli konta nie są połączone, wysłać formularz raz dla każdego konta.',
      },
      {
        question: 'Czy sprzeciw obejmuje zdjęcia moich dzieci, które publikuję?',
        answer:
          'Sprzeciw obejmuje publiczne treści opublikowane na własnym koncie, w tym zdjęcia własnych dzieci. Datatilsynet zapytał firmę Meta, czy trenuje AI na zdjęciach dzieci publikowanych przez dorosłych. Gdy Datatilsynet publikował swój komunikat, Meta jeszcze nie odpowiedziała.',
      },
      {
        question: 'Mam mniej niż 18 lat albo moje dziecko ma. Co obowiązuje?',
        answer:
          'Według Datatilsynet Meta wykorzystuje do tego trenowania tylko publiczne posty i zdjęcia użytkowników powyżej 18 lat, więc własne posty nastolatków nie są wykorzystywane. To, co ludzie wpisują do Meta AI, jest wykorzystywane niezależnie od wieku, a żadne źródło nie podaje, że sprzeciw to wstrzymuje: radzimy nie wpisywać tam niczego, co nie powinno zostać wykorzystane. Zdjęcia dzieci publikowane przez dorosłych to otwarta kwestia: Datatilsynet zapytał firmę Meta, czy trenuje na nich AI. Rodzice, którzy publikują takie zdjęcia publicznie, mogą wnieść sprzeciw dla własnego konta.',
      },
      {
        question: 'A co z WhatsAppem?',
        answer:
          'Według doniesień prasowych prywatne czaty w WhatsAppie nie są wykorzystywane, ale wiadomości wysyłane do Meta AI w WhatsAppie – tak. Nie jest znany osobny formularz sprzeciwu dla WhatsAppa. Kto nie chce, aby te wiadomości były wykorzystywane, nie powinien wysyłać ich do Meta AI.',
      },
      {
        question: 'Nie mam konta. Czy Meta i tak może wykorzystywać dane na mój temat?',
        answer:
          'To możliwe. Meta wykorzystuje też dane kupowane od innych firm, a inni ludzie mogą publikować zdjęcia osób bez konta. Hamburski organ ochrony danych podaje, że Meta oferuje osobny sposób wniesienia sprzeciwu wobec wykorzystywania danych od podmiotów trzecich; nie udało nam się potwierdzić linku do niego.',
      },
      {
        question: 'Skąd mam wiedzieć, że się udało?',
        answer:
          'Meta wysyła e-mail z potwierdzeniem na adres powiązany z kontem; w teście klicksafe przyszedł on po kilku minutach. Warto go zachować. Jeśli nic nie przyjdzie, należy sprawdzić folder ze spamem, a potem wysłać formularz ponownie.',
      },
      {
        question: 'Czy mój sprzeciw z 2024 r. nadal obowiązuje, czy muszę wnieść go ponownie?',
        answer:
          'Nie trzeba go ponawiać. Według Datatilsynet i firmy Meta sprzeciwy wniesione w 2024 r. nadal obowiązują.',
      },
    ],
  },
  print: {
    heading: 'Ten przewodnik na papierze',
    qr: 'Po zeskanowaniu kodu przewodnik otworzy się w telefonie: {url}',
  },
};
