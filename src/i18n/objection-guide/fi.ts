import type { ObjectionGuideContent } from './en';

/** The objection guide in Finnish. */
export const objectionGuideFi: ObjectionGuideContent = {
  title: 'Näin vastustat, vaihe vaiheelta',
  description:
    'Vastusta sitä, että Meta käyttää Facebook- ja Instagram-julkaisujasi tekoälyn kouluttamiseen: viralliset lomakkeet, jokainen vaihe, valmiita tekstejä ja mitä vastustaminen kattaa.',
  intro:
    'Vastustaminen vie noin viisi minuuttia palvelua kohden. Tarvitset kirjautumistietosi ja pääsyn tilisi sähköpostiosoitteeseen.',
  warning: 'Käytä vain virallisia lomakkeita, joihin tässä linkitetään. Meta ei koskaan kysy lomakkeessa salasanaasi.',
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
    heading: 'Mitä voit kirjoittaa',
    intro:
      'Syytä ei tarvitse kertoa. Norjan tietosuojaviranomainen Datatilsynet toteaa: ”Sinun ei tarvitse perustella” (oma käännöksemme). Meta on sanonut hyväksyvänsä kaikki vastustamiset. Jos haluat kirjoittaa jotain, kopioi jokin näistä teksteistä vapaaseen tekstikenttään.',
    copy: 'Kopioi teksti',
    copied: 'Kopioitu leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
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
    heading: 'Mitä vastustaminen kattaa',
    covered: 'Kuuluu piiriin',
    notCovered: 'Ei kuulu piiriin, tai sitä ei muutenkaan käytetä',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Useita tilejä: Norjan Datatilsynetin mukaan yksi vastustaminen kattaa kaikki tilit, jotka on yhdistetty samaan Tilikeskukseen. Muut lähteet neuvovat vastustamaan jokaisen tilin osalta erikseen. Jos et ole varma, lähetä molemmat lomakkeet, kerran kutakin tiliä kohden.',
    whatsapp:
      'WhatsApp: Uutisoinnin mukaan yksityisiä keskusteluja ei käytetä, mutta viestejä, jotka lähetät Meta AI:lle WhatsAppissa, käytetään. Erillistä WhatsAppin vastustamislomaketta ei tiedetä olevan.',
    thirdParty:
      'Muiden yritysten tiedot: Meta käyttää tekoälynsä kouluttamiseen myös tietoja, joita se ostaa kolmansilta osapuolilta. Tämä voi koskea myös ihmisiä, joilla ei ole tiliä. Hampurin tietosuojaviranomainen sanoo, että Meta tarjoaa tähän erillisen tavan vastustaa. Emme ole pystyneet varmistamaan linkkiä siihen, joten emme näytä sitä. Lue lisätietoja Hampurin tiedotteesta.',
    thirdPartyLink: 'Hampurin tiedote 12. kesäkuuta 2024',
  },
  afterDeadline: {
    heading: 'Jos määräaika on päättynyt',
    text: 'Voit vastustaa milloin tahansa. Vastustaminen pitää sen, mitä julkaiset siitä lähtien, Metan tekoälykoulutuksen ulkopuolella. Se ei poista sitä, mitä Meta on jo käyttänyt: malliin päätyneitä tietoja ei voi ottaa siitä pois.',
    earlier: 'Jos vastustit vuonna 2024, vastustamisesi on Datatilsynetin ja Metan mukaan edelleen voimassa.',
  },
  faq: {
    heading: 'Usein kysyttyä',
    items: [
      {
        question: 'Koskeeko tämä minua?',
        answer:
          'Kyllä, jos asut EU:ssa tai ETA-alueella (siihen kuuluvat myös Norja, Islanti ja Liechtenstein), olet vähintään 18-vuotias ja sinulla on julkista sisältöä Facebookissa tai Instagramissa. Yhdistyneessä kuningaskunnassa Meta noudattaa toisenlaista menettelyä.',
      },
      {
        question: 'Määräaika meni ohi. Onko liian myöhäistä?',
        answer:
          'Ei. Voit vastustaa milloin tahansa. Se suojaa sitä, mitä julkaiset siitä lähtien. Sitä, mitä Meta on jo käyttänyt koulutukseen, ei voi enää poistaa Metan tekoälystä.',
      },
      {
        question: 'Pitääkö minun perustella?',
        answer:
          'Ei. Vapaa tekstikenttä on vapaaehtoinen. Norjan Datatilsynetin mukaan vastustamista ei tarvitse perustella, ja Meta on sanonut hyväksyvänsä kaikki vastustamiset.',
      },
      {
        question: 'Minulla on useita tilejä. Mitä teen?',
        answer:
          'Norjan Datatilsynetin mukaan yksi vastustaminen kattaa tilit, jotka on yhdistetty samaan Tilikeskukseen. Jos et ole varma, onko tilisi yhdistetty, lähetä lomake sekä Facebookille että Instagramille, kerran kutakin tiliä kohden.',
      },
      {
        question: 'Koskeeko se julkaisemiani kuvia lapsistani?',
        answer:
          'Vastustamisesi kattaa julkaisemasi julkisen sisällön, myös kuvat lapsistasi. Datatilsynet on kysynyt Metalta, kouluttaako se tekoälyään kuvilla lapsista, joita aikuiset julkaisevat. Meta ei ollut vastannut, kun Datatilsynet julkaisi tiedotteensa.',
      },
      {
        question: 'Entä WhatsApp?',
        answer:
          'Uutisoinnin mukaan yksityisiä WhatsApp-keskustelujasi ei käytetä, mutta viestejä, jotka lähetät Meta AI:lle WhatsAppissa, käytetään. Erillistä WhatsAppin vastustamislomaketta ei tiedetä olevan. Jos et halua, että näitä viestejä käytetään, älä lähetä niitä Meta AI:lle.',
      },
      {
        question: 'Minulla ei ole tiliä. Voiko Meta silti käyttää minua koskevia tietoja?',
        answer:
          'Mahdollisesti. Meta käyttää myös tietoja, joita se ostaa muilta yrityksiltä, ja muut ihmiset voivat julkaista kuvia sinusta. Hampurin tietosuojaviranomaisen mukaan Meta tarjoaa erillisen tavan vastustaa kolmansilta osapuolilta saatujen tietojen käyttöä. Emme ole pystyneet varmistamaan linkkiä siihen.',
      },
      {
        question: 'Mistä tiedän, että se onnistui?',
        answer:
          'Meta lähettää vahvistusviestin tilisi sähköpostiosoitteeseen. klicksafen testissä viesti tuli muutamassa minuutissa. Säilytä se. Jos viestiä ei tule, tarkista roskapostikansiosi ja lähetä sitten lomake uudelleen.',
      },
      {
        question: 'Vastustin vuonna 2024. Pitääkö minun vastustaa uudelleen?',
        answer: 'Ei. Datatilsynetin ja Metan mukaan vuonna 2024 lähetetyt vastustamiset ovat edelleen voimassa.',
      },
    ],
  },
  print: {
    heading: 'Tämä ohje paperilla',
    qr: 'Skannaa koodi, niin voit avata tämän ohjeen puhelimella: {url}',
  },
};
