import type { UiStrings } from './en';

export const nb = {
  'site.name': 'Protester mot Meta AI',
  'site.tagline': 'Slik hindrer du at Meta trener KI-en sin på innleggene dine på Facebook og Instagram',
  'skip.toContent': 'Gå til hovedinnholdet',
  'nav.label': 'Hovedmeny',
  'nav.home': 'Forside',
  'nav.notices': 'Meldinger fra myndighetene',
  'lang.label': 'Språk',
  'lang.current': '{language} (valgt språk)',
  'lang.choose': 'Velg språk',
  'lang.chooseIntro':
    'Dette nettstedet forklarer på flere språk hvordan du kan protestere mot at Meta bruker innleggene dine til å trene KI-en sin.',
  'footer.about':
    'Et uavhengig informasjonsnettsted. Det drives ikke av Meta eller av noen personvernmyndighet. Alle datoer og lenker her kommer fra en navngitt kilde.',
  'footer.privacy': 'Ingen informasjonskapsler, ingen sporing, ingen forespørsler til andre nettsteder.',
  'footer.licence': 'Kildekoden er lisensiert under MIT-lisensen.',
  'footer.reviewed': 'Innholdet ble sist kontrollert {date}.',
  'footer.built': 'Siden ble laget {date}.',
  'external.newTab': '(åpner et annet nettsted)',

  'home.title': 'Protester mot at Meta trener KI-en sin på innleggene dine',
  'home.description':
    'Meta trener KI-en sin på offentlige innlegg fra Facebook og Instagram i EU og EØS, med mindre du protesterer. Se hvor saken står, og hvordan du protesterer.',
  'home.intro':
    'Meta bruker offentlige innlegg, bilder og kommentarer fra voksne i EU og EØS til å trene KI-en sin. Meta ber ikke om samtykke, men viser til «berettiget interesse». Du har rett til å protestere.',
  'home.stepsHeading': 'Protester i tre steg',
  'home.step1': 'Logg inn på Facebook eller Instagram i nettleseren din.',
  'home.step2':
    'Åpne det offisielle protestskjemaet, velg land og skriv inn e-postadressen til kontoen din. Det er valgfritt å begrunne protesten.',
  'home.step3': 'Send skjemaet, og ta vare på e-posten med bekreftelsen som Meta sender deg.',
  'home.formsHeading': 'De offisielle skjemaene',
  'home.noticesHeading': 'Hva myndighetene har sagt',
  'home.noticesLink': 'Les meldingene fra personvernmyndighetene',

  'form.facebook': 'Protestskjema for Facebook',
  'form.instagram': 'Protestskjema for Instagram',
  'form.destination': 'Åpner {host}',

  'status.heading': 'Slik står saken',
  'status.upcoming':
    'Meta planlegger å trene KI-en sin på de offentlige innleggene dine fra {date}. Protester før det, så holdes alle innleggene dine utenfor.',
  'status.paused':
    'Meta satte planen på pause {date}, etter at det irske datatilsynet (Data Protection Commission) ba om det.',
  'status.passed':
    'Meta begynte {date} å trene KI-en sin på offentlig innhold fra Facebook og Instagram i EU og EØS. Du kan fortsatt protestere. Protesten beskytter det du legger ut etter at du har protestert.',

  'round.name': 'Runde {year}',
  'rounds.heading': 'Oversikt over begge rundene',
  'rounds.deadline': 'Frist: {date}',
  'rounds.paused': 'Satt på pause av Meta {date}',
  'rounds.trainingStart': 'Treningen begynte {date}',
  'rounds.source': 'Kilde: {source}',

  'state.upcoming': 'Åpen',
  'state.urgent': 'Under 48 timer igjen',
  'state.passed': 'Fristen er ute',
  'state.paused': 'På pause',

  'countdown.heading': 'Frist for å protestere',
  'countdown.deadline': 'Protester innen {datetime}.',
  'countdown.yourZone': 'I din tidssone ({zone}) er det {datetime}.',
  'countdown.asOfBuild': 'Status da denne siden ble laget ({date}): {state}.',
  'countdown.passed': 'Fristen gikk ut for {elapsed} siden.',
  'countdown.passedMeaning':
    'Protesterer du nå, holdes det du legger ut fra nå av, fortsatt utenfor treningen. Det Meta allerede har brukt, kan ikke tas ut av KI-en igjen.',
  'countdown.paused': 'Meta satte denne runden på pause {date}, før fristen gikk ut.',
  'countdown.pausedMeaning': 'Ifølge Meta og Datatilsynet gjelder protester som ble sendt i denne runden, fortsatt.',
  'countdown.announce': 'Du har {duration} igjen til å protestere.',
  'countdown.clockWarning':
    'Klokken på enheten din viser {now}. Det er tidligere enn da denne siden ble laget ({built}). Hvis klokken din går feil, er også disse tallene feil.',
  'countdown.calendar': 'Legg fristen inn i kalenderen din (.ics-fil)',
  'calendar.summary': 'Siste dag for å protestere mot KI-treningen til Meta',
  'calendar.description':
    'Protester før dette tidspunktet i de offisielle skjemaene til Facebook og Instagram, slik at Meta ikke trener KI-en sin på de offentlige innleggene dine. Veiledning: {url}',
  'calendar.reminder': 'Påminnelse: Protester mot KI-treningen til Meta før fristen går ut',

  'notices.title': 'Hva personvernmyndighetene har sagt',
  'notices.description':
    'Sammendrag av meldingene fra personvernmyndigheten i Hamburg, Datatilsynet og klicksafe om KI-treningen til Meta.',
  'notices.intro':
    'Personvernmyndigheter og tjenester for tryggere nettbruk har forklart hvordan og hvorfor du kan protestere. Her er hva hver melding sier, med våre egne ord og en lenke til originalen.',
  'notice.authority': 'Myndighet',
  'notice.published': 'Publisert',
  'notice.round': 'Runde',
  'notice.source': 'Original',
  'notice.sourceLink': 'Les den opprinnelige meldingen',
  'notice.sourceHome': 'Publisert på {host}',
  'notice.sourceLanguage': 'Språket i originalen: {language}',
  'notice.ourSummary': 'Dette er vårt sammendrag, ikke myndighetens egen tekst.',
  'notice.backToList': 'Alle meldinger',
  'notice.objectCta': 'Protester nå i de offisielle skjemaene',

  'nav.guide': 'Slik protesterer du',
  'nav.timeline': 'Tidslinje',
  'home.guideLink': 'Les hele veiledningen: hvert steg, tekster du kan bruke, og hva en protest dekker',
  'notice.guideLink': 'Slik protesterer du, steg for steg',
  'timeline.title': 'Hva skjedde når',
  'timeline.description':
    'Datoene for Metas planer om å trene KI-en sin på innlegg fra EU og EØS, fra den første kunngjøringen i 2024 til treningen startet i 2025, hver med kilde.',
  'timeline.intro': 'Hver dato her kommer fra en myndighet, en domstol eller en annen navngitt kilde.',
  'timeline.deadline': 'Frist',
  'timeline.notice': 'Vårt sammendrag av denne meldingen',

  'footer.embed': 'Vis nedtellingen på nettstedet ditt',
  'footer.feed': 'Nyheter som feed (RSS)',
  'footer.translations': 'Status for oversettelser',

  'embed.title': 'Vis nedtellingen på nettstedet ditt',
  'embed.description':
    'En gratis nedtellingswidget for partnernettsteder: uten informasjonskapsler, uten sporing, på alle språkene til dette nettstedet. Velg utseende, kopier koden og lim den inn på siden din.',
  'embed.intro':
    'Forbrukerorganisasjoner, frivillige organisasjoner, blogger og myndigheter kan vise nedtellingen vår på sine egne sider. Den oppdaterer seg selv: Når fristen er ute, forteller hver kopi av widgeten hva en protest fortsatt gjør.',
  'embed.optionsHeading': 'Velg utseende',
  'embed.language': 'Språk',
  'embed.theme': 'Farger',
  'embed.themeAuto': 'Som leserens enhet',
  'embed.themeLight': 'Lys',
  'embed.themeDark': 'Mørk',
  'embed.size': 'Størrelse',
  'embed.sizeFull': 'Full: tall og forklaring',
  'embed.sizeCompact': 'Kompakt: det viktigste',
  'embed.previewHeading': 'Forhåndsvisning',
  'embed.iframeHeading': 'Bygg inn med en iframe: virker overalt',
  'embed.iframeNote':
    'Bruk denne hvis nettstedet ditt ikke tillater skript, slik mange publiseringssystemer ikke gjør.',
  'embed.scriptHeading': 'Bygg inn med et skript: tilpasser høyden',
  'embed.scriptNote':
    'Skriptet gjør lenken om til widgeten og holder høyden riktig. Uten JavaScript ser leserne lenken.',
  'embed.copy': 'Kopier koden',
  'embed.copied': 'Koden er kopiert til utklippstavlen.',
  'embed.copyFailed': 'Kunne ikke kopiere. Merk koden og kopier den selv.',
  'embed.privacyHeading': 'Personvern',
  'embed.privacy':
    'Widgeten setter ingen informasjonskapsler, lagrer ingenting i nettleseren, sporer ingen og sender ingen forespørsler til andre servere. Den kjører i en avskjermet ramme som ikke kan lese siden din.',
  'embed.licenceHeading': 'Lisens',
  'embed.licence': 'Du kan bruke widgeten gratis på alle nettsteder. Koden er lisensiert under MIT-lisensen.',
  'widget.title': 'Nedtelling: protester mot Metas KI-trening',
  'widget.more': 'Slik protesterer du',

  'share.heading': 'Del denne siden',
  'share.native': 'Del …',
  'share.copyLink': 'Kopier lenken',
  'share.copied': 'Lenken er kopiert.',
  'share.copyFailed': 'Kunne ikke kopiere. Kopier adressen fra adressefeltet i nettleseren.',
  'share.email': 'E-post',
  'share.mastodonServer': 'Mastodon-serveren din',
  'share.mastodonHint': 'For eksempel mastodon.social. Den huskes bare i denne nettleseren.',
  'share.mastodonGo': 'Del på Mastodon',
  'share.mastodonInvalid': 'Skriv inn et servernavn, for eksempel mastodon.social.',
  'share.textUpcoming':
    'Protester innen {date}, så Meta ikke trener KI-en sin på Facebook- og Instagram-innleggene dine. Slik gjør du det:',
  'share.textPassed':
    'Meta trener KI-en sin på offentlige innlegg fra Facebook og Instagram. Du kan fortsatt protestere: Det beskytter det du legger ut fra nå av. Slik gjør du det:',
  'share.textPaused':
    'Meta har satt planen om å trene KI på innlegg fra Facebook og Instagram på pause. Slik protesterer du i tilfelle den starter igjen:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: nyheter',
  'feed.description': 'Nye meldinger fra personvernmyndigheter og endringer i statusen for Metas KI-trening.',
  'feed.roundAnnounced': 'Runde {year}: Meta kunngjør KI-trening på innleggene dine; protester innen {date}',
  'feed.roundPaused': 'Runde {year}: Meta setter planen på pause',
  'feed.roundStarted': 'Runde {year}: Meta har startet KI-treningen',

  'translations.title': 'Status for oversettelser',
  'translations.description':
    'Hvilke sider på dette nettstedet som er oversatt til hvilke språk, og hvilke som foreløpig viser den engelske teksten.',
  'translations.intro':
    'Alle sider finnes på alle språk. Der en melding ikke er oversatt ennå, viser siden den engelske teksten med en merknad øverst.',
  'translations.language': 'Språk',
  'translations.translated': 'Oversatt',
  'translations.fallback': 'Engelsk inntil videre',
  'translations.page': 'Side',
  'fallback.notice': 'Denne teksten er ikke oversatt til {language} ennå. Du leser den engelske versjonen.',

  'notFound.title': 'Fant ikke siden',
  'notFound.description': 'Denne siden finnes ikke.',
  'notFound.body':
    'Det finnes ingen side på denne adressen. Den kan ha blitt flyttet, eller lenken kan ha en skrivefeil.',
  'notFound.home': 'Gå til forsiden',
} as const satisfies UiStrings;
