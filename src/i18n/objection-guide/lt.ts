import type { ObjectionGuideContent } from './en';

/** The objection guide in Lithuanian. */
export const objectionGuideLt: ObjectionGuideContent = {
  title: 'Kaip pateikti prieštaravimą: žingsnis po žingsnio',
  description:
    'Pateikite prieštaravimą, kad „Meta“ nenaudotų Jūsų „Facebook“ ir „Instagram“ įrašų DI mokyti: oficialios formos, žingsniai programėlėje arba naršyklėje, tekstai, kuriuos galite naudoti, ir ką apima prieštaravimas.',
  intro:
    'Prieštaravimas nemokamas, o priežasties nurodyti nereikia. Turite būti prisijungę ir turėti prieigą prie savo paskyros el. pašto adreso.',
  warning:
    'Naudokite tik oficialias formas, į kurias veda šiame puslapyje pateiktos nuorodos. Mūsų patarimas: niekada neįveskite slaptažodžio į formą, kurią Jums kas nors atsiuntė žinute ar el. laišku.',
  warningLabel: 'Įspėjimas',
  chooser: {
    heading: 'Jūsų prieštaravimo būdas',
    platformLegend: 'Kurią paskyrą norite apsaugoti?',
    platforms: {
      facebook: '„Facebook“',
      instagram: '„Instagram“',
      both: 'Abi',
    },
    wayLegend: 'Kur ja naudojatės?',
    ways: {
      app: 'Programėlėje telefone',
      browser: 'Interneto naršyklėje',
    },
    ticksNote:
      'Atlikę kiekvieną žingsnį, jį pažymėkite. Žymės išsaugomos tik šioje naršyklėje; niekur nieko nesiunčiama.',
  },
  paths: {
    'facebook-browser': '„Facebook“ interneto naršyklėje',
    'instagram-browser': '„Instagram“ interneto naršyklėje',
    'both-browser': '„Facebook“ ir „Instagram“ interneto naršyklėje',
    'facebook-app': '„Facebook“ programėlėje',
    'instagram-app': '„Instagram“ programėlėje',
    'both-app': '„Facebook“ ir „Instagram“ programėlėse',
  },
  steps: {
    'login-browser': 'Interneto naršyklėje prisijunkite prie {platforms}. Forma veikia tik tada, kai esate prisijungę.',
    'app-facebook':
      '„Facebook“ programėlėje atidarykite meniu, tada nustatymus ir privatumą (Settings & privacy) → nustatymus → privatumo politiką (Privacy Policy) ir bakstelėkite nuorodą, kad pateiktumėte prieštaravimą. Atsidarys „Meta“ prieštaravimo forma.',
    'app-instagram':
      '„Instagram“ programėlėje atidarykite savo profilį, tada meniu → nustatymus → informaciją apie programėlę (About) → privatumo politiką (Privacy Policy) ir bakstelėkite nuorodą, kad pateiktumėte prieštaravimą. Atsidarys „Meta“ prieštaravimo forma.',
    'what-the-form-asks':
      'Formoje prašoma nurodyti šalį, kurioje gyvenate, ir Jūsų paskyros el. pašto adresą. Joje yra ir priežasties laukelis: Datatilsynet teigia, kad priežasties nurodyti nereikia, todėl galite jį palikti tuščią.',
    'send-form':
      'Atidarykite toliau pateiktą oficialią formą, užpildykite ją ir paspauskite siuntimo mygtuką. Ji atsidaro svetainėje {hosts}.',
    'send-each-form':
      'Atidarykite toliau pateiktas oficialias formas vieną po kitos, užpildykite kiekvieną ir paspauskite siuntimo mygtuką. Jos atsidaro svetainėse {hosts}.',
    'send-in-app': 'Formos pabaigoje paspauskite siuntimo mygtuką.',
    'send-in-each-app': 'Kiekvienos formos pabaigoje paspauskite siuntimo mygtuką.',
    'security-code': '„Meta“ gali atsiųsti saugos kodą Jūsų el. pašto adresu. Įveskite jį formos puslapyje.',
    confirmation:
      '„Meta“ patvirtina Jūsų prieštaravimą el. laišku; per klicksafe bandymą laiškas atėjo po kelių minučių. Išsaugokite jį: tai Jūsų įrodymas.',
  },
  textsLink: 'Tekstai, kuriuos galite įrašyti į priežasties laukelį',
  checks: {
    'facebook-sent': '„Facebook“ forma išsiųsta',
    'instagram-sent': '„Instagram“ forma išsiųsta',
    'confirmation-kept': 'Patvirtinimo laiškas gautas ir išsaugotas',
  },
  clearTicks: 'Išvalyti mano žymes',
  appFallback: {
    cannotFind:
      'Nerandate meniu? „Meta“ kartais jį perkelia, be to, Jūsų programėlėje jis gali vadintis kitaip. Tada naudokite oficialią formą interneto naršyklėje:',
    privacyCentre:
      'Kitas būdas programėlėje: „Meta“ privatumo centras (Privacy Centre) → „Meta“ DI (AI at Meta) → prašymo dėl prieštaravimo pateikimas.',
  },
  credits:
    'Formos žingsniai remiasi 2024 m. birželio mėn. klicksafe bandymu, per kurį klicksafe užpildė priežasties laukelį; kad priežasties nurodyti nereikia, teigia Datatilsynet (2025 m. balandžio mėn.). Formų nuorodos – tos, kurias Hamburgo institucija nurodė 2025 m. balandžio mėn.; meniu keliai programėlėse paimti iš žiniasklaidos pranešimų ir Jūsų programėlės versijoje gali skirtis.',
  texts: {
    heading: 'Ką galite parašyti',
    intro:
      'Priežasties nurodyti nereikia. Norvegijos duomenų apsaugos institucija Datatilsynet teigia: „Jums nereikia pagrįsti savo prieštaravimo“ (mūsų vertimas), o „Meta“ pareiškė, kad priima visus prieštaravimus. Jei norite ką nors parašyti, nukopijuokite vieną iš šių tekstų į laisvo teksto laukelį.',
    copy: 'Kopijuoti tekstą',
    copied: 'Nukopijuota į iškarpinę.',
    copyFailed: 'Nepavyko nukopijuoti. Pažymėkite tekstą ir nukopijuokite jį patys.',
    items: {
      neutral: {
        title: 'Trumpas ir neutralus',
        text: 'Prieštarauju, kad mano asmens duomenys, įskaitant mano įrašus, nuotraukas ir komentarus, būtų tvarkomi kuriant ir tobulinant „Meta“ dirbtinį intelektą.',
      },
      copyright: {
        title: 'Apie autorių teises į Jūsų įrašus',
        text: 'Turiu autorių teises į savo skelbiamą turinį ir neleidžiu jo naudoti dirbtinio intelekto taikomosioms programoms.',
        note: 'Remiantis formuluote, kurią klicksafe sėkmingai panaudojo savo bandyme.',
      },
      personal: {
        title: 'Apie Jūsų asmeninius rūpesčius',
        text: 'Mano įrašai ir nuotraukos yra asmeniniai. Kai jie panaudojami DI modeliui mokyti, jų nebegalima iš jo išimti. Nenoriu, kad mano asmens duomenys būtų tam naudojami.',
      },
    },
  },
  covers: {
    heading: 'Ką apima prieštaravimas',
    covered: 'Apima',
    unclear: '„Meta“ tai naudoja; joks šaltinis neteigia, kad prieštaravimas tai sustabdo',
    notCovered: 'Neapima arba ir taip nenaudojama',
    items: {
      'public-content': 'Jūsų vieši įrašai, nuotraukos, aprašai ir komentarai, jei Jums yra 18 metų ar daugiau.',
      'meta-ai-chats':
        'Tai, ką įvedate į „Meta AI“ pokalbių robotą ar jo vaizdų įrankius: „Meta“ tai naudoja nepriklausomai nuo amžiaus. Mūsų patarimas: neįveskite ten nieko, ko nenorite, kad būtų naudojama.',
      'private-messages': 'Privačios žinutės: „Meta“ teigia, kad jų šiam mokymui nenaudoja.',
      minors: 'Jaunesnių nei 18 metų asmenų turinys: „Meta“ jų įrašų ir nuotraukų šiam mokymui nenaudoja.',
      'posts-by-others': 'Įrašai ir nuotraukos apie Jus, kuriuos skelbia kiti žmonės: Jūsų prieštaravimas jų neapima.',
    },
    accounts:
      'Kelios paskyros: Datatilsynet teigia, kad vienas prieštaravimas apima visas paskyras, susietas tame pačiame paskyrų centre (Accounts Centre), o jei abejojate, reikėtų užpildyti formą ir dėl „Facebook“, ir dėl „Instagram“. Mūsų patarimas: jei Jūsų paskyros nesusietos, išsiųskite formą po kartą kiekvienai paskyrai.',
    whatsapp:
      '„WhatsApp“: remiantis žiniasklaidos pranešimais, privatūs pokalbiai nenaudojami, tačiau žinutės, kurias „WhatsApp“ siunčiate „Meta AI“, naudojamos. Atskira „WhatsApp“ prieštaravimo forma nežinoma.',
    thirdParty:
      'Kitų bendrovių duomenys: savo DI mokyti „Meta“ naudoja ir duomenis, kuriuos perka iš trečiųjų šalių. Tai gali paliesti ir žmones, neturinčius paskyros. Hamburgo institucija teigia, kad „Meta“ siūlo atskirą būdą pateikti prieštaravimą dėl šių duomenų. Nuorodos į jį patvirtinti nepavyko, todėl jos nepateikiame. Daugiau informacijos rasite Hamburgo pranešime.',
    thirdPartyLink: 'Mūsų 2024 m. birželio 12 d. Hamburgo pranešimo santrauka',
  },
  afterDeadline: {
    heading: 'Jei terminas pasibaigė',
    text: 'Prieštaravimą galite pateikti bet kada. Nuo to momento Jūsų prieštaravimas sustabdo Jūsų viešų įrašų naudojimą „Meta“ DI. Jis negali pašalinti to, ką „Meta“ jau panaudojo: į modelį patekusių duomenų iš jo išimti nebeįmanoma.',
    earlier: 'Jei prieštaravimą pateikėte 2024 m., pasak Datatilsynet ir „Meta“, jis tebegalioja.',
  },
  faq: {
    heading: 'Dažni klausimai',
    items: [
      {
        question: 'Ar tai taikoma man?',
        answer:
          'Taip, jei gyvenate ES arba EEE (įskaitant Norvegiją, Islandiją ir Lichtenšteiną), Jums yra 18 metų ar daugiau ir turite viešų įrašų, nuotraukų ar komentarų „Facebook“ arba „Instagram“: būtent juos apima Jūsų prieštaravimas. „Meta“ taip pat naudoja tai, ką bet kokio amžiaus žmonės įveda į „Meta AI“; joks šaltinis neteigia, kad prieštaravimas tai sustabdo. Jungtinėje Karalystėje „Meta“ taiko kitokią tvarką.',
      },
      {
        question: 'Praleidau terminą. Ar jau per vėlu?',
        answer:
          'Ne. Prieštaravimą galite pateikti bet kada. Nuo to momento jis sustabdo Jūsų viešų įrašų naudojimą „Meta“ DI. To, ką „Meta“ jau panaudojo mokymui, iš jos DI pašalinti nebeįmanoma.',
      },
      {
        question: 'Ar turiu nurodyti priežastį?',
        answer:
          'Ne. Datatilsynet teigia, kad savo prieštaravimo pagrįsti nereikia, todėl laisvo teksto laukelį galite palikti tuščią. „Meta“ pareiškė, kad priima visus prieštaravimus.',
      },
      {
        question: 'Turiu kelias paskyras. Ką daryti?',
        answer:
          'Datatilsynet teigia, kad vienas prieštaravimas apima paskyras, susietas tame pačiame paskyrų centre (Accounts Centre); jei abejojate, Datatilsynet pataria užpildyti formą ir dėl „Facebook“, ir dėl „Instagram“. Mūsų patarimas: jei Jūsų paskyros nesusietos, išsiųskite formą po kartą kiekvienai paskyrai.',
      },
      {
        question: 'Ar prieštaravimas apima mano vaikų nuotraukas, kurias paskelbiau?',
        answer:
          'Jūsų prieštaravimas apima Jūsų paskelbtą viešą turinį, įskaitant Jūsų vaikų nuotraukas. Datatilsynet paklausė „Meta“, ar ji moko DI naudodama suaugusiųjų paskelbtas vaikų nuotraukas. Kai Datatilsynet paskelbė savo pranešimą, „Meta“ dar nebuvo atsakiusi.',
      },
      {
        question: 'Man nėra 18 metų arba mano vaikui nėra. Kas taikoma?',
        answer:
          'Pasak Datatilsynet, šiam mokymui „Meta“ naudoja tik vyresnių nei 18 metų naudotojų viešus įrašus ir nuotraukas, todėl pačių paauglių įrašai nenaudojami. Tai, ką žmonės įveda į „Meta AI“, naudojama nepriklausomai nuo amžiaus, ir joks šaltinis neteigia, kad prieštaravimas tai sustabdo: mūsų patarimas – neįvesti ten nieko, ko nenorite, kad būtų naudojama. Suaugusiųjų skelbiamos vaikų nuotraukos yra atviras klausimas: Datatilsynet paklausė „Meta“, ar ji moko savo DI jomis. Tėvai, kurie tokias nuotraukas skelbia viešai, gali pateikti prieštaravimą dėl savo paskyros.',
      },
      {
        question: 'O kaip „WhatsApp“?',
        answer:
          'Remiantis žiniasklaidos pranešimais, Jūsų privatūs „WhatsApp“ pokalbiai nenaudojami, tačiau žinutės, kurias „WhatsApp“ siunčiate „Meta AI“, naudojamos. Atskira „WhatsApp“ prieštaravimo forma nežinoma. Jei nenorite, kad tos žinutės būtų naudojamos, nesiųskite jų „Meta AI“.',
      },
      {
        question: 'Neturiu paskyros. Ar „Meta“ vis tiek gali naudoti duomenis apie mane?',
        answer:
          'Galbūt. „Meta“ naudoja ir duomenis, kuriuos perka iš kitų bendrovių, be to, kiti žmonės gali skelbti Jūsų nuotraukas. Hamburgo institucija teigia, kad „Meta“ siūlo atskirą būdą pateikti prieštaravimą dėl trečiųjų šalių duomenų naudojimo. Nuorodos į jį patvirtinti nepavyko.',
      },
      {
        question: 'Kaip sužinoti, ar pavyko?',
        answer:
          '„Meta“ atsiunčia patvirtinimo el. laišką Jūsų paskyros adresu; per klicksafe bandymą jis atėjo po kelių minučių. Išsaugokite jį. Jei nieko negavote, patikrinkite šlamšto aplanką, tada išsiųskite formą dar kartą.',
      },
      {
        question: 'Prieštaravimą pateikiau 2024 m. Ar reikia jį pateikti dar kartą?',
        answer: 'Ne. Datatilsynet ir „Meta“ teigia, kad 2024 m. pateikti prieštaravimai tebegalioja.',
      },
    ],
  },
  print: {
    heading: 'Šis vadovas popieriuje',
    qr: 'Nuskenuokite kodą, kad atidarytumėte šį vadovą telefone: {url}',
  },
};
