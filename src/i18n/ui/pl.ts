import type { UiStrings } from './en';

export const pl = {
  'site.name': 'Sprzeciw wobec Meta AI',
  'site.tagline':
    'Jak sprzeciwić się wykorzystaniu własnych postów z Facebooka i Instagrama do trenowania AI firmy Meta',
  'skip.toContent': 'Przejdź do treści głównej',
  'nav.label': 'Menu główne',
  'nav.home': 'Strona główna',
  'nav.notices': 'Komunikaty organów',
  'lang.label': 'Język',
  'lang.current': '{language} (bieżący język)',
  'lang.choose': 'Wybór języka',
  'lang.chooseIntro':
    'Ta strona wyjaśnia w kilku językach, jak wnieść sprzeciw wobec wykorzystywania własnych postów do trenowania AI firmy Meta.',
  'footer.about':
    'Niezależna strona informacyjna. Nie prowadzi jej Meta ani żaden organ ochrony danych osobowych. Każda data i każdy link na tej stronie pochodzą ze wskazanego źródła.',
  'footer.privacy': 'Bez plików cookie, bez śledzenia, bez zapytań do innych stron internetowych.',
  'footer.licence': 'Kod źródłowy na licencji MIT.',
  'footer.reviewed': 'Treść sprawdzono ostatnio {date}.',
  'footer.built': 'Stronę wygenerowano {date}.',
  'external.newTab': '(otwiera inną stronę internetową)',

  'home.title': 'Sprzeciw wobec wykorzystywania postów do trenowania AI firmy Meta',
  'home.description':
    'Meta trenuje swoją AI na publicznych postach z Facebooka i Instagrama z UE i EOG, chyba że użytkownik wniesie sprzeciw. Tutaj można sprawdzić, jak wygląda sytuacja i jak wnieść sprzeciw.',
  'home.intro':
    'Meta wykorzystuje publiczne posty, zdjęcia i komentarze dorosłych użytkowników z UE i EOG do trenowania swojej sztucznej inteligencji (AI). Nie prosi o zgodę, lecz powołuje się na „prawnie uzasadniony interes”. Każdy ma prawo wnieść sprzeciw.',
  'home.stepsHeading': 'Sprzeciw w trzech krokach',
  'home.step1': 'Zalogować się do Facebooka lub Instagrama w przeglądarce.',
  'home.step2':
    'Otworzyć oficjalny formularz sprzeciwu, wybrać kraj i podać adres e-mail powiązany z kontem. Podanie powodu nie jest obowiązkowe.',
  'home.step3': 'Wysłać formularz i zachować e-mail z potwierdzeniem, który przyśle Meta.',
  'home.formsHeading': 'Oficjalne formularze',
  'home.noticesHeading': 'Co powiedziały organy',
  'home.noticesLink': 'Komunikaty organów ochrony danych osobowych',

  'form.facebook': 'Formularz sprzeciwu na Facebooku',
  'form.instagram': 'Formularz sprzeciwu na Instagramie',
  'form.destination': 'Otwiera stronę {host}',

  'status.heading': 'Aktualna sytuacja',
  'status.upcoming':
    'Meta planuje rozpocząć {date} trenowanie swojej AI na publicznych postach użytkowników. Aby wyłączyć z trenowania wszystkie swoje posty, należy wnieść sprzeciw przed tym dniem.',
  'status.paused':
    'Meta wstrzymała swój plan {date}, po tym jak poprosiła o to irlandzka Komisja Ochrony Danych (Data Protection Commission).',
  'status.passed':
    'Meta rozpoczęła {date} trenowanie swojej AI na publicznych treściach z Facebooka i Instagrama z UE i EOG. Sprzeciw nadal można wnieść: chroni on to, co zostanie opublikowane od tego momentu.',

  'round.name': 'Runda {year}',
  'rounds.heading': 'Obie rundy w skrócie',
  'rounds.deadline': 'Termin: {date}',
  'rounds.paused': 'Meta wstrzymała plan {date}',
  'rounds.trainingStart': 'Trenowanie rozpoczęło się {date}',
  'rounds.source': 'Źródło: {source}',

  'state.upcoming': 'Termin biegnie',
  'state.urgent': 'Zostało mniej niż 48 godzin',
  'state.passed': 'Termin minął',
  'state.paused': 'Wstrzymane',

  'countdown.heading': 'Termin na wniesienie sprzeciwu',
  'countdown.deadline': 'Ostateczny termin wniesienia sprzeciwu: {datetime}.',
  'countdown.yourZone': 'W lokalnej strefie czasowej ({zone}) jest to: {datetime}.',
  'countdown.asOfBuild': 'Stan w chwili wygenerowania strony ({date}): {state}.',
  'countdown.passed': 'Termin minął. Od tego czasu upłynęło: {elapsed}.',
  'countdown.passedMeaning':
    'Sprzeciw wniesiony teraz nadal wyłącza z trenowania wszystko, co zostanie opublikowane od tej chwili. Tego, co Meta już wykorzystała, nie da się usunąć z jej AI.',
  'countdown.paused': 'Meta wstrzymała tę rundę {date}, przed upływem terminu.',
  'countdown.pausedMeaning': 'Według firmy Meta i Datatilsynet sprzeciwy wniesione w tej rundzie nadal obowiązują.',
  'countdown.announce': 'Na wniesienie sprzeciwu zostało: {duration}.',
  'countdown.clockWarning':
    'Zegar urządzenia wskazuje {now}, czyli datę wcześniejszą niż wygenerowanie tej strony ({built}). Jeśli zegar jest źle ustawiony, te liczby też są błędne.',
  'countdown.calendar': 'Dodanie terminu do kalendarza (plik .ics)',
  'calendar.summary': 'Ostatni dzień na sprzeciw wobec trenowania AI firmy Meta',
  'calendar.description':
    'Sprzeciw należy wnieść przed tą godziną w oficjalnych formularzach Facebooka i Instagrama, aby Meta nie trenowała swojej AI na publicznych postach. Przewodnik: {url}',
  'calendar.reminder': 'Przypomnienie: sprzeciw wobec trenowania AI firmy Meta należy wnieść przed upływem terminu',

  'notices.title': 'Co powiedziały organy ochrony danych osobowych',
  'notices.description':
    'Streszczenia komunikatów hamburskiego organu ochrony danych, norweskiego Datatilsynet i klicksafe na temat trenowania AI firmy Meta.',
  'notices.intro':
    'Organy ochrony danych osobowych i serwisy zajmujące się bezpieczeństwem w internecie wyjaśniły, jak wnieść sprzeciw i dlaczego. Poniżej omawiamy własnymi słowami, co mówi każdy komunikat, i podajemy link do oryginału.',
  'notice.authority': 'Organ',
  'notice.published': 'Data publikacji',
  'notice.round': 'Runda',
  'notice.source': 'Oryginał',
  'notice.sourceLink': 'Oryginalny komunikat',
  'notice.sourceHome': 'Opublikowano na stronie {host}',
  'notice.sourceLanguage': 'Język oryginału: {language}',
  'notice.ourSummary': 'To jest nasze streszczenie, a nie tekst samego organu.',
  'notice.backToList': 'Wszystkie komunikaty',
  'notice.objectCta': 'Sprzeciw można wnieść od razu w oficjalnych formularzach',

  'nav.guide': 'Jak wnieść sprzeciw',
  'nav.timeline': 'Oś czasu',
  'home.guideLink': 'Pełny przewodnik: wszystkie kroki, teksty do wykorzystania i informacja, co obejmuje sprzeciw',
  'notice.guideLink': 'Jak wnieść sprzeciw – krok po kroku',
  'timeline.title': 'Co się wydarzyło i kiedy',
  'timeline.description':
    'Daty planów firmy Meta dotyczących trenowania AI na postach z UE i EOG – od pierwszej zapowiedzi w 2024 r. do rozpoczęcia trenowania w 2025 r. – każda ze źródłem.',
  'timeline.intro': 'Każda data na tej stronie pochodzi od organu, sądu lub innego wskazanego źródła.',
  'timeline.deadline': 'Termin',
  'timeline.notice': 'Nasze streszczenie tego komunikatu',

  'footer.embed': 'Odliczanie na własnej stronie internetowej',
  'footer.feed': 'Aktualności (RSS)',
  'footer.translations': 'Stan tłumaczeń',

  'embed.title': 'Odliczanie na własnej stronie internetowej',
  'embed.description':
    'Bezpłatny widżet z odliczaniem dla stron partnerskich: bez plików cookie, bez śledzenia, w każdym języku tej strony. Wystarczy wybrać wygląd, skopiować kod i wkleić go na stronę.',
  'embed.intro':
    'Organizacje konsumenckie, organizacje pozarządowe, blogi i urzędy mogą pokazywać nasze odliczanie na swoich stronach. Aktualizuje się ono samo: po upływie terminu każda kopia widżetu informuje, co nadal daje sprzeciw.',
  'embed.optionsHeading': 'Wybór wyglądu',
  'embed.language': 'Język',
  'embed.theme': 'Kolory',
  'embed.themeAuto': 'Zgodnie z ustawieniami urządzenia czytelnika',
  'embed.themeLight': 'Jasne',
  'embed.themeDark': 'Ciemne',
  'embed.size': 'Rozmiar',
  'embed.sizeFull': 'Pełny: liczby i wyjaśnienie',
  'embed.sizeCompact': 'Kompaktowy: najważniejsze informacje',
  'embed.previewHeading': 'Podgląd',
  'embed.iframeHeading': 'Osadzanie za pomocą iframe: działa wszędzie',
  'embed.iframeNote':
    'Ta opcja jest dla stron, które nie pozwalają na skrypty. Wiele systemów zarządzania treścią na nie nie pozwala.',
  'embed.scriptHeading': 'Osadzanie za pomocą skryptu: sam dopasowuje wysokość',
  'embed.scriptNote':
    'Skrypt zamienia link w widżet i utrzymuje jego właściwą wysokość. Bez JavaScriptu czytelnicy widzą sam link.',
  'embed.copy': 'Kopiuj kod',
  'embed.copied': 'Kod skopiowano do schowka.',
  'embed.copyFailed': 'Nie udało się skopiować. Należy zaznaczyć kod i skopiować go ręcznie.',
  'embed.privacyHeading': 'Prywatność',
  'embed.privacy':
    'Widżet nie ustawia plików cookie, niczego nie zapisuje w przeglądarce, nikogo nie śledzi i nie wysyła zapytań do żadnego innego serwera. Działa w odizolowanej ramce (sandbox), która nie może odczytać strony, na której jest osadzony.',
  'embed.licenceHeading': 'Licencja',
  'embed.licence':
    'Widżet można bezpłatnie umieścić na dowolnej stronie internetowej. Jego kod jest dostępny na licencji MIT.',
  'widget.title': 'Odliczanie: sprzeciw wobec trenowania AI firmy Meta',
  'widget.more': 'Jak wnieść sprzeciw',

  'share.heading': 'Udostępnianie strony',
  'share.native': 'Udostępnij…',
  'share.copyLink': 'Kopiuj link',
  'share.copied': 'Link skopiowany.',
  'share.copyFailed': 'Nie udało się skopiować. Adres można skopiować z paska adresu przeglądarki.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Adres własnego serwera Mastodon',
  'share.mastodonHint': 'Na przykład mastodon.social. Zostanie zapamiętany tylko w tej przeglądarce.',
  'share.mastodonGo': 'Udostępnij na Mastodonie',
  'share.mastodonInvalid': 'Należy podać nazwę serwera, np. mastodon.social.',
  'share.textUpcoming':
    'Sprzeciw należy wnieść przed {date}, aby Meta nie trenowała swojej AI na postach z Facebooka i Instagrama. Oto jak to zrobić:',
  'share.textPassed':
    'Meta trenuje swoją AI na publicznych postach z Facebooka i Instagrama. Sprzeciw nadal można wnieść: chroni on posty publikowane od tej chwili. Oto jak to zrobić:',
  'share.textPaused':
    'Meta wstrzymała plan trenowania AI na postach z Facebooka i Instagrama. Oto jak wnieść sprzeciw na wypadek, gdyby plan został wznowiony:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: aktualności',
  'feed.description': 'Nowe komunikaty organów ochrony danych osobowych i zmiany stanu trenowania AI firmy Meta.',
  'feed.roundAnnounced':
    'Runda {year}: Meta zapowiada trenowanie AI na postach użytkowników; sprzeciw należy wnieść przed {date}',
  'feed.roundPaused': 'Runda {year}: Meta wstrzymuje swój plan',
  'feed.roundStarted': 'Runda {year}: Meta rozpoczęła trenowanie swojej AI',

  'translations.title': 'Stan tłumaczeń',
  'translations.description':
    'Które strony tej witryny są przetłumaczone na które języki, a które na razie wyświetlają tekst po angielsku.',
  'translations.intro':
    'Każda strona istnieje w każdym języku. Jeśli komunikat nie został jeszcze przetłumaczony, jego strona wyświetla tekst angielski z informacją na górze.',
  'translations.language': 'Język',
  'translations.translated': 'Przetłumaczone',
  'translations.fallback': 'Na razie po angielsku',
  'translations.page': 'Strona',
  'fallback.notice':
    'Ten tekst nie został jeszcze przetłumaczony na język {language}. Wyświetlana jest wersja angielska.',

  'notFound.title': 'Nie znaleziono strony',
  'notFound.description': 'Ta strona nie istnieje.',
  'notFound.body': 'Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo link zawiera literówkę.',
  'notFound.home': 'Na stronę główną',
} as const satisfies UiStrings;
