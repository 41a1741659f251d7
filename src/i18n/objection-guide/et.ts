import type { ObjectionGuideContent } from './en';

/** The objection guide in Estonian. */
export const objectionGuideEt: ObjectionGuideContent = {
  title: 'Kuidas vastuväidet esitada, samm-sammult',
  description:
    'Esita vastuväide sellele, et Meta kasutab sinu Facebooki ja Instagrami postitusi tehisintellekti treenimiseks: ametlikud vormid, iga samm, tekstid, mida saad kasutada, ja mida vastuväide hõlmab.',
  intro:
    'Vastuväite esitamine võtab iga platvormi puhul umbes viis minutit. Sul on vaja oma sisselogimisandmeid ja ligipääsu oma konto e-posti aadressile.',
  warning: 'Kasuta ainult siin lingitud ametlikke vorme. Meta ei küsi vormis kunagi sinu parooli.',
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
    heading: 'Mida võid kirjutada',
    intro:
      'Põhjust ei pea esitama. Norra andmekaitseasutus Datatilsynet ütleb: „Sa ei pea oma vastuväidet põhjendama“ (meie tõlge). Meta on öelnud, et võtab vastu kõik vastuväited. Kui soovid midagi kirjutada, kopeeri üks neist tekstidest vaba teksti väljale.',
    copy: 'Kopeeri tekst',
    copied: 'Kopeeriti lõikelauale.',
    copyFailed: 'Kopeerimine ebaõnnestus. Vali tekst ja kopeeri see ise.',
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
    heading: 'Mida vastuväide hõlmab',
    covered: 'Hõlmatud',
    notCovered: 'Ei ole hõlmatud või ei kasutata niikuinii',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Mitu kontot: Datatilsyneti sõnul hõlmab üks vastuväide kõiki samas kontokeskuses ühendatud kontosid. Teised allikad soovitavad esitada vastuväite iga konto kohta eraldi. Kui sa pole kindel, saada mõlemad vormid, iga konto kohta üks kord.',
    whatsapp:
      'WhatsApp: ajakirjanduse andmetel privaatseid vestlusi ei kasutata, kuid sõnumeid, mida saadad WhatsAppis Meta AI-le, kasutatakse. Eraldi WhatsAppi vastuväite vormi ei ole teada.',
    thirdParty:
      'Teiste ettevõtete andmed: Meta kasutab oma tehisintellekti treenimiseks ka andmeid, mida ta ostab kolmandatelt isikutelt. See võib puudutada ka inimesi, kellel kontot ei ole. Hamburgi andmekaitseasutuse sõnul pakub Meta selleks eraldi võimalust vastuväite esitamiseks. Me ei saanud selle linki kinnitada, seega me seda ei näita. Lisateavet leiad Hamburgi teatest.',
    thirdPartyLink: 'Hamburgi teade, 12. juuni 2024',
  },
  afterDeadline: {
    heading: 'Kui tähtaeg on möödunud',
    text: 'Vastuväite saad esitada igal ajal. Vastuväide hoiab kõik, mida sa pärast seda postitad, Meta tehisintellekti treenimisest väljas. See ei saa eemaldada seda, mida Meta on juba kasutanud: mudelisse jõudnud andmeid ei saa sealt enam välja võtta.',
    earlier: 'Kui esitasid vastuväite 2024. aastal, kehtib see Datatilsyneti ja Meta sõnul endiselt.',
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
  },
};
