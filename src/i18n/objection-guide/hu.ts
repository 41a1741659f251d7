import type { ObjectionGuideContent } from './en';

/** The objection guide in Hungarian. */
export const objectionGuideHu: ObjectionGuideContent = {
  title: 'Hogyan tiltakozhat, lépésről lépésre',
  description:
    'Tiltakozzon az ellen, hogy a Meta az Ön Facebook- és Instagram-bejegyzéseit mesterséges intelligencia tanítására használja: a hivatalos űrlapok, minden lépés, felhasználható szövegek, és hogy mire terjed ki a tiltakozás.',
  intro:
    'A tiltakozás platformonként körülbelül öt percet vesz igénybe. Szüksége lesz a bejelentkezési adataira, és hozzá kell férnie a fiókjához tartozó e-mail-címhez.',
  tocLabel: 'Ezen az oldalon',
  warning: 'Csak az itt hivatkozott hivatalos űrlapokat használja. A Meta az űrlapon soha nem kéri el a jelszavát.',

  facebook: {
    heading: 'Tiltakozás a Facebookon',
    steps: [
      'Először jelentkezzen be a Facebookra a webböngészőjében. Az űrlap csak bejelentkezett állapotban működik.',
      'Nyissa meg a hivatalos tiltakozási űrlapot az alábbi gombbal. Az űrlap itt nyílik meg: {host}.',
      'Válassza ki a listából azt az országot, ahol él.',
      'Adja meg a Facebook-fiókjához tartozó e-mail-címet.',
      'A szabad szöveges mező kitöltése nem kötelező: üresen hagyhatja, vagy beillesztheti az alábbi szövegek egyikét.',
      'Kattintson a „Küldés” gombra.',
      'A Meta biztonsági kódot küldhet az e-mail-címére. Írja be ezt a kódot az űrlap oldalán.',
      'A Meta e-mailben igazolja vissza a tiltakozását, gyakran néhány percen belül. Őrizze meg ezt az e-mailt: ez a bizonyítéka.',
    ],
  },
  instagram: {
    heading: 'Tiltakozás az Instagramon',
    steps: [
      'Először jelentkezzen be az Instagramra a webböngészőjében. Az űrlap csak bejelentkezett állapotban működik.',
      'Nyissa meg a hivatalos tiltakozási űrlapot az alábbi gombbal. Az űrlap itt nyílik meg: {host}.',
      'Válassza ki a listából azt az országot, ahol él.',
      'Adja meg az Instagram-fiókjához tartozó e-mail-címet.',
      'A szabad szöveges mező kitöltése nem kötelező: üresen hagyhatja, vagy beillesztheti az alábbi szövegek egyikét.',
      'Kattintson a „Küldés” gombra.',
      'A Meta biztonsági kódot küldhet az e-mail-címére. Írja be ezt a kódot az űrlap oldalán.',
      'A Meta e-mailben igazolja vissza a tiltakozását, gyakran néhány percen belül. Őrizze meg ezt az e-mailt: ez a bizonyítéka.',
    ],
  },
  stepsSource: 'A lépéseket a klicksafe tesztelte, és a hamburgi adatvédelmi hatóság írta le.',

  inApp: {
    heading: 'Telefonon, az alkalmazásban',
    intro:
      'Az alkalmazásokban is tiltakozhat. A Meta időnként áthelyezi ezeket a menüket. Ha nem találja őket, használja a fenti űrlapokra mutató hivatkozásokat.',
    facebook:
      'Facebook: Menü → Beállítások és adatvédelem → Beállítások → Adatvédelmi szabályzat → a tiltakozásra szolgáló hivatkozás.',
    instagram:
      'Instagram: Profil → Menü → Beállítások → Névjegy → Adatvédelmi szabályzat → a tiltakozásra szolgáló hivatkozás.',
    privacyCenter: 'Másik lehetőség: a Meta Adatvédelmi központja → MI a Metánál → tiltakozási kérelem benyújtása.',
    source: 'A menüútvonalak sajtóbeszámolók szerint. Az Ön alkalmazásverziójában eltérhetnek.',
  },

  texts: {
    heading: 'Mit írhat',
    intro:
      'Nem kell indokolnia. A Datatilsynet így fogalmaz: „Nem kell megindokolnia” (saját fordításunk), a Meta pedig azt közölte, hogy minden tiltakozást elfogad. Ha mégis szeretne írni valamit, másolja be az alábbi szövegek egyikét a szabad szöveges mezőbe.',
    copy: 'Szöveg másolása',
    copied: 'A szöveg a vágólapra került.',
    copyFailed: 'A másolás nem sikerült. Jelölje ki a szöveget, és másolja ki saját maga.',
    items: [
      {
        title: 'Rövid és semleges',
        text: 'Tiltakozom az ellen, hogy személyes adataimat, köztük bejegyzéseimet, fényképeimet és hozzászólásaimat a Meta mesterséges intelligenciájának fejlesztésére és javítására használják fel.',
      },
      {
        title: 'A saját bejegyzései szerzői jogáról',
        text: 'Az általam közzétett tartalmak szerzői joga engem illet, és nem járulok hozzá, hogy azokat mesterségesintelligencia-alkalmazásokhoz felhasználják.',
        note: 'A klicksafe által a tesztjében sikeresen alkalmazott megfogalmazás alapján.',
      },
      {
        title: 'Személyes aggályairól',
        text: 'Bejegyzéseim és fényképeim személyesek. Ha egyszer felhasználják őket egy mesterségesintelligencia-modell tanításához, többé nem lehet őket eltávolítani belőle. Nem szeretném, hogy az adataimat erre használják.',
      },
    ],
  },

  covers: {
    heading: 'Mire terjed ki a tiltakozás',
    covered: 'Kiterjed rá',
    notCovered: 'Nem terjed ki rá, vagy egyébként sem használják',
    items: [
      {
        kind: 'covered',
        text: 'Az Ön nyilvános bejegyzései, fényképei, képaláírásai és hozzászólásai, ha Ön nagykorú.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Amit a Meta AI csevegőrobotnak ír, életkortól függetlenül.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Privát üzenetek: a Meta szerint ehhez a tanításhoz nem használja őket.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: '18 év alattiak fiókjai: a Meta szerint nem használja a bejegyzéseiket.',
        source: 'sajtóbeszámolók',
      },
      {
        kind: 'notCovered',
        text: 'Bejegyzések és fényképek, amelyeket mások tesznek közzé Önről: ezekre a tiltakozása nem terjed ki.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Több fiók: a Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a Fiókközpontban összekapcsolt összes fiókra. Más források fiókonként egy tiltakozást javasolnak. Ha bizonytalan, küldje el mindkét űrlapot, mégpedig minden fiókhoz egyet.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: sajtóbeszámolók szerint a privát csevegéseket nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteket viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert.',
    whatsappSource: 'sajtóbeszámolók',
    thirdParty:
      'Más cégektől származó adatok: a Meta harmadik felektől vásárolt adatokat is felhasznál a mesterséges intelligenciája tanításához. Ez olyan embereket is érinthet, akiknek nincs fiókjuk. A hamburgi hatóság szerint a Meta erre külön tiltakozási lehetőséget kínál. Ennek hivatkozását nem tudtuk megerősíteni, ezért nem tüntetjük fel. A részleteket a hamburgi tájékoztatóban olvashatja.',
    thirdPartyLink: 'A hamburgi hatóság 2024. június 12-i tájékoztatója',
    sourceLabel: 'Forrás: {source}',
  },

  afterDeadline: {
    heading: 'Ha a határidő lejárt',
    text: 'Bármikor tiltakozhat. A tiltakozás biztosítja, hogy amit ettől kezdve közzétesz, azt ne használják fel a Meta MI-tanításához. Azt viszont nem tudja eltávolítani, amit a Meta már felhasznált: a modellbe bekerült adatokat nem lehet onnan kivenni.',
    earlier: 'Ha 2024-ben tiltakozott, az a tiltakozás a Datatilsynet és a Meta szerint továbbra is érvényes.',
    source: 'Hamburgi adatvédelmi hatóság, 2025. április 15.',
  },

  checklist: {
    heading: 'Az Ön ellenőrzőlistája',
    intro:
      'Jelölje be, amit már elvégzett. A jelölések csak ebben a böngészőben maradnak meg. Semmit nem küldünk el sehová.',
    items: ['Facebook-űrlap elküldve', 'Instagram-űrlap elküldve', 'Visszaigazoló e-mail megérkezett és megőrizve'],
    reset: 'Jelöléseim törlése',
  },

  faq: {
    heading: 'Gyakori kérdések',
    items: [
      {
        question: 'Érint ez engem?',
        answer:
          'Igen, ha az EU-ban vagy az EGT-ben él (ide tartozik Norvégia, Izland és Liechtenstein is), elmúlt 18 éves, és nyilvános tartalmai vannak a Facebookon vagy az Instagramon. Az Egyesült Királyságban a Meta más eljárást követ.',
      },
      {
        question: 'Lekéstem a határidőt. Már késő?',
        answer:
          'Nem. Bármikor tiltakozhat. Ez azt védi, amit ettől kezdve közzétesz. Amit a Meta már felhasznált a tanításhoz, azt nem lehet kivenni a mesterséges intelligenciájából.',
      },
      {
        question: 'Meg kell indokolnom a tiltakozást?',
        answer:
          'Nem. A szabad szöveges mező kitöltése nem kötelező. A Datatilsynet szerint nem kell megindokolnia a tiltakozását, a Meta pedig közölte, hogy minden tiltakozást elfogad.',
      },
      {
        question: 'Több fiókom van. Mit tegyek?',
        answer:
          'A Datatilsynet szerint egyetlen tiltakozás kiterjed az ugyanabban a Fiókközpontban összekapcsolt fiókokra. Ha nem biztos benne, hogy a fiókjai össze vannak-e kapcsolva, küldje el az űrlapot a Facebookhoz és az Instagramhoz is, minden fiókhoz egyszer.',
      },
      {
        question: 'Kiterjed a tiltakozás a gyermekeimről általam közzétett fényképekre?',
        answer:
          'A tiltakozása kiterjed az Ön által közzétett nyilvános tartalmakra, így a gyermekeiről készült fényképekre is. A Datatilsynet megkérdezte a Metát, hogy tanítja-e a mesterséges intelligenciáját olyan gyermekfotókkal, amelyeket felnőttek tesznek közzé. Amikor a Datatilsynet közzétette a tájékoztatóját, a Meta még nem válaszolt.',
      },
      {
        question: 'Mi a helyzet a WhatsAppal?',
        answer:
          'Sajtóbeszámolók szerint a privát WhatsApp-csevegéseit nem használják, a WhatsAppban a Meta AI-nak küldött üzeneteit viszont igen. Külön tiltakozási űrlap a WhatsApphoz nem ismert. Ha nem szeretné, hogy ezeket az üzeneteket felhasználják, ne küldje el őket a Meta AI-nak.',
      },
      {
        question: 'Nincs fiókom. Használhat a Meta ennek ellenére adatokat rólam?',
        answer:
          'Lehetséges. A Meta más cégektől vásárolt adatokat is felhasznál, és mások is közzétehetnek Önről fényképeket. A hamburgi hatóság szerint a Meta külön lehetőséget kínál arra, hogy tiltakozzon a harmadik felektől származó adatok felhasználása ellen. Ennek hivatkozását nem tudtuk megerősíteni.',
      },
      {
        question: 'Honnan tudom, hogy sikerült?',
        answer:
          'A Meta visszaigazoló e-mailt küld a fiókjához tartozó címre. A klicksafe tesztjében ez néhány percen belül megérkezett. Őrizze meg. Ha nem érkezik semmi, nézze meg a levélszemét mappát, majd küldje el újra az űrlapot.',
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
    button: 'Az útmutató nyomtatása',
  },
};
