import type { ObjectionGuideContent } from './en';

/** The objection guide in Croatian. */
export const objectionGuideHr: ObjectionGuideContent = {
  title: 'Kako uložiti prigovor, korak po korak',
  description:
    'Uložite prigovor na to da Meta Vaše objave na Facebooku i Instagramu upotrebljava za treniranje umjetne inteligencije: službeni obrasci, koraci u aplikaciji ili u pregledniku, tekstovi koje možete upotrijebiti i što prigovor obuhvaća.',
  intro:
    'Prigovor je besplatan i ne morate navesti razlog. Morate biti prijavljeni i imati pristup adresi e-pošte svojeg računa.',
  warning:
    'Upotrebljavajte samo službene obrasce na koje upućuju poveznice na ovoj stranici. Naš savjet: nikad ne upisujte lozinku u obrazac koji Vam netko pošalje u poruci ili e-poruci.',
  warningLabel: 'Upozorenje',
  chooser: {
    heading: 'Vaš način ulaganja prigovora',
    platformLegend: 'Koji račun želite zaštititi?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Oba',
    },
    wayLegend: 'Gdje ga upotrebljavate?',
    ways: {
      app: 'U aplikaciji na mobitelu',
      browser: 'U web-pregledniku',
    },
    ticksNote: 'Označite svaki korak kad ga obavite. Oznake ostaju samo u ovom pregledniku; ništa se nikamo ne šalje.',
  },
  paths: {
    'facebook-browser': 'Facebook, u web-pregledniku',
    'instagram-browser': 'Instagram, u web-pregledniku',
    'both-browser': 'Facebook i Instagram, u web-pregledniku',
    'facebook-app': 'Facebook, u aplikaciji',
    'instagram-app': 'Instagram, u aplikaciji',
    'both-app': 'Facebook i Instagram, u aplikacijama',
  },
  steps: {
    'login-browser': 'Prijavite se na {platforms} u web-pregledniku. Obrazac radi samo dok ste prijavljeni.',
    'app-facebook':
      'U aplikaciji Facebook otvorite izbornik, zatim postavke i privatnost (Settings & privacy) → postavke (Settings) → pravila o privatnosti (Privacy Policy) i dodirnite poveznicu za prigovor. Otvara se Metin obrazac za prigovor.',
    'app-instagram':
      'U aplikaciji Instagram otvorite svoj profil, zatim izbornik → postavke (Settings) → informacije (About) → pravila o privatnosti (Privacy Policy) i dodirnite poveznicu za prigovor. Otvara se Metin obrazac za prigovor.',
    'what-the-form-asks':
      'Obrazac traži državu u kojoj živite i adresu e-pošte Vašeg računa. Ima i polje za razlog: prema tijelu Datatilsynet ne morate ga navesti, pa polje možete ostaviti praznim.',
    'send-form':
      'Otvorite službeni obrazac u nastavku, ispunite ga i pritisnite gumb za slanje (Send). Otvara se na adresi {hosts}.',
    'send-each-form':
      'Otvorite službene obrasce u nastavku jedan za drugim, ispunite svaki i pritisnite gumb za slanje (Send). Otvaraju se na adresama {hosts}.',
    'send-in-app': 'Na kraju obrasca pritisnite gumb za slanje (Send).',
    'send-in-each-app': 'Na kraju svakog obrasca pritisnite gumb za slanje (Send).',
    'security-code': 'Meta Vam može poslati sigurnosni kôd na adresu e-pošte. Upišite ga na stranici obrasca.',
    confirmation:
      'Meta potvrđuje Vaš prigovor e-poštom; u testu inicijative klicksafe e-poruka je stigla nekoliko minuta poslije. Sačuvajte je: to je Vaš dokaz.',
  },
  textsLink: 'Tekstovi za polje za razlog',
  checks: {
    'facebook-sent': 'Obrazac za Facebook poslan',
    'instagram-sent': 'Obrazac za Instagram poslan',
    'confirmation-kept': 'E-poruka s potvrdom primljena i sačuvana',
  },
  clearTicks: 'Izbriši moje oznake',
  appFallback: {
    cannotFind:
      'Ne možete pronaći izbornik? Meta ga povremeno premješta, a u Vašoj aplikaciji može imati drukčije nazive. Umjesto toga upotrijebite službeni obrazac u web-pregledniku:',
    privacyCentre:
      'Drugi način u aplikaciji: Metin centar za privatnost (Privacy Centre) → umjetna inteligencija u Meti (AI at Meta) → podnošenje zahtjeva za prigovor.',
  },
  credits:
    'Koraci u obrascu slijede test inicijative klicksafe iz lipnja 2024., u kojem je klicksafe ispunio polje za razlog; da ne morate navesti razlog, navodi Datatilsynet (travanj 2025.). Poveznice na obrasce one su koje je tijelo u Hamburgu navelo u travnju 2025.; putovi kroz izbornike u aplikacijama potječu iz medijskih izvješća i mogu se razlikovati u Vašoj verziji aplikacije.',
  texts: {
    heading: 'Što možete napisati',
    intro:
      'Ne morate navesti razlog. Datatilsynet kaže: „Svoj prigovor ne morate obrazložiti“ (naš prijevod), a Meta je izjavila da prihvaća sve prigovore. Ako želite nešto napisati, kopirajte jedan od ovih tekstova u polje za slobodan tekst.',
    copy: 'Kopiraj tekst',
    copied: 'Kopirano u međuspremnik.',
    copyFailed: 'Kopiranje nije uspjelo. Označite tekst i sami ga kopirajte.',
    items: {
      neutral: {
        title: 'Kratko i neutralno',
        text: 'Ulažem prigovor na obradu svojih osobnih podataka, uključujući svoje objave, fotografije i komentare, u svrhu razvoja i poboljšanja Metine umjetne inteligencije.',
      },
      copyright: {
        title: 'O autorskom pravu na vlastite objave',
        text: 'Nositelj sam autorskog prava na sadržaj koji objavljujem i ne dajem dopuštenje da se upotrebljava za aplikacije umjetne inteligencije.',
        note: 'Temelji se na formulaciji koju je inicijativa klicksafe uspješno upotrijebila u svojem testu.',
      },
      personal: {
        title: 'O osobnoj zabrinutosti',
        text: 'Moje objave i fotografije osobne su. Kad se jednom upotrijebe za treniranje modela umjetne inteligencije, više se ne mogu iz njega izvaditi. Ne želim da se moji osobni podaci upotrebljavaju u tu svrhu.',
      },
    },
  },
  covers: {
    heading: 'Što prigovor obuhvaća',
    covered: 'Obuhvaćeno',
    unclear: 'Meta to upotrebljava; nijedan izvor ne navodi da prigovor to zaustavlja',
    notCovered: 'Nije obuhvaćeno ili se ionako ne upotrebljava',
    items: {
      'public-content': 'Vaše javne objave, fotografije, opisi i komentari, ako ste punoljetni.',
      'meta-ai-chats':
        'Ono što upisujete u chatbot Meta AI ili u njegove alate za slike: Meta to upotrebljava u bilo kojoj dobi. Naš savjet: ne upisujte ondje ništa što ne želite da se upotrebljava.',
      'private-messages': 'Privatne poruke: Meta navodi da ih ne upotrebljava za ovo treniranje.',
      minors: 'Sadržaj osoba mlađih od 18 godina: Meta njihove objave i fotografije ne upotrebljava za ovo treniranje.',
      'posts-by-others': 'Objave i fotografije o Vama koje objavljuju drugi ljudi: Vaš ih prigovor ne obuhvaća.',
    },
    accounts:
      'Više računa: Datatilsynet navodi da jedan prigovor obuhvaća sve račune povezane u istom centru za račune (Accounts Centre) i da, ako niste sigurni, trebate ispuniti obrazac i za Facebook i za Instagram. Naš savjet: ako Vaši računi nisu povezani, pošaljite obrazac po jednom za svaki račun.',
    whatsapp:
      'WhatsApp: prema medijskim izvješćima, privatni razgovori ne upotrebljavaju se, ali poruke koje u WhatsAppu šaljete chatbotu Meta AI upotrebljavaju se. Zaseban obrazac za prigovor za WhatsApp nije poznat.',
    thirdParty:
      'Podaci drugih tvrtki: Meta za treniranje svoje umjetne inteligencije upotrebljava i podatke koje kupuje od trećih strana. To može pogoditi i osobe bez računa. Tijelo za zaštitu podataka u Hamburgu navodi da Meta za to nudi zaseban način ulaganja prigovora. Poveznicu na njega nismo mogli potvrditi pa je ne prikazujemo. Pojedinosti pročitajte u obavijesti iz Hamburga.',
    thirdPartyLink: 'Naš sažetak obavijesti iz Hamburga od 12. lipnja 2024.',
  },
  afterDeadline: {
    heading: 'Ako je rok istekao',
    text: 'Prigovor možete uložiti u bilo kojem trenutku. Od tada Vaš prigovor zaustavlja Metinu upotrebu Vaših javnih objava za njezinu umjetnu inteligenciju. Ne može ukloniti ono što je Meta već upotrijebila: podaci koji su ušli u model ne mogu se iz njega ponovno izvaditi.',
    earlier: 'Ako ste prigovor uložili 2024., on prema navodima tijela Datatilsynet i Mete i dalje vrijedi.',
  },
  faq: {
    heading: 'Česta pitanja',
    items: [
      {
        question: 'Odnosi li se ovo na mene?',
        answer:
          'Da, ako živite u EU-u ili EGP-u (to uključuje Norvešku, Island i Lihtenštajn), imate 18 ili više godina i imate javne objave, fotografije ili komentare na Facebooku ili Instagramu: njih obuhvaća Vaš prigovor. Meta upotrebljava i ono što ljudi bilo koje dobi upisuju u Meta AI; nijedan izvor ne navodi da prigovor to zaustavlja. U Ujedinjenoj Kraljevini Meta primjenjuje drugačiji postupak.',
      },
      {
        question: 'Rok mi je istekao. Je li prekasno?',
        answer:
          'Nije. Prigovor možete uložiti u bilo kojem trenutku. Od tada on zaustavlja Metinu upotrebu Vaših javnih objava za njezinu umjetnu inteligenciju. Ono što je Meta već upotrijebila za treniranje ne može se ponovno izvaditi iz njezine umjetne inteligencije.',
      },
      {
        question: 'Moram li navesti razlog?',
        answer:
          'Ne. Datatilsynet navodi da svoj prigovor ne morate obrazložiti, pa polje za slobodan tekst možete ostaviti praznim. Meta je izjavila da prihvaća sve prigovore.',
      },
      {
        question: 'Imam više računa. Što trebam učiniti?',
        answer:
          'Datatilsynet navodi da jedan prigovor obuhvaća račune povezane u istom centru za račune (Accounts Centre); ako niste sigurni, savjetuje da ispunite obrazac i za Facebook i za Instagram. Naš savjet: ako Vaši računi nisu povezani, pošaljite obrazac po jednom za svaki račun.',
      },
      {
        question: 'Obuhvaća li prigovor fotografije moje djece koje sam objavio ili objavila?',
        answer:
          'Vaš prigovor obuhvaća javne sadržaje koje ste objavili, uključujući fotografije svoje djece. Datatilsynet je pitao Metu trenira li ona svoju umjetnu inteligenciju na fotografijama djece koje objavljuju odrasli. Meta na to nije odgovorila do trenutka kada je Datatilsynet objavio svoju obavijest.',
      },
      {
        question: 'Mlađi sam od 18 godina ili je to moje dijete. Što vrijedi?',
        answer:
          'Prema tijelu Datatilsynet, Meta za ovo treniranje upotrebljava samo javne objave i fotografije korisnika starijih od 18 godina, pa se vlastite objave tinejdžera ne upotrebljavaju. Ono što ljudi upisuju u Meta AI upotrebljava se u bilo kojoj dobi i nijedan izvor ne navodi da prigovor to zaustavlja: naš je savjet da ondje ne upisujete ništa što ne želite da se upotrebljava. Fotografije djece koje objavljuju odrasli otvoreno su pitanje: Datatilsynet je pitao Metu trenira li svoju umjetnu inteligenciju na njima. Roditelji koji takve fotografije objavljuju javno mogu uložiti prigovor za vlastiti račun.',
      },
      {
        question: 'Što je s WhatsAppom?',
        answer:
          'Prema medijskim izvješćima, Vaši privatni razgovori na WhatsAppu ne upotrebljavaju se, ali poruke koje u WhatsAppu šaljete chatbotu Meta AI upotrebljavaju se. Zaseban obrazac za prigovor za WhatsApp nije poznat. Ako ne želite da se te poruke upotrebljavaju, nemojte ih slati chatbotu Meta AI.',
      },
      {
        question: 'Nemam račun. Može li Meta ipak upotrebljavati podatke o meni?',
        answer:
          'Možda. Meta upotrebljava i podatke koje kupuje od drugih tvrtki, a drugi ljudi mogu objaviti Vaše fotografije. Tijelo za zaštitu podataka u Hamburgu navodi da Meta nudi zaseban način ulaganja prigovora na upotrebu podataka trećih strana. Poveznicu na njega nismo mogli potvrditi.',
      },
      {
        question: 'Kako ću znati da je uspjelo?',
        answer:
          'Meta šalje e-poruku s potvrdom na adresu Vašeg računa; u testu inicijative klicksafe stigla je nekoliko minuta poslije. Sačuvajte je. Ako ništa ne stigne, provjerite mapu neželjene pošte, a zatim ponovno pošaljite obrazac.',
      },
      {
        question: 'Prigovor sam uložio ili uložila 2024. Moram li ga uložiti ponovno?',
        answer: 'Ne. Datatilsynet i Meta navode da prigovori poslani 2024. i dalje vrijede.',
      },
    ],
  },
  print: {
    heading: 'Ovaj vodič na papiru',
    qr: 'Skenirajte kôd kako biste otvorili ovaj vodič na mobitelu: {url}',
  },
};
