import type { ObjectionGuideContent } from './en';

/** The objection guide in Swedish. */
export const objectionGuideSv: ObjectionGuideContent = {
  title: 'Så invänder du, steg för steg',
  description:
    'Invänd mot att Meta använder dina inlägg på Facebook och Instagram för AI-träning: de officiella formulären, varje steg, texter du kan använda och vad en invändning omfattar.',
  intro:
    'Det tar ungefär fem minuter att invända på varje plattform. Du behöver dina inloggningsuppgifter och tillgång till e-postadressen för ditt konto.',
  warning:
    'Använd bara de officiella formulären som vi länkar till här. Meta ber aldrig om ditt lösenord i formuläret.',
  warningLabel: 'Warning',
  chooser: {
    heading: 'Your way to object',
    platformLegend: 'Which account do you want to protect?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Both',
    },
    wayLegend: 'Where do you use it?',
    ways: {
      app: 'In the app on my phone',
      browser: 'In a web browser',
    },
    ticksNote: 'Tick each step when it is done. The ticks stay in this browser only; nothing is sent anywhere.',
  },
  paths: {
    'facebook-browser': 'Facebook, in a web browser',
    'instagram-browser': 'Instagram, in a web browser',
    'both-browser': 'Facebook and Instagram, in a web browser',
    'facebook-app': 'Facebook, in the app',
    'instagram-app': 'Instagram, in the app',
    'both-app': 'Facebook and Instagram, in the apps',
  },
  steps: {
    'login-browser': 'Log in to {platforms} in your web browser. The form only works while you are logged in.',
    'app-facebook':
      'In the Facebook app, open the menu, then Settings & privacy → Settings → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'app-instagram':
      'In the Instagram app, open your profile, then the menu → Settings → About → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'what-the-form-asks':
      'The form asks for the country where you live and the e-mail address of your account. The field for a reason is optional: you may leave it empty.',
    'send-form': 'Open the official form below, fill it in and press “Send”. It opens on {hosts}.',
    'send-each-form':
      'Open the official forms below one after the other, fill in each and press “Send”. They open on {hosts}.',
    'send-in-app': 'Press “Send” at the end of the form.',
    'send-in-each-app': 'Press “Send” at the end of each form.',
    'security-code': 'Meta may send a security code to your e-mail address. Type it into the form page.',
    confirmation:
      'Meta confirms your objection by e-mail; in klicksafe’s test the e-mail arrived a few minutes later. Keep it: it is your proof.',
  },
  textsLink: 'Texts you can use in the reason field',
  checks: {
    'facebook-sent': 'Facebook form sent',
    'instagram-sent': 'Instagram form sent',
    'confirmation-kept': 'Confirmation e-mail received and kept',
  },
  clearTicks: 'Clear my ticks',
  appFallback: {
    cannotFind:
      'Cannot find the menu? Meta moves it from time to time, and it may have other names in your app. Use the official form in a web browser instead:',
    privacyCentre: 'Another way in the app: Meta’s Privacy Centre → AI at Meta → submit an objection request.',
  },
  credits:
    'The form steps are those klicksafe tested in June 2024; the form links are the ones the Hamburg authority gave in April 2025; the menu paths in the apps come from press reports and may differ in your version of the app.',
  texts: {
    heading: 'Vad du kan skriva',
    intro:
      'Du behöver inte ange något skäl. Norska Datatilsynet skriver: ”Du behöver inte motivera det” (vår översättning). Meta har sagt att företaget godtar alla invändningar. Om du vill skriva något kan du kopiera en av de här texterna till fritextfältet.',
    copy: 'Kopiera texten',
    copied: 'Kopierad till urklipp.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    items: {
      neutral: {
        title: 'Short and neutral',
        text: 'I object to the processing of my personal data, including my posts, photos and comments, for the development and improvement of AI at Meta.',
      },
      copyright: {
        title: 'About copyright in your own posts',
        text: 'I hold the copyright to the content I post and I do not give permission to use it for AI applications.',
        note: 'Based on the wording klicksafe used successfully in its test.',
      },
      personal: {
        title: 'About your personal concerns',
        text: 'My posts and photos are personal. Once they are used to train an AI model, they cannot be taken out again. I do not want my personal data to be used for this.',
      },
    },
  },
  covers: {
    heading: 'Vad en invändning omfattar',
    covered: 'Omfattas',
    notCovered: 'Omfattas inte, eller används inte ändå',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Flera konton: Norska Datatilsynet säger att en invändning gäller alla konton som är kopplade i samma kontocenter. Andra källor råder dig att invända för varje konto. Om du är osäker skickar du båda formulären, en gång för varje konto.',
    whatsapp:
      'WhatsApp: Enligt uppgifter i pressen används inte privata chattar, men meddelanden som du skickar till Meta AI i WhatsApp används. Det finns inget känt separat formulär för invändningar i WhatsApp.',
    thirdParty:
      'Data från andra företag: Meta använder också data som företaget köper från tredje parter för att träna sin AI. Det kan även gälla personer utan konto. Dataskyddsmyndigheten i Hamburg säger att Meta erbjuder ett separat sätt att invända mot detta. Vi har inte kunnat bekräfta någon länk dit, så vi visar ingen. Läs meddelandet från Hamburg för mer information.',
    thirdPartyLink: 'Meddelandet från Hamburg den 12 juni 2024',
  },
  afterDeadline: {
    heading: 'Om tidsfristen har gått ut',
    text: 'Du kan invända när som helst. En invändning håller det du publicerar från och med då utanför Metas AI-träning. Den kan inte ta bort det som Meta redan har använt: data som har gått in i en modell kan inte tas ut igen.',
    earlier: 'Om du invände 2024 gäller den invändningen fortfarande, enligt Datatilsynet och Meta.',
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
  },
};
