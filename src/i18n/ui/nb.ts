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

  'notFound.title': 'Fant ikke siden',
  'notFound.description': 'Denne siden finnes ikke.',
  'notFound.body': 'Det finnes ingen side på denne adressen. Den kan ha blitt flyttet, eller lenken kan ha en skrivefeil.',
  'notFound.home': 'Gå til forsiden',
} as const satisfies UiStrings;
