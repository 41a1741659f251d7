import type { ObjectionGuideContent } from './en';

/** The objection guide in Croatian. */
export const objectionGuideHr: ObjectionGuideContent = {
  title: 'Kako uložiti prigovor, korak po korak',
  description:
    'Uložite prigovor na to da Meta Vaše objave na Facebooku i Instagramu upotrebljava za treniranje umjetne inteligencije: službeni obrasci, svaki korak, tekstovi koje možete upotrijebiti i što prigovor obuhvaća.',
  intro:
    'Prigovor traje oko pet minuta za svaku platformu. Trebate podatke za prijavu i pristup adresi e-pošte svojeg računa.',
  tocLabel: 'Na ovoj stranici',
  warning: 'Upotrebljavajte samo službene obrasce na koje ovdje upućujemo. Meta u obrascu nikad ne traži Vašu lozinku.',

  facebook: {
    heading: 'Prigovor na Facebooku',
    steps: [
      'Najprije se u web-pregledniku prijavite na Facebook. Obrazac radi samo dok ste prijavljeni.',
      'Otvorite službeni obrazac za prigovor gumbom u nastavku. Otvara se na {host}.',
      'S popisa odaberite državu u kojoj živite.',
      'Unesite adresu e-pošte svojeg računa na Facebooku.',
      'Polje za slobodan tekst nije obvezno: možete ga ostaviti praznim ili zalijepiti jedan od tekstova u nastavku.',
      'Pritisnite „Pošalji“.',
      'Meta Vam može poslati sigurnosni kôd na adresu e-pošte. Unesite ga na stranici obrasca.',
      'Meta potvrđuje Vaš prigovor e-porukom, često u roku od nekoliko minuta. Sačuvajte tu e-poruku: ona je Vaš dokaz.',
    ],
  },
  instagram: {
    heading: 'Prigovor na Instagramu',
    steps: [
      'Najprije se u web-pregledniku prijavite na Instagram. Obrazac radi samo dok ste prijavljeni.',
      'Otvorite službeni obrazac za prigovor gumbom u nastavku. Otvara se na {host}.',
      'S popisa odaberite državu u kojoj živite.',
      'Unesite adresu e-pošte svojeg računa na Instagramu.',
      'Polje za slobodan tekst nije obvezno: možete ga ostaviti praznim ili zalijepiti jedan od tekstova u nastavku.',
      'Pritisnite „Pošalji“.',
      'Meta Vam može poslati sigurnosni kôd na adresu e-pošte. Unesite ga na stranici obrasca.',
      'Meta potvrđuje Vaš prigovor e-porukom, često u roku od nekoliko minuta. Sačuvajte tu e-poruku: ona je Vaš dokaz.',
    ],
  },
  stepsSource: 'Koraci prema testu inicijative klicksafe i opisu tijela za zaštitu podataka u Hamburgu.',

  inApp: {
    heading: 'Na mobitelu, u aplikaciji',
    intro:
      'Prigovor možete uložiti i izravno u aplikacijama. Meta ponekad premješta te izbornike. Ako ih ne možete pronaći, upotrijebite poveznice na obrasce iznad.',
    facebook: 'Facebook: Izbornik → Postavke i privatnost → Postavke → Pravila o privatnosti → poveznica za prigovor.',
    instagram: 'Instagram: Profil → Izbornik → Postavke → Informacije → Pravila o privatnosti → poveznica za prigovor.',
    privacyCenter:
      'Drugi način: Metin Centar za privatnost → Umjetna inteligencija u Meti → pošaljite zahtjev za prigovor.',
    source: 'Putanje izbornika prema medijskim izvješćima. U Vašoj verziji aplikacije mogu se razlikovati.',
  },

  texts: {
    heading: 'Što možete napisati',
    intro:
      'Ne morate navesti razlog. Datatilsynet kaže: „Ne morate navesti obrazloženje“ (naš prijevod), a Meta je izjavila da prihvaća sve prigovore. Ako želite nešto napisati, kopirajte jedan od ovih tekstova u polje za slobodan tekst.',
    copy: 'Kopiraj tekst',
    copied: 'Kopirano u međuspremnik.',
    copyFailed: 'Kopiranje nije uspjelo. Označite tekst i sami ga kopirajte.',
    items: [
      {
        title: 'Kratko i neutralno',
        text: 'Ulažem prigovor na upotrebu svojih osobnih podataka, uključujući svoje objave, fotografije i komentare, za razvoj i poboljšanje umjetne inteligencije u društvu Meta.',
      },
      {
        title: 'O autorskom pravu na vlastite objave',
        text: 'Nositelj sam autorskog prava na sadržaj koji objavljujem i ne dajem dopuštenje za njegovu upotrebu u aplikacijama umjetne inteligencije.',
        note: 'Na temelju formulacije koju je klicksafe uspješno upotrijebio u svojem testu.',
      },
      {
        title: 'O Vašoj osobnoj zabrinutosti',
        text: 'Moje su objave i fotografije osobne. Kada se jednom upotrijebe za treniranje modela umjetne inteligencije, više se ne mogu ukloniti iz njega. Ne želim da se moji podaci upotrebljavaju u tu svrhu.',
      },
    ],
  },

  covers: {
    heading: 'Što prigovor obuhvaća',
    covered: 'Obuhvaćeno',
    notCovered: 'Nije obuhvaćeno ili se ionako ne upotrebljava',
    items: [
      {
        kind: 'covered',
        text: 'Vaše javne objave, fotografije, opisi i komentari, ako ste punoljetni.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Ono što pišete chatbotu Meta AI, u bilo kojoj dobi.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Privatne poruke: Meta navodi da ih ne upotrebljava za ovo treniranje.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Računi osoba mlađih od 18 godina: Meta navodi da ne upotrebljava njihove objave.',
        source: 'medijska izvješća',
      },
      {
        kind: 'notCovered',
        text: 'Objave i fotografije koje drugi ljudi objavljuju o Vama: Vaš ih prigovor ne obuhvaća.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Više računa: Datatilsynet navodi da jedan prigovor obuhvaća sve račune povezane u istom Centru za račune. Drugi izvori savjetuju jedan prigovor po računu. Ako niste sigurni, pošaljite oba obrasca, i to po jedan za svaki račun.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: prema medijskim izvješćima, privatni razgovori ne upotrebljavaju se, ali poruke koje u WhatsAppu šaljete chatbotu Meta AI upotrebljavaju se. Zaseban obrazac za prigovor za WhatsApp nije poznat.',
    whatsappSource: 'medijska izvješća',
    thirdParty:
      'Podaci drugih tvrtki: Meta za treniranje svoje umjetne inteligencije upotrebljava i podatke koje kupuje od trećih strana. To može pogoditi i osobe bez računa. Tijelo za zaštitu podataka u Hamburgu navodi da Meta za to nudi zaseban način ulaganja prigovora. Poveznicu na njega nismo mogli potvrditi pa je ne prikazujemo. Pojedinosti pročitajte u obavijesti iz Hamburga.',
    thirdPartyLink: 'Obavijest iz Hamburga od 12. lipnja 2024.',
    sourceLabel: 'Izvor: {source}',
  },

  afterDeadline: {
    heading: 'Ako je rok istekao',
    text: 'Prigovor možete uložiti u bilo kojem trenutku. Prigovor osigurava da ono što objavite od tada ne ulazi u treniranje Metine umjetne inteligencije. Ne može ukloniti ono što je Meta već upotrijebila: podaci koji su ušli u model ne mogu se iz njega ponovno izvaditi.',
    earlier: 'Ako ste prigovor uložili 2024., on prema navodima tijela Datatilsynet i Mete i dalje vrijedi.',
    source: 'Tijelo za zaštitu podataka u Hamburgu, 15. travnja 2025.',
  },

  checklist: {
    heading: 'Vaš popis za provjeru',
    intro: 'Označite što ste obavili. Oznake ostaju samo u ovom pregledniku. Ništa se nikamo ne šalje.',
    items: ['Obrazac za Facebook poslan', 'Obrazac za Instagram poslan', 'E-poruka s potvrdom primljena i sačuvana'],
    reset: 'Izbriši moje oznake',
  },

  faq: {
    heading: 'Česta pitanja',
    items: [
      {
        question: 'Odnosi li se ovo na mene?',
        answer:
          'Da, ako živite u EU-u ili EGP-u (to uključuje Norvešku, Island i Lihtenštajn), imate 18 ili više godina i imate javne sadržaje na Facebooku ili Instagramu. U Ujedinjenoj Kraljevini Meta primjenjuje drugačiji postupak.',
      },
      {
        question: 'Rok mi je istekao. Je li prekasno?',
        answer:
          'Nije. Prigovor možete uložiti u bilo kojem trenutku. On štiti ono što objavite od tada. Ono što je Meta već upotrijebila za treniranje ne može se ponovno izvaditi iz njezine umjetne inteligencije.',
      },
      {
        question: 'Moram li navesti razlog?',
        answer:
          'Ne. Polje za slobodan tekst nije obvezno. Datatilsynet navodi da svoj prigovor ne morate obrazložiti, a Meta je izjavila da prihvaća sve prigovore.',
      },
      {
        question: 'Imam više računa. Što trebam učiniti?',
        answer:
          'Datatilsynet navodi da jedan prigovor obuhvaća račune povezane u istom Centru za račune. Ako niste sigurni jesu li Vaši računi povezani, pošaljite obrazac za Facebook i za Instagram, po jednom za svaki račun.',
      },
      {
        question: 'Obuhvaća li prigovor fotografije moje djece koje sam objavio ili objavila?',
        answer:
          'Vaš prigovor obuhvaća javne sadržaje koje ste objavili, uključujući fotografije svoje djece. Datatilsynet je pitao Metu trenira li ona svoju umjetnu inteligenciju na fotografijama djece koje objavljuju odrasli. Meta na to nije odgovorila do trenutka kada je Datatilsynet objavio svoju obavijest.',
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
          'Meta šalje e-poruku s potvrdom na adresu Vašeg računa. U testu inicijative klicksafe stigla je u roku od nekoliko minuta. Sačuvajte je. Ako ništa ne stigne, provjerite mapu neželjene pošte, a zatim ponovno pošaljite obrazac.',
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
    button: 'Ispiši ovaj vodič',
  },
};
