import type { ObjectionGuideContent } from './en';

/** The objection guide in Finnish. */
export const objectionGuideFi: ObjectionGuideContent = {
  title: 'Näin vastustat, vaihe vaiheelta',
  description:
    'Vastusta sitä, että Meta käyttää Facebook- ja Instagram-julkaisujasi tekoälyn kouluttamiseen: viralliset lomakkeet, jokainen vaihe, valmiita tekstejä ja mitä vastustaminen kattaa.',
  intro:
    'Vastustaminen vie noin viisi minuuttia palvelua kohden. Tarvitset kirjautumistietosi ja pääsyn tilisi sähköpostiosoitteeseen.',
  tocLabel: 'Tällä sivulla',
  warning: 'Käytä vain virallisia lomakkeita, joihin tässä linkitetään. Meta ei koskaan kysy lomakkeessa salasanaasi.',

  facebook: {
    heading: 'Vastusta Facebookissa',
    steps: [
      'Kirjaudu ensin Facebookiin verkkoselaimessa. Lomake toimii vain, kun olet kirjautuneena.',
      'Avaa virallinen vastustamislomake alla olevalla painikkeella. Se avautuu sivustolla {host}.',
      'Valitse luettelosta maa, jossa asut.',
      'Kirjoita Facebook-tilisi sähköpostiosoite.',
      'Vapaa tekstikenttä on vapaaehtoinen: voit jättää sen tyhjäksi tai liittää siihen jonkin alla olevista teksteistä.',
      'Paina ”Lähetä”.',
      'Meta voi lähettää sähköpostiisi turvakoodin. Kirjoita koodi lomakesivulle.',
      'Meta vahvistaa vastustamisesi sähköpostitse, usein muutamassa minuutissa. Säilytä tämä viesti: se on todisteesi.',
    ],
  },
  instagram: {
    heading: 'Vastusta Instagramissa',
    steps: [
      'Kirjaudu ensin Instagramiin verkkoselaimessa. Lomake toimii vain, kun olet kirjautuneena.',
      'Avaa virallinen vastustamislomake alla olevalla painikkeella. Se avautuu sivustolla {host}.',
      'Valitse luettelosta maa, jossa asut.',
      'Kirjoita Instagram-tilisi sähköpostiosoite.',
      'Vapaa tekstikenttä on vapaaehtoinen: voit jättää sen tyhjäksi tai liittää siihen jonkin alla olevista teksteistä.',
      'Paina ”Lähetä”.',
      'Meta voi lähettää sähköpostiisi turvakoodin. Kirjoita koodi lomakesivulle.',
      'Meta vahvistaa vastustamisesi sähköpostitse, usein muutamassa minuutissa. Säilytä tämä viesti: se on todisteesi.',
    ],
  },
  stepsSource: 'Vaiheet klicksafen testin ja Hampurin tietosuojaviranomaisen kuvauksen mukaan.',

  inApp: {
    heading: 'Puhelimessa sovelluksen kautta',
    intro:
      'Voit vastustaa myös sovelluksissa. Meta siirtää näitä valikoita joskus. Jos et löydä niitä, käytä yllä olevia linkkejä lomakkeisiin.',
    facebook:
      'Facebook: Valikko → Asetukset ja yksityisyys → Asetukset → Tietosuojakäytäntö → linkki, josta voit vastustaa.',
    instagram:
      'Instagram: Profiili → Valikko → Asetukset → Tietoja → Tietosuojakäytäntö → linkki, josta voit vastustaa.',
    privacyCenter: 'Toinen tapa: Metan tietosuojakeskus → Tekoäly Metassa → lähetä vastustamispyyntö.',
    source: 'Valikkopolut lehdistön tietojen mukaan. Ne voivat olla erilaiset omassa sovellusversiossasi.',
  },

  texts: {
    heading: 'Mitä voit kirjoittaa',
    intro:
      'Syytä ei tarvitse kertoa. Norjan tietosuojaviranomainen Datatilsynet toteaa: ”Sinun ei tarvitse perustella” (oma käännöksemme). Meta on sanonut hyväksyvänsä kaikki vastustamiset. Jos haluat kirjoittaa jotain, kopioi jokin näistä teksteistä vapaaseen tekstikenttään.',
    copy: 'Kopioi teksti',
    copied: 'Kopioitu leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    items: [
      {
        title: 'Lyhyt ja neutraali',
        text: 'Vastustan henkilötietojeni, myös julkaisujeni, kuvieni ja kommenttieni, käyttämistä tekoälyn kehittämiseen ja parantamiseen Metassa.',
      },
      {
        title: 'Omien julkaisujesi tekijänoikeudesta',
        text: 'Minulla on tekijänoikeus julkaisemaani sisältöön, enkä anna lupaa käyttää sitä tekoälysovelluksiin.',
        note: 'Perustuu sanamuotoon, jota klicksafe käytti testissään onnistuneesti.',
      },
      {
        title: 'Henkilökohtaisista huolistasi',
        text: 'Julkaisuni ja kuvani ovat henkilökohtaisia. Kun niitä on kerran käytetty tekoälymallin kouluttamiseen, niitä ei voi enää poistaa siitä. En halua, että tietojani käytetään tähän.',
      },
    ],
  },

  covers: {
    heading: 'Mitä vastustaminen kattaa',
    covered: 'Kuuluu piiriin',
    notCovered: 'Ei kuulu piiriin, tai sitä ei muutenkaan käytetä',
    items: [
      {
        kind: 'covered',
        text: 'Julkiset julkaisusi, kuvasi, kuvatekstisi ja kommenttisi, jos olet täysi-ikäinen.',
        source: 'Datatilsynet; Hampuri',
      },
      { kind: 'covered', text: 'Se, mitä kirjoitat Meta AI -chatbotille, iästä riippumatta.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Yksityisviestit: Meta sanoo, ettei se käytä niitä tähän koulutukseen.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Alle 18-vuotiaiden tilit: Meta sanoo, ettei se käytä heidän julkaisujaan.',
        source: 'uutisointi',
      },
      {
        kind: 'notCovered',
        text: 'Julkaisut ja kuvat, joita muut julkaisevat sinusta: vastustamisesi ei koske niitä.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Useita tilejä: Norjan Datatilsynetin mukaan yksi vastustaminen kattaa kaikki tilit, jotka on yhdistetty samaan Tilikeskukseen. Muut lähteet neuvovat vastustamaan jokaisen tilin osalta erikseen. Jos et ole varma, lähetä molemmat lomakkeet, kerran kutakin tiliä kohden.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: Uutisoinnin mukaan yksityisiä keskusteluja ei käytetä, mutta viestejä, jotka lähetät Meta AI:lle WhatsAppissa, käytetään. Erillistä WhatsAppin vastustamislomaketta ei tiedetä olevan.',
    whatsappSource: 'uutisointi',
    thirdParty:
      'Muiden yritysten tiedot: Meta käyttää tekoälynsä kouluttamiseen myös tietoja, joita se ostaa kolmansilta osapuolilta. Tämä voi koskea myös ihmisiä, joilla ei ole tiliä. Hampurin tietosuojaviranomainen sanoo, että Meta tarjoaa tähän erillisen tavan vastustaa. Emme ole pystyneet varmistamaan linkkiä siihen, joten emme näytä sitä. Lue lisätietoja Hampurin tiedotteesta.',
    thirdPartyLink: 'Hampurin tiedote 12. kesäkuuta 2024',
    sourceLabel: 'Lähde: {source}',
  },

  afterDeadline: {
    heading: 'Jos määräaika on päättynyt',
    text: 'Voit vastustaa milloin tahansa. Vastustaminen pitää sen, mitä julkaiset siitä lähtien, Metan tekoälykoulutuksen ulkopuolella. Se ei poista sitä, mitä Meta on jo käyttänyt: malliin päätyneitä tietoja ei voi ottaa siitä pois.',
    earlier: 'Jos vastustit vuonna 2024, vastustamisesi on Datatilsynetin ja Metan mukaan edelleen voimassa.',
    source: 'Hampurin tietosuojaviranomainen, 15. huhtikuuta 2025',
  },

  checklist: {
    heading: 'Tarkistuslistasi',
    intro: 'Merkitse, mitä olet tehnyt. Merkinnät tallentuvat vain tähän selaimeen, eikä mitään lähetetä minnekään.',
    items: ['Facebook-lomake lähetetty', 'Instagram-lomake lähetetty', 'Vahvistusviesti saatu ja tallessa'],
    reset: 'Poista merkintäni',
  },

  faq: {
    heading: 'Usein kysyttyä',
    items: [
      {
        question: 'Koskeeko tämä minua?',
        answer:
          'Kyllä, jos asut EU:ssa tai ETA-alueella (siihen kuuluvat myös Norja, Islanti ja Liechtenstein), olet vähintään 18-vuotias ja sinulla on julkista sisältöä Facebookissa tai Instagramissa. Yhdistyneessä kuningaskunnassa Meta noudattaa toisenlaista menettelyä.',
      },
      {
        question: 'Määräaika meni ohi. Onko liian myöhäistä?',
        answer:
          'Ei. Voit vastustaa milloin tahansa. Se suojaa sitä, mitä julkaiset siitä lähtien. Sitä, mitä Meta on jo käyttänyt koulutukseen, ei voi enää poistaa Metan tekoälystä.',
      },
      {
        question: 'Pitääkö minun perustella?',
        answer:
          'Ei. Vapaa tekstikenttä on vapaaehtoinen. Norjan Datatilsynetin mukaan vastustamista ei tarvitse perustella, ja Meta on sanonut hyväksyvänsä kaikki vastustamiset.',
      },
      {
        question: 'Minulla on useita tilejä. Mitä teen?',
        answer:
          'Norjan Datatilsynetin mukaan yksi vastustaminen kattaa tilit, jotka on yhdistetty samaan Tilikeskukseen. Jos et ole varma, onko tilisi yhdistetty, lähetä lomake sekä Facebookille että Instagramille, kerran kutakin tiliä kohden.',
      },
      {
        question: 'Koskeeko se julkaisemiani kuvia lapsistani?',
        answer:
          'Vastustamisesi kattaa julkaisemasi julkisen sisällön, myös kuvat lapsistasi. Datatilsynet on kysynyt Metalta, kouluttaako se tekoälyään kuvilla lapsista, joita aikuiset julkaisevat. Meta ei ollut vastannut, kun Datatilsynet julkaisi tiedotteensa.',
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
          'Meta lähettää vahvistusviestin tilisi sähköpostiosoitteeseen. klicksafen testissä viesti tuli muutamassa minuutissa. Säilytä se. Jos viestiä ei tule, tarkista roskapostikansiosi ja lähetä sitten lomake uudelleen.',
      },
      {
        question: 'Vastustin vuonna 2024. Pitääkö minun vastustaa uudelleen?',
        answer: 'Ei. Datatilsynetin ja Metan mukaan vuonna 2024 lähetetyt vastustamiset ovat edelleen voimassa.',
      },
    ],
  },

  print: {
    heading: 'Tämä ohje paperilla',
    qr: 'Skannaa koodi, niin voit avata tämän ohjeen puhelimella: {url}',
    button: 'Tulosta tämä ohje',
  },
};
