import type { UiStrings } from './en';

export const lv = {
  'site.name': 'Iebildums pret Meta AI',
  'site.tagline': 'Kā neļaut Meta izmantot Jūsu Facebook un Instagram ierakstus mākslīgā intelekta apmācībai',
  'skip.toContent': 'Pāriet uz galveno saturu',
  'nav.label': 'Galvenā izvēlne',
  'nav.home': 'Sākums',
  'nav.notices': 'Iestāžu paziņojumi',
  'lang.label': 'Valoda',
  'lang.current': '{language} (pašreizējā valoda)',
  'lang.choose': 'Izvēlieties valodu',
  'lang.chooseIntro':
    'Šī vietne vairākās valodās skaidro, kā iebilst pret to, ka Meta izmanto Jūsu ierakstus sava mākslīgā intelekta apmācībai.',
  'footer.about':
    'Neatkarīga informatīva vietne. To neuztur ne Meta, ne kāda datu aizsardzības iestāde. Katrs šeit minētais datums un katra saite ir ņemta no nosaukta avota.',
  'footer.privacy': 'Bez sīkdatnēm, bez izsekošanas, bez pieprasījumiem uz citām vietnēm.',
  'footer.licence': 'Pirmkods ir pieejams ar MIT licenci.',
  'footer.reviewed': 'Satura pēdējā pārbaude: {date}.',
  'footer.built': 'Lapa izveidota: {date}.',
  'external.newTab': '(atver citu vietni)',

  'home.title': 'Iebilstiet pret to, ka Meta apmāca savu MI ar Jūsu ierakstiem',
  'home.description':
    'Meta apmāca savu mākslīgo intelektu ar publiskiem Facebook un Instagram ierakstiem no ES un EEZ, ja vien Jūs neiebilstat. Uzziniet, kāda ir pašreizējā situācija un kā iebilst.',
  'home.intro':
    'Meta izmanto ES un EEZ pieaugušo publiskos ierakstus, fotoattēlus un komentārus, lai apmācītu savu mākslīgo intelektu (MI). Tā neprasa piekrišanu, bet atsaucas uz „leģitīmām interesēm”. Jums ir tiesības iebilst.',
  'home.stepsHeading': 'Iebilstiet trīs soļos',
  'home.step1': 'Pārlūkprogrammā piesakieties Facebook vai Instagram.',
  'home.step2':
    'Atveriet oficiālo iebildumu veidlapu, izvēlieties savu valsti un ievadiet sava konta e-pasta adresi. Iemesls nav obligāts.',
  'home.step3': 'Nosūtiet veidlapu un saglabājiet apstiprinājuma e-pastu, ko Jums nosūtīs Meta.',
  'home.formsHeading': 'Oficiālās veidlapas',
  'home.noticesHeading': 'Ko teica iestādes',
  'home.noticesLink': 'Lasiet datu aizsardzības iestāžu paziņojumus',

  'form.facebook': 'Facebook iebildumu veidlapa',
  'form.instagram': 'Instagram iebildumu veidlapa',
  'form.destination': 'Atver vietni {host}',

  'status.heading': 'Pašreizējā situācija',
  'status.upcoming':
    'Meta plāno sākt apmācīt savu MI ar Jūsu publiskajiem ierakstiem. Plānotais sākuma datums: {date}. Iebilstiet pirms tam, lai neviens Jūsu ieraksts netiktu izmantots.',
  'status.paused':
    'Meta apturēja savu plānu pēc Īrijas Datu aizsardzības komisijas lūguma. Apturēšanas datums: {date}.',
  'status.passed':
    'Meta ir sākusi apmācīt savu MI ar publisko Facebook un Instagram saturu no ES un EEZ. Sākuma datums: {date}. Jūs joprojām varat iebilst: tas aizsargā visu, ko publicēsiet pēc tam.',

  'round.name': '{year}. gada kārta',
  'rounds.heading': 'Abas kārtas īsumā',
  'rounds.deadline': 'Termiņš: {date}',
  'rounds.paused': 'Meta apturēja: {date}',
  'rounds.trainingStart': 'Apmācības sākums: {date}',
  'rounds.source': 'Avots: {source}',

  'state.upcoming': 'Atvērts',
  'state.urgent': 'Atlikušas mazāk nekā 48 stundas',
  'state.passed': 'Termiņš beidzies',
  'state.paused': 'Apturēts',

  'countdown.heading': 'Iebildumu termiņš',
  'countdown.deadline': 'Iebilstiet līdz šim brīdim: {datetime}.',
  'countdown.yourZone': 'Jūsu laika joslā ({zone}) tas ir: {datetime}.',
  'countdown.asOfBuild': 'Statuss šīs lapas izveides brīdī ({date}): {state}.',
  'countdown.passed': 'Termiņš ir beidzies. Laiks kopš termiņa beigām: {elapsed}.',
  'countdown.passedMeaning':
    'Ja iebilstat tagad, tas, ko publicēsiet turpmāk, netiks izmantots apmācībai. To, ko Meta jau ir izmantojusi, nevar izņemt no tās MI.',
  'countdown.paused': 'Meta apturēja šo kārtu pirms termiņa beigām. Apturēšanas datums: {date}.',
  'countdown.pausedMeaning':
    'Saskaņā ar Meta un Norvēģijas datu aizsardzības iestādes Datatilsynet teikto šajā kārtā iesniegtie iebildumi joprojām ir spēkā.',
  'countdown.announce': 'Laiks, kas atlicis iebildumam: {duration}.',
  'countdown.clockWarning':
    'Jūsu ierīces pulkstenis rāda: {now}. Tas ir agrāk nekā šīs lapas izveides laiks ({built}). Ja Jūsu pulkstenis rāda nepareizu laiku, arī šie skaitļi ir nepareizi.',
  'countdown.calendar': 'Pievienojiet termiņu savam kalendāram (.ics fails)',
  'calendar.summary': 'Pēdējā diena, lai iebilstu pret Meta MI apmācību',
  'calendar.description':
    'Iebilstiet līdz šim laikam, izmantojot oficiālās Facebook un Instagram veidlapas, lai Meta neapmācītu savu MI ar Jūsu publiskajiem ierakstiem. Ceļvedis: {url}',
  'calendar.reminder': 'Atgādinājums: iebilstiet pret Meta MI apmācību, pirms beidzas termiņš',

  'notices.title': 'Ko teica datu aizsardzības iestādes',
  'notices.description':
    'Hamburgas datu aizsardzības iestādes, Norvēģijas Datatilsynet un klicksafe paziņojumu kopsavilkumi par Meta MI apmācību.',
  'notices.intro':
    'Datu aizsardzības iestādes un interneta drošības dienesti cilvēkiem paskaidroja, kā iebilst un kāpēc. Šeit ar saviem vārdiem atstāstām, ko saka katrs paziņojums, un pievienojam saiti uz oriģinālu.',
  'notice.authority': 'Iestāde',
  'notice.published': 'Publicēts',
  'notice.round': 'Kārta',
  'notice.source': 'Oriģināls',
  'notice.sourceLink': 'Lasīt oriģinālo paziņojumu',
  'notice.sourceHome': 'Publicēts vietnē {host}',
  'notice.sourceLanguage': 'Oriģināla valoda: {language}',
  'notice.ourSummary': 'Šis ir mūsu kopsavilkums, nevis pašas iestādes teksts.',
  'notice.backToList': 'Visi paziņojumi',
  'notice.objectCta': 'Iebilstiet tagad, izmantojot oficiālās veidlapas',

  'nav.guide': 'Kā iebilst',
  'nav.timeline': 'Hronoloģija',
  'home.guideLink': 'Lasiet pilno ceļvedi: visi soļi, teksti, ko varat izmantot, un ko aptver iebildums',
  'notice.guideLink': 'Kā iebilst: soli pa solim',
  'timeline.title': 'Kas notika un kad',
  'timeline.description':
    'Datumi, kas saistīti ar Meta plāniem apmācīt savu MI ar ierakstiem no ES un EEZ, – no pirmā paziņojuma 2024. gadā līdz apmācības sākumam 2025. gadā, katrs ar savu avotu.',
  'timeline.intro': 'Katrs šeit minētais datums ir ņemts no iestādes, tiesas vai cita nosaukta avota.',
  'timeline.deadline': 'Termiņš',
  'timeline.notice': 'Mūsu šī paziņojuma kopsavilkums',

  'footer.embed': 'Ievietojiet atpakaļskaitīšanu savā vietnē',
  'footer.feed': 'Jaunumu plūsma (RSS)',
  'footer.translations': 'Tulkojumu statuss',

  'embed.title': 'Ievietojiet atpakaļskaitīšanu savā vietnē',
  'embed.description':
    'Bezmaksas atpakaļskaitīšanas logrīks partneru vietnēm: bez sīkdatnēm, bez izsekošanas, visās šīs vietnes valodās. Izvēlieties izskatu, nokopējiet kodu un ielīmējiet to savā lapā.',
  'embed.intro':
    'Patērētāju organizācijas, NVO, blogi un iestādes var rādīt mūsu atpakaļskaitīšanu savās lapās. Tā atjaunojas pati: kad termiņš ir beidzies, katra logrīka kopija paskaidro, ko iebildums vēl dod.',
  'embed.optionsHeading': 'Izvēlieties izskatu',
  'embed.language': 'Valoda',
  'embed.theme': 'Krāsas',
  'embed.themeAuto': 'Kā lasītāja ierīcē',
  'embed.themeLight': 'Gaišas',
  'embed.themeDark': 'Tumšas',
  'embed.size': 'Izmērs',
  'embed.sizeFull': 'Pilns: skaitļi un paskaidrojums',
  'embed.sizeCompact': 'Kompakts: tikai svarīgākais',
  'embed.previewHeading': 'Priekšskatījums',
  'embed.iframeHeading': 'Iegult ar iframe: darbojas visur',
  'embed.iframeNote':
    'Izmantojiet šo iespēju, ja Jūsu vietne neatļauj skriptus, kā tas ir daudzās satura pārvaldības sistēmās.',
  'embed.scriptHeading': 'Iegult ar skriptu: pielāgo augstumu',
  'embed.scriptNote':
    'Skripts pārvērš saiti logrīkā un uztur pareizu tā augstumu. Bez JavaScript Jūsu lasītāji redz saiti.',
  'embed.copy': 'Kopēt kodu',
  'embed.copied': 'Kods nokopēts starpliktuvē.',
  'embed.copyFailed': 'Neizdevās nokopēt. Atlasiet kodu un nokopējiet to paši.',
  'embed.privacyHeading': 'Privātums',
  'embed.privacy':
    'Logrīks neiestata sīkdatnes, neko nesaglabā pārlūkprogrammā, nevienu neizseko un nesūta pieprasījumus nevienam citam serverim. Tas darbojas izolētā rāmī, kas nevar nolasīt Jūsu lapu.',
  'embed.licenceHeading': 'Licence',
  'embed.licence': 'Logrīku varat bez maksas izmantot jebkurā vietnē. Tā kods ir pieejams ar MIT licenci.',
  'widget.title': 'Atpakaļskaitīšana: iebilstiet pret Meta MI apmācību',
  'widget.more': 'Kā iebilst',

  'share.heading': 'Kopīgojiet šo lapu',
  'share.native': 'Kopīgot…',
  'share.copyLink': 'Kopēt saiti',
  'share.copied': 'Saite nokopēta.',
  'share.copyFailed': 'Neizdevās nokopēt. Nokopējiet adresi no pārlūkprogrammas adreses joslas.',
  'share.email': 'E-pasts',
  'share.mastodonServer': 'Jūsu Mastodon serveris',
  'share.mastodonHint': 'Piemēram, mastodon.social. Tas tiek saglabāts tikai šajā pārlūkprogrammā.',
  'share.mastodonGo': 'Kopīgot Mastodon',
  'share.mastodonInvalid': 'Ievadiet servera nosaukumu, piemēram, mastodon.social.',
  'share.textUpcoming':
    'Iebilstiet, pirms pienāk {date}, lai Meta neapmācītu savu MI ar Jūsu Facebook un Instagram ierakstiem. Lūk, kā to izdarīt:',
  'share.textPassed':
    'Meta apmāca savu MI ar publiskiem Facebook un Instagram ierakstiem. Jūs joprojām varat iebilst: tas aizsargā visu, ko publicēsiet turpmāk. Lūk, kā to izdarīt:',
  'share.textPaused':
    'Meta ir apturējusi savu plānu apmācīt MI ar Facebook un Instagram ierakstiem. Lūk, kā iebilst gadījumā, ja tā atsāktu:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: jaunumi',
  'feed.description': 'Jauni datu aizsardzības iestāžu paziņojumi un izmaiņas Meta MI apmācības statusā.',
  'feed.roundAnnounced':
    '{year}. gada kārta: Meta paziņo par MI apmācību ar Jūsu ierakstiem; iebilstiet, pirms pienāk {date}',
  'feed.roundPaused': '{year}. gada kārta: Meta aptur savu plānu',
  'feed.roundStarted': '{year}. gada kārta: Meta ir sākusi apmācīt savu MI',

  'translations.title': 'Tulkojumu statuss',
  'translations.description':
    'Kuras šīs vietnes lapas ir pārtulkotas kurā valodā un kurās pagaidām redzams teksts angļu valodā.',
  'translations.intro':
    'Katra lapa ir pieejama katrā valodā. Ja paziņojums vēl nav pārtulkots, tā lapā redzams teksts angļu valodā ar piezīmi augšpusē.',
  'translations.language': 'Valoda',
  'translations.translated': 'Pārtulkots',
  'translations.fallback': 'Pagaidām angļu valodā',
  'translations.page': 'Lapa',
  'fallback.notice': 'Šis teksts vēl nav pārtulkots {language} valodā. Jūs lasāt versiju angļu valodā.',

  'notFound.title': 'Lapa nav atrasta',
  'notFound.description': 'Šāda lapa nepastāv.',
  'notFound.body': 'Šajā adresē nav lapas. Iespējams, tā ir pārvietota vai saitē ir drukas kļūda.',
  'notFound.home': 'Uz sākumlapu',
} as const satisfies UiStrings;
