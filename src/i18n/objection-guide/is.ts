import type { ObjectionGuideContent } from './en';

/** The objection guide in Icelandic. */
export const objectionGuideIs: ObjectionGuideContent = {
  title: 'Svona andmælir þú, skref fyrir skref',
  description:
    'Andmæltu því að Meta noti færslurnar þínar á Facebook og Instagram til að þjálfa gervigreind: opinberu eyðublöðin, skrefin í appinu eða í vafra, textar sem þú getur notað og hvað andmæli ná yfir.',
  intro:
    'Það kostar ekkert að andmæla og þú þarft ekki að gefa upp ástæðu. Þú þarft að skrá þig inn og hafa aðgang að netfangi reikningsins.',
  warning:
    'Notaðu aðeins opinberu eyðublöðin sem vísað er á á þessari síðu. Ráð okkar: sláðu aldrei lykilorðið þitt inn á eyðublað sem einhver sendir þér í skilaboðum eða tölvupósti.',
  warningLabel: 'Varúð',
  chooser: {
    heading: 'Þín leið til að andmæla',
    platformLegend: 'Hvaða reikning viltu vernda?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Báða',
    },
    wayLegend: 'Hvar notar þú reikninginn?',
    ways: {
      app: 'Í appinu í símanum mínum',
      browser: 'Í vafra',
    },
    ticksNote:
      'Hakaðu við hvert skref þegar því er lokið. Hökin eru aðeins geymd í þessum vafra; ekkert er sent neitt.',
  },
  paths: {
    'facebook-browser': 'Facebook, í vafra',
    'instagram-browser': 'Instagram, í vafra',
    'both-browser': 'Facebook og Instagram, í vafra',
    'facebook-app': 'Facebook, í appinu',
    'instagram-app': 'Instagram, í appinu',
    'both-app': 'Facebook og Instagram, í öppunum',
  },
  steps: {
    'login-browser':
      'Skráðu þig inn á {platforms} í vafranum þínum. Eyðublaðið virkar aðeins ef þú hefur skráð þig inn.',
    'app-facebook':
      'Í Facebook-appinu skaltu opna valmyndina, síðan stillingar og persónuvernd (Settings & privacy) → stillingar (Settings) → persónuverndarstefnu (Privacy Policy), og ýta á tengilinn til að andmæla. Andmælaeyðublað Meta opnast.',
    'app-instagram':
      'Í Instagram-appinu skaltu opna prófílinn þinn, síðan valmyndina → stillingar (Settings) → um appið (About) → persónuverndarstefnu (Privacy Policy), og ýta á tengilinn til að andmæla. Andmælaeyðublað Meta opnast.',
    'what-the-form-asks':
      'Á eyðublaðinu er spurt um landið sem þú býrð í og netfang reikningsins. Þar er líka reitur fyrir ástæðu: Datatilsynet segir að þú þurfir ekki að gefa hana upp, svo þú mátt skilja reitinn eftir auðan.',
    'send-form':
      'Opnaðu opinbera eyðublaðið hér fyrir neðan, fylltu það út og ýttu á „Senda“ (Send). Það opnast á {hosts}.',
    'send-each-form':
      'Opnaðu opinberu eyðublöðin hér fyrir neðan hvert á eftir öðru, fylltu hvert þeirra út og ýttu á „Senda“ (Send). Þau opnast á {hosts}.',
    'send-in-app': 'Ýttu á „Senda“ (Send) neðst á eyðublaðinu.',
    'send-in-each-app': 'Ýttu á „Senda“ (Send) neðst á hverju eyðublaði.',
    'security-code': 'Meta gæti sent öryggiskóða á netfangið þitt. Sláðu hann inn á síðu eyðublaðsins.',
    confirmation:
      'Meta staðfestir andmælin þín í tölvupósti; í prófun klicksafe barst pósturinn nokkrum mínútum síðar. Geymdu hann: hann er sönnun þín.',
  },
  textsLink: 'Textar sem þú getur notað í reitinn fyrir ástæðu',
  checks: {
    'facebook-sent': 'Eyðublað fyrir Facebook sent',
    'instagram-sent': 'Eyðublað fyrir Instagram sent',
    'confirmation-kept': 'Staðfestingarpóstur móttekinn og geymdur',
  },
  clearTicks: 'Fjarlægja hökin mín',
  appFallback: {
    cannotFind:
      'Finnurðu ekki valmyndina? Meta færir hana til öðru hverju og hún gæti heitið annað í appinu þínu. Notaðu þá frekar opinbera eyðublaðið í vafra:',
    privacyCentre:
      'Önnur leið í appinu: persónuverndarmiðstöð Meta (Privacy Centre) → gervigreind hjá Meta (AI at Meta) → leggja fram andmælabeiðni.',
  },
  credits:
    'Skrefin á eyðublaðinu fylgja prófun klicksafe í júní 2024, þar sem klicksafe fyllti út reitinn fyrir ástæðu; að ekki þurfi að gefa upp ástæðu kemur frá Datatilsynet (apríl 2025). Tenglarnir á eyðublöðin eru þeir sem persónuverndaryfirvaldið í Hamborg gaf upp í apríl 2025. Leiðirnar um valmyndir appanna koma úr fréttum fjölmiðla og geta verið aðrar í þinni útgáfu af appinu.',
  texts: {
    heading: 'Hvað þú getur skrifað',
    intro:
      'Þú þarft ekki að gefa upp ástæðu. Datatilsynet segir: „Þú þarft ekki að rökstyðja andmælin þín“ (okkar þýðing), og Meta hefur sagt að fyrirtækið taki við öllum andmælum. Ef þú vilt skrifa eitthvað skaltu afrita einn af þessum textum inn í reitinn fyrir frjálsan texta.',
    copy: 'Afrita texta',
    copied: 'Afritað á klippiborðið.',
    copyFailed: 'Ekki tókst að afrita. Veldu textann og afritaðu hann handvirkt.',
    items: {
      neutral: {
        title: 'Stutt og hlutlaust',
        text: 'Ég andmæli vinnslu persónuupplýsinga minna, þar á meðal færslna minna, mynda og athugasemda, til þróunar og endurbóta á gervigreind hjá Meta.',
      },
      copyright: {
        title: 'Um höfundarrétt að eigin færslum',
        text: 'Ég á höfundarréttinn að efninu sem ég birti og veiti ekki leyfi til að það sé notað í gervigreindarforrit.',
        note: 'Byggt á orðalaginu sem virkaði í prófun klicksafe.',
      },
      personal: {
        title: 'Um persónulegar áhyggjur þínar',
        text: 'Færslurnar mínar og myndirnar eru persónulegar. Þegar þær hafa verið notaðar til að þjálfa gervigreindarlíkan er ekki hægt að taka þær út aftur. Ég vil ekki að persónuupplýsingar mínar séu notaðar í þetta.',
      },
    },
  },
  covers: {
    heading: 'Hvað andmæli ná yfir',
    covered: 'Nær yfir',
    unclear: 'Meta notar þetta; engin heimild segir að andmæli stöðvi það',
    notCovered: 'Nær ekki yfir, eða er hvort sem er ekki notað',
    items: {
      'public-content': 'Opinberar færslur þínar, myndir, myndatextar og athugasemdir, ef þú ert 18 ára eða eldri.',
      'meta-ai-chats':
        'Það sem þú skrifar inn í Meta AI, spjallmennið, eða myndverkfæri þess: Meta notar það á hvaða aldri sem er. Ráð okkar: skrifaðu ekkert þar sem þú vilt ekki að sé notað.',
      'private-messages': 'Einkaskilaboð: Meta segist ekki nota þau í þessa þjálfun.',
      minors: 'Efni frá fólki yngra en 18 ára: Meta notar ekki færslur þess og myndir í þessa þjálfun.',
      'posts-by-others': 'Færslur og myndir sem annað fólk birtir um þig: andmælin þín ná ekki yfir þær.',
    },
    accounts:
      'Fleiri en einn reikningur: Datatilsynet segir að ein andmæli nái yfir alla reikninga sem eru tengdir í sömu reikningamiðstöð (Accounts Centre) og að ef þú ert ekki viss eigir þú að fylla út eyðublaðið bæði fyrir Facebook og Instagram. Ráð okkar: ef reikningarnir þínir eru ekki tengdir skaltu senda eyðublaðið einu sinni fyrir hvern reikning.',
    whatsapp:
      'WhatsApp: samkvæmt fréttum fjölmiðla eru einkaspjöll ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp.',
    thirdParty:
      'Gögn frá öðrum fyrirtækjum: Meta notar líka gögn sem það kaupir af þriðju aðilum til að þjálfa gervigreind sína. Þetta getur átt við fólk sem er ekki með reikning. Persónuverndaryfirvaldið í Hamborg segir að Meta bjóði upp á sérstaka leið til að andmæla þessu. Við gátum ekki staðfest tengil á hana og sýnum því engan. Lestu tilkynninguna frá Hamborg til að fá nánari upplýsingar.',
    thirdPartyLink: 'Samantekt okkar á tilkynningunni frá Hamborg 12. júní 2024',
  },
  afterDeadline: {
    heading: 'Ef fresturinn er liðinn',
    text: 'Þú getur andmælt hvenær sem er. Frá þeim tíma stöðva andmælin notkun Meta á opinberum færslum þínum fyrir gervigreind sína. Þau geta ekki fjarlægt það sem Meta hefur þegar notað: gögn sem hafa farið inn í líkan er ekki hægt að taka út aftur.',
    earlier: 'Ef þú andmæltir árið 2024 gilda þau andmæli enn, samkvæmt Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Algengar spurningar',
    items: [
      {
        question: 'Á þetta við um mig?',
        answer:
          'Já, ef þú býrð í ESB eða EES (þar á meðal í Noregi, á Íslandi og í Liechtenstein), ert 18 ára eða eldri og átt opinberar færslur, myndir eða athugasemdir á Facebook eða Instagram: það er það sem andmælin þín ná yfir. Meta notar líka það sem fólk á öllum aldri skrifar inn í Meta AI; engin heimild segir að andmæli stöðvi það. Í Bretlandi fylgir Meta öðru ferli.',
      },
      {
        question: 'Ég missti af frestinum. Er það of seint?',
        answer:
          'Nei. Þú getur andmælt hvenær sem er. Frá þeim tíma stöðva andmælin notkun Meta á opinberum færslum þínum fyrir gervigreind sína. Það sem Meta hefur þegar notað til þjálfunar er ekki hægt að taka aftur út úr gervigreindinni.',
      },
      {
        question: 'Þarf ég að gefa upp ástæðu?',
        answer:
          'Nei. Datatilsynet segir að þú þurfir ekki að rökstyðja andmælin, svo þú mátt skilja reitinn fyrir frjálsan texta eftir auðan. Meta hefur sagt að fyrirtækið taki við öllum andmælum.',
      },
      {
        question: 'Ég er með fleiri en einn reikning. Hvað geri ég?',
        answer:
          'Datatilsynet segir að ein andmæli nái yfir reikningana sem eru tengdir í sömu reikningamiðstöð (Accounts Centre); ef þú ert ekki viss ráðleggur Datatilsynet að fylla út eyðublaðið bæði fyrir Facebook og Instagram. Ráð okkar: ef reikningarnir þínir eru ekki tengdir skaltu senda eyðublaðið einu sinni fyrir hvern reikning.',
      },
      {
        question: 'Ná andmælin yfir myndir af börnunum mínum sem ég hef birt?',
        answer:
          'Andmælin þín ná yfir opinbera efnið sem þú birtir, þar á meðal myndir af börnunum þínum. Datatilsynet hefur spurt Meta hvort fyrirtækið þjálfi gervigreindina á myndum af börnum sem fullorðnir birta. Meta hafði ekki svarað þegar Datatilsynet birti tilkynningu sína.',
      },
      {
        question: 'Ég er yngri en 18 ára, eða barnið mitt er það. Hvað gildir?',
        answer:
          'Samkvæmt Datatilsynet notar Meta aðeins opinberar færslur og myndir notenda eldri en 18 ára í þessa þjálfun, svo eigin færslur unglinga eru ekki notaðar. Það sem fólk skrifar inn í Meta AI er notað á hvaða aldri sem er og engin heimild segir að andmæli stöðvi það: ráð okkar er að skrifa ekkert þar sem þú vilt ekki að sé notað. Myndir af börnum sem fullorðnir birta eru opin spurning: Datatilsynet hefur spurt Meta hvort fyrirtækið þjálfi gervigreindina á þeim. Foreldrar sem birta slíkar myndir opinberlega geta andmælt fyrir eigin reikning.',
      },
      {
        question: 'Hvað með WhatsApp?',
        answer:
          'Samkvæmt fréttum fjölmiðla eru einkaspjöll þín á WhatsApp ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp. Ef þú vilt ekki að þau skilaboð séu notuð skaltu ekki senda þau til Meta AI.',
      },
      {
        question: 'Ég er ekki með reikning. Getur Meta samt notað gögn um mig?',
        answer:
          'Mögulega. Meta notar líka gögn sem það kaupir af öðrum fyrirtækjum, og annað fólk getur birt myndir af þér. Persónuverndaryfirvaldið í Hamborg segir að Meta bjóði upp á sérstaka leið til að andmæla notkun gagna frá þriðju aðilum. Við gátum ekki staðfest tengil á hana.',
      },
      {
        question: 'Hvernig veit ég að þetta tókst?',
        answer:
          'Meta sendir staðfestingarpóst á netfang reikningsins þíns; í prófun klicksafe barst hann nokkrum mínútum síðar. Geymdu hann. Ef ekkert berst skaltu athuga ruslpóstmöppuna og senda svo eyðublaðið aftur.',
      },
      {
        question: 'Ég andmælti árið 2024. Þarf ég að andmæla aftur?',
        answer: 'Nei. Datatilsynet og Meta segja að andmæli sem send voru árið 2024 gildi enn.',
      },
    ],
  },
  print: {
    heading: 'Þessar leiðbeiningar á pappír',
    qr: 'Skannaðu kóðann til að opna þessar leiðbeiningar í síma: {url}',
  },
};
