import type { UiStrings } from './en';

export const nl = {
  'site.name': 'Bezwaar tegen Meta AI',
  'site.tagline': 'Zo voorkomt u dat Meta zijn AI traint met uw berichten op Facebook en Instagram',
  'skip.toContent': 'Direct naar de hoofdinhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Startpagina',
  'nav.notices': 'Mededelingen van toezichthouders',
  'lang.label': 'Taal',
  'lang.current': '{language} (huidige taal)',
  'lang.choose': 'Kies uw taal',
  'lang.chooseIntro':
    'Deze website legt in verschillende talen uit hoe u bezwaar maakt tegen het gebruik van uw berichten door Meta om zijn AI te trainen.',
  'footer.about':
    'Een onafhankelijke informatiewebsite. Deze website is niet van Meta en ook niet van een privacytoezichthouder. Elke datum en elke link op deze website komt uit een genoemde bron.',
  'footer.privacy': 'Geen cookies, geen tracking, geen verzoeken aan andere websites.',
  'footer.licence': 'Broncode onder de MIT-licentie.',
  'footer.reviewed': 'Inhoud voor het laatst gecontroleerd op {date}.',
  'footer.built': 'Pagina gemaakt op {date}.',
  'external.newTab': '(opent een andere website)',

  'home.title': 'Maak bezwaar tegen het trainen van Meta’s AI met uw berichten',
  'home.description':
    'Meta traint zijn AI met openbare berichten op Facebook en Instagram uit de EU en de EER, tenzij u bezwaar maakt. Bekijk hoe het ervoor staat en hoe u bezwaar maakt.',
  'home.intro':
    'Meta gebruikt openbare berichten, foto’s en reacties van volwassenen in de EU en de EER om zijn AI te trainen. Meta vraagt geen toestemming, maar beroept zich op “gerechtvaardigd belang”. U hebt het recht om bezwaar te maken.',
  'home.stepsHeading': 'Bezwaar maken in drie stappen',
  'home.step1': 'Log in bij Facebook of Instagram in uw browser.',
  'home.step2':
    'Open het officiële bezwaarformulier, kies uw land en vul het e-mailadres van uw account in. U hoeft geen reden op te geven.',
  'home.step3': 'Verstuur het formulier en bewaar de bevestigingsmail die Meta u stuurt.',
  'home.formsHeading': 'De officiële formulieren',
  'home.noticesHeading': 'Wat de toezichthouders zeiden',
  'home.noticesLink': 'Lees de mededelingen van de privacytoezichthouders',

  'form.facebook': 'Bezwaarformulier van Facebook',
  'form.instagram': 'Bezwaarformulier van Instagram',
  'form.destination': 'Opent {host}',

  'status.heading': 'Hoe het ervoor staat',
  'status.upcoming':
    'Meta wil op {date} beginnen met het trainen van zijn AI met uw openbare berichten. Maak daarvoor bezwaar, dan blijven al uw berichten erbuiten.',
  'status.paused':
    'Meta heeft zijn plan op {date} opgeschort, nadat de Ierse privacytoezichthouder (Data Protection Commission) daarom had gevraagd.',
  'status.passed':
    'Meta is op {date} begonnen met het trainen van zijn AI met openbare inhoud van Facebook en Instagram uit de EU en de EER. U kunt nog steeds bezwaar maken: dat beschermt wat u vanaf dat moment plaatst.',

  'round.name': 'Ronde {year}',
  'rounds.heading': 'Beide rondes in één oogopslag',
  'rounds.deadline': 'Deadline: {date}',
  'rounds.paused': 'Op {date} door Meta opgeschort',
  'rounds.trainingStart': 'Training begonnen op {date}',
  'rounds.source': 'Bron: {source}',

  'state.upcoming': 'Open',
  'state.urgent': 'Nog minder dan 48 uur',
  'state.passed': 'Deadline verstreken',
  'state.paused': 'Opgeschort',

  'countdown.heading': 'Deadline voor bezwaar',
  'countdown.deadline': 'Maak uiterlijk {datetime} bezwaar.',
  'countdown.yourZone': 'In uw tijdzone ({zone}) is dat {datetime}.',
  'countdown.asOfBuild': 'Status toen deze pagina werd gemaakt ({date}): {state}.',
  'countdown.passed': 'De deadline is {elapsed} geleden verstreken.',
  'countdown.passedMeaning':
    'Als u nu bezwaar maakt, blijft wat u vanaf nu plaatst nog steeds buiten de training. Wat Meta al heeft gebruikt, kan niet meer uit zijn AI worden gehaald.',
  'countdown.paused': 'Meta heeft deze ronde op {date} opgeschort, vóór de deadline.',
  'countdown.pausedMeaning':
    'Bezwaren die in deze ronde zijn verstuurd, tellen nog steeds mee, volgens Meta en de Noorse toezichthouder Datatilsynet.',
  'countdown.announce': 'Nog {duration} om bezwaar te maken.',
  'countdown.clockWarning':
    'De klok van uw apparaat geeft {now} aan. Dat is eerder dan het moment waarop deze pagina werd gemaakt ({built}). Als uw klok verkeerd staat, kloppen deze cijfers ook niet.',
  'countdown.calendar': 'Zet de deadline in uw agenda (.ics-bestand)',
  'calendar.summary': 'Laatste dag voor bezwaar tegen AI-training door Meta',
  'calendar.description':
    'Maak vóór dit tijdstip bezwaar via de officiële formulieren van Facebook en Instagram, zodat Meta zijn AI niet traint met uw openbare berichten. Handleiding: {url}',
  'calendar.reminder': 'Herinnering: maak vóór de deadline bezwaar tegen AI-training door Meta',

  'notices.title': 'Wat privacytoezichthouders zeiden',
  'notices.description':
    'Samenvattingen van de mededelingen van de privacytoezichthouder van Hamburg, de Noorse toezichthouder Datatilsynet en klicksafe over de AI-training van Meta.',
  'notices.intro':
    'Privacytoezichthouders en organisaties voor online veiligheid hebben uitgelegd hoe en waarom u bezwaar kunt maken. Hier leest u wat elke mededeling zegt, in onze eigen woorden, met een link naar het origineel.',
  'notice.authority': 'Instantie',
  'notice.published': 'Gepubliceerd',
  'notice.round': 'Ronde',
  'notice.source': 'Origineel',
  'notice.sourceLink': 'Lees de oorspronkelijke mededeling',
  'notice.sourceHome': 'Gepubliceerd op {host}',
  'notice.sourceLanguage': 'Taal van het origineel: {language}',
  'notice.ourSummary': 'Dit is onze samenvatting, niet de eigen tekst van de instantie.',
  'notice.backToList': 'Alle mededelingen',
  'notice.objectCta': 'Maak nu bezwaar via de officiële formulieren',

  'nav.guide': 'Zo maakt u bezwaar',
  'nav.timeline': 'Tijdlijn',
  'home.guideLink':
    'Lees de volledige handleiding: elke stap, teksten die u kunt gebruiken en waarvoor een bezwaar geldt',
  'notice.guideLink': 'Zo maakt u bezwaar, stap voor stap',
  'timeline.title': 'Wat er wanneer gebeurde',
  'timeline.description':
    'De data van de plannen van Meta om zijn AI te trainen met berichten uit de EU en de EER, van de eerste aankondiging in 2024 tot de start van de training in 2025, elk met bron.',
  'timeline.intro': 'Elke datum hier komt van een overheidsinstantie, een rechter of een andere genoemde bron.',
  'timeline.deadline': 'Deadline',
  'timeline.notice': 'Onze samenvatting van deze mededeling',

  'footer.embed': 'Zet de aftelklok op uw website',
  'footer.feed': 'Nieuwsfeed (RSS)',
  'footer.translations': 'Status van de vertalingen',

  'embed.title': 'Zet de aftelklok op uw website',
  'embed.description':
    'Een gratis aftelwidget voor partnerwebsites: geen cookies, geen tracking, in alle talen van deze website. Kies hoe hij eruitziet, kopieer de code en plak die in uw pagina.',
  'embed.intro':
    'Consumentenorganisaties, ngo’s, blogs en overheidsinstanties kunnen onze aftelklok op hun eigen pagina’s tonen. Hij werkt zichzelf bij: als de deadline verstreken is, vertelt elke kopie van de widget wat bezwaar maken nog doet.',
  'embed.optionsHeading': 'Kies hoe hij eruitziet',
  'embed.language': 'Taal',
  'embed.theme': 'Kleuren',
  'embed.themeAuto': 'Zoals het apparaat van de lezer',
  'embed.themeLight': 'Licht',
  'embed.themeDark': 'Donker',
  'embed.size': 'Formaat',
  'embed.sizeFull': 'Volledig: cijfers en uitleg',
  'embed.sizeCompact': 'Compact: het belangrijkste',
  'embed.previewHeading': 'Voorbeeld',
  'embed.iframeHeading': 'Insluiten met een iframe: werkt overal',
  'embed.iframeNote': 'Gebruik dit als uw website geen scripts toestaat. Dat is bij veel contentmanagementsystemen zo.',
  'embed.scriptHeading': 'Insluiten met een script: past de hoogte aan',
  'embed.scriptNote':
    'Het script maakt van de link de widget en houdt de hoogte goed. Zonder JavaScript zien uw lezers de link.',
  'embed.copy': 'Code kopiëren',
  'embed.copied': 'Code gekopieerd naar het klembord.',
  'embed.copyFailed': 'Kopiëren is niet gelukt. Selecteer de code en kopieer die zelf.',
  'embed.privacyHeading': 'Privacy',
  'embed.privacy':
    'De widget plaatst geen cookies, slaat niets op in de browser, volgt niemand en doet geen verzoeken aan andere servers. Hij draait in een afgeschermd frame (sandbox) dat uw pagina niet kan lezen.',
  'embed.licenceHeading': 'Licentie',
  'embed.licence': 'U mag de widget gratis op elke website gebruiken. De code valt onder de MIT-licentie.',
  'widget.title': 'Aftelklok: bezwaar tegen AI-training door Meta',
  'widget.more': 'Zo maakt u bezwaar',

  'share.heading': 'Deel deze pagina',
  'share.native': 'Delen…',
  'share.copyLink': 'Link kopiëren',
  'share.copied': 'Link gekopieerd.',
  'share.copyFailed': 'Kopiëren is niet gelukt. Kopieer het adres uit de adresbalk van uw browser.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Uw Mastodon-server',
  'share.mastodonHint': 'Bijvoorbeeld mastodon.social. Alleen deze browser onthoudt hem.',
  'share.mastodonGo': 'Delen op Mastodon',
  'share.mastodonInvalid': 'Vul een servernaam in, zoals mastodon.social.',
  'share.textUpcoming':
    'Maak vóór {date} bezwaar, zodat Meta zijn AI niet traint met uw berichten op Facebook en Instagram. Zo doet u dat:',
  'share.textPassed':
    'Meta traint zijn AI met openbare berichten op Facebook en Instagram. U kunt nog steeds bezwaar maken: dat beschermt wat u vanaf nu plaatst. Zo doet u dat:',
  'share.textPaused':
    'Meta heeft zijn plan om AI te trainen met berichten op Facebook en Instagram opgeschort. Zo maakt u bezwaar, voor het geval het weer begint:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: nieuws',
  'feed.description':
    'Nieuwe mededelingen van privacytoezichthouders en wijzigingen in de status van de AI-training door Meta.',
  'feed.roundAnnounced': 'Ronde {year}: Meta kondigt AI-training met uw berichten aan; maak vóór {date} bezwaar',
  'feed.roundPaused': 'Ronde {year}: Meta schort zijn plan op',
  'feed.roundStarted': 'Ronde {year}: Meta is begonnen met het trainen van zijn AI',

  'translations.title': 'Status van de vertalingen',
  'translations.description':
    'Welke pagina’s van deze website in welke taal vertaald zijn, en welke voorlopig de Engelse tekst tonen.',
  'translations.intro':
    'Elke pagina bestaat in elke taal. Is een mededeling nog niet vertaald, dan toont de pagina de Engelse tekst, met een opmerking bovenaan.',
  'translations.language': 'Taal',
  'translations.translated': 'Vertaald',
  'translations.fallback': 'Voorlopig Engels',
  'translations.page': 'Pagina',
  'fallback.notice': 'Deze tekst is nog niet in het {language} vertaald. U leest de Engelse versie.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.description': 'Deze pagina bestaat niet.',
  'notFound.body':
    'Er is geen pagina op dit adres. Misschien is de pagina verplaatst, of zit er een typfout in de link.',
  'notFound.home': 'Naar de startpagina',
} as const satisfies UiStrings;
