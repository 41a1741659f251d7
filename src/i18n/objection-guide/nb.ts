import type { ObjectionGuideContent } from './en';

/** The objection guide in Norwegian Bokmål. */
export const objectionGuideNb: ObjectionGuideContent = {
  title: 'Slik protesterer du, steg for steg',
  description:
    'Protester mot at Meta bruker innleggene dine på Facebook og Instagram til KI-trening: de offisielle skjemaene, stegene i appen eller i nettleseren, tekster du kan bruke, og hva en protest omfatter.',
  intro:
    'Det er gratis å protestere, og du trenger ikke å oppgi noen grunn. Du må være logget inn, og du må ha tilgang til e-postadressen til kontoen din.',
  warning:
    'Bruk bare de offisielle skjemaene som det lenkes til på denne siden. Vårt råd: Skriv aldri inn passordet ditt i et skjema som noen sender deg i en melding eller en e-post.',
  warningLabel: 'Advarsel',
  chooser: {
    heading: 'Din måte å protestere på',
    platformLegend: 'Hvilken konto vil du beskytte?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Begge',
    },
    wayLegend: 'Hvor bruker du kontoen?',
    ways: {
      app: 'I appen på mobilen',
      browser: 'I en nettleser',
    },
    ticksNote:
      'Kryss av for hvert steg når det er gjort. Avkrysningene lagres bare i denne nettleseren; ingenting sendes noe sted.',
  },
  paths: {
    'facebook-browser': 'Facebook, i en nettleser',
    'instagram-browser': 'Instagram, i en nettleser',
    'both-browser': 'Facebook og Instagram, i en nettleser',
    'facebook-app': 'Facebook, i appen',
    'instagram-app': 'Instagram, i appen',
    'both-app': 'Facebook og Instagram, i appene',
  },
  steps: {
    'login-browser': 'Logg inn på {platforms} i nettleseren din. Skjemaet virker bare når du er logget inn.',
    'app-facebook':
      'Åpne menyen i Facebook-appen, deretter innstillinger og personvern (Settings & privacy) → innstillinger (Settings) → personvernreglene (Privacy Policy), og trykk på lenken for å protestere. Protestskjemaet til Meta åpnes.',
    'app-instagram':
      'Åpne profilen din i Instagram-appen, deretter menyen → innstillinger (Settings) → om appen (About) → personvernreglene (Privacy Policy), og trykk på lenken for å protestere. Protestskjemaet til Meta åpnes.',
    'what-the-form-asks':
      'Skjemaet spør om hvilket land du bor i, og om e-postadressen til kontoen din. Det har også et felt for begrunnelse: Datatilsynet sier at du ikke trenger å oppgi noen, så du kan la det stå tomt.',
    'send-form': 'Åpne det offisielle skjemaet nedenfor, fyll det ut og trykk på «Send». Det åpnes på {hosts}.',
    'send-each-form':
      'Åpne de offisielle skjemaene nedenfor ett etter ett, fyll ut hvert av dem og trykk på «Send». De åpnes på {hosts}.',
    'send-in-app': 'Trykk på «Send» nederst i skjemaet.',
    'send-in-each-app': 'Trykk på «Send» nederst i hvert skjema.',
    'security-code': 'Meta kan sende en sikkerhetskode til e-postadressen din. Skriv den inn på skjemasiden.',
    confirmation:
      'Meta bekrefter protesten din på e-post; i testen til klicksafe kom e-posten noen minutter senere. Ta vare på den: Den er beviset ditt.',
  },
  textsLink: 'Tekster du kan bruke i feltet for begrunnelse',
  checks: {
    'facebook-sent': 'Skjemaet for Facebook er sendt',
    'instagram-sent': 'Skjemaet for Instagram er sendt',
    'confirmation-kept': 'E-posten med bekreftelsen er mottatt og tatt vare på',
  },
  clearTicks: 'Fjern avkrysningene mine',
  appFallback: {
    cannotFind:
      'Finner du ikke menyen? Meta flytter den fra tid til annen, og den kan hete noe annet i appen din. Bruk heller det offisielle skjemaet i en nettleser:',
    privacyCentre:
      'En annen vei i appen: personvernsenteret til Meta (Privacy Centre) → KI hos Meta (AI at Meta) → send inn en protest.',
  },
  credits:
    'Stegene i skjemaet følger testen klicksafe gjorde i juni 2024, der klicksafe fylte ut feltet for begrunnelse; at du ikke trenger å oppgi noen grunn, kommer fra Datatilsynet (april 2025). Lenkene til skjemaene er de som personvernmyndigheten i Hamburg oppga i april 2025. Menyveiene i appene kommer fra presseoppslag og kan være annerledes i din versjon av appen.',
  texts: {
    heading: 'Hva du kan skrive',
    intro:
      'Du trenger ikke å oppgi noen grunn. Datatilsynet skriver: «Du trenger ikke å begrunne protesten din» (vår oversettelse), og Meta har sagt at selskapet godtar alle protester. Hvis du vil skrive noe, kan du kopiere en av disse tekstene inn i fritekstfeltet.',
    copy: 'Kopier teksten',
    copied: 'Kopiert til utklippstavlen.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    items: {
      neutral: {
        title: 'Kort og nøytralt',
        text: 'Jeg protesterer mot behandlingen av personopplysningene mine, inkludert innleggene, bildene og kommentarene mine, til utvikling og forbedring av KI hos Meta.',
      },
      copyright: {
        title: 'Om opphavsretten til dine egne innlegg',
        text: 'Jeg har opphavsretten til innholdet jeg legger ut, og jeg gir ikke tillatelse til at det brukes til KI-applikasjoner.',
        note: 'Bygger på formuleringen som klicksafe brukte med hell i testen sin.',
      },
      personal: {
        title: 'Om dine personlige bekymringer',
        text: 'Innleggene og bildene mine er personlige. Når de først er brukt til å trene en KI-modell, kan de ikke tas ut igjen. Jeg vil ikke at personopplysningene mine skal brukes til dette.',
      },
    },
  },
  covers: {
    heading: 'Hva en protest omfatter',
    covered: 'Omfattet',
    unclear: 'Brukes av Meta; ingen kilde sier at en protest stopper det',
    notCovered: 'Ikke omfattet, eller brukes uansett ikke',
    items: {
      'public-content': 'Dine offentlige innlegg, bilder, bildetekster og kommentarer, hvis du er 18 år eller eldre.',
      'meta-ai-chats':
        'Det du skriver inn i Meta AI, chatboten, eller i bildeverktøyene: Meta bruker dette uansett alder. Vårt råd: Ikke skriv inn noe der som du ikke vil skal brukes.',
      'private-messages': 'Private meldinger: Meta sier at selskapet ikke bruker dem til denne treningen.',
      minors: 'Innhold fra personer under 18 år: Meta bruker ikke innleggene og bildene deres til denne treningen.',
      'posts-by-others': 'Innlegg og bilder som andre publiserer om deg: Protesten din gjelder ikke dem.',
    },
    accounts:
      'Flere kontoer: Datatilsynet sier at én protest gjelder for alle kontoer som er koblet sammen i det samme kontosenteret (Accounts Centre), og at du bør fylle ut skjemaet for både Facebook og Instagram hvis du er usikker. Vårt råd: Er kontoene dine ikke koblet sammen, sender du skjemaet én gang for hver konto.',
    whatsapp:
      'WhatsApp: Ifølge presseoppslag brukes ikke private chatter, men meldinger du sender til Meta AI i WhatsApp, blir brukt. Det er ikke kjent noe eget protestskjema for WhatsApp.',
    thirdParty:
      'Data fra andre selskaper: Meta bruker også data som selskapet kjøper fra tredjeparter, til å trene KI-en sin. Dette kan også gjelde personer som ikke har konto. Personvernmyndigheten i Hamburg sier at Meta tilbyr en egen måte å protestere mot dette på. Vi har ikke kunnet bekrefte noen lenke til den, så vi viser ingen. Les meldingen fra Hamburg for flere detaljer.',
    thirdPartyLink: 'Vårt sammendrag av meldingen fra Hamburg 12. juni 2024',
  },
  afterDeadline: {
    heading: 'Hvis fristen er ute',
    text: 'Du kan protestere når som helst. Fra da av stopper protesten Metas bruk av de offentlige innleggene dine til KI. Den kan ikke fjerne det Meta allerede har brukt: Data som har gått inn i en modell, kan ikke tas ut igjen.',
    earlier: 'Hvis du protesterte i 2024, gjelder den protesten fortsatt, ifølge Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Vanlige spørsmål',
    items: [
      {
        question: 'Gjelder dette meg?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller eldre og har offentlige innlegg, bilder eller kommentarer på Facebook eller Instagram: Det er dette protesten din omfatter. Meta bruker også det folk i alle aldre skriver inn i Meta AI; ingen kilde sier at en protest stopper det. I Storbritannia følger Meta en annen fremgangsmåte.',
      },
      {
        question: 'Jeg rakk ikke fristen. Er det for sent?',
        answer:
          'Nei. Du kan protestere når som helst. Fra da av stopper det Metas bruk av de offentlige innleggene dine til KI. Det Meta allerede har brukt til trening, kan ikke tas ut av KI-en igjen.',
      },
      {
        question: 'Må jeg oppgi en grunn?',
        answer:
          'Nei. Datatilsynet skriver at du ikke trenger å begrunne protesten, så du kan la fritekstfeltet stå tomt. Meta har sagt at selskapet godtar alle protester.',
      },
      {
        question: 'Jeg har flere kontoer. Hva gjør jeg?',
        answer:
          'Datatilsynet sier at én protest gjelder for kontoene som er koblet sammen i det samme kontosenteret (Accounts Centre); er du usikker, råder Datatilsynet deg til å fylle ut skjemaet for både Facebook og Instagram. Vårt råd: Er kontoene dine ikke koblet sammen, sender du skjemaet én gang for hver konto.',
      },
      {
        question: 'Omfatter protesten bilder av barna mine som jeg har lagt ut?',
        answer:
          'Protesten din omfatter det offentlige innholdet du har lagt ut, også bilder av barna dine. Datatilsynet har spurt Meta om selskapet trener på bilder av barn som voksne legger ut. Meta hadde ikke svart da Datatilsynet publiserte meldingen sin.',
      },
      {
        question: 'Jeg er under 18 år, eller barnet mitt er det. Hva gjelder?',
        answer:
          'Ifølge Datatilsynet bruker Meta bare offentlige innlegg og bilder fra brukere over 18 år til denne treningen, så ungdommers egne innlegg blir ikke brukt. Det folk skriver inn i Meta AI, brukes uansett alder, og ingen kilde sier at en protest stopper det: Vårt råd er å ikke skrive inn noe der som du ikke vil skal brukes. Bilder av barn som voksne legger ut, er et åpent spørsmål: Datatilsynet har spurt Meta om selskapet trener på dem. Foreldre som legger ut slike bilder offentlig, kan protestere for sin egen konto.',
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
          'Meta sender en e-post med bekreftelse til adressen til kontoen din. I testen til klicksafe kom den noen minutter senere. Ta vare på den. Hvis ingenting kommer, sjekker du søppelpostmappen og sender deretter skjemaet på nytt.',
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
  },
};
