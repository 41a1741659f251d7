import type { ObjectionGuideContent } from './en';

/** The objection guide in Danish. */
export const objectionGuideDa: ObjectionGuideContent = {
  title: 'Sådan gør du indsigelse, trin for trin',
  description:
    'Gør indsigelse mod, at Meta bruger dine opslag på Facebook og Instagram til AI-træning: de officielle formularer, hvert trin, tekster du kan bruge, og hvad en indsigelse omfatter.',
  intro:
    'Det tager cirka fem minutter at gøre indsigelse på hver platform. Du skal bruge dine loginoplysninger og adgang til e-mailadressen for din konto.',
  tocLabel: 'På denne side',
  warning: 'Brug kun de officielle formularer, der linkes til her. Meta beder aldrig om din adgangskode i formularen.',

  facebook: {
    heading: 'Gør indsigelse på Facebook',
    steps: [
      'Log først ind på Facebook i din webbrowser. Formularen virker kun, når du er logget ind.',
      'Åbn den officielle indsigelsesformular med knappen nedenfor. Den åbner på {host}.',
      'Vælg det land, du bor i, på listen.',
      'Skriv e-mailadressen for din Facebook-konto.',
      'Fritekstfeltet er frivilligt: Du kan lade det være tomt eller indsætte en af teksterne nedenfor.',
      'Tryk på »Send«.',
      'Meta sender måske en sikkerhedskode til din e-mailadresse. Skriv koden på siden med formularen.',
      'Meta bekræfter din indsigelse på e-mail, ofte inden for få minutter. Gem denne e-mail: Den er dit bevis.',
    ],
  },
  instagram: {
    heading: 'Gør indsigelse på Instagram',
    steps: [
      'Log først ind på Instagram i din webbrowser. Formularen virker kun, når du er logget ind.',
      'Åbn den officielle indsigelsesformular med knappen nedenfor. Den åbner på {host}.',
      'Vælg det land, du bor i, på listen.',
      'Skriv e-mailadressen for din Instagram-konto.',
      'Fritekstfeltet er frivilligt: Du kan lade det være tomt eller indsætte en af teksterne nedenfor.',
      'Tryk på »Send«.',
      'Meta sender måske en sikkerhedskode til din e-mailadresse. Skriv koden på siden med formularen.',
      'Meta bekræfter din indsigelse på e-mail, ofte inden for få minutter. Gem denne e-mail: Den er dit bevis.',
    ],
  },
  stepsSource: 'Trinene, som klicksafe har testet dem, og som databeskyttelsesmyndigheden i Hamburg har beskrevet dem.',

  inApp: {
    heading: 'På telefonen, i appen',
    intro:
      'Du kan også gøre indsigelse inde i apps. Meta flytter nogle gange rundt på disse menuer. Hvis du ikke kan finde dem, så brug linkene til formularerne ovenfor.',
    facebook:
      'Facebook: Menu → Indstillinger og privatliv → Indstillinger → Privatlivspolitik → linket til at gøre indsigelse.',
    instagram: 'Instagram: Profil → Menu → Indstillinger → Om → Privatlivspolitik → linket til at gøre indsigelse.',
    privacyCenter: 'En anden mulighed: Metas Privatlivscenter → AI hos Meta → send en anmodning om indsigelse.',
    source: 'Menuvejene, som pressen har beskrevet dem. De kan se anderledes ud i din version af appen.',
  },

  texts: {
    heading: 'Hvad du kan skrive',
    intro:
      'Du behøver ikke at give en begrundelse. Det norske Datatilsynet skriver: »Du behøver ikke at begrunde det« (vores oversættelse). Meta har sagt, at selskabet accepterer alle indsigelser. Hvis du vil skrive noget, så kopiér en af disse tekster ind i fritekstfeltet.',
    copy: 'Kopiér teksten',
    copied: 'Kopieret til udklipsholderen.',
    copyFailed: 'Kunne ikke kopiere. Markér teksten, og kopiér den selv.',
    items: [
      {
        title: 'Kort og neutral',
        text: 'Jeg gør indsigelse mod brugen af mine personoplysninger, herunder mine opslag, billeder og kommentarer, til udvikling og forbedring af AI hos Meta.',
      },
      {
        title: 'Om ophavsretten til dine egne opslag',
        text: 'Jeg har ophavsretten til det indhold, jeg slår op, og jeg giver ikke tilladelse til, at det bruges til AI-applikationer.',
        note: 'Bygger på den formulering, som klicksafe brugte med held i sin test.',
      },
      {
        title: 'Om dine personlige bekymringer',
        text: 'Mine opslag og billeder er personlige. Når de først er brugt til at træne en AI-model, kan de ikke fjernes igen. Jeg ønsker ikke, at mine oplysninger bruges til dette.',
      },
    ],
  },

  covers: {
    heading: 'Hvad en indsigelse omfatter',
    covered: 'Omfattet',
    notCovered: 'Ikke omfattet, eller bruges alligevel ikke',
    items: [
      {
        kind: 'covered',
        text: 'Dine offentlige opslag, billeder, billedtekster og kommentarer, hvis du er voksen.',
        source: 'Datatilsynet (Norge); Hamburg',
      },
      {
        kind: 'covered',
        text: 'Det, du skriver til chatbotten Meta AI, uanset alder.',
        source: 'Datatilsynet (Norge)',
      },
      {
        kind: 'notCovered',
        text: 'Private beskeder: Meta siger, at selskabet ikke bruger dem til denne træning.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Konti tilhørende personer under 18 år: Meta siger, at selskabet ikke bruger deres opslag.',
        source: 'presseomtale',
      },
      {
        kind: 'notCovered',
        text: 'Opslag og billeder, som andre offentliggør om dig: Din indsigelse omfatter dem ikke.',
        source: 'Datatilsynet (Norge)',
      },
    ],
    accounts:
      'Flere konti: Det norske Datatilsynet siger, at én indsigelse omfatter alle konti, der er forbundet i det samme Kontocenter. Andre kilder anbefaler én indsigelse pr. konto. Hvis du er i tvivl, så send begge formularer, én gang for hver konto.',
    accountsSource: 'Datatilsynet (Norge)',
    whatsapp:
      'WhatsApp: Ifølge presseomtale bruges private chats ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp.',
    whatsappSource: 'presseomtale',
    thirdParty:
      'Data fra andre virksomheder: Meta bruger også data, som selskabet køber fra tredjeparter, til at træne sin AI. Det kan også berøre personer uden konto. Databeskyttelsesmyndigheden i Hamburg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod dette på. Vi har ikke kunnet bekræfte et link til den, så vi viser ikke noget. Læs meddelelsen fra Hamburg for flere detaljer.',
    thirdPartyLink: 'Meddelelsen fra Hamburg af 12. juni 2024',
    sourceLabel: 'Kilde: {source}',
  },

  afterDeadline: {
    heading: 'Hvis fristen er udløbet',
    text: 'Du kan gøre indsigelse når som helst. En indsigelse holder det, du slår op fra da af, uden for Metas AI-træning. Den kan ikke fjerne det, Meta allerede har brugt: Data, der er gået ind i en model, kan ikke tages ud igen.',
    earlier: 'Hvis du gjorde indsigelse i 2024, gælder den indsigelse stadig ifølge det norske Datatilsynet og Meta.',
    source: 'Databeskyttelsesmyndigheden i Hamburg, 15. april 2025',
  },

  checklist: {
    heading: 'Din tjekliste',
    intro:
      'Sæt flueben ved det, du har gjort. Fluebenene gemmes kun i denne browser, og intet sendes nogen steder hen.',
    items: ['Facebook-formularen er sendt', 'Instagram-formularen er sendt', 'Bekræftelsesmailen er modtaget og gemt'],
    reset: 'Fjern mine flueben',
  },

  faq: {
    heading: 'Ofte stillede spørgsmål',
    items: [
      {
        question: 'Gælder det mig?',
        answer:
          'Ja, hvis du bor i EU eller EØS (det omfatter også Norge, Island og Liechtenstein), er 18 år eller ældre og har offentligt indhold på Facebook eller Instagram. I Storbritannien følger Meta en anden procedure.',
      },
      {
        question: 'Jeg nåede ikke fristen. Er det for sent?',
        answer:
          'Nej. Du kan gøre indsigelse når som helst. Det beskytter det, du slår op fra da af. Det, Meta allerede har brugt til træning, kan ikke tages ud af Metas AI igen.',
      },
      {
        question: 'Skal jeg give en begrundelse?',
        answer:
          'Nej. Fritekstfeltet er frivilligt. Det norske Datatilsynet siger, at du ikke behøver at begrunde din indsigelse, og Meta har sagt, at selskabet accepterer alle indsigelser.',
      },
      {
        question: 'Jeg har flere konti. Hvad gør jeg?',
        answer:
          'Det norske Datatilsynet siger, at én indsigelse omfatter de konti, der er forbundet i det samme Kontocenter. Hvis du ikke er sikker på, om dine konti er forbundet, så send formularen for Facebook og for Instagram, én gang for hver konto.',
      },
      {
        question: 'Omfatter det billeder af mine børn, som jeg har slået op?',
        answer:
          'Din indsigelse omfatter det offentlige indhold, du har slået op, også billeder af dine børn. Det norske Datatilsynet har spurgt Meta, om selskabet træner på billeder af børn, som voksne slår op. Meta havde ikke svaret, da Datatilsynet offentliggjorde sin meddelelse.',
      },
      {
        question: 'Hvad med WhatsApp?',
        answer:
          'Ifølge presseomtale bruges dine private chats på WhatsApp ikke, men beskeder, du sender til Meta AI i WhatsApp, bliver brugt. Der kendes ingen særskilt indsigelsesformular for WhatsApp. Hvis du ikke vil have, at de beskeder bruges, så send dem ikke til Meta AI.',
      },
      {
        question: 'Jeg har ikke en konto. Kan Meta alligevel bruge data om mig?',
        answer:
          'Måske. Meta bruger også data, som selskabet køber fra andre virksomheder, og andre kan slå billeder af dig op. Databeskyttelsesmyndigheden i Hamburg siger, at Meta tilbyder en særskilt måde at gøre indsigelse mod brugen af data fra tredjeparter på. Vi har ikke kunnet bekræfte et link til den.',
      },
      {
        question: 'Hvordan ved jeg, at det virkede?',
        answer:
          'Meta sender en bekræftelsesmail til adressen på din konto. I klicksafes test kom den inden for få minutter. Gem den. Hvis der ikke kommer noget, så tjek din spammappe, og send derefter formularen igen.',
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
    button: 'Udskriv denne vejledning',
  },
};
