import type { ObjectionGuideContent } from './en';

/** The objection guide in Swedish. */
export const objectionGuideSv: ObjectionGuideContent = {
  title: 'Så invänder du, steg för steg',
  description:
    'Invänd mot att Meta använder dina inlägg på Facebook och Instagram för AI-träning: de officiella formulären, varje steg, texter du kan använda och vad en invändning omfattar.',
  intro:
    'Det tar ungefär fem minuter att invända på varje plattform. Du behöver dina inloggningsuppgifter och tillgång till e-postadressen för ditt konto.',
  tocLabel: 'På den här sidan',
  warning:
    'Använd bara de officiella formulären som vi länkar till här. Meta ber aldrig om ditt lösenord i formuläret.',

  facebook: {
    heading: 'Invänd på Facebook',
    steps: [
      'Logga först in på Facebook i din webbläsare. Formuläret fungerar bara när du är inloggad.',
      'Öppna det officiella formuläret för invändningar med knappen nedan. Det öppnas på {host}.',
      'Välj det land där du bor i listan.',
      'Fyll i e-postadressen för ditt Facebookkonto.',
      'Fritextfältet är frivilligt: du kan lämna det tomt eller klistra in en av texterna nedan.',
      'Tryck på ”Skicka”.',
      'Meta kan skicka en säkerhetskod till din e-postadress. Skriv in koden på formulärsidan.',
      'Meta bekräftar din invändning via e-post, ofta inom några minuter. Spara mejlet: det är ditt bevis.',
    ],
  },
  instagram: {
    heading: 'Invänd på Instagram',
    steps: [
      'Logga först in på Instagram i din webbläsare. Formuläret fungerar bara när du är inloggad.',
      'Öppna det officiella formuläret för invändningar med knappen nedan. Det öppnas på {host}.',
      'Välj det land där du bor i listan.',
      'Fyll i e-postadressen för ditt Instagramkonto.',
      'Fritextfältet är frivilligt: du kan lämna det tomt eller klistra in en av texterna nedan.',
      'Tryck på ”Skicka”.',
      'Meta kan skicka en säkerhetskod till din e-postadress. Skriv in koden på formulärsidan.',
      'Meta bekräftar din invändning via e-post, ofta inom några minuter. Spara mejlet: det är ditt bevis.',
    ],
  },
  stepsSource: 'Stegen så som klicksafe testade dem och dataskyddsmyndigheten i Hamburg beskrev dem.',

  inApp: {
    heading: 'I mobilen, i appen',
    intro:
      'Du kan också invända direkt i apparna. Meta flyttar ibland de här menyerna. Om du inte hittar dem kan du använda länkarna till formulären ovan.',
    facebook:
      'Facebook: Meny → Inställningar och integritet → Inställningar → Integritetspolicy → länken för att invända.',
    instagram: 'Instagram: Profil → Meny → Inställningar → Om → Integritetspolicy → länken för att invända.',
    privacyCenter: 'Ett annat sätt: Metas integritetscenter → AI hos Meta → skicka in en begäran om invändning.',
    source: 'Menyvägarna så som pressen har beskrivit dem. De kan se annorlunda ut i din version av appen.',
  },

  texts: {
    heading: 'Vad du kan skriva',
    intro:
      'Du behöver inte ange något skäl. Norska Datatilsynet skriver: ”Du behöver inte motivera det” (vår översättning). Meta har sagt att företaget godtar alla invändningar. Om du vill skriva något kan du kopiera en av de här texterna till fritextfältet.',
    copy: 'Kopiera texten',
    copied: 'Kopierad till urklipp.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    items: [
      {
        title: 'Kort och neutral',
        text: 'Jag invänder mot att mina personuppgifter, inklusive mina inlägg, foton och kommentarer, används för att utveckla och förbättra AI hos Meta.',
      },
      {
        title: 'Om upphovsrätten till dina egna inlägg',
        text: 'Jag har upphovsrätten till det innehåll jag publicerar och jag ger inte tillstånd till att det används för AI-tillämpningar.',
        note: 'Bygger på formuleringen som klicksafe använde med framgång i sitt test.',
      },
      {
        title: 'Om dina personliga farhågor',
        text: 'Mina inlägg och foton är personliga. När de väl har använts för att träna en AI-modell kan de inte tas bort igen. Jag vill inte att mina uppgifter används för detta.',
      },
    ],
  },

  covers: {
    heading: 'Vad en invändning omfattar',
    covered: 'Omfattas',
    notCovered: 'Omfattas inte, eller används inte ändå',
    items: [
      {
        kind: 'covered',
        text: 'Dina offentliga inlägg, foton, bildtexter och kommentarer, om du är vuxen.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Det du skriver till chattboten Meta AI, oavsett ålder.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Privata meddelanden: Meta säger att företaget inte använder dem för den här träningen.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Konton som tillhör personer under 18 år: Meta säger att företaget inte använder deras inlägg.',
        source: 'uppgifter i pressen',
      },
      {
        kind: 'notCovered',
        text: 'Inlägg och foton som andra publicerar om dig: din invändning omfattar dem inte.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Flera konton: Norska Datatilsynet säger att en invändning gäller alla konton som är kopplade i samma kontocenter. Andra källor råder dig att invända för varje konto. Om du är osäker skickar du båda formulären, en gång för varje konto.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: Enligt uppgifter i pressen används inte privata chattar, men meddelanden som du skickar till Meta AI i WhatsApp används. Det finns inget känt separat formulär för invändningar i WhatsApp.',
    whatsappSource: 'uppgifter i pressen',
    thirdParty:
      'Data från andra företag: Meta använder också data som företaget köper från tredje parter för att träna sin AI. Det kan även gälla personer utan konto. Dataskyddsmyndigheten i Hamburg säger att Meta erbjuder ett separat sätt att invända mot detta. Vi har inte kunnat bekräfta någon länk dit, så vi visar ingen. Läs meddelandet från Hamburg för mer information.',
    thirdPartyLink: 'Meddelandet från Hamburg den 12 juni 2024',
    sourceLabel: 'Källa: {source}',
  },

  afterDeadline: {
    heading: 'Om tidsfristen har gått ut',
    text: 'Du kan invända när som helst. En invändning håller det du publicerar från och med då utanför Metas AI-träning. Den kan inte ta bort det som Meta redan har använt: data som har gått in i en modell kan inte tas ut igen.',
    earlier: 'Om du invände 2024 gäller den invändningen fortfarande, enligt Datatilsynet och Meta.',
    source: 'Dataskyddsmyndigheten i Hamburg, 15 april 2025',
  },

  checklist: {
    heading: 'Din checklista',
    intro: 'Bocka för det du har gjort. Bockarna sparas bara i den här webbläsaren, och ingenting skickas någonstans.',
    items: ['Facebookformuläret skickat', 'Instagramformuläret skickat', 'Bekräftelsemejlet mottaget och sparat'],
    reset: 'Ta bort mina bockar',
  },

  faq: {
    heading: 'Vanliga frågor',
    items: [
      {
        question: 'Gäller det här mig?',
        answer:
          'Ja, om du bor i EU eller EES (det omfattar även Norge, Island och Liechtenstein), är 18 år eller äldre och har offentligt innehåll på Facebook eller Instagram. I Storbritannien följer Meta en annan process.',
      },
      {
        question: 'Jag missade tidsfristen. Är det för sent?',
        answer:
          'Nej. Du kan invända när som helst. Det skyddar det du publicerar från och med då. Det som Meta redan har använt för träning kan inte tas bort ur Metas AI igen.',
      },
      {
        question: 'Måste jag ange ett skäl?',
        answer:
          'Nej. Fritextfältet är frivilligt. Norska Datatilsynet säger att du inte behöver motivera din invändning, och Meta har sagt att företaget godtar alla invändningar.',
      },
      {
        question: 'Jag har flera konton. Vad gör jag?',
        answer:
          'Norska Datatilsynet säger att en invändning gäller de konton som är kopplade i samma kontocenter. Om du inte är säker på om dina konton är kopplade skickar du formuläret för Facebook och för Instagram, en gång för varje konto.',
      },
      {
        question: 'Omfattar det foton på mina barn som jag har publicerat?',
        answer:
          'Din invändning omfattar det offentliga innehåll som du har publicerat, även foton på dina barn. Datatilsynet har frågat Meta om företaget tränar på foton av barn som vuxna publicerar. Meta hade inte svarat när Datatilsynet publicerade sitt meddelande.',
      },
      {
        question: 'Hur är det med WhatsApp?',
        answer:
          'Enligt uppgifter i pressen används inte dina privata chattar i WhatsApp, men meddelanden som du skickar till Meta AI i WhatsApp används. Det finns inget känt separat formulär för invändningar i WhatsApp. Om du inte vill att de meddelandena används ska du inte skicka dem till Meta AI.',
      },
      {
        question: 'Jag har inget konto. Kan Meta ändå använda uppgifter om mig?',
        answer:
          'Kanske. Meta använder också data som företaget köper från andra företag, och andra personer kan publicera foton på dig. Dataskyddsmyndigheten i Hamburg säger att Meta erbjuder ett separat sätt att invända mot användningen av data från tredje parter. Vi har inte kunnat bekräfta någon länk dit.',
      },
      {
        question: 'Hur vet jag att det fungerade?',
        answer:
          'Meta skickar ett bekräftelsemejl till adressen för ditt konto. I klicksafes test kom det inom några minuter. Spara det. Om inget kommer, titta i din skräppostmapp och skicka sedan formuläret igen.',
      },
      {
        question: 'Jag invände 2024. Måste jag invända igen?',
        answer: 'Nej. Datatilsynet och Meta säger att invändningar som skickades 2024 fortfarande gäller.',
      },
    ],
  },

  print: {
    heading: 'Den här guiden på papper',
    qr: 'Skanna koden för att öppna den här guiden i en mobil: {url}',
    button: 'Skriv ut den här guiden',
  },
};
