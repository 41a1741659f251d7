import type { UiStrings } from './en';

export const mt = {
  'site.name': 'Oġġezzjoni għal Meta AI',
  'site.tagline': 'Kif twaqqaf lil Meta milli tħarreġ l-IA tagħha fuq il-posts tiegħek ta’ Facebook u Instagram',
  'skip.toContent': 'Aqbeż għall-kontenut ewlieni',
  'nav.label': 'Menu ewlieni',
  'nav.home': 'Paġna ewlenija',
  'nav.notices': 'Avviżi tal-awtoritajiet',
  'lang.label': 'Lingwa',
  'lang.current': '{language} (il-lingwa attwali)',
  'lang.choose': 'Agħżel il-lingwa tiegħek',
  'lang.chooseIntro':
    'Dan is-sit jispjega, f’diversi lingwi, kif toġġezzjona għall-użu tal-posts tiegħek minn Meta biex tħarreġ l-IA tagħha.',
  'footer.about':
    'Sit ta’ informazzjoni indipendenti. Mhuwiex immexxi minn Meta jew minn xi awtorità tal-protezzjoni tad-data. Kull data u kull link fih ġejjin minn sors imsemmi.',
  'footer.privacy': 'L-ebda cookies, l-ebda traċċar, l-ebda talba lil siti oħra.',
  'footer.licence': 'Il-kodiċi sors huwa taħt il-liċenzja MIT.',
  'footer.reviewed': 'L-aħħar verifika tal-kontenut: {date}.',
  'footer.built': 'Din il-paġna nbniet: {date}.',
  'external.newTab': '(jiftaħ sit ieħor)',

  'home.title': 'Oġġezzjona għat-taħriġ tal-IA ta’ Meta fuq il-posts tiegħek',
  'home.description':
    'Meta tħarreġ l-IA tagħha fuq posts pubbliċi ta’ Facebook u Instagram mill-UE u miż-ŻEE, sakemm ma toġġezzjonax. Ara fejn wasalna u kif toġġezzjona.',
  'home.intro':
    'Meta tuża l-posts, ir-ritratti u l-kummenti pubbliċi ta’ adulti fl-UE u fiż-ŻEE biex tħarreġ l-IA tagħha. Ma titlobx il-kunsens. Tibbaża ruħha fuq “interess leġittimu”. Għandek id-dritt li toġġezzjona.',
  'home.stepsHeading': 'Oġġezzjona fi tliet passi',
  'home.step1': 'Idħol f’Facebook jew f’Instagram fil-browser tiegħek.',
  'home.step2':
    'Iftaħ il-formola uffiċjali tal-oġġezzjoni, agħżel il-pajjiż tiegħek u daħħal l-indirizz tal-email tal-kont tiegħek. Ir-raġuni hija fakultattiva.',
  'home.step3': 'Ibgħat il-formola u żomm l-email ta’ konferma li tibgħatlek Meta.',
  'home.formsHeading': 'Il-formoli uffiċjali',
  'home.noticesHeading': 'X’qalu l-awtoritajiet',
  'home.noticesLink': 'Aqra l-avviżi tal-awtoritajiet tal-protezzjoni tad-data',

  'form.facebook': 'Formola tal-oġġezzjoni ta’ Facebook',
  'form.instagram': 'Formola tal-oġġezzjoni ta’ Instagram',
  'form.destination': 'Tiftaħ {host}',

  'status.heading': 'Fejn wasalna',
  'status.upcoming':
    'Meta qed tippjana li tibda tħarreġ l-IA tagħha fuq il-posts pubbliċi tiegħek f’din id-data: {date}. Oġġezzjona qabel dik id-data biex iżżomm barra l-posts kollha tiegħek.',
  'status.paused':
    'Meta waqqfet il-pjan tagħha temporanjament ({date}), wara li l-Kummissjoni Irlandiża għall-Protezzjoni tad-Data talbitha tagħmel dan.',
  'status.passed':
    'Meta bdiet tħarreġ l-IA tagħha fuq kontenut pubbliku ta’ Facebook u Instagram mill-UE u miż-ŻEE ({date}). Xorta tista’ toġġezzjona: l-oġġezzjoni tipproteġi dak li tippubblika minn dak iż-żmien ’il quddiem.',

  'round.name': 'Rawnd {year}',
  'rounds.heading': 'Iż-żewġ rawnds f’daqqa t’għajn',
  'rounds.deadline': 'Skadenza: {date}',
  'rounds.paused': 'Sospiż minn Meta: {date}',
  'rounds.trainingStart': 'Il-bidu tat-taħriġ: {date}',
  'rounds.source': 'Sors: {source}',

  'state.upcoming': 'Miftuħ',
  'state.urgent': 'Fadal inqas minn 48 siegħa',
  'state.passed': 'L-iskadenza għaddiet',
  'state.paused': 'Sospiż',

  'countdown.heading': 'Skadenza biex toġġezzjona',
  'countdown.deadline': 'Oġġezzjona sa: {datetime}.',
  'countdown.yourZone': 'Fiż-żona tal-ħin tiegħek ({zone}) dan ikun {datetime}.',
  'countdown.asOfBuild': 'L-istatus meta nbniet din il-paġna ({date}): {state}.',
  'countdown.passed': 'L-iskadenza għaddiet {elapsed} ilu.',
  'countdown.passedMeaning':
    'Jekk toġġezzjona issa, xorta żżomm barra mit-taħriġ dak li tippubblika minn issa ’l quddiem. Dak li Meta diġà użat ma jistax jitneħħa mill-IA tagħha.',
  'countdown.paused': 'Meta ssospendiet dan ir-rawnd ({date}), qabel l-iskadenza.',
  'countdown.pausedMeaning': 'L-oġġezzjonijiet mibgħuta matul dan ir-rawnd għadhom validi, skont Meta u Datatilsynet.',
  'countdown.announce': 'Fadal {duration} biex toġġezzjona.',
  'countdown.clockWarning':
    'L-arloġġ tal-apparat tiegħek juri {now}, li huwa qabel il-ħin meta nbniet din il-paġna ({built}). Jekk l-arloġġ tiegħek mhux eżatt, lanqas dawn iċ-ċifri ma huma eżatti.',
  'countdown.calendar': 'Żid l-iskadenza mal-kalendarju tiegħek (fajl .ics)',
  'calendar.summary': 'L-aħħar jum biex toġġezzjona għat-taħriġ tal-IA ta’ Meta',
  'calendar.description':
    'Oġġezzjona qabel dan il-ħin permezz tal-formoli uffiċjali ta’ Facebook u Instagram, biex Meta ma tħarriġx l-IA tagħha fuq il-posts pubbliċi tiegħek. Gwida: {url}',
  'calendar.reminder': 'Tfakkira: oġġezzjona għat-taħriġ tal-IA ta’ Meta qabel l-iskadenza',

  'notices.title': 'X’qalu l-awtoritajiet tal-protezzjoni tad-data',
  'notices.description':
    'Sommarji tal-avviżi tal-awtorità tal-protezzjoni tad-data ta’ Hamburg, ta’ Datatilsynet tan-Norveġja u ta’ klicksafe dwar it-taħriġ tal-IA ta’ Meta.',
  'notices.intro':
    'L-awtoritajiet tal-protezzjoni tad-data u servizzi tas-sikurezza online spjegaw lin-nies kif u għaliex jistgħu joġġezzjonaw. Hawn x’jgħid kull avviż, bi kliemna stess, b’link għall-oriġinal.',
  'notice.authority': 'Awtorità',
  'notice.published': 'Ippubblikat',
  'notice.round': 'Rawnd',
  'notice.source': 'Oriġinal',
  'notice.sourceLink': 'Aqra l-avviż oriġinali',
  'notice.sourceHome': 'Ippubblikat fuq {host}',
  'notice.sourceLanguage': 'Lingwa tal-oriġinal: {language}',
  'notice.ourSummary': 'Dan huwa s-sommarju tagħna, mhux it-test tal-awtorità nfisha.',
  'notice.backToList': 'L-avviżi kollha',
  'notice.objectCta': 'Oġġezzjona issa permezz tal-formoli uffiċjali',

  'nav.guide': 'Kif toġġezzjona',
  'nav.timeline': 'Kronoloġija',
  'home.guideLink': 'Aqra l-gwida sħiħa: kull pass, testi li tista’ tuża, u x’tkopri oġġezzjoni',
  'notice.guideLink': 'Kif toġġezzjona, pass pass',
  'timeline.title': 'X’ġara u meta',
  'timeline.description':
    'Id-dati tal-pjanijiet ta’ Meta biex tħarreġ l-IA tagħha fuq posts mill-UE u miż-ŻEE, mill-ewwel tħabbira fl-2024 sal-bidu tat-taħriġ fl-2025, kull waħda bis-sors tagħha.',
  'timeline.intro': 'Kull data hawnhekk ġejja minn awtorità, minn qorti jew minn sors ieħor imsemmi.',
  'timeline.deadline': 'Skadenza',
  'timeline.notice': 'Is-sommarju tagħna ta’ dan l-avviż',

  'footer.embed': 'Poġġi l-għadd invers fuq is-sit tiegħek',
  'footer.feed': 'Feed tal-aħbarijiet (RSS)',
  'footer.translations': 'Stat tat-traduzzjonijiet',

  'embed.title': 'Poġġi l-għadd invers fuq is-sit tiegħek',
  'embed.description':
    'Widget b’xejn tal-għadd invers għal siti sħab: bla cookies, bla traċċar, f’kull lingwa ta’ dan is-sit. Agħżel id-dehra, ikkopja l-kodiċi u waħħlu fil-paġna tiegħek.',
  'embed.intro':
    'Organizzazzjonijiet tal-konsumaturi, NGOs, blogs u awtoritajiet jistgħu juru l-għadd invers tagħna fuq il-paġni tagħhom. Jaġġorna ruħu waħdu: meta tgħaddi l-iskadenza, kull kopja tal-widget tgħid x’effett għad għandha l-oġġezzjoni.',
  'embed.optionsHeading': 'Agħżel id-dehra',
  'embed.language': 'Lingwa',
  'embed.theme': 'Kuluri',
  'embed.themeAuto': 'Skont l-apparat tal-qarrej',
  'embed.themeLight': 'Ċar',
  'embed.themeDark': 'Skur',
  'embed.size': 'Daqs',
  'embed.sizeFull': 'Sħiħ: ċifri u spjegazzjoni',
  'embed.sizeCompact': 'Kompatt: l-essenzjali',
  'embed.previewHeading': 'Dehra minn qabel',
  'embed.iframeHeading': 'Inkorpora b’iframe: jaħdem kullimkien',
  'embed.iframeNote':
    'Uża dan jekk is-sit tiegħek ma jippermettix scripts, kif ma jippermettuhomx ħafna sistemi ta’ ġestjoni tal-kontenut.',
  'embed.scriptHeading': 'Inkorpora bi script: jaġġusta l-għoli tiegħu',
  'embed.scriptNote':
    'L-iscript ibiddel il-link fil-widget u jżomm l-għoli korrett. Mingħajr JavaScript, il-qarrejja tiegħek jaraw il-link.',
  'embed.copy': 'Ikkopja l-kodiċi',
  'embed.copied': 'Il-kodiċi ġie kkopjat fil-clipboard.',
  'embed.copyFailed': 'Ma setax jiġi kkopjat. Agħżel il-kodiċi u kkopjah int.',
  'embed.privacyHeading': 'Privatezza',
  'embed.privacy':
    'Il-widget ma jpoġġi l-ebda cookie, ma jaħżen xejn fil-browser, ma jittraċċa lil ħadd u ma jagħmel l-ebda talba lil xi server ieħor. Jaħdem f’qafas iżolat (sandbox) li ma jistax jaqra l-paġna tiegħek.',
  'embed.licenceHeading': 'Liċenzja',
  'embed.licence': 'Tista’ tuża l-widget fuq kwalunkwe sit, b’xejn. Il-kodiċi tiegħu huwa taħt il-liċenzja MIT.',
  'widget.title': 'Għadd invers: oġġezzjona għat-taħriġ tal-IA ta’ Meta',
  'widget.more': 'Kif toġġezzjona',

  'share.heading': 'Aqsam din il-paġna',
  'share.native': 'Aqsam…',
  'share.copyLink': 'Ikkopja l-link',
  'share.copied': 'Il-link ġie kkopjat.',
  'share.copyFailed': 'Ma setax jiġi kkopjat. Ikkopja l-indirizz mill-bar tal-indirizz tal-browser tiegħek.',
  'share.email': 'Email',
  'share.mastodonServer': 'Is-server Mastodon tiegħek',
  'share.mastodonHint': 'Pereżempju mastodon.social. Jinżamm f’dan il-browser biss.',
  'share.mastodonGo': 'Aqsam fuq Mastodon',
  'share.mastodonInvalid': 'Daħħal isem ta’ server bħal mastodon.social.',
  'share.textUpcoming':
    'Biex Meta ma tħarriġx l-IA tagħha fuq il-posts tiegħek ta’ Facebook u Instagram, oġġezzjona qabel l-iskadenza ({date}). Hawn kif:',
  'share.textPassed':
    'Meta tħarreġ l-IA tagħha fuq posts pubbliċi ta’ Facebook u Instagram. Xorta tista’ toġġezzjona: l-oġġezzjoni tipproteġi dak li tippubblika minn issa ’l quddiem. Hawn kif:',
  'share.textPaused':
    'Meta waqqfet temporanjament il-pjan tagħha li tħarreġ l-IA fuq posts ta’ Facebook u Instagram. Hawn kif toġġezzjona, f’każ li terġa’ tibda:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: aħbarijiet',
  'feed.description':
    'Avviżi ġodda mill-awtoritajiet tal-protezzjoni tad-data u bidliet fl-istatus tat-taħriġ tal-IA ta’ Meta.',
  'feed.roundAnnounced':
    'Rawnd {year}: Meta tħabbar taħriġ tal-IA fuq il-posts tiegħek; oġġezzjona qabel l-iskadenza ({date})',
  'feed.roundPaused': 'Rawnd {year}: Meta tissospendi l-pjan tagħha',
  'feed.roundStarted': 'Rawnd {year}: Meta bdiet tħarreġ l-IA tagħha',

  'translations.title': 'Stat tat-traduzzjonijiet',
  'translations.description':
    'Liema paġni ta’ dan is-sit huma tradotti f’liema lingwa, u liema juru t-test bl-Ingliż għalissa.',
  'translations.intro':
    'Kull paġna teżisti f’kull lingwa. Fejn avviż għadu mhux tradott, il-paġna tiegħu turi t-test bl-Ingliż b’nota fil-bidu.',
  'translations.language': 'Lingwa',
  'translations.translated': 'Tradott',
  'translations.fallback': 'Bl-Ingliż għalissa',
  'translations.page': 'Paġna',
  'fallback.notice': 'Dan it-test għadu mhux tradott f’din il-lingwa ({language}). Qed taqra l-verżjoni bl-Ingliż.',

  'notFound.title': 'Il-paġna ma nstabitx',
  'notFound.description': 'Din il-paġna ma teżistix.',
  'notFound.body': 'M’hemm l-ebda paġna f’dan l-indirizz. Forsi ġiet imċaqalqa, jew forsi hemm żball fil-link.',
  'notFound.home': 'Mur fil-paġna ewlenija',
} as const satisfies UiStrings;
