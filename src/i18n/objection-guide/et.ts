import type { ObjectionGuideContent } from './en';

/** The objection guide in Estonian. */
export const objectionGuideEt: ObjectionGuideContent = {
  title: 'Kuidas vastuväidet esitada, samm-sammult',
  description:
    'Esita vastuväide sellele, et Meta kasutab sinu Facebooki ja Instagrami postitusi tehisintellekti treenimiseks: ametlikud vormid, sammud rakenduses või brauseris, tekstid, mida saad kasutada, ja mida vastuväide hõlmab.',
  intro:
    'Vastuväite esitamine on tasuta ja põhjust ei pea esitama. Sa pead olema sisse logitud ja sul peab olema ligipääs oma konto e-posti aadressile.',
  warning:
    'Kasuta ainult sellel lehel lingitud ametlikke vorme. Meie nõuanne: ära kunagi sisesta oma parooli vormi, mille keegi sulle sõnumi või e-kirjaga saadab.',
  warningLabel: 'Hoiatus',
  chooser: {
    heading: 'Vali oma viis',
    platformLegend: 'Millist kontot soovid kaitsta?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Mõlemad',
    },
    wayLegend: 'Kus sa seda kasutad?',
    ways: {
      app: 'Telefoni rakenduses',
      browser: 'Veebibrauseris',
    },
    ticksNote:
      'Märgi iga samm, kui see on tehtud. Märked jäävad ainult sellesse brauserisse; midagi ei saadeta kuhugi.',
  },
  paths: {
    'facebook-browser': 'Facebook veebibrauseris',
    'instagram-browser': 'Instagram veebibrauseris',
    'both-browser': 'Facebook ja Instagram veebibrauseris',
    'facebook-app': 'Facebook rakenduses',
    'instagram-app': 'Instagram rakenduses',
    'both-app': 'Facebook ja Instagram rakendustes',
  },
  steps: {
    'login-browser': 'Logi veebibrauseris sisse: {platforms}. Vorm töötab ainult siis, kui oled sisse logitud.',
    'app-facebook':
      'Ava Facebooki rakenduses menüü, seejärel seaded ja privaatsus (Settings & privacy) → seaded → privaatsuspoliitika (Privacy Policy) ja puuduta vastuväite esitamise linki. Avaneb Meta vastuväite vorm.',
    'app-instagram':
      'Ava Instagrami rakenduses oma profiil, seejärel menüü → seaded → teave (About) → privaatsuspoliitika (Privacy Policy) ja puuduta vastuväite esitamise linki. Avaneb Meta vastuväite vorm.',
    'what-the-form-asks':
      'Vorm küsib sinu elukohariiki ja konto e-posti aadressi. Seal on ka põhjenduse väli: Datatilsyneti sõnul ei pea sa põhjust esitama, nii et võid selle tühjaks jätta.',
    'send-form': 'Ava allolev ametlik vorm, täida see ja vajuta saatmisnuppu. Vorm avaneb aadressil {hosts}.',
    'send-each-form':
      'Ava allolevad ametlikud vormid üksteise järel, täida igaüks ja vajuta saatmisnuppu. Need avanevad aadressidel {hosts}.',
    'send-in-app': 'Vajuta vormi lõpus saatmisnuppu.',
    'send-in-each-app': 'Vajuta iga vormi lõpus saatmisnuppu.',
    'security-code': 'Meta võib saata sinu e-posti aadressile turvakoodi. Sisesta see vormi lehele.',
    confirmation:
      'Meta kinnitab sinu vastuväidet e-kirjaga; algatuse klicksafe katses saabus e-kiri mõne minuti pärast. Hoia see alles: see on sinu tõend.',
  },
  textsLink: 'Tekstid, mida saad põhjenduse väljal kasutada',
  checks: {
    'facebook-sent': 'Facebooki vorm saadetud',
    'instagram-sent': 'Instagrami vorm saadetud',
    'confirmation-kept': 'Kinnitusmeil saabunud ja alles hoitud',
  },
  clearTicks: 'Eemalda minu märked',
  appFallback: {
    cannotFind:
      'Ei leia menüüd? Meta muudab selle asukohta aeg-ajalt ja sinu rakenduses võivad nimetused olla teistsugused. Kasuta selle asemel ametlikku vormi veebibrauseris:',
    privacyCentre:
      'Teine võimalus rakenduses: Meta privaatsuskeskus (Privacy Centre) → tehisintellekt Metas (AI at Meta) → vastuväite taotluse esitamine.',
  },
  credits:
    'Vormi sammud järgivad algatuse klicksafe 2024. aasta juuni katset, milles klicksafe täitis põhjenduse välja; et põhjust ei pea esitama, ütleb Datatilsynet (2025. aasta aprill). Vormide lingid on need, mille Hamburgi andmekaitseasutus andis 2025. aasta aprillis; rakenduste menüüteed pärinevad ajakirjandusest ja võivad sinu rakenduse versioonis erineda.',
  texts: {
    heading: 'Mida võid kirjutada',
    intro:
      'Põhjust ei pea esitama. Norra andmekaitseasutus Datatilsynet ütleb: „Sa ei pea oma vastuväidet põhjendama“ (meie tõlge), ja Meta on öelnud, et võtab vastu kõik vastuväited. Kui soovid midagi kirjutada, kopeeri üks neist tekstidest vaba teksti väljale.',
    copy: 'Kopeeri tekst',
    copied: 'Kopeeriti lõikelauale.',
    copyFailed: 'Kopeerimine ebaõnnestus. Vali tekst ja kopeeri see ise.',
    items: {
      neutral: {
        title: 'Lühike ja neutraalne',
        text: 'Esitan vastuväite oma isikuandmete, sealhulgas minu postituste, fotode ja kommentaaride, töötlemise suhtes, mille eesmärk on arendada ja täiustada tehisintellekti Metas.',
      },
      copyright: {
        title: 'Autoriõigus sinu enda postitustele',
        text: 'Mulle kuulub autoriõigus minu postitatud sisule ja ma ei anna luba seda tehisintellekti rakendustes kasutada.',
        note: 'Põhineb sõnastusel, mida klicksafe oma katses edukalt kasutas.',
      },
      personal: {
        title: 'Sinu isiklikud mured',
        text: 'Minu postitused ja fotod on isiklikud. Kui neid on kasutatud tehisintellekti mudeli treenimiseks, ei saa neid sealt enam välja võtta. Ma ei soovi, et minu isikuandmeid selleks kasutataks.',
      },
    },
  },
  covers: {
    heading: 'Mida vastuväide hõlmab',
    covered: 'Hõlmatud',
    unclear: 'Meta kasutab seda; ükski allikas ei ütle, et vastuväide selle peatab',
    notCovered: 'Ei ole hõlmatud või ei kasutata niikuinii',
    items: {
      'public-content': 'Sinu avalikud postitused, fotod, pildiallkirjad ja kommentaarid, kui oled täiskasvanud.',
      'meta-ai-chats':
        'See, mida sisestad vestlusrobotisse Meta AI või selle pilditööriistadesse: Meta kasutab seda olenemata vanusest. Meie nõuanne: ära sisesta sinna midagi, mida sa ei taha, et kasutataks.',
      'private-messages': 'Privaatsõnumid: Meta sõnul ei kasuta ta neid selleks treenimiseks.',
      minors: 'Alla 18-aastaste sisu: Meta ei kasuta nende postitusi ja fotosid selleks treenimiseks.',
      'posts-by-others': 'Postitused ja fotod, mida teised sinu kohta avaldavad: sinu vastuväide neid ei hõlma.',
    },
    accounts:
      'Mitu kontot: Datatilsyneti sõnul hõlmab üks vastuväide kõiki kontosid, mis on ühendatud samas kontokeskuses (Accounts Centre), ja kui sa pole kindel, peaksid täitma vormi nii Facebooki kui ka Instagrami kohta. Meie nõuanne: kui sinu kontod ei ole ühendatud, saada vorm iga konto kohta üks kord.',
    whatsapp:
      'WhatsApp: ajakirjanduse andmetel privaatseid vestlusi ei kasutata, kuid sõnumeid, mida saadad WhatsAppis Meta AI-le, kasutatakse. Eraldi WhatsAppi vastuväite vormi ei ole teada.',
    thirdParty:
      'Teiste ettevõtete andmed: Meta kasutab oma tehisintellekti treenimiseks ka andmeid, mida ta ostab kolmandatelt isikutelt. See võib puudutada ka inimesi, kellel kontot ei ole. Hamburgi andmekaitseasutuse sõnul pakub Meta selleks eraldi võimalust vastuväite esitamiseks. Me ei saanud selle linki kinnitada, seega me seda ei näita. Lisateavet leiad Hamburgi teatest.',
    thirdPartyLink: 'Meie kokkuvõte Hamburgi 12. juuni 2024. aasta teatest',
  },
  afterDeadline: {
    heading: 'Kui tähtaeg on möödunud',
    text: 'Vastuväite saad esitada igal ajal. Sellest hetkest peatab sinu vastuväide Meta poolt sinu avalike postituste kasutamise tema tehisintellekti jaoks. See ei saa eemaldada seda, mida Meta on juba kasutanud: mudelisse jõudnud andmeid ei saa sealt enam välja võtta.',
    earlier: 'Kui esitasid vastuväite 2024. aastal, kehtib see Datatilsyneti ja Meta sõnul endiselt.',
  },
  faq: {
    heading: 'Korduma kippuvad küsimused',
    items: [
      {
        question: 'Kas see puudutab mind?',
        answer:
          'Jah, kui elad Euroopa Liidus või Euroopa Majanduspiirkonnas (sealhulgas Norras, Islandil ja Liechtensteinis), oled vähemalt 18-aastane ja sul on Facebookis või Instagramis avalikke postitusi, fotosid või kommentaare: neid sinu vastuväide hõlmabki. Meta kasutab ka seda, mida igas vanuses inimesed Meta AI-sse sisestavad; ükski allikas ei ütle, et vastuväide selle peatab. Ühendkuningriigis kasutab Meta teistsugust menetlust.',
      },
      {
        question: 'Jäin tähtajast maha. Kas on liiga hilja?',
        answer:
          'Ei. Vastuväite saad esitada igal ajal. Sellest hetkest peatab see Meta poolt sinu avalike postituste kasutamise tema tehisintellekti jaoks. Seda, mida Meta on juba treenimiseks kasutanud, ei saa tema tehisintellektist enam välja võtta.',
      },
      {
        question: 'Kas pean põhjuse esitama?',
        answer:
          'Ei. Datatilsyneti sõnul ei pea sa oma vastuväidet põhjendama, nii et võid vaba teksti välja tühjaks jätta. Meta on öelnud, et võtab vastu kõik vastuväited.',
      },
      {
        question: 'Mul on mitu kontot. Mida teha?',
        answer:
          'Datatilsyneti sõnul hõlmab üks vastuväide kontosid, mis on ühendatud samas kontokeskuses (Accounts Centre); kui sa pole kindel, soovitab Datatilsynet täita vormi nii Facebooki kui ka Instagrami kohta. Meie nõuanne: kui sinu kontod ei ole ühendatud, saada vorm iga konto kohta üks kord.',
      },
      {
        question: 'Kas vastuväide hõlmab fotosid, mille olen oma lastest postitanud?',
        answer:
          'Sinu vastuväide hõlmab sinu postitatud avalikku sisu, sealhulgas fotosid sinu lastest. Datatilsynet on küsinud Metalt, kas ettevõte treenib tehisintellekti täiskasvanute postitatud laste fotodega. Kui Datatilsynet oma teate avaldas, ei olnud Meta veel vastanud.',
      },
      {
        question: 'Olen alla 18-aastane või on seda minu laps. Mis kehtib?',
        answer:
          'Datatilsyneti sõnul kasutab Meta selleks treenimiseks ainult üle 18-aastaste kasutajate avalikke postitusi ja fotosid, nii et noorte endi postitusi ei kasutata. Seda, mida inimesed Meta AI-sse sisestavad, kasutatakse olenemata vanusest ja ükski allikas ei ütle, et vastuväide selle peatab: meie nõuanne on mitte sisestada sinna midagi, mida sa ei taha, et kasutataks. Täiskasvanute postitatud laste fotod on lahtine küsimus: Datatilsynet on küsinud Metalt, kas ettevõte treenib nendega. Vanemad, kes selliseid fotosid avalikult postitavad, saavad esitada vastuväite oma konto kohta.',
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
          'Meta saadab sinu konto e-posti aadressile kinnitusmeili; algatuse klicksafe katses saabus see mõne minuti pärast. Hoia see alles. Kui midagi ei saabu, vaata rämpsposti kausta ja saada seejärel vorm uuesti.',
      },
      {
        question: 'Esitasin vastuväite 2024. aastal. Kas pean selle uuesti esitama?',
        answer: 'Ei. Datatilsynet ja Meta ütlevad, et 2024. aastal esitatud vastuväited kehtivad endiselt.',
      },
    ],
  },
  print: {
    heading: 'See juhend paberil',
    qr: 'Skaneeri kood, et avada see juhend telefonis: {url}',
  },
};
