import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovenian. */
export const objectionGuideSl: ObjectionGuideContent = {
  title: 'Kako ugovarjati, korak za korakom',
  description:
    'Ugovarjajte temu, da Meta vaše objave na Facebooku in Instagramu uporablja za učenje umetne inteligence: uradni obrazci, vsi koraki, besedila, ki jih lahko uporabite, in kaj ugovor zajema.',
  intro:
    'Ugovor vzame približno pet minut za vsako platformo. Potrebujete podatke za prijavo in dostop do e-poštnega naslova svojega računa.',
  tocLabel: 'Na tej strani',
  warning:
    'Uporabljajte samo uradne obrazce, do katerih vodijo povezave na tej strani. Meta vas v obrazcu nikoli ne prosi za geslo.',

  facebook: {
    heading: 'Ugovor na Facebooku',
    steps: [
      'Najprej se v spletnem brskalniku prijavite v Facebook. Obrazec deluje samo, ko ste prijavljeni.',
      'Uradni obrazec za ugovor odprite z gumbom spodaj. Odpre se na {host}.',
      'Na seznamu izberite državo, v kateri živite.',
      'Vpišite e-poštni naslov svojega računa na Facebooku.',
      'Polje za prosto besedilo ni obvezno: lahko ga pustite prazno ali vanj prilepite eno od spodnjih besedil.',
      'Kliknite „Pošlji“.',
      'Meta vam lahko na e-poštni naslov pošlje varnostno kodo. Vpišite jo na strani obrazca.',
      'Meta vam ugovor potrdi po e-pošti, pogosto v nekaj minutah. To e-poštno sporočilo shranite: je vaše dokazilo.',
    ],
  },
  instagram: {
    heading: 'Ugovor na Instagramu',
    steps: [
      'Najprej se v spletnem brskalniku prijavite v Instagram. Obrazec deluje samo, ko ste prijavljeni.',
      'Uradni obrazec za ugovor odprite z gumbom spodaj. Odpre se na {host}.',
      'Na seznamu izberite državo, v kateri živite.',
      'Vpišite e-poštni naslov svojega računa na Instagramu.',
      'Polje za prosto besedilo ni obvezno: lahko ga pustite prazno ali vanj prilepite eno od spodnjih besedil.',
      'Kliknite „Pošlji“.',
      'Meta vam lahko na e-poštni naslov pošlje varnostno kodo. Vpišite jo na strani obrazca.',
      'Meta vam ugovor potrdi po e-pošti, pogosto v nekaj minutah. To e-poštno sporočilo shranite: je vaše dokazilo.',
    ],
  },
  stepsSource: 'Koraki, kot jih je preizkusila pobuda klicksafe in opisal hamburški organ za varstvo podatkov.',

  inApp: {
    heading: 'Na telefonu, v aplikaciji',
    intro:
      'Ugovarjate lahko tudi neposredno v aplikacijah. Meta te menije včasih premakne. Če jih ne najdete, uporabite povezave do obrazcev zgoraj.',
    facebook: 'Facebook: Meni → Nastavitve in zasebnost → Nastavitve → Pravilnik o zasebnosti → povezava za ugovor.',
    instagram: 'Instagram: Profil → Meni → Nastavitve → O aplikaciji → Pravilnik o zasebnosti → povezava za ugovor.',
    privacyCenter:
      'Druga možnost: središče za zasebnost družbe Meta → umetna inteligenca pri Meti → oddajte zahtevo za ugovor.',
    source: 'Poti v menijih po poročanju medijev. V vaši različici aplikacije so lahko drugačne.',
  },

  texts: {
    heading: 'Kaj lahko napišete',
    intro:
      'Razloga vam ni treba navesti. Norveški organ Datatilsynet pravi: „Ugovora vam ni treba utemeljiti“ (naš prevod). Meta je izjavila, da sprejme vse ugovore. Če želite nekaj napisati, v polje za prosto besedilo kopirajte eno od teh besedil.',
    copy: 'Kopiraj besedilo',
    copied: 'Kopirano v odložišče.',
    copyFailed: 'Kopiranje ni uspelo. Označite besedilo in ga kopirajte sami.',
    items: [
      {
        title: 'Kratko in nevtralno',
        text: 'Ugovarjam uporabi mojih osebnih podatkov, vključno z mojimi objavami, fotografijami in komentarji, za razvoj in izboljšanje umetne inteligence pri družbi Meta.',
      },
      {
        title: 'O avtorskih pravicah do vaših objav',
        text: 'Avtorske pravice do vsebin, ki jih objavljam, pripadajo meni. Njihove uporabe za aplikacije umetne inteligence ne dovolim.',
        note: 'Na podlagi besedila, ki ga je pobuda klicksafe uspešno uporabila v svojem preizkusu.',
      },
      {
        title: 'O vaših osebnih pomislekih',
        text: 'Moje objave in fotografije so osebne. Ko se enkrat uporabijo za učenje modela umetne inteligence, jih ni mogoče več odstraniti. Ne želim, da se moji podatki uporabljajo za ta namen.',
      },
    ],
  },

  covers: {
    heading: 'Kaj ugovor zajema',
    covered: 'Zajeto',
    notCovered: 'Ni zajeto ali se tako ali tako ne uporablja',
    items: [
      {
        kind: 'covered',
        text: 'Vaše javne objave, fotografije, opisi in komentarji, če ste polnoletni.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Kar pišete klepetalnemu robotu Meta AI, ne glede na starost.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Zasebna sporočila: Meta pravi, da jih za to učenje ne uporablja.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Računi oseb, mlajših od 18 let: Meta pravi, da njihovih objav ne uporablja.',
        source: 'poročanje medijev',
      },
      {
        kind: 'notCovered',
        text: 'Objave in fotografije, ki jih o vas objavijo drugi: vaš ugovor jih ne zajema.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Več računov: po navedbah organa Datatilsynet en ugovor zajema vse račune, povezane v istem središču za račune. Drugi viri svetujejo en ugovor za vsak račun. Če niste prepričani, pošljite oba obrazca, in sicer za vsak račun posebej.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: po poročanju medijev se zasebni klepeti ne uporabljajo, sporočila, ki jih v WhatsAppu pošljete Meta AI, pa se. Ločen obrazec za ugovor za WhatsApp ni znan.',
    whatsappSource: 'poročanje medijev',
    thirdParty:
      'Podatki drugih podjetij: Meta za učenje svoje umetne inteligence uporablja tudi podatke, ki jih kupuje od tretjih oseb. To lahko zadeva tudi ljudi brez računa. Hamburški organ pravi, da Meta za to ponuja ločen način ugovora. Povezave do njega nismo mogli potrditi, zato je ne prikazujemo. Podrobnosti so v obvestilu iz Hamburga.',
    thirdPartyLink: 'Obvestilo iz Hamburga z dne 12. junija 2024',
    sourceLabel: 'Vir: {source}',
  },

  afterDeadline: {
    heading: 'Če je rok že potekel',
    text: 'Ugovarjate lahko kadar koli. Ugovor iz učenja umetne inteligence družbe Meta izključi vse, kar objavite od takrat naprej. Ne more pa odstraniti tistega, kar je Meta že uporabila: podatkov, ki so šli v model, ni mogoče več vzeti iz njega.',
    earlier: 'Če ste ugovarjali leta 2024, ta ugovor po navedbah organa Datatilsynet in družbe Meta še vedno velja.',
    source: 'Hamburški organ za varstvo podatkov, 15. aprila 2025',
  },

  checklist: {
    heading: 'Vaš kontrolni seznam',
    intro: 'Označite, kar ste že naredili. Oznake ostanejo samo v tem brskalniku. Nikamor se nič ne pošlje.',
    items: [
      'Obrazec za Facebook poslan',
      'Obrazec za Instagram poslan',
      'Potrditveno e-poštno sporočilo prejeto in shranjeno',
    ],
    reset: 'Počisti moje oznake',
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
    button: 'Natisni navodila',
  },
};
