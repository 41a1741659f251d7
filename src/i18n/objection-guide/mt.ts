import type { ObjectionGuideContent } from './en';

/** The objection guide in Maltese. */
export const objectionGuideMt: ObjectionGuideContent = {
  title: 'Kif toġġezzjona, pass pass',
  description:
    'Oġġezzjona għall-użu tal-posts tiegħek ta’ Facebook u Instagram minn Meta għat-taħriġ tal-IA: il-formoli uffiċjali, kull pass, testi li tista’ tuża, u x’tkopri oġġezzjoni.',
  intro:
    'L-oġġezzjoni tieħu madwar ħames minuti għal kull pjattaforma. Għandek bżonn id-dettalji tal-login tiegħek u aċċess għall-indirizz tal-email tal-kont tiegħek.',
  warning:
    'Uża biss il-formoli uffiċjali li għalihom hemm link hawnhekk. Meta qatt ma titlob il-password tiegħek fil-formola.',
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
    heading: 'X’tista’ tikteb',
    intro:
      'M’għandekx għalfejn tagħti raġuni. Datatilsynet tgħid: “M’għandekx għalfejn tiġġustifika” (traduzzjoni tagħna), u Meta qalet li taċċetta l-oġġezzjonijiet kollha. Jekk trid tikteb xi ħaġa, ikkopja wieħed minn dawn it-testi fil-qasam tat-test liberu.',
    copy: 'Ikkopja t-test',
    copied: 'Ikkopjat fil-clipboard.',
    copyFailed: 'Ma setax jiġi kkopjat. Agħżel it-test u kkopjah int.',
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
    heading: 'X’tkopri oġġezzjoni',
    covered: 'Kopert',
    notCovered: 'Mhux kopert, jew ma jintużax xorta waħda',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Aktar minn kont wieħed: Datatilsynet tgħid li oġġezzjoni waħda tkopri l-kontijiet kollha marbuta fl-istess Ċentru tal-Kontijiet. Sorsi oħra jagħtu parir li ssir oġġezzjoni waħda għal kull kont. Jekk m’intix ċert, ibgħat iż-żewġ formoli, u formola għal kull kont.',
    whatsapp:
      'WhatsApp: skont rapporti fl-istampa, il-chats privati ma jintużawx, iżda l-messaġġi li tibgħat lil Meta AI fuq WhatsApp jintużaw. Mhi magħrufa l-ebda formola separata ta’ oġġezzjoni għal WhatsApp.',
    thirdParty:
      'Data minn kumpaniji oħra: Meta tuża wkoll data li tixtri mingħand partijiet terzi biex tħarreġ l-IA tagħha. Dan jista’ jolqot ukoll persuni mingħajr kont. L-awtorità ta’ Hamburg tgħid li Meta toffri mod separat biex wieħed joġġezzjona għal dan. Ma stajniex nikkonfermaw link għalih, għalhekk ma nurux wieħed. Aqra l-avviż ta’ Hamburg għad-dettalji.',
    thirdPartyLink: 'L-avviż ta’ Hamburg tat-12 ta’ Ġunju 2024',
  },
  afterDeadline: {
    heading: 'Jekk l-iskadenza għaddiet',
    text: 'Tista’ toġġezzjona fi kwalunkwe ħin. Oġġezzjoni żżomm barra mit-taħriġ tal-IA ta’ Meta dak li tippubblika minn dak iż-żmien ’il quddiem. Ma tistax tneħħi dak li Meta diġà użat: data li daħlet f’mudell ma tistax terġa’ titneħħa.',
    earlier: 'Jekk oġġezzjonajt fl-2024, dik l-oġġezzjoni għadha valida, skont Datatilsynet u Meta.',
  },
  faq: {
    heading: 'Mistoqsijiet komuni',
    items: [
      {
        question: 'Dan japplika għalija?',
        answer:
          'Iva, jekk tgħix fl-UE jew fiż-ŻEE (inklużi n-Norveġja, l-Iżlanda u l-Liechtenstein), għandek 18-il sena jew aktar u għandek kontenut pubbliku fuq Facebook jew Instagram. Fir-Renju Unit, Meta ssegwi proċess differenti.',
      },
      {
        question: 'Tlift l-iskadenza. Huwa tard wisq?',
        answer:
          'Le. Tista’ toġġezzjona fi kwalunkwe ħin. L-oġġezzjoni tipproteġi dak li tippubblika minn dak iż-żmien ’il quddiem. Dak li Meta diġà użat għat-taħriġ ma jistax jitneħħa mill-IA tagħha.',
      },
      {
        question: 'Irrid nagħti raġuni?',
        answer:
          'Le. Il-qasam tat-test liberu huwa fakultattiv. Datatilsynet tgħid li m’għandekx għalfejn tiġġustifika l-oġġezzjoni tiegħek, u Meta qalet li taċċetta l-oġġezzjonijiet kollha.',
      },
      {
        question: 'Għandi aktar minn kont wieħed. X’għandi nagħmel?',
        answer:
          'Datatilsynet tgħid li oġġezzjoni waħda tkopri l-kontijiet marbuta fl-istess Ċentru tal-Kontijiet. Jekk m’intix ċert jekk il-kontijiet tiegħek humiex marbuta, ibgħat il-formola għal Facebook u għal Instagram, darba għal kull kont.',
      },
      {
        question: 'L-oġġezzjoni tkopri r-ritratti ta’ wliedi li ppubblikajt?',
        answer:
          'L-oġġezzjoni tiegħek tkopri l-kontenut pubbliku li ppubblikajt, inklużi r-ritratti ta’ wliedek. Datatilsynet staqsiet lil Meta jekk tużax għat-taħriġ ritratti ta’ tfal li jippubblikaw l-adulti. Meta ma kinitx wieġbet meta Datatilsynet ippubblikat l-avviż tagħha.',
      },
      {
        question: 'U WhatsApp?',
        answer:
          'Skont rapporti fl-istampa, il-chats privati tiegħek fuq WhatsApp ma jintużawx, iżda l-messaġġi li tibgħat lil Meta AI fuq WhatsApp jintużaw. Mhi magħrufa l-ebda formola separata ta’ oġġezzjoni għal WhatsApp. Jekk ma tridx li dawk il-messaġġi jintużaw, la tibgħathomx lil Meta AI.',
      },
      {
        question: 'M’għandix kont. Meta xorta tista’ tuża data dwari?',
        answer:
          'Possibbli. Meta tuża wkoll data li tixtri mingħand kumpaniji oħra, u persuni oħra jistgħu jippubblikaw ritratti tiegħek. L-awtorità ta’ Hamburg tgħid li Meta toffri mod separat biex wieħed joġġezzjona għall-użu ta’ data ta’ partijiet terzi. Ma stajniex nikkonfermaw link għalih.',
      },
      {
        question: 'Kif inkun naf li l-oġġezzjoni ħadmet?',
        answer:
          'Meta tibgħat email ta’ konferma fl-indirizz tal-kont tiegħek. Fl-ittestjar ta’ klicksafe, waslet fi ftit minuti. Żommha. Jekk ma jasal xejn, iċċekkja l-folder tal-ispam, imbagħad erġa’ ibgħat il-formola.',
      },
      {
        question: 'Oġġezzjonajt fl-2024. Irrid noġġezzjona mill-ġdid?',
        answer: 'Le. Datatilsynet u Meta jgħidu li l-oġġezzjonijiet mibgħuta fl-2024 għadhom validi.',
      },
    ],
  },
  print: {
    heading: 'Din il-gwida fuq il-karta',
    qr: 'Skennja l-kodiċi biex tiftaħ din il-gwida fuq mowbajl: {url}',
  },
};
