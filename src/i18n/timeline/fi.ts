import type { TimelineTexts } from './en';

export const timelineFi: TimelineTexts = {
  'meta-notifies-2024':
    'Meta alkaa kertoa EU:n käyttäjille uudesta tietosuojakäytännöstä, jonka perusteella se voi kouluttaa tekoälyään heidän julkaisuillaan.',
  'complaints-2024':
    'Tietosuojajärjestö noyb tekee valitukset 11 maan tietosuojaviranomaisille; myös Norjan kuluttajaneuvosto tekee valituksen.',
  'hamburg-2024': 'Hampurin tietosuojaviranomainen neuvoo vastustamaan tietojen käyttöä ennen 26. kesäkuuta 2024.',
  'meta-pauses-2024':
    'Meta keskeyttää suunnitelmansa Irlannin tietosuojaviranomaisen (Data Protection Commission) pyynnöstä. Viranomainen pitää päätöstä myönteisenä.',
  'deadline-2024':
    'Viimeinen päivä vastustaa tiukemman tulkinnan mukaan. Hampurin tietosuojaviranomainen kehotti vastustamaan ennen 26. kesäkuuta 2024; klicksafe kirjoitti viimeistään 26. kesäkuuta 2024, eli päivää myöhemmin. Lähtölaskenta päättyi 26. kesäkuuta alkaessa, jotta jokainen sitä seurannut ehti ajoissa kummankin tulkinnan mukaan.',
  'policy-date-2024':
    'Päivä, josta alkaen Metan uutta tietosuojakäytäntöä oli määrä soveltaa. Meta oli keskeyttänyt suunnitelmansa 14. kesäkuuta, ennen kuin mitään koulutusta oli aloitettu; klicksafe huomautti, että tietojen käyttöä pystyi vastustamaan keskeytyksen jälkeenkin.',
  'meta-announces-2025':
    'Meta ilmoittaa kouluttavansa tekoälyään EU:n ja ETA:n aikuisten käyttäjien julkisella sisällöllä 27. toukokuuta 2025 alkaen.',
  'hamburg-2025':
    'Hampurin tietosuojaviranomainen sanoo, että jokaisen, joka haluaa vastustaa tietojensa käyttöä, pitäisi tehdä se ennen toukokuun 2025 loppua.',
  'vz-nrw-letter-2025': 'Kuluttajajärjestö Verbraucherzentrale NRW lähettää Metalle kirjallisen lopettamisvaatimuksen.',
  'noyb-letter-2025':
    'noyb lähettää Metalle kirjallisen lopettamisvaatimuksen ja pyytää vastausta viimeistään 21. toukokuuta.',
  'dpc-statement-2025':
    'Irlannin tietosuojaviranomainen (Data Protection Commission) kertoo, että Meta on tehnyt muutoksia, kuten selkeämmät ilmoitukset, helpomman vastustamislomakkeen ja pidemmän ennakkoilmoitusajan.',
  'hamburg-urgency-2025':
    'Hampurin tietosuojaviranomainen aloittaa kiireellisen menettelyn tietosuoja-asetuksen (GDPR) 66 artiklan nojalla.',
  'court-cologne-2025':
    'Kölnin hovioikeus (Oberlandesgericht Köln) hylkää Verbraucherzentrale NRW:n vaatimuksen koulutuksen pysäyttämisestä. Päätöksestä ei voi valittaa.',
  'deadline-2025': 'Viimeinen päivä vastustaa tietojen käyttöä ennen koulutuksen alkua.',
  'training-starts-2025':
    'Meta aloittaa tekoälynsä kouluttamisen EU:n ja ETA:n käyttäjien julkisella sisällöllä. Hampurin tietosuojaviranomainen päättää olla määräämättä väliaikaisia toimenpiteitä.',
};
