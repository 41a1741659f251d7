import type { ObjectionGuideContent } from './en';

/** The objection guide in Czech. */
export const objectionGuideCs: ObjectionGuideContent = {
  title: 'Jak vznést námitku krok za krokem',
  description:
    'Vzneste námitku proti tomu, aby Meta používala vaše příspěvky z Facebooku a Instagramu k trénování AI: oficiální formuláře, jednotlivé kroky, texty, které můžete použít, a na co se námitka vztahuje.',
  intro:
    'Námitka zabere asi pět minut na každou platformu. Potřebujete přihlašovací údaje a přístup k e-mailové adrese svého účtu.',
  warning: 'Používejte jen oficiální formuláře, na které zde odkazujeme. Meta vás ve formuláři nikdy nežádá o heslo.',
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
    heading: 'Co můžete napsat',
    intro:
      'Důvod uvádět nemusíte. Norský úřad Datatilsynet píše: „Nemusíte to zdůvodňovat“ (náš překlad). Meta uvedla, že přijímá všechny námitky. Pokud chcete něco napsat, zkopírujte do textového pole některý z těchto textů.',
    copy: 'Kopírovat text',
    copied: 'Zkopírováno do schránky.',
    copyFailed: 'Kopírování se nezdařilo. Označte text a zkopírujte ho sami.',
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
    heading: 'Na co se námitka vztahuje',
    covered: 'Vztahuje se',
    notCovered: 'Nevztahuje se, nebo se to stejně nepoužívá',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Více účtů: podle úřadu Datatilsynet platí jedna námitka pro všechny účty propojené ve stejném Centru účtů. Jiné zdroje doporučují jednu námitku na každý účet. Pokud si nejste jisti, odešlete oba formuláře, a to pro každý účet zvlášť.',
    whatsapp:
      'WhatsApp: podle zpráv v tisku se soukromé chaty nepoužívají, zprávy, které ve WhatsAppu posíláte Meta AI, ale ano. Samostatný formulář pro námitku pro WhatsApp není znám.',
    thirdParty:
      'Údaje od jiných firem: Meta k trénování své AI používá také údaje, které nakupuje od třetích stran. To se může týkat i lidí bez účtu. Hamburský úřad uvádí, že Meta pro tento případ nabízí samostatný způsob, jak vznést námitku. Odkaz na něj jsme nedokázali ověřit, proto ho neuvádíme. Podrobnosti najdete v upozornění z Hamburku.',
    thirdPartyLink: 'Upozornění z Hamburku z 12. června 2024',
  },
  afterDeadline: {
    heading: 'Pokud lhůta uplynula',
    text: 'Námitku můžete vznést kdykoli. Námitka vyloučí z trénování AI společnosti Meta to, co zveřejníte od té chvíle. Neodstraní to, co Meta už použila: údaje, které se dostaly do modelu, z něj nelze znovu vyjmout.',
    earlier: 'Pokud jste vznesli námitku v roce 2024, podle úřadu Datatilsynet a společnosti Meta stále platí.',
  },
  faq: {
    heading: 'Časté otázky',
    items: [
      {
        question: 'Týká se to i mě?',
        answer:
          'Ano, pokud žijete v EU nebo EHP (patří sem i Norsko, Island a Lichtenštejnsko), je vám alespoň 18 let a máte na Facebooku nebo Instagramu veřejný obsah. Ve Spojeném království postupuje Meta jinak.',
      },
      {
        question: 'Lhůta už uplynula. Je pozdě?',
        answer:
          'Ne. Námitku můžete vznést kdykoli. Ochrání to, co zveřejníte od té chvíle. Co už Meta použila k trénování, nelze z její AI znovu odstranit.',
      },
      {
        question: 'Musím uvádět důvod?',
        answer:
          'Ne. Textové pole je nepovinné. Podle úřadu Datatilsynet nemusíte námitku zdůvodňovat a Meta uvedla, že přijímá všechny námitky.',
      },
      {
        question: 'Mám více účtů. Co mám dělat?',
        answer:
          'Podle úřadu Datatilsynet platí jedna námitka pro účty propojené ve stejném Centru účtů. Pokud si nejste jisti, zda jsou vaše účty propojené, odešlete formulář pro Facebook i pro Instagram, a to jednou za každý účet.',
      },
      {
        question: 'Vztahuje se námitka i na fotografie mých dětí, které mám zveřejněné?',
        answer:
          'Vaše námitka se vztahuje na veřejný obsah, který jste zveřejnili, včetně fotografií vašich dětí. Úřad Datatilsynet se společnosti Meta zeptal, zda trénuje na fotografiích dětí, které zveřejňují dospělí. Když Datatilsynet zveřejnil své upozornění, Meta ještě neodpověděla.',
      },
      {
        question: 'A co WhatsApp?',
        answer:
          'Podle zpráv v tisku se vaše soukromé chaty ve WhatsAppu nepoužívají, zprávy, které ve WhatsAppu posíláte Meta AI, ale ano. Samostatný formulář pro námitku pro WhatsApp není znám. Pokud nechcete, aby se tyto zprávy používaly, neposílejte je Meta AI.',
      },
      {
        question: 'Nemám účet. Může Meta přesto používat údaje o mně?',
        answer:
          'Možná ano. Meta používá také údaje, které nakupuje od jiných firem, a jiní lidé mohou zveřejňovat vaše fotografie. Hamburský úřad uvádí, že Meta nabízí samostatný způsob, jak vznést námitku proti použití údajů od třetích stran. Odkaz na něj jsme nedokázali ověřit.',
      },
      {
        question: 'Jak poznám, že to fungovalo?',
        answer:
          'Meta pošle potvrzovací e-mail na adresu vašeho účtu. V testu iniciativy klicksafe dorazil během několika minut. Uschovejte si ho. Pokud nic nepřijde, podívejte se do složky se spamem a pak formulář odešlete znovu.',
      },
      {
        question: 'Námitku mám vznesenou už z roku 2024. Musím ji vznést znovu?',
        answer: 'Ne. Úřad Datatilsynet i Meta uvádějí, že námitky vznesené v roce 2024 stále platí.',
      },
    ],
  },
  print: {
    heading: 'Tento návod na papíře',
    qr: 'Naskenujte kód a otevřete si tento návod v telefonu: {url}',
  },
};
