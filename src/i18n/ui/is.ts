import type { UiStrings } from './en';

export const is = {
  'site.name': 'Andmæli gegn Meta AI',
  'site.tagline':
    'Svona kemur þú í veg fyrir að Meta þjálfi gervigreind sína á færslunum þínum á Facebook og Instagram',
  'skip.toContent': 'Fara beint í meginmál',
  'nav.label': 'Aðalvalmynd',
  'nav.home': 'Forsíða',
  'nav.notices': 'Tilkynningar yfirvalda',
  'lang.label': 'Tungumál',
  'lang.current': '{language} (núverandi tungumál)',
  'lang.choose': 'Veldu tungumál',
  'lang.chooseIntro':
    'Þessi vefur útskýrir á nokkrum tungumálum hvernig þú getur andmælt því að Meta noti færslurnar þínar til að þjálfa gervigreind sína.',
  'footer.about':
    'Óháður upplýsingavefur. Hann er hvorki rekinn af Meta né neinu persónuverndaryfirvaldi. Allar dagsetningar og tenglar hér koma frá nafngreindri heimild.',
  'footer.privacy': 'Engar vafrakökur, engin rakning, engar beiðnir til annarra vefja.',
  'footer.licence': 'Frumkóðinn er gefinn út með MIT-leyfi.',
  'footer.reviewed': 'Efnið var síðast yfirfarið {date}.',
  'footer.built': 'Síðan var búin til {date}.',
  'external.newTab': '(opnar annan vef)',

  'home.title': 'Andmæltu því að Meta þjálfi gervigreind sína á færslunum þínum',
  'home.description':
    'Meta þjálfar gervigreind sína á opinberum færslum á Facebook og Instagram frá ESB og EES nema þú andmælir. Sjáðu hver staðan er og hvernig þú andmælir.',
  'home.intro':
    'Meta notar opinberar færslur, myndir og athugasemdir fullorðinna í ESB og EES til að þjálfa gervigreind sína. Fyrirtækið biður ekki um samþykki heldur byggir á „lögmætum hagsmunum“. Þú átt rétt á að andmæla.',
  'home.stepsHeading': 'Andmæltu í þremur skrefum',
  'home.step1': 'Skráðu þig inn á Facebook eða Instagram í vafranum þínum.',
  'home.step2':
    'Opnaðu opinbera andmælaeyðublaðið, veldu landið þitt og sláðu inn netfang reikningsins þíns. Það er valfrjálst að tilgreina ástæðu.',
  'home.step3': 'Sendu eyðublaðið og geymdu staðfestingarpóstinn sem Meta sendir þér.',
  'home.formsHeading': 'Opinberu eyðublöðin',
  'home.noticesHeading': 'Hvað yfirvöld hafa sagt',
  'home.noticesLink': 'Lestu tilkynningar persónuverndaryfirvalda',

  'form.facebook': 'Andmælaeyðublað Facebook',
  'form.instagram': 'Andmælaeyðublað Instagram',
  'form.destination': 'Opnar {host}',

  'status.heading': 'Hver staðan er',
  'status.upcoming':
    'Meta hyggst byrja að þjálfa gervigreind sína á opinberu færslunum þínum {date}. Andmæltu fyrir þann tíma til að halda öllum færslunum þínum utan við þjálfunina.',
  'status.paused':
    'Meta gerði hlé á áformum sínum {date}, eftir að írska persónuverndarstofnunin (Data Protection Commission) fór fram á það.',
  'status.passed':
    'Meta byrjaði {date} að þjálfa gervigreind sína á opinberu efni frá Facebook og Instagram í ESB og EES. Þú getur enn andmælt: andmælin vernda það sem þú birtir frá þeim tíma.',

  'round.name': 'Lota {year}',
  'rounds.heading': 'Yfirlit yfir báðar loturnar',
  'rounds.deadline': 'Frestur: {date}',
  'rounds.paused': 'Meta gerði hlé {date}',
  'rounds.trainingStart': 'Þjálfunin hófst {date}',
  'rounds.source': 'Heimild: {source}',

  'state.upcoming': 'Opið',
  'state.urgent': 'Innan við 48 klukkustundir eftir',
  'state.passed': 'Fresturinn er liðinn',
  'state.paused': 'Í hléi',

  'countdown.heading': 'Frestur til að andmæla',
  'countdown.deadline': 'Andmæltu fyrir þennan tíma: {datetime}.',
  'countdown.yourZone': 'Á þínu tímabelti ({zone}) er það {datetime}.',
  'countdown.asOfBuild': 'Staðan þegar þessi síða var búin til ({date}): {state}.',
  'countdown.passed': 'Fresturinn er liðinn. Tími sem er liðinn síðan: {elapsed}.',
  'countdown.passedMeaning':
    'Ef þú andmælir núna heldur þú samt því sem þú birtir héðan í frá utan við þjálfunina. Það sem Meta hefur þegar notað er ekki hægt að taka aftur út úr gervigreindinni.',
  'countdown.paused': 'Meta gerði hlé á þessari lotu {date}, áður en fresturinn rann út.',
  'countdown.pausedMeaning': 'Andmæli sem send voru í þessari lotu gilda enn, samkvæmt Meta og Datatilsynet.',
  'countdown.announce': '{duration} eftir til að andmæla.',
  'countdown.clockWarning':
    'Klukkan í tækinu þínu sýnir: {now}. Það er fyrr en þegar þessi síða var búin til ({built}). Ef klukkan þín er röng eru þessar tölur líka rangar.',
  'countdown.calendar': 'Settu frestinn í dagatalið þitt (.ics-skrá)',
  'calendar.summary': 'Síðasti dagur til að andmæla gervigreindarþjálfun Meta',
  'calendar.description':
    'Andmæltu fyrir þennan tíma á opinberu eyðublöðunum hjá Facebook og Instagram svo að Meta þjálfi ekki gervigreind sína á opinberu færslunum þínum. Leiðbeiningar: {url}',
  'calendar.reminder': 'Áminning: andmæltu gervigreindarþjálfun Meta áður en fresturinn rennur út',

  'notices.title': 'Hvað persónuverndaryfirvöld hafa sagt',
  'notices.description':
    'Samantektir á tilkynningum frá persónuverndaryfirvaldinu í Hamburg, norsku persónuverndarstofnuninni Datatilsynet og klicksafe um gervigreindarþjálfun Meta.',
  'notices.intro':
    'Persónuverndaryfirvöld og þjónustur um netöryggi sögðu fólki hvernig og hvers vegna það gæti andmælt. Hér er það sem hver tilkynning segir, með okkar eigin orðum og tengli á frumtextann.',
  'notice.authority': 'Yfirvald',
  'notice.published': 'Birt',
  'notice.round': 'Lota',
  'notice.source': 'Frumtexti',
  'notice.sourceLink': 'Lestu upprunalegu tilkynninguna',
  'notice.sourceHome': 'Birt á {host}',
  'notice.sourceLanguage': 'Tungumál frumtextans: {language}',
  'notice.ourSummary': 'Þetta er okkar samantekt, ekki texti yfirvaldsins sjálfs.',
  'notice.backToList': 'Allar tilkynningar',
  'notice.objectCta': 'Andmæltu núna á opinberu eyðublöðunum',

  'nav.guide': 'Svona andmælir þú',
  'nav.timeline': 'Tímalína',
  'home.guideLink': 'Lestu allar leiðbeiningarnar: hvert skref, texta sem þú getur notað og hvað andmæli ná yfir',
  'notice.guideLink': 'Svona andmælir þú, skref fyrir skref',
  'timeline.title': 'Hvað gerðist hvenær',
  'timeline.description':
    'Dagsetningar áforma Meta um að þjálfa gervigreind sína á færslum frá ESB og EES, frá fyrstu tilkynningunni árið 2024 til upphafs þjálfunarinnar árið 2025, hver með heimild.',
  'timeline.intro': 'Hver dagsetning hér kemur frá yfirvaldi, dómstól eða annarri nafngreindri heimild.',
  'timeline.deadline': 'Frestur',
  'timeline.notice': 'Samantekt okkar á þessari tilkynningu',

  'footer.embed': 'Settu niðurtalninguna á vefinn þinn',
  'footer.feed': 'Fréttastraumur (RSS)',
  'footer.translations': 'Staða þýðinga',

  'embed.title': 'Settu niðurtalninguna á vefinn þinn',
  'embed.description':
    'Ókeypis niðurtalningargræja fyrir samstarfsvefi: engar vafrakökur, engin rakning, á öllum tungumálum þessa vefs. Veldu útlit, afritaðu kóðann og límdu hann inn á síðuna þína.',
  'embed.intro':
    'Neytendasamtök, frjáls félagasamtök, blogg og yfirvöld geta sýnt niðurtalninguna okkar á eigin síðum. Hún uppfærist sjálf: þegar fresturinn er liðinn segir hvert eintak græjunnar hvaða gagn andmæli gera enn.',
  'embed.optionsHeading': 'Veldu útlit',
  'embed.language': 'Tungumál',
  'embed.theme': 'Litir',
  'embed.themeAuto': 'Fylgja tæki lesandans',
  'embed.themeLight': 'Ljóst',
  'embed.themeDark': 'Dökkt',
  'embed.size': 'Stærð',
  'embed.sizeFull': 'Full: tölur og skýring',
  'embed.sizeCompact': 'Þétt: aðalatriðin',
  'embed.previewHeading': 'Forskoðun',
  'embed.iframeHeading': 'Ívefja með iframe: virkar alls staðar',
  'embed.iframeNote': 'Notaðu þetta ef vefurinn þinn leyfir ekki skriftur, eins og á við um mörg vefumsjónarkerfi.',
  'embed.scriptHeading': 'Ívefja með skriftu: lagar hæðina sjálf',
  'embed.scriptNote':
    'Skriftan breytir tenglinum í græjuna og heldur hæðinni réttri. Án JavaScript sjá lesendur þínir tengilinn.',
  'embed.copy': 'Afrita kóða',
  'embed.copied': 'Kóðinn var afritaður á klippiborðið.',
  'embed.copyFailed': 'Ekki tókst að afrita. Veldu kóðann og afritaðu hann handvirkt.',
  'embed.privacyHeading': 'Persónuvernd',
  'embed.privacy':
    'Græjan setur engar vafrakökur, geymir ekkert í vafranum, rekur engan og sendir engar beiðnir til annarra netþjóna. Hún keyrir í einangruðum ramma (sandbox) sem getur ekki lesið síðuna þína.',
  'embed.licenceHeading': 'Leyfi',
  'embed.licence': 'Þú mátt nota græjuna á hvaða vef sem er, án endurgjalds. Kóðinn hennar er gefinn út með MIT-leyfi.',
  'widget.title': 'Niðurtalning: andmæltu gervigreindarþjálfun Meta',
  'widget.more': 'Svona andmælir þú',

  'share.heading': 'Deildu þessari síðu',
  'share.native': 'Deila…',
  'share.copyLink': 'Afrita tengil',
  'share.copied': 'Tengillinn var afritaður.',
  'share.copyFailed': 'Ekki tókst að afrita. Afritaðu slóðina úr veffangastiku vafrans.',
  'share.email': 'Tölvupóstur',
  'share.mastodonServer': 'Mastodon-netþjónninn þinn',
  'share.mastodonHint': 'Til dæmis mastodon.social. Hann er aðeins vistaður í þessum vafra.',
  'share.mastodonGo': 'Deila á Mastodon',
  'share.mastodonInvalid': 'Sláðu inn heiti netþjóns, til dæmis mastodon.social.',
  'share.textUpcoming':
    'Andmæltu fyrir {date} svo að Meta þjálfi ekki gervigreind sína á færslunum þínum á Facebook og Instagram. Svona ferðu að:',
  'share.textPassed':
    'Meta þjálfar gervigreind sína á opinberum færslum á Facebook og Instagram. Þú getur enn andmælt: andmælin vernda það sem þú birtir héðan í frá. Svona ferðu að:',
  'share.textPaused':
    'Meta hefur gert hlé á áformum sínum um að þjálfa gervigreind á færslum á Facebook og Instagram. Svona andmælir þú, ef áformin fara aftur af stað:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: fréttir',
  'feed.description':
    'Nýjar tilkynningar frá persónuverndaryfirvöldum og breytingar á stöðu gervigreindarþjálfunar Meta.',
  'feed.roundAnnounced': 'Lota {year}: Meta boðar gervigreindarþjálfun á færslunum þínum; andmæltu fyrir {date}',
  'feed.roundPaused': 'Lota {year}: Meta gerir hlé á áformum sínum',
  'feed.roundStarted': 'Lota {year}: Meta hefur hafið þjálfun gervigreindar sinnar',

  'translations.title': 'Staða þýðinga',
  'translations.description':
    'Hvaða síður þessa vefs eru þýddar á hvaða tungumál og hverjar sýna enska textann í bili.',
  'translations.intro':
    'Allar síður eru til á öllum tungumálum. Þar sem tilkynning hefur ekki enn verið þýdd sýnir síðan enska textann með athugasemd efst.',
  'translations.language': 'Tungumál',
  'translations.translated': 'Þýtt',
  'translations.fallback': 'Á ensku í bili',
  'translations.page': 'Síða',
  'fallback.notice':
    'Þessi texti hefur ekki enn verið þýddur á þetta tungumál ({language}). Þú ert að lesa ensku útgáfuna.',

  'notFound.title': 'Síðan fannst ekki',
  'notFound.description': 'Þessi síða er ekki til.',
  'notFound.body': 'Engin síða er á þessari slóð. Hún gæti hafa verið færð eða innsláttarvilla verið í tenglinum.',
  'notFound.home': 'Fara á forsíðuna',
} as const satisfies UiStrings;
