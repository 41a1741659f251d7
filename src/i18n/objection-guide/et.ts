import type { ObjectionGuideContent } from './en';

/** The objection guide in Estonian. */
export const objectionGuideEt: ObjectionGuideContent = {
  title: 'Kuidas vastuväidet esitada, samm-sammult',
  description:
    'Esita vastuväide sellele, et Meta kasutab sinu Facebooki ja Instagrami postitusi tehisintellekti treenimiseks: ametlikud vormid, iga samm, tekstid, mida saad kasutada, ja mida vastuväide hõlmab.',
  intro:
    'Vastuväite esitamine võtab iga platvormi puhul umbes viis minutit. Sul on vaja oma sisselogimisandmeid ja ligipääsu oma konto e-posti aadressile.',
  tocLabel: 'Sellel lehel',
  warning: 'Kasuta ainult siin lingitud ametlikke vorme. Meta ei küsi vormis kunagi sinu parooli.',

  facebook: {
    heading: 'Vastuväide Facebookis',
    steps: [
      'Logi esmalt veebibrauseris Facebooki sisse. Vorm töötab ainult siis, kui oled sisse logitud.',
      'Ava ametlik vastuväite vorm allpool oleva nupu abil. See avaneb veebisaidil {host}.',
      'Vali loendist riik, kus elad.',
      'Sisesta oma Facebooki konto e-posti aadress.',
      'Vaba teksti väli ei ole kohustuslik: võid jätta selle tühjaks või kleepida sinna mõne allpool oleva teksti.',
      'Vajuta „Saada“.',
      'Meta võib saata sinu e-posti aadressile turvakoodi. Sisesta see vormi lehel.',
      'Meta kinnitab sinu vastuväidet e-kirjaga, sageli mõne minuti jooksul. Hoia see e-kiri alles: see on sinu tõend.',
    ],
  },
  instagram: {
    heading: 'Vastuväide Instagramis',
    steps: [
      'Logi esmalt veebibrauseris Instagrami sisse. Vorm töötab ainult siis, kui oled sisse logitud.',
      'Ava ametlik vastuväite vorm allpool oleva nupu abil. See avaneb veebisaidil {host}.',
      'Vali loendist riik, kus elad.',
      'Sisesta oma Instagrami konto e-posti aadress.',
      'Vaba teksti väli ei ole kohustuslik: võid jätta selle tühjaks või kleepida sinna mõne allpool oleva teksti.',
      'Vajuta „Saada“.',
      'Meta võib saata sinu e-posti aadressile turvakoodi. Sisesta see vormi lehel.',
      'Meta kinnitab sinu vastuväidet e-kirjaga, sageli mõne minuti jooksul. Hoia see e-kiri alles: see on sinu tõend.',
    ],
  },
  stepsSource: 'Sammud on katsetanud algatus klicksafe ja kirjeldanud Hamburgi andmekaitseasutus.',

  inApp: {
    heading: 'Telefonis, rakenduses',
    intro:
      'Vastuväite saad esitada ka rakendustes. Meta muudab mõnikord nende menüüde asukohta. Kui sa neid ei leia, kasuta ülal olevaid linke vormidele.',
    facebook: 'Facebook: Menüü → Seaded ja privaatsus → Seaded → Privaatsuspoliitika → vastuväite link.',
    instagram: 'Instagram: Profiil → Menüü → Seaded → Teave → Privaatsuspoliitika → vastuväite link.',
    privacyCenter: 'Teine võimalus: Meta privaatsuskeskus → Tehisintellekt Metas → esita vastuväite taotlus.',
    source: 'Menüüde teekonnad ajakirjanduse andmetel. Sinu rakenduse versioonis võivad need erineda.',
  },

  texts: {
    heading: 'Mida võid kirjutada',
    intro:
      'Põhjust ei pea esitama. Norra andmekaitseasutus Datatilsynet ütleb: „Sa ei pea oma vastuväidet põhjendama“ (meie tõlge). Meta on öelnud, et võtab vastu kõik vastuväited. Kui soovid midagi kirjutada, kopeeri üks neist tekstidest vaba teksti väljale.',
    copy: 'Kopeeri tekst',
    copied: 'Kopeeriti lõikelauale.',
    copyFailed: 'Kopeerimine ebaõnnestus. Vali tekst ja kopeeri see ise.',
    items: [
      {
        title: 'Lühike ja neutraalne',
        text: 'Esitan vastuväite oma isikuandmete, sealhulgas oma postituste, fotode ja kommentaaride kasutamisele Meta tehisintellekti arendamiseks ja täiustamiseks.',
      },
      {
        title: 'Autoriõigusest sinu enda postitustele',
        text: 'Mulle kuulub autoriõigus sisule, mida postitan, ja ma ei luba seda kasutada tehisintellekti rakendustes.',
        note: 'Põhineb sõnastusel, mida algatus klicksafe oma katses edukalt kasutas.',
      },
      {
        title: 'Sinu isiklikest muredest',
        text: 'Minu postitused ja fotod on isiklikud. Kui neid on kasutatud tehisintellekti mudeli treenimiseks, ei saa neid sealt enam eemaldada. Ma ei soovi, et minu andmeid selleks kasutataks.',
      },
    ],
  },

  covers: {
    heading: 'Mida vastuväide hõlmab',
    covered: 'Hõlmatud',
    notCovered: 'Ei ole hõlmatud või ei kasutata niikuinii',
    items: [
      {
        kind: 'covered',
        text: 'Sinu avalikud postitused, fotod, pildiallkirjad ja kommentaarid, kui oled täisealine.',
        source: 'Datatilsynet; Hamburg',
      },
      {
        kind: 'covered',
        text: 'See, mida kirjutad vestlusrobotile Meta AI, olenemata vanusest.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Privaatsõnumid: Meta sõnul ei kasuta ettevõte neid selleks treenimiseks.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Alla 18-aastaste kontod: Meta sõnul ei kasuta ettevõte nende postitusi.',
        source: 'ajakirjanduse andmed',
      },
      {
        kind: 'notCovered',
        text: 'Postitused ja fotod, mida teised inimesed sinu kohta avaldavad: sinu vastuväide neid ei hõlma.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Mitu kontot: Datatilsyneti sõnul hõlmab üks vastuväide kõiki samas kontokeskuses ühendatud kontosid. Teised allikad soovitavad esitada vastuväite iga konto kohta eraldi. Kui sa pole kindel, saada mõlemad vormid, iga konto kohta üks kord.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: ajakirjanduse andmetel privaatseid vestlusi ei kasutata, kuid sõnumeid, mida saadad WhatsAppis Meta AI-le, kasutatakse. Eraldi WhatsAppi vastuväite vormi ei ole teada.',
    whatsappSource: 'ajakirjanduse andmed',
    thirdParty:
      'Teiste ettevõtete andmed: Meta kasutab oma tehisintellekti treenimiseks ka andmeid, mida ta ostab kolmandatelt isikutelt. See võib puudutada ka inimesi, kellel kontot ei ole. Hamburgi andmekaitseasutuse sõnul pakub Meta selleks eraldi võimalust vastuväite esitamiseks. Me ei saanud selle linki kinnitada, seega me seda ei näita. Lisateavet leiad Hamburgi teatest.',
    thirdPartyLink: 'Hamburgi teade, 12. juuni 2024',
    sourceLabel: 'Allikas: {source}',
  },

  afterDeadline: {
    heading: 'Kui tähtaeg on möödunud',
    text: 'Vastuväite saad esitada igal ajal. Vastuväide hoiab kõik, mida sa pärast seda postitad, Meta tehisintellekti treenimisest väljas. See ei saa eemaldada seda, mida Meta on juba kasutanud: mudelisse jõudnud andmeid ei saa sealt enam välja võtta.',
    earlier: 'Kui esitasid vastuväite 2024. aastal, kehtib see Datatilsyneti ja Meta sõnul endiselt.',
    source: 'Hamburgi andmekaitseasutus, 15. aprill 2025',
  },

  checklist: {
    heading: 'Sinu kontrollnimekiri',
    intro: 'Märgi ära, mida oled teinud. Linnukesed jäävad ainult sellesse brauserisse ja midagi ei saadeta kuhugi.',
    items: ['Facebooki vorm saadetud', 'Instagrami vorm saadetud', 'Kinnitusmeil saadud ja alles hoitud'],
    reset: 'Eemalda minu linnukesed',
  },

  faq: {
    heading: 'Korduma kippuvad küsimused',
    items: [
      {
        question: 'Kas see puudutab mind?',
        answer:
          'Jah, kui elad Euroopa Liidus või Euroopa Majanduspiirkonnas (sealhulgas Norras, Islandil ja Liechtensteinis), oled vähemalt 18-aastane ja sul on Facebookis või Instagramis avalikku sisu. Ühendkuningriigis kasutab Meta teistsugust menetlust.',
      },
      {
        question: 'Jäin tähtajast maha. Kas on liiga hilja?',
        answer:
          'Ei. Vastuväite saad esitada igal ajal. See kaitseb kõike, mida sa pärast seda postitad. Seda, mida Meta on juba treenimiseks kasutanud, ei saa Meta tehisintellektist enam eemaldada.',
      },
      {
        question: 'Kas pean põhjuse esitama?',
        answer:
          'Ei. Vaba teksti väli ei ole kohustuslik. Datatilsyneti sõnul ei pea sa oma vastuväidet põhjendama ja Meta on öelnud, et võtab vastu kõik vastuväited.',
      },
      {
        question: 'Mul on mitu kontot. Mida teha?',
        answer:
          'Datatilsyneti sõnul hõlmab üks vastuväide samas kontokeskuses ühendatud kontosid. Kui sa pole kindel, kas sinu kontod on ühendatud, saada vorm nii Facebooki kui ka Instagrami kohta, iga konto kohta üks kord.',
      },
      {
        question: 'Kas vastuväide hõlmab fotosid minu lastest, mille olen postitanud?',
        answer:
          'Sinu vastuväide hõlmab sinu postitatud avalikku sisu, sealhulgas fotosid sinu lastest. Datatilsynet on küsinud Metalt, kas ettevõte treenib tehisintellekti täiskasvanute postitatud laste fotodega. Kui Datatilsynet oma teate avaldas, ei olnud Meta veel vastanud.',
      },
      {
        question: 'Aga WhatsApp?',
        answer:
          'Ajakirjanduse andmetel sinu privaatseid WhatsAppi vestlusi ei kasutata, kuid sõnumeid, mida saadad WhatsAppis Meta AI-le, kasutatakse. Eraldi WhatsAppi vastuväite vormi ei ole teada. Kui sa ei soovi, et neid sõnumeid kasutataks, ära saada neid Meta AI-le.',
      },
      {
        question: 'Mul ei ole kontot. Kas Meta võib ikkagi minu kohta andmeid kasutada?',
        answer:
          'Võimalik. Meta kasutab ka andmeid, mida ta ostab teistelt ettevõtetelt, ja teised inimesed võivad postitada sinust fotosid. Hamburgi andmekaitseasutuse sõnul pakub Meta eraldi võimalust esitada vastuväide kolmandatelt isikutelt saadud andmete kasutamisele. Me ei saanud selle linki kinnitada.',
      },
      {
        question: 'Kuidas ma tean, et see õnnestus?',
        answer:
          'Meta saadab sinu konto e-posti aadressile kinnitusmeili. Algatuse klicksafe katses saabus see mõne minutiga. Hoia see alles. Kui midagi ei saabu, vaata rämpsposti kausta ja saada seejärel vorm uuesti.',
      },
      {
        question: 'Esitasin vastuväite 2024. aastal. Kas pean uuesti vastuväite esitama?',
        answer: 'Ei. Datatilsynet ja Meta ütlevad, et 2024. aastal esitatud vastuväited kehtivad endiselt.',
      },
    ],
  },

  print: {
    heading: 'See juhend paberil',
    qr: 'Skaneeri kood, et avada see juhend telefonis: {url}',
    button: 'Prindi see juhend',
  },
};
