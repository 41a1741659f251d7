import type { ObjectionGuideContent } from './en';

/** The objection guide in Finnish. */
export const objectionGuideFi: ObjectionGuideContent = {
  title: 'Näin vastustat tietojesi käyttöä vaihe vaiheelta',
  description:
    'Vastusta Facebook- ja Instagram-julkaisujesi käyttöä Metan tekoälyn koulutukseen: viralliset lomakkeet, vaiheet sovelluksessa tai selaimessa, valmiita tekstejä ja mitä vastustaminen kattaa.',
  intro:
    'Vastustaminen on maksutonta, eikä sinun tarvitse kertoa syytä. Sinun täytyy olla kirjautuneena, ja tarvitset pääsyn tilisi sähköpostiosoitteeseen.',
  warning:
    'Käytä vain tällä sivulla linkitettyjä virallisia lomakkeita. Neuvomme: älä koskaan kirjoita salasanaasi lomakkeeseen, jonka joku lähettää sinulle viestissä tai sähköpostissa.',
  warningLabel: 'Varoitus',
  chooser: {
    heading: 'Valitse oma tapasi',
    platformLegend: 'Minkä tilin haluat suojata?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Molemmat',
    },
    wayLegend: 'Missä käytät sitä?',
    ways: {
      app: 'Puhelimen sovelluksessa',
      browser: 'Selaimessa',
    },
    ticksNote:
      'Merkitse jokainen vaihe, kun se on tehty. Merkinnät tallentuvat vain tähän selaimeen; mitään ei lähetetä minnekään.',
  },
  paths: {
    'facebook-browser': 'Facebook selaimessa',
    'instagram-browser': 'Instagram selaimessa',
    'both-browser': 'Facebook ja Instagram selaimessa',
    'facebook-app': 'Facebook sovelluksessa',
    'instagram-app': 'Instagram sovelluksessa',
    'both-app': 'Facebook ja Instagram sovelluksissa',
  },
  steps: {
    'login-browser': 'Kirjaudu selaimella sisään: {platforms}. Lomake toimii vain, kun olet kirjautuneena.',
    'app-facebook':
      'Avaa Facebook-sovelluksessa valikko ja sitten asetukset ja yksityisyys (Settings & privacy) → asetukset → tietosuojakäytäntö (Privacy Policy) ja napauta vastustamisoikeutta koskevaa linkkiä. Metan vastustamislomake avautuu.',
    'app-instagram':
      'Avaa Instagram-sovelluksessa profiilisi ja sitten valikko → asetukset → tietoja (About) → tietosuojakäytäntö (Privacy Policy) ja napauta vastustamisoikeutta koskevaa linkkiä. Metan vastustamislomake avautuu.',
    'what-the-form-asks':
      'Lomakkeessa kysytään asuinmaatasi ja tilisi sähköpostiosoitetta. Siinä on myös perustelukenttä: Datatilsynetin mukaan sinun ei tarvitse perustella, joten voit jättää kentän tyhjäksi.',
    'send-form':
      'Avaa alla oleva virallinen lomake, täytä se ja paina lähetyspainiketta. Lomake avautuu osoitteessa {hosts}.',
    'send-each-form':
      'Avaa alla olevat viralliset lomakkeet yksi kerrallaan, täytä kukin ja paina lähetyspainiketta. Ne avautuvat osoitteissa {hosts}.',
    'send-in-app': 'Paina lomakkeen lopussa olevaa lähetyspainiketta.',
    'send-in-each-app': 'Paina kunkin lomakkeen lopussa olevaa lähetyspainiketta.',
    'security-code': 'Meta voi lähettää sähköpostiosoitteeseesi turvakoodin. Kirjoita se lomakesivulle.',
    confirmation:
      'Meta vahvistaa vastustamisesi sähköpostitse; klicksafen testissä viesti tuli muutamassa minuutissa. Säilytä se: se on todisteesi.',
  },
  textsLink: 'Tekstejä, joita voit käyttää perustelukentässä',
  checks: {
    'facebook-sent': 'Facebookin lomake lähetetty',
    'instagram-sent': 'Instagramin lomake lähetetty',
    'confirmation-kept': 'Vahvistusviesti saatu ja tallessa',
  },
  clearTicks: 'Poista merkintäni',
  appFallback: {
    cannotFind:
      'Etkö löydä valikkoa? Meta siirtää sitä välillä, ja sovelluksessasi sillä voi olla eri nimi. Käytä sen sijaan virallista lomaketta selaimessa:',
    privacyCentre:
      'Toinen tapa sovelluksessa: Metan tietosuojakeskus (Privacy Centre) → tekoäly Metassa (AI at Meta) → kohta, jossa voit vastustaa tietojesi käyttöä (submit an objection request).',
  },
  credits:
    'Lomakkeen vaiheet perustuvat klicksafen kesäkuun 2024 testiin, jossa klicksafe täytti perustelukentän; se, ettei syytä tarvitse kertoa, on peräisin Datatilsynetiltä (huhtikuu 2025). Lomakelinkit ovat ne, jotka Hampurin tietosuojaviranomainen antoi huhtikuussa 2025. Sovellusten valikkopolut perustuvat uutisointiin, ja ne voivat olla erilaiset omassa sovellusversiossasi.',
  texts: {
    heading: 'Mitä voit kirjoittaa',
    intro:
      'Syytä ei tarvitse kertoa. Norjan tietosuojaviranomainen Datatilsynet toteaa: ”Sinun ei tarvitse perustella” (oma käännöksemme), ja Meta on sanonut hyväksyvänsä kaikki vastustamiset. Jos haluat kirjoittaa jotain, kopioi jokin näistä teksteistä vapaaseen tekstikenttään.',
    copy: 'Kopioi teksti',
    copied: 'Kopioitu leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    items: {
      neutral: {
        title: 'Lyhyt ja neutraali',
        text: 'Vastustan henkilötietojeni, myös julkaisujeni, kuvieni ja kommenttieni, käsittelyä Metan tekoälyn kehittämiseksi ja parantamiseksi.',
      },
      copyright: {
        title: 'Omien julkaisujesi tekijänoikeudesta',
        text: 'Minulla on tekijänoikeus julkaisemaani sisältöön, enkä anna lupaa käyttää sitä tekoälysovelluksiin.',
        note: 'Perustuu sanamuotoon, jota klicksafe käytti onnistuneesti testissään.',
      },
      personal: {
        title: 'Omista huolistasi',
        text: 'Julkaisuni ja kuvani ovat henkilökohtaisia. Kun niitä on käytetty tekoälymallin kouluttamiseen, niitä ei voi enää poistaa siitä. En halua, että henkilötietojani käytetään tähän.',
      },
    },
  },
  covers: {
    heading: 'Mitä vastustaminen kattaa',
    covered: 'Kuuluu piiriin',
    unclear: 'Meta käyttää tätä; mikään lähde ei kerro, että vastustaminen estää sen',
    notCovered: 'Ei kuulu piiriin, tai sitä ei muutenkaan käytetä',
    items: {
      'public-content': 'Julkiset julkaisusi, kuvasi, kuvatekstisi ja kommenttisi, jos olet täysi-ikäinen.',
      'meta-ai-chats':
        'Mitä kirjoitat Meta AI -chatbotille tai sen kuvatyökaluihin: Meta käyttää sitä iästä riippumatta. Neuvomme: älä kirjoita sinne mitään, mitä et halua käytettävän.',
      'private-messages': 'Yksityisviestit: Metan mukaan niitä ei käytetä tähän koulutukseen.',
      minors: 'Alle 18-vuotiaiden sisältö: Meta ei käytä heidän julkaisujaan ja kuviaan tähän koulutukseen.',
      'posts-by-others': 'Julkaisut ja kuvat, joita muut julkaisevat sinusta: vastustamisesi ei kata niitä.',
    },
    accounts:
      'Useita tilejä: Datatilsynetin mukaan yksi vastustaminen kattaa kaikki tilit, jotka on yhdistetty samaan tilikeskukseen (Accounts Centre), ja jos et ole varma, sinun kannattaa täyttää lomake sekä Facebookille että Instagramille. Neuvomme: jos tilejäsi ei ole yhdistetty, lähetä lomake kerran kutakin tiliä kohden.',
    whatsapp:
      'WhatsApp: uutisoinnin mukaan yksityisiä keskusteluja ei käytetä, mutta viestejä, jotka lähetät Meta AI:lle WhatsAppissa, käytetään. Erillistä WhatsAppin vastustamislomaketta ei tiedetä olevan.',
    thirdParty:
      'Muiden yritysten tiedot: Meta käyttää tekoälynsä kouluttamiseen myös tietoja, joita se ostaa kolmansilta osapuolilta. Tämä voi koskea myös ihmisiä, joilla ei ole tiliä. Hampurin tietosuojaviranomaisen mukaan Meta tarjoaa erillisen tavan vastustaa näiden tietojen käyttöä. Emme ole pystyneet varmistamaan linkkiä siihen, joten emme näytä sitä. Lue lisätietoja Hampurin tiedotteesta.',
    thirdPartyLink: 'Tiivistelmämme Hampurin 12. kesäkuuta 2024 julkaistusta tiedotteesta',
  },
  afterDeadline: {
    heading: 'Jos määräaika on päättynyt',
    text: 'Voit vastustaa tietojesi käyttöä milloin tahansa. Siitä eteenpäin vastustaminen estää Metaa käyttämästä julkisia julkaisujasi tekoälyynsä. Se ei poista sitä, mitä Meta on jo käyttänyt: malliin päätyneitä tietoja ei voi ottaa siitä pois.',
    earlier: 'Jos vastustit tietojesi käyttöä vuonna 2024, se on Datatilsynetin ja Metan mukaan edelleen voimassa.',
  },
  faq: {
    heading: 'Usein kysyttyä',
    items: [
      {
        question: 'Koskeeko tämä minua?',
        answer:
          'Kyllä, jos asut EU:ssa tai ETA-alueella (siihen kuuluvat myös Norja, Islanti ja Liechtenstein), olet vähintään 18-vuotias ja sinulla on julkisia julkaisuja, kuvia tai kommentteja Facebookissa tai Instagramissa: niitä vastustamisesi koskee. Meta käyttää myös sitä, mitä kaikenikäiset kirjoittavat Meta AI:lle; mikään lähde ei kerro, että vastustaminen estää sen. Yhdistyneessä kuningaskunnassa Meta noudattaa toisenlaista menettelyä.',
      },
      {
        question: 'Määräaika meni ohi. Onko liian myöhäistä?',
        answer:
          'Ei. Voit vastustaa tietojesi käyttöä milloin tahansa. Siitä eteenpäin se estää Metaa käyttämästä julkisia julkaisujasi tekoälyynsä. Sitä, mitä Meta on jo käyttänyt koulutukseen, ei voi enää poistaa sen tekoälystä.',
      },
      {
        question: 'Pitääkö minun kertoa syy?',
        answer:
          'Ei. Datatilsynetin mukaan vastustamista ei tarvitse perustella, joten voit jättää tekstikentän tyhjäksi. Meta on sanonut hyväksyvänsä kaikki vastustamiset.',
      },
      {
        question: 'Minulla on useita tilejä. Mitä teen?',
        answer:
          'Datatilsynetin mukaan yksi vastustaminen kattaa tilit, jotka on yhdistetty samaan tilikeskukseen (Accounts Centre); jos et ole varma, Datatilsynet neuvoo täyttämään lomakkeen sekä Facebookille että Instagramille. Neuvomme: jos tilejäsi ei ole yhdistetty, lähetä lomake kerran kutakin tiliä kohden.',
      },
      {
        question: 'Koskeeko se julkaisemiani kuvia lapsistani?',
        answer:
          'Vastustamisesi kattaa julkaisemasi julkisen sisällön, myös kuvat lapsistasi. Datatilsynet on kysynyt Metalta, kouluttaako se tekoälyään kuvilla, joita aikuiset julkaisevat lapsista. Meta ei ollut vastannut, kun Datatilsynet julkaisi tiedotteensa.',
      },
      {
        question: 'Olen alle 18-vuotias, tai lapseni on. Mitä silloin pätee?',
        answer:
          'Datatilsynetin mukaan Meta käyttää tähän koulutukseen vain yli 18-vuotiaiden käyttäjien julkisia julkaisuja ja kuvia, joten nuorten omia julkaisuja ei käytetä. Sitä, mitä ihmiset kirjoittavat Meta AI:lle, käytetään iästä riippumatta, eikä mikään lähde kerro, että vastustaminen estää sen: neuvomme on, ettet kirjoita sinne mitään, mitä et halua käytettävän. Aikuisten julkaisemat kuvat lapsista ovat avoin kysymys: Datatilsynet on kysynyt Metalta, kouluttaako se tekoälyään niillä. Vanhemmat, jotka julkaisevat tällaisia kuvia julkisesti, voivat vastustaa käyttöä oman tilinsä osalta.',
      },
      {
        question: 'Entä WhatsApp?',
        answer:
          'Uutisoinnin mukaan yksityisiä WhatsApp-keskustelujasi ei käytetä, mutta viestejä, jotka lähetät Meta AI:lle WhatsAppissa, käytetään. Erillistä WhatsAppin vastustamislomaketta ei tiedetä olevan. Jos et halua, että näitä viestejä käytetään, älä lähetä niitä Meta AI:lle.',
      },
      {
        question: 'Minulla ei ole tiliä. Voiko Meta silti käyttää minua koskevia tietoja?',
        answer:
          'Mahdollisesti. Meta käyttää myös tietoja, joita se ostaa muilta yrityksiltä, ja muut ihmiset voivat julkaista kuvia sinusta. Hampurin tietosuojaviranomaisen mukaan Meta tarjoaa erillisen tavan vastustaa kolmansilta osapuolilta saatujen tietojen käyttöä. Emme ole pystyneet varmistamaan linkkiä siihen.',
      },
      {
        question: 'Mistä tiedän, että se onnistui?',
        answer:
          'Meta lähettää vahvistusviestin tilisi sähköpostiosoitteeseen; klicksafen testissä viesti tuli muutamassa minuutissa. Säilytä se. Jos viestiä ei tule, tarkista roskapostikansio ja lähetä sitten lomake uudelleen.',
      },
      {
        question: 'Vastustin tietojeni käyttöä vuonna 2024. Pitääkö minun vastustaa uudelleen?',
        answer: 'Ei. Datatilsynetin ja Metan mukaan vuonna 2024 tehdyt vastustamiset ovat edelleen voimassa.',
      },
    ],
  },
  print: {
    heading: 'Tämä ohje paperilla',
    qr: 'Skannaa koodi, niin voit avata tämän ohjeen puhelimella: {url}',
  },
};
