import type { ObjectionGuideContent } from './en';

/** The objection guide in Czech. */
export const objectionGuideCs: ObjectionGuideContent = {
  title: 'Jak vznést námitku krok za krokem',
  description:
    'Vzneste námitku proti tomu, aby Meta používala vaše příspěvky z Facebooku a Instagramu k trénování AI: oficiální formuláře, jednotlivé kroky, texty, které můžete použít, a na co se námitka vztahuje.',
  intro:
    'Námitka zabere asi pět minut na každou platformu. Potřebujete přihlašovací údaje a přístup k e-mailové adrese svého účtu.',
  tocLabel: 'Na této stránce',
  warning: 'Používejte jen oficiální formuláře, na které zde odkazujeme. Meta vás ve formuláři nikdy nežádá o heslo.',

  facebook: {
    heading: 'Námitka na Facebooku',
    steps: [
      'Nejdřív se ve webovém prohlížeči přihlaste k Facebooku. Formulář funguje jen tehdy, když jste přihlášeni.',
      'Oficiální formulář pro námitku otevřete tlačítkem níže. Otevře se na webu {host}.',
      'V seznamu vyberte zemi, ve které žijete.',
      'Zadejte e-mailovou adresu svého účtu na Facebooku.',
      'Textové pole je nepovinné: můžete ho nechat prázdné, nebo do něj vložit některý z textů níže.',
      'Klikněte na „Odeslat“.',
      'Meta vám může na e-mailovou adresu poslat bezpečnostní kód. Zadejte ho na stránce formuláře.',
      'Meta vám námitku potvrdí e-mailem, často během několika minut. Tento e-mail si uschovejte: je to váš doklad.',
    ],
  },
  instagram: {
    heading: 'Námitka na Instagramu',
    steps: [
      'Nejdřív se ve webovém prohlížeči přihlaste k Instagramu. Formulář funguje jen tehdy, když jste přihlášeni.',
      'Oficiální formulář pro námitku otevřete tlačítkem níže. Otevře se na webu {host}.',
      'V seznamu vyberte zemi, ve které žijete.',
      'Zadejte e-mailovou adresu svého účtu na Instagramu.',
      'Textové pole je nepovinné: můžete ho nechat prázdné, nebo do něj vložit některý z textů níže.',
      'Klikněte na „Odeslat“.',
      'Meta vám může na e-mailovou adresu poslat bezpečnostní kód. Zadejte ho na stránce formuláře.',
      'Meta vám námitku potvrdí e-mailem, často během několika minut. Tento e-mail si uschovejte: je to váš doklad.',
    ],
  },
  stepsSource: 'Kroky podle testu iniciativy klicksafe a popisu hamburského úřadu pro ochranu osobních údajů.',

  inApp: {
    heading: 'V telefonu, v aplikaci',
    intro:
      'Námitku můžete vznést i přímo v aplikacích. Meta tyto nabídky někdy přesouvá. Pokud je nenajdete, použijte odkazy na formuláře výše.',
    facebook:
      'Facebook: Nabídka → Nastavení a soukromí → Nastavení → Zásady ochrany osobních údajů → odkaz pro vznesení námitky.',
    instagram:
      'Instagram: Profil → Nabídka → Nastavení → Informace → Zásady ochrany osobních údajů → odkaz pro vznesení námitky.',
    privacyCenter: 'Jiná cesta: Centrum ochrany soukromí společnosti Meta → AI ve společnosti Meta → podat námitku.',
    source: 'Cesty v nabídkách podle zpráv v tisku. Ve vaší verzi aplikace se mohou lišit.',
  },

  texts: {
    heading: 'Co můžete napsat',
    intro:
      'Důvod uvádět nemusíte. Norský úřad Datatilsynet píše: „Nemusíte to zdůvodňovat“ (náš překlad). Meta uvedla, že přijímá všechny námitky. Pokud chcete něco napsat, zkopírujte do textového pole některý z těchto textů.',
    copy: 'Kopírovat text',
    copied: 'Zkopírováno do schránky.',
    copyFailed: 'Kopírování se nezdařilo. Označte text a zkopírujte ho sami.',
    items: [
      {
        title: 'Stručně a neutrálně',
        text: 'Vznáším námitku proti použití svých osobních údajů, včetně svých příspěvků, fotografií a komentářů, pro vývoj a zlepšování umělé inteligence ve společnosti Meta.',
      },
      {
        title: 'K autorským právům k vašim příspěvkům',
        text: 'K obsahu, který zveřejňuji, mi náležejí autorská práva. Jeho použití pro aplikace umělé inteligence nepovoluji.',
        note: 'Podle formulace, kterou iniciativa klicksafe úspěšně použila ve svém testu.',
      },
      {
        title: 'K vašim osobním obavám',
        text: 'Moje příspěvky a fotografie jsou osobní. Jakmile budou použity k trénování modelu AI, nelze je z něj znovu odstranit. Nechci, aby byly moje údaje k tomuto účelu použity.',
      },
    ],
  },

  covers: {
    heading: 'Na co se námitka vztahuje',
    covered: 'Vztahuje se',
    notCovered: 'Nevztahuje se, nebo se to stejně nepoužívá',
    items: [
      {
        kind: 'covered',
        text: 'Vaše veřejné příspěvky, fotografie, popisky a komentáře, pokud jste dospělí.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Co píšete chatbotu Meta AI, v jakémkoli věku.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Soukromé zprávy: Meta uvádí, že je k tomuto trénování nepoužívá.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Účty osob mladších 18 let: Meta uvádí, že jejich příspěvky nepoužívá.',
        source: 'zprávy v tisku',
      },
      {
        kind: 'notCovered',
        text: 'Příspěvky a fotografie, které o vás zveřejňují jiní lidé: vaše námitka se na ně nevztahuje.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Více účtů: podle úřadu Datatilsynet platí jedna námitka pro všechny účty propojené ve stejném Centru účtů. Jiné zdroje doporučují jednu námitku na každý účet. Pokud si nejste jisti, odešlete oba formuláře, a to pro každý účet zvlášť.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: podle zpráv v tisku se soukromé chaty nepoužívají, zprávy, které ve WhatsAppu posíláte Meta AI, ale ano. Samostatný formulář pro námitku pro WhatsApp není znám.',
    whatsappSource: 'zprávy v tisku',
    thirdParty:
      'Údaje od jiných firem: Meta k trénování své AI používá také údaje, které nakupuje od třetích stran. To se může týkat i lidí bez účtu. Hamburský úřad uvádí, že Meta pro tento případ nabízí samostatný způsob, jak vznést námitku. Odkaz na něj jsme nedokázali ověřit, proto ho neuvádíme. Podrobnosti najdete v upozornění z Hamburku.',
    thirdPartyLink: 'Upozornění z Hamburku z 12. června 2024',
    sourceLabel: 'Zdroj: {source}',
  },

  afterDeadline: {
    heading: 'Pokud lhůta uplynula',
    text: 'Námitku můžete vznést kdykoli. Námitka vyloučí z trénování AI společnosti Meta to, co zveřejníte od té chvíle. Neodstraní to, co Meta už použila: údaje, které se dostaly do modelu, z něj nelze znovu vyjmout.',
    earlier: 'Pokud jste vznesli námitku v roce 2024, podle úřadu Datatilsynet a společnosti Meta stále platí.',
    source: 'Hamburský úřad pro ochranu osobních údajů, 15. dubna 2025',
  },

  checklist: {
    heading: 'Váš kontrolní seznam',
    intro: 'Zaškrtněte, co už máte hotové. Zaškrtnutí zůstanou jen v tomto prohlížeči. Nikam se nic neodesílá.',
    items: ['Formulář pro Facebook odeslán', 'Formulář pro Instagram odeslán', 'Potvrzovací e-mail přijat a uschován'],
    reset: 'Zrušit zaškrtnutí',
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
    button: 'Vytisknout návod',
  },
};
