import type { ObjectionGuideContent } from './en';

/** The objection guide in Latvian. */
export const objectionGuideLv: ObjectionGuideContent = {
  title: 'Kā iebilst: soli pa solim',
  description:
    'Iebilstiet pret to, ka Meta izmanto Jūsu Facebook un Instagram ierakstus MI apmācībai: oficiālās veidlapas, katrs solis, teksti, ko varat izmantot, un ko aptver iebildums.',
  intro:
    'Iebildums katrā platformā aizņem aptuveni piecas minūtes. Jums būs vajadzīgi pieteikšanās dati un piekļuve sava konta e-pasta adresei.',
  tocLabel: 'Šajā lapā',
  warning: 'Izmantojiet tikai šeit norādītās oficiālās veidlapas. Meta veidlapā nekad neprasa Jūsu paroli.',

  facebook: {
    heading: 'Iebilstiet Facebook',
    steps: [
      'Vispirms pārlūkprogrammā piesakieties Facebook. Veidlapa darbojas tikai tad, kad esat pieteikušies.',
      'Atveriet oficiālo iebildumu veidlapu ar pogu zemāk. Tā atveras vietnē {host}.',
      'Sarakstā izvēlieties valsti, kurā dzīvojat.',
      'Ievadiet sava Facebook konta e-pasta adresi.',
      'Brīvā teksta lauks nav obligāts: varat to atstāt tukšu vai ielīmēt kādu no tālāk dotajiem tekstiem.',
      'Nospiediet „Sūtīt”.',
      'Meta var nosūtīt drošības kodu uz Jūsu e-pasta adresi. Ievadiet to veidlapas lapā.',
      'Meta apstiprina Jūsu iebildumu ar e-pastu, bieži vien dažu minūšu laikā. Saglabājiet šo e-pastu: tas ir Jūsu pierādījums.',
    ],
  },
  instagram: {
    heading: 'Iebilstiet Instagram',
    steps: [
      'Vispirms pārlūkprogrammā piesakieties Instagram. Veidlapa darbojas tikai tad, kad esat pieteikušies.',
      'Atveriet oficiālo iebildumu veidlapu ar pogu zemāk. Tā atveras vietnē {host}.',
      'Sarakstā izvēlieties valsti, kurā dzīvojat.',
      'Ievadiet sava Instagram konta e-pasta adresi.',
      'Brīvā teksta lauks nav obligāts: varat to atstāt tukšu vai ielīmēt kādu no tālāk dotajiem tekstiem.',
      'Nospiediet „Sūtīt”.',
      'Meta var nosūtīt drošības kodu uz Jūsu e-pasta adresi. Ievadiet to veidlapas lapā.',
      'Meta apstiprina Jūsu iebildumu ar e-pastu, bieži vien dažu minūšu laikā. Saglabājiet šo e-pastu: tas ir Jūsu pierādījums.',
    ],
  },
  stepsSource: 'Soļi, kā tos pārbaudīja klicksafe un aprakstīja Hamburgas datu aizsardzības iestāde.',

  inApp: {
    heading: 'Tālrunī, lietotnē',
    intro:
      'Iebilst varat arī pašās lietotnēs. Meta dažkārt pārvieto šīs izvēlnes. Ja nevarat tās atrast, izmantojiet augstāk dotās saites uz veidlapām.',
    facebook: 'Facebook: Izvēlne → Iestatījumi un privātums → Iestatījumi → Privātuma politika → saite iebildumam.',
    instagram: 'Instagram: Profils → Izvēlne → Iestatījumi → Par → Privātuma politika → saite iebildumam.',
    privacyCenter: 'Cits veids: Meta Privātuma centrs → MI uzņēmumā Meta → iesniegt iebildumu pieprasījumu.',
    source: 'Izvēlņu ceļi, kā tos aprakstījuši plašsaziņas līdzekļi. Jūsu lietotnes versijā tie var atšķirties.',
  },

  texts: {
    heading: 'Ko varat rakstīt',
    intro:
      'Jums nav jānorāda iemesls. Norvēģijas datu aizsardzības iestāde Datatilsynet saka: „Jums nav jāpamato savs iebildums” (mūsu tulkojums). Meta ir paziņojusi, ka pieņem visus iebildumus. Ja vēlaties kaut ko uzrakstīt, iekopējiet brīvā teksta laukā kādu no šiem tekstiem.',
    copy: 'Kopēt tekstu',
    copied: 'Nokopēts starpliktuvē.',
    copyFailed: 'Neizdevās nokopēt. Atlasiet tekstu un nokopējiet to paši.',
    items: [
      {
        title: 'Īsi un neitrāli',
        text: 'Es iebilstu pret savu personas datu, tostarp manu ierakstu, fotoattēlu un komentāru, izmantošanu mākslīgā intelekta izstrādei un uzlabošanai uzņēmumā Meta.',
      },
      {
        title: 'Par autortiesībām uz Jūsu ierakstiem',
        text: 'Man pieder autortiesības uz saturu, ko publicēju, un es neatļauju to izmantot mākslīgā intelekta lietojumprogrammām.',
        note: 'Balstīts uz formulējumu, ko klicksafe sekmīgi izmantoja savā pārbaudē.',
      },
      {
        title: 'Par Jūsu personiskajām bažām',
        text: 'Mani ieraksti un fotoattēli ir personiski. Kad tie ir izmantoti mākslīgā intelekta modeļa apmācībai, tos vairs nevar no tā izņemt. Es nevēlos, lai mani dati tiktu izmantoti šim nolūkam.',
      },
    ],
  },

  covers: {
    heading: 'Ko aptver iebildums',
    covered: 'Aptver',
    notCovered: 'Neaptver vai jebkurā gadījumā netiek izmantots',
    items: [
      {
        kind: 'covered',
        text: 'Jūsu publiskie ieraksti, fotoattēli, to paraksti un komentāri, ja Jums ir vismaz 18 gadu.',
        source: 'Datatilsynet; Hamburga',
      },
      { kind: 'covered', text: 'Tas, ko rakstāt tērzēšanas robotam Meta AI, jebkurā vecumā.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Privātās ziņas: Meta apgalvo, ka neizmanto tās šai apmācībai.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Personu, kas jaunākas par 18 gadiem, konti: Meta apgalvo, ka neizmanto viņu ierakstus.',
        source: 'plašsaziņas līdzekļu ziņas',
      },
      {
        kind: 'notCovered',
        text: 'Ieraksti un fotoattēli, ko par Jums publicē citi cilvēki: Jūsu iebildums uz tiem neattiecas.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Vairāki konti: Datatilsynet norāda, ka viens iebildums attiecas uz visiem kontiem, kas sasaistīti vienā Kontu centrā. Citi avoti iesaka iesniegt iebildumu par katru kontu atsevišķi. Ja šaubāties, nosūtiet abas veidlapas, katram kontam vienu reizi.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: saskaņā ar plašsaziņas līdzekļu ziņām privātās tērzēšanas netiek izmantotas, bet ziņas, ko WhatsApp sūtāt Meta AI, tiek izmantotas. Atsevišķa WhatsApp iebildumu veidlapa nav zināma.',
    whatsappSource: 'plašsaziņas līdzekļu ziņas',
    thirdParty:
      'Citu uzņēmumu dati: Meta sava MI apmācībai izmanto arī datus, ko tā pērk no trešajām personām. Tas var skart arī cilvēkus, kuriem nav konta. Hamburgas iestāde norāda, ka Meta piedāvā atsevišķu veidu, kā iebilst pret šo datu izmantošanu. Mēs nevarējām apstiprināt saiti uz to, tāpēc to nerādām. Sīkāka informācija ir Hamburgas paziņojumā.',
    thirdPartyLink: 'Hamburgas 2024. gada 12. jūnija paziņojums',
    sourceLabel: 'Avots: {source}',
  },

  afterDeadline: {
    heading: 'Ja termiņš ir beidzies',
    text: 'Iebilst varat jebkurā laikā. Iebildums nodrošina, ka tas, ko publicēsiet pēc tam, netiek izmantots Meta MI apmācībai. Tas nevar izņemt to, ko Meta jau ir izmantojusi: datus, kas nonākuši modelī, vairs nevar no tā izņemt.',
    earlier: 'Ja iebildāt 2024. gadā, saskaņā ar Datatilsynet un Meta teikto šis iebildums joprojām ir spēkā.',
    source: 'Hamburgas datu aizsardzības iestāde, 2025. gada 15. aprīlis',
  },

  checklist: {
    heading: 'Jūsu kontrolsaraksts',
    intro: 'Atzīmējiet, ko esat izdarījuši. Atzīmes paliek tikai šajā pārlūkprogrammā, un nekas netiek nekur nosūtīts.',
    items: ['Facebook veidlapa nosūtīta', 'Instagram veidlapa nosūtīta', 'Apstiprinājuma e-pasts saņemts un saglabāts'],
    reset: 'Notīrīt manas atzīmes',
  },

  faq: {
    heading: 'Biežāk uzdotie jautājumi',
    items: [
      {
        question: 'Vai tas attiecas uz mani?',
        answer:
          'Jā, ja dzīvojat ES vai EEZ (tostarp Norvēģijā, Islandē un Lihtenšteinā), Jums ir vismaz 18 gadu un Jums ir publisks saturs Facebook vai Instagram. Apvienotajā Karalistē Meta izmanto citu procesu.',
      },
      {
        question: 'Es nokavēju termiņu. Vai ir par vēlu?',
        answer:
          'Nē. Iebilst varat jebkurā laikā. Tas aizsargā to, ko publicēsiet pēc tam. To, ko Meta jau ir izmantojusi apmācībai, nevar izņemt no tās MI.',
      },
      {
        question: 'Vai man ir jānorāda iemesls?',
        answer:
          'Nē. Brīvā teksta lauks nav obligāts. Datatilsynet norāda, ka Jums nav jāpamato savs iebildums, un Meta ir paziņojusi, ka pieņem visus iebildumus.',
      },
      {
        question: 'Man ir vairāki konti. Ko darīt?',
        answer:
          'Datatilsynet norāda, ka viens iebildums attiecas uz kontiem, kas sasaistīti vienā Kontu centrā. Ja neesat pārliecināti, vai Jūsu konti ir sasaistīti, nosūtiet veidlapu gan par Facebook, gan par Instagram, katram kontam vienu reizi.',
      },
      {
        question: 'Vai iebildums attiecas uz manu bērnu fotoattēliem, ko publicēju?',
        answer:
          'Jūsu iebildums attiecas uz Jūsu publicēto publisko saturu, tostarp Jūsu bērnu fotoattēliem. Datatilsynet ir jautājusi Meta, vai tā apmāca savu MI ar bērnu fotoattēliem, ko publicē pieaugušie. Kad Datatilsynet publicēja savu paziņojumu, Meta vēl nebija atbildējusi.',
      },
      {
        question: 'Kā ir ar WhatsApp?',
        answer:
          'Saskaņā ar plašsaziņas līdzekļu ziņām Jūsu privātās WhatsApp tērzēšanas netiek izmantotas, bet ziņas, ko WhatsApp sūtāt Meta AI, tiek izmantotas. Atsevišķa WhatsApp iebildumu veidlapa nav zināma. Ja nevēlaties, lai šīs ziņas tiktu izmantotas, nesūtiet tās Meta AI.',
      },
      {
        question: 'Man nav konta. Vai Meta tomēr var izmantot datus par mani?',
        answer:
          'Iespējams. Meta izmanto arī datus, ko tā pērk no citiem uzņēmumiem, un citi cilvēki var publicēt Jūsu fotoattēlus. Hamburgas iestāde norāda, ka Meta piedāvā atsevišķu veidu, kā iebilst pret trešo personu datu izmantošanu. Mēs nevarējām apstiprināt saiti uz to.',
      },
      {
        question: 'Kā uzzināt, vai tas izdevās?',
        answer:
          'Meta nosūta apstiprinājuma e-pastu uz Jūsu konta adresi. Pārbaudē, ko veica klicksafe, tas pienāca dažu minūšu laikā. Saglabājiet to. Ja nekas nepienāk, pārbaudiet surogātpasta mapi un pēc tam nosūtiet veidlapu vēlreiz.',
      },
      {
        question: 'Es iebildu 2024. gadā. Vai man jāiebilst vēlreiz?',
        answer: 'Nē. Datatilsynet un Meta norāda, ka 2024. gadā iesniegtie iebildumi joprojām ir spēkā.',
      },
    ],
  },

  print: {
    heading: 'Šis ceļvedis uz papīra',
    qr: 'Noskenējiet kodu, lai atvērtu šo ceļvedi tālrunī: {url}',
    button: 'Drukāt šo ceļvedi',
  },
};
