import type { ObjectionGuideContent } from './en';

/** The objection guide in Lithuanian. */
export const objectionGuideLt: ObjectionGuideContent = {
  title: 'Kaip pateikti prieštaravimą: žingsnis po žingsnio',
  description:
    'Pateikite prieštaravimą, kad „Meta“ nenaudotų Jūsų „Facebook“ ir „Instagram“ įrašų DI mokyti: oficialios formos, kiekvienas žingsnis, tekstai, kuriuos galite naudoti, ir ką apima prieštaravimas.',
  intro:
    'Prieštaravimą kiekvienoje platformoje pateiksite maždaug per penkias minutes. Jums reikės prisijungimo duomenų ir prieigos prie paskyros el. pašto adreso.',
  tocLabel: 'Šiame puslapyje',
  warning: 'Naudokite tik čia nurodytas oficialias formas. Formoje „Meta“ niekada neprašo Jūsų slaptažodžio.',

  facebook: {
    heading: 'Prieštaravimas „Facebook“',
    steps: [
      'Pirmiausia naršyklėje prisijunkite prie „Facebook“. Forma veikia tik tada, kai esate prisijungę.',
      'Atidarykite oficialią prieštaravimo formą paspaudę toliau esantį mygtuką. Ji atsidaro svetainėje {host}.',
      'Sąraše pasirinkite šalį, kurioje gyvenate.',
      'Įveskite savo „Facebook“ paskyros el. pašto adresą.',
      'Laisvo teksto laukelį pildyti neprivaloma: galite palikti jį tuščią arba įklijuoti vieną iš toliau pateiktų tekstų.',
      'Paspauskite „Siųsti“.',
      '„Meta“ gali atsiųsti saugos kodą Jūsų el. pašto adresu. Įveskite jį formos puslapyje.',
      '„Meta“ patvirtina Jūsų prieštaravimą el. laišku, dažnai per kelias minutes. Išsaugokite šį laišką: tai Jūsų įrodymas.',
    ],
  },
  instagram: {
    heading: 'Prieštaravimas „Instagram“',
    steps: [
      'Pirmiausia naršyklėje prisijunkite prie „Instagram“. Forma veikia tik tada, kai esate prisijungę.',
      'Atidarykite oficialią prieštaravimo formą paspaudę toliau esantį mygtuką. Ji atsidaro svetainėje {host}.',
      'Sąraše pasirinkite šalį, kurioje gyvenate.',
      'Įveskite savo „Instagram“ paskyros el. pašto adresą.',
      'Laisvo teksto laukelį pildyti neprivaloma: galite palikti jį tuščią arba įklijuoti vieną iš toliau pateiktų tekstų.',
      'Paspauskite „Siųsti“.',
      '„Meta“ gali atsiųsti saugos kodą Jūsų el. pašto adresu. Įveskite jį formos puslapyje.',
      '„Meta“ patvirtina Jūsų prieštaravimą el. laišku, dažnai per kelias minutes. Išsaugokite šį laišką: tai Jūsų įrodymas.',
    ],
  },
  stepsSource: 'Žingsniai, kuriuos išbandė klicksafe ir aprašė Hamburgo duomenų apsaugos institucija.',

  inApp: {
    heading: 'Telefone, programėlėje',
    intro:
      'Prieštaravimą galite pateikti ir pačiose programėlėse. „Meta“ kartais perkelia šiuos meniu. Jei jų nerandate, naudokite aukščiau pateiktas nuorodas į formas.',
    facebook:
      '„Facebook“: Meniu → Nustatymai ir privatumas → Nustatymai → Privatumo politika → nuoroda prieštaravimui pateikti.',
    instagram:
      '„Instagram“: Profilis → Meniu → Nustatymai → Apie → Privatumo politika → nuoroda prieštaravimui pateikti.',
    privacyCenter:
      'Kitas būdas: „Meta“ privatumo centras → DI „Meta“ bendrovėje → pateikite prašymą dėl prieštaravimo.',
    source: 'Meniu keliai, kaip juos aprašė žiniasklaida. Jūsų programėlės versijoje jie gali skirtis.',
  },

  texts: {
    heading: 'Ką galite parašyti',
    intro:
      'Priežasties nurodyti nereikia. Norvegijos duomenų apsaugos institucija Datatilsynet teigia: „Jums nereikia pagrįsti savo prieštaravimo“ (mūsų vertimas). „Meta“ pareiškė, kad priima visus prieštaravimus. Jei norite ką nors parašyti, nukopijuokite vieną iš šių tekstų į laisvo teksto laukelį.',
    copy: 'Kopijuoti tekstą',
    copied: 'Nukopijuota į iškarpinę.',
    copyFailed: 'Nepavyko nukopijuoti. Pažymėkite tekstą ir nukopijuokite jį patys.',
    items: [
      {
        title: 'Trumpas ir neutralus',
        text: 'Nesutinku, kad mano asmens duomenys, įskaitant mano įrašus, nuotraukas ir komentarus, būtų naudojami „Meta“ dirbtiniam intelektui kurti ir tobulinti.',
      },
      {
        title: 'Apie autorių teises į Jūsų įrašus',
        text: 'Man priklauso autorių teisės į mano skelbiamą turinį, ir aš neleidžiu jo naudoti dirbtinio intelekto taikomosioms programoms.',
        note: 'Parengta pagal formuluotę, kurią klicksafe sėkmingai panaudojo savo bandyme.',
      },
      {
        title: 'Apie Jūsų asmeninius rūpesčius',
        text: 'Mano įrašai ir nuotraukos yra asmeniniai. Kai jie panaudojami dirbtinio intelekto modeliui mokyti, jų nebegalima iš jo pašalinti. Nenoriu, kad mano duomenys būtų tam naudojami.',
      },
    ],
  },

  covers: {
    heading: 'Ką apima prieštaravimas',
    covered: 'Apima',
    notCovered: 'Neapima arba ir taip nenaudojama',
    items: [
      {
        kind: 'covered',
        text: 'Jūsų vieši įrašai, nuotraukos, jų aprašai ir komentarai, jei Jums yra 18 metų ar daugiau.',
        source: 'Datatilsynet; Hamburgas',
      },
      {
        kind: 'covered',
        text: 'Tai, ką rašote pokalbių robotui „Meta AI“, nepriklausomai nuo amžiaus.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Privačios žinutės: „Meta“ teigia, kad jų šiam mokymui nenaudoja.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Jaunesnių nei 18 metų asmenų paskyros: „Meta“ teigia, kad jų įrašų nenaudoja.',
        source: 'žiniasklaidos pranešimai',
      },
      {
        kind: 'notCovered',
        text: 'Įrašai ir nuotraukos, kuriuos apie Jus skelbia kiti žmonės: Jūsų prieštaravimas jiems netaikomas.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Kelios paskyros: Datatilsynet teigia, kad vienas prieštaravimas apima visas paskyras, susietas tame pačiame Paskyrų centre. Kiti šaltiniai pataria pateikti prieštaravimą dėl kiekvienos paskyros atskirai. Jei abejojate, išsiųskite abi formas, po kartą kiekvienai paskyrai.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      '„WhatsApp“: remiantis žiniasklaidos pranešimais, privatūs pokalbiai nenaudojami, tačiau žinutės, kurias „WhatsApp“ siunčiate „Meta AI“, naudojamos. Atskira „WhatsApp“ prieštaravimo forma nežinoma.',
    whatsappSource: 'žiniasklaidos pranešimai',
    thirdParty:
      'Kitų bendrovių duomenys: savo DI mokyti „Meta“ naudoja ir duomenis, kuriuos perka iš trečiųjų šalių. Tai gali paliesti ir žmones, neturinčius paskyros. Hamburgo institucija teigia, kad „Meta“ siūlo atskirą būdą pateikti prieštaravimą dėl šių duomenų. Nuorodos į jį patvirtinti nepavyko, todėl jos nepateikiame. Daugiau informacijos rasite Hamburgo pranešime.',
    thirdPartyLink: '2024 m. birželio 12 d. Hamburgo pranešimas',
    sourceLabel: 'Šaltinis: {source}',
  },

  afterDeadline: {
    heading: 'Jei terminas pasibaigė',
    text: 'Prieštaravimą galite pateikti bet kada. Prieštaravimas užtikrina, kad tai, ką skelbsite nuo tada, nepateks į „Meta“ DI mokymą. Jis negali pašalinti to, ką „Meta“ jau panaudojo: į modelį patekusių duomenų iš jo išimti nebeįmanoma.',
    earlier: 'Jei prieštaravimą pateikėte 2024 m., pasak Datatilsynet ir „Meta“, jis tebegalioja.',
    source: 'Hamburgo duomenų apsaugos institucija, 2025 m. balandžio 15 d.',
  },

  checklist: {
    heading: 'Jūsų kontrolinis sąrašas',
    intro: 'Pažymėkite, ką jau padarėte. Žymės išsaugomos tik šioje naršyklėje, niekas niekur nesiunčiama.',
    items: ['„Facebook“ forma išsiųsta', '„Instagram“ forma išsiųsta', 'Patvirtinimo el. laiškas gautas ir išsaugotas'],
    reset: 'Išvalyti mano žymes',
  },

  faq: {
    heading: 'Dažni klausimai',
    items: [
      {
        question: 'Ar tai taikoma man?',
        answer:
          'Taip, jei gyvenate ES arba EEE (įskaitant Norvegiją, Islandiją ir Lichtenšteiną), Jums yra 18 metų ar daugiau ir turite viešo turinio „Facebook“ arba „Instagram“. Jungtinėje Karalystėje „Meta“ taiko kitokią tvarką.',
      },
      {
        question: 'Praleidau terminą. Ar jau per vėlu?',
        answer:
          'Ne. Prieštaravimą galite pateikti bet kada. Jis apsaugo tai, ką skelbsite nuo tada. To, ką „Meta“ jau panaudojo mokymui, iš jos DI pašalinti nebeįmanoma.',
      },
      {
        question: 'Ar turiu nurodyti priežastį?',
        answer:
          'Ne. Laisvo teksto laukelį pildyti neprivaloma. Datatilsynet teigia, kad savo prieštaravimo pagrįsti nereikia, o „Meta“ pareiškė, kad priima visus prieštaravimus.',
      },
      {
        question: 'Turiu kelias paskyras. Ką daryti?',
        answer:
          'Datatilsynet teigia, kad vienas prieštaravimas apima paskyras, susietas tame pačiame Paskyrų centre. Jei nesate tikri, ar Jūsų paskyros susietos, išsiųskite formą dėl „Facebook“ ir dėl „Instagram“, po kartą kiekvienai paskyrai.',
      },
      {
        question: 'Ar prieštaravimas apima mano vaikų nuotraukas, kurias paskelbiau?',
        answer:
          'Jūsų prieštaravimas apima Jūsų paskelbtą viešą turinį, įskaitant Jūsų vaikų nuotraukas. Datatilsynet paklausė „Meta“, ar ji moko DI naudodama suaugusiųjų paskelbtas vaikų nuotraukas. Kai Datatilsynet paskelbė savo pranešimą, „Meta“ dar nebuvo atsakiusi.',
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
          '„Meta“ atsiunčia patvirtinimo el. laišką Jūsų paskyros adresu. Per klicksafe bandymą jis atėjo per kelias minutes. Išsaugokite jį. Jei nieko negavote, patikrinkite brukalų (šlamšto) aplanką, tada išsiųskite formą dar kartą.',
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
    button: 'Spausdinti šį vadovą',
  },
};
