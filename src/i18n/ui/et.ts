import type { UiStrings } from './en';

export const et = {
  'site.name': 'Vastuväide Meta AI-le',
  'site.tagline': 'Kuidas keelata Metal kasutada sinu Facebooki ja Instagrami postitusi tehisintellekti treenimiseks',
  'skip.toContent': 'Mine põhisisu juurde',
  'nav.label': 'Peamenüü',
  'nav.home': 'Avaleht',
  'nav.notices': 'Asutuste teated',
  'lang.label': 'Keel',
  'lang.current': '{language} (praegune keel)',
  'lang.choose': 'Vali keel',
  'lang.chooseIntro':
    'See veebisait selgitab mitmes keeles, kuidas esitada vastuväide sellele, et Meta kasutab sinu postitusi oma tehisintellekti treenimiseks.',
  'footer.about':
    'Sõltumatu teabesait. Seda ei halda Meta ega ükski andmekaitseasutus. Iga siin toodud kuupäev ja link pärineb nimetatud allikast.',
  'footer.privacy': 'Ilma küpsiste ja jälgimiseta, ilma päringuteta teistele veebisaitidele.',
  'footer.licence': 'Lähtekood on avaldatud MIT litsentsi alusel.',
  'footer.reviewed': 'Sisu viimati kontrollitud: {date}.',
  'footer.built': 'Lehekülg loodud: {date}.',
  'external.newTab': '(avab teise veebisaidi)',

  'home.title': 'Esita vastuväide, et Meta ei treeniks oma tehisintellekti sinu postitustega',
  'home.description':
    'Meta treenib oma tehisintellekti ELi ja EMP kasutajate avalike Facebooki ja Instagrami postitustega, kui sa ei esita vastuväidet. Vaata, milline on olukord ja kuidas vastuväidet esitada.',
  'home.intro':
    'Meta kasutab ELi ja EMP täiskasvanute avalikke postitusi, fotosid ja kommentaare oma tehisintellekti treenimiseks. Meta ei küsi nõusolekut, vaid tugineb „õigustatud huvile“. Sul on õigus esitada vastuväide.',
  'home.stepsHeading': 'Vastuväide kolme sammuga',
  'home.step1': 'Logi brauseris sisse Facebooki või Instagrami.',
  'home.step2':
    'Ava ametlik vastuväite vorm, vali oma riik ja sisesta oma konto e-posti aadress. Põhjendus on vabatahtlik.',
  'home.step3': 'Saada vorm ära ja hoia alles kinnitusmeil, mille Meta sulle saadab.',
  'home.formsHeading': 'Ametlikud vormid',
  'home.noticesHeading': 'Mida asutused ütlesid',
  'home.noticesLink': 'Loe andmekaitseasutuste teateid',

  'form.facebook': 'Facebooki vastuväite vorm',
  'form.instagram': 'Instagrami vastuväite vorm',
  'form.destination': 'Avab veebisaidi {host}',

  'status.heading': 'Praegune olukord',
  'status.upcoming':
    'Meta kavatseb hakata oma tehisintellekti sinu avalike postitustega treenima. Kavandatud alguskuupäev: {date}. Esita vastuväide enne seda, et ükski sinu postitus ei läheks kasutusse.',
  'status.paused':
    'Meta peatas oma plaani pärast seda, kui Iirimaa andmekaitsekomisjon seda palus. Peatamise kuupäev: {date}.',
  'status.passed':
    'Meta on hakanud oma tehisintellekti treenima ELi ja EMP kasutajate avaliku Facebooki ja Instagrami sisuga. Alguskuupäev: {date}. Vastuväidet saad endiselt esitada: see kaitseb kõike, mida sa pärast seda postitad.',

  'round.name': '{year}. aasta voor',
  'rounds.heading': 'Mõlemad voorud ülevaatlikult',
  'rounds.deadline': 'Tähtaeg: {date}',
  'rounds.paused': 'Meta peatas: {date}',
  'rounds.trainingStart': 'Treenimise algus: {date}',
  'rounds.source': 'Allikas: {source}',

  'state.upcoming': 'Avatud',
  'state.urgent': 'Jäänud on vähem kui 48 tundi',
  'state.passed': 'Tähtaeg on möödunud',
  'state.paused': 'Peatatud',

  'countdown.heading': 'Vastuväite esitamise tähtaeg',
  'countdown.deadline': 'Esita vastuväide hiljemalt: {datetime}.',
  'countdown.yourZone': 'Sinu ajavööndis ({zone}) on see {datetime}.',
  'countdown.asOfBuild': 'Olek selle lehekülje loomise ajal ({date}): {state}.',
  'countdown.passed': 'Tähtaeg möödus {elapsed} tagasi.',
  'countdown.passedMeaning':
    'Kui esitad vastuväite nüüd, ei kasutata treenimiseks seda, mida sa edaspidi postitad. Seda, mida Meta on juba kasutanud, ei saa Meta tehisintellektist enam eemaldada.',
  'countdown.paused': 'Meta peatas selle vooru enne tähtaega. Peatamise kuupäev: {date}.',
  'countdown.pausedMeaning':
    'Meta ja Norra andmekaitseasutuse Datatilsynet sõnul kehtivad selles voorus esitatud vastuväited endiselt.',
  'countdown.announce': 'Vastuväite esitamiseks on jäänud {duration}.',
  'countdown.clockWarning':
    'Sinu seadme kell näitab: {now}. See on varasem kui selle lehekülje loomise aeg ({built}). Kui sinu kell on vale, on ka need arvud valed.',
  'countdown.calendar': 'Lisa tähtaeg oma kalendrisse (.ics-fail)',
  'calendar.summary': 'Viimane päev Meta tehisintellekti treenimisele vastuväite esitamiseks',
  'calendar.description':
    'Esita vastuväide enne seda aega Facebooki ja Instagrami ametlike vormide kaudu, et Meta ei treeniks oma tehisintellekti sinu avalike postitustega. Juhend: {url}',
  'calendar.reminder': 'Meeldetuletus: esita enne tähtaega vastuväide Meta tehisintellekti treenimisele',

  'notices.title': 'Mida andmekaitseasutused ütlesid',
  'notices.description':
    'Kokkuvõtted Hamburgi andmekaitseasutuse, Norra andmekaitseasutuse Datatilsynet ja algatuse klicksafe teadetest Meta tehisintellekti treenimise kohta.',
  'notices.intro':
    'Andmekaitseasutused ja internetiturvalisuse teenused selgitasid inimestele, kuidas ja miks vastuväide esitada. Siin kirjeldame oma sõnadega, mida iga teade ütleb, ja lisame lingi originaalile.',
  'notice.authority': 'Asutus',
  'notice.published': 'Avaldatud',
  'notice.round': 'Voor',
  'notice.source': 'Originaal',
  'notice.sourceLink': 'Loe algset teadet',
  'notice.sourceHome': 'Avaldatud veebisaidil {host}',
  'notice.sourceLanguage': 'Originaali keel: {language}',
  'notice.ourSummary': 'See on meie kokkuvõte, mitte asutuse enda tekst.',
  'notice.backToList': 'Kõik teated',
  'notice.objectCta': 'Esita vastuväide kohe ametlike vormide kaudu',

  'nav.guide': 'Kuidas vastuväidet esitada',
  'nav.timeline': 'Ajajoon',
  'home.guideLink': 'Loe täielikku juhendit: kõik sammud, tekstid, mida saad kasutada, ja mida vastuväide hõlmab',
  'notice.guideLink': 'Kuidas vastuväidet esitada, samm-sammult',
  'timeline.title': 'Mis juhtus ja millal',
  'timeline.description':
    'Kuupäevad Meta plaanidest treenida oma tehisintellekti ELi ja EMP postitustega alates esimesest teadaandest 2024. aastal kuni treenimise alguseni 2025. aastal, igaüks koos allikaga.',
  'timeline.intro': 'Iga siinne kuupäev pärineb asutuselt, kohtult või muust nimetatud allikast.',
  'timeline.deadline': 'Tähtaeg',
  'timeline.notice': 'Meie kokkuvõte sellest teatest',

  'footer.embed': 'Pane pöördloendur oma veebisaidile',
  'footer.feed': 'Uudistevoog (RSS)',
  'footer.translations': 'Tõlgete seis',

  'embed.title': 'Pane pöördloendur oma veebisaidile',
  'embed.description':
    'Tasuta pöördloenduri vidin partnersaitidele: ilma küpsiste ja jälgimiseta, kõigis selle saidi keeltes. Vali välimus, kopeeri kood ja kleebi see oma lehele.',
  'embed.intro':
    'Tarbijaorganisatsioonid, vabaühendused, blogid ja asutused saavad näidata meie pöördloendurit oma lehtedel. See uueneb ise: kui tähtaeg möödub, ütleb iga vidina koopia, mida vastuväide veel annab.',
  'embed.optionsHeading': 'Vali välimus',
  'embed.language': 'Keel',
  'embed.theme': 'Värvid',
  'embed.themeAuto': 'Lugeja seadme järgi',
  'embed.themeLight': 'Hele',
  'embed.themeDark': 'Tume',
  'embed.size': 'Suurus',
  'embed.sizeFull': 'Täielik: arvud ja selgitus',
  'embed.sizeCompact': 'Kompaktne: kõige olulisem',
  'embed.previewHeading': 'Eelvaade',
  'embed.iframeHeading': 'Manustamine iframe-elemendiga: töötab kõikjal',
  'embed.iframeNote': 'Kasuta seda, kui sinu veebisait ei luba skripte, nagu paljud sisuhaldussüsteemid.',
  'embed.scriptHeading': 'Manustamine skriptiga: kohandab kõrgust',
  'embed.scriptNote':
    'Skript muudab lingi vidinaks ja hoiab selle kõrguse õige. Ilma JavaScriptita näevad sinu lugejad linki.',
  'embed.copy': 'Kopeeri kood',
  'embed.copied': 'Kood kopeeriti lõikelauale.',
  'embed.copyFailed': 'Kopeerimine ebaõnnestus. Vali kood ja kopeeri see ise.',
  'embed.privacyHeading': 'Privaatsus',
  'embed.privacy':
    'Vidin ei sea küpsiseid, ei salvesta brauserisse midagi, ei jälgi kedagi ega tee päringuid ühelegi teisele serverile. See töötab eraldatud raamis (liivakastis), mis ei saa sinu lehte lugeda.',
  'embed.licenceHeading': 'Litsents',
  'embed.licence': 'Võid vidinat tasuta kasutada igal veebisaidil. Selle kood on avaldatud MIT litsentsi alusel.',
  'widget.title': 'Pöördloendur: esita vastuväide Meta tehisintellekti treenimisele',
  'widget.more': 'Kuidas vastuväidet esitada',

  'share.heading': 'Jaga seda lehte',
  'share.native': 'Jaga…',
  'share.copyLink': 'Kopeeri link',
  'share.copied': 'Link kopeeriti.',
  'share.copyFailed': 'Kopeerimine ebaõnnestus. Kopeeri aadress brauseri aadressiribalt.',
  'share.email': 'E-post',
  'share.mastodonServer': 'Sinu Mastodoni server',
  'share.mastodonHint': 'Näiteks mastodon.social. See jäetakse meelde ainult selles brauseris.',
  'share.mastodonGo': 'Jaga Mastodonis',
  'share.mastodonInvalid': 'Sisesta serveri nimi, näiteks mastodon.social.',
  'share.textUpcoming':
    'Esita vastuväide enne, kui saabub {date}, et Meta ei treeniks oma tehisintellekti sinu Facebooki ja Instagrami postitustega. Nii saad seda teha:',
  'share.textPassed':
    'Meta treenib oma tehisintellekti avalike Facebooki ja Instagrami postitustega. Vastuväidet saad endiselt esitada: see kaitseb kõike, mida sa edaspidi postitad. Nii saad seda teha:',
  'share.textPaused':
    'Meta on peatanud oma plaani treenida tehisintellekti Facebooki ja Instagrami postitustega. Nii saad vastuväite esitada juhuks, kui treenimine uuesti algab:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: uudised',
  'feed.description': 'Andmekaitseasutuste uued teated ja muutused Meta tehisintellekti treenimise olukorras.',
  'feed.roundAnnounced':
    '{year}. aasta voor: Meta teatab tehisintellekti treenimisest sinu postitustega; esita vastuväide enne, kui saabub {date}',
  'feed.roundPaused': '{year}. aasta voor: Meta peatab oma plaani',
  'feed.roundStarted': '{year}. aasta voor: Meta on alustanud tehisintellekti treenimist',

  'translations.title': 'Tõlgete seis',
  'translations.description':
    'Millised selle saidi lehed on millisesse keelde tõlgitud ja millistel on praegu ingliskeelne tekst.',
  'translations.intro':
    'Iga leht on olemas igas keeles. Kui teade ei ole veel tõlgitud, näitab selle leht ingliskeelset teksti ja üleval on selle kohta märkus.',
  'translations.language': 'Keel',
  'translations.translated': 'Tõlgitud',
  'translations.fallback': 'Praegu inglise keeles',
  'translations.page': 'Leht',
  'fallback.notice': 'Seda teksti pole veel {language} keelde tõlgitud. Loed ingliskeelset versiooni.',

  'notFound.title': 'Lehte ei leitud',
  'notFound.description': 'Seda lehte ei ole olemas.',
  'notFound.body': 'Sellel aadressil lehte ei ole. Võib-olla on see teisaldatud või on lingis trükiviga.',
  'notFound.home': 'Mine avalehele',
} as const satisfies UiStrings;
