import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovenian. */
export const objectionGuideSl: ObjectionGuideContent = {
  title: 'Kako ugovarjati, korak za korakom',
  description:
    'Ugovarjajte temu, da Meta vaše objave na Facebooku in Instagramu uporablja za učenje umetne inteligence: uradni obrazci, koraki v aplikaciji ali brskalniku, besedila, ki jih lahko uporabite, in kaj ugovor zajema.',
  intro:
    'Ugovor je brezplačen in razloga vam ni treba navesti. Biti morate prijavljeni in imeti dostop do e-poštnega naslova svojega računa.',
  warning:
    'Uporabljajte samo uradne obrazce, do katerih vodijo povezave na tej strani. Naš nasvet: nikoli ne vpisujte gesla v obrazec, ki vam ga kdo pošlje v sporočilu ali po e-pošti.',
  warningLabel: 'Opozorilo',
  chooser: {
    heading: 'Vaš način ugovora',
    platformLegend: 'Kateri račun želite zaščititi?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Oba',
    },
    wayLegend: 'Kje ga uporabljate?',
    ways: {
      app: 'V aplikaciji na telefonu',
      browser: 'V spletnem brskalniku',
    },
    ticksNote:
      'Ko je korak opravljen, ga odkljukajte. Kljukice ostanejo samo v tem brskalniku in se nikamor ne pošiljajo.',
  },
  paths: {
    'facebook-browser': 'Facebook v spletnem brskalniku',
    'instagram-browser': 'Instagram v spletnem brskalniku',
    'both-browser': 'Facebook in Instagram v spletnem brskalniku',
    'facebook-app': 'Facebook v aplikaciji',
    'instagram-app': 'Instagram v aplikaciji',
    'both-app': 'Facebook in Instagram v aplikacijah',
  },
  steps: {
    'login-browser': 'V spletnem brskalniku se prijavite v {platforms}. Obrazec deluje samo, dokler ste prijavljeni.',
    'app-facebook':
      'V aplikaciji Facebook odprite meni, nato nastavitve in zasebnost (Settings & privacy) → nastavitve → pravilnik o zasebnosti (Privacy Policy) in tapnite povezavo za ugovor. Odpre se obrazec družbe Meta za ugovor.',
    'app-instagram':
      'V aplikaciji Instagram odprite svoj profil, nato meni → nastavitve → informacije (About) → pravilnik o zasebnosti (Privacy Policy) in tapnite povezavo za ugovor. Odpre se obrazec družbe Meta za ugovor.',
    'what-the-form-asks':
      'Obrazec sprašuje po državi, v kateri živite, in po e-poštnem naslovu vašega računa. Ima tudi polje za razlog: po navedbah organa Datatilsynet vam ga ni treba navesti, zato ga lahko pustite prazno.',
    'send-form': 'Spodaj odprite uradni obrazec, ga izpolnite in pritisnite gumb za pošiljanje. Odpre se na {hosts}.',
    'send-each-form':
      'Spodaj odprite uradna obrazca enega za drugim, izpolnite vsakega in pritisnite gumb za pošiljanje. Odpreta se na {hosts}.',
    'send-in-app': 'Na koncu obrazca pritisnite gumb za pošiljanje.',
    'send-in-each-app': 'Na koncu vsakega obrazca pritisnite gumb za pošiljanje.',
    'security-code': 'Meta vam lahko na e-poštni naslov pošlje varnostno kodo. Vpišite jo na strani obrazca.',
    confirmation:
      'Meta ugovor potrdi po e-pošti; v preizkusu pobude klicksafe je sporočilo prišlo nekaj minut pozneje. Shranite ga: to je vaš dokaz.',
  },
  textsLink: 'Besedila, ki jih lahko uporabite v polju za razlog',
  checks: {
    'facebook-sent': 'Obrazec za Facebook poslan',
    'instagram-sent': 'Obrazec za Instagram poslan',
    'confirmation-kept': 'Potrditveno sporočilo prejeto in shranjeno',
  },
  clearTicks: 'Počisti moje kljukice',
  appFallback: {
    cannotFind:
      'Ne najdete menija? Meta ga občasno premakne, v vaši aplikaciji pa ima lahko tudi drugačna imena. Namesto tega uporabite uradni obrazec v spletnem brskalniku:',
    privacyCentre:
      'Drug način v aplikaciji: središče za zasebnost družbe Meta (Privacy Centre) → umetna inteligenca pri Meti (AI at Meta) → oddaja zahteve za ugovor.',
  },
  credits:
    'Koraki v obrazcu sledijo preizkusu pobude klicksafe iz junija 2024, v katerem je klicksafe izpolnila polje za razlog; da razloga ni treba navesti, navaja Datatilsynet (april 2025). Povezave do obrazcev so tiste, ki jih je hamburški organ navedel aprila 2025; poti po menijih v aplikacijah izhajajo iz poročanja medijev in se lahko v vaši različici aplikacije razlikujejo.',
  texts: {
    heading: 'Kaj lahko napišete',
    intro:
      'Razloga vam ni treba navesti. Norveški organ Datatilsynet pravi: „Ugovora vam ni treba utemeljiti“ (naš prevod), Meta pa je izjavila, da sprejme vse ugovore. Če želite kaj napisati, v polje za prosto besedilo kopirajte eno od teh besedil.',
    copy: 'Kopiraj besedilo',
    copied: 'Kopirano v odložišče.',
    copyFailed: 'Kopiranje ni uspelo. Označite besedilo in ga kopirajte sami.',
    items: {
      neutral: {
        title: 'Kratko in nevtralno',
        text: 'Ugovarjam obdelavi svojih osebnih podatkov, vključno s svojimi objavami, fotografijami in komentarji, za razvoj in izboljšanje umetne inteligence pri družbi Meta.',
      },
      copyright: {
        title: 'O avtorskih pravicah na vaših objavah',
        text: 'Imam avtorske pravice na vsebinah, ki jih objavljam, in ne dovolim njihove uporabe za aplikacije umetne inteligence.',
        note: 'Na podlagi besedila, ki ga je pobuda klicksafe uspešno uporabila v svojem preizkusu.',
      },
      personal: {
        title: 'O vaših osebnih pomislekih',
        text: 'Moje objave in fotografije so osebne. Ko se enkrat uporabijo za učenje modela umetne inteligence, jih ni več mogoče odstraniti. Ne želim, da se moji osebni podatki uporabljajo za to.',
      },
    },
  },
  covers: {
    heading: 'Kaj ugovor zajema',
    covered: 'Zajeto',
    unclear: 'Meta to uporablja; noben vir ne navaja, da ugovor to ustavi',
    notCovered: 'Ni zajeto ali se tako ali tako ne uporablja',
    items: {
      'public-content': 'Vaše javne objave, fotografije, opisi in komentarji, če ste polnoletni.',
      'meta-ai-chats':
        'Kar vpišete v klepetalni robot Meta AI ali v njegova orodja za slike: Meta to uporablja ne glede na starost. Naš nasvet: tja ne vpisujte ničesar, česar ne želite dati v uporabo.',
      'private-messages': 'Zasebna sporočila: Meta pravi, da jih za to učenje ne uporablja.',
      minors: 'Vsebine oseb, mlajših od 18 let: Meta njihovih objav in fotografij za to učenje ne uporablja.',
      'posts-by-others': 'Objave in fotografije, ki jih o vas objavijo drugi: vaš ugovor jih ne zajema.',
    },
    accounts:
      'Več računov: po navedbah organa Datatilsynet en ugovor zajema vse račune, povezane v istem središču za račune (Accounts Centre), in če niste prepričani, izpolnite obrazec za Facebook in za Instagram. Naš nasvet: če vaši računi niso povezani, pošljite obrazec enkrat za vsak račun.',
    whatsapp:
      'WhatsApp: po poročanju medijev se zasebni klepeti ne uporabljajo, sporočila, ki jih v WhatsAppu pošljete klepetalnemu robotu Meta AI, pa se. Ločen obrazec za ugovor za WhatsApp ni znan.',
    thirdParty:
      'Podatki drugih podjetij: Meta za učenje svoje umetne inteligence uporablja tudi podatke, ki jih kupuje od tretjih oseb. To lahko zadeva tudi ljudi brez računa. Hamburški organ pravi, da Meta za to ponuja ločen način ugovora. Povezave do njega nismo mogli potrditi, zato je ne prikazujemo. Podrobnosti so v obvestilu iz Hamburga.',
    thirdPartyLink: 'Naš povzetek obvestila iz Hamburga z dne 12. junija 2024',
  },
  afterDeadline: {
    heading: 'Če je rok že potekel',
    text: 'Ugovarjate lahko kadar koli. Od takrat naprej vaš ugovor ustavi, da bi Meta vaše javne objave uporabljala za svojo umetno inteligenco. Ne more pa odstraniti tistega, kar je Meta že uporabila: podatkov, ki so šli v model, ni mogoče več vzeti iz njega.',
    earlier: 'Če ste ugovarjali leta 2024, ta ugovor po navedbah organa Datatilsynet in družbe Meta še vedno velja.',
  },
  faq: {
    heading: 'Pogosta vprašanja',
    items: [
      {
        question: 'Ali to velja zame?',
        answer:
          'Da, če živite v EU ali EGP (sem spadajo tudi Norveška, Islandija in Lihtenštajn), ste stari 18 let ali več in imate na Facebooku ali Instagramu javne objave, fotografije ali komentarje: te zajema vaš ugovor. Meta uporablja tudi to, kar ljudje katere koli starosti vpišejo v Meta AI; noben vir ne navaja, da ugovor to ustavi. V Združenem kraljestvu Meta uporablja drug postopek.',
      },
      {
        question: 'Rok je že potekel. Ali je prepozno?',
        answer:
          'Ne. Ugovarjate lahko kadar koli. Od takrat naprej ugovor ustavi, da bi Meta vaše javne objave uporabljala za svojo umetno inteligenco. Tega, kar je Meta že uporabila za učenje, ni mogoče več odstraniti iz njene umetne inteligence.',
      },
      {
        question: 'Ali moram navesti razlog?',
        answer:
          'Ne. Po navedbah organa Datatilsynet vam ugovora ni treba utemeljiti, zato lahko polje za prosto besedilo pustite prazno. Meta je izjavila, da sprejme vse ugovore.',
      },
      {
        question: 'Imam več računov. Kaj naj storim?',
        answer:
          'Po navedbah organa Datatilsynet en ugovor zajema račune, povezane v istem središču za račune (Accounts Centre); če niste prepričani, svetuje, da izpolnite obrazec za Facebook in za Instagram. Naš nasvet: če vaši računi niso povezani, pošljite obrazec enkrat za vsak račun.',
      },
      {
        question: 'Ali ugovor zajema tudi fotografije mojih otrok v mojih objavah?',
        answer:
          'Vaš ugovor zajema javne vsebine, ki ste jih objavili, vključno s fotografijami vaših otrok. Datatilsynet je družbo Meta vprašal, ali svojo umetno inteligenco uči na fotografijah otrok, ki jih objavijo odrasli. Ko je Datatilsynet objavil svoje obvestilo, Meta še ni odgovorila.',
      },
      {
        question: 'Mlajši sem od 18 let ali pa je to moj otrok. Kaj velja?',
        answer:
          'Po navedbah organa Datatilsynet Meta za to učenje uporablja samo javne objave in fotografije uporabnikov, starejših od 18 let, zato se lastne objave najstnikov ne uporabljajo. Kar ljudje vpišejo v Meta AI, se uporablja ne glede na starost, in noben vir ne navaja, da ugovor to ustavi: naš nasvet je, da tja ne vpisujete ničesar, česar ne želite dati v uporabo. Fotografije otrok, ki jih objavijo odrasli, so odprto vprašanje: Datatilsynet je družbo Meta vprašal, ali na njih uči svojo umetno inteligenco. Starši, ki take fotografije objavljajo javno, lahko ugovarjajo za svoj račun.',
      },
      {
        question: 'Kaj pa WhatsApp?',
        answer:
          'Po poročanju medijev se vaši zasebni klepeti v WhatsAppu ne uporabljajo, sporočila, ki jih v WhatsAppu pošljete klepetalnemu robotu Meta AI, pa se. Ločen obrazec za ugovor za WhatsApp ni znan. Če ne želite, da se ta sporočila uporabljajo, jih ne pošiljajte klepetalnemu robotu Meta AI.',
      },
      {
        question: 'Nimam računa. Ali lahko Meta kljub temu uporablja podatke o meni?',
        answer:
          'Mogoče. Meta uporablja tudi podatke, ki jih kupuje od drugih podjetij, drugi pa lahko objavijo vaše fotografije. Hamburški organ pravi, da Meta ponuja ločen način ugovora zoper uporabo podatkov tretjih oseb. Povezave do njega nismo mogli potrditi.',
      },
      {
        question: 'Kako vem, da je uspelo?',
        answer:
          'Meta pošlje potrditveno e-poštno sporočilo na naslov vašega računa; v preizkusu pobude klicksafe je prišlo nekaj minut pozneje. Shranite ga. Če ne prejmete ničesar, preverite mapo z neželeno pošto in nato obrazec pošljite znova.',
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
