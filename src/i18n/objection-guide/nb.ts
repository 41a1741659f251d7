import type { ObjectionGuideContent } from './en';

/** The objection guide in Norwegian Bokmål. */
export const objectionGuideNb: ObjectionGuideContent = {
  title: 'Slik protesterer du, steg for steg',
  description:
    'Protester mot at Meta bruker innleggene dine på Facebook og Instagram til å trene KI: de offisielle skjemaene, hvert steg, tekster du kan bruke, og hva en protest omfatter.',
  intro:
    'Det tar omtrent fem minutter å protestere på hver plattform. Du trenger innloggingsopplysningene dine og tilgang til e-postadressen til kontoen din.',
  tocLabel: 'På denne siden',
  warning: 'Bruk bare de offisielle skjemaene som det lenkes til her. Meta ber aldri om passordet ditt i skjemaet.',

  facebook: {
    heading: 'Protester på Facebook',
    steps: [
      'Logg først inn på Facebook i nettleseren din. Skjemaet virker bare når du er logget inn.',
      'Åpne det offisielle protestskjemaet med knappen nedenfor. Det åpnes på {host}.',
      'Velg landet du bor i, fra listen.',
      'Skriv inn e-postadressen til Facebook-kontoen din.',
      'Fritekstfeltet er valgfritt: Du kan la det stå tomt eller lime inn en av tekstene nedenfor.',
      'Trykk på «Send».',
      'Meta kan sende en sikkerhetskode til e-postadressen din. Skriv den inn på siden med skjemaet.',
      'Meta bekrefter protesten din på e-post, ofte i løpet av noen minutter. Ta vare på denne e-posten. Den er beviset ditt.',
    ],
  },
  instagram: {
    heading: 'Protester på Instagram',
    steps: [
      'Logg først inn på Instagram i nettleseren din. Skjemaet virker bare når du er logget inn.',
      'Åpne det offisielle protestskjemaet med knappen nedenfor. Det åpnes på {host}.',
      'Velg landet du bor i, fra listen.',
      'Skriv inn e-postadressen til Instagram-kontoen din.',
      'Fritekstfeltet er valgfritt: Du kan la det stå tomt eller lime inn en av tekstene nedenfor.',
      'Trykk på «Send».',
      'Meta kan sende en sikkerhetskode til e-postadressen din. Skriv den inn på siden med skjemaet.',
      'Meta bekrefter protesten din på e-post, ofte i løpet av noen minutter. Ta vare på denne e-posten. Den er beviset ditt.',
    ],
  },
  stepsSource: 'Stegene slik klicksafe testet dem og personvernmyndigheten i Hamburg beskrev dem.',

  inApp: {
    heading: 'På mobilen, i appen',
    intro:
      'Du kan også protestere inne i appene. Meta flytter noen ganger på disse menyene. Finner du dem ikke, kan du bruke lenkene til skjemaene ovenfor.',
    facebook:
      'Facebook: Meny → Innstillinger og personvern → Innstillinger → Personvernregler → lenken for å protestere.',
    instagram: 'Instagram: Profil → Meny → Innstillinger → Om → Personvernregler → lenken for å protestere.',
    privacyCenter:
      'En annen mulighet: Personvernsenteret til Meta → AI hos Meta → send inn en forespørsel om å protestere.',
    source: 'Menyveiene slik pressen har omtalt dem. De kan se annerledes ut i din versjon av appen.',
  },

  texts: {
    heading: 'Hva du kan skrive',
    intro:
      'Du trenger ikke å oppgi noen grunn. Datatilsynet skriver at du ikke trenger å begrunne protesten, og Meta har sagt at selskapet godtar alle protester. Hvis du vil skrive noe, kan du kopiere en av disse tekstene inn i fritekstfeltet.',
    copy: 'Kopier teksten',
    copied: 'Kopiert til utklippstavlen.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    items: [
      {
        title: 'Kort og nøytralt',
        text: 'Jeg protesterer mot at mine personopplysninger, inkludert innleggene, bildene og kommentarene mine, brukes til å utvikle og forbedre KI hos Meta.',
      },
      {
        title: 'Om opphavsretten til dine egne innlegg',
        text: 'Jeg har opphavsretten til innholdet jeg legger ut, og jeg gir ikke tillatelse til at det brukes til KI-applikasjoner.',
        note: 'Bygger på formuleringen som klicksafe brukte med hell i testen sin.',
      },
      {
        title: 'Om dine personlige bekymringer',
        text: 'Innleggene og bildene mine er personlige. Når de først er brukt til å trene en KI-modell, kan de ikke tas ut igjen. Jeg vil ikke at opplysningene mine skal brukes til dette.',
      },
    ],
  },

  covers: {
    heading: 'Hva en protest omfatter',
    covered: 'Omfattet',
    notCovered: 'Ikke omfattet, eller brukes uansett ikke',
    items: [
      {
        kind: 'covered',
        text: 'De offentlige innleggene, bildene, bildetekstene og kommentarene dine, hvis du er voksen.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Det du skriver til chatboten Meta AI, uansett alder.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Private meldinger: Meta sier at selskapet ikke bruker dem til denne treningen.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Kontoer til personer under 18 år: Meta sier at selskapet ikke bruker innleggene deres.',
        source: 'presseoppslag',
      },
      {
        kind: 'notCovered',
        text: 'Innlegg og bilder som andre publiserer om deg: Protesten din gjelder ikke for dem.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Flere kontoer: Datatilsynet sier at én protest gjelder for alle kontoer som er koblet sammen i det samme kontosenteret. Andre kilder råder deg til å protestere for hver konto. Er du usikker, sender du begge skjemaene, én gang for hver konto.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: Ifølge presseoppslag brukes ikke private chatter, men meldinger du sender til Meta AI i WhatsApp, blir brukt. Det er ikke kjent noe eget protestskjema for WhatsApp.',
    whatsappSource: 'presseoppslag',
    thirdParty:
      'Data fra andre selskaper: Meta bruker også data som selskapet kjøper fra tredjeparter, til å trene KI-en sin. Dette kan også gjelde personer som ikke har konto. Personvernmyndigheten i Hamburg sier at Meta tilbyr en egen måte å protestere mot dette på. Vi har ikke kunnet bekrefte noen lenke til den, så vi viser ingen. Les meldingen fra Hamburg for flere detaljer.',
    thirdPartyLink: 'Meldingen fra Hamburg 12. juni 2024',
    sourceLabel: 'Kilde: {source}',
  },

  afterDeadline: {
    heading: 'Hvis fristen er ute',
    text: 'Du kan protestere når som helst. En protest holder det du legger ut fra da av, utenfor KI-treningen til Meta. Den kan ikke fjerne det Meta allerede har brukt: Data som har gått inn i en modell, kan ikke tas ut igjen.',
    earlier: 'Hvis du protesterte i 2024, gjelder den protesten fortsatt, ifølge Datatilsynet og Meta.',
    source: 'Personvernmyndigheten i Hamburg, 15. april 2025',
  },

  checklist: {
    heading: 'Sjekklisten din',
    intro:
      'Kryss av for det du har gjort. Avkryssingene lagres bare i denne nettleseren, og ingenting sendes noe sted.',
    items: [
      'Facebook-skjemaet er sendt',
      'Instagram-skjemaet er sendt',
      'E-posten med bekreftelsen er mottatt og tatt vare på',
    ],
    reset: 'Fjern avkryssingene mine',
  },

  faq: {
    heading: 'Vanlige spørsmål',
    items: [
      {
        question: 'Gjelder dette meg?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller eldre og har offentlig innhold på Facebook eller Instagram. I Storbritannia følger Meta en annen fremgangsmåte.',
      },
      {
        question: 'Jeg rakk ikke fristen. Er det for sent?',
        answer:
          'Nei. Du kan protestere når som helst. Protesten beskytter det du legger ut fra da av. Det Meta allerede har brukt til trening, kan ikke tas ut av KI-en igjen.',
      },
      {
        question: 'Må jeg oppgi en grunn?',
        answer:
          'Nei. Fritekstfeltet er valgfritt. Datatilsynet skriver at du ikke trenger å begrunne protesten, og Meta har sagt at selskapet godtar alle protester.',
      },
      {
        question: 'Jeg har flere kontoer. Hva gjør jeg?',
        answer:
          'Datatilsynet sier at én protest gjelder for kontoene som er koblet sammen i det samme kontosenteret. Er du usikker på om kontoene dine er koblet sammen, sender du skjemaet for Facebook og for Instagram, én gang for hver konto.',
      },
      {
        question: 'Omfatter protesten bilder av barna mine som jeg har lagt ut?',
        answer:
          'Protesten din omfatter det offentlige innholdet du har lagt ut, også bilder av barna dine. Datatilsynet har spurt Meta om selskapet trener på bilder av barn som voksne legger ut. Meta hadde ikke svart da Datatilsynet publiserte meldingen sin.',
      },
      {
        question: 'Hva med WhatsApp?',
        answer:
          'Ifølge presseoppslag brukes ikke de private WhatsApp-chattene dine, men meldinger du sender til Meta AI i WhatsApp, blir brukt. Det er ikke kjent noe eget protestskjema for WhatsApp. Hvis du ikke vil at slike meldinger skal brukes, bør du ikke sende dem til Meta AI.',
      },
      {
        question: 'Jeg har ikke konto. Kan Meta likevel bruke data om meg?',
        answer:
          'Kanskje. Meta bruker også data som selskapet kjøper fra andre selskaper, og andre kan legge ut bilder av deg. Personvernmyndigheten i Hamburg sier at Meta tilbyr en egen måte å protestere mot bruken av data fra tredjeparter på. Vi har ikke kunnet bekrefte noen lenke til den.',
      },
      {
        question: 'Hvordan vet jeg at det har virket?',
        answer:
          'Meta sender en e-post med bekreftelse til adressen til kontoen din. I testen til klicksafe kom den i løpet av noen minutter. Ta vare på den. Hvis ingenting kommer, sjekker du søppelpostmappen og sender deretter skjemaet på nytt.',
      },
      {
        question: 'Jeg protesterte i 2024. Må jeg protestere på nytt?',
        answer: 'Nei. Datatilsynet og Meta sier at protester som ble sendt i 2024, fortsatt gjelder.',
      },
    ],
  },

  print: {
    heading: 'Denne veiledningen på papir',
    qr: 'Skann koden for å åpne denne veiledningen på mobilen: {url}',
    button: 'Skriv ut denne veiledningen',
  },
};
