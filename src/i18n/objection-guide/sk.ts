import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovak. */
export const objectionGuideSk: ObjectionGuideContent = {
  title: 'Ako podať námietku krok za krokom',
  description:
    'Podajte námietku proti tomu, aby Meta používala vaše príspevky z Facebooku a Instagramu na trénovanie AI: oficiálne formuláre, jednotlivé kroky, texty, ktoré môžete použiť, a na čo sa námietka vzťahuje.',
  intro:
    'Námietka zaberie asi päť minút na každú platformu. Potrebujete prihlasovacie údaje a prístup k e-mailovej adrese svojho účtu.',
  warning: 'Používajte iba oficiálne formuláre, na ktoré tu odkazujeme. Meta vás vo formulári nikdy nežiada o heslo.',
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
    heading: 'Čo môžete napísať',
    intro:
      'Dôvod uvádzať nemusíte. Nórsky úrad Datatilsynet píše: „Nemusíte to zdôvodňovať“ (náš preklad). Meta uviedla, že prijíma všetky námietky. Ak chcete niečo napísať, skopírujte do textového poľa niektorý z týchto textov.',
    copy: 'Kopírovať text',
    copied: 'Skopírované do schránky.',
    copyFailed: 'Kopírovanie sa nepodarilo. Označte text a skopírujte ho sami.',
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
    heading: 'Na čo sa námietka vzťahuje',
    covered: 'Vzťahuje sa',
    notCovered: 'Nevzťahuje sa alebo sa to aj tak nepoužíva',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Viac účtov: podľa úradu Datatilsynet platí jedna námietka pre všetky účty prepojené v tom istom Centre účtov. Iné zdroje odporúčajú jednu námietku na každý účet. Ak si nie ste istí, odošlite oba formuláre, a to pre každý účet zvlášť.',
    whatsapp:
      'WhatsApp: podľa správ v tlači sa súkromné chaty nepoužívajú, správy, ktoré vo WhatsAppe posielate Meta AI, však áno. Samostatný formulár na podanie námietky pre WhatsApp nie je známy.',
    thirdParty:
      'Údaje od iných firiem: Meta na trénovanie svojej AI používa aj údaje, ktoré kupuje od tretích strán. Môže sa to týkať aj ľudí bez účtu. Hamburský úrad uvádza, že Meta na to ponúka samostatný spôsob, ako podať námietku. Odkaz naň sa nám nepodarilo overiť, preto ho neuvádzame. Podrobnosti nájdete v upozornení z Hamburgu.',
    thirdPartyLink: 'Upozornenie z Hamburgu z 12. júna 2024',
  },
  afterDeadline: {
    heading: 'Ak lehota uplynula',
    text: 'Námietku môžete podať kedykoľvek. Námietka vylúči z trénovania AI spoločnosti Meta to, čo zverejníte odvtedy. Neodstráni to, čo Meta už použila: údaje, ktoré sa dostali do modelu, sa z neho nedajú znova vybrať.',
    earlier: 'Ak ste podali námietku v roku 2024, podľa úradu Datatilsynet a spoločnosti Meta stále platí.',
  },
  faq: {
    heading: 'Časté otázky',
    items: [
      {
        question: 'Týka sa to aj mňa?',
        answer:
          'Áno, ak žijete v EÚ alebo EHP (patrí sem aj Nórsko, Island a Lichtenštajnsko), máte aspoň 18 rokov a máte na Facebooku alebo Instagrame verejný obsah. V Spojenom kráľovstve postupuje Meta inak.',
      },
      {
        question: 'Lehota už uplynula. Je neskoro?',
        answer:
          'Nie. Námietku môžete podať kedykoľvek. Ochráni to, čo zverejníte odvtedy. Čo už Meta použila na trénovanie, sa z jej AI nedá znova odstrániť.',
      },
      {
        question: 'Musím uviesť dôvod?',
        answer:
          'Nie. Textové pole je nepovinné. Podľa úradu Datatilsynet nemusíte námietku zdôvodňovať a Meta uviedla, že prijíma všetky námietky.',
      },
      {
        question: 'Mám viac účtov. Čo mám robiť?',
        answer:
          'Podľa úradu Datatilsynet platí jedna námietka pre účty prepojené v tom istom Centre účtov. Ak si nie ste istí, či sú vaše účty prepojené, odošlite formulár pre Facebook aj pre Instagram, a to raz za každý účet.',
      },
      {
        question: 'Vzťahuje sa námietka aj na fotografie mojich detí, ktoré mám zverejnené?',
        answer:
          'Vaša námietka sa vzťahuje na verejný obsah, ktorý ste zverejnili, vrátane fotografií vašich detí. Úrad Datatilsynet sa spoločnosti Meta spýtal, či trénuje na fotografiách detí, ktoré zverejňujú dospelí. Keď Datatilsynet zverejnil svoje upozornenie, Meta ešte neodpovedala.',
      },
      {
        question: 'A čo WhatsApp?',
        answer:
          'Podľa správ v tlači sa vaše súkromné chaty vo WhatsAppe nepoužívajú, správy, ktoré vo WhatsAppe posielate Meta AI, však áno. Samostatný formulár na podanie námietky pre WhatsApp nie je známy. Ak nechcete, aby sa tieto správy používali, neposielajte ich Meta AI.',
      },
      {
        question: 'Nemám účet. Môže Meta aj tak používať údaje o mne?',
        answer:
          'Možno áno. Meta používa aj údaje, ktoré kupuje od iných firiem, a iní ľudia môžu zverejňovať vaše fotografie. Hamburský úrad uvádza, že Meta ponúka samostatný spôsob, ako podať námietku proti používaniu údajov od tretích strán. Odkaz naň sa nám nepodarilo overiť.',
      },
      {
        question: 'Ako zistím, že to fungovalo?',
        answer:
          'Meta pošle potvrdzujúci e-mail na adresu vášho účtu. V teste iniciatívy klicksafe prišiel do niekoľkých minút. Uschovajte si ho. Ak nič nepríde, pozrite sa do priečinka so spamom a potom formulár odošlite znova.',
      },
      {
        question: 'Námietku mám podanú už z roku 2024. Musím ju podať znova?',
        answer: 'Nie. Úrad Datatilsynet aj Meta uvádzajú, že námietky podané v roku 2024 stále platia.',
      },
    ],
  },
  print: {
    heading: 'Tento návod na papieri',
    qr: 'Naskenujte kód a otvorte si tento návod v telefóne: {url}',
  },
};
