import type { ObjectionGuideContent } from './en';

/** The objection guide in Hungarian. */
export const objectionGuideHu: ObjectionGuideContent = {
  title: 'Hogyan tiltakozhat, lépésről lépésre',
  description:
    'Tiltakozzon az ellen, hogy a Meta az Ön Facebook- és Instagram-bejegyzéseit mesterséges intelligencia tanítására használja: a hivatalos űrlapok, a lépések az alkalmazásban vagy a böngészőben, felhasználható szövegek, és hogy mire terjed ki a tiltakozás.',
  intro:
    'A tiltakozás ingyenes, és nem kell indokolnia. Be kell jelentkeznie, és hozzá kell férnie a fiókjához tartozó e-mail-címhez.',
  warning:
    'Csak az ezen az oldalon hivatkozott hivatalos űrlapokat használja. Tanácsunk: soha ne írja be a jelszavát olyan űrlapba, amelyet valaki üzenetben vagy e-mailben küld Önnek.',
  warningLabel: 'Figyelem',
  chooser: {
    heading: 'Válassza ki, hogyan tiltakozik',
    platformLegend: 'Melyik fiókját szeretné védeni?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Mindkettő',
    },
    wayLegend: 'Hol használja?',
    ways: {
      app: 'A telefonos alkalmazásban',
      browser: 'Webböngészőben',
    },
    ticksNote:
      'Pipálja ki az egyes lépéseket, amikor elvégezte őket. A pipák csak ebben a böngészőben maradnak meg; semmit nem küldünk el sehová.',
  },
  paths: {
    'facebook-browser': 'Facebook, webböngészőben',
    'instagram-browser': 'Instagram, webböngészőben',
    'both-browser': 'Facebook és Instagram, webböngészőben',
    'facebook-app': 'Facebook, az alkalmazásban',
    'instagram-app': 'Instagram, az alkalmazásban',
    'both-app': 'Facebook és Instagram, az alkalmazásokban',
  },
  steps: {
    'login-browser': 'Jelentkezzen be a webböngészőjében: {platforms}. Az űrlap csak bejelentkezve működik.',
    'app-facebook':
      'A Facebook-alkalmazásban nyissa meg a menüt, majd a beállítások és adatvédelem (Settings & privacy) → beállítások → adatvédelmi szabályzat (Privacy Policy) pontot, és koppintson a tiltakozásra szolgáló hivatkozásra. Megnyílik a Meta tiltakozási űrlapja.',
    'app-instagram':
      'Az Instagram-alkalmazásban nyissa meg a profilját, majd a menü → beállítások → névjegy (About) → adatvédelmi szabályzat (Privacy Policy) pontot, és koppintson a tiltakozásra szolgáló hivatkozásra. Megnyílik a Meta tiltakozási űrlapja.',
    'what-the-form-asks':
      'Az űrlap a lakóhelye szerinti országot és a fiókjához tartozó e-mail-címet kéri. Van benne egy mező az indoklásnak is: a Datatilsynet szerint nem kell indokolnia, ezért üresen hagyhatja.',
    'send-form':
      'Nyissa meg az alábbi hivatalos űrlapot, töltse ki, és nyomja meg a küldés gombot. Az űrlap itt nyílik meg: {hosts}.',
    'send-each-form':
      'Nyissa meg egymás után az alábbi hivatalos űrlapokat, töltse ki mindegyiket, és nyomja meg a küldés gombot. Az űrlapok itt nyílnak meg: {hosts}.',
    'send-in-app': 'Nyomja meg a küldés gombot az űrlap végén.',
    'send-in-each-app': 'Nyomja meg a küldés gombot minden űrlap végén.',
    'security-code': 'A Meta biztonsági kódot küldhet az e-mail-címére. Írja be az űrlap oldalán.',
    confirmation:
      'A Meta e-mailben visszaigazolja a tiltakozását; a klicksafe tesztjében az e-mail néhány perc múlva megérkezett. Őrizze meg: ez a bizonyítéka.',
  },
  textsLink: 'Az indoklás mezőjébe írható szövegek',
  checks: {
    'facebook-sent': 'Facebook-űrlap elküldve',
    'instagram-sent': 'Instagram-űrlap elküldve',
    'confirmation-kept': 'Visszaigazoló e-mail megkapva és megőrizve',
  },
  clearTicks: 'Pipák törlése',
  appFallback: {
    cannotFind:
      'Nem találja a menüt? A Meta időnként áthelyezi, és az Ön alkalmazásában más lehet a neve. Használja inkább a hivatalos űrlapot webböngészőben:',
    privacyCentre:
      'Egy másik út az alkalmazásban: a Meta adatvédelmi központja (Privacy Centre) → MI a Metánál (AI at Meta) → tiltakozási kérelem benyújtása.',
  },
  credits:
    'Az űrlap lépései a klicksafe 2024. júniusi tesztjét követik, amelyben a klicksafe kitöltötte az indoklás mezőjét; azt, hogy nem kell indokolni, a Datatilsynet mondja (2025. április). Az űrlapok hivatkozásait a hamburgi hatóság adta meg 2025 áprilisában; az alkalmazások menüútvonalai sajtóbeszámolókból származnak, és az Ön alkalmazásverziójában eltérhetnek.',
  texts: {
    heading: 'Mit írhat',
    intro:
      'Nem kell indokolnia. A Datatilsynet így fogalmaz: „Nem kell megindokolnia” (saját fordításunk), a Meta pedig azt közölte, hogy minden tiltakozást elfogad. Ha mégis szeretne írni valamit, másolja be az alábbi szövegek egyikét a szabad szöveges mezőbe.',
    copy: 'Szöveg másolása',
    copied: 'A szöveg a vágólapra került.',
    copyFailed: 'A másolás nem sikerült. Jelölje ki a szöveget, és másolja ki saját maga.',
    items: {
      neutral: {
        title: 'Röviden és semlegesen',
        text: 'Tiltakozom személyes adataim – köztük bejegyzéseim, fényképeim és hozzászólásaim – kezelése ellen a Meta mesterséges intelligenciájának fejlesztése és javítása céljából.',
      },
      copyright: {
        title: 'A saját bejegyzései szerzői jogáról',
        text: 'Az általam közzétett tartalmak szerzői joga engem illet, és nem járulok hozzá, hogy MI-alkalmazásokhoz felhasználják őket.',
        note: 'A klicksafe tesztjében sikeresen használt megfogalmazás alapján.',
      },
      personal: {
        title: 'A személyes aggályairól',
        text: 'A bejegyzéseim és fényképeim személyesek. Ha egyszer felhasználták őket egy MI-modell tanításához, nem lehet őket onnan kivenni. Nem szeretném, hogy a személyes adataimat erre használják.',
      },
    },
  },
  covers: {
    heading: 'Mire terjed ki a tiltakozás',
    covered: 'Kiterjed rá',
    unclear: 'A Meta felhasználja; egyetlen forrás sem mondja, hogy a tiltakozás ezt megállítja',
    notCovered: 'Nem terjed ki rá, vagy egyébként sem használják',
    items: {
      'public-content': 'Az Ön nyilvános bejegyzései, fényképei, képaláírásai és hozzászólásai, ha Ön nagykorú.',
      'meta-ai-chats':
        'Amit a Meta AI csevegőrobotba vagy a képkészítő eszközeibe beír: a Meta életkortól függetlenül felhasználja. Tanácsunk: ne írjon be oda semmit, amit nem szeretne, hogy felhasználjanak.',
      'private-messages': 'Privát üzenetek: a Meta szerint nem használja őket ehhez a tanításhoz.',
      minors: '18 év alattiak tartalmai: a Meta nem használja fel a bejegyzéseiket és fényképeiket ehhez a tanításhoz.',
      'posts-by-others':
        'Bejegyzések és fényképek, amelyeket mások tesznek közzé Önről: a tiltakozása nem terjed ki rájuk.',
    },
    accounts:
      'Több fiók: a Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a fiókközpontban (Accounts Centre) összekapcsolt összes fiókra, és ha bizonytalan, töltse ki az űrlapot a Facebookhoz és az Instagramhoz is. Tanácsunk: ha a fiókjai nincsenek összekapcsolva, minden fiókhoz egyszer küldje el az űrlapot.',
    whatsapp:
      'WhatsApp: sajtóbeszámolók szerint a privát csevegéseket nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteket viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert.',
    thirdParty:
      'Más cégektől származó adatok: a Meta harmadik felektől vásárolt adatokat is felhasznál a mesterséges intelligenciája tanításához. Ez olyan embereket is érinthet, akiknek nincs fiókjuk. A hamburgi hatóság szerint a Meta erre külön tiltakozási lehetőséget kínál. Ennek hivatkozását nem tudtuk megerősíteni, ezért nem tüntetjük fel. A részleteket a hamburgi tájékoztatóban olvashatja.',
    thirdPartyLink: 'Összefoglalónk a hamburgi hatóság 2024. június 12-i tájékoztatójáról',
  },
  afterDeadline: {
    heading: 'Ha a határidő lejárt',
    text: 'Bármikor tiltakozhat. Ettől kezdve a tiltakozása megállítja, hogy a Meta a mesterséges intelligenciájához használja az Ön nyilvános bejegyzéseit. Azt viszont nem tudja eltávolítani, amit a Meta már felhasznált: a modellbe bekerült adatokat nem lehet onnan kivenni.',
    earlier: 'Ha 2024-ben tiltakozott, az a tiltakozás a Datatilsynet és a Meta szerint továbbra is érvényes.',
  },
  faq: {
    heading: 'Gyakori kérdések',
    items: [
      {
        question: 'Érint ez engem?',
        answer:
          'Igen, ha az EU-ban vagy az EGT-ben él (ide tartozik Norvégia, Izland és Liechtenstein is), elmúlt 18 éves, és nyilvános bejegyzései, fényképei vagy hozzászólásai vannak a Facebookon vagy az Instagramon: ezekre terjed ki a tiltakozása. A Meta azt is felhasználja, amit bármilyen korú ember a Meta AI-ba beír; egyetlen forrás sem mondja, hogy a tiltakozás ezt megállítja. Az Egyesült Királyságban a Meta más eljárást követ.',
      },
      {
        question: 'Lekéstem a határidőt. Már késő?',
        answer:
          'Nem. Bármikor tiltakozhat. Ettől kezdve ez megállítja, hogy a Meta a mesterséges intelligenciájához használja az Ön nyilvános bejegyzéseit. Amit a Meta már felhasznált a tanításhoz, azt nem lehet kivenni a mesterséges intelligenciájából.',
      },
      {
        question: 'Meg kell indokolnom a tiltakozást?',
        answer:
          'Nem. A Datatilsynet szerint nem kell megindokolnia a tiltakozását, ezért a szabad szöveges mezőt üresen hagyhatja. A Meta közölte, hogy minden tiltakozást elfogad.',
      },
      {
        question: 'Több fiókom van. Mit tegyek?',
        answer:
          'A Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a fiókközpontban (Accounts Centre) összekapcsolt fiókokra; ha bizonytalan, azt tanácsolja, hogy töltse ki az űrlapot a Facebookhoz és az Instagramhoz is. Tanácsunk: ha a fiókjai nincsenek összekapcsolva, minden fiókhoz egyszer küldje el az űrlapot.',
      },
      {
        question: 'Kiterjed a tiltakozás azokra a fényképekre, amelyeket a gyerekeimről tettem közzé?',
        answer:
          'A tiltakozása kiterjed az Ön által közzétett nyilvános tartalmakra, így a gyerekeiről készült fényképekre is. A Datatilsynet megkérdezte a Metát, hogy tanítja-e a mesterséges intelligenciáját olyan gyerekfotókkal, amelyeket felnőttek tesznek közzé. Amikor a Datatilsynet közzétette a tájékoztatóját, a Meta még nem válaszolt.',
      },
      {
        question: '18 év alatti vagyok, vagy a gyerekem az. Mi vonatkozik ránk?',
        answer:
          'A Datatilsynet szerint a Meta ehhez a tanításhoz csak a 18 év feletti felhasználók nyilvános bejegyzéseit és fényképeit használja, így a kamaszok saját bejegyzéseit nem használják fel. Amit az emberek a Meta AI-ba beírnak, azt életkortól függetlenül felhasználják, és egyetlen forrás sem mondja, hogy a tiltakozás ezt megállítja: azt tanácsoljuk, ne írjon be oda semmit, amit nem szeretne, hogy felhasználjanak. A felnőttek által közzétett gyerekfotók nyitott kérdést jelentenek: a Datatilsynet megkérdezte a Metát, hogy tanítja-e velük a mesterséges intelligenciáját. Azok a szülők, akik ilyen fotókat nyilvánosan közzétesznek, a saját fiókjukra vonatkozóan tiltakozhatnak.',
      },
      {
        question: 'Mi a helyzet a WhatsApp-pal?',
        answer:
          'Sajtóbeszámolók szerint a privát WhatsApp-csevegéseit nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteit viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert. Ha nem szeretné, hogy ezeket az üzeneteket felhasználják, ne küldje el őket a Meta AI-nak.',
      },
      {
        question: 'Nincs fiókom. Felhasználhatja a Meta mégis a rám vonatkozó adatokat?',
        answer:
          'Lehetséges. A Meta más cégektől vásárolt adatokat is felhasznál, és mások is közzétehetnek Önről fényképeket. A hamburgi hatóság szerint a Meta külön lehetőséget kínál arra, hogy tiltakozzon a harmadik felektől származó adatok felhasználása ellen. Ennek hivatkozását nem tudtuk megerősíteni.',
      },
      {
        question: 'Honnan tudom, hogy sikerült?',
        answer:
          'A Meta visszaigazoló e-mailt küld a fiókjához tartozó címre; a klicksafe tesztjében ez néhány perc múlva megérkezett. Őrizze meg. Ha nem érkezik semmi, nézze meg a levélszemét mappát, majd küldje el újra az űrlapot.',
      },
      {
        question: '2024-ben tiltakoztam. Újra tiltakoznom kell?',
        answer: 'Nem. A Datatilsynet és a Meta szerint a 2024-ben benyújtott tiltakozások továbbra is érvényesek.',
      },
    ],
  },
  print: {
    heading: 'Az útmutató papíron',
    qr: 'Olvassa be a kódot, hogy telefonon nyissa meg ezt az útmutatót: {url}',
  },
};
