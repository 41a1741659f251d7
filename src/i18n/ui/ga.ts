import type { UiStrings } from './en';

export const ga = {
  'site.name': 'Agóid i gcoinne Meta AI',
  'site.tagline': 'Conas a chinntiú nach n-úsáidfidh Meta do phostálacha Facebook agus Instagram chun a IS a thraenáil',
  'skip.toContent': 'Léim go dtí an príomhábhar',
  'nav.label': 'Príomhroghchlár',
  'nav.home': 'Baile',
  'nav.notices': 'Fógraí na n-údarás',
  'lang.label': 'Teanga',
  'lang.current': '{language} (an teanga reatha)',
  'lang.choose': 'Roghnaigh do theanga',
  'lang.chooseIntro':
    'Míníonn an suíomh seo, i roinnt teangacha, conas agóid a dhéanamh ionas nach n-úsáidfidh Meta do phostálacha chun a IS a thraenáil.',
  'footer.about':
    'Suíomh eolais neamhspleách é seo. Ní Meta ná aon údarás cosanta sonraí a reáchtálann é. Tagann gach dáta agus gach nasc air ó fhoinse ainmnithe.',
  'footer.privacy': 'Gan fianáin, gan rianú, gan iarratais chuig suíomhanna gréasáin eile.',
  'footer.licence': 'Tá an cód foinseach faoi cheadúnas MIT.',
  'footer.reviewed': 'Seiceáladh an t-ábhar go deireanach ar {date}.',
  'footer.built': 'Tógadh an leathanach ar {date}.',
  'external.newTab': '(osclaíonn sé suíomh gréasáin eile)',

  'home.title': 'Déan agóid ionas nach dtraenálfaidh Meta a IS ar do phostálacha',
  'home.description':
    'Traenálann Meta a IS ar phostálacha poiblí Facebook agus Instagram ón AE agus ón LEE mura ndéanann tú agóid. Féach cá bhfuil cúrsaí agus conas agóid a dhéanamh.',
  'home.intro':
    'Úsáideann Meta postálacha, grianghraif agus tráchtanna poiblí ó dhaoine fásta san AE agus sa LEE chun a IS a thraenáil. Ní iarrann sé toiliú. Braitheann sé ar “leasanna dlisteanacha”. Tá sé de cheart agat agóid a dhéanamh.',
  'home.stepsHeading': 'Déan agóid i dtrí chéim',
  'home.step1': 'Logáil isteach ar Facebook nó ar Instagram i do bhrabhsálaí.',
  'home.step2':
    'Oscail an fhoirm oifigiúil agóide, roghnaigh do thír agus cuir isteach seoladh ríomhphoist do chuntais. Is roghnach cúis a thabhairt.',
  'home.step3': 'Seol an fhoirm agus coinnigh an ríomhphost dearbhaithe a sheolann Meta chugat.',
  'home.formsHeading': 'Na foirmeacha oifigiúla',
  'home.noticesHeading': 'Cad a dúirt na húdaráis',
  'home.noticesLink': 'Léigh fógraí na n-údarás cosanta sonraí',

  'form.facebook': 'Foirm agóide Facebook',
  'form.instagram': 'Foirm agóide Instagram',
  'form.destination': 'Osclaíonn sé {host}',

  'status.heading': 'Cá bhfuil cúrsaí anois',
  'status.upcoming':
    'Tá sé beartaithe ag Meta tosú ag traenáil a IS ar do phostálacha poiblí ar {date}. Déan agóid roimhe sin chun do phostálacha go léir a choinneáil amach as an traenáil.',
  'status.paused':
    'Chuir Meta a phlean ar sos ar {date}, tar éis don Choimisiún um Chosaint Sonraí in Éirinn é sin a iarraidh air.',
  'status.passed':
    'Thosaigh Meta ag traenáil a IS ar ábhar poiblí Facebook agus Instagram ón AE agus ón LEE ar {date}. Is féidir leat agóid a dhéanamh fós: cosnaíonn sí an méid a phostálann tú ón am sin ar aghaidh.',

  'round.name': 'Babhta {year}',
  'rounds.heading': 'Forléargas ar an dá bhabhta',
  'rounds.deadline': 'Spriocdháta: {date}',
  'rounds.paused': 'Curtha ar sos ag Meta ar {date}',
  'rounds.trainingStart': 'Thosaigh an traenáil ar {date}',
  'rounds.source': 'Foinse: {source}',

  'state.upcoming': 'Oscailte',
  'state.urgent': 'Níos lú ná 48 uair an chloig fágtha',
  'state.passed': 'Spriocdháta caite',
  'state.paused': 'Ar sos',

  'countdown.heading': 'Spriocdháta le haghaidh agóide',
  'countdown.deadline': 'Déan agóid roimh an am seo: {datetime}.',
  'countdown.yourZone': 'I do chrios ama ({zone}) is é sin {datetime}.',
  'countdown.asOfBuild': 'Stádas nuair a tógadh an leathanach seo ({date}): {state}.',
  'countdown.passed': 'Chuaigh an spriocdháta thart {elapsed} ó shin.',
  'countdown.passedMeaning':
    'Má dhéanann tú agóid anois, coinneofar an méid a phostálann tú as seo amach as an traenáil fós. Ní féidir an méid a d’úsáid Meta cheana a bhaint amach as a IS arís.',
  'countdown.paused': 'Chuir Meta an babhta seo ar sos ar {date}, roimh an spriocdháta.',
  'countdown.pausedMeaning':
    'Tá agóidí a seoladh le linn an bhabhta seo fós i bhfeidhm, dar le Meta agus Datatilsynet.',
  'countdown.announce': '{duration} fágtha chun agóid a dhéanamh.',
  'countdown.clockWarning':
    'Taispeánann clog do ghléis {now}, rud atá níos luaithe ná an t-am a tógadh an leathanach seo ({built}). Má tá do chlog mícheart, tá na figiúirí seo mícheart freisin.',
  'countdown.calendar': 'Cuir an spriocdháta le d’fhéilire (comhad .ics)',
  'calendar.summary': 'An lá deireanach le hagóid a dhéanamh i gcoinne na traenála IS ag Meta',
  'calendar.description':
    'Déan agóid roimh an am seo ar na foirmeacha oifigiúla Facebook agus Instagram, ionas nach dtraenálfaidh Meta a IS ar do phostálacha poiblí. Treoir: {url}',
  'calendar.reminder': 'Meabhrúchán: déan agóid i gcoinne na traenála IS ag Meta roimh an spriocdháta',

  'notices.title': 'Cad a dúirt na húdaráis cosanta sonraí',
  'notices.description':
    'Achoimrí ar fhógraí ó údarás cosanta sonraí Hamburg, ó Datatilsynet na hIorua agus ó klicksafe faoin traenáil IS ag Meta.',
  'notices.intro':
    'D’inis údaráis cosanta sonraí agus seirbhísí sábháilteachta ar líne do dhaoine conas agóid a dhéanamh, agus cén fáth. Seo an méid a deir gach fógra, inár bhfocail féin, le nasc chuig an mbunleagan.',
  'notice.authority': 'Údarás',
  'notice.published': 'Foilsithe',
  'notice.round': 'Babhta',
  'notice.source': 'Bunleagan',
  'notice.sourceLink': 'Léigh an fógra bunaidh',
  'notice.sourceHome': 'Foilsithe ar {host}',
  'notice.sourceLanguage': 'Teanga an bhunleagain: {language}',
  'notice.ourSummary': 'Is é seo ár n-achoimre féin, ní téacs an údaráis féin.',
  'notice.backToList': 'Gach fógra',
  'notice.objectCta': 'Déan agóid anois ar na foirmeacha oifigiúla',

  'nav.guide': 'Conas agóid a dhéanamh',
  'nav.timeline': 'Amlíne',
  'home.guideLink':
    'Léigh an treoir iomlán: gach céim, téacsanna is féidir leat a úsáid, agus a bhfuil clúdaithe ag agóid',
  'notice.guideLink': 'Conas agóid a dhéanamh, céim ar chéim',
  'timeline.title': 'Cad a tharla agus cathain',
  'timeline.description':
    'Dátaí pleananna Meta chun a IS a thraenáil ar phostálacha ón AE agus ón LEE, ón gcéad fhógairt in 2024 go dtí tús na traenála in 2025, agus foinse le gach ceann acu.',
  'timeline.intro': 'Tagann gach dáta anseo ó údarás, ó chúirt nó ó fhoinse ainmnithe eile.',
  'timeline.deadline': 'Spriocdháta',
  'timeline.notice': 'Ár n-achoimre ar an bhfógra seo',

  'footer.embed': 'Cuir an comhaireamh síos ar do shuíomh gréasáin',
  'footer.feed': 'Fotha nuachta (RSS)',
  'footer.translations': 'Stádas na n-aistriúchán',

  'embed.title': 'Cuir an comhaireamh síos ar do shuíomh gréasáin',
  'embed.description':
    'Giuirléid chomhairimh síos saor in aisce do shuíomhanna comhpháirtíochta: gan fianáin, gan rianú, i ngach teanga atá ar an suíomh seo. Roghnaigh an chuma, cóipeáil an cód agus greamaigh isteach i do leathanach é.',
  'embed.intro':
    'Is féidir le heagraíochtaí tomhaltóirí, le heagraíochtaí neamhrialtasacha, le blaganna agus le húdaráis ár gcomhaireamh síos a thaispeáint ar a leathanaigh féin. Nuashonraíonn sé é féin: nuair a théann an spriocdháta thart, insíonn gach cóip den ghiuirléid cad a dhéanann agóid fós.',
  'embed.optionsHeading': 'Roghnaigh an chuma',
  'embed.language': 'Teanga',
  'embed.theme': 'Dathanna',
  'embed.themeAuto': 'De réir ghléas an léitheora',
  'embed.themeLight': 'Geal',
  'embed.themeDark': 'Dorcha',
  'embed.size': 'Méid',
  'embed.sizeFull': 'Iomlán: figiúirí agus míniú',
  'embed.sizeCompact': 'Dlúth: na bunrudaí',
  'embed.previewHeading': 'Réamhamharc',
  'embed.iframeHeading': 'Leabaigh trí iframe: oibríonn sé i ngach áit',
  'embed.iframeNote':
    'Úsáid é seo mura gceadaíonn do shuíomh gréasáin scripteanna. Ní cheadaíonn go leor córas bainistíochta ábhair iad.',
  'embed.scriptHeading': 'Leabaigh trí script: coigeartaítear an airde go huathoibríoch',
  'embed.scriptNote':
    'Athraíonn an script an nasc ina ghiuirléid agus coinníonn sí an airde i gceart. Gan JavaScript, feiceann do léitheoirí an nasc.',
  'embed.copy': 'Cóipeáil an cód',
  'embed.copied': 'Cóipeáladh an cód chuig an ngearrthaisce.',
  'embed.copyFailed': 'Níorbh fhéidir é a chóipeáil. Roghnaigh an cód agus cóipeáil tú féin é.',
  'embed.privacyHeading': 'Príobháideacht',
  'embed.privacy':
    'Ní shocraíonn an ghiuirléid aon fhianáin, ní stórálann sí aon rud sa bhrabhsálaí, ní rianaíonn sí aon duine agus ní sheolann sí aon iarratas chuig óstach eile. Ritheann sí i bhfráma iargúlta (bosca gainimh) nach féidir leis do leathanach a léamh.',
  'embed.licenceHeading': 'Ceadúnas',
  'embed.licence':
    'Is féidir leat an ghiuirléid a úsáid ar aon suíomh gréasáin, saor in aisce. Tá a cód faoi cheadúnas MIT.',
  'widget.title': 'Comhaireamh síos: déan agóid i gcoinne na traenála IS ag Meta',
  'widget.more': 'Conas agóid a dhéanamh',

  'share.heading': 'Comhroinn an leathanach seo',
  'share.native': 'Comhroinn…',
  'share.copyLink': 'Cóipeáil an nasc',
  'share.copied': 'Cóipeáladh an nasc.',
  'share.copyFailed': 'Níorbh fhéidir é a chóipeáil. Cóipeáil an seoladh ó bharra seoltaí do bhrabhsálaí.',
  'share.email': 'Ríomhphost',
  'share.mastodonServer': 'D’fhreastalaí Mastodon',
  'share.mastodonHint': 'Mar shampla mastodon.social. Ní choinnítear é ach sa bhrabhsálaí seo.',
  'share.mastodonGo': 'Comhroinn ar Mastodon',
  'share.mastodonInvalid': 'Cuir isteach ainm freastalaí, mar shampla mastodon.social.',
  'share.textUpcoming':
    'Déan agóid roimh {date} ionas nach dtraenálfaidh Meta a IS ar do phostálacha Facebook agus Instagram. Seo conas:',
  'share.textPassed':
    'Traenálann Meta a IS ar phostálacha poiblí Facebook agus Instagram. Is féidir leat agóid a dhéanamh fós: cosnaíonn sí an méid a phostálann tú as seo amach. Seo conas:',
  'share.textPaused':
    'Tá a phlean chun IS a thraenáil ar phostálacha Facebook agus Instagram curtha ar sos ag Meta. Seo conas agóid a dhéanamh, ar eagla go dtosóidh sé arís:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: nuacht',
  'feed.description': 'Fógraí nua ó údaráis cosanta sonraí agus athruithe ar stádas na traenála IS ag Meta.',
  'feed.roundAnnounced': 'Babhta {year}: fógraíonn Meta traenáil IS ar do phostálacha; déan agóid roimh {date}',
  'feed.roundPaused': 'Babhta {year}: cuireann Meta a phlean ar sos',
  'feed.roundStarted': 'Babhta {year}: tá tús curtha ag Meta le traenáil a IS',

  'translations.title': 'Stádas na n-aistriúchán',
  'translations.description':
    'Cé na leathanaigh den suíomh seo atá aistrithe go dtí cé na teangacha, agus cé acu a thaispeánann an téacs Béarla go fóill.',
  'translations.intro':
    'Tá gach leathanach ar fáil i ngach teanga. Nuair nach bhfuil fógra aistrithe fós, taispeánann a leathanach an téacs Béarla le nóta ag an mbarr.',
  'translations.language': 'Teanga',
  'translations.translated': 'Aistrithe',
  'translations.fallback': 'Béarla go fóill',
  'translations.page': 'Leathanach',
  'fallback.notice':
    'Níl an téacs seo aistrithe go dtí an teanga seo ({language}) fós. Tá an leagan Béarla á léamh agat.',

  'notFound.title': 'Níor aimsíodh an leathanach',
  'notFound.description': 'Níl an leathanach seo ann.',
  'notFound.body':
    'Níl aon leathanach ag an seoladh seo. B’fhéidir gur bogadh é, nó go bhfuil botún clóscríofa sa nasc.',
  'notFound.home': 'Téigh go dtí an leathanach baile',
} as const satisfies UiStrings;
