import type { ObjectionGuideContent } from './en';

/** The objection guide in Maltese. */
export const objectionGuideMt: ObjectionGuideContent = {
  title: 'Kif toġġezzjona, pass pass',
  description:
    'Oġġezzjona għall-użu tal-posts tiegħek ta’ Facebook u Instagram minn Meta għat-taħriġ tal-IA: il-formoli uffiċjali, kull pass, testi li tista’ tuża, u x’tkopri oġġezzjoni.',
  intro:
    'L-oġġezzjoni tieħu madwar ħames minuti għal kull pjattaforma. Għandek bżonn id-dettalji tal-login tiegħek u aċċess għall-indirizz tal-email tal-kont tiegħek.',
  tocLabel: 'F’din il-paġna',
  warning:
    'Uża biss il-formoli uffiċjali li għalihom hemm link hawnhekk. Meta qatt ma titlob il-password tiegħek fil-formola.',

  facebook: {
    heading: 'Oġġezzjona fuq Facebook',
    steps: [
      'L-ewwel idħol f’Facebook fil-browser tiegħek. Il-formola taħdem biss meta tkun dħalt fil-kont tiegħek.',
      'Iftaħ il-formola uffiċjali tal-oġġezzjoni bil-buttuna t’hawn taħt. Tinfetaħ fuq {host}.',
      'Agħżel mil-lista l-pajjiż fejn tgħix.',
      'Daħħal l-indirizz tal-email tal-kont tiegħek ta’ Facebook.',
      'Il-qasam tat-test liberu huwa fakultattiv: tista’ tħallih vojt jew twaħħal fih wieħed mit-testi t’hawn taħt.',
      'Agħfas “Ibgħat” (“Send”).',
      'Meta tista’ tibgħat kodiċi ta’ sigurtà fl-indirizz tal-email tiegħek. Daħħlu fil-paġna tal-formola.',
      'Meta tikkonferma l-oġġezzjoni tiegħek bl-email, ħafna drabi fi ftit minuti. Żomm din l-email: hija l-prova tiegħek.',
    ],
  },
  instagram: {
    heading: 'Oġġezzjona fuq Instagram',
    steps: [
      'L-ewwel idħol f’Instagram fil-browser tiegħek. Il-formola taħdem biss meta tkun dħalt fil-kont tiegħek.',
      'Iftaħ il-formola uffiċjali tal-oġġezzjoni bil-buttuna t’hawn taħt. Tinfetaħ fuq {host}.',
      'Agħżel mil-lista l-pajjiż fejn tgħix.',
      'Daħħal l-indirizz tal-email tal-kont tiegħek ta’ Instagram.',
      'Il-qasam tat-test liberu huwa fakultattiv: tista’ tħallih vojt jew twaħħal fih wieħed mit-testi t’hawn taħt.',
      'Agħfas “Ibgħat” (“Send”).',
      'Meta tista’ tibgħat kodiċi ta’ sigurtà fl-indirizz tal-email tiegħek. Daħħlu fil-paġna tal-formola.',
      'Meta tikkonferma l-oġġezzjoni tiegħek bl-email, ħafna drabi fi ftit minuti. Żomm din l-email: hija l-prova tiegħek.',
    ],
  },
  stepsSource:
    'Il-passi kif ittestjahom klicksafe u kif iddeskriviethom l-awtorità tal-protezzjoni tad-data ta’ Hamburg.',

  inApp: {
    heading: 'Fuq il-mowbajl, fl-app',
    intro:
      'Tista’ toġġezzjona wkoll minn ġol-apps. Kultant Meta tbiddel il-post ta’ dawn il-menus. Jekk ma ssibhomx, uża l-links tal-formoli hawn fuq.',
    facebook:
      'Facebook: Menu → Issettjar u privatezza → Issettjar → Politika tal-Privatezza → il-link biex toġġezzjona.',
    instagram: 'Instagram: Profil → Menu → Issettjar → Dwar → Politika tal-Privatezza → il-link biex toġġezzjona.',
    privacyCenter: 'Mod ieħor: iċ-Ċentru tal-Privatezza ta’ Meta → L-IA f’Meta → issottometti talba ta’ oġġezzjoni.',
    source:
      'Il-mogħdijiet fil-menus kif irrappurtati fl-istampa. Jistgħu jkunu differenti fil-verżjoni tal-app tiegħek.',
  },

  texts: {
    heading: 'X’tista’ tikteb',
    intro:
      'M’għandekx għalfejn tagħti raġuni. Datatilsynet tgħid: “M’għandekx għalfejn tiġġustifika” (traduzzjoni tagħna), u Meta qalet li taċċetta l-oġġezzjonijiet kollha. Jekk trid tikteb xi ħaġa, ikkopja wieħed minn dawn it-testi fil-qasam tat-test liberu.',
    copy: 'Ikkopja t-test',
    copied: 'Ikkopjat fil-clipboard.',
    copyFailed: 'Ma setax jiġi kkopjat. Agħżel it-test u kkopjah int.',
    items: [
      {
        title: 'Qasir u newtrali',
        text: 'Noġġezzjona għall-użu tad-data personali tiegħi, inklużi l-posts, ir-ritratti u l-kummenti tiegħi, għall-iżvilupp u t-titjib tal-IA f’Meta.',
      },
      {
        title: 'Dwar id-drittijiet tal-awtur fuq il-posts tiegħek',
        text: 'Jien għandi d-drittijiet tal-awtur fuq il-kontenut li nippubblika, u ma nagħtix il-permess li jintuża għal applikazzjonijiet tal-IA.',
        note: 'Ibbażat fuq il-kliem li klicksafe użat b’suċċess fl-ittestjar tiegħu.',
      },
      {
        title: 'Dwar it-tħassib personali tiegħek',
        text: 'Il-posts u r-ritratti tiegħi huma personali. Ladarba jintużaw biex jitħarreġ mudell tal-IA, ma jistgħux jitneħħew aktar. Ma rridx li d-data tiegħi tintuża għal dan il-għan.',
      },
    ],
  },

  covers: {
    heading: 'X’tkopri oġġezzjoni',
    covered: 'Kopert',
    notCovered: 'Mhux kopert, jew ma jintużax xorta waħda',
    items: [
      {
        kind: 'covered',
        text: 'Il-posts, ir-ritratti, id-deskrizzjonijiet u l-kummenti pubbliċi tiegħek, jekk int adult.',
        source: 'Datatilsynet; Hamburg',
      },
      {
        kind: 'covered',
        text: 'Dak li tikteb lil Meta AI, iċ-chatbot, irrispettivament mill-età tiegħek.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Messaġġi privati: Meta tgħid li ma tużahomx għal dan it-taħriġ.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Kontijiet ta’ persuni taħt it-18-il sena: Meta tgħid li ma tużax il-posts tagħhom.',
        source: 'rapporti fl-istampa',
      },
      {
        kind: 'notCovered',
        text: 'Posts u ritratti li persuni oħra jippubblikaw dwarek: l-oġġezzjoni tiegħek ma tkoprihomx.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Aktar minn kont wieħed: Datatilsynet tgħid li oġġezzjoni waħda tkopri l-kontijiet kollha marbuta fl-istess Ċentru tal-Kontijiet. Sorsi oħra jagħtu parir li ssir oġġezzjoni waħda għal kull kont. Jekk m’intix ċert, ibgħat iż-żewġ formoli, u formola għal kull kont.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: skont rapporti fl-istampa, il-chats privati ma jintużawx, iżda l-messaġġi li tibgħat lil Meta AI fuq WhatsApp jintużaw. Mhi magħrufa l-ebda formola separata ta’ oġġezzjoni għal WhatsApp.',
    whatsappSource: 'rapporti fl-istampa',
    thirdParty:
      'Data minn kumpaniji oħra: Meta tuża wkoll data li tixtri mingħand partijiet terzi biex tħarreġ l-IA tagħha. Dan jista’ jolqot ukoll persuni mingħajr kont. L-awtorità ta’ Hamburg tgħid li Meta toffri mod separat biex wieħed joġġezzjona għal dan. Ma stajniex nikkonfermaw link għalih, għalhekk ma nurux wieħed. Aqra l-avviż ta’ Hamburg għad-dettalji.',
    thirdPartyLink: 'L-avviż ta’ Hamburg tat-12 ta’ Ġunju 2024',
    sourceLabel: 'Sors: {source}',
  },

  afterDeadline: {
    heading: 'Jekk l-iskadenza għaddiet',
    text: 'Tista’ toġġezzjona fi kwalunkwe ħin. Oġġezzjoni żżomm barra mit-taħriġ tal-IA ta’ Meta dak li tippubblika minn dak iż-żmien ’il quddiem. Ma tistax tneħħi dak li Meta diġà użat: data li daħlet f’mudell ma tistax terġa’ titneħħa.',
    earlier: 'Jekk oġġezzjonajt fl-2024, dik l-oġġezzjoni għadha valida, skont Datatilsynet u Meta.',
    source: 'Awtorità tal-protezzjoni tad-data ta’ Hamburg, 15 ta’ April 2025',
  },

  checklist: {
    heading: 'Il-lista ta’ kontroll tiegħek',
    intro: 'Immarka dak li għamilt. Il-marki jibqgħu f’dan il-browser biss. Xejn ma jintbagħat imkien.',
    items: [
      'Il-formola ta’ Facebook intbagħtet',
      'Il-formola ta’ Instagram intbagħtet',
      'L-email ta’ konferma waslet u nżammet',
    ],
    reset: 'Neħħi l-marki tiegħi',
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
    button: 'Ipprintja din il-gwida',
  },
};
