import type { ObjectionGuideContent } from './en';

/** The objection guide in Lithuanian. */
export const objectionGuideLt: ObjectionGuideContent = {
  title: 'Kaip pateikti prieštaravimą: žingsnis po žingsnio',
  description:
    'Pateikite prieštaravimą, kad „Meta“ nenaudotų Jūsų „Facebook“ ir „Instagram“ įrašų DI mokyti: oficialios formos, kiekvienas žingsnis, tekstai, kuriuos galite naudoti, ir ką apima prieštaravimas.',
  intro:
    'Prieštaravimą kiekvienoje platformoje pateiksite maždaug per penkias minutes. Jums reikės prisijungimo duomenų ir prieigos prie paskyros el. pašto adreso.',
  warning: 'Naudokite tik čia nurodytas oficialias formas. Formoje „Meta“ niekada neprašo Jūsų slaptažodžio.',
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
    heading: 'Ką galite parašyti',
    intro:
      'Priežasties nurodyti nereikia. Norvegijos duomenų apsaugos institucija Datatilsynet teigia: „Jums nereikia pagrįsti savo prieštaravimo“ (mūsų vertimas). „Meta“ pareiškė, kad priima visus prieštaravimus. Jei norite ką nors parašyti, nukopijuokite vieną iš šių tekstų į laisvo teksto laukelį.',
    copy: 'Kopijuoti tekstą',
    copied: 'Nukopijuota į iškarpinę.',
    copyFailed: 'Nepavyko nukopijuoti. Pažymėkite tekstą ir nukopijuokite jį patys.',
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
    heading: 'Ką apima prieštaravimas',
    covered: 'Apima',
    notCovered: 'Neapima arba ir taip nenaudojama',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Kelios paskyros: Datatilsynet teigia, kad vienas prieštaravimas apima visas paskyras, susietas tame pačiame Paskyrų centre. Kiti šaltiniai pataria pateikti prieštaravimą dėl kiekvienos paskyros atskirai. Jei abejojate, išsiųskite abi formas, po kartą kiekvienai paskyrai.',
    whatsapp:
      '„WhatsApp“: remiantis žiniasklaidos pranešimais, privatūs pokalbiai nenaudojami, tačiau žinutės, kurias „WhatsApp“ siunčiate „Meta AI“, naudojamos. Atskira „WhatsApp“ prieštaravimo forma nežinoma.',
    thirdParty:
      'Kitų bendrovių duomenys: savo DI mokyti „Meta“ naudoja ir duomenis, kuriuos perka iš trečiųjų šalių. Tai gali paliesti ir žmones, neturinčius paskyros. Hamburgo institucija teigia, kad „Meta“ siūlo atskirą būdą pateikti prieštaravimą dėl šių duomenų. Nuorodos į jį patvirtinti nepavyko, todėl jos nepateikiame. Daugiau informacijos rasite Hamburgo pranešime.',
    thirdPartyLink: '2024 m. birželio 12 d. Hamburgo pranešimas',
  },
  afterDeadline: {
    heading: 'Jei terminas pasibaigė',
    text: 'Prieštaravimą galite pateikti bet kada. Prieštaravimas užtikrina, kad tai, ką skelbsite nuo tada, nepateks į „Meta“ DI mokymą. Jis negali pašalinti to, ką „Meta“ jau panaudojo: į modelį patekusių duomenų iš jo išimti nebeįmanoma.',
    earlier: 'Jei prieštaravimą pateikėte 2024 m., pasak Datatilsynet ir „Meta“, jis tebegalioja.',
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
  },
};
