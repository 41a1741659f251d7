import type { ObjectionGuideContent } from './en';

/** The objection guide in Latvian. */
export const objectionGuideLv: ObjectionGuideContent = {
  title: 'Kā iebilst: soli pa solim',
  description:
    'Iebilstiet pret to, ka Meta izmanto Jūsu Facebook un Instagram ierakstus MI apmācībai: oficiālās veidlapas, soļi lietotnē vai pārlūkprogrammā, teksti, ko varat izmantot, un ko aptver iebildums.',
  intro:
    'Iebilst var bez maksas, un iemesls nav jānorāda. Jums jāpiesakās savā kontā, un Jums vajadzīga piekļuve tā e-pasta adresei.',
  warning:
    'Izmantojiet tikai oficiālās veidlapas, uz kurām ved saites šajā lapā. Mūsu padoms: nekad neievadiet savu paroli veidlapā, ko kāds Jums atsūta ziņā vai e-pastā.',
  warningLabel: 'Brīdinājums',
  chooser: {
    heading: 'Jūsu veids, kā iebilst',
    platformLegend: 'Kuru kontu vēlaties aizsargāt?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Abus',
    },
    wayLegend: 'Kur to lietojat?',
    ways: {
      app: 'Lietotnē savā tālrunī',
      browser: 'Tīmekļa pārlūkprogrammā',
    },
    ticksNote:
      'Atzīmējiet katru soli, kad tas ir izdarīts. Atzīmes paliek tikai šajā pārlūkprogrammā; nekas netiek nekur nosūtīts.',
  },
  paths: {
    'facebook-browser': 'Facebook tīmekļa pārlūkprogrammā',
    'instagram-browser': 'Instagram tīmekļa pārlūkprogrammā',
    'both-browser': 'Facebook un Instagram tīmekļa pārlūkprogrammā',
    'facebook-app': 'Facebook lietotnē',
    'instagram-app': 'Instagram lietotnē',
    'both-app': 'Facebook un Instagram lietotnēs',
  },
  steps: {
    'login-browser':
      'Tīmekļa pārlūkprogrammā piesakieties {platforms}. Veidlapa darbojas tikai tad, ja esat pieteikušies.',
    'app-facebook':
      'Facebook lietotnē atveriet izvēlni, tad iestatījumus un privātumu (Settings & privacy) → iestatījumus → privātuma politiku (Privacy Policy) un pieskarieties saitei, lai iebilstu. Atveras Meta iebildumu veidlapa.',
    'app-instagram':
      'Instagram lietotnē atveriet savu profilu, tad izvēlni → iestatījumus → sadaļu par lietotni (About) → privātuma politiku (Privacy Policy) un pieskarieties saitei, lai iebilstu. Atveras Meta iebildumu veidlapa.',
    'what-the-form-asks':
      'Veidlapā jānorāda valsts, kurā dzīvojat, un Jūsu konta e-pasta adrese. Tajā ir arī iemesla lauks: Datatilsynet norāda, ka iemesls nav jānorāda, tāpēc varat to atstāt tukšu.',
    'send-form':
      'Atveriet tālāk norādīto oficiālo veidlapu, aizpildiet to un nospiediet sūtīšanas pogu. Tā atveras vietnē {hosts}.',
    'send-each-form':
      'Atveriet tālāk norādītās oficiālās veidlapas vienu pēc otras, aizpildiet katru un nospiediet sūtīšanas pogu. Tās atveras vietnēs {hosts}.',
    'send-in-app': 'Veidlapas beigās nospiediet sūtīšanas pogu.',
    'send-in-each-app': 'Katras veidlapas beigās nospiediet sūtīšanas pogu.',
    'security-code': 'Meta var nosūtīt drošības kodu uz Jūsu e-pasta adresi. Ievadiet to veidlapas lapā.',
    confirmation:
      'Meta apstiprina Jūsu iebildumu pa e-pastu; klicksafe pārbaudē e-pasts pienāca pēc dažām minūtēm. Saglabājiet to: tas ir Jūsu pierādījums.',
  },
  textsLink: 'Teksti, ko varat izmantot iemesla laukā',
  checks: {
    'facebook-sent': 'Facebook veidlapa nosūtīta',
    'instagram-sent': 'Instagram veidlapa nosūtīta',
    'confirmation-kept': 'Apstiprinājuma e-pasts saņemts un saglabāts',
  },
  clearTicks: 'Notīrīt manas atzīmes',
  appFallback: {
    cannotFind:
      'Nevarat atrast izvēlni? Meta to laiku pa laikam pārvieto, un Jūsu lietotnē tai var būt citi nosaukumi. Tā vietā izmantojiet oficiālo veidlapu tīmekļa pārlūkprogrammā:',
    privacyCentre:
      'Vēl viens veids lietotnē: Meta privātuma centrs (Privacy Centre) → Meta MI (AI at Meta) → iebilduma pieprasījuma iesniegšana.',
  },
  credits:
    'Veidlapas soļi balstās uz klicksafe 2024. gada jūnija pārbaudi, kurā klicksafe aizpildīja iemesla lauku; to, ka iemesls nav jānorāda, norāda Datatilsynet (2025. gada aprīlis). Veidlapu saites ir tās, ko Hamburgas iestāde norādīja 2025. gada aprīlī; izvēlņu ceļi lietotnēs ņemti no plašsaziņas līdzekļu ziņām un Jūsu lietotnes versijā var atšķirties.',
  texts: {
    heading: 'Ko varat rakstīt',
    intro:
      'Jums nav jānorāda iemesls. Norvēģijas datu aizsardzības iestāde Datatilsynet saka: „Jums nav jāpamato savs iebildums” (mūsu tulkojums), un Meta ir paziņojusi, ka pieņem visus iebildumus. Ja vēlaties kaut ko uzrakstīt, iekopējiet brīvā teksta laukā kādu no šiem tekstiem.',
    copy: 'Kopēt tekstu',
    copied: 'Nokopēts starpliktuvē.',
    copyFailed: 'Neizdevās nokopēt. Atlasiet tekstu un nokopējiet to paši.',
    items: {
      neutral: {
        title: 'Īsi un neitrāli',
        text: 'Es iebilstu pret savu personas datu, tostarp savu ierakstu, fotoattēlu un komentāru, apstrādi Meta mākslīgā intelekta izstrādei un uzlabošanai.',
      },
      copyright: {
        title: 'Par autortiesībām uz Jūsu ierakstiem',
        text: 'Man pieder autortiesības uz saturu, ko publicēju, un es nedodu atļauju to izmantot mākslīgā intelekta lietojumprogrammām.',
        note: 'Balstīts uz formulējumu, ko klicksafe sekmīgi izmantoja savā pārbaudē.',
      },
      personal: {
        title: 'Par Jūsu personīgajām bažām',
        text: 'Mani ieraksti un fotoattēli ir personiski. Kad tie reiz ir izmantoti MI modeļa apmācībai, tos vairs nevar izņemt. Es nevēlos, lai mani personas dati tiktu izmantoti šim nolūkam.',
      },
    },
  },
  covers: {
    heading: 'Ko aptver iebildums',
    covered: 'Aptver',
    unclear: 'Meta to izmanto; neviens avots nenorāda, ka iebildums to aptur',
    notCovered: 'Neaptver vai tāpat netiek izmantots',
    items: {
      'public-content': 'Jūsu publiskie ieraksti, fotoattēli, paraksti un komentāri, ja Jums ir vismaz 18 gadu.',
      'meta-ai-chats':
        'Tas, ko ievadāt tērzēšanas robotā Meta AI vai tā attēlu rīkos: Meta to izmanto neatkarīgi no vecuma. Mūsu ieteikums: neievadiet tur neko, ko nevēlaties, lai izmanto.',
      'private-messages': 'Privātās ziņas: Meta norāda, ka neizmanto tās šai apmācībai.',
      minors:
        'Personu, kas jaunākas par 18 gadiem, saturs: Meta neizmanto viņu ierakstus un fotoattēlus šai apmācībai.',
      'posts-by-others': 'Ieraksti un fotoattēli par Jums, ko publicē citi cilvēki: Jūsu iebildums uz tiem neattiecas.',
    },
    accounts:
      'Vairāki konti: Datatilsynet norāda, ka viens iebildums attiecas uz visiem kontiem, kas sasaistīti vienā kontu centrā (Accounts Centre), un, ja šaubāties, veidlapa jāaizpilda gan par Facebook, gan par Instagram. Mūsu ieteikums: ja Jūsu konti nav sasaistīti, nosūtiet veidlapu katram kontam vienu reizi.',
    whatsapp:
      'WhatsApp: saskaņā ar plašsaziņas līdzekļu ziņām privātās tērzēšanas netiek izmantotas, bet ziņas, ko WhatsApp sūtāt Meta AI, tiek izmantotas. Atsevišķa WhatsApp iebildumu veidlapa nav zināma.',
    thirdParty:
      'Citu uzņēmumu dati: Meta sava MI apmācībai izmanto arī datus, ko tā pērk no trešajām personām. Tas var skart arī cilvēkus, kuriem nav konta. Hamburgas iestāde norāda, ka Meta piedāvā atsevišķu veidu, kā iebilst pret šo datu izmantošanu. Mēs nevarējām apstiprināt saiti uz to, tāpēc to nerādām. Sīkāka informācija ir Hamburgas paziņojumā.',
    thirdPartyLink: 'Mūsu kopsavilkums par Hamburgas 2024. gada 12. jūnija paziņojumu',
  },
  afterDeadline: {
    heading: 'Ja termiņš ir beidzies',
    text: 'Iebilst varat jebkurā laikā. No tā brīža Jūsu iebildums aptur Jūsu publisko ierakstu izmantošanu Meta MI. Tas nevar izņemt to, ko Meta jau ir izmantojusi: datus, kas nonākuši modelī, vairs nevar no tā izņemt.',
    earlier: 'Ja iebildāt 2024. gadā, saskaņā ar Datatilsynet un Meta teikto šis iebildums joprojām ir spēkā.',
  },
  faq: {
    heading: 'Biežāk uzdotie jautājumi',
    items: [
      {
        question: 'Vai tas attiecas uz mani?',
        answer:
          'Jā, ja dzīvojat ES vai EEZ (tostarp Norvēģijā, Islandē un Lihtenšteinā), Jums ir vismaz 18 gadu un Jums ir publiski ieraksti, fotoattēli vai komentāri Facebook vai Instagram: uz tiem attiecas Jūsu iebildums. Meta izmanto arī to, ko jebkura vecuma cilvēki ievada Meta AI; neviens avots nenorāda, ka iebildums to aptur. Apvienotajā Karalistē Meta izmanto citu procesu.',
      },
      {
        question: 'Es nokavēju termiņu. Vai ir par vēlu?',
        answer:
          'Nē. Iebilst varat jebkurā laikā. No tā brīža tas aptur Jūsu publisko ierakstu izmantošanu Meta MI. To, ko Meta jau ir izmantojusi apmācībai, nevar izņemt no tās MI.',
      },
      {
        question: 'Vai man ir jānorāda iemesls?',
        answer:
          'Nē. Datatilsynet norāda, ka Jums nav jāpamato savs iebildums, tāpēc brīvā teksta lauku varat atstāt tukšu. Meta ir paziņojusi, ka pieņem visus iebildumus.',
      },
      {
        question: 'Man ir vairāki konti. Ko darīt?',
        answer:
          'Datatilsynet norāda, ka viens iebildums attiecas uz kontiem, kas sasaistīti vienā kontu centrā (Accounts Centre); ja šaubāties, tā iesaka aizpildīt veidlapu gan par Facebook, gan par Instagram. Mūsu ieteikums: ja Jūsu konti nav sasaistīti, nosūtiet veidlapu katram kontam vienu reizi.',
      },
      {
        question: 'Vai iebildums attiecas uz manu bērnu fotoattēliem, ko publicēju?',
        answer:
          'Jūsu iebildums attiecas uz Jūsu publicēto publisko saturu, tostarp Jūsu bērnu fotoattēliem. Datatilsynet ir jautājusi Meta, vai tā apmāca savu MI ar bērnu fotoattēliem, ko publicē pieaugušie. Kad Datatilsynet publicēja savu paziņojumu, Meta vēl nebija atbildējusi.',
      },
      {
        question: 'Man vēl nav 18 gadu, vai manam bērnam nav. Kas attiecas uz mums?',
        answer:
          'Saskaņā ar Datatilsynet Meta šai apmācībai izmanto tikai to lietotāju publiskos ierakstus un fotoattēlus, kuri ir vecāki par 18 gadiem, tāpēc pusaudžu pašu ieraksti netiek izmantoti. To, ko cilvēki ievada Meta AI, izmanto neatkarīgi no vecuma, un neviens avots nenorāda, ka iebildums to aptur: mūsu ieteikums ir tur neievadīt neko, ko nevēlaties, lai izmanto. Pieaugušo publicēti bērnu fotoattēli ir atklāts jautājums: Datatilsynet ir jautājusi Meta, vai tā ar tiem apmāca savu MI. Vecāki, kas šādus fotoattēlus publicē publiski, var iebilst par savu kontu.',
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
          'Meta nosūta apstiprinājuma e-pastu uz Jūsu konta adresi; klicksafe pārbaudē tas pienāca pēc dažām minūtēm. Saglabājiet to. Ja nekas nepienāk, pārbaudiet surogātpasta mapi un pēc tam nosūtiet veidlapu vēlreiz.',
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
  },
};
