import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovenian. */
export const objectionGuideSl: ObjectionGuideContent = {
  title: 'Kako ugovarjati, korak za korakom',
  description:
    'Ugovarjajte temu, da Meta vaše objave na Facebooku in Instagramu uporablja za učenje umetne inteligence: uradni obrazci, vsi koraki, besedila, ki jih lahko uporabite, in kaj ugovor zajema.',
  intro:
    'Ugovor vzame približno pet minut za vsako platformo. Potrebujete podatke za prijavo in dostop do e-poštnega naslova svojega računa.',
  warning:
    'Uporabljajte samo uradne obrazce, do katerih vodijo povezave na tej strani. Meta vas v obrazcu nikoli ne prosi za geslo.',
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
    heading: 'Kaj lahko napišete',
    intro:
      'Razloga vam ni treba navesti. Norveški organ Datatilsynet pravi: „Ugovora vam ni treba utemeljiti“ (naš prevod). Meta je izjavila, da sprejme vse ugovore. Če želite nekaj napisati, v polje za prosto besedilo kopirajte eno od teh besedil.',
    copy: 'Kopiraj besedilo',
    copied: 'Kopirano v odložišče.',
    copyFailed: 'Kopiranje ni uspelo. Označite besedilo in ga kopirajte sami.',
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
    heading: 'Kaj ugovor zajema',
    covered: 'Zajeto',
    notCovered: 'Ni zajeto ali se tako ali tako ne uporablja',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Več računov: po navedbah organa Datatilsynet en ugovor zajema vse račune, povezane v istem središču za račune. Drugi viri svetujejo en ugovor za vsak račun. Če niste prepričani, pošljite oba obrazca, in sicer za vsak račun posebej.',
    whatsapp:
      'WhatsApp: po poročanju medijev se zasebni klepeti ne uporabljajo, sporočila, ki jih v WhatsAppu pošljete Meta AI, pa se. Ločen obrazec za ugovor za WhatsApp ni znan.',
    thirdParty:
      'Podatki drugih podjetij: Meta za učenje svoje umetne inteligence uporablja tudi podatke, ki jih kupuje od tretjih oseb. To lahko zadeva tudi ljudi brez računa. Hamburški organ pravi, da Meta za to ponuja ločen način ugovora. Povezave do njega nismo mogli potrditi, zato je ne prikazujemo. Podrobnosti so v obvestilu iz Hamburga.',
    thirdPartyLink: 'Obvestilo iz Hamburga z dne 12. junija 2024',
  },
  afterDeadline: {
    heading: 'Če je rok že potekel',
    text: 'Ugovarjate lahko kadar koli. Ugovor iz učenja umetne inteligence družbe Meta izključi vse, kar objavite od takrat naprej. Ne more pa odstraniti tistega, kar je Meta že uporabila: podatkov, ki so šli v model, ni mogoče več vzeti iz njega.',
    earlier: 'Če ste ugovarjali leta 2024, ta ugovor po navedbah organa Datatilsynet in družbe Meta še vedno velja.',
  },
  faq: {
    heading: 'Pogosta vprašanja',
    items: [
      {
        question: 'Ali to velja zame?',
        answer:
          'Da, če živite v EU ali EGP (sem spadajo tudi Norveška, Islandija in Lihtenštajn), ste stari 18 let ali več in imate na Facebooku ali Instagramu javne vsebine. V Združenem kraljestvu Meta uporablja drug postopek.',
      },
      {
        question: 'Rok je že potekel. Ali je prepozno?',
        answer:
          'Ne. Ugovarjate lahko kadar koli. Ugovor zaščiti tisto, kar objavite od takrat naprej. Tega, kar je Meta že uporabila za učenje, ni mogoče več odstraniti iz njene umetne inteligence.',
      },
      {
        question: 'Ali moram navesti razlog?',
        answer:
          'Ne. Polje za prosto besedilo ni obvezno. Po navedbah organa Datatilsynet vam ugovora ni treba utemeljiti, Meta pa je izjavila, da sprejme vse ugovore.',
      },
      {
        question: 'Imam več računov. Kaj naj storim?',
        answer:
          'Po navedbah organa Datatilsynet en ugovor zajema račune, povezane v istem središču za račune. Če niste prepričani, ali so vaši računi povezani, pošljite obrazec za Facebook in za Instagram, in sicer enkrat za vsak račun.',
      },
      {
        question: 'Ali ugovor zajema tudi moje objave s fotografijami mojih otrok?',
        answer:
          'Vaš ugovor zajema javne vsebine, ki ste jih objavili, vključno s fotografijami vaših otrok. Datatilsynet je družbo Meta vprašal, ali svojo umetno inteligenco uči na fotografijah otrok, ki jih objavijo odrasli. Ko je Datatilsynet objavil svoje obvestilo, Meta še ni odgovorila.',
      },
      {
        question: 'Kaj pa WhatsApp?',
        answer:
          'Po poročanju medijev se vaši zasebni klepeti v WhatsAppu ne uporabljajo, sporočila, ki jih v WhatsAppu pošljete Meta AI, pa se. Ločen obrazec za ugovor za WhatsApp ni znan. Če ne želite, da se ta sporočila uporabljajo, jih ne pošiljajte Meta AI.',
      },
      {
        question: 'Nimam računa. Ali lahko Meta kljub temu uporablja podatke o meni?',
        answer:
          'Mogoče. Meta uporablja tudi podatke, ki jih kupuje od drugih podjetij, drugi pa lahko objavijo vaše fotografije. Hamburški organ pravi, da Meta ponuja ločen način ugovora zoper uporabo podatkov tretjih oseb. Povezave do njega nismo mogli potrditi.',
      },
      {
        question: 'Kako vem, da je uspelo?',
        answer:
          'Meta pošlje potrditveno e-poštno sporočilo na naslov vašega računa. V preizkusu pobude klicksafe je prišlo v nekaj minutah. Shranite ga. Če ne prejmete ničesar, preverite mapo z neželeno pošto in nato obrazec pošljite znova.',
      },
      {
        question: 'Moj ugovor je iz leta 2024. Ali moram ugovarjati znova?',
        answer: 'Ne. Datatilsynet in Meta pravita, da ugovori, poslani leta 2024, še vedno veljajo.',
      },
    ],
  },
  print: {
    heading: 'Ta navodila na papirju',
    qr: 'Skenirajte kodo, da odprete ta navodila na telefonu: {url}',
  },
};
