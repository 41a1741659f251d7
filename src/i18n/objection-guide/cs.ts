import type { ObjectionGuideContent } from './en';

/** The objection guide in Czech. */
export const objectionGuideCs: ObjectionGuideContent = {
  title: 'Jak vznést námitku krok za krokem',
  description:
    'Vzneste námitku proti tomu, aby Meta používala vaše příspěvky z Facebooku a Instagramu k trénování AI: oficiální formuláře, kroky v aplikaci nebo v prohlížeči, texty, které můžete použít, a na co se námitka vztahuje.',
  intro:
    'Námitka je zdarma a důvod uvádět nemusíte. Musíte být přihlášeni a mít přístup k e-mailové adrese svého účtu.',
  warning:
    'Používejte jen oficiální formuláře, na které odkazujeme na této stránce. Naše rada: nikdy nezadávejte heslo do formuláře, který vám někdo pošle ve zprávě nebo e-mailem.',
  warningLabel: 'Upozornění',
  chooser: {
    heading: 'Jak chcete námitku vznést',
    platformLegend: 'Který účet chcete chránit?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Oba',
    },
    wayLegend: 'Kde ho používáte?',
    ways: {
      app: 'V aplikaci v telefonu',
      browser: 'Ve webovém prohlížeči',
    },
    ticksNote:
      'Každý krok po dokončení zaškrtněte. Zaškrtnutí zůstanou jen v tomto prohlížeči; nikam se nic neodesílá.',
  },
  paths: {
    'facebook-browser': 'Facebook, ve webovém prohlížeči',
    'instagram-browser': 'Instagram, ve webovém prohlížeči',
    'both-browser': 'Facebook a Instagram, ve webovém prohlížeči',
    'facebook-app': 'Facebook, v aplikaci',
    'instagram-app': 'Instagram, v aplikaci',
    'both-app': 'Facebook a Instagram, v aplikacích',
  },
  steps: {
    'login-browser': 'Ve webovém prohlížeči se přihlaste na {platforms}. Formulář funguje, jen když jste přihlášeni.',
    'app-facebook':
      'V aplikaci Facebook otevřete nabídku, pak nastavení a soukromí (Settings & privacy) → nastavení → zásady ochrany osobních údajů (Privacy Policy) a klepněte na odkaz pro vznesení námitky. Otevře se formulář společnosti Meta pro námitku.',
    'app-instagram':
      'V aplikaci Instagram otevřete svůj profil, pak nabídku → nastavení → informace (About) → zásady ochrany osobních údajů (Privacy Policy) a klepněte na odkaz pro vznesení námitky. Otevře se formulář společnosti Meta pro námitku.',
    'what-the-form-asks':
      'Formulář se ptá na zemi, kde žijete, a na e-mailovou adresu vašeho účtu. Má také pole pro důvod: podle úřadu Datatilsynet žádný uvádět nemusíte, takže ho můžete nechat prázdné.',
    'send-form':
      'Otevřete oficiální formulář níže, vyplňte ho a stiskněte tlačítko pro odeslání (Send). Otevře se na webu {hosts}.',
    'send-each-form':
      'Otevřete postupně oficiální formuláře níže, každý vyplňte a stiskněte tlačítko pro odeslání (Send). Otevřou se na webech {hosts}.',
    'send-in-app': 'Na konci formuláře stiskněte tlačítko pro odeslání (Send).',
    'send-in-each-app': 'Na konci každého formuláře stiskněte tlačítko pro odeslání (Send).',
    'security-code': 'Meta vám může na e-mailovou adresu poslat bezpečnostní kód. Zadejte ho na stránce formuláře.',
    confirmation:
      'Meta vám námitku potvrdí e-mailem; v testu iniciativy klicksafe dorazil e-mail o několik minut později. Uschovejte si ho: je to váš doklad.',
  },
  textsLink: 'Texty, které můžete použít v poli pro důvod',
  checks: {
    'facebook-sent': 'Formulář pro Facebook odeslán',
    'instagram-sent': 'Formulář pro Instagram odeslán',
    'confirmation-kept': 'Potvrzovací e-mail přišel a je uschovaný',
  },
  clearTicks: 'Zrušit zaškrtnutí',
  appFallback: {
    cannotFind:
      'Nemůžete nabídku najít? Meta ji čas od času přesouvá a ve vaší aplikaci se její položky mohou jmenovat jinak. Použijte místo toho oficiální formulář ve webovém prohlížeči:',
    privacyCentre:
      'Další cesta v aplikaci: Centrum soukromí (Privacy Centre) společnosti Meta → AI ve společnosti Meta (AI at Meta) → odeslání žádosti o námitku (submit an objection request).',
  },
  credits:
    'Kroky ve formuláři vycházejí z testu iniciativy klicksafe z června 2024, v němž klicksafe pole pro důvod vyplnila; že důvod uvádět nemusíte, uvádí úřad Datatilsynet (duben 2025). Odkazy na formuláře jsou ty, které uvedl hamburský úřad v dubnu 2025; cesty v nabídkách aplikací pocházejí ze zpráv v tisku a ve vaší verzi aplikace se mohou lišit.',
  texts: {
    heading: 'Co můžete napsat',
    intro:
      'Důvod uvádět nemusíte. Norský úřad Datatilsynet píše: „Nemusíte to zdůvodňovat“ (náš překlad). Meta uvedla, že přijímá všechny námitky. Pokud chcete něco napsat, zkopírujte do textového pole některý z těchto textů.',
    copy: 'Kopírovat text',
    copied: 'Zkopírováno do schránky.',
    copyFailed: 'Kopírování se nezdařilo. Označte text a zkopírujte ho sami.',
    items: {
      neutral: {
        title: 'Krátce a neutrálně',
        text: 'Vznáším námitku proti zpracování svých osobních údajů, včetně svých příspěvků, fotografií a komentářů, pro účely vývoje a zlepšování umělé inteligence (AI) společnosti Meta.',
      },
      copyright: {
        title: 'O autorských právech k vlastním příspěvkům',
        text: 'K obsahu, který zveřejňuji, mám autorská práva a nedávám svolení k jeho použití pro aplikace AI.',
        note: 'Podle formulace, kterou iniciativa klicksafe úspěšně použila ve svém testu.',
      },
      personal: {
        title: 'O vašich osobních obavách',
        text: 'Moje příspěvky a fotografie jsou osobní. Jakmile se použijí k trénování modelu AI, nelze je z něj znovu odstranit. Nechci, aby se k tomu používaly moje osobní údaje.',
      },
    },
  },
  covers: {
    heading: 'Na co se námitka vztahuje',
    covered: 'Vztahuje se',
    unclear: 'Meta to používá; žádný zdroj neuvádí, že to námitka zastaví',
    notCovered: 'Nevztahuje se, nebo se to stejně nepoužívá',
    items: {
      'public-content': 'Vaše veřejné příspěvky, fotografie, popisky a komentáře, pokud jste dospělí.',
      'meta-ai-chats':
        'Co zadáváte do Meta AI, tedy chatbotu, nebo do jejích nástrojů na obrázky: Meta to používá v jakémkoli věku. Naše rada: nezadávejte tam nic, co nechcete, aby se používalo.',
      'private-messages': 'Soukromé zprávy: podle společnosti Meta se k tomuto trénování nepoužívají.',
      minors: 'Obsah lidí mladších 18 let: Meta jejich příspěvky a fotografie k tomuto trénování nepoužívá.',
      'posts-by-others': 'Příspěvky a fotografie, které o vás zveřejňují jiní lidé: na ty se vaše námitka nevztahuje.',
    },
    accounts:
      'Více účtů: podle úřadu Datatilsynet platí jedna námitka pro všechny účty propojené ve stejném centru účtů (Accounts Centre), a pokud si nejste jisti, máte vyplnit formulář pro Facebook i pro Instagram. Naše rada: pokud vaše účty propojené nejsou, odešlete formulář jednou za každý účet.',
    whatsapp:
      'WhatsApp: podle zpráv v tisku se soukromé chaty nepoužívají, zprávy, které ve WhatsAppu posíláte Meta AI, ale ano. Samostatný formulář pro námitku pro WhatsApp není znám.',
    thirdParty:
      'Údaje od jiných firem: Meta k trénování své AI používá také údaje, které nakupuje od třetích stran. To se může týkat i lidí bez účtu. Hamburský úřad uvádí, že Meta pro tento případ nabízí samostatný způsob, jak vznést námitku. Odkaz na něj jsme nedokázali ověřit, proto ho neuvádíme. Podrobnosti najdete v upozornění z Hamburku.',
    thirdPartyLink: 'Naše shrnutí upozornění z Hamburku z 12. června 2024',
  },
  afterDeadline: {
    heading: 'Pokud lhůta uplynula',
    text: 'Námitku můžete vznést kdykoli. Od té chvíle vaše námitka zabrání tomu, aby Meta používala vaše veřejné příspěvky pro svou AI. Neodstraní však to, co Meta už použila: údaje, které se dostaly do modelu, z něj nelze znovu vyjmout.',
    earlier: 'Pokud jste vznesli námitku v roce 2024, podle úřadu Datatilsynet a společnosti Meta stále platí.',
  },
  faq: {
    heading: 'Časté otázky',
    items: [
      {
        question: 'Týká se to i mě?',
        answer:
          'Ano, pokud žijete v EU nebo EHP (patří sem i Norsko, Island a Lichtenštejnsko), je vám alespoň 18 let a máte na Facebooku nebo Instagramu veřejné příspěvky, fotografie nebo komentáře: na ty se vaše námitka vztahuje. Meta používá také to, co do Meta AI zadávají lidé jakéhokoli věku; žádný zdroj neuvádí, že to námitka zastaví. Ve Spojeném království postupuje Meta jinak.',
      },
      {
        question: 'Lhůta už uplynula. Je pozdě?',
        answer:
          'Ne. Námitku můžete vznést kdykoli. Od té chvíle zabrání tomu, aby Meta používala vaše veřejné příspěvky pro svou AI. Co už Meta použila k trénování, nelze z její AI znovu odstranit.',
      },
      {
        question: 'Musím uvádět důvod?',
        answer:
          'Ne. Podle úřadu Datatilsynet nemusíte námitku zdůvodňovat, takže textové pole můžete nechat prázdné. Meta uvedla, že přijímá všechny námitky.',
      },
      {
        question: 'Mám více účtů. Co mám dělat?',
        answer:
          'Podle úřadu Datatilsynet platí jedna námitka pro účty propojené ve stejném centru účtů (Accounts Centre); pokud si nejste jisti, Datatilsynet doporučuje vyplnit formulář pro Facebook i pro Instagram. Naše rada: pokud vaše účty propojené nejsou, odešlete formulář jednou za každý účet.',
      },
      {
        question: 'Vztahuje se námitka i na fotografie mých dětí, které zveřejňuji?',
        answer:
          'Vaše námitka se vztahuje na veřejný obsah, který jste zveřejnili, včetně fotografií vašich dětí. Úřad Datatilsynet se společnosti Meta zeptal, zda trénuje na fotografiích dětí, které zveřejňují dospělí. Když Datatilsynet zveřejnil své upozornění, Meta ještě neodpověděla.',
      },
      {
        question: 'Je mi méně než 18 let, nebo mému dítěti. Co platí?',
        answer:
          'Podle úřadu Datatilsynet používá Meta k tomuto trénování jen veřejné příspěvky a fotografie uživatelů starších 18 let, takže vlastní příspěvky dospívajících se nepoužívají. To, co lidé zadávají do Meta AI, se používá v jakémkoli věku a žádný zdroj neuvádí, že to námitka zastaví: naše rada je nezadávat tam nic, co nechcete, aby se používalo. Fotografie dětí, které zveřejňují dospělí, jsou otevřenou otázkou: Datatilsynet se společnosti Meta zeptal, zda na nich trénuje. Rodiče, kteří takové fotografie zveřejňují veřejně, mohou vznést námitku za svůj vlastní účet.',
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
        question: 'Jak poznám, že to vyšlo?',
        answer:
          'Meta pošle potvrzovací e-mail na adresu vašeho účtu; v testu iniciativy klicksafe dorazil o několik minut později. Uschovejte si ho. Pokud nic nepřijde, podívejte se do složky se spamem a pak formulář odešlete znovu.',
      },
      {
        question: 'Platí moje námitka z roku 2024, nebo ji musím vznést znovu?',
        answer:
          'Znovu ji vznášet nemusíte. Úřad Datatilsynet i Meta uvádějí, že námitky vznesené v roce 2024 stále platí.',
      },
    ],
  },
  print: {
    heading: 'Tento návod na papíře',
    qr: 'Naskenujte kód a otevřete si tento návod v telefonu: {url}',
  },
};
