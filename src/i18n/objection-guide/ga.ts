import type { ObjectionGuideContent } from './en';

/** The objection guide in Irish. */
export const objectionGuideGa: ObjectionGuideContent = {
  title: 'Conas agóid a dhéanamh, céim ar chéim',
  description:
    'Déan agóid ionas nach n-úsáidfidh Meta do phostálacha Facebook agus Instagram chun IS a thraenáil: na foirmeacha oifigiúla, gach céim, téacsanna is féidir leat a úsáid, agus a bhfuil clúdaithe ag agóid.',
  intro:
    'Tógann agóid thart ar chúig nóiméad ar gach ardán. Teastaíonn do shonraí logála isteach uait, agus rochtain ar sheoladh ríomhphoist do chuntais.',
  tocLabel: 'Ar an leathanach seo',
  warning:
    'Ná húsáid ach na foirmeacha oifigiúla a bhfuil nasc chucu anseo. Ní iarrann Meta do phasfhocal san fhoirm riamh.',

  facebook: {
    heading: 'Déan agóid ar Facebook',
    steps: [
      'Logáil isteach ar Facebook i do bhrabhsálaí gréasáin ar dtús. Ní oibríonn an fhoirm ach nuair atá tú logáilte isteach.',
      'Oscail an fhoirm oifigiúil agóide leis an gcnaipe thíos. Osclaíonn sí ar {host}.',
      'Roghnaigh ón liosta an tír ina bhfuil cónaí ort.',
      'Cuir isteach seoladh ríomhphoist do chuntais Facebook.',
      'Is roghnach an réimse saorthéacs: is féidir leat é a fhágáil folamh nó ceann de na téacsanna thíos a ghreamú isteach ann.',
      'Brúigh “Seol”.',
      'D’fhéadfadh Meta cód slándála a sheoladh chuig do sheoladh ríomhphoist. Cuir isteach é ar leathanach na foirme.',
      'Deimhníonn Meta d’agóid le ríomhphost, go minic laistigh de chúpla nóiméad. Coinnigh an ríomhphost seo: is é do chruthúnas é.',
    ],
  },
  instagram: {
    heading: 'Déan agóid ar Instagram',
    steps: [
      'Logáil isteach ar Instagram i do bhrabhsálaí gréasáin ar dtús. Ní oibríonn an fhoirm ach nuair atá tú logáilte isteach.',
      'Oscail an fhoirm oifigiúil agóide leis an gcnaipe thíos. Osclaíonn sí ar {host}.',
      'Roghnaigh ón liosta an tír ina bhfuil cónaí ort.',
      'Cuir isteach seoladh ríomhphoist do chuntais Instagram.',
      'Is roghnach an réimse saorthéacs: is féidir leat é a fhágáil folamh nó ceann de na téacsanna thíos a ghreamú isteach ann.',
      'Brúigh “Seol”.',
      'D’fhéadfadh Meta cód slándála a sheoladh chuig do sheoladh ríomhphoist. Cuir isteach é ar leathanach na foirme.',
      'Deimhníonn Meta d’agóid le ríomhphost, go minic laistigh de chúpla nóiméad. Coinnigh an ríomhphost seo: is é do chruthúnas é.',
    ],
  },
  stepsSource: 'Na céimeanna mar a thástáil klicksafe iad agus mar a chuir údarás cosanta sonraí Hamburg síos orthu.',

  inApp: {
    heading: 'Ar d’fhón, san aip',
    intro:
      'Is féidir leat agóid a dhéanamh ón taobh istigh de na haipeanna freisin. Uaireanta bogann Meta na roghchláir seo. Mura bhfuil tú in ann iad a aimsiú, úsáid na naisc chuig na foirmeacha thuas.',
    facebook:
      'Facebook: Roghchlár → Socruithe agus príobháideacht → Socruithe → Beartas Príobháideachta → an nasc chun agóid a dhéanamh.',
    instagram:
      'Instagram: Próifíl → Roghchlár → Socruithe → Faoi → Beartas Príobháideachta → an nasc chun agóid a dhéanamh.',
    privacyCenter: 'Bealach eile: Lárionad Príobháideachta Meta → IS ag Meta → cuir iarratas agóide isteach.',
    source:
      'Conairí roghchláir mar a tuairiscíodh sa phreas iad. D’fhéadfadh siad a bheith difriúil i do leagan den aip.',
  },

  texts: {
    heading: 'Cad is féidir leat a scríobh',
    intro:
      'Ní gá duit cúis a thabhairt. Deir Datatilsynet: “Ní gá duit údar a thabhairt” (ár n-aistriúchán), agus dúirt Meta go nglacann sé le gach agóid. Más mian leat rud éigin a scríobh, cóipeáil ceann de na téacsanna seo isteach sa réimse saorthéacs.',
    copy: 'Cóipeáil an téacs',
    copied: 'Cóipeáladh chuig an ngearrthaisce é.',
    copyFailed: 'Níorbh fhéidir é a chóipeáil. Roghnaigh an téacs agus cóipeáil tú féin é.',
    items: [
      {
        title: 'Gearr agus neodrach',
        text: 'Déanaim agóid i gcoinne mo shonraí pearsanta, lena n-áirítear mo phostálacha, mo ghrianghraif agus mo thráchtanna, a úsáid chun IS a fhorbairt agus a fheabhsú ag Meta.',
      },
      {
        title: 'Maidir le cóipcheart i do phostálacha féin',
        text: 'Is liomsa an cóipcheart ar an ábhar a phostálaim agus ní thugaim cead é a úsáid i bhfeidhmchláir IS.',
        note: 'Bunaithe ar an bhfoclaíocht a d’úsáid klicksafe go rathúil ina thástáil.',
      },
      {
        title: 'Maidir le d’imní phearsanta',
        text: 'Is rudaí pearsanta iad mo phostálacha agus mo ghrianghraif. Nuair a úsáidtear iad chun samhail IS a thraenáil, ní féidir iad a bhaint amach arís. Ní theastaíonn uaim go n-úsáidfí mo shonraí chuige sin.',
      },
    ],
  },

  covers: {
    heading: 'A bhfuil clúdaithe ag agóid',
    covered: 'Clúdaithe',
    notCovered: 'Gan clúdach, nó ní úsáidtear é ar aon nós',
    items: [
      {
        kind: 'covered',
        text: 'Do phostálacha, do ghrianghraif, d’fhotheidil agus do thráchtanna poiblí, más duine fásta thú.',
        source: 'Datatilsynet; Hamburg',
      },
      {
        kind: 'covered',
        text: 'A scríobhann tú chuig Meta AI, an bota comhrá, ag aois ar bith.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Teachtaireachtaí príobháideacha: deir Meta nach n-úsáideann sé iad don traenáil seo.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Cuntais daoine faoi 18: deir Meta nach n-úsáideann sé a gcuid postálacha.',
        source: 'tuairiscí preasa',
      },
      {
        kind: 'notCovered',
        text: 'Postálacha agus grianghraif a fhoilsíonn daoine eile fút: ní chlúdaíonn d’agóid iad.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Roinnt cuntas: deir Datatilsynet go gclúdaíonn agóid amháin na cuntais go léir atá nasctha sa Lárionad Cuntas céanna. Molann foinsí eile agóid amháin in aghaidh an chuntais. Mura bhfuil tú cinnte, seol an dá fhoirm, agus ceann amháin do gach cuntas.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: de réir tuairiscí preasa, ní úsáidtear comhráite príobháideacha, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas.',
    whatsappSource: 'tuairiscí preasa',
    thirdParty:
      'Sonraí ó chomhlachtaí eile: úsáideann Meta freisin sonraí a cheannaíonn sé ó thríú páirtithe chun a IS a thraenáil. Is féidir go mbeidh tionchar aige seo ar dhaoine nach bhfuil cuntas acu. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh faoi seo. Níorbh fhéidir linn nasc chuige a dheimhniú, mar sin ní thaispeánaimid ceann. Léigh fógra Hamburg le haghaidh tuilleadh sonraí.',
    thirdPartyLink: 'Fógra Hamburg, 12 Meitheamh 2024',
    sourceLabel: 'Foinse: {source}',
  },

  afterDeadline: {
    heading: 'Má tá an spriocdháta caite',
    text: 'Is féidir leat agóid a dhéanamh am ar bith. Coinníonn agóid an méid a phostálann tú ón am sin ar aghaidh amach as traenáil IS Meta. Ní féidir léi an méid atá úsáidte ag Meta cheana a bhaint: ní féidir sonraí a chuaigh isteach i samhail a bhaint amach arís.',
    earlier: 'Má rinne tú agóid in 2024, tá an agóid sin fós i bhfeidhm, dar le Datatilsynet agus Meta.',
    source: 'Údarás cosanta sonraí Hamburg, 15 Aibreán 2025',
  },

  checklist: {
    heading: 'Do sheicliosta',
    intro:
      'Cuir tic leis an méid atá déanta agat. Ní fhanann na ticeanna ach sa bhrabhsálaí seo. Ní sheoltar aon rud áit ar bith.',
    items: ['Foirm Facebook seolta', 'Foirm Instagram seolta', 'Ríomhphost dearbhaithe faighte agus coinnithe'],
    reset: 'Glan mo thiceanna',
  },

  faq: {
    heading: 'Ceisteanna a chuireann daoine',
    items: [
      {
        question: 'An mbaineann sé seo liom?',
        answer:
          'Baineann, má tá cónaí ort san AE nó sa LEE (an Iorua, an Íoslainn agus Lichtinstéin san áireamh), má tá tú 18 mbliana d’aois nó níos sine agus má tá ábhar poiblí agat ar Facebook nó ar Instagram. Sa Ríocht Aontaithe, leanann Meta próiseas eile.',
      },
      {
        question: 'Chaill mé an spriocdháta. An bhfuil sé ródhéanach?',
        answer:
          'Níl. Is féidir leat agóid a dhéanamh am ar bith. Cosnaíonn sí an méid a phostálann tú ón am sin ar aghaidh. Ní féidir an méid a d’úsáid Meta cheana le haghaidh traenála a bhaint amach as a IS arís.',
      },
      {
        question: 'An gá dom cúis a thabhairt?',
        answer:
          'Ní gá. Is roghnach an réimse saorthéacs. Deir Datatilsynet nach gá duit údar a thabhairt le d’agóid, agus dúirt Meta go nglacann sé le gach agóid.',
      },
      {
        question: 'Tá roinnt cuntas agam. Cad a dhéanaim?',
        answer:
          'Deir Datatilsynet go gclúdaíonn agóid amháin na cuntais atá nasctha sa Lárionad Cuntas céanna. Mura bhfuil tú cinnte an bhfuil do chuntais nasctha, seol an fhoirm do Facebook agus do Instagram, uair amháin do gach cuntas.',
      },
      {
        question: 'An gclúdaíonn sé grianghraif de mo pháistí a phostáil mé?',
        answer:
          'Clúdaíonn d’agóid an t-ábhar poiblí a phostáil tú, grianghraif de do pháistí san áireamh. D’fhiafraigh Datatilsynet de Meta an dtraenálann sé a IS ar ghrianghraif de pháistí a phostálann daoine fásta. Ní raibh freagra tugtha ag Meta nuair a d’fhoilsigh Datatilsynet a fhógra.',
      },
      {
        question: 'Agus WhatsApp?',
        answer:
          'De réir tuairiscí preasa, ní úsáidtear do chomhráite príobháideacha WhatsApp, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas. Mura mian leat go n-úsáidfí na teachtaireachtaí sin, ná seol chuig Meta AI iad.',
      },
      {
        question: 'Níl cuntas agam. An féidir le Meta sonraí fúm a úsáid fós?',
        answer:
          'B’fhéidir. Úsáideann Meta freisin sonraí a cheannaíonn sé ó chomhlachtaí eile, agus d’fhéadfadh daoine eile grianghraif díot a phostáil. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh nuair a úsáidtear sonraí ó thríú páirtithe. Níorbh fhéidir linn nasc chuige a dheimhniú.',
      },
      {
        question: 'Conas a bheidh a fhios agam gur oibrigh sé?',
        answer:
          'Seolann Meta ríomhphost dearbhaithe chuig seoladh do chuntais. I dtástáil klicksafe, tháinig sé laistigh de chúpla nóiméad. Coinnigh é. Mura dtagann aon rud, seiceáil d’fhillteán turscair, agus ansin seol an fhoirm arís.',
      },
      {
        question: 'Rinne mé agóid in 2024. An gá dom agóid a dhéanamh arís?',
        answer: 'Ní gá. Deir Datatilsynet agus Meta go bhfuil agóidí a seoladh in 2024 fós i bhfeidhm.',
      },
    ],
  },

  print: {
    heading: 'An treoir seo ar pháipéar',
    qr: 'Scan an cód chun an treoir seo a oscailt ar fhón: {url}',
    button: 'Priontáil an treoir seo',
  },
};
