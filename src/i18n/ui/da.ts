import type { UiStrings } from './en';

export const da = {
  'site.name': 'Gør indsigelse mod Meta AI',
  'site.tagline': 'Sådan forhindrer du, at Meta træner sin AI på dine opslag på Facebook og Instagram',
  'skip.toContent': 'Gå til hovedindholdet',
  'nav.label': 'Hovedmenu',
  'nav.home': 'Forside',
  'nav.notices': 'Meddelelser fra myndighederne',
  'lang.label': 'Sprog',
  'lang.current': '{language} (valgt sprog)',
  'lang.choose': 'Vælg dit sprog',
  'lang.chooseIntro':
    'Dette websted forklarer på flere sprog, hvordan du gør indsigelse mod, at Meta bruger dine opslag til at træne sin AI.',
  'footer.about':
    'Et uafhængigt informationswebsted. Det drives hverken af Meta eller af en databeskyttelsesmyndighed. Alle datoer og links her kommer fra en navngiven kilde.',
  'footer.privacy': 'Ingen cookies, ingen sporing, ingen forespørgsler til andre websteder.',
  'footer.licence': 'Kildekoden er udgivet under MIT-licensen.',
  'footer.reviewed': 'Indholdet blev sidst kontrolleret den {date}.',
  'footer.built': 'Siden blev bygget den {date}.',
  'external.newTab': '(åbner et andet websted)',

  'home.title': 'Gør indsigelse mod, at Meta træner sin AI på dine opslag',
  'home.description':
    'Meta træner sin AI på offentlige opslag på Facebook og Instagram fra EU og EØS, medmindre du gør indsigelse. Se, hvordan sagen står, og hvordan du gør indsigelse.',
  'home.intro':
    'Meta bruger offentlige opslag, billeder og kommentarer fra voksne i EU og EØS til at træne sin AI. Meta beder ikke om samtykke, men henviser til »legitim interesse«. Du har ret til at gøre indsigelse.',
  'home.stepsHeading': 'Gør indsigelse i tre trin',
  'home.step1': 'Log ind på Facebook eller Instagram i din browser.',
  'home.step2':
    'Åbn den officielle indsigelsesformular, vælg dit land, og skriv e-mailadressen til din konto. Det er frivilligt at give en begrundelse.',
  'home.step3': 'Send formularen, og gem den bekræftelsesmail, som Meta sender dig.',
  'home.formsHeading': 'De officielle formularer',
  'home.noticesHeading': 'Hvad myndighederne har sagt',
  'home.noticesLink': 'Læs meddelelserne fra databeskyttelsesmyndighederne',

  'form.facebook': 'Indsigelsesformular for Facebook',
  'form.instagram': 'Indsigelsesformular for Instagram',
  'form.destination': 'Åbner {host}',

  'status.heading': 'Sådan står sagen',
  'status.upcoming':
    'Meta planlægger at begynde at træne sin AI på dine offentlige opslag den {date}. Gør indsigelse inden da, så alle dine opslag holdes udenfor.',
  'status.paused':
    'Meta satte sin plan på pause den {date}, efter at den irske databeskyttelsesmyndighed (Data Protection Commission) havde bedt om det.',
  'status.passed':
    'Meta begyndte den {date} at træne sin AI på offentligt indhold fra Facebook og Instagram i EU og EØS. Du kan stadig gøre indsigelse: Den beskytter det, du slår op fra da af.',

  'round.name': 'Runde {year}',
  'rounds.heading': 'Begge runder i overblik',
  'rounds.deadline': 'Frist: {date}',
  'rounds.paused': 'Sat på pause af Meta den {date}',
  'rounds.trainingStart': 'Træningen begyndte den {date}',
  'rounds.source': 'Kilde: {source}',

  'state.upcoming': 'Åben',
  'state.urgent': 'Under 48 timer tilbage',
  'state.passed': 'Fristen er udløbet',
  'state.paused': 'På pause',

  'countdown.heading': 'Frist for indsigelse',
  'countdown.deadline': 'Gør indsigelse senest {datetime}.',
  'countdown.yourZone': 'I din tidszone ({zone}) svarer det til {datetime}.',
  'countdown.asOfBuild': 'Status, da denne side blev bygget ({date}): {state}.',
  'countdown.passed': 'Fristen udløb for {elapsed} siden.',
  'countdown.passedMeaning':
    'Gør du indsigelse nu, holdes det, du slår op fra nu af, stadig uden for træningen. Det, Meta allerede har brugt, kan ikke tages ud af Metas AI igen.',
  'countdown.paused': 'Meta satte denne runde på pause den {date}, før fristen udløb.',
  'countdown.pausedMeaning':
    'Indsigelser, der blev sendt i denne runde, gælder stadig ifølge Meta og det norske Datatilsynet.',
  'countdown.announce': 'Der er {duration} tilbage til at gøre indsigelse.',
  'countdown.clockWarning':
    'Uret på din enhed viser {now}. Det er tidligere end tidspunktet, hvor denne side blev bygget ({built}). Hvis dit ur går forkert, er disse tal også forkerte.',
  'countdown.calendar': 'Føj fristen til din kalender (.ics-fil)',
  'calendar.summary': 'Sidste dag for indsigelse mod Metas AI-træning',
  'calendar.description':
    'Gør indsigelse inden dette tidspunkt i de officielle formularer fra Facebook og Instagram, så Meta ikke træner sin AI på dine offentlige opslag. Vejledning: {url}',
  'calendar.reminder': 'Påmindelse: Gør indsigelse mod Metas AI-træning inden fristen',

  'notices.title': 'Hvad databeskyttelsesmyndighederne har sagt',
  'notices.description':
    'Resuméer af meddelelserne fra databeskyttelsesmyndigheden i Hamburg, det norske Datatilsynet og klicksafe om Metas AI-træning.',
  'notices.intro':
    'Databeskyttelsesmyndigheder og tjenester for online sikkerhed har forklaret, hvordan og hvorfor man kan gøre indsigelse. Her kan du læse, hvad hver meddelelse siger, med vores egne ord og med et link til originalen.',
  'notice.authority': 'Myndighed',
  'notice.published': 'Offentliggjort',
  'notice.round': 'Runde',
  'notice.source': 'Original',
  'notice.sourceLink': 'Læs den oprindelige meddelelse',
  'notice.sourceHome': 'Offentliggjort på {host}',
  'notice.sourceLanguage': 'Originalens sprog: {language}',
  'notice.ourSummary': 'Dette er vores resumé, ikke myndighedens egen tekst.',
  'notice.backToList': 'Alle meddelelser',
  'notice.objectCta': 'Gør indsigelse nu i de officielle formularer',

  'nav.guide': 'Sådan gør du indsigelse',
  'nav.timeline': 'Tidslinje',
  'home.guideLink': 'Læs hele vejledningen: hvert trin, tekster du kan bruge, og hvad en indsigelse omfatter',
  'notice.guideLink': 'Sådan gør du indsigelse, trin for trin',
  'timeline.title': 'Hvad skete hvornår',
  'timeline.description':
    'Datoerne for Metas planer om at træne sin AI på opslag fra EU og EØS, fra den første meddelelse i 2024 til træningen begyndte i 2025, hver med kilde.',
  'timeline.intro': 'Hver dato her kommer fra en myndighed, en domstol eller en anden navngiven kilde.',
  'timeline.deadline': 'Frist',
  'timeline.notice': 'Vores resumé af denne meddelelse',

  'footer.embed': 'Vis nedtællingen på dit websted',
  'footer.feed': 'Nyhedsfeed (RSS)',
  'footer.translations': 'Status for oversættelser',

  'embed.title': 'Vis nedtællingen på dit websted',
  'embed.description':
    'En gratis nedtællingswidget til partnerwebsteder: ingen cookies, ingen sporing, på alle dette websteds sprog. Vælg udseende, kopiér koden, og indsæt den på din side.',
  'embed.intro':
    'Forbrugerorganisationer, ngo’er, blogs og myndigheder kan vise vores nedtælling på deres egne sider. Den opdaterer sig selv: Når fristen er udløbet, fortæller hver kopi af widgetten, hvad en indsigelse stadig gør.',
  'embed.optionsHeading': 'Vælg udseende',
  'embed.language': 'Sprog',
  'embed.theme': 'Farver',
  'embed.themeAuto': 'Som læserens enhed',
  'embed.themeLight': 'Lys',
  'embed.themeDark': 'Mørk',
  'embed.size': 'Størrelse',
  'embed.sizeFull': 'Fuld: tal og forklaring',
  'embed.sizeCompact': 'Kompakt: det vigtigste',
  'embed.previewHeading': 'Forhåndsvisning',
  'embed.iframeHeading': 'Indlejr med en iframe: virker overalt',
  'embed.iframeNote':
    'Brug denne, hvis dit websted ikke tillader scripts, hvad mange systemer til indholdsstyring ikke gør.',
  'embed.scriptHeading': 'Indlejr med et script: tilpasser højden',
  'embed.scriptNote':
    'Scriptet gør linket til widgetten og holder højden korrekt. Uden JavaScript ser dine læsere linket.',
  'embed.copy': 'Kopiér koden',
  'embed.copied': 'Koden er kopieret til udklipsholderen.',
  'embed.copyFailed': 'Kunne ikke kopiere. Markér koden, og kopiér den selv.',
  'embed.privacyHeading': 'Privatliv',
  'embed.privacy':
    'Widgetten sætter ingen cookies, gemmer intet i browseren, sporer ingen og sender ingen forespørgsler til andre servere. Den kører i en afskærmet ramme (sandbox), som ikke kan læse din side.',
  'embed.licenceHeading': 'Licens',
  'embed.licence': 'Du må bruge widgetten gratis på ethvert websted. Koden er udgivet under MIT-licensen.',
  'widget.title': 'Nedtælling: Gør indsigelse mod Metas AI-træning',
  'widget.more': 'Sådan gør du indsigelse',

  'share.heading': 'Del denne side',
  'share.native': 'Del …',
  'share.copyLink': 'Kopiér link',
  'share.copied': 'Linket er kopieret.',
  'share.copyFailed': 'Kunne ikke kopiere. Kopiér adressen fra adresselinjen i din browser.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Din Mastodon-server',
  'share.mastodonHint': 'For eksempel mastodon.social. Den huskes kun i denne browser.',
  'share.mastodonGo': 'Del på Mastodon',
  'share.mastodonInvalid': 'Skriv et servernavn, for eksempel mastodon.social.',
  'share.textUpcoming':
    'Gør indsigelse inden den {date}, så Meta ikke træner sin AI på dine opslag på Facebook og Instagram. Sådan gør du:',
  'share.textPassed':
    'Meta træner sin AI på offentlige opslag på Facebook og Instagram. Du kan stadig gøre indsigelse: Det beskytter det, du slår op fra nu af. Sådan gør du:',
  'share.textPaused':
    'Meta har sat sin plan om at træne AI på opslag fra Facebook og Instagram på pause. Sådan gør du indsigelse, hvis den starter igen:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: nyheder',
  'feed.description': 'Nye meddelelser fra databeskyttelsesmyndigheder og ændringer i status for Metas AI-træning.',
  'feed.roundAnnounced': 'Runde {year}: Meta annoncerer AI-træning på dine opslag; gør indsigelse inden den {date}',
  'feed.roundPaused': 'Runde {year}: Meta sætter sin plan på pause',
  'feed.roundStarted': 'Runde {year}: Meta er begyndt at træne sin AI',

  'translations.title': 'Status for oversættelser',
  'translations.description':
    'Hvilke sider på dette websted der er oversat til hvilke sprog, og hvilke der indtil videre viser den engelske tekst.',
  'translations.intro':
    'Alle sider findes på alle sprog. Hvis en meddelelse endnu ikke er oversat, viser siden den engelske tekst med en bemærkning øverst.',
  'translations.language': 'Sprog',
  'translations.translated': 'Oversat',
  'translations.fallback': 'Engelsk indtil videre',
  'translations.page': 'Side',
  'fallback.notice': 'Denne tekst er endnu ikke oversat til {language}. Du læser den engelske version.',

  'notFound.title': 'Siden blev ikke fundet',
  'notFound.description': 'Denne side findes ikke.',
  'notFound.body': 'Der er ingen side på denne adresse. Den kan være flyttet, eller linket kan indeholde en stavefejl.',
  'notFound.home': 'Gå til forsiden',
} as const satisfies UiStrings;
