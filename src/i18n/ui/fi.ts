import type { UiStrings } from './en';

export const fi = {
  'site.name': 'Vastusta Meta AI:ta',
  'site.tagline': 'Näin estät Metaa kouluttamasta tekoälyään Facebook- ja Instagram-julkaisuillasi',
  'skip.toContent': 'Siirry pääsisältöön',
  'nav.label': 'Päävalikko',
  'nav.home': 'Etusivu',
  'nav.notices': 'Viranomaisten tiedotteet',
  'lang.label': 'Kieli',
  'lang.current': '{language} (nykyinen kieli)',
  'lang.choose': 'Valitse kieli',
  'lang.chooseIntro':
    'Tämä sivusto kertoo usealla kielellä, miten voit vastustaa sitä, että Meta käyttää julkaisujasi tekoälynsä kouluttamiseen.',
  'footer.about':
    'Riippumaton tietosivusto. Sitä ei ylläpidä Meta eikä mikään tietosuojaviranomainen. Jokainen sivuston päivämäärä ja linkki on peräisin nimetystä lähteestä.',
  'footer.privacy': 'Ei evästeitä, ei seurantaa, ei pyyntöjä muille sivustoille.',
  'footer.licence': 'Lähdekoodi on julkaistu MIT-lisenssillä.',
  'footer.reviewed': 'Sisältö tarkistettu viimeksi {date}.',
  'footer.built': 'Sivu luotu {date}.',
  'external.newTab': '(avaa toisen sivuston)',

  'home.title': 'Vastusta sitä, että Meta kouluttaa tekoälyään julkaisuillasi',
  'home.description':
    'Meta kouluttaa tekoälyään EU:n ja ETA:n julkisilla Facebook- ja Instagram-julkaisuilla, ellet vastusta sitä. Katso, mikä tilanne on ja miten voit vastustaa.',
  'home.intro':
    'Meta käyttää EU:n ja ETA:n aikuisten julkisia julkaisuja, kuvia ja kommentteja tekoälynsä kouluttamiseen. Meta ei pyydä suostumusta, vaan vetoaa ”oikeutettuun etuun”. Sinulla on oikeus vastustaa tätä.',
  'home.stepsHeading': 'Vastusta kolmessa vaiheessa',
  'home.step1': 'Kirjaudu Facebookiin tai Instagramiin selaimessa.',
  'home.step2':
    'Avaa virallinen vastustamislomake, valitse maasi ja kirjoita tilisi sähköpostiosoite. Perustelu on vapaaehtoinen.',
  'home.step3': 'Lähetä lomake ja säilytä vahvistusviesti, jonka Meta lähettää sinulle sähköpostitse.',
  'home.formsHeading': 'Viralliset lomakkeet',
  'home.noticesHeading': 'Mitä viranomaiset ovat sanoneet',
  'home.noticesLink': 'Lue tietosuojaviranomaisten tiedotteet',

  'form.facebook': 'Facebookin vastustamislomake',
  'form.instagram': 'Instagramin vastustamislomake',
  'form.destination': 'Avaa sivuston {host}',

  'status.heading': 'Tilanne nyt',
  'status.upcoming':
    'Meta aikoo aloittaa tekoälynsä kouluttamisen julkisilla julkaisuillasi {date}. Vastusta ennen sitä, niin kaikki julkaisusi jäävät koulutuksen ulkopuolelle.',
  'status.paused':
    'Meta keskeytti suunnitelmansa {date} Irlannin tietosuojaviranomaisen (Data Protection Commission) pyynnöstä.',
  'status.passed':
    'Meta aloitti {date} tekoälynsä kouluttamisen EU:n ja ETA:n julkisella Facebook- ja Instagram-sisällöllä. Voit yhä vastustaa: se suojaa sitä, mitä julkaiset siitä lähtien.',

  'round.name': 'Kierros {year}',
  'rounds.heading': 'Molemmat kierrokset lyhyesti',
  'rounds.deadline': 'Määräaika: {date}',
  'rounds.paused': 'Meta keskeytti {date}',
  'rounds.trainingStart': 'Koulutus alkoi {date}',
  'rounds.source': 'Lähde: {source}',

  'state.upcoming': 'Avoinna',
  'state.urgent': 'Alle 48 tuntia jäljellä',
  'state.passed': 'Määräaika on päättynyt',
  'state.paused': 'Keskeytetty',

  'countdown.heading': 'Vastustamisen määräaika',
  'countdown.deadline': 'Vastusta ennen määräajan päättymistä: {datetime}.',
  'countdown.yourZone': 'Sinun aikavyöhykkeelläsi ({zone}) se on {datetime}.',
  'countdown.asOfBuild': 'Tilanne, kun tämä sivu luotiin ({date}): {state}.',
  'countdown.passed': 'Määräaika on päättynyt. Siitä on nyt kulunut {elapsed}.',
  'countdown.passedMeaning':
    'Jos vastustat nyt, se, mitä julkaiset tästä eteenpäin, jää edelleen koulutuksen ulkopuolelle. Sitä, mitä Meta on jo käyttänyt, ei voi enää poistaa Metan tekoälystä.',
  'countdown.paused': 'Meta keskeytti tämän kierroksen {date}, ennen määräajan päättymistä.',
  'countdown.pausedMeaning':
    'Metan ja Norjan tietosuojaviranomaisen Datatilsynetin mukaan tällä kierroksella lähetetyt vastustamiset ovat edelleen voimassa.',
  'countdown.announce': 'Aikaa vastustaa on jäljellä {duration}.',
  'countdown.clockWarning':
    'Laitteesi kellon mukaan päivämäärä on {now}. Tämä sivu luotiin kuitenkin myöhemmin ({built}). Jos kellosi on väärässä, myös nämä luvut ovat väärin.',
  'countdown.calendar': 'Lisää määräaika kalenteriisi (.ics-tiedosto)',
  'calendar.summary': 'Viimeinen päivä vastustaa Metan tekoälykoulutusta',
  'calendar.description':
    'Vastusta ennen tätä ajankohtaa Facebookin ja Instagramin virallisilla lomakkeilla, jotta Meta ei kouluta tekoälyään julkisilla julkaisuillasi. Ohje: {url}',
  'calendar.reminder': 'Muistutus: vastusta Metan tekoälykoulutusta ennen määräajan päättymistä',

  'notices.title': 'Mitä tietosuojaviranomaiset ovat sanoneet',
  'notices.description':
    'Tiivistelmät Hampurin tietosuojaviranomaisen, Norjan Datatilsynetin ja klicksafen tiedotteista, jotka koskevat Metan tekoälykoulutusta.',
  'notices.intro':
    'Tietosuojaviranomaiset ja verkkoturvallisuuspalvelut ovat kertoneet, miten ja miksi voit vastustaa. Tässä on jokaisen tiedotteen sisältö omin sanoin kerrottuna ja linkki alkuperäiseen.',
  'notice.authority': 'Viranomainen',
  'notice.published': 'Julkaistu',
  'notice.round': 'Kierros',
  'notice.source': 'Alkuperäinen',
  'notice.sourceLink': 'Lue alkuperäinen tiedote',
  'notice.sourceHome': 'Julkaistu sivustolla {host}',
  'notice.sourceLanguage': 'Alkuperäisen tiedotteen kieli: {language}',
  'notice.ourSummary': 'Tämä on meidän tiivistelmämme, ei viranomaisen oma teksti.',
  'notice.backToList': 'Kaikki tiedotteet',
  'notice.objectCta': 'Vastusta nyt virallisilla lomakkeilla',

  'nav.guide': 'Näin vastustat',
  'nav.timeline': 'Aikajana',
  'home.guideLink': 'Lue koko ohje: jokainen vaihe, valmiita tekstejä ja mitä vastustaminen kattaa',
  'notice.guideLink': 'Näin vastustat vaihe vaiheelta',
  'timeline.title': 'Mitä tapahtui ja milloin',
  'timeline.description':
    'Päivämäärät Metan suunnitelmista kouluttaa tekoälyään EU:n ja ETA:n julkaisuilla ensimmäisestä ilmoituksesta vuonna 2024 koulutuksen alkuun vuonna 2025, kukin lähteineen.',
  'timeline.intro':
    'Jokainen tämän sivun päivämäärä on peräisin viranomaiselta, tuomioistuimelta tai muusta nimetystä lähteestä.',
  'timeline.deadline': 'Määräaika',
  'timeline.notice': 'Tiivistelmämme tästä tiedotteesta',

  'footer.embed': 'Lisää lähtölaskenta omalle sivustollesi',
  'footer.feed': 'Uutissyöte (RSS)',
  'footer.translations': 'Käännösten tilanne',

  'embed.title': 'Lisää lähtölaskenta omalle sivustollesi',
  'embed.description':
    'Maksuton lähtölaskentawidget kumppanisivustoille: ei evästeitä, ei seurantaa, kaikilla tämän sivuston kielillä. Valitse ulkoasu, kopioi koodi ja liitä se sivullesi.',
  'embed.intro':
    'Kuluttajajärjestöt, kansalaisjärjestöt, blogit ja viranomaiset voivat näyttää lähtölaskentaamme omilla sivuillaan. Se päivittyy itsestään: kun määräaika on päättynyt, jokainen widgetin kopio kertoo, mitä vastustamisella voi yhä saada aikaan.',
  'embed.optionsHeading': 'Valitse ulkoasu',
  'embed.language': 'Kieli',
  'embed.theme': 'Värit',
  'embed.themeAuto': 'Lukijan laitteen mukaan',
  'embed.themeLight': 'Vaalea',
  'embed.themeDark': 'Tumma',
  'embed.size': 'Koko',
  'embed.sizeFull': 'Täysi: luvut ja selitys',
  'embed.sizeCompact': 'Tiivis: vain olennainen',
  'embed.previewHeading': 'Esikatselu',
  'embed.iframeHeading': 'Upota iframe-kehyksellä: toimii kaikkialla',
  'embed.iframeNote':
    'Käytä tätä, jos sivustosi ei salli skriptejä. Monet sisällönhallintajärjestelmät eivät salli niitä.',
  'embed.scriptHeading': 'Upota skriptillä: säätää korkeutensa',
  'embed.scriptNote':
    'Skripti muuttaa linkin widgetiksi ja pitää sen korkeuden oikeana. Ilman JavaScriptiä lukijasi näkevät linkin.',
  'embed.copy': 'Kopioi koodi',
  'embed.copied': 'Koodi kopioitu leikepöydälle.',
  'embed.copyFailed': 'Kopiointi ei onnistunut. Valitse koodi ja kopioi se itse.',
  'embed.privacyHeading': 'Yksityisyys',
  'embed.privacy':
    'Widget ei aseta evästeitä, ei tallenna mitään selaimeen, ei seuraa ketään eikä lähetä pyyntöjä muille palvelimille. Se toimii eristetyssä kehyksessä (sandbox), joka ei voi lukea sivuasi.',
  'embed.licenceHeading': 'Lisenssi',
  'embed.licence': 'Voit käyttää widgetiä maksutta millä tahansa sivustolla. Sen koodi on julkaistu MIT-lisenssillä.',
  'widget.title': 'Lähtölaskenta: vastusta Metan tekoälykoulutusta',
  'widget.more': 'Näin vastustat',

  'share.heading': 'Jaa tämä sivu',
  'share.native': 'Jaa…',
  'share.copyLink': 'Kopioi linkki',
  'share.copied': 'Linkki kopioitu.',
  'share.copyFailed': 'Kopiointi ei onnistunut. Kopioi osoite selaimesi osoiteriviltä.',
  'share.email': 'Sähköposti',
  'share.mastodonServer': 'Mastodon-palvelimesi',
  'share.mastodonHint': 'Esimerkiksi mastodon.social. Se muistetaan vain tässä selaimessa.',
  'share.mastodonGo': 'Jaa Mastodonissa',
  'share.mastodonInvalid': 'Kirjoita palvelimen nimi, esimerkiksi mastodon.social.',
  'share.textUpcoming':
    'Vastusta ennen {date}, jotta Meta ei kouluta tekoälyään Facebook- ja Instagram-julkaisuillasi. Näin se tehdään:',
  'share.textPassed':
    'Meta kouluttaa tekoälyään julkisilla Facebook- ja Instagram-julkaisuilla. Voit yhä vastustaa: se suojaa sitä, mitä julkaiset tästä eteenpäin. Näin se tehdään:',
  'share.textPaused':
    'Meta on keskeyttänyt suunnitelmansa kouluttaa tekoälyä Facebook- ja Instagram-julkaisuilla. Näin vastustat sen varalta, että koulutus alkaa uudelleen:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: uutiset',
  'feed.description': 'Tietosuojaviranomaisten uudet tiedotteet ja muutokset Metan tekoälykoulutuksen tilanteessa.',
  'feed.roundAnnounced': 'Kierros {year}: Meta ilmoittaa kouluttavansa tekoälyä julkaisuillasi; vastusta ennen {date}',
  'feed.roundPaused': 'Kierros {year}: Meta keskeyttää suunnitelmansa',
  'feed.roundStarted': 'Kierros {year}: Meta on aloittanut tekoälynsä kouluttamisen',

  'translations.title': 'Käännösten tilanne',
  'translations.description':
    'Mitkä tämän sivuston sivut on käännetty millekin kielelle ja mitkä näyttävät toistaiseksi englanninkielisen tekstin.',
  'translations.intro':
    'Jokainen sivu on olemassa jokaisella kielellä. Jos tiedotetta ei ole vielä käännetty, sivulla näkyy englanninkielinen teksti, ja sivun yläreunassa on siitä huomautus.',
  'translations.language': 'Kieli',
  'translations.translated': 'Käännetty',
  'translations.fallback': 'Toistaiseksi englanniksi',
  'translations.page': 'Sivu',
  'fallback.notice':
    'Tätä tekstiä ei ole vielä käännetty seuraavalle kielelle: {language}. Luet englanninkielistä versiota.',

  'notFound.title': 'Sivua ei löytynyt',
  'notFound.description': 'Tätä sivua ei ole olemassa.',
  'notFound.body': 'Tässä osoitteessa ei ole sivua. Se on ehkä siirretty, tai linkissä voi olla kirjoitusvirhe.',
  'notFound.home': 'Siirry etusivulle',
} as const satisfies UiStrings;
