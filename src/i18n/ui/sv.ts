import type { UiStrings } from './en';

export const sv = {
  'site.name': 'Invänd mot Meta AI',
  'site.tagline': 'Så hindrar du Meta från att träna sin AI på dina inlägg på Facebook och Instagram',
  'skip.toContent': 'Hoppa till huvudinnehållet',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Startsida',
  'nav.notices': 'Myndigheternas meddelanden',
  'lang.label': 'Språk',
  'lang.current': '{language} (nuvarande språk)',
  'lang.choose': 'Välj språk',
  'lang.chooseIntro':
    'Den här webbplatsen förklarar på flera språk hur du invänder mot att Meta använder dina inlägg för att träna sin AI.',
  'footer.about':
    'En oberoende informationswebbplats. Den drivs varken av Meta eller av någon dataskyddsmyndighet. Alla datum och länkar här kommer från en namngiven källa.',
  'footer.privacy': 'Inga kakor, ingen spårning, inga anrop till andra webbplatser.',
  'footer.licence': 'Källkoden är licensierad under MIT-licensen.',
  'footer.reviewed': 'Innehållet kontrollerades senast den {date}.',
  'footer.built': 'Sidan skapades den {date}.',
  'external.newTab': '(öppnar en annan webbplats)',

  'home.title': 'Invänd mot att Meta tränar sin AI på dina inlägg',
  'home.description':
    'Meta tränar sin AI på offentliga inlägg på Facebook och Instagram från EU och EES om du inte invänder. Se hur läget är och hur du invänder.',
  'home.intro':
    'Meta använder offentliga inlägg, foton och kommentarer från vuxna i EU och EES för att träna sin AI. Meta ber inte om samtycke utan hänvisar till ”berättigat intresse”. Du har rätt att invända.',
  'home.stepsHeading': 'Invänd i tre steg',
  'home.step1': 'Logga in på Facebook eller Instagram i din webbläsare.',
  'home.step2':
    'Öppna det officiella formuläret för invändningar, välj ditt land och fyll i e-postadressen till ditt konto. Du behöver inte ange något skäl.',
  'home.step3': 'Skicka formuläret och spara bekräftelsemejlet som Meta skickar till dig.',
  'home.formsHeading': 'De officiella formulären',
  'home.noticesHeading': 'Vad myndigheterna har sagt',
  'home.noticesLink': 'Läs dataskyddsmyndigheternas meddelanden',

  'form.facebook': 'Facebooks formulär för invändningar',
  'form.instagram': 'Instagrams formulär för invändningar',
  'form.destination': 'Öppnar {host}',

  'status.heading': 'Så ser läget ut',
  'status.upcoming':
    'Meta planerar att börja träna sin AI på dina offentliga inlägg den {date}. Invänd före dess så hålls alla dina inlägg utanför.',
  'status.paused':
    'Meta pausade sin plan den {date}, efter att den irländska dataskyddsmyndigheten (Data Protection Commission) hade bett om det.',
  'status.passed':
    'Meta började den {date} träna sin AI på offentligt innehåll från Facebook och Instagram i EU och EES. Du kan fortfarande invända: det skyddar det du publicerar från och med då.',

  'round.name': 'Omgång {year}',
  'rounds.heading': 'Båda omgångarna i korthet',
  'rounds.deadline': 'Tidsfrist: {date}',
  'rounds.paused': 'Pausad av Meta den {date}',
  'rounds.trainingStart': 'Träningen började den {date}',
  'rounds.source': 'Källa: {source}',

  'state.upcoming': 'Öppen',
  'state.urgent': 'Mindre än 48 timmar kvar',
  'state.passed': 'Tidsfristen har gått ut',
  'state.paused': 'Pausad',

  'countdown.heading': 'Tidsfrist för att invända',
  'countdown.deadline': 'Invänd senast {datetime}.',
  'countdown.yourZone': 'I din tidszon ({zone}) motsvarar det {datetime}.',
  'countdown.asOfBuild': 'Läget när den här sidan skapades ({date}): {state}.',
  'countdown.passed': 'Tidsfristen gick ut för {elapsed} sedan.',
  'countdown.passedMeaning':
    'Om du invänder nu hålls det du publicerar från och med nu fortfarande utanför träningen. Det som Meta redan har använt kan inte tas bort ur Metas AI igen.',
  'countdown.paused': 'Meta pausade den här omgången den {date}, innan tidsfristen gick ut.',
  'countdown.pausedMeaning':
    'Invändningar som skickades under den här omgången gäller fortfarande, enligt Meta och norska Datatilsynet.',
  'countdown.announce': 'Det är {duration} kvar att invända.',
  'countdown.clockWarning':
    'Klockan på din enhet visar {now}, vilket är tidigare än när den här sidan skapades ({built}). Om din klocka går fel är de här siffrorna också fel.',
  'countdown.calendar': 'Lägg in tidsfristen i din kalender (.ics-fil)',
  'calendar.summary': 'Sista dagen att invända mot Metas AI-träning',
  'calendar.description':
    'Invänd före den här tidpunkten i de officiella formulären från Facebook och Instagram, så att Meta inte tränar sin AI på dina offentliga inlägg. Guide: {url}',
  'calendar.reminder': 'Påminnelse: invänd mot Metas AI-träning innan tidsfristen går ut',

  'notices.title': 'Vad dataskyddsmyndigheterna har sagt',
  'notices.description':
    'Sammanfattningar av meddelandena från dataskyddsmyndigheten i Hamburg, norska Datatilsynet och klicksafe om Metas AI-träning.',
  'notices.intro':
    'Dataskyddsmyndigheter och tjänster för säkerhet på nätet har förklarat hur och varför du kan invända. Här står vad varje meddelande säger, med våra egna ord och med en länk till originalet.',
  'notice.authority': 'Myndighet',
  'notice.published': 'Publicerad',
  'notice.round': 'Omgång',
  'notice.source': 'Original',
  'notice.sourceLink': 'Läs det ursprungliga meddelandet',
  'notice.sourceHome': 'Publicerat på {host}',
  'notice.sourceLanguage': 'Originalets språk: {language}',
  'notice.ourSummary': 'Det här är vår sammanfattning, inte myndighetens egen text.',
  'notice.backToList': 'Alla meddelanden',
  'notice.objectCta': 'Invänd nu i de officiella formulären',

  'nav.guide': 'Så invänder du',
  'nav.timeline': 'Tidslinje',
  'home.guideLink': 'Läs hela guiden: varje steg, texter du kan använda och vad en invändning omfattar',
  'notice.guideLink': 'Så invänder du, steg för steg',
  'timeline.title': 'Vad hände när',
  'timeline.description':
    'Datumen för Metas planer att träna sin AI på inlägg från EU och EES, från det första tillkännagivandet 2024 till att träningen började 2025, vart och ett med källa.',
  'timeline.intro': 'Varje datum här kommer från en myndighet, en domstol eller en annan namngiven källa.',
  'timeline.deadline': 'Tidsfrist',
  'timeline.notice': 'Vår sammanfattning av det här meddelandet',

  'footer.embed': 'Visa nedräkningen på din webbplats',
  'footer.feed': 'Nyhetsflöde (RSS)',
  'footer.translations': 'Översättningarnas status',

  'embed.title': 'Visa nedräkningen på din webbplats',
  'embed.description':
    'En gratis nedräkningswidget för partnerwebbplatser: inga kakor, ingen spårning, på alla den här webbplatsens språk. Välj utseende, kopiera koden och klistra in den på din sida.',
  'embed.intro':
    'Konsumentorganisationer, ideella organisationer, bloggar och myndigheter kan visa vår nedräkning på sina egna sidor. Den uppdaterar sig själv: när tidsfristen har gått ut visar varje kopia av widgeten vad en invändning fortfarande gör.',
  'embed.optionsHeading': 'Välj utseende',
  'embed.language': 'Språk',
  'embed.theme': 'Färger',
  'embed.themeAuto': 'Som läsarens enhet',
  'embed.themeLight': 'Ljus',
  'embed.themeDark': 'Mörk',
  'embed.size': 'Storlek',
  'embed.sizeFull': 'Full: siffror och förklaring',
  'embed.sizeCompact': 'Kompakt: det viktigaste',
  'embed.previewHeading': 'Förhandsvisning',
  'embed.iframeHeading': 'Bädda in med en iframe: fungerar överallt',
  'embed.iframeNote': 'Använd detta om din webbplats inte tillåter skript, vilket många publiceringssystem inte gör.',
  'embed.scriptHeading': 'Bädda in med ett skript: anpassar höjden',
  'embed.scriptNote':
    'Skriptet gör om länken till widgeten och håller höjden rätt. Utan JavaScript ser dina läsare länken.',
  'embed.copy': 'Kopiera koden',
  'embed.copied': 'Koden har kopierats till urklipp.',
  'embed.copyFailed': 'Det gick inte att kopiera. Markera koden och kopiera den själv.',
  'embed.privacyHeading': 'Integritet',
  'embed.privacy':
    'Widgeten sätter inga kakor, sparar inget i webbläsaren, spårar ingen och skickar inga anrop till andra servrar. Den körs i en avskärmad ram (sandlåda) som inte kan läsa din sida.',
  'embed.licenceHeading': 'Licens',
  'embed.licence':
    'Du får använda widgeten gratis på vilken webbplats som helst. Koden är licensierad under MIT-licensen.',
  'widget.title': 'Nedräkning: invänd mot Metas AI-träning',
  'widget.more': 'Så invänder du',

  'share.heading': 'Dela den här sidan',
  'share.native': 'Dela …',
  'share.copyLink': 'Kopiera länken',
  'share.copied': 'Länken har kopierats.',
  'share.copyFailed': 'Det gick inte att kopiera. Kopiera adressen från adressfältet i din webbläsare.',
  'share.email': 'E-post',
  'share.mastodonServer': 'Din Mastodon-server',
  'share.mastodonHint': 'Till exempel mastodon.social. Den sparas bara i den här webbläsaren.',
  'share.mastodonGo': 'Dela på Mastodon',
  'share.mastodonInvalid': 'Skriv ett servernamn, till exempel mastodon.social.',
  'share.textUpcoming':
    'Invänd före den {date} så att Meta inte tränar sin AI på dina inlägg på Facebook och Instagram. Så här gör du:',
  'share.textPassed':
    'Meta tränar sin AI på offentliga inlägg på Facebook och Instagram. Du kan fortfarande invända: det skyddar det du publicerar från och med nu. Så här gör du:',
  'share.textPaused':
    'Meta har pausat sin plan att träna AI på inlägg från Facebook och Instagram. Så här invänder du, ifall den startar igen:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: nyheter',
  'feed.description': 'Nya meddelanden från dataskyddsmyndigheter och ändringar i läget för Metas AI-träning.',
  'feed.roundAnnounced': 'Omgång {year}: Meta tillkännager AI-träning på dina inlägg; invänd före den {date}',
  'feed.roundPaused': 'Omgång {year}: Meta pausar sin plan',
  'feed.roundStarted': 'Omgång {year}: Meta har börjat träna sin AI',

  'translations.title': 'Översättningarnas status',
  'translations.description':
    'Vilka sidor på den här webbplatsen som är översatta till vilka språk, och vilka som tills vidare visar den engelska texten.',
  'translations.intro':
    'Alla sidor finns på alla språk. Om ett meddelande inte är översatt än visar sidan den engelska texten med en anmärkning högst upp.',
  'translations.language': 'Språk',
  'translations.translated': 'Översatt',
  'translations.fallback': 'Engelska tills vidare',
  'translations.page': 'Sida',
  'fallback.notice': 'Den här texten är inte översatt till {language} än. Du läser den engelska versionen.',

  'notFound.title': 'Sidan hittades inte',
  'notFound.description': 'Den här sidan finns inte.',
  'notFound.body':
    'Det finns ingen sida på den här adressen. Den kan ha flyttats, eller så innehåller länken ett stavfel.',
  'notFound.home': 'Gå till startsidan',
} as const satisfies UiStrings;
