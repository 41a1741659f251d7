import type { ObjectionGuideContent } from './en';

/** The objection guide in Irish. */
export const objectionGuideGa: ObjectionGuideContent = {
  title: 'Conas agóid a dhéanamh, céim ar chéim',
  description:
    'Déan agóid ionas nach n-úsáidfidh Meta do phostálacha Facebook agus Instagram chun IS a thraenáil: na foirmeacha oifigiúla, na céimeanna san aip nó i mbrabhsálaí, téacsanna is féidir leat a úsáid, agus a bhfuil clúdaithe ag agóid.',
  intro:
    'Tá agóid saor in aisce agus ní gá duit cúis a thabhairt. Caithfidh tú a bheith logáilte isteach, agus caithfidh rochtain a bheith agat ar sheoladh ríomhphoist do chuntais.',
  warning:
    'Ná húsáid ach na foirmeacha oifigiúla a bhfuil naisc chucu ar an leathanach seo. Ár gcomhairle: ná clóscríobh do phasfhocal riamh i bhfoirm a sheolann duine éigin chugat i dteachtaireacht nó i ríomhphost.',
  warningLabel: 'Rabhadh',
  chooser: {
    heading: 'Do bhealach chun agóid a dhéanamh',
    platformLegend: 'Cén cuntas is mian leat a chosaint?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'An dá cheann',
    },
    wayLegend: 'Cá háit a n-úsáideann tú é?',
    ways: {
      app: 'San aip ar m’fhón',
      browser: 'I mbrabhsálaí gréasáin',
    },
    ticksNote:
      'Cuir tic le gach céim nuair a bheidh sí déanta. Ní fhanann na ticeanna ach sa bhrabhsálaí seo; ní sheoltar aon rud áit ar bith.',
  },
  paths: {
    'facebook-browser': 'Facebook, i mbrabhsálaí gréasáin',
    'instagram-browser': 'Instagram, i mbrabhsálaí gréasáin',
    'both-browser': 'Facebook agus Instagram, i mbrabhsálaí gréasáin',
    'facebook-app': 'Facebook, san aip',
    'instagram-app': 'Instagram, san aip',
    'both-app': 'Facebook agus Instagram, sna haipeanna',
  },
  steps: {
    'login-browser':
      'Logáil isteach ar {platforms} i do bhrabhsálaí gréasáin. Ní oibríonn an fhoirm ach fad atá tú logáilte isteach.',
    'app-facebook':
      'San aip Facebook, oscail an roghchlár, ansin socruithe agus príobháideacht (Settings & privacy) → socruithe (Settings) → beartas príobháideachta (Privacy Policy), agus tapáil an nasc chun agóid a dhéanamh. Osclaíonn foirm agóide Meta.',
    'app-instagram':
      'San aip Instagram, oscail do phróifíl, ansin an roghchlár → socruithe (Settings) → eolas faoin aip (About) → beartas príobháideachta (Privacy Policy), agus tapáil an nasc chun agóid a dhéanamh. Osclaíonn foirm agóide Meta.',
    'what-the-form-asks':
      'Iarrann an fhoirm an tír ina bhfuil cónaí ort agus seoladh ríomhphoist do chuntais. Tá réimse ann freisin don chúis: deir Datatilsynet nach gá duit cúis a thabhairt, mar sin is féidir leat é a fhágáil folamh.',
    'send-form':
      'Oscail an fhoirm oifigiúil thíos, líon isteach í agus brúigh an cnaipe seolta. Osclaíonn sí ar {hosts}.',
    'send-each-form':
      'Oscail na foirmeacha oifigiúla thíos ceann i ndiaidh a chéile, líon isteach gach ceann acu agus brúigh an cnaipe seolta. Osclaíonn siad ar {hosts}.',
    'send-in-app': 'Brúigh an cnaipe seolta ag deireadh na foirme.',
    'send-in-each-app': 'Brúigh an cnaipe seolta ag deireadh gach foirme.',
    'security-code':
      'D’fhéadfadh Meta cód slándála a sheoladh chuig do sheoladh ríomhphoist. Clóscríobh isteach ar leathanach na foirme é.',
    confirmation:
      'Deimhníonn Meta d’agóid trí ríomhphost; i dtástáil klicksafe, tháinig an ríomhphost cúpla nóiméad ina dhiaidh sin. Coinnigh é: is é do chruthúnas é.',
  },
  textsLink: 'Téacsanna is féidir leat a úsáid sa réimse don chúis',
  checks: {
    'facebook-sent': 'Foirm Facebook seolta',
    'instagram-sent': 'Foirm Instagram seolta',
    'confirmation-kept': 'Ríomhphost dearbhaithe faighte agus coinnithe',
  },
  clearTicks: 'Bain mo thiceanna',
  appFallback: {
    cannotFind:
      'Ní féidir leat an roghchlár a aimsiú? Bogann Meta é ó am go chéile, agus d’fhéadfadh ainmneacha eile a bheith air i d’aip. Úsáid an fhoirm oifigiúil i mbrabhsálaí gréasáin ina ionad sin:',
    privacyCentre:
      'Bealach eile san aip: lárionad príobháideachta Meta (Privacy Centre) → IS ag Meta (AI at Meta) → iarratas agóide a chur isteach.',
  },
  credits:
    'Leanann céimeanna na foirme tástáil klicksafe i mí an Mheithimh 2024, inar líon klicksafe an réimse don chúis; is ó Datatilsynet (Aibreán 2025) a thagann sé nach gá cúis a thabhairt. Is iad naisc na bhfoirmeacha na cinn a thug údarás Hamburg i mí Aibreáin 2025; tagann na conairí roghchláir sna haipeanna ó thuairiscí preasa agus d’fhéadfadh siad a bheith difriúil i do leagan den aip.',
  texts: {
    heading: 'Cad is féidir leat a scríobh',
    intro:
      'Ní gá duit cúis a thabhairt. Deir Datatilsynet: “Ní gá duit údar a thabhairt” (ár n-aistriúchán), agus dúirt Meta go nglacann sé le gach agóid. Más mian leat rud éigin a scríobh, cóipeáil ceann de na téacsanna seo isteach sa réimse saorthéacs.',
    copy: 'Cóipeáil an téacs',
    copied: 'Cóipeáladh chuig an ngearrthaisce é.',
    copyFailed: 'Níorbh fhéidir é a chóipeáil. Roghnaigh an téacs agus cóipeáil tú féin é.',
    items: {
      neutral: {
        title: 'Gearr agus neodrach',
        text: 'Déanaim agóid i gcoinne próiseáil sonraí pearsanta a bhaineann liom, lena n-áirítear mo phostálacha, mo ghrianghraif agus mo thráchtanna, chun IS a fhorbairt agus a fheabhsú ag Meta.',
      },
      copyright: {
        title: 'Faoi chóipcheart ar do phostálacha féin',
        text: 'Is liomsa an cóipcheart ar an ábhar a phostálaim agus ní thugaim cead é a úsáid le haghaidh feidhmchlár IS.',
        note: 'Bunaithe ar an bhfoclaíocht a d’úsáid klicksafe go rathúil ina thástáil.',
      },
      personal: {
        title: 'Faoi do chúiseanna imní pearsanta',
        text: 'Tá mo phostálacha agus mo ghrianghraif pearsanta. Nuair a úsáidtear iad chun samhail IS a thraenáil, ní féidir iad a bhaint amach arís. Níl mé ag iarraidh go n-úsáidfí mo shonraí pearsanta chuige seo.',
      },
    },
  },
  covers: {
    heading: 'A bhfuil clúdaithe ag agóid',
    covered: 'Clúdaithe',
    unclear: 'Úsáideann Meta é; ní deir foinse ar bith go gcuireann agóid stop leis',
    notCovered: 'Gan chlúdach, nó ní úsáidtear ar aon nós é',
    items: {
      'public-content':
        'Do phostálacha, do ghrianghraif, d’fhotheidil agus do thráchtanna poiblí, más duine fásta thú.',
      'meta-ai-chats':
        'An méid a chlóscríobhann tú isteach in Meta AI, an bota comhrá, nó ina uirlisí íomhánna: úsáideann Meta é ag aois ar bith. Ár gcomhairle: ná clóscríobh aon rud ansin nár mhaith leat go n-úsáidfí é.',
      'private-messages': 'Teachtaireachtaí príobháideacha: deir Meta nach n-úsáideann sé iad don traenáil seo.',
      minors: 'Ábhar ó dhaoine faoi 18: ní úsáideann Meta a gcuid postálacha ná a gcuid grianghraf don traenáil seo.',
      'posts-by-others': 'Postálacha agus grianghraif a fhoilsíonn daoine eile fút: ní chlúdaíonn d’agóid iad.',
    },
    accounts:
      'Roinnt cuntas: deir Datatilsynet go gclúdaíonn agóid amháin na cuntais go léir atá nasctha sa lárionad cuntas céanna (Accounts Centre), agus mura bhfuil tú cinnte, gur cheart duit an fhoirm a líonadh do Facebook agus do Instagram araon. Ár gcomhairle: mura bhfuil do chuntais nasctha, seol an fhoirm uair amháin do gach cuntas.',
    whatsapp:
      'WhatsApp: de réir tuairiscí preasa, ní úsáidtear comhráite príobháideacha, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas.',
    thirdParty:
      'Sonraí ó chomhlachtaí eile: úsáideann Meta freisin sonraí a cheannaíonn sé ó thríú páirtithe chun a IS a thraenáil. D’fhéadfadh tionchar a bheith aige seo ar dhaoine nach bhfuil cuntas acu. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh faoi seo; níorbh fhéidir linn nasc chuige a dheimhniú, mar sin ní thaispeánaimid ceann. Léigh fógra Hamburg le haghaidh tuilleadh sonraí.',
    thirdPartyLink: 'Ár n-achoimre ar fhógra Hamburg ón 12 Meitheamh 2024',
  },
  afterDeadline: {
    heading: 'Má tá an spriocdháta caite',
    text: 'Is féidir leat agóid a dhéanamh am ar bith. Ón am sin ar aghaidh, cuireann d’agóid stop le húsáid do phostálacha poiblí ag Meta dá IS. Ní féidir léi an méid atá úsáidte ag Meta cheana a bhaint: ní féidir sonraí a chuaigh isteach i samhail a bhaint amach arís.',
    earlier: 'Má rinne tú agóid in 2024, tá an agóid sin fós i bhfeidhm, dar le Datatilsynet agus Meta.',
  },
  faq: {
    heading: 'Ceisteanna a chuireann daoine',
    items: [
      {
        question: 'An mbaineann sé seo liom?',
        answer:
          'Baineann, má tá cónaí ort san AE nó sa LEE (an Iorua, an Íoslainn agus Lichtinstéin san áireamh), má tá tú 18 mbliana d’aois nó níos sine agus má tá postálacha, grianghraif nó tráchtanna poiblí agat ar Facebook nó ar Instagram: is iad sin a chlúdaíonn d’agóid. Úsáideann Meta freisin an méid a chlóscríobhann daoine d’aois ar bith isteach in Meta AI; ní deir foinse ar bith go gcuireann agóid stop leis sin. Sa Ríocht Aontaithe, leanann Meta próiseas eile.',
      },
      {
        question: 'Chaill mé an spriocdháta. An bhfuil sé ródhéanach?',
        answer:
          'Níl. Is féidir leat agóid a dhéanamh am ar bith. Ón am sin ar aghaidh, cuireann sí stop le húsáid do phostálacha poiblí ag Meta dá IS. Ní féidir an méid a d’úsáid Meta cheana le haghaidh traenála a bhaint amach as a IS arís.',
      },
      {
        question: 'An gá dom cúis a thabhairt?',
        answer:
          'Ní gá. Deir Datatilsynet nach gá duit údar a thabhairt le d’agóid, mar sin is féidir leat an réimse saorthéacs a fhágáil folamh. Dúirt Meta go nglacann sé le gach agóid.',
      },
      {
        question: 'Tá roinnt cuntas agam. Cad a dhéanaim?',
        answer:
          'Deir Datatilsynet go gclúdaíonn agóid amháin na cuntais atá nasctha sa lárionad cuntas céanna (Accounts Centre); mura bhfuil tú cinnte, molann sé an fhoirm a líonadh do Facebook agus do Instagram araon. Ár gcomhairle: mura bhfuil do chuntais nasctha, seol an fhoirm uair amháin do gach cuntas.',
      },
      {
        question: 'An gclúdaíonn sé grianghraif de mo pháistí a phostáil mé?',
        answer:
          'Clúdaíonn d’agóid an t-ábhar poiblí a phostáil tú, grianghraif de do pháistí san áireamh. D’fhiafraigh Datatilsynet de Meta an dtraenálann sé a IS ar ghrianghraif de pháistí a phostálann daoine fásta. Ní raibh freagra tugtha ag Meta nuair a d’fhoilsigh Datatilsynet a fhógra.',
      },
      {
        question: 'Táim faoi 18, nó tá mo pháiste faoi 18. Cad is infheidhme?',
        answer:
          'De réir Datatilsynet, ní úsáideann Meta don traenáil seo ach postálacha agus grianghraif phoiblí úsáideoirí os cionn 18, mar sin ní úsáidtear postálacha déagóirí féin. Úsáidtear an méid a chlóscríobhann daoine isteach in Meta AI ag aois ar bith, agus ní deir foinse ar bith go gcuireann agóid stop leis sin: is é ár gcomhairle gan aon rud a chlóscríobh ansin nár mhaith leat go n-úsáidfí é. Is ceist oscailte iad grianghraif de pháistí a phostálann daoine fásta: d’fhiafraigh Datatilsynet de Meta an dtraenálann sé a IS orthu. Is féidir le tuismitheoirí a phostálann grianghraif den sórt sin go poiblí agóid a dhéanamh dá gcuntas féin.',
      },
      {
        question: 'Cad faoi WhatsApp?',
        answer:
          'De réir tuairiscí preasa, ní úsáidtear do chomhráite príobháideacha WhatsApp, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas. Mura mian leat go n-úsáidfí na teachtaireachtaí sin, ná seol chuig Meta AI iad.',
      },
      {
        question: 'Níl cuntas agam. An féidir le Meta sonraí fúm a úsáid fós?',
        answer:
          'B’fhéidir. Úsáideann Meta freisin sonraí a cheannaíonn sé ó chomhlachtaí eile, agus d’fhéadfadh daoine eile grianghraif díot a phostáil. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh i gcoinne úsáid sonraí ó thríú páirtithe; níorbh fhéidir linn nasc chuige a dheimhniú.',
      },
      {
        question: 'Conas a bheidh a fhios agam gur oibrigh sé?',
        answer:
          'Seolann Meta ríomhphost dearbhaithe chuig seoladh do chuntais; i dtástáil klicksafe, tháinig sé cúpla nóiméad ina dhiaidh sin. Coinnigh é. Mura dtagann aon rud, seiceáil d’fhillteán turscair, agus ansin seol an fhoirm arís.',
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
  },
};
