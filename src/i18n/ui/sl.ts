import type { UiStrings } from './en';

export const sl = {
  'site.name': 'Ugovor proti Meta AI',
  'site.tagline':
    'Kako preprečiti, da bi Meta na vaših objavah na Facebooku in Instagramu učila svojo umetno inteligenco',
  'skip.toContent': 'Preskoči na glavno vsebino',
  'nav.label': 'Glavni meni',
  'nav.home': 'Domov',
  'nav.notices': 'Obvestila organov',
  'lang.label': 'Jezik',
  'lang.current': '{language} (trenutni jezik)',
  'lang.choose': 'Izberite jezik',
  'lang.chooseIntro':
    'Ta spletna stran v več jezikih pojasnjuje, kako lahko ugovarjate temu, da Meta vaše objave uporablja za učenje svoje umetne inteligence.',
  'footer.about':
    'Neodvisna informativna spletna stran. Ne upravlja je Meta niti noben organ za varstvo osebnih podatkov. Vsak datum in vsaka povezava na njej izhajata iz navedenega vira.',
  'footer.privacy': 'Brez piškotkov, brez sledenja, brez zahtev do drugih spletnih strani.',
  'footer.licence': 'Izvorna koda je na voljo pod licenco MIT.',
  'footer.reviewed': 'Vsebina nazadnje preverjena: {date}.',
  'footer.built': 'Stran ustvarjena: {date}.',
  'external.newTab': '(odpre drugo spletno stran)',

  'home.title': 'Ugovarjajte temu, da Meta na vaših objavah uči svojo umetno inteligenco',
  'home.description':
    'Meta na javnih objavah na Facebooku in Instagramu iz EU in EGP uči svojo umetno inteligenco, razen če ugovarjate. Preverite, kakšno je stanje in kako lahko ugovarjate.',
  'home.intro':
    'Meta za učenje svoje umetne inteligence uporablja javne objave, fotografije in komentarje odraslih v EU in EGP. Za privolitev ne prosi, temveč se sklicuje na „zakoniti interes“. Imate pravico do ugovora.',
  'home.stepsHeading': 'Ugovor v treh korakih',
  'home.step1': 'V brskalniku se prijavite v Facebook ali Instagram.',
  'home.step2':
    'Odprite uradni obrazec za ugovor, izberite svojo državo in vpišite e-poštni naslov svojega računa. Razloga vam ni treba navesti.',
  'home.step3': 'Pošljite obrazec in shranite potrditveno e-poštno sporočilo, ki vam ga pošlje Meta.',
  'home.formsHeading': 'Uradni obrazci',
  'home.noticesHeading': 'Kaj so povedali organi',
  'home.noticesLink': 'Preberite obvestila organov za varstvo osebnih podatkov',

  'form.facebook': 'Obrazec za ugovor na Facebooku',
  'form.instagram': 'Obrazec za ugovor na Instagramu',
  'form.destination': 'Odpre se {host}',

  'status.heading': 'Kakšno je stanje',
  'status.upcoming':
    'Meta namerava začeti učiti svojo umetno inteligenco na vaših javnih objavah. Predvideni začetek: {date}. Če želite izključiti vse svoje objave, ugovarjajte pred tem datumom.',
  'status.paused':
    'Meta je svoj načrt začasno ustavila, potem ko jo je za to prosila irska Komisija za varstvo podatkov (Data Protection Commission). Datum ustavitve: {date}.',
  'status.passed':
    'Meta je začela učiti svojo umetno inteligenco na javnih vsebinah s Facebooka in Instagrama iz EU in EGP. Začetek: {date}. Ugovarjate lahko še vedno: ugovor zaščiti tisto, kar objavite od takrat naprej.',

  'round.name': 'Krog {year}',
  'rounds.heading': 'Oba kroga na kratko',
  'rounds.deadline': 'Rok: {date}',
  'rounds.paused': 'Meta je krog začasno ustavila: {date}',
  'rounds.trainingStart': 'Začetek učenja: {date}',
  'rounds.source': 'Vir: {source}',

  'state.upcoming': 'Rok teče',
  'state.urgent': 'Do izteka manj kot 48 ur',
  'state.passed': 'Rok je potekel',
  'state.paused': 'Začasno ustavljeno',

  'countdown.heading': 'Rok za ugovor',
  'countdown.deadline': 'Ugovarjajte najpozneje do tega trenutka: {datetime}.',
  'countdown.yourZone': 'V vašem časovnem pasu ({zone}) je to: {datetime}.',
  'countdown.asOfBuild': 'Stanje ob izdelavi te strani ({date}): {state}.',
  'countdown.passed': 'Rok je potekel. Od takrat je minilo: {elapsed}.',
  'countdown.passedMeaning':
    'Če ugovarjate zdaj, iz učenja še vedno izključite vse, kar objavite od zdaj naprej. Tega, kar je Meta že uporabila, ni mogoče znova odstraniti iz njene umetne inteligence.',
  'countdown.paused': 'Meta je ta krog začasno ustavila še pred iztekom roka. Datum ustavitve: {date}.',
  'countdown.pausedMeaning':
    'Ugovori, poslani v tem krogu, po navedbah družbe Meta in organa Datatilsynet še vedno veljajo.',
  'countdown.announce': 'Za ugovor je ostalo še: {duration}.',
  'countdown.clockWarning':
    'Ura vaše naprave kaže: {now}. To je prej, kot je bila izdelana ta stran ({built}). Če je ura napačna, so napačni tudi ti podatki.',
  'countdown.calendar': 'Dodajte rok v koledar (datoteka .ics)',
  'calendar.summary': 'Zadnji dan za ugovor proti učenju umetne inteligence družbe Meta',
  'calendar.description':
    'Pred tem časom ugovarjajte prek uradnih obrazcev Facebooka in Instagrama, da Meta na vaših javnih objavah ne bo učila svoje umetne inteligence. Navodila: {url}',
  'calendar.reminder': 'Opomnik: pred iztekom roka ugovarjajte učenju umetne inteligence družbe Meta',

  'notices.title': 'Kaj so povedali organi za varstvo osebnih podatkov',
  'notices.description':
    'Povzetki obvestil hamburškega organa za varstvo podatkov, norveškega organa Datatilsynet in pobude klicksafe o tem, kako Meta uči svojo umetno inteligenco.',
  'notices.intro':
    'Organi za varstvo osebnih podatkov in službe za varnost na spletu so ljudem pojasnili, kako ugovarjati in zakaj. Tukaj z našimi besedami povzemamo, kaj pravi posamezno obvestilo, in dodajamo povezavo do izvirnika.',
  'notice.authority': 'Organ',
  'notice.published': 'Objavljeno',
  'notice.round': 'Krog',
  'notice.source': 'Izvirnik',
  'notice.sourceLink': 'Preberite izvirno obvestilo',
  'notice.sourceHome': 'Objavljeno na {host}',
  'notice.sourceLanguage': 'Jezik izvirnika: {language}',
  'notice.ourSummary': 'To je naš povzetek, ne besedilo organa.',
  'notice.backToList': 'Vsa obvestila',
  'notice.objectCta': 'Ugovarjajte zdaj prek uradnih obrazcev',

  'nav.guide': 'Kako ugovarjati',
  'nav.timeline': 'Časovnica',
  'home.guideLink': 'Preberite celotna navodila: vse korake, besedila, ki jih lahko uporabite, in kaj ugovor zajema',
  'notice.guideLink': 'Kako ugovarjati, korak za korakom',
  'timeline.title': 'Kaj se je zgodilo in kdaj',
  'timeline.description':
    'Datumi načrtov družbe Meta, da bi svojo umetno inteligenco učila na objavah iz EU in EGP, od prve napovedi leta 2024 do začetka učenja leta 2025, vsak z virom.',
  'timeline.intro': 'Vsak datum na tej strani navaja organ, sodišče ali drug imenovan vir.',
  'timeline.deadline': 'Rok',
  'timeline.notice': 'Naš povzetek tega obvestila',

  'footer.embed': 'Postavite odštevanje na svojo spletno stran',
  'footer.feed': 'Novice (RSS)',
  'footer.translations': 'Stanje prevodov',

  'embed.title': 'Postavite odštevanje na svojo spletno stran',
  'embed.description':
    'Brezplačen gradnik z odštevanjem za partnerske strani: brez piškotkov, brez sledenja, v vseh jezikih te strani. Izberite videz, kopirajte kodo in jo prilepite na svojo stran.',
  'embed.intro':
    'Potrošniške organizacije, nevladne organizacije, blogi in organi lahko naše odštevanje prikažejo na svojih straneh. Samo se posodablja: ko rok poteče, vsaka kopija gradnika pove, kaj ugovor še vedno doseže.',
  'embed.optionsHeading': 'Izberite videz',
  'embed.language': 'Jezik',
  'embed.theme': 'Barve',
  'embed.themeAuto': 'Po nastavitvah naprave bralca',
  'embed.themeLight': 'Svetle',
  'embed.themeDark': 'Temne',
  'embed.size': 'Velikost',
  'embed.sizeFull': 'Polna: številke in pojasnilo',
  'embed.sizeCompact': 'Strnjena: bistveno',
  'embed.previewHeading': 'Predogled',
  'embed.iframeHeading': 'Vdelava z elementom iframe: deluje povsod',
  'embed.iframeNote':
    'To možnost uporabite, če vaša spletna stran ne dovoli skript. Mnogi sistemi za upravljanje vsebin jih ne dovolijo.',
  'embed.scriptHeading': 'Vdelava s skripto: sama prilagodi višino',
  'embed.scriptNote':
    'Skripta povezavo spremeni v gradnik in skrbi za njegovo pravilno višino. Brez JavaScripta bralci vidijo povezavo.',
  'embed.copy': 'Kopiraj kodo',
  'embed.copied': 'Koda je kopirana v odložišče.',
  'embed.copyFailed': 'Kopiranje ni uspelo. Označite kodo in jo kopirajte sami.',
  'embed.privacyHeading': 'Zasebnost',
  'embed.privacy':
    'Gradnik ne nastavlja piškotkov, v brskalniku ne shranjuje ničesar, ne sledi nikomur in ne pošilja zahtev nobenemu drugemu strežniku. Deluje v izoliranem okvirju (sandbox), ki ne more brati vaše strani.',
  'embed.licenceHeading': 'Licenca',
  'embed.licence':
    'Gradnik lahko brezplačno uporabljate na kateri koli spletni strani. Njegova koda je na voljo pod licenco MIT.',
  'widget.title': 'Odštevanje: ugovor proti učenju umetne inteligence družbe Meta',
  'widget.more': 'Kako ugovarjati',

  'share.heading': 'Delite to stran',
  'share.native': 'Deli…',
  'share.copyLink': 'Kopiraj povezavo',
  'share.copied': 'Povezava je kopirana.',
  'share.copyFailed': 'Kopiranje ni uspelo. Naslov kopirajte iz naslovne vrstice brskalnika.',
  'share.email': 'E-pošta',
  'share.mastodonServer': 'Vaš strežnik Mastodon',
  'share.mastodonHint': 'Na primer mastodon.social. Zapomni si ga samo ta brskalnik.',
  'share.mastodonGo': 'Deli na Mastodonu',
  'share.mastodonInvalid': 'Vpišite ime strežnika, na primer mastodon.social.',
  'share.textUpcoming':
    'Da Meta na vaših objavah na Facebooku in Instagramu ne bi učila svoje umetne inteligence, ugovarjajte pred tem datumom: {date}. Tako to storite:',
  'share.textPassed':
    'Meta na javnih objavah na Facebooku in Instagramu uči svojo umetno inteligenco. Ugovarjate lahko še vedno: ugovor zaščiti tisto, kar objavite od zdaj naprej. Tako to storite:',
  'share.textPaused':
    'Meta je začasno ustavila načrt, da bi na objavah na Facebooku in Instagramu učila umetno inteligenco. Tako lahko ugovarjate, če bi s tem znova začela:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: novice',
  'feed.description':
    'Nova obvestila organov za varstvo osebnih podatkov in spremembe stanja pri učenju umetne inteligence družbe Meta.',
  'feed.roundAnnounced':
    'Krog {year}: Meta napoveduje učenje umetne inteligence na vaših objavah; ugovarjajte pred tem datumom: {date}',
  'feed.roundPaused': 'Krog {year}: Meta začasno ustavlja svoj načrt',
  'feed.roundStarted': 'Krog {year}: Meta je začela učiti svojo umetno inteligenco',

  'translations.title': 'Stanje prevodov',
  'translations.description':
    'Katere strani tega spletnega mesta so prevedene v kateri jezik in katere zaenkrat prikazujejo angleško besedilo.',
  'translations.intro':
    'Vsaka stran obstaja v vsakem jeziku. Če obvestilo še ni prevedeno, je na njegovi strani angleško besedilo z opombo na vrhu.',
  'translations.language': 'Jezik',
  'translations.translated': 'Prevedeno',
  'translations.fallback': 'Zaenkrat v angleščini',
  'translations.page': 'Stran',
  'fallback.notice': 'To besedilo še ni prevedeno (jezik: {language}). Berete angleško različico.',

  'notFound.title': 'Strani ni mogoče najti',
  'notFound.description': 'Ta stran ne obstaja.',
  'notFound.body': 'Na tem naslovu ni nobene strani. Morda je bila premaknjena ali pa je v povezavi tipkarska napaka.',
  'notFound.home': 'Na domačo stran',
} as const satisfies UiStrings;
