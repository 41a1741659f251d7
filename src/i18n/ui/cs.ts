import type { UiStrings } from './en';

export const cs = {
  'site.name': 'Námitka proti Meta AI',
  'site.tagline': 'Jak zabránit tomu, aby Meta trénovala svou AI na vašich příspěvcích z Facebooku a Instagramu',
  'skip.toContent': 'Přejít na hlavní obsah',
  'nav.label': 'Hlavní navigace',
  'nav.home': 'Úvod',
  'nav.notices': 'Upozornění úřadů',
  'lang.label': 'Jazyk',
  'lang.current': '{language} (aktuální jazyk)',
  'lang.choose': 'Vyberte si jazyk',
  'lang.chooseIntro':
    'Tento web v několika jazycích vysvětluje, jak vznést námitku proti tomu, aby Meta používala vaše příspěvky k trénování své AI.',
  'footer.about':
    'Nezávislý informační web. Neprovozuje ho Meta ani žádný úřad pro ochranu osobních údajů. Každé datum a každý odkaz na něm pochází z uvedeného zdroje.',
  'footer.privacy': 'Žádné cookies, žádné sledování, žádné požadavky na jiné weby.',
  'footer.licence': 'Zdrojový kód je k dispozici pod licencí MIT.',
  'footer.reviewed': 'Obsah naposledy zkontrolován dne {date}.',
  'footer.built': 'Stránka vytvořena dne {date}.',
  'external.newTab': '(otevře jiný web)',

  'home.title': 'Vzneste námitku proti trénování AI společnosti Meta na vašich příspěvcích',
  'home.description':
    'Meta trénuje svou AI na veřejných příspěvcích z Facebooku a Instagramu z EU a EHP, pokud nevznesete námitku. Podívejte se, jaký je stav a jak námitku vznést.',
  'home.intro':
    'Meta používá veřejné příspěvky, fotografie a komentáře dospělých v EU a EHP k trénování své umělé inteligence (AI). Nežádá o souhlas, ale opírá se o „oprávněný zájem“. Máte právo vznést námitku.',
  'home.stepsHeading': 'Námitka ve třech krocích',
  'home.step1': 'V prohlížeči se přihlaste k Facebooku nebo Instagramu.',
  'home.step2':
    'Otevřete oficiální formulář pro námitku, vyberte svou zemi a zadejte e-mailovou adresu svého účtu. Důvod uvádět nemusíte.',
  'home.step3': 'Odešlete formulář a uschovejte si potvrzovací e-mail, který vám Meta pošle.',
  'home.formsHeading': 'Oficiální formuláře',
  'home.noticesHeading': 'Co řekly úřady',
  'home.noticesLink': 'Přečtěte si upozornění úřadů pro ochranu osobních údajů',

  'form.facebook': 'Formulář pro námitku na Facebooku',
  'form.instagram': 'Formulář pro námitku na Instagramu',
  'form.destination': 'Otevře web {host}',

  'status.heading': 'Jaký je stav',
  'status.upcoming':
    'Meta plánuje začít trénovat svou AI na vašich veřejných příspěvcích dne {date}. Pokud chcete z trénování vyloučit všechny své příspěvky, vzneste námitku ještě předtím.',
  'status.paused':
    'Meta svůj plán pozastavila dne {date} poté, co ji o to požádala irská Komise pro ochranu údajů (Data Protection Commission).',
  'status.passed':
    'Meta začala dne {date} trénovat svou AI na veřejném obsahu z Facebooku a Instagramu z EU a EHP. Námitku můžete vznést i nyní: ochrání to, co zveřejníte od té chvíle.',

  'round.name': 'Kolo {year}',
  'rounds.heading': 'Obě kola v přehledu',
  'rounds.deadline': 'Lhůta: {date}',
  'rounds.paused': 'Pozastaveno společností Meta dne {date}',
  'rounds.trainingStart': 'Trénování začalo dne {date}',
  'rounds.source': 'Zdroj: {source}',

  'state.upcoming': 'Lhůta běží',
  'state.urgent': 'Zbývá méně než 48 hodin',
  'state.passed': 'Lhůta uplynula',
  'state.paused': 'Pozastaveno',

  'countdown.heading': 'Lhůta pro vznesení námitky',
  'countdown.deadline': 'Námitku vzneste nejpozději: {datetime}.',
  'countdown.yourZone': 'Ve vašem časovém pásmu ({zone}) je to: {datetime}.',
  'countdown.asOfBuild': 'Stav při vytvoření této stránky ({date}): {state}.',
  'countdown.passed': 'Lhůta uplynula. Od té doby uběhlo: {elapsed}.',
  'countdown.passedMeaning':
    'Námitka vznesená nyní stále vyloučí z trénování to, co zveřejníte od této chvíle. Co už Meta použila, nelze z její AI znovu odstranit.',
  'countdown.paused': 'Meta toto kolo pozastavila dne {date}, ještě před koncem lhůty.',
  'countdown.pausedMeaning':
    'Námitky vznesené během tohoto kola podle společnosti Meta a úřadu Datatilsynet stále platí.',
  'countdown.announce': 'Na vznesení námitky zbývá: {duration}.',
  'countdown.clockWarning':
    'Hodiny vašeho zařízení ukazují {now}, což je dříve, než byla tato stránka vytvořena ({built}). Pokud máte hodiny nastavené špatně, jsou chybné i tyto údaje.',
  'countdown.calendar': 'Přidat lhůtu do kalendáře (soubor .ics)',
  'calendar.summary': 'Poslední den pro námitku proti trénování AI společnosti Meta',
  'calendar.description':
    'Před tímto okamžikem vzneste námitku v oficiálních formulářích Facebooku a Instagramu, aby Meta netrénovala svou AI na vašich veřejných příspěvcích. Návod: {url}',
  'calendar.reminder': 'Připomínka: vzneste námitku proti trénování AI společnosti Meta před koncem lhůty',

  'notices.title': 'Co řekly úřady pro ochranu osobních údajů',
  'notices.description':
    'Shrnutí upozornění hamburského úřadu pro ochranu osobních údajů, norského úřadu Datatilsynet a iniciativy klicksafe k trénování AI společnosti Meta.',
  'notices.intro':
    'Úřady pro ochranu osobních údajů a služby pro bezpečnost na internetu lidem vysvětlily, jak vznést námitku a proč. Zde je obsah každého upozornění našimi slovy, s odkazem na originál.',
  'notice.authority': 'Úřad',
  'notice.published': 'Zveřejněno',
  'notice.round': 'Kolo',
  'notice.source': 'Originál',
  'notice.sourceLink': 'Přečtěte si původní upozornění',
  'notice.sourceHome': 'Zveřejněno na webu {host}',
  'notice.sourceLanguage': 'Jazyk originálu: {language}',
  'notice.ourSummary': 'Toto je naše shrnutí, nikoli vlastní text úřadu.',
  'notice.backToList': 'Všechna upozornění',
  'notice.objectCta': 'Vzneste námitku hned v oficiálních formulářích',

  'nav.guide': 'Jak vznést námitku',
  'nav.timeline': 'Časová osa',
  'home.guideLink': 'Přečtěte si celý návod: všechny kroky, texty, které můžete použít, a na co se námitka vztahuje',
  'notice.guideLink': 'Jak vznést námitku krok za krokem',
  'timeline.title': 'Co se kdy stalo',
  'timeline.description':
    'Data plánů společnosti Meta trénovat AI na příspěvcích z EU a EHP, od prvního oznámení v roce 2024 po začátek trénování v roce 2025, každé se zdrojem.',
  'timeline.intro': 'Každé datum zde pochází od úřadu, soudu nebo jiného uvedeného zdroje.',
  'timeline.deadline': 'Lhůta',
  'timeline.notice': 'Naše shrnutí tohoto upozornění',

  'footer.embed': 'Umístěte odpočet na svůj web',
  'footer.feed': 'Novinky (RSS)',
  'footer.translations': 'Stav překladů',

  'embed.title': 'Umístěte odpočet na svůj web',
  'embed.description':
    'Bezplatný widget s odpočtem pro partnerské weby: bez cookies, bez sledování, ve všech jazycích tohoto webu. Vyberte vzhled, zkopírujte kód a vložte ho do své stránky.',
  'embed.intro':
    'Spotřebitelské organizace, neziskové organizace, blogy i úřady mohou náš odpočet zobrazit na svých stránkách. Aktualizuje se sám: když lhůta uplyne, každá kopie widgetu uvede, co námitka stále přináší.',
  'embed.optionsHeading': 'Vyberte vzhled',
  'embed.language': 'Jazyk',
  'embed.theme': 'Barvy',
  'embed.themeAuto': 'Podle zařízení čtenáře',
  'embed.themeLight': 'Světlé',
  'embed.themeDark': 'Tmavé',
  'embed.size': 'Velikost',
  'embed.sizeFull': 'Plná: čísla a vysvětlení',
  'embed.sizeCompact': 'Kompaktní: to podstatné',
  'embed.previewHeading': 'Náhled',
  'embed.iframeHeading': 'Vložení pomocí iframe: funguje všude',
  'embed.iframeNote':
    'Tuto možnost použijte, pokud váš web nepovoluje skripty. Mnoho redakčních systémů je nepovoluje.',
  'embed.scriptHeading': 'Vložení pomocí skriptu: přizpůsobí si výšku',
  'embed.scriptNote':
    'Skript změní odkaz na widget a udržuje jeho správnou výšku. Bez JavaScriptu uvidí vaši čtenáři odkaz.',
  'embed.copy': 'Kopírovat kód',
  'embed.copied': 'Kód byl zkopírován do schránky.',
  'embed.copyFailed': 'Kopírování se nezdařilo. Označte kód a zkopírujte ho sami.',
  'embed.privacyHeading': 'Soukromí',
  'embed.privacy':
    'Widget nenastavuje žádné cookies, nic neukládá do prohlížeče, nikoho nesleduje a neposílá žádné požadavky na jiný server. Běží v izolovaném rámci (sandbox), který nemůže číst vaši stránku.',
  'embed.licenceHeading': 'Licence',
  'embed.licence': 'Widget můžete zdarma používat na jakémkoli webu. Jeho kód je k dispozici pod licencí MIT.',
  'widget.title': 'Odpočet: námitka proti trénování AI společnosti Meta',
  'widget.more': 'Jak vznést námitku',

  'share.heading': 'Sdílet tuto stránku',
  'share.native': 'Sdílet…',
  'share.copyLink': 'Kopírovat odkaz',
  'share.copied': 'Odkaz zkopírován.',
  'share.copyFailed': 'Kopírování se nezdařilo. Zkopírujte adresu z adresního řádku prohlížeče.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Váš server Mastodon',
  'share.mastodonHint': 'Například mastodon.social. Zapamatuje se jen v tomto prohlížeči.',
  'share.mastodonGo': 'Sdílet na Mastodonu',
  'share.mastodonInvalid': 'Zadejte název serveru, například mastodon.social.',
  'share.textUpcoming':
    'Vzneste námitku před dnem {date}, aby Meta netrénovala svou AI na vašich příspěvcích z Facebooku a Instagramu. Tady je návod:',
  'share.textPassed':
    'Meta trénuje svou AI na veřejných příspěvcích z Facebooku a Instagramu. Námitku můžete vznést i nyní: ochrání to, co zveřejníte od této chvíle. Tady je návod:',
  'share.textPaused':
    'Meta pozastavila plán trénovat AI na příspěvcích z Facebooku a Instagramu. Tady je návod, jak vznést námitku pro případ, že s tím znovu začne:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: novinky',
  'feed.description': 'Nová upozornění úřadů pro ochranu osobních údajů a změny stavu trénování AI společnosti Meta.',
  'feed.roundAnnounced':
    'Kolo {year}: Meta oznamuje trénování AI na vašich příspěvcích; vzneste námitku před dnem {date}',
  'feed.roundPaused': 'Kolo {year}: Meta svůj plán pozastavuje',
  'feed.roundStarted': 'Kolo {year}: Meta začala trénovat svou AI',

  'translations.title': 'Stav překladů',
  'translations.description':
    'Které stránky tohoto webu jsou přeložené do kterého jazyka a které zatím zobrazují anglický text.',
  'translations.intro':
    'Každá stránka existuje v každém jazyce. Pokud upozornění ještě není přeložené, jeho stránka zobrazí anglický text s poznámkou nahoře.',
  'translations.language': 'Jazyk',
  'translations.translated': 'Přeloženo',
  'translations.fallback': 'Zatím anglicky',
  'translations.page': 'Stránka',
  'fallback.notice': 'Tento text zatím není přeložen (jazyk: {language}). Čtete anglickou verzi.',

  'notFound.title': 'Stránka nenalezena',
  'notFound.description': 'Tato stránka neexistuje.',
  'notFound.body': 'Na této adrese žádná stránka není. Možná byla přesunuta, nebo je v odkazu překlep.',
  'notFound.home': 'Přejít na úvodní stránku',
} as const satisfies UiStrings;
