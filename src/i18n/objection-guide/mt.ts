import type { ObjectionGuideContent } from './en';

/** The objection guide in Maltese. */
export const objectionGuideMt: ObjectionGuideContent = {
  title: 'Kif toġġezzjona, pass pass',
  description:
    'Oġġezzjona għall-użu tal-posts tiegħek ta’ Facebook u Instagram minn Meta għat-taħriġ tal-IA: il-formoli uffiċjali, il-passi fl-app jew fil-browser, testi li tista’ tuża, u x’tkopri oġġezzjoni.',
  intro:
    'L-oġġezzjoni hija b’xejn u m’għandekx għalfejn tagħti raġuni. Trid tkun dħalt fil-kont tiegħek, u jrid ikollok aċċess għall-indirizz tal-email tal-kont.',
  warning:
    'Uża biss il-formoli uffiċjali li għandhom link f’din il-paġna. Il-parir tagħna: qatt ma għandek tikteb il-password tiegħek f’formola li xi ħadd jibgħatlek f’messaġġ jew f’email.',
  warningLabel: 'Twissija',
  chooser: {
    heading: 'Il-mod tiegħek biex toġġezzjona',
    platformLegend: 'Liema kont trid tipproteġi?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'It-tnejn',
    },
    wayLegend: 'Fejn tużah?',
    ways: {
      app: 'Fl-app fuq il-mowbajl tiegħi',
      browser: 'F’browser tal-web',
    },
    ticksNote: 'Immarka kull pass meta tlestih. Il-marki jibqgħu f’dan il-browser biss; xejn ma jintbagħat x’imkien.',
  },
  paths: {
    'facebook-browser': 'Facebook, f’browser tal-web',
    'instagram-browser': 'Instagram, f’browser tal-web',
    'both-browser': 'Facebook u Instagram, f’browser tal-web',
    'facebook-app': 'Facebook, fl-app',
    'instagram-app': 'Instagram, fl-app',
    'both-app': 'Facebook u Instagram, fl-apps',
  },
  steps: {
    'login-browser':
      'Idħol f’{platforms} fil-browser tiegħek. Il-formola taħdem biss waqt li tkun dħalt fil-kont tiegħek.',
    'app-facebook':
      'Fl-app ta’ Facebook, iftaħ il-menu, imbagħad l-issettjar u l-privatezza (Settings & privacy) → l-issettjar (Settings) → il-politika tal-privatezza (Privacy Policy), u agħfas il-link biex toġġezzjona. Tinfetaħ il-formola tal-oġġezzjoni ta’ Meta.',
    'app-instagram':
      'Fl-app ta’ Instagram, iftaħ il-profil tiegħek, imbagħad il-menu → l-issettjar (Settings) → l-informazzjoni dwar l-app (About) → il-politika tal-privatezza (Privacy Policy), u agħfas il-link biex toġġezzjona. Tinfetaħ il-formola tal-oġġezzjoni ta’ Meta.',
    'what-the-form-asks':
      'Il-formola titlob il-pajjiż fejn tgħix u l-indirizz tal-email tal-kont tiegħek. Għandha wkoll qasam għar-raġuni: Datatilsynet tgħid li m’għandekx għalfejn tagħti waħda, għalhekk tista’ tħallih vojt.',
    'send-form':
      'Iftaħ il-formola uffiċjali hawn taħt, imlieha u agħfas il-buttuna biex tibgħatha. Il-formola tinfetaħ fuq {hosts}.',
    'send-each-form':
      'Iftaħ il-formoli uffiċjali hawn taħt waħda wara l-oħra, imla kull waħda u agħfas il-buttuna biex tibgħatha. Il-formoli jinfetħu fuq {hosts}.',
    'send-in-app': 'Fl-aħħar tal-formola, agħfas il-buttuna biex tibgħatha.',
    'send-in-each-app': 'Fl-aħħar ta’ kull formola, agħfas il-buttuna biex tibgħatha.',
    'security-code':
      'Meta tista’ tibgħatlek kodiċi tas-sigurtà fl-indirizz tal-email tiegħek. Daħħlu fil-paġna tal-formola.',
    confirmation:
      'Meta tikkonferma l-oġġezzjoni tiegħek bl-email; fl-ittestjar ta’ klicksafe, l-email waslet ftit minuti wara. Żommha: hija l-prova tiegħek.',
  },
  textsLink: 'Testi li tista’ tuża fil-qasam tar-raġuni',
  checks: {
    'facebook-sent': 'Il-formola ta’ Facebook intbagħtet',
    'instagram-sent': 'Il-formola ta’ Instagram intbagħtet',
    'confirmation-kept': 'L-email ta’ konferma waslet u żammejtha',
  },
  clearTicks: 'Neħħi l-marki tiegħi',
  appFallback: {
    cannotFind:
      'Ma ssibx il-menu? Meta tiċċaqilqu minn żmien għal żmien, u fl-app tiegħek jista’ jkollu ismijiet oħra. Minflok, uża l-formola uffiċjali f’browser tal-web:',
    privacyCentre:
      'Mod ieħor fl-app: iċ-ċentru tal-privatezza ta’ Meta (Privacy Centre) → l-IA ta’ Meta (AI at Meta) → ibgħat talba ta’ oġġezzjoni.',
  },
  credits:
    'Il-passi tal-formola jsegwu l-ittestjar ta’ klicksafe ta’ Ġunju 2024, li fih klicksafe mela l-qasam għar-raġuni; li m’għandekx għalfejn tagħti raġuni ġej minn Datatilsynet (April 2025). Il-links tal-formoli huma dawk li tat l-awtorità ta’ Hamburg f’April 2025; il-mogħdijiet tal-menu fl-apps ġejjin minn rapporti fl-istampa u jistgħu jkunu differenti fil-verżjoni tal-app tiegħek.',
  texts: {
    heading: 'X’tista’ tikteb',
    intro:
      'M’għandekx għalfejn tagħti raġuni. Datatilsynet tgħid: “M’għandekx għalfejn tiġġustifika” (traduzzjoni tagħna), u Meta qalet li taċċetta l-oġġezzjonijiet kollha. Jekk trid tikteb xi ħaġa, ikkopja wieħed minn dawn it-testi fil-qasam tat-test liberu.',
    copy: 'Ikkopja t-test',
    copied: 'Ikkopjat fil-clipboard.',
    copyFailed: 'Ma setax jiġi kkopjat. Agħżel it-test u kkopjah int.',
    items: {
      neutral: {
        title: 'Qasir u newtrali',
        text: 'Noġġezzjona għall-ipproċessar tad-data personali tiegħi, inklużi l-posts, ir-ritratti u l-kummenti tiegħi, għall-iżvilupp u t-titjib tal-IA ta’ Meta.',
      },
      copyright: {
        title: 'Dwar id-drittijiet tal-awtur fuq il-posts tiegħek',
        text: 'Għandi d-drittijiet tal-awtur fuq il-kontenut li nippubblika u ma nagħtix permess li jintuża għal applikazzjonijiet tal-IA.',
        note: 'Ibbażat fuq il-kliem li klicksafe uża b’suċċess fl-ittestjar tiegħu.',
      },
      personal: {
        title: 'Dwar it-tħassib personali tiegħek',
        text: 'Il-posts u r-ritratti tiegħi huma personali. Ladarba jintużaw biex jitħarreġ mudell tal-IA, ma jistgħux jerġgħu jitneħħew minnu. Ma rridx li d-data personali tiegħi tintuża għal dan.',
      },
    },
  },
  covers: {
    heading: 'X’tkopri oġġezzjoni',
    covered: 'Kopert',
    unclear: 'Meta tużah; l-ebda sors ma jgħid li l-oġġezzjoni twaqqfu',
    notCovered: 'Mhux kopert, jew ma jintużax xorta waħda',
    items: {
      'public-content':
        'Il-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tiegħek, jekk għandek 18-il sena jew aktar.',
      'meta-ai-chats':
        'Dak li tikteb f’Meta AI, iċ-chatbot, jew fl-għodod tal-immaġnijiet tagħha: Meta tużah f’kull età. Il-parir tagħna: tiktibx hemm xejn li ma tridx li jintuża.',
      'private-messages': 'Messaġġi privati: Meta tgħid li ma tużahomx għal dan it-taħriġ.',
      minors:
        'Kontenut ta’ persuni taħt it-18-il sena: Meta ma tużax il-posts u r-ritratti tagħhom għal dan it-taħriġ.',
      'posts-by-others': 'Posts u ritratti dwarek li jippubblikaw persuni oħra: l-oġġezzjoni tiegħek ma tkoprihomx.',
    },
    accounts:
      'Aktar minn kont wieħed: Datatilsynet tgħid li oġġezzjoni waħda tkopri l-kontijiet kollha marbuta fl-istess ċentru tal-kontijiet (Accounts Centre), u li jekk għandek dubju għandek timla l-formola kemm għal Facebook kif ukoll għal Instagram. Il-parir tagħna: jekk il-kontijiet tiegħek mhumiex marbuta, ibgħat il-formola darba għal kull kont.',
    whatsapp:
      'WhatsApp: skont rapporti fl-istampa, il-chats privati ma jintużawx, iżda l-messaġġi li tibgħat lil Meta AI fuq WhatsApp jintużaw. Mhi magħrufa l-ebda formola separata ta’ oġġezzjoni għal WhatsApp.',
    thirdParty:
      'Data minn kumpaniji oħra: Meta tuża wkoll data li tixtri mingħand partijiet terzi biex tħarreġ l-IA tagħha. Dan jista’ jolqot ukoll persuni mingħajr kont. L-awtorità ta’ Hamburg tgħid li Meta toffri mod separat biex wieħed joġġezzjona għal dan. Ma stajniex nikkonfermaw link għalih, għalhekk ma nurux wieħed. Aqra l-avviż ta’ Hamburg għad-dettalji.',
    thirdPartyLink: 'Is-sommarju tagħna tal-avviż ta’ Hamburg tat-12 ta’ Ġunju 2024',
  },
  afterDeadline: {
    heading: 'Jekk l-iskadenza għaddiet',
    text: 'Tista’ toġġezzjona fi kwalunkwe ħin. Minn dak iż-żmien ’il quddiem, l-oġġezzjoni tiegħek twaqqaf lil Meta milli tuża l-posts pubbliċi tiegħek għall-IA tagħha. Ma tistax tneħħi dak li Meta diġà użat: data li daħlet f’mudell ma tistax terġa’ titneħħa minnu.',
    earlier: 'Jekk oġġezzjonajt fl-2024, dik l-oġġezzjoni għadha tgħodd, skont Datatilsynet u Meta.',
  },
  faq: {
    heading: 'Mistoqsijiet komuni',
    items: [
      {
        question: 'Dan japplika għalija?',
        answer:
          'Iva, jekk tgħix fl-UE jew fiż-ŻEE (inklużi n-Norveġja, l-Iżlanda u l-Liechtenstein), għandek 18-il sena jew aktar u għandek posts, ritratti jew kummenti pubbliċi fuq Facebook jew Instagram: dawn huma li tkopri l-oġġezzjoni tiegħek. Meta tuża wkoll dak li persuni ta’ kull età jiktbu f’Meta AI; l-ebda sors ma jgħid li l-oġġezzjoni twaqqaf dan. Fir-Renju Unit, Meta ssegwi proċess differenti.',
      },
      {
        question: 'Tlift l-iskadenza. Issa tard wisq?',
        answer:
          'Le. Tista’ toġġezzjona fi kwalunkwe ħin. Minn dak iż-żmien ’il quddiem, l-oġġezzjoni twaqqaf lil Meta milli tuża l-posts pubbliċi tiegħek għall-IA tagħha. Dak li Meta diġà użat għat-taħriġ ma jistax jitneħħa mill-IA tagħha.',
      },
      {
        question: 'Irrid nagħti raġuni?',
        answer:
          'Le. Datatilsynet tgħid li m’għandekx għalfejn tiġġustifika l-oġġezzjoni tiegħek, għalhekk tista’ tħalli l-qasam tat-test liberu vojt. Meta qalet li taċċetta l-oġġezzjonijiet kollha.',
      },
      {
        question: 'Għandi aktar minn kont wieħed. X’għandi nagħmel?',
        answer:
          'Datatilsynet tgħid li oġġezzjoni waħda tkopri l-kontijiet marbuta fl-istess ċentru tal-kontijiet (Accounts Centre); jekk għandek dubju, tagħti parir li timla l-formola kemm għal Facebook kif ukoll għal Instagram. Il-parir tagħna: jekk il-kontijiet tiegħek mhumiex marbuta, ibgħat il-formola darba għal kull kont.',
      },
      {
        question: 'L-oġġezzjoni tkopri r-ritratti ta’ wliedi li ppubblikajt?',
        answer:
          'L-oġġezzjoni tiegħek tkopri l-kontenut pubbliku li ppubblikajt, inklużi r-ritratti ta’ wliedek. Datatilsynet staqsiet lil Meta jekk tużax għat-taħriġ ritratti ta’ tfal li jippubblikaw l-adulti. Meta ma kinitx wieġbet meta Datatilsynet ippubblikat l-avviż tagħha.',
      },
      {
        question: 'Għandi inqas minn 18-il sena, jew it-tifel jew it-tifla tiegħi. X’japplika?',
        answer:
          'Skont Datatilsynet, għal dan it-taħriġ Meta tuża biss il-posts u r-ritratti pubbliċi ta’ utenti ta’ aktar minn 18-il sena, għalhekk il-posts tal-adolexxenti nfushom ma jintużawx. Dak li n-nies jiktbu f’Meta AI jintuża f’kull età, u l-ebda sors ma jgħid li l-oġġezzjoni twaqqaf dan: il-parir tagħna hu li ma tikteb xejn hemm li ma tridx li jintuża. Ir-ritratti ta’ tfal li jippubblikaw l-adulti huma kwistjoni miftuħa: Datatilsynet staqsiet lil Meta jekk tużahomx għat-taħriġ. Il-ġenituri li jippubblikaw ritratti bħal dawn b’mod pubbliku jistgħu joġġezzjonaw għall-kont tagħhom stess.',
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
          'Meta tibgħat email ta’ konferma fl-indirizz tal-kont tiegħek; fl-ittestjar ta’ klicksafe, waslet ftit minuti wara. Żommha. Jekk ma jasal xejn, iċċekkja l-folder tal-ispam, imbagħad ibgħat il-formola mill-ġdid.',
      },
      {
        question: 'Oġġezzjonajt fl-2024. Irrid noġġezzjona mill-ġdid?',
        answer: 'Le. Datatilsynet u Meta jgħidu li l-oġġezzjonijiet mibgħuta fl-2024 għadhom jgħoddu.',
      },
    ],
  },
  print: {
    heading: 'Din il-gwida fuq il-karta',
    qr: 'Skennja l-kodiċi biex tiftaħ din il-gwida fuq mowbajl: {url}',
  },
};
