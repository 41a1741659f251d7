import type { ObjectionGuideContent } from './en';

/** The objection guide in Icelandic. */
export const objectionGuideIs: ObjectionGuideContent = {
  title: 'Svona andmælir þú, skref fyrir skref',
  description:
    'Andmæltu því að Meta noti færslurnar þínar á Facebook og Instagram til að þjálfa gervigreind: opinberu eyðublöðin, hvert skref, textar sem þú getur notað og hvað andmæli ná yfir.',
  intro:
    'Það tekur um fimm mínútur að andmæla á hvorum miðli. Þú þarft innskráningarupplýsingarnar þínar og aðgang að netfangi reikningsins.',
  tocLabel: 'Á þessari síðu',
  warning: 'Notaðu aðeins opinberu eyðublöðin sem vísað er á hér. Meta biður aldrei um lykilorðið þitt á eyðublaðinu.',

  facebook: {
    heading: 'Andmæltu á Facebook',
    steps: [
      'Skráðu þig fyrst inn á Facebook í vafranum þínum. Eyðublaðið virkar aðeins ef þú hefur skráð þig inn.',
      'Opnaðu opinbera andmælaeyðublaðið með hnappinum hér fyrir neðan. Það opnast á {host}.',
      'Veldu landið sem þú býrð í af listanum.',
      'Sláðu inn netfang Facebook-reikningsins þíns.',
      'Reiturinn fyrir frjálsan texta er valfrjáls: þú mátt skilja hann eftir auðan eða líma inn einn af textunum hér fyrir neðan.',
      'Ýttu á „Senda“.',
      'Meta gæti sent öryggiskóða á netfangið þitt. Sláðu hann inn á síðu eyðublaðsins.',
      'Meta staðfestir andmælin þín með tölvupósti, oft innan nokkurra mínútna. Geymdu þennan tölvupóst: hann er sönnun þín.',
    ],
  },
  instagram: {
    heading: 'Andmæltu á Instagram',
    steps: [
      'Skráðu þig fyrst inn á Instagram í vafranum þínum. Eyðublaðið virkar aðeins ef þú hefur skráð þig inn.',
      'Opnaðu opinbera andmælaeyðublaðið með hnappinum hér fyrir neðan. Það opnast á {host}.',
      'Veldu landið sem þú býrð í af listanum.',
      'Sláðu inn netfang Instagram-reikningsins þíns.',
      'Reiturinn fyrir frjálsan texta er valfrjáls: þú mátt skilja hann eftir auðan eða líma inn einn af textunum hér fyrir neðan.',
      'Ýttu á „Senda“.',
      'Meta gæti sent öryggiskóða á netfangið þitt. Sláðu hann inn á síðu eyðublaðsins.',
      'Meta staðfestir andmælin þín með tölvupósti, oft innan nokkurra mínútna. Geymdu þennan tölvupóst: hann er sönnun þín.',
    ],
  },
  stepsSource: 'Skrefin eins og klicksafe prófaði þau og persónuverndaryfirvaldið í Hamburg lýsti þeim.',

  inApp: {
    heading: 'Í símanum, í appinu',
    intro:
      'Þú getur líka andmælt inni í öppunum. Meta færir þessar valmyndir stundum til. Ef þú finnur þær ekki skaltu nota tenglana á eyðublöðin hér fyrir ofan.',
    facebook:
      'Facebook: Valmynd → Stillingar og persónuvernd → Stillingar → Persónuverndarstefna → tengillinn til að andmæla.',
    instagram: 'Instagram: Prófíll → Valmynd → Stillingar → Um → Persónuverndarstefna → tengillinn til að andmæla.',
    privacyCenter: 'Önnur leið: Persónuverndarmiðstöð Meta → Gervigreind hjá Meta → sendu inn beiðni um andmæli.',
    source: 'Valmyndaleiðir samkvæmt fréttum fjölmiðla. Þær geta verið aðrar í þinni útgáfu af appinu.',
  },

  texts: {
    heading: 'Hvað þú getur skrifað',
    intro:
      'Þú þarft ekki að gefa upp ástæðu. Datatilsynet segir: „Þú þarft ekki að rökstyðja“ (okkar þýðing), og Meta hefur sagt að fyrirtækið taki við öllum andmælum. Ef þú vilt skrifa eitthvað skaltu afrita einn af þessum textum inn í reitinn fyrir frjálsan texta.',
    copy: 'Afrita texta',
    copied: 'Afritað á klippiborðið.',
    copyFailed: 'Ekki tókst að afrita. Veldu textann og afritaðu hann handvirkt.',
    items: [
      {
        title: 'Stutt og hlutlaust',
        text: 'Ég andmæli notkun persónuupplýsinga minna, þar á meðal færslna, mynda og athugasemda minna, til þróunar og endurbóta á gervigreind hjá Meta.',
      },
      {
        title: 'Um höfundarrétt að eigin færslum',
        text: 'Ég á höfundarréttinn að efninu sem ég birti og veiti ekki leyfi til að það verði notað í gervigreindarforrit.',
        note: 'Byggt á orðalaginu sem klicksafe notaði með góðum árangri í prófun sinni.',
      },
      {
        title: 'Um persónulegar áhyggjur þínar',
        text: 'Færslurnar mínar og myndirnar mínar eru persónulegar. Þegar þær hafa verið notaðar til að þjálfa gervigreindarlíkan er ekki hægt að taka þær út aftur. Ég vil ekki að gögnin mín verði notuð í þessum tilgangi.',
      },
    ],
  },

  covers: {
    heading: 'Hvað andmæli ná yfir',
    covered: 'Nær yfir',
    notCovered: 'Nær ekki yfir, eða er hvort sem er ekki notað',
    items: [
      {
        kind: 'covered',
        text: 'Opinberar færslur þínar, myndir, myndatextar og athugasemdir, ef þú hefur náð fullorðinsaldri.',
        source: 'Datatilsynet; Hamburg',
      },
      {
        kind: 'covered',
        text: 'Það sem þú skrifar til Meta AI, spjallmennisins, á hvaða aldri sem þú ert.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Einkaskilaboð: Meta segist ekki nota þau í þessa þjálfun.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Reikningar fólks undir 18 ára aldri: Meta segist ekki nota færslur þeirra.',
        source: 'fréttir fjölmiðla',
      },
      {
        kind: 'notCovered',
        text: 'Færslur og myndir sem annað fólk birtir um þig: andmælin þín ná ekki yfir þær.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Fleiri en einn reikningur: Datatilsynet segir að nóg sé að andmæla einu sinni fyrir alla reikninga sem eru tengdir í sömu Reikningamiðstöð. Aðrar heimildir ráðleggja að andmæla fyrir hvern reikning fyrir sig. Ef þú ert ekki viss skaltu senda bæði eyðublöðin, og eitt fyrir hvern reikning.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: samkvæmt fréttum fjölmiðla eru einkaspjöll ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp.',
    whatsappSource: 'fréttir fjölmiðla',
    thirdParty:
      'Gögn frá öðrum fyrirtækjum: Meta notar líka gögn sem það kaupir af þriðju aðilum til að þjálfa gervigreind sína. Þetta getur átt við fólk sem er ekki með reikning. Persónuverndaryfirvaldið í Hamburg segir að Meta bjóði upp á sérstaka leið til að andmæla þessu. Við gátum ekki staðfest tengil á hana og sýnum því engan. Lestu tilkynninguna frá Hamburg til að fá nánari upplýsingar.',
    thirdPartyLink: 'Tilkynning frá Hamburg, 12. júní 2024',
    sourceLabel: 'Heimild: {source}',
  },

  afterDeadline: {
    heading: 'Ef fresturinn er liðinn',
    text: 'Þú getur andmælt hvenær sem er. Andmæli halda því sem þú birtir frá þeim tíma utan við gervigreindarþjálfun Meta. Þau geta ekki fjarlægt það sem Meta hefur þegar notað: gögn sem hafa farið inn í líkan er ekki hægt að taka út aftur.',
    earlier: 'Ef þú andmæltir árið 2024 gilda þau andmæli enn, samkvæmt Datatilsynet og Meta.',
    source: 'Persónuverndaryfirvaldið í Hamburg, 15. apríl 2025',
  },

  checklist: {
    heading: 'Gátlistinn þinn',
    intro: 'Hakaðu við það sem þú hefur gert. Hökin eru aðeins vistuð í þessum vafra. Ekkert er sent neitt.',
    items: ['Facebook-eyðublaðið sent', 'Instagram-eyðublaðið sent', 'Staðfestingarpóstur móttekinn og geymdur'],
    reset: 'Hreinsa hökin mín',
  },

  faq: {
    heading: 'Spurningar sem fólk spyr',
    items: [
      {
        question: 'Á þetta við um mig?',
        answer:
          'Já, ef þú býrð í ESB eða EES (þar á meðal í Noregi, á Íslandi og í Liechtenstein), ert 18 ára eða eldri og átt opinbert efni á Facebook eða Instagram. Í Bretlandi fylgir Meta öðru ferli.',
      },
      {
        question: 'Ég missti af frestinum. Er það of seint?',
        answer:
          'Nei. Þú getur andmælt hvenær sem er. Andmælin vernda það sem þú birtir frá þeim tíma. Það sem Meta hefur þegar notað til þjálfunar er ekki hægt að taka aftur út úr gervigreindinni.',
      },
      {
        question: 'Þarf ég að gefa upp ástæðu?',
        answer:
          'Nei. Reiturinn fyrir frjálsan texta er valfrjáls. Datatilsynet segir að þú þurfir ekki að rökstyðja andmælin, og Meta hefur sagt að fyrirtækið taki við öllum andmælum.',
      },
      {
        question: 'Ég er með fleiri en einn reikning. Hvað geri ég?',
        answer:
          'Datatilsynet segir að nóg sé að andmæla einu sinni fyrir reikningana sem eru tengdir í sömu Reikningamiðstöð. Ef þú ert ekki viss hvort reikningarnir þínir eru tengdir skaltu senda eyðublaðið fyrir Facebook og fyrir Instagram, einu sinni fyrir hvern reikning.',
      },
      {
        question: 'Ná andmælin yfir myndir af börnunum mínum sem ég hef birt?',
        answer:
          'Andmælin þín ná yfir opinbera efnið sem þú birtir, þar á meðal myndir af börnunum þínum. Datatilsynet hefur spurt Meta hvort fyrirtækið þjálfi gervigreindina á myndum af börnum sem fullorðnir birta. Meta hafði ekki svarað þegar Datatilsynet birti tilkynningu sína.',
      },
      {
        question: 'Hvað með WhatsApp?',
        answer:
          'Samkvæmt fréttum fjölmiðla eru einkaspjöll þín á WhatsApp ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp. Ef þú vilt ekki að þau skilaboð séu notuð skaltu ekki senda þau til Meta AI.',
      },
      {
        question: 'Ég er ekki með reikning. Getur Meta samt notað gögn um mig?',
        answer:
          'Mögulega. Meta notar líka gögn sem það kaupir af öðrum fyrirtækjum, og annað fólk getur birt myndir af þér. Persónuverndaryfirvaldið í Hamburg segir að Meta bjóði upp á sérstaka leið til að andmæla notkun gagna frá þriðju aðilum. Við gátum ekki staðfest tengil á hana.',
      },
      {
        question: 'Hvernig veit ég að þetta tókst?',
        answer:
          'Meta sendir staðfestingarpóst á netfang reikningsins þíns. Í prófun klicksafe barst hann innan nokkurra mínútna. Geymdu hann. Ef ekkert berst skaltu athuga ruslpóstmöppuna og senda svo eyðublaðið aftur.',
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
    button: 'Prenta þessar leiðbeiningar',
  },
};
