import type { UiStrings } from './en';

export const sk = {
  'site.name': 'Námietka proti Meta AI',
  'site.tagline': 'Ako zabrániť tomu, aby Meta trénovala svoju AI na vašich príspevkoch z Facebooku a Instagramu',
  'skip.toContent': 'Prejsť na hlavný obsah',
  'nav.label': 'Hlavná navigácia',
  'nav.home': 'Úvod',
  'nav.notices': 'Upozornenia úradov',
  'lang.label': 'Jazyk',
  'lang.current': '{language} (aktuálny jazyk)',
  'lang.choose': 'Vyberte si jazyk',
  'lang.chooseIntro':
    'Tento web vo viacerých jazykoch vysvetľuje, ako podať námietku proti tomu, aby Meta používala vaše príspevky na trénovanie svojej AI.',
  'footer.about':
    'Nezávislý informačný web. Neprevádzkuje ho Meta ani žiadny úrad na ochranu osobných údajov. Každý dátum a každý odkaz na ňom pochádza z uvedeného zdroja.',
  'footer.privacy': 'Žiadne súbory cookie, žiadne sledovanie, žiadne požiadavky na iné weby.',
  'footer.licence': 'Zdrojový kód je dostupný pod licenciou MIT.',
  'footer.reviewed': 'Obsah naposledy skontrolovaný dňa {date}.',
  'footer.built': 'Stránka vytvorená dňa {date}.',
  'external.newTab': '(otvorí iný web)',

  'home.title': 'Podajte námietku proti trénovaniu AI spoločnosti Meta na vašich príspevkoch',
  'home.description':
    'Meta trénuje svoju AI na verejných príspevkoch z Facebooku a Instagramu z EÚ a EHP, ak nepodáte námietku. Pozrite si, aký je stav a ako námietku podať.',
  'home.intro':
    'Meta používa verejné príspevky, fotografie a komentáre dospelých v EÚ a EHP na trénovanie svojej umelej inteligencie (AI). Nežiada o súhlas, ale opiera sa o „oprávnený záujem“. Máte právo namietať.',
  'home.stepsHeading': 'Námietka v troch krokoch',
  'home.step1': 'V prehliadači sa prihláste na Facebook alebo Instagram.',
  'home.step2':
    'Otvorte oficiálny formulár na podanie námietky, vyberte svoju krajinu a zadajte e-mailovú adresu svojho účtu. Dôvod uvádzať nemusíte.',
  'home.step3': 'Odošlite formulár a uschovajte si potvrdzujúci e-mail, ktorý vám Meta pošle.',
  'home.formsHeading': 'Oficiálne formuláre',
  'home.noticesHeading': 'Čo povedali úrady',
  'home.noticesLink': 'Prečítajte si upozornenia úradov na ochranu osobných údajov',

  'form.facebook': 'Formulár na podanie námietky na Facebooku',
  'form.instagram': 'Formulár na podanie námietky na Instagrame',
  'form.destination': 'Otvorí web {host}',

  'status.heading': 'Aký je stav',
  'status.upcoming':
    'Meta plánuje začať trénovať svoju AI na vašich verejných príspevkoch dňa {date}. Ak chcete z trénovania vylúčiť všetky svoje príspevky, podajte námietku ešte predtým.',
  'status.paused':
    'Meta svoj plán pozastavila dňa {date} potom, ako ju o to požiadala írska Komisia pre ochranu údajov (Data Protection Commission).',
  'status.passed':
    'Meta začala dňa {date} trénovať svoju AI na verejnom obsahu z Facebooku a Instagramu z EÚ a EHP. Námietku môžete podať aj teraz: ochráni to, čo zverejníte od tejto chvíle.',

  'round.name': 'Kolo {year}',
  'rounds.heading': 'Obe kolá v prehľade',
  'rounds.deadline': 'Lehota: {date}',
  'rounds.paused': 'Pozastavené spoločnosťou Meta dňa {date}',
  'rounds.trainingStart': 'Trénovanie sa začalo dňa {date}',
  'rounds.source': 'Zdroj: {source}',

  'state.upcoming': 'Lehota plynie',
  'state.urgent': 'Zostáva menej ako 48 hodín',
  'state.passed': 'Lehota uplynula',
  'state.paused': 'Pozastavené',

  'countdown.heading': 'Lehota na podanie námietky',
  'countdown.deadline': 'Námietku podajte najneskôr: {datetime}.',
  'countdown.yourZone': 'Vo vašom časovom pásme ({zone}) je to: {datetime}.',
  'countdown.asOfBuild': 'Stav pri vytvorení tejto stránky ({date}): {state}.',
  'countdown.passed': 'Lehota uplynula. Odvtedy ubehlo: {elapsed}.',
  'countdown.passedMeaning':
    'Námietka podaná teraz stále vylúči z trénovania to, čo zverejníte od tejto chvíle. Čo už Meta použila, sa z jej AI nedá znova odstrániť.',
  'countdown.paused': 'Meta toto kolo pozastavila dňa {date}, ešte pred koncom lehoty.',
  'countdown.pausedMeaning':
    'Námietky podané počas tohto kola podľa spoločnosti Meta a úradu Datatilsynet stále platia.',
  'countdown.announce': 'Na podanie námietky zostáva: {duration}.',
  'countdown.clockWarning':
    'Hodiny vášho zariadenia ukazujú {now}, čo je skôr, než bola táto stránka vytvorená ({built}). Ak máte hodiny nastavené nesprávne, sú nesprávne aj tieto údaje.',
  'countdown.calendar': 'Pridať lehotu do kalendára (súbor .ics)',
  'calendar.summary': 'Posledný deň na námietku proti trénovaniu AI spoločnosti Meta',
  'calendar.description':
    'Pred týmto časom podajte námietku v oficiálnych formulároch Facebooku a Instagramu, aby Meta netrénovala svoju AI na vašich verejných príspevkoch. Návod: {url}',
  'calendar.reminder': 'Pripomienka: podajte námietku proti trénovaniu AI spoločnosti Meta pred koncom lehoty',

  'notices.title': 'Čo povedali úrady na ochranu osobných údajov',
  'notices.description':
    'Zhrnutia upozornení hamburského úradu na ochranu osobných údajov, nórskeho úradu Datatilsynet a iniciatívy klicksafe k trénovaniu AI spoločnosti Meta.',
  'notices.intro':
    'Úrady na ochranu osobných údajov a služby pre bezpečnosť na internete ľuďom vysvetlili, ako podať námietku a prečo. Tu je obsah každého upozornenia našimi slovami, s odkazom na originál.',
  'notice.authority': 'Úrad',
  'notice.published': 'Zverejnené',
  'notice.round': 'Kolo',
  'notice.source': 'Originál',
  'notice.sourceLink': 'Prečítajte si pôvodné upozornenie',
  'notice.sourceHome': 'Zverejnené na webe {host}',
  'notice.sourceLanguage': 'Jazyk originálu: {language}',
  'notice.ourSummary': 'Toto je naše zhrnutie, nie vlastný text úradu.',
  'notice.backToList': 'Všetky upozornenia',
  'notice.objectCta': 'Podajte námietku hneď v oficiálnych formulároch',

  'nav.guide': 'Ako podať námietku',
  'nav.timeline': 'Časová os',
  'home.guideLink': 'Prečítajte si celý návod: všetky kroky, texty, ktoré môžete použiť, a na čo sa námietka vzťahuje',
  'notice.guideLink': 'Ako podať námietku krok za krokom',
  'timeline.title': 'Čo sa kedy stalo',
  'timeline.description':
    'Dátumy plánov spoločnosti Meta trénovať AI na príspevkoch z EÚ a EHP, od prvého oznámenia v roku 2024 po začiatok trénovania v roku 2025, každý so zdrojom.',
  'timeline.intro': 'Každý dátum tu pochádza od úradu, súdu alebo iného uvedeného zdroja.',
  'timeline.deadline': 'Lehota',
  'timeline.notice': 'Naše zhrnutie tohto upozornenia',

  'footer.embed': 'Umiestnite odpočítavanie na svoj web',
  'footer.feed': 'Novinky (RSS)',
  'footer.translations': 'Stav prekladov',

  'embed.title': 'Umiestnite odpočítavanie na svoj web',
  'embed.description':
    'Bezplatný widget s odpočítavaním pre partnerské weby: bez súborov cookie, bez sledovania, vo všetkých jazykoch tohto webu. Vyberte vzhľad, skopírujte kód a vložte ho na svoju stránku.',
  'embed.intro':
    'Spotrebiteľské organizácie, mimovládne organizácie, blogy aj úrady môžu naše odpočítavanie zobraziť na svojich stránkach. Aktualizuje sa samo: keď lehota uplynie, každá kópia widgetu uvedie, čo námietka stále prináša.',
  'embed.optionsHeading': 'Vyberte vzhľad',
  'embed.language': 'Jazyk',
  'embed.theme': 'Farby',
  'embed.themeAuto': 'Podľa zariadenia čitateľa',
  'embed.themeLight': 'Svetlé',
  'embed.themeDark': 'Tmavé',
  'embed.size': 'Veľkosť',
  'embed.sizeFull': 'Plná: čísla a vysvetlenie',
  'embed.sizeCompact': 'Kompaktná: to podstatné',
  'embed.previewHeading': 'Náhľad',
  'embed.iframeHeading': 'Vloženie cez iframe: funguje všade',
  'embed.iframeNote': 'Túto možnosť použite, ak váš web nepovoľuje skripty. Mnohé redakčné systémy ich nepovoľujú.',
  'embed.scriptHeading': 'Vloženie cez skript: prispôsobí si výšku',
  'embed.scriptNote':
    'Skript zmení odkaz na widget a udržiava jeho správnu výšku. Bez JavaScriptu uvidia vaši čitatelia odkaz.',
  'embed.copy': 'Kopírovať kód',
  'embed.copied': 'Kód bol skopírovaný do schránky.',
  'embed.copyFailed': 'Kopírovanie sa nepodarilo. Označte kód a skopírujte ho sami.',
  'embed.privacyHeading': 'Súkromie',
  'embed.privacy':
    'Widget nenastavuje žiadne súbory cookie, nič neukladá v prehliadači, nikoho nesleduje a neposiela žiadne požiadavky na iný server. Beží v izolovanom rámci (sandbox), ktorý nemôže čítať vašu stránku.',
  'embed.licenceHeading': 'Licencia',
  'embed.licence': 'Widget môžete bezplatne používať na akomkoľvek webe. Jeho kód je dostupný pod licenciou MIT.',
  'widget.title': 'Odpočítavanie: námietka proti trénovaniu AI spoločnosti Meta',
  'widget.more': 'Ako podať námietku',

  'share.heading': 'Zdieľať túto stránku',
  'share.native': 'Zdieľať…',
  'share.copyLink': 'Kopírovať odkaz',
  'share.copied': 'Odkaz bol skopírovaný.',
  'share.copyFailed': 'Kopírovanie sa nepodarilo. Skopírujte adresu z panela s adresou v prehliadači.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Váš server Mastodon',
  'share.mastodonHint': 'Napríklad mastodon.social. Zapamätá sa iba v tomto prehliadači.',
  'share.mastodonGo': 'Zdieľať na Mastodone',
  'share.mastodonInvalid': 'Zadajte názov servera, napríklad mastodon.social.',
  'share.textUpcoming':
    'Podajte námietku pred dňom {date}, aby Meta netrénovala svoju AI na vašich príspevkoch z Facebooku a Instagramu. Tu je návod:',
  'share.textPassed':
    'Meta trénuje svoju AI na verejných príspevkoch z Facebooku a Instagramu. Námietku môžete podať aj teraz: ochráni to, čo zverejníte od tejto chvíle. Tu je návod:',
  'share.textPaused':
    'Meta pozastavila plán trénovať AI na príspevkoch z Facebooku a Instagramu. Tu je návod, ako podať námietku pre prípad, že s tým znova začne:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: novinky',
  'feed.description':
    'Nové upozornenia úradov na ochranu osobných údajov a zmeny stavu trénovania AI spoločnosti Meta.',
  'feed.roundAnnounced':
    'Kolo {year}: Meta oznamuje trénovanie AI na vašich príspevkoch; podajte námietku pred dňom {date}',
  'feed.roundPaused': 'Kolo {year}: Meta pozastavuje svoj plán',
  'feed.roundStarted': 'Kolo {year}: Meta začala trénovať svoju AI',

  'translations.title': 'Stav prekladov',
  'translations.description':
    'Ktoré stránky tohto webu sú preložené do ktorého jazyka a ktoré zatiaľ zobrazujú anglický text.',
  'translations.intro':
    'Každá stránka existuje v každom jazyku. Ak upozornenie ešte nie je preložené, jeho stránka zobrazí anglický text s poznámkou hore.',
  'translations.language': 'Jazyk',
  'translations.translated': 'Preložené',
  'translations.fallback': 'Zatiaľ po anglicky',
  'translations.page': 'Stránka',
  'fallback.notice': 'Tento text zatiaľ nie je preložený (jazyk: {language}). Čítate anglickú verziu.',

  'notFound.title': 'Stránka sa nenašla',
  'notFound.description': 'Táto stránka neexistuje.',
  'notFound.body': 'Na tejto adrese nie je žiadna stránka. Možno bola presunutá alebo je v odkaze preklep.',
  'notFound.home': 'Prejsť na úvodnú stránku',
} as const satisfies UiStrings;
