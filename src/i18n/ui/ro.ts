import type { UiStrings } from './en';

export const ro = {
  'site.name': 'Opoziție față de Meta AI',
  'site.tagline':
    'Cum împiedicați Meta să își antreneze inteligența artificială cu postările dumneavoastră de pe Facebook și Instagram',
  'skip.toContent': 'Salt la conținutul principal',
  'nav.label': 'Meniu principal',
  'nav.home': 'Acasă',
  'nav.notices': 'Comunicările autorităților',
  'lang.label': 'Limbă',
  'lang.current': '{language} (limba curentă)',
  'lang.choose': 'Alegeți limba',
  'lang.chooseIntro':
    'Acest site explică, în mai multe limbi, cum vă puteți opune folosirii postărilor dumneavoastră de către Meta pentru antrenarea inteligenței sale artificiale.',
  'footer.about':
    'Un site de informare independent. Nu este administrat de Meta și nici de vreo autoritate de protecție a datelor. Fiecare dată și fiecare link de pe el provine dintr-o sursă indicată.',
  'footer.privacy': 'Fără cookie-uri, fără urmărire, fără solicitări către alte site-uri.',
  'footer.licence': 'Codul sursă este disponibil sub licența MIT.',
  'footer.reviewed': 'Conținut verificat ultima dată la {date}.',
  'footer.built': 'Pagină generată la {date}.',
  'external.newTab': '(deschide alt site)',

  'home.title': 'Opuneți-vă folosirii postărilor dumneavoastră pentru antrenarea inteligenței artificiale a Meta',
  'home.description':
    'Meta își antrenează inteligența artificială cu postările publice de pe Facebook și Instagram din UE și SEE, dacă nu vă opuneți. Aflați stadiul actual și cum vă puteți opune.',
  'home.intro':
    'Meta folosește postările, fotografiile și comentariile publice ale adulților din UE și SEE pentru a-și antrena inteligența artificială. Nu cere consimțământul, ci invocă un „interes legitim”. Aveți dreptul să vă opuneți.',
  'home.stepsHeading': 'Opoziție în trei pași',
  'home.step1': 'Conectați-vă la Facebook sau Instagram în browser.',
  'home.step2':
    'Deschideți formularul oficial de opoziție, alegeți țara și introduceți adresa de e-mail a contului dumneavoastră. Motivul este opțional.',
  'home.step3': 'Trimiteți formularul și păstrați e-mailul de confirmare pe care vi-l trimite Meta.',
  'home.formsHeading': 'Formularele oficiale',
  'home.noticesHeading': 'Ce au spus autoritățile',
  'home.noticesLink': 'Citiți comunicările autorităților de protecție a datelor',

  'form.facebook': 'Formularul de opoziție Facebook',
  'form.instagram': 'Formularul de opoziție Instagram',
  'form.destination': 'Deschide {host}',

  'status.heading': 'Stadiul actual',
  'status.upcoming':
    'Meta intenționează să înceapă pe {date} antrenarea inteligenței sale artificiale cu postările dumneavoastră publice. Opuneți-vă înainte de această dată, pentru ca niciuna dintre postările dumneavoastră să nu fie folosită.',
  'status.paused':
    'Meta și-a suspendat planul pe {date}, după ce Comisia pentru Protecția Datelor din Irlanda (Data Protection Commission) i-a cerut acest lucru.',
  'status.passed':
    'Pe {date}, Meta a început să își antreneze inteligența artificială cu conținutul public de pe Facebook și Instagram din UE și SEE. Vă puteți opune în continuare: opoziția protejează ce publicați de atunci încolo.',

  'round.name': 'Runda {year}',
  'rounds.heading': 'Cele două runde, pe scurt',
  'rounds.deadline': 'Termen: {date}',
  'rounds.paused': 'Suspendată de Meta pe {date}',
  'rounds.trainingStart': 'Antrenarea a început pe {date}',
  'rounds.source': 'Sursa: {source}',

  'state.upcoming': 'Deschisă',
  'state.urgent': 'Au rămas mai puțin de 48 de ore',
  'state.passed': 'Termen expirat',
  'state.paused': 'Suspendată',

  'countdown.heading': 'Termenul pentru opoziție',
  'countdown.deadline': 'Ultimul moment pentru opoziție: {datetime}.',
  'countdown.yourZone': 'În fusul dumneavoastră orar ({zone}), aceasta înseamnă {datetime}.',
  'countdown.asOfBuild': 'Situația la generarea acestei pagini ({date}): {state}.',
  'countdown.passed': 'Termenul a expirat acum {elapsed}.',
  'countdown.passedMeaning':
    'Dacă vă opuneți acum, ce publicați de acum înainte nu va fi folosit pentru antrenare. Ce a folosit deja Meta nu mai poate fi scos din inteligența sa artificială.',
  'countdown.paused': 'Meta a suspendat această rundă pe {date}, înainte de expirarea termenului.',
  'countdown.pausedMeaning':
    'Potrivit Meta și autorității norvegiene de protecție a datelor Datatilsynet, opozițiile trimise în această rundă rămân valabile.',
  'countdown.announce': 'Timp rămas pentru opoziție: {duration}.',
  'countdown.clockWarning':
    'Ceasul dispozitivului dumneavoastră indică {now}, adică mai devreme decât momentul generării acestei pagini ({built}). Dacă ceasul este greșit, și aceste cifre sunt greșite.',
  'countdown.calendar': 'Adăugați termenul în calendar (fișier .ics)',
  'calendar.summary': 'Ultima zi pentru opoziția față de antrenarea inteligenței artificiale a Meta',
  'calendar.description':
    'Opuneți-vă înainte de acest moment, prin formularele oficiale Facebook și Instagram, pentru ca Meta să nu își antreneze inteligența artificială cu postările dumneavoastră publice. Ghid: {url}',
  'calendar.reminder': 'Memento: opuneți-vă înainte de termen antrenării inteligenței artificiale a Meta',

  'notices.title': 'Ce au spus autoritățile de protecție a datelor',
  'notices.description':
    'Rezumatele comunicărilor autorității de protecție a datelor din Hamburg, ale autorității norvegiene Datatilsynet și ale klicksafe despre antrenarea inteligenței artificiale a Meta.',
  'notices.intro':
    'Autoritățile de protecție a datelor și serviciile pentru siguranța online le-au explicat oamenilor cum și de ce să se opună. Iată ce spune fiecare comunicare, în cuvintele noastre, cu un link către original.',
  'notice.authority': 'Autoritate',
  'notice.published': 'Publicat',
  'notice.round': 'Runda',
  'notice.source': 'Original',
  'notice.sourceLink': 'Citiți comunicarea originală',
  'notice.sourceHome': 'Publicat pe {host}',
  'notice.sourceLanguage': 'Limba originalului: {language}',
  'notice.ourSummary': 'Acesta este rezumatul nostru, nu textul autorității.',
  'notice.backToList': 'Toate comunicările',
  'notice.objectCta': 'Opuneți-vă acum prin formularele oficiale',

  'nav.guide': 'Cum vă opuneți',
  'nav.timeline': 'Cronologie',
  'home.guideLink': 'Citiți ghidul complet: fiecare pas, texte pe care le puteți folosi și ce acoperă opoziția',
  'notice.guideLink': 'Cum vă opuneți, pas cu pas',
  'timeline.title': 'Ce s-a întâmplat și când',
  'timeline.description':
    'Datele planurilor Meta de a-și antrena inteligența artificială cu postări din UE și SEE, de la primul anunț din 2024 până la începerea antrenării în 2025, fiecare cu sursa sa.',
  'timeline.intro': 'Fiecare dată de aici provine de la o autoritate, o instanță sau o altă sursă indicată.',
  'timeline.deadline': 'Termen',
  'timeline.notice': 'Rezumatul nostru al acestei comunicări',

  'footer.embed': 'Puneți numărătoarea inversă pe site-ul dumneavoastră',
  'footer.feed': 'Flux de știri (RSS)',
  'footer.translations': 'Stadiul traducerilor',

  'embed.title': 'Puneți numărătoarea inversă pe site-ul dumneavoastră',
  'embed.description':
    'Un widget gratuit cu numărătoare inversă pentru site-urile partenere: fără cookie-uri, fără urmărire, în toate limbile acestui site. Alegeți aspectul, copiați codul și inserați-l în pagina dumneavoastră.',
  'embed.intro':
    'Organizațiile de consumatori, ONG-urile, blogurile și autoritățile pot afișa numărătoarea noastră inversă pe propriile pagini. Aceasta se actualizează singură: când termenul expiră, fiecare copie a widgetului spune ce mai obține opoziția.',
  'embed.optionsHeading': 'Alegeți aspectul',
  'embed.language': 'Limbă',
  'embed.theme': 'Culori',
  'embed.themeAuto': 'Ca pe dispozitivul cititorului',
  'embed.themeLight': 'Deschise',
  'embed.themeDark': 'Închise',
  'embed.size': 'Dimensiune',
  'embed.sizeFull': 'Completă: cifre și explicație',
  'embed.sizeCompact': 'Compactă: esențialul',
  'embed.previewHeading': 'Previzualizare',
  'embed.iframeHeading': 'Încorporare cu iframe: funcționează oriunde',
  'embed.iframeNote':
    'Folosiți această variantă dacă site-ul dumneavoastră nu permite scripturi, așa cum se întâmplă în multe sisteme de gestionare a conținutului.',
  'embed.scriptHeading': 'Încorporare cu script: își ajustează înălțimea',
  'embed.scriptNote':
    'Scriptul transformă linkul în widget și îi menține înălțimea potrivită. Fără JavaScript, cititorii dumneavoastră văd linkul.',
  'embed.copy': 'Copiați codul',
  'embed.copied': 'Codul a fost copiat în clipboard.',
  'embed.copyFailed': 'Copierea nu a reușit. Selectați codul și copiați-l manual.',
  'embed.privacyHeading': 'Confidențialitate',
  'embed.privacy':
    'Widgetul nu setează cookie-uri, nu stochează nimic în browser, nu urmărește pe nimeni și nu trimite nicio solicitare către alt server. Rulează într-un cadru izolat (sandbox), care nu vă poate citi pagina.',
  'embed.licenceHeading': 'Licență',
  'embed.licence': 'Puteți folosi widgetul gratuit pe orice site. Codul său este disponibil sub licența MIT.',
  'widget.title': 'Numărătoare inversă: opoziția față de antrenarea inteligenței artificiale a Meta',
  'widget.more': 'Cum vă opuneți',

  'share.heading': 'Distribuiți această pagină',
  'share.native': 'Distribuiți…',
  'share.copyLink': 'Copiați linkul',
  'share.copied': 'Linkul a fost copiat.',
  'share.copyFailed': 'Copierea nu a reușit. Copiați adresa din bara de adrese a browserului.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Serverul dumneavoastră Mastodon',
  'share.mastodonHint': 'De exemplu mastodon.social. Este reținut doar în acest browser.',
  'share.mastodonGo': 'Distribuiți pe Mastodon',
  'share.mastodonInvalid': 'Introduceți un nume de server, de exemplu mastodon.social.',
  'share.textUpcoming':
    'Opuneți-vă înainte de {date}, pentru ca Meta să nu își antreneze inteligența artificială cu postările dumneavoastră de pe Facebook și Instagram. Iată cum:',
  'share.textPassed':
    'Meta își antrenează inteligența artificială cu postările publice de pe Facebook și Instagram. Vă puteți opune în continuare: opoziția protejează ce publicați de acum înainte. Iată cum:',
  'share.textPaused':
    'Meta și-a suspendat planul de a-și antrena inteligența artificială cu postări de pe Facebook și Instagram. Iată cum vă puteți opune, în cazul în care reia planul:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: noutăți',
  'feed.description':
    'Comunicări noi ale autorităților de protecție a datelor și schimbări în stadiul antrenării inteligenței artificiale a Meta.',
  'feed.roundAnnounced':
    'Runda {year}: Meta anunță că își va antrena inteligența artificială cu postările dumneavoastră; opuneți-vă înainte de {date}',
  'feed.roundPaused': 'Runda {year}: Meta își suspendă planul',
  'feed.roundStarted': 'Runda {year}: Meta a început antrenarea inteligenței sale artificiale',

  'translations.title': 'Stadiul traducerilor',
  'translations.description':
    'Ce pagini ale acestui site sunt traduse și în ce limbă și care afișează deocamdată textul în engleză.',
  'translations.intro':
    'Fiecare pagină există în fiecare limbă. Dacă o comunicare nu este încă tradusă, pagina ei afișează textul în engleză, cu o notă în partea de sus.',
  'translations.language': 'Limbă',
  'translations.translated': 'Tradus',
  'translations.fallback': 'Deocamdată în engleză',
  'translations.page': 'Pagină',
  'fallback.notice': 'Acest text nu este încă tradus în {language}. Citiți versiunea în engleză.',

  'notFound.title': 'Pagina nu a fost găsită',
  'notFound.description': 'Această pagină nu există.',
  'notFound.body':
    'Nu există nicio pagină la această adresă. Poate a fost mutată sau linkul conține o greșeală de tipar.',
  'notFound.home': 'Mergeți la pagina principală',
} as const satisfies UiStrings;
