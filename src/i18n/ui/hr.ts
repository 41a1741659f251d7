import type { UiStrings } from './en';

export const hr = {
  'site.name': 'Prigovor na Meta AI',
  'site.tagline':
    'Kako spriječiti da Meta trenira svoju umjetnu inteligenciju na Vašim objavama na Facebooku i Instagramu',
  'skip.toContent': 'Prijeđi na glavni sadržaj',
  'nav.label': 'Glavni izbornik',
  'nav.home': 'Početna',
  'nav.notices': 'Obavijesti nadležnih tijela',
  'lang.label': 'Jezik',
  'lang.current': '{language} (trenutačni jezik)',
  'lang.choose': 'Odaberite jezik',
  'lang.chooseIntro':
    'Ova stranica na više jezika objašnjava kako uložiti prigovor na to da Meta Vaše objave upotrebljava za treniranje svoje umjetne inteligencije.',
  'footer.about':
    'Neovisna informativna stranica. Ne vodi je Meta ni bilo koje tijelo za zaštitu podataka. Svaki datum i svaka poveznica na njoj potječu iz navedenog izvora.',
  'footer.privacy': 'Bez kolačića, bez praćenja, bez zahtjeva prema drugim web-stranicama.',
  'footer.licence': 'Izvorni kôd objavljen je pod licencom MIT.',
  'footer.reviewed': 'Sadržaj je posljednji put provjeren: {date}',
  'footer.built': 'Stranica je izrađena: {date}',
  'external.newTab': '(otvara drugu web-stranicu)',

  'home.title': 'Uložite prigovor na to da Meta trenira svoju umjetnu inteligenciju na Vašim objavama',
  'home.description':
    'Meta trenira svoju umjetnu inteligenciju na javnim objavama s Facebooka i Instagrama iz EU-a i EGP-a, osim ako uložite prigovor. Pogledajte trenutačno stanje i kako uložiti prigovor.',
  'home.intro':
    'Meta upotrebljava javne objave, fotografije i komentare odraslih osoba u EU-u i EGP-u za treniranje svoje umjetne inteligencije. Ne traži privolu, nego se poziva na „legitimni interes“. Imate pravo na prigovor.',
  'home.stepsHeading': 'Prigovor u tri koraka',
  'home.step1': 'Prijavite se na Facebook ili Instagram u pregledniku.',
  'home.step2':
    'Otvorite službeni obrazac za prigovor, odaberite svoju državu i unesite adresu e-pošte svojeg računa. Obrazloženje nije obvezno.',
  'home.step3': 'Pošaljite obrazac i sačuvajte e-poruku s potvrdom koju Vam pošalje Meta.',
  'home.formsHeading': 'Službeni obrasci',
  'home.noticesHeading': 'Što su rekla nadležna tijela',
  'home.noticesLink': 'Pročitajte obavijesti tijela za zaštitu podataka',

  'form.facebook': 'Obrazac za prigovor na Facebooku',
  'form.instagram': 'Obrazac za prigovor na Instagramu',
  'form.destination': 'Otvara {host}',

  'status.heading': 'Trenutačno stanje',
  'status.upcoming':
    'Meta planira {date} početi trenirati svoju umjetnu inteligenciju na Vašim javnim objavama. Uložite prigovor prije toga kako nijedna Vaša objava ne bi bila upotrijebljena.',
  'status.paused':
    'Meta je {date} privremeno obustavila svoj plan nakon što je to od nje zatražilo irsko Povjerenstvo za zaštitu podataka (Data Protection Commission).',
  'status.passed':
    'Meta je {date} počela trenirati svoju umjetnu inteligenciju na javnim sadržajima s Facebooka i Instagrama iz EU-a i EGP-a. Prigovor i dalje možete uložiti: on štiti ono što objavite od tog trenutka.',

  'round.name': 'Krug {year}',
  'rounds.heading': 'Oba kruga ukratko',
  'rounds.deadline': 'Rok: {date}',
  'rounds.paused': 'Meta ga je privremeno obustavila: {date}',
  'rounds.trainingStart': 'Početak treniranja: {date}',
  'rounds.source': 'Izvor: {source}',

  'state.upcoming': 'Otvoreno',
  'state.urgent': 'Preostalo je manje od 48 sati',
  'state.passed': 'Rok je istekao',
  'state.paused': 'Privremeno obustavljeno',

  'countdown.heading': 'Rok za prigovor',
  'countdown.deadline': 'Posljednji trenutak za prigovor: {datetime}.',
  'countdown.yourZone': 'U Vašoj vremenskoj zoni ({zone}) to je {datetime}.',
  'countdown.asOfBuild': 'Stanje u trenutku izrade ove stranice ({date}): {state}.',
  'countdown.passed': 'Rok je istekao. Od tada je prošlo: {elapsed}.',
  'countdown.passedMeaning':
    'Ako sada uložite prigovor, ono što objavite od sada neće se upotrebljavati za treniranje. Ono što je Meta već upotrijebila ne može se ponovno izvaditi iz njezine umjetne inteligencije.',
  'countdown.paused': 'Meta je {date} privremeno obustavila ovaj krug, prije isteka roka.',
  'countdown.pausedMeaning':
    'Prema navodima Mete i norveškog tijela za zaštitu podataka Datatilsynet, prigovori poslani tijekom ovog kruga i dalje vrijede.',
  'countdown.announce': 'Preostalo vrijeme za prigovor: {duration}.',
  'countdown.clockWarning':
    'Sat Vašeg uređaja pokazuje datum {now}, a to je ranije od datuma izrade ove stranice ({built}). Ako Vaš sat nije točan, ni ovi podaci nisu točni.',
  'countdown.calendar': 'Dodajte rok u svoj kalendar (datoteka .ics)',
  'calendar.summary': 'Posljednji dan za prigovor na treniranje Metine umjetne inteligencije',
  'calendar.description':
    'Prije ovog trenutka uložite prigovor putem službenih obrazaca Facebooka i Instagrama kako Meta ne bi trenirala svoju umjetnu inteligenciju na Vašim javnim objavama. Vodič: {url}',
  'calendar.reminder': 'Podsjetnik: prije isteka roka uložite prigovor na treniranje Metine umjetne inteligencije',

  'notices.title': 'Što su rekla tijela za zaštitu podataka',
  'notices.description':
    'Sažeci obavijesti tijela za zaštitu podataka u Hamburgu, norveškog tijela Datatilsynet i inicijative klicksafe o treniranju Metine umjetne inteligencije.',
  'notices.intro':
    'U obavijestima tijela za zaštitu podataka i službi za sigurnost na internetu objašnjeno je kako i zašto uložiti prigovor. Ovdje svojim riječima prenosimo što piše u svakoj obavijesti, s poveznicom na izvornik.',
  'notice.authority': 'Tijelo',
  'notice.published': 'Objavljeno',
  'notice.round': 'Krug',
  'notice.source': 'Izvornik',
  'notice.sourceLink': 'Pročitajte izvornu obavijest',
  'notice.sourceHome': 'Objavljeno na {host}',
  'notice.sourceLanguage': 'Jezik izvornika: {language}',
  'notice.ourSummary': 'Ovo je naš sažetak, a ne izvorni tekst tijela.',
  'notice.backToList': 'Sve obavijesti',
  'notice.objectCta': 'Uložite prigovor odmah putem službenih obrazaca',

  'nav.guide': 'Kako uložiti prigovor',
  'nav.timeline': 'Kronologija',
  'home.guideLink': 'Pročitajte cijeli vodič: svaki korak, tekstovi koje možete upotrijebiti i što prigovor obuhvaća',
  'notice.guideLink': 'Kako uložiti prigovor, korak po korak',
  'timeline.title': 'Što se dogodilo i kada',
  'timeline.description':
    'Datumi Metinih planova da svoju umjetnu inteligenciju trenira na objavama iz EU-a i EGP-a, od prve najave 2024. do početka treniranja 2025., svaki s izvorom.',
  'timeline.intro': 'Svaki datum ovdje potječe od nadležnog tijela, suda ili drugog navedenog izvora.',
  'timeline.deadline': 'Rok',
  'timeline.notice': 'Naš sažetak ove obavijesti',

  'footer.embed': 'Postavite odbrojavanje na svoju web-stranicu',
  'footer.feed': 'Novosti (RSS)',
  'footer.translations': 'Stanje prijevoda',

  'embed.title': 'Postavite odbrojavanje na svoju web-stranicu',
  'embed.description':
    'Besplatan widget za odbrojavanje za partnerske stranice: bez kolačića, bez praćenja, na svim jezicima ove stranice. Odaberite izgled, kopirajte kôd i zalijepite ga na svoju stranicu.',
  'embed.intro':
    'Potrošačke organizacije, nevladine udruge, blogovi i tijela javne vlasti mogu prikazati naše odbrojavanje na svojim stranicama. Ono se samo ažurira: kad rok istekne, svaka kopija widgeta kaže što prigovor i dalje postiže.',
  'embed.optionsHeading': 'Odaberite izgled',
  'embed.language': 'Jezik',
  'embed.theme': 'Boje',
  'embed.themeAuto': 'Prema postavkama uređaja čitatelja',
  'embed.themeLight': 'Svijetle',
  'embed.themeDark': 'Tamne',
  'embed.size': 'Veličina',
  'embed.sizeFull': 'Puna: brojke i objašnjenje',
  'embed.sizeCompact': 'Sažeta: samo najvažnije',
  'embed.previewHeading': 'Pretpregled',
  'embed.iframeHeading': 'Ugradnja s pomoću iframea: radi svugdje',
  'embed.iframeNote':
    'Upotrijebite ovaj način ako Vaša web-stranica ne dopušta skripte, a to ne dopuštaju mnogi sustavi za upravljanje sadržajem.',
  'embed.scriptHeading': 'Ugradnja s pomoću skripte: sama prilagođava visinu',
  'embed.scriptNote':
    'Skripta pretvara poveznicu u widget i održava njegovu ispravnu visinu. Bez JavaScripta Vaši čitatelji vide poveznicu.',
  'embed.copy': 'Kopiraj kôd',
  'embed.copied': 'Kôd je kopiran u međuspremnik.',
  'embed.copyFailed': 'Kopiranje nije uspjelo. Označite kôd i sami ga kopirajte.',
  'embed.privacyHeading': 'Privatnost',
  'embed.privacy':
    'Widget ne postavlja kolačiće, ništa ne sprema u preglednik, nikoga ne prati i ne šalje zahtjeve nijednom drugom poslužitelju. Radi u izoliranom okviru (sandbox) koji ne može čitati Vašu stranicu.',
  'embed.licenceHeading': 'Licenca',
  'embed.licence':
    'Widget možete besplatno upotrebljavati na bilo kojoj web-stranici. Njegov je kôd objavljen pod licencom MIT.',
  'widget.title': 'Odbrojavanje: prigovor na treniranje Metine umjetne inteligencije',
  'widget.more': 'Kako uložiti prigovor',

  'share.heading': 'Podijelite ovu stranicu',
  'share.native': 'Podijeli…',
  'share.copyLink': 'Kopiraj poveznicu',
  'share.copied': 'Poveznica je kopirana.',
  'share.copyFailed': 'Kopiranje nije uspjelo. Kopirajte adresu iz adresne trake preglednika.',
  'share.email': 'E-pošta',
  'share.mastodonServer': 'Vaš Mastodon poslužitelj',
  'share.mastodonHint': 'Na primjer mastodon.social. Pamti se samo u ovom pregledniku.',
  'share.mastodonGo': 'Podijeli na Mastodonu',
  'share.mastodonInvalid': 'Unesite naziv poslužitelja, na primjer mastodon.social.',
  'share.textUpcoming':
    'Uložite prigovor prije {date} kako Meta ne bi trenirala svoju umjetnu inteligenciju na Vašim objavama na Facebooku i Instagramu. Evo kako:',
  'share.textPassed':
    'Meta trenira svoju umjetnu inteligenciju na javnim objavama s Facebooka i Instagrama. Prigovor i dalje možete uložiti: on štiti ono što objavite od sada. Evo kako:',
  'share.textPaused':
    'Meta je privremeno obustavila plan da trenira umjetnu inteligenciju na objavama s Facebooka i Instagrama. Evo kako uložiti prigovor, za slučaj da ponovno počne:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: novosti',
  'feed.description':
    'Nove obavijesti tijela za zaštitu podataka i promjene stanja treniranja Metine umjetne inteligencije.',
  'feed.roundAnnounced':
    'Krug {year}: Meta najavljuje treniranje umjetne inteligencije na Vašim objavama; uložite prigovor prije {date}',
  'feed.roundPaused': 'Krug {year}: Meta privremeno obustavlja svoj plan',
  'feed.roundStarted': 'Krug {year}: Meta je počela trenirati svoju umjetnu inteligenciju',

  'translations.title': 'Stanje prijevoda',
  'translations.description':
    'Koje su stranice ovog web-mjesta prevedene na koji jezik, a koje zasad prikazuju engleski tekst.',
  'translations.intro':
    'Svaka stranica postoji na svakom jeziku. Ako obavijest još nije prevedena, njezina stranica prikazuje engleski tekst s napomenom na vrhu.',
  'translations.language': 'Jezik',
  'translations.translated': 'Prevedeno',
  'translations.fallback': 'Zasad na engleskom',
  'translations.page': 'Stranica',
  'fallback.notice': 'Ovaj tekst još nije preveden na {language}. Čitate englesku verziju.',

  'notFound.title': 'Stranica nije pronađena',
  'notFound.description': 'Ova stranica ne postoji.',
  'notFound.body': 'Na ovoj adresi nema stranice. Možda je premještena ili poveznica sadržava pogrešku u pisanju.',
  'notFound.home': 'Idite na početnu stranicu',
} as const satisfies UiStrings;
