import type { ObjectionGuideContent } from './en';

/** The objection guide in Swedish. */
export const objectionGuideSv: ObjectionGuideContent = {
  title: 'Så invänder du, steg för steg',
  description:
    'Invänd mot att Meta använder dina inlägg på Facebook och Instagram för AI-träning: de officiella formulären, stegen i appen eller i en webbläsare, texter du kan använda och vad en invändning omfattar.',
  intro:
    'Det är gratis att invända och du behöver inte ange något skäl. Du måste vara inloggad och ha tillgång till e-postadressen för ditt konto.',
  warning:
    'Använd bara de officiella formulär som den här sidan länkar till. Vårt råd: skriv aldrig in ditt lösenord i ett formulär som någon skickar till dig i ett meddelande eller ett mejl.',
  warningLabel: 'Varning',
  chooser: {
    heading: 'Ditt sätt att invända',
    platformLegend: 'Vilket konto vill du skydda?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Båda',
    },
    wayLegend: 'Var använder du det?',
    ways: {
      app: 'I appen på min mobil',
      browser: 'I en webbläsare',
    },
    ticksNote:
      'Bocka av varje steg när det är klart. Bockarna sparas bara i den här webbläsaren; ingenting skickas någonstans.',
  },
  paths: {
    'facebook-browser': 'Facebook, i en webbläsare',
    'instagram-browser': 'Instagram, i en webbläsare',
    'both-browser': 'Facebook och Instagram, i en webbläsare',
    'facebook-app': 'Facebook, i appen',
    'instagram-app': 'Instagram, i appen',
    'both-app': 'Facebook och Instagram, i apparna',
  },
  steps: {
    'login-browser': 'Logga in på {platforms} i din webbläsare. Formuläret fungerar bara när du är inloggad.',
    'app-facebook':
      'Öppna menyn i Facebookappen och gå till inställningar och integritet (Settings & privacy) → inställningar (Settings) → integritetspolicy (Privacy Policy). Tryck på länken för att invända. Metas formulär för invändningar öppnas.',
    'app-instagram':
      'Öppna din profil i Instagramappen och sedan menyn → inställningar (Settings) → om (About) → integritetspolicy (Privacy Policy). Tryck på länken för att invända. Metas formulär för invändningar öppnas.',
    'what-the-form-asks':
      'Formuläret frågar efter landet där du bor och e-postadressen för ditt konto. Det har också ett fält för skäl: norska Datatilsynet säger att du inte behöver ange något, så du kan lämna det tomt.',
    'send-form': 'Öppna det officiella formuläret nedan, fyll i det och skicka det. Det öppnas på {hosts}.',
    'send-each-form':
      'Öppna de officiella formulären nedan ett i taget, fyll i vart och ett och skicka dem. De öppnas på {hosts}.',
    'send-in-app': 'Skicka formuläret med knappen längst ner.',
    'send-in-each-app': 'Skicka varje formulär med knappen längst ner.',
    'security-code': 'Meta kan skicka en säkerhetskod till din e-postadress. Skriv in den på formulärsidan.',
    confirmation:
      'Meta bekräftar din invändning via e-post; i klicksafes test kom mejlet några minuter senare. Spara det: det är ditt bevis.',
  },
  textsLink: 'Texter du kan använda i fältet för skäl',
  checks: {
    'facebook-sent': 'Formuläret för Facebook skickat',
    'instagram-sent': 'Formuläret för Instagram skickat',
    'confirmation-kept': 'Bekräftelsemejlet mottaget och sparat',
  },
  clearTicks: 'Ta bort mina bockar',
  appFallback: {
    cannotFind:
      'Hittar du inte menyn? Meta flyttar den ibland, och den kan heta något annat i din app. Använd i stället det officiella formuläret i en webbläsare:',
    privacyCentre:
      'Ett annat sätt i appen: Metas integritetscenter (Privacy Centre) → AI hos Meta (AI at Meta) → skicka en begäran om invändning.',
  },
  credits:
    'Stegen i formuläret följer klicksafes test från juni 2024, där klicksafe fyllde i fältet för skäl; att du inte behöver ange något skäl kommer från norska Datatilsynet (april 2025). Länkarna till formulären är de som dataskyddsmyndigheten i Hamburg angav i april 2025. Menyvägarna i apparna kommer från uppgifter i pressen och kan se annorlunda ut i din version av appen.',
  texts: {
    heading: 'Vad du kan skriva',
    intro:
      'Du behöver inte ange något skäl. Norska Datatilsynet skriver: ”Du behöver inte motivera det” (vår översättning). Meta har sagt att företaget godtar alla invändningar. Om du vill skriva något kan du kopiera en av de här texterna till fritextfältet.',
    copy: 'Kopiera texten',
    copied: 'Kopierad till urklipp.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    items: {
      neutral: {
        title: 'Kort och neutral',
        text: 'Jag invänder mot behandlingen av mina personuppgifter, inklusive mina inlägg, foton och kommentarer, för utveckling och förbättring av AI hos Meta.',
      },
      copyright: {
        title: 'Om upphovsrätten till dina egna inlägg',
        text: 'Jag har upphovsrätten till det innehåll jag publicerar och jag ger inte tillstånd till att det används för AI-tillämpningar.',
        note: 'Bygger på formuleringen som fungerade i klicksafes test.',
      },
      personal: {
        title: 'Om din personliga oro',
        text: 'Mina inlägg och foton är personliga. När de väl har använts för att träna en AI-modell kan de inte tas ut igen. Jag vill inte att mina personuppgifter används till detta.',
      },
    },
  },
  covers: {
    heading: 'Vad en invändning omfattar',
    covered: 'Omfattas',
    unclear: 'Används av Meta; ingen källa säger att en invändning stoppar det',
    notCovered: 'Omfattas inte, eller används inte ändå',
    items: {
      'public-content': 'Dina offentliga inlägg, foton, bildtexter och kommentarer, om du är vuxen.',
      'meta-ai-chats':
        'Det du skriver in i chattboten Meta AI eller i dess bildverktyg: Meta använder det oavsett ålder. Vårt råd: skriv inte in något där som du inte vill ska användas.',
      'private-messages': 'Privata meddelanden: Meta säger att företaget inte använder dem för den här träningen.',
      minors: 'Innehåll från personer under 18 år: Meta använder inte deras inlägg och foton för den här träningen.',
      'posts-by-others': 'Inlägg och foton som andra publicerar om dig: din invändning omfattar dem inte.',
    },
    accounts:
      'Flera konton: norska Datatilsynet säger att en invändning gäller alla konton som är kopplade i samma kontocenter (Accounts Centre), och att du bör fylla i formuläret för både Facebook och Instagram om du är osäker. Vårt råd: om dina konton inte är kopplade skickar du formuläret en gång för varje konto.',
    whatsapp:
      'WhatsApp: enligt uppgifter i pressen används inte privata chattar, men meddelanden som du skickar till Meta AI i WhatsApp används. Det finns inget känt separat formulär för invändningar i WhatsApp.',
    thirdParty:
      'Data från andra företag: Meta använder också data som företaget köper från tredje parter för att träna sin AI. Det kan även gälla personer utan konto. Dataskyddsmyndigheten i Hamburg säger att Meta erbjuder ett separat sätt att invända mot detta. Vi har inte kunnat bekräfta någon länk dit, så vi visar ingen. Läs meddelandet från Hamburg för mer information.',
    thirdPartyLink: 'Vår sammanfattning av meddelandet från Hamburg den 12 juni 2024',
  },
  afterDeadline: {
    heading: 'Om tidsfristen har gått ut',
    text: 'Du kan invända när som helst. Från och med då stoppar din invändning Metas användning av dina offentliga inlägg för sin AI. Den kan inte ta bort det som Meta redan har använt: data som har gått in i en modell kan inte tas ut igen.',
    earlier: 'Om du invände 2024 gäller den invändningen fortfarande, enligt norska Datatilsynet och Meta.',
  },
  faq: {
    heading: 'Vanliga frågor',
    items: [
      {
        question: 'Gäller det här mig?',
        answer:
          'Ja, om du bor i EU eller EES (det omfattar även Norge, Island och Liechtenstein), är 18 år eller äldre och har offentliga inlägg, foton eller kommentarer på Facebook eller Instagram: det är dem din invändning omfattar. Meta använder också det som personer i alla åldrar skriver in i Meta AI; ingen källa säger att en invändning stoppar det. I Storbritannien följer Meta en annan process.',
      },
      {
        question: 'Jag missade tidsfristen. Är det för sent?',
        answer:
          'Nej. Du kan invända när som helst. Från och med då stoppar det Metas användning av dina offentliga inlägg för sin AI. Det som Meta redan har använt för träning kan inte tas ut ur Metas AI igen.',
      },
      {
        question: 'Måste jag ange ett skäl?',
        answer:
          'Nej. Norska Datatilsynet säger att du inte behöver motivera din invändning, så du kan lämna fritextfältet tomt. Meta har sagt att företaget godtar alla invändningar.',
      },
      {
        question: 'Jag har flera konton. Vad gör jag?',
        answer:
          'Norska Datatilsynet säger att en invändning gäller de konton som är kopplade i samma kontocenter (Accounts Centre); om du är osäker råder Datatilsynet dig att fylla i formuläret för både Facebook och Instagram. Vårt råd: om dina konton inte är kopplade skickar du formuläret en gång för varje konto.',
      },
      {
        question: 'Omfattar det foton på mina barn som jag har publicerat?',
        answer:
          'Din invändning omfattar det offentliga innehåll som du har publicerat, även foton på dina barn. Datatilsynet har frågat Meta om företaget tränar sin AI på foton på barn som vuxna publicerar. Meta hade inte svarat när Datatilsynet publicerade sitt meddelande.',
      },
      {
        question: 'Jag är under 18 år, eller så är mitt barn det. Vad gäller?',
        answer:
          'Enligt norska Datatilsynet använder Meta bara offentliga inlägg och foton från användare över 18 år för den här träningen, så tonåringars egna inlägg används inte. Det som människor skriver in i Meta AI används oavsett ålder, och ingen källa säger att en invändning stoppar det: vårt råd är att inte skriva in något där som du inte vill ska användas. Foton på barn som vuxna publicerar är en öppen fråga: Datatilsynet har frågat Meta om företaget tränar sin AI på dem. Föräldrar som publicerar sådana foton offentligt kan invända för sitt eget konto.',
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
          'Meta skickar ett bekräftelsemejl till adressen för ditt konto; i klicksafes test kom det några minuter senare. Spara det. Om inget kommer kan du titta i din skräppostmapp och sedan skicka formuläret igen.',
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
  },
};
