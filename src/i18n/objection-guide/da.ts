import type { ObjectionGuideContent } from './en';

/** The objection guide in Danish. */
export const objectionGuideDa: ObjectionGuideContent = {
  title: 'Sådan gør du indsigelse, trin for trin',
  description:
    'Gør indsigelse mod, at Meta bruger dine opslag på Facebook og Instagram til AI-træning: de officielle formularer, trinene i appen eller i en browser, tekster du kan bruge, og hvad en indsigelse omfatter.',
  intro:
    'Det er gratis at gøre indsigelse, og du behøver ikke at give en begrundelse. Du skal være logget ind og have adgang til e-mailadressen til din konto.',
  warning:
    'Brug kun de officielle formularer, der linkes til på denne side. Vores råd: Skriv aldrig din adgangskode i en formular, som nogen sender dig i en besked eller en e-mail.',
  warningLabel: 'Advarsel',
  chooser: {
    heading: 'Din måde at gøre indsigelse på',
    platformLegend: 'Hvilken konto vil du beskytte?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Begge',
    },
    wayLegend: 'Hvor bruger du det?',
    ways: {
      app: 'I appen på min telefon',
      browser: 'I en webbrowser',
    },
    ticksNote:
      'Sæt flueben ved hvert trin, når det er gjort. Fluebenene gemmes kun i denne browser; intet bliver sendt nogen steder hen.',
  },
  paths: {
    'facebook-browser': 'Facebook, i en webbrowser',
    'instagram-browser': 'Instagram, i en webbrowser',
    'both-browser': 'Facebook og Instagram, i en webbrowser',
    'facebook-app': 'Facebook, i appen',
    'instagram-app': 'Instagram, i appen',
    'both-app': 'Facebook og Instagram, i apperne',
  },
  steps: {
    'login-browser': 'Log ind på {platforms} i din webbrowser. Formularen virker kun, mens du er logget ind.',
    'app-facebook':
      'Åbn menuen i Facebook-appen, og gå til indstillinger og privatliv (Settings & privacy) → indstillinger (Settings) → privatlivspolitik (Privacy Policy). Tryk på linket for at gøre indsigelse. Metas indsigelsesformular åbnes.',
    'app-instagram':
      'Åbn din profil i Instagram-appen, og gå via menuen til indstillinger (Settings) → om (About) → privatlivspolitik (Privacy Policy). Tryk på linket for at gøre indsigelse. Metas indsigelsesformular åbnes.',
    'what-the-form-asks':
      'Formularen spørger, hvilket land du bor i, og hvilken e-mailadresse din konto har. Den har også et felt til en begrundelse: Det norske Datatilsynet siger, at du ikke behøver at give en, så du kan lade det stå tomt.',
    'send-form': 'Åbn den officielle formular herunder, udfyld den, og send den. Den åbnes på {hosts}.',
    'send-each-form':
      'Åbn de officielle formularer herunder én efter én, udfyld hver af dem, og send dem. De åbnes på {hosts}.',
    'send-in-app': 'Send formularen med knappen nederst.',
    'send-in-each-app': 'Send hver formular med knappen nederst.',
    'security-code': 'Meta sender måske en sikkerhedskode til din e-mailadresse. Skriv den ind på formularsiden.',
    confirmation:
      'Meta bekræfter din indsigelse på e-mail; i klicksafes test kom e-mailen nogle minutter senere. Gem den: Den er dit bevis.',
  },
  textsLink: 'Tekster, du kan bruge i feltet til begrundelse',
  checks: {
    'facebook-sent': 'Formularen til Facebook er sendt',
    'instagram-sent': 'Formularen til Instagram er sendt',
    'confirmation-kept': 'Bekræftelsesmailen er modtaget og gemt',
  },
  clearTicks: 'Fjern mine flueben',
  appFallback: {
    cannotFind:
      'Kan du ikke finde menuen? Meta flytter den af og til, og den kan hedde noget andet i din app. Brug i stedet den officielle formular i en webbrowser:',
    privacyCentre:
      'En anden vej i appen: Metas privatlivscenter (Privacy Centre) → AI hos Meta (AI at Meta) → send en anmodning om indsigelse.',
  },
  credits:
    'Trinene i formularen følger klicksafes test fra juni 2024, hvor klicksafe udfyldte feltet til begrundelse; at du ikke behøver at give en begrundelse, kommer fra det norske Datatilsynet (april 2025). Linkene til formularerne er dem, databeskyttelsesmyndigheden i Hamborg oplyste i april 2025. Menuvejene i apperne stammer fra presseomtale og kan være anderledes i din version af appen.',
  texts: {
    heading: 'Hvad du kan skrive',
    intro:
      'Du behøver ikke at give en begrundelse. Det norske Datatilsynet skriver: »Du behøver ikke at begrunde det« (vores oversættelse). Meta har sagt, at selskabet accepterer alle indsigelser. Hvis du vil skrive noget, så kopiér en af disse tekster ind i fritekstfeltet.',
    copy: 'Kopiér teksten',
    copied: 'Kopieret til udklipsholderen.',
    copyFailed: 'Kunne ikke kopiere. Markér teksten, og kopiér den selv.',
    items: {
      neutral: {
        title: 'Kort og neutral',
        text: 'Jeg gør indsigelse mod behandlingen af mine personoplysninger, herunder mine opslag, billeder og kommentarer, til udvikling og forbedring af AI hos Meta.',
      },
      copyright: {
        title: 'Om ophavsretten til dine egne opslag',
        text: 'Jeg har ophavsretten til det indhold, jeg slår op, og jeg giver ikke tilladelse til, at det bruges til AI-applikationer.',
        note: 'Bygger på den formulering, som virkede i klicksafes test.',
      },
      personal: {
        title: 'Om dine personlige bekymringer',
        text: 'Mine opslag og billeder er personlige. Når de først er brugt til at træne en AI-model, kan de ikke tages ud igen. Jeg ønsker ikke, at mine personoplysninger bliver brugt til det.',
      },
    },
  },
  covers: {
    heading: 'Hvad en indsigelse omfatter',
    covered: 'Omfattet',
    unclear: 'Bruges af Meta; ingen kilde siger, at en indsigelse stopper det',
    notCovered: 'Ikke omfattet, eller bruges alligevel ikke',
    items: {
      'public-content': 'Dine offentlige opslag, billeder, billedtekster og kommentarer, hvis du er voksen.',
      'meta-ai-chats':
        'Det, du skriver i chatbotten Meta AI eller i dens billedværktøjer: Meta bruger det uanset din alder. Vores råd: Skriv ikke noget der, som du ikke vil have brugt.',
      'private-messages': 'Private beskeder: Meta siger, at selskabet ikke bruger dem til denne træning.',
      minors: 'Indhold fra personer under 18 år: Meta bruger ikke deres opslag og billeder til denne træning.',
      'posts-by-others': 'Opslag og billeder, som andre offentliggør om dig: Din indsigelse omfatter dem ikke.',
    },
    accounts:
      'Flere konti: Det norske Datatilsynet siger, at én indsigelse omfatter alle konti, der er forbundet i det samme kontocenter (Accounts Centre), og at du bør udfylde formularen for både Facebook og Instagram, hvis du er i tvivl. Vores råd: Hvis dine konti ikke er forbundet, så send formularen én gang for hver konto.',
    whatsapp:
      'WhatsApp: Ifølge presseomtale bruges private chats ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp.',
    thirdParty:
      'Data fra andre virksomheder: Meta bruger også data, som selskabet køber fra tredjeparter, til at træne sin AI. Det kan også berøre personer uden konto. Databeskyttelsesmyndigheden i Hamborg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod dette på. Vi har ikke kunnet bekræfte et link til den, så vi viser ikke noget. Læs meddelelsen fra Hamborg for flere detaljer.',
    thirdPartyLink: 'Vores resumé af meddelelsen fra Hamborg af 12. juni 2024',
  },
  afterDeadline: {
    heading: 'Hvis fristen er udløbet',
    text: 'Du kan gøre indsigelse når som helst. Fra da af stopper din indsigelse Metas brug af dine offentlige opslag til selskabets AI. Den kan ikke fjerne det, Meta allerede har brugt: Data, der er gået ind i en model, kan ikke tages ud igen.',
    earlier: 'Hvis du gjorde indsigelse i 2024, gælder den indsigelse stadig ifølge det norske Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Ofte stillede spørgsmål',
    items: [
      {
        question: 'Gælder det mig?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller ældre og har offentlige opslag, billeder eller kommentarer på Facebook eller Instagram: Det er dem, din indsigelse omfatter. Meta bruger også det, som folk i alle aldre skriver i Meta AI; ingen kilde siger, at en indsigelse stopper det. I Storbritannien følger Meta en anden procedure.',
      },
      {
        question: 'Jeg nåede ikke fristen. Er det for sent?',
        answer:
          'Nej. Du kan gøre indsigelse når som helst. Fra da af stopper det Metas brug af dine offentlige opslag til selskabets AI. Det, Meta allerede har brugt til træning, kan ikke tages ud af selskabets AI igen.',
      },
      {
        question: 'Skal jeg give en begrundelse?',
        answer:
          'Nej. Det norske Datatilsynet siger, at du ikke behøver at begrunde din indsigelse, så du kan lade fritekstfeltet stå tomt. Meta har sagt, at selskabet accepterer alle indsigelser.',
      },
      {
        question: 'Jeg har flere konti. Hvad gør jeg?',
        answer:
          'Det norske Datatilsynet siger, at én indsigelse omfatter de konti, der er forbundet i det samme kontocenter (Accounts Centre); hvis du er i tvivl, anbefaler Datatilsynet at udfylde formularen for både Facebook og Instagram. Vores råd: Hvis dine konti ikke er forbundet, så send formularen én gang for hver konto.',
      },
      {
        question: 'Omfatter det billeder af mine børn, som jeg har slået op?',
        answer:
          'Din indsigelse omfatter det offentlige indhold, du har slået op, også billeder af dine børn. Det norske Datatilsynet har spurgt Meta, om selskabet træner på billeder af børn, som voksne slår op. Meta havde ikke svaret, da Datatilsynet offentliggjorde sin meddelelse.',
      },
      {
        question: 'Jeg er under 18 år, eller det er mit barn. Hvad gælder?',
        answer:
          'Ifølge det norske Datatilsynet bruger Meta kun offentlige opslag og billeder fra brugere over 18 år til denne træning, så unges egne opslag bliver ikke brugt. Det, som folk skriver i Meta AI, bruges uanset alder, og ingen kilde siger, at en indsigelse stopper det: Vores råd er ikke at skrive noget der, som du ikke vil have brugt. Billeder af børn, som voksne slår op, er et åbent spørgsmål: Datatilsynet har spurgt Meta, om selskabet træner på dem. Forældre, der slår sådanne billeder op offentligt, kan gøre indsigelse for deres egen konto.',
      },
      {
        question: 'Hvad med WhatsApp?',
        answer:
          'Ifølge presseomtale bruges dine private chats på WhatsApp ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp. Hvis du ikke vil have, at de beskeder bliver brugt, så send dem ikke til Meta AI.',
      },
      {
        question: 'Jeg har ikke en konto. Kan Meta alligevel bruge data om mig?',
        answer:
          'Måske. Meta bruger også data, som selskabet køber fra andre virksomheder, og andre kan slå billeder af dig op. Databeskyttelsesmyndigheden i Hamborg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod brugen af data fra tredjeparter på. Vi har ikke kunnet bekræfte et link til den.',
      },
      {
        question: 'Hvordan ved jeg, at det virkede?',
        answer:
          'Meta sender en bekræftelsesmail til adressen på din konto; i klicksafes test kom den nogle minutter senere. Gem den. Hvis der ikke kommer noget, så tjek din spammappe, og send derefter formularen igen.',
      },
      {
        question: 'Jeg gjorde indsigelse i 2024. Skal jeg gøre indsigelse igen?',
        answer: 'Nej. Det norske Datatilsynet og Meta siger, at indsigelser sendt i 2024 stadig gælder.',
      },
    ],
  },
  print: {
    heading: 'Denne vejledning på papir',
    qr: 'Scan koden for at åbne denne vejledning på en telefon: {url}',
  },
};
