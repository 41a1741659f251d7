import type { UiStrings } from './en';

export const hu = {
  'site.name': 'Tiltakozás a Meta AI ellen',
  'site.tagline':
    'Hogyan akadályozhatja meg, hogy a Meta az Ön Facebook- és Instagram-bejegyzéseivel tanítsa a mesterséges intelligenciáját',
  'skip.toContent': 'Ugrás a fő tartalomra',
  'nav.label': 'Főmenü',
  'nav.home': 'Kezdőlap',
  'nav.notices': 'Hatósági tájékoztatók',
  'lang.label': 'Nyelv',
  'lang.current': '{language} (jelenlegi nyelv)',
  'lang.choose': 'Válassza ki a nyelvet',
  'lang.chooseIntro':
    'Ez az oldal több nyelven elmagyarázza, hogyan tiltakozhat az ellen, hogy a Meta az Ön bejegyzéseivel tanítsa a mesterséges intelligenciáját.',
  'footer.about':
    'Független tájékoztató oldal. Nem a Meta és nem is valamelyik adatvédelmi hatóság üzemelteti. Minden dátum és hivatkozás megnevezett forrásból származik.',
  'footer.privacy': 'Nincsenek sütik, nincs követés, nincsenek kérések más webhelyek felé.',
  'footer.licence': 'A forráskód MIT-licenc alatt áll.',
  'footer.reviewed': 'A tartalom utolsó ellenőrzése: {date}',
  'footer.built': 'Az oldal elkészítésének dátuma: {date}',
  'external.newTab': '(másik webhelyet nyit meg)',

  'home.title': 'Tiltakozzon az ellen, hogy a Meta az Ön bejegyzéseivel tanítsa a mesterséges intelligenciáját',
  'home.description':
    'A Meta az EU-ból és az EGT-ből származó nyilvános Facebook- és Instagram-bejegyzésekkel tanítja a mesterséges intelligenciáját, hacsak Ön nem tiltakozik. Nézze meg, hol tart az ügy, és hogyan tiltakozhat.',
  'home.intro':
    'A Meta az EU-ban és az EGT-ben élő felnőttek nyilvános bejegyzéseit, fényképeit és hozzászólásait használja fel a mesterséges intelligenciája tanításához. Nem kér hozzájárulást, hanem „jogos érdekre” hivatkozik. Önnek joga van tiltakozni.',
  'home.stepsHeading': 'Tiltakozás három lépésben',
  'home.step1': 'Jelentkezzen be a Facebookra vagy az Instagramra a böngészőjében.',
  'home.step2':
    'Nyissa meg a hivatalos tiltakozási űrlapot, válassza ki az országát, és adja meg a fiókjához tartozó e-mail-címet. Indoklást nem kötelező megadni.',
  'home.step3': 'Küldje el az űrlapot, és őrizze meg a visszaigazoló e-mailt, amelyet a Meta küld Önnek.',
  'home.formsHeading': 'A hivatalos űrlapok',
  'home.noticesHeading': 'Mit mondtak a hatóságok',
  'home.noticesLink': 'Olvassa el az adatvédelmi hatóságok tájékoztatóit',

  'form.facebook': 'Tiltakozási űrlap – Facebook',
  'form.instagram': 'Tiltakozási űrlap – Instagram',
  'form.destination': 'Megnyílik: {host}',

  'status.heading': 'Hol tart az ügy',
  'status.upcoming':
    'A Meta {date} napján tervezi elkezdeni, hogy az Ön nyilvános bejegyzéseivel tanítsa a mesterséges intelligenciáját. Tiltakozzon ezt megelőzően, hogy egyik bejegyzését se használhassa fel.',
  'status.paused':
    'A Meta {date} napján felfüggesztette a tervét, miután az ír adatvédelmi hatóság (Data Protection Commission) erre kérte.',
  'status.passed':
    'A Meta {date} napján elkezdte az EU-ból és az EGT-ből származó nyilvános Facebook- és Instagram-tartalmakkal tanítani a mesterséges intelligenciáját. Ön továbbra is tiltakozhat: ez azt védi, amit ettől kezdve közzétesz.',

  'round.name': '{year}. évi forduló',
  'rounds.heading': 'A két forduló áttekintése',
  'rounds.deadline': 'Határidő: {date}',
  'rounds.paused': 'A Meta felfüggesztette: {date}',
  'rounds.trainingStart': 'A tanítás kezdete: {date}',
  'rounds.source': 'Forrás: {source}',

  'state.upcoming': 'Nyitva',
  'state.urgent': 'Kevesebb mint 48 óra van hátra',
  'state.passed': 'A határidő lejárt',
  'state.paused': 'Felfüggesztve',

  'countdown.heading': 'Tiltakozási határidő',
  'countdown.deadline': 'Tiltakozzon eddig az időpontig: {datetime}.',
  'countdown.yourZone': 'Az Ön időzónájában ({zone}) ez: {datetime}.',
  'countdown.asOfBuild': 'Állapot az oldal elkészítésekor ({date}): {state}.',
  'countdown.passed': 'A határidő lejárt, azóta {elapsed} telt el.',
  'countdown.passedMeaning':
    'Ha most tiltakozik, a mostantól közzétett tartalmait nem használják fel a tanításhoz. Amit a Meta már felhasznált, azt nem lehet utólag kivenni a mesterséges intelligenciájából.',
  'countdown.paused': 'A Meta {date} napján, még a határidő lejárta előtt felfüggesztette ezt a fordulót.',
  'countdown.pausedMeaning':
    'A Meta és a norvég adatvédelmi hatóság, a Datatilsynet szerint az ebben a fordulóban benyújtott tiltakozások továbbra is érvényesek.',
  'countdown.announce': 'Még {duration} van hátra a tiltakozásra.',
  'countdown.clockWarning':
    'Eszköze órája szerint a mai dátum {now}, ez korábbi, mint az oldal elkészítésének dátuma ({built}). Ha az órája rosszul jár, ezek az adatok is hibásak.',
  'countdown.calendar': 'Vegye fel a határidőt a naptárába (.ics fájl)',
  'calendar.summary': 'Az utolsó nap, amikor tiltakozhat a Meta MI-tanítása ellen',
  'calendar.description':
    'Ezen időpont előtt tiltakozzon a Facebook és az Instagram hivatalos űrlapjain, hogy a Meta ne tanítsa a mesterséges intelligenciáját az Ön nyilvános bejegyzéseivel. Útmutató: {url}',
  'calendar.reminder': 'Emlékeztető: tiltakozzon a határidő előtt a Meta MI-tanítása ellen',

  'notices.title': 'Mit mondtak az adatvédelmi hatóságok',
  'notices.description':
    'A hamburgi adatvédelmi hatóság, a norvég Datatilsynet és a klicksafe tájékoztatóinak összefoglalói a Meta MI-tanításáról.',
  'notices.intro':
    'Adatvédelmi hatóságok és online biztonsággal foglalkozó szolgálatok elmagyarázták, hogyan és miért érdemes tiltakozni. Itt saját szavainkkal foglaljuk össze, mit mondanak az egyes tájékoztatók, az eredetire mutató hivatkozással.',
  'notice.authority': 'Hatóság',
  'notice.published': 'Közzététel',
  'notice.round': 'Forduló',
  'notice.source': 'Eredeti',
  'notice.sourceLink': 'Az eredeti tájékoztató elolvasása',
  'notice.sourceHome': 'Közzétéve itt: {host}',
  'notice.sourceLanguage': 'Az eredeti nyelve: {language}',
  'notice.ourSummary': 'Ez a mi összefoglalónk, nem a hatóság saját szövege.',
  'notice.backToList': 'Összes tájékoztató',
  'notice.objectCta': 'Tiltakozzon most a hivatalos űrlapokon',

  'nav.guide': 'Hogyan tiltakozhat',
  'nav.timeline': 'Idővonal',
  'home.guideLink':
    'Olvassa el a teljes útmutatót: minden lépés, felhasználható szövegek, és hogy mire terjed ki a tiltakozás',
  'notice.guideLink': 'Hogyan tiltakozhat, lépésről lépésre',
  'timeline.title': 'Mi történt és mikor',
  'timeline.description':
    'A Meta azon terveinek dátumai, hogy az EU-ból és az EGT-ből származó bejegyzésekkel tanítsa a mesterséges intelligenciáját, a 2024-es első bejelentéstől a tanítás 2025-ös kezdetéig, mindegyik a forrásával.',
  'timeline.intro': 'Minden itt szereplő dátum hatóságtól, bíróságtól vagy más megnevezett forrásból származik.',
  'timeline.deadline': 'Határidő',
  'timeline.notice': 'Összefoglalónk erről a tájékoztatóról',

  'footer.embed': 'Tegye ki a visszaszámlálót a saját webhelyére',
  'footer.feed': 'Hírcsatorna (RSS)',
  'footer.translations': 'A fordítások állapota',

  'embed.title': 'Tegye ki a visszaszámlálót a saját webhelyére',
  'embed.description':
    'Ingyenes visszaszámláló widget partneroldalaknak: sütik és követés nélkül, az oldal összes nyelvén. Válassza ki a megjelenését, másolja ki a kódot, és illessze be az oldalába.',
  'embed.intro':
    'Fogyasztóvédelmi szervezetek, civil szervezetek, blogok és hatóságok a saját oldalukon is megjeleníthetik a visszaszámlálónkat. Magától frissül: amikor lejár a határidő, a widget minden példánya azt mutatja, mit ér el még a tiltakozás.',
  'embed.optionsHeading': 'Válassza ki a megjelenést',
  'embed.language': 'Nyelv',
  'embed.theme': 'Színek',
  'embed.themeAuto': 'Az olvasó eszközének beállítása szerint',
  'embed.themeLight': 'Világos',
  'embed.themeDark': 'Sötét',
  'embed.size': 'Méret',
  'embed.sizeFull': 'Teljes: számok és magyarázat',
  'embed.sizeCompact': 'Tömör: a lényeg',
  'embed.previewHeading': 'Előnézet',
  'embed.iframeHeading': 'Beágyazás iframe-mel: mindenhol működik',
  'embed.iframeNote':
    'Ezt válassza, ha a webhelye nem engedélyezi a szkripteket. Sok tartalomkezelő rendszer nem engedélyezi őket.',
  'embed.scriptHeading': 'Beágyazás szkripttel: igazítja a magasságát',
  'embed.scriptNote':
    'A szkript a hivatkozást widgetté alakítja, és gondoskodik a megfelelő magasságáról. JavaScript nélkül az olvasói a hivatkozást látják.',
  'embed.copy': 'Kód másolása',
  'embed.copied': 'A kód a vágólapra került.',
  'embed.copyFailed': 'A másolás nem sikerült. Jelölje ki a kódot, és másolja ki saját maga.',
  'embed.privacyHeading': 'Adatvédelem',
  'embed.privacy':
    'A widget nem helyez el sütiket, semmit nem tárol a böngészőben, senkit nem követ, és nem küld kérést más kiszolgálónak. Elkülönített (sandbox) keretben fut, amely nem tudja olvasni az Ön oldalát.',
  'embed.licenceHeading': 'Licenc',
  'embed.licence': 'A widgetet bármely webhelyen ingyenesen használhatja. A kódja MIT-licenc alatt áll.',
  'widget.title': 'Visszaszámlálás: tiltakozás a Meta MI-tanítása ellen',
  'widget.more': 'Hogyan tiltakozhat',

  'share.heading': 'Az oldal megosztása',
  'share.native': 'Megosztás…',
  'share.copyLink': 'Hivatkozás másolása',
  'share.copied': 'A hivatkozás a vágólapra került.',
  'share.copyFailed': 'A másolás nem sikerült. Másolja ki a címet a böngésző címsorából.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Az Ön Mastodon-szervere',
  'share.mastodonHint': 'Például mastodon.social. Csak ez a böngésző jegyzi meg.',
  'share.mastodonGo': 'Megosztás a Mastodonon',
  'share.mastodonInvalid': 'Adjon meg egy szervernevet, például: mastodon.social.',
  'share.textUpcoming':
    'Tiltakozzon {date} előtt, hogy a Meta ne tanítsa a mesterséges intelligenciáját az Ön Facebook- és Instagram-bejegyzéseivel. Így teheti meg:',
  'share.textPassed':
    'A Meta nyilvános Facebook- és Instagram-bejegyzésekkel tanítja a mesterséges intelligenciáját. Ön továbbra is tiltakozhat: ez azt védi, amit mostantól közzétesz. Így teheti meg:',
  'share.textPaused':
    'A Meta felfüggesztette a tervét, hogy Facebook- és Instagram-bejegyzésekkel tanítsa a mesterséges intelligenciáját. Így tiltakozhat arra az esetre, ha újrakezdené:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: hírek',
  'feed.description':
    'Az adatvédelmi hatóságok új tájékoztatói és a Meta MI-tanításának állapotában bekövetkezett változások.',
  'feed.roundAnnounced':
    '{year}. évi forduló: a Meta bejelenti, hogy az Ön bejegyzéseivel tanítja a mesterséges intelligenciáját; tiltakozzon {date} előtt',
  'feed.roundPaused': '{year}. évi forduló: a Meta felfüggeszti a tervét',
  'feed.roundStarted': '{year}. évi forduló: a Meta megkezdte a mesterséges intelligenciája tanítását',

  'translations.title': 'A fordítások állapota',
  'translations.description':
    'Az oldal mely lapjai melyik nyelvre vannak lefordítva, és melyek jelennek meg egyelőre angolul.',
  'translations.intro':
    'Minden lap minden nyelven elérhető. Ha egy tájékoztató még nincs lefordítva, a lapja az angol szöveget mutatja, a tetején egy megjegyzéssel.',
  'translations.language': 'Nyelv',
  'translations.translated': 'Lefordítva',
  'translations.fallback': 'Egyelőre angolul',
  'translations.page': 'Lap',
  'fallback.notice': 'Ez a szöveg még nincs lefordítva {language} nyelvre. Az angol változatot olvassa.',

  'notFound.title': 'Az oldal nem található',
  'notFound.description': 'Ez az oldal nem létezik.',
  'notFound.body': 'Ezen a címen nincs oldal. Lehet, hogy áthelyezték, vagy elírás van a hivatkozásban.',
  'notFound.home': 'Ugrás a kezdőlapra',
} as const satisfies UiStrings;
