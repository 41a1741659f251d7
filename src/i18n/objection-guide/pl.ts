import type { ObjectionGuideContent } from './en';

/** The objection guide in Polish. */
export const objectionGuidePl: ObjectionGuideContent = {
  title: 'Jak wnieść sprzeciw – krok po kroku',
  description:
    'Sprzeciw wobec wykorzystywania postów z Facebooka i Instagrama do trenowania AI firmy Meta: oficjalne formularze, wszystkie kroki, teksty do wykorzystania i informacja, co obejmuje sprzeciw.',
  intro:
    'Wniesienie sprzeciwu zajmuje około pięciu minut na każdej platformie. Potrzebne są dane logowania i dostęp do adresu e-mail powiązanego z kontem.',
  tocLabel: 'Na tej stronie',
  warning:
    'Należy korzystać wyłącznie z oficjalnych formularzy, do których prowadzą linki na tej stronie. Meta nigdy nie prosi w formularzu o hasło.',

  facebook: {
    heading: 'Sprzeciw na Facebooku',
    steps: [
      'Najpierw należy zalogować się do Facebooka w przeglądarce internetowej. Formularz działa tylko po zalogowaniu.',
      'Oficjalny formularz sprzeciwu otwiera przycisk poniżej. Formularz otworzy się na stronie {host}.',
      'Z listy należy wybrać kraj zamieszkania.',
      'Następnie trzeba podać adres e-mail powiązany z kontem na Facebooku.',
      'Pole tekstowe nie jest obowiązkowe: można zostawić je puste albo wkleić jeden z tekstów podanych niżej.',
      'Należy kliknąć „Wyślij”.',
      'Meta może wysłać kod zabezpieczający na adres e-mail. Trzeba go wpisać na stronie formularza.',
      'Meta potwierdza sprzeciw e-mailem, często w ciągu kilku minut. Warto zachować tę wiadomość: jest dowodem wniesienia sprzeciwu.',
    ],
  },
  instagram: {
    heading: 'Sprzeciw na Instagramie',
    steps: [
      'Najpierw należy zalogować się do Instagrama w przeglądarce internetowej. Formularz działa tylko po zalogowaniu.',
      'Oficjalny formularz sprzeciwu otwiera przycisk poniżej. Formularz otworzy się na stronie {host}.',
      'Z listy należy wybrać kraj zamieszkania.',
      'Następnie trzeba podać adres e-mail powiązany z kontem na Instagramie.',
      'Pole tekstowe nie jest obowiązkowe: można zostawić je puste albo wkleić jeden z tekstów podanych niżej.',
      'Należy kliknąć „Wyślij”.',
      'Meta może wysłać kod zabezpieczający na adres e-mail. Trzeba go wpisać na stronie formularza.',
      'Meta potwierdza sprzeciw e-mailem, często w ciągu kilku minut. Warto zachować tę wiadomość: jest dowodem wniesienia sprzeciwu.',
    ],
  },
  stepsSource: 'Kroki przetestowane przez klicksafe i opisane przez hamburski organ ochrony danych.',

  inApp: {
    heading: 'W telefonie, w aplikacji',
    intro:
      'Sprzeciw można też wnieść bezpośrednio w aplikacjach. Meta czasem przenosi te menu. Jeśli nie da się ich znaleźć, najlepiej skorzystać z linków do formularzy powyżej.',
    facebook:
      'Facebook: Menu → Ustawienia i prywatność → Ustawienia → Zasady ochrony prywatności → link do wniesienia sprzeciwu.',
    instagram:
      'Instagram: Profil → Menu → Ustawienia → Informacje → Zasady ochrony prywatności → link do wniesienia sprzeciwu.',
    privacyCenter: 'Inny sposób: Centrum prywatności firmy Meta → Sztuczna inteligencja w Meta → wniesienie sprzeciwu.',
    source: 'Ścieżki menu według doniesień prasowych. W używanej wersji aplikacji mogą wyglądać inaczej.',
  },

  texts: {
    heading: 'Co można napisać',
    intro:
      'Nie trzeba podawać powodu. Norweski organ ochrony danych Datatilsynet pisze: „Nie trzeba podawać uzasadnienia” (tłumaczenie własne), a Meta oświadczyła, że przyjmuje wszystkie sprzeciwy. Jeśli ktoś chce coś napisać, może skopiować jeden z tych tekstów do pola tekstowego.',
    copy: 'Kopiuj tekst',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować. Należy zaznaczyć tekst i skopiować go ręcznie.',
    items: [
      {
        title: 'Krótko i neutralnie',
        text: 'Wnoszę sprzeciw wobec wykorzystywania moich danych osobowych, w tym moich postów, zdjęć i komentarzy, do rozwoju i ulepszania sztucznej inteligencji w firmie Meta.',
      },
      {
        title: 'O prawach autorskich do własnych postów',
        text: 'Przysługują mi prawa autorskie do publikowanych przeze mnie treści i nie wyrażam zgody na ich wykorzystywanie w aplikacjach sztucznej inteligencji.',
        note: 'Na podstawie sformułowania, którego klicksafe z powodzeniem użył w swoim teście.',
      },
      {
        title: 'O osobistych obawach',
        text: 'Moje posty i zdjęcia są osobiste. Gdy zostaną wykorzystane do trenowania modelu AI, nie da się ich z niego usunąć. Nie chcę, aby moje dane były do tego wykorzystywane.',
      },
    ],
  },

  covers: {
    heading: 'Co obejmuje sprzeciw',
    covered: 'Objęte sprzeciwem',
    notCovered: 'Nieobjęte albo i tak niewykorzystywane',
    items: [
      {
        kind: 'covered',
        text: 'Własne publiczne posty, zdjęcia, podpisy i komentarze – w przypadku osób pełnoletnich.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'To, co się pisze do chatbota Meta AI – niezależnie od wieku.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Wiadomości prywatne: Meta twierdzi, że nie wykorzystuje ich do tego trenowania.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Konta osób poniżej 18 lat: Meta twierdzi, że nie wykorzystuje ich postów.',
        source: 'doniesienia prasowe',
      },
      {
        kind: 'notCovered',
        text: 'Posty i zdjęcia, które inne osoby publikują na temat osoby wnoszącej sprzeciw: sprzeciw ich nie obejmuje.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Kilka kont: według Datatilsynet jeden sprzeciw obejmuje wszystkie konta połączone w tym samym Centrum kont. Inne źródła zalecają osobny sprzeciw dla każdego konta. W razie wątpliwości najlepiej wysłać oba formularze, osobno dla każdego konta.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: według doniesień prasowych prywatne czaty nie są wykorzystywane, ale wiadomości wysyłane do Meta AI w WhatsAppie – tak. Nie jest znany osobny formularz sprzeciwu dla WhatsAppa.',
    whatsappSource: 'doniesienia prasowe',
    thirdParty:
      'Dane od innych firm: do trenowania swojej AI Meta wykorzystuje też dane kupowane od podmiotów trzecich. Może to dotyczyć także osób bez konta. Hamburski organ ochrony danych podaje, że Meta oferuje w tym celu osobny sposób wniesienia sprzeciwu. Nie udało nam się potwierdzić linku do niego, dlatego go nie podajemy. Szczegóły są w komunikacie z Hamburga.',
    thirdPartyLink: 'Komunikat z Hamburga z 12 czerwca 2024 r.',
    sourceLabel: 'Źródło: {source}',
  },

  afterDeadline: {
    heading: 'Jeśli termin minął',
    text: 'Sprzeciw można wnieść w każdej chwili. Wyłącza on z trenowania AI firmy Meta wszystko, co zostanie opublikowane od tego momentu. Nie usuwa tego, co Meta już wykorzystała: danych, które trafiły do modelu, nie da się z niego wyjąć.',
    earlier: 'Sprzeciw wniesiony w 2024 r. nadal obowiązuje – według Datatilsynet i firmy Meta.',
    source: 'Hamburski organ ochrony danych, 15 kwietnia 2025 r.',
  },

  checklist: {
    heading: 'Lista kontrolna',
    intro:
      'Tu można zaznaczyć, co zostało już zrobione. Zaznaczenia są zapisywane tylko w tej przeglądarce; nic nie jest nigdzie wysyłane.',
    items: [
      'Formularz na Facebooku wysłany',
      'Formularz na Instagramie wysłany',
      'E-mail z potwierdzeniem otrzymany i zachowany',
    ],
    reset: 'Usuń zaznaczenia',
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
    button: 'Drukuj przewodnik',
  },
};
