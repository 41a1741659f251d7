import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovak. */
export const objectionGuideSk: ObjectionGuideContent = {
  title: 'Ako podať námietku krok za krokom',
  description:
    'Podajte námietku proti tomu, aby Meta používala vaše príspevky z Facebooku a Instagramu na trénovanie AI: oficiálne formuláre, kroky v aplikácii alebo v prehliadači, texty, ktoré môžete použiť, a na čo sa námietka vzťahuje.',
  intro:
    'Námietka je bezplatná a dôvod uvádzať nemusíte. Musíte byť prihlásení a mať prístup k e-mailovej adrese svojho účtu.',
  warning:
    'Používajte iba oficiálne formuláre, na ktoré odkazujeme na tejto stránke. Naša rada: nikdy nezadávajte heslo do formulára, ktorý vám niekto pošle v správe alebo e-mailom.',
  warningLabel: 'Upozornenie',
  chooser: {
    heading: 'Ako chcete podať námietku',
    platformLegend: 'Ktorý účet chcete chrániť?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Oba',
    },
    wayLegend: 'Kde ho používate?',
    ways: {
      app: 'V aplikácii v telefóne',
      browser: 'Vo webovom prehliadači',
    },
    ticksNote: 'Každý krok po dokončení označte. Označenia zostanú iba v tomto prehliadači; nikam sa nič neodosiela.',
  },
  paths: {
    'facebook-browser': 'Facebook, vo webovom prehliadači',
    'instagram-browser': 'Instagram, vo webovom prehliadači',
    'both-browser': 'Facebook a Instagram, vo webovom prehliadači',
    'facebook-app': 'Facebook, v aplikácii',
    'instagram-app': 'Instagram, v aplikácii',
    'both-app': 'Facebook a Instagram, v aplikáciách',
  },
  steps: {
    'login-browser': 'Vo webovom prehliadači sa prihláste na {platforms}. Formulár funguje, iba keď ste prihlásení.',
    'app-facebook':
      'V aplikácii Facebook otvorte ponuku, potom nastavenia a súkromie (Settings & privacy) → nastavenia → pravidlá ochrany súkromia (Privacy Policy) a ťuknite na odkaz na podanie námietky. Otvorí sa formulár spoločnosti Meta na podanie námietky.',
    'app-instagram':
      'V aplikácii Instagram otvorte svoj profil, potom ponuku → nastavenia → informácie (About) → pravidlá ochrany súkromia (Privacy Policy) a ťuknite na odkaz na podanie námietky. Otvorí sa formulár spoločnosti Meta na podanie námietky.',
    'what-the-form-asks':
      'Formulár sa pýta na krajinu, kde žijete, a na e-mailovú adresu vášho účtu. Má aj pole na dôvod: podľa úradu Datatilsynet žiadny uvádzať nemusíte, takže ho môžete nechať prázdne.',
    'send-form':
      'Otvorte oficiálny formulár nižšie, vyplňte ho a stlačte tlačidlo na odoslanie (Send). Otvorí sa na webe {hosts}.',
    'send-each-form':
      'Otvorte postupne oficiálne formuláre nižšie, každý vyplňte a stlačte tlačidlo na odoslanie (Send). Otvoria sa na weboch {hosts}.',
    'send-in-app': 'Na konci formulára stlačte tlačidlo na odoslanie (Send).',
    'send-in-each-app': 'Na konci každého formulára stlačte tlačidlo na odoslanie (Send).',
    'security-code': 'Meta vám môže na e-mailovú adresu poslať bezpečnostný kód. Zadajte ho na stránke formulára.',
    confirmation:
      'Meta vám námietku potvrdí e-mailom; v teste iniciatívy klicksafe prišiel e-mail o niekoľko minút neskôr. Uschovajte si ho: je to váš doklad.',
  },
  textsLink: 'Texty, ktoré môžete použiť v poli na dôvod',
  checks: {
    'facebook-sent': 'Formulár pre Facebook odoslaný',
    'instagram-sent': 'Formulár pre Instagram odoslaný',
    'confirmation-kept': 'Potvrdzujúci e-mail prišiel a je uschovaný',
  },
  clearTicks: 'Zrušiť označenia',
  appFallback: {
    cannotFind:
      'Neviete nájsť ponuku? Meta ju z času na čas presúva a vo vašej aplikácii sa jej položky môžu volať inak. Použite namiesto toho oficiálny formulár vo webovom prehliadači:',
    privacyCentre:
      'Ďalšia cesta v aplikácii: centrum ochrany súkromia (Privacy Centre) spoločnosti Meta → AI v spoločnosti Meta (AI at Meta) → odoslanie žiadosti o námietku (submit an objection request).',
  },
  credits:
    'Kroky vo formulári vychádzajú z testu iniciatívy klicksafe z júna 2024, v ktorom klicksafe pole na dôvod vyplnila; že dôvod uvádzať nemusíte, uvádza úrad Datatilsynet (apríl 2025). Odkazy na formuláre sú tie, ktoré uviedol hamburský úrad v apríli 2025; cesty v ponukách aplikácií pochádzajú zo správ v tlači a vo vašej verzii aplikácie sa môžu líšiť.',
  texts: {
    heading: 'Čo môžete napísať',
    intro:
      'Dôvod uvádzať nemusíte. Nórsky úrad Datatilsynet píše: „Nemusíte to zdôvodňovať“ (náš preklad). Meta uviedla, že prijíma všetky námietky. Ak chcete niečo napísať, skopírujte do textového poľa niektorý z týchto textov.',
    copy: 'Kopírovať text',
    copied: 'Skopírované do schránky.',
    copyFailed: 'Kopírovanie sa nepodarilo. Označte text a skopírujte ho sami.',
    items: {
      neutral: {
        title: 'Stručne a neutrálne',
        text: 'Namietam proti spracúvaniu svojich osobných údajov vrátane svojich príspevkov, fotografií a komentárov na účely vývoja a zlepšovania umelej inteligencie (AI) spoločnosti Meta.',
      },
      copyright: {
        title: 'O autorských právach k vlastným príspevkom',
        text: 'K obsahu, ktorý zverejňujem, mám autorské práva a nedávam súhlas na jeho použitie v aplikáciách AI.',
        note: 'Podľa formulácie, ktorú iniciatíva klicksafe úspešne použila vo svojom teste.',
      },
      personal: {
        title: 'O vašich osobných obavách',
        text: 'Moje príspevky a fotografie sú osobné. Keď sa raz použijú na trénovanie modelu AI, nedajú sa z neho znova odstrániť. Nechcem, aby sa na to používali moje osobné údaje.',
      },
    },
  },
  covers: {
    heading: 'Na čo sa námietka vzťahuje',
    covered: 'Vzťahuje sa',
    unclear: 'Meta to používa; žiadny zdroj neuvádza, že tomu námietka zabráni',
    notCovered: 'Nevzťahuje sa alebo sa to aj tak nepoužíva',
    items: {
      'public-content': 'Vaše verejné príspevky, fotografie, popisy a komentáre, ak ste dospelí.',
      'meta-ai-chats':
        'To, čo zadávate do Meta AI, teda chatbotu, alebo do jej nástrojov na obrázky: Meta to používa v akomkoľvek veku. Naša rada: nezadávajte tam nič, čo nechcete, aby sa používalo.',
      'private-messages': 'Súkromné správy: podľa spoločnosti Meta sa na toto trénovanie nepoužívajú.',
      minors: 'Obsah ľudí mladších ako 18 rokov: Meta ich príspevky a fotografie na toto trénovanie nepoužíva.',
      'posts-by-others':
        'Príspevky a fotografie, ktoré o vás zverejňujú iní ľudia: na tie sa vaša námietka nevzťahuje.',
    },
    accounts:
      'Viac účtov: podľa úradu Datatilsynet platí jedna námietka pre všetky účty prepojené v tom istom centre účtov (Accounts Centre), a ak si nie ste istí, máte vyplniť formulár pre Facebook aj pre Instagram. Naša rada: ak vaše účty prepojené nie sú, odošlite formulár raz za každý účet.',
    whatsapp:
      'WhatsApp: podľa správ v tlači sa súkromné chaty nepoužívajú, správy, ktoré vo WhatsAppe posielate Meta AI, však áno. Samostatný formulár na podanie námietky pre WhatsApp nie je známy.',
    thirdParty:
      'Údaje od iných firiem: Meta na trénovanie svojej AI používa aj údaje, ktoré kupuje od tretích strán. Môže sa to týkať aj ľudí bez účtu. Hamburský úrad uvádza, že Meta na to ponúka samostatný spôsob, ako podať námietku. Odkaz naň sa nám nepodarilo overiť, preto ho neuvádzame. Podrobnosti nájdete v upozornení z Hamburgu.',
    thirdPartyLink: 'Naše zhrnutie upozornenia z Hamburgu z 12. júna 2024',
  },
  afterDeadline: {
    heading: 'Ak lehota uplynula',
    text: 'Námietku môžete podať kedykoľvek. Od tej chvíle vaša námietka zabráni tomu, aby Meta používala vaše verejné príspevky pre svoju AI. Neodstráni však to, čo Meta už použila: údaje, ktoré sa dostali do modelu, sa z neho nedajú znova vybrať.',
    earlier: 'Ak ste podali námietku v roku 2024, podľa úradu Datatilsynet a spoločnosti Meta stále platí.',
  },
  faq: {
    heading: 'Časté otázky',
    items: [
      {
        question: 'Týka sa to aj mňa?',
        answer:
          'Áno, ak žijete v EÚ alebo EHP (patrí sem aj Nórsko, Island a Lichtenštajnsko), máte aspoň 18 rokov a máte na Facebooku alebo Instagrame verejné príspevky, fotografie alebo komentáre: na tie sa vaša námietka vzťahuje. Meta používa aj to, čo do Meta AI zadávajú ľudia akéhokoľvek veku; žiadny zdroj neuvádza, že tomu námietka zabráni. V Spojenom kráľovstve postupuje Meta inak.',
      },
      {
        question: 'Lehota už uplynula. Je neskoro?',
        answer:
          'Nie. Námietku môžete podať kedykoľvek. Od tej chvíle zabráni tomu, aby Meta používala vaše verejné príspevky pre svoju AI. Čo už Meta použila na trénovanie, sa z jej AI nedá znova odstrániť.',
      },
      {
        question: 'Musím uviesť dôvod?',
        answer:
          'Nie. Podľa úradu Datatilsynet nemusíte námietku zdôvodňovať, takže textové pole môžete nechať prázdne. Meta uviedla, že prijíma všetky námietky.',
      },
      {
        question: 'Mám viac účtov. Čo mám robiť?',
        answer:
          'Podľa úradu Datatilsynet platí jedna námietka pre účty prepojené v tom istom centre účtov (Accounts Centre); ak si nie ste istí, Datatilsynet odporúča vyplniť formulár pre Facebook aj pre Instagram. Naša rada: ak vaše účty prepojené nie sú, odošlite formulár raz za každý účet.',
      },
      {
        question: 'Vzťahuje sa námietka aj na fotografie mojich detí, ktoré zverejňujem?',
        answer:
          'Vaša námietka sa vzťahuje na verejný obsah, ktorý ste zverejnili, vrátane fotografií vašich detí. Úrad Datatilsynet sa spoločnosti Meta spýtal, či trénuje na fotografiách detí, ktoré zverejňujú dospelí. Keď Datatilsynet zverejnil svoje upozornenie, Meta ešte neodpovedala.',
      },
      {
        question: 'Mám menej ako 18 rokov alebo moje dieťa. Čo platí?',
        answer:
          'Podľa úradu Datatilsynet používa Meta na toto trénovanie len verejné príspevky a fotografie používateľov starších ako 18 rokov, takže vlastné príspevky dospievajúcich sa nepoužívajú. To, čo ľudia zadávajú do Meta AI, sa používa v akomkoľvek veku a žiadny zdroj neuvádza, že tomu námietka zabráni: naša rada je nezadávať tam nič, čo nechcete, aby sa používalo. Fotografie detí, ktoré zverejňujú dospelí, sú otvorenou otázkou: Datatilsynet sa spoločnosti Meta spýtal, či na nich trénuje. Rodičia, ktorí takéto fotografie zverejňujú verejne, môžu podať námietku za svoj vlastný účet.',
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
        question: 'Ako zistím, že to vyšlo?',
        answer:
          'Meta pošle potvrdzujúci e-mail na adresu vášho účtu; v teste iniciatívy klicksafe prišiel o niekoľko minút neskôr. Uschovajte si ho. Ak nič nepríde, pozrite sa do priečinka so spamom a potom formulár odošlite znova.',
      },
      {
        question: 'Platí moja námietka z roku 2024, alebo ju musím podať znova?',
        answer:
          'Znova ju podávať nemusíte. Úrad Datatilsynet aj Meta uvádzajú, že námietky podané v roku 2024 stále platia.',
      },
    ],
  },
  print: {
    heading: 'Tento návod na papieri',
    qr: 'Naskenujte kód a otvorte si tento návod v telefóne: {url}',
  },
};
