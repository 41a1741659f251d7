/*
 * The legal terms people recognise, per language: the words of each official language version of
 * the GDPR (Regulation (EU) 2016/679) for the right to object (Article 21), legitimate interest
 * (Article 6(1)(f)), personal data (Article 4(1)) and supervisory authority (Article 4(21)); for
 * Norwegian and Icelandic, the words of the national laws that apply the GDPR there
 * (personopplysningsloven; lög nr. 90/2018). A unit test checks that the ready-to-copy objection
 * text and the home page's key sentence use them. `*Stem` patterns find the term's word family in
 * running text (case and inflection vary).
 *
 * These terms were compiled with machine help from the language versions as the translators know
 * them; like the translations, they await a native speaker's check against EUR-Lex.
 */
import type { Locale } from './locales';

export interface LegalTerms {
  rightToObject: string;
  /** Finds "object"/"objection" in the sense of Article 21. */
  objectStem: RegExp;
  legitimateInterest: string;
  legitimateInterestStem: RegExp;
  personalData: string;
  personalDataStem: RegExp;
  supervisoryAuthority: string;
}

export const legalTerms = {
  en: {
    rightToObject: 'right to object',
    objectStem: /\bobject/i,
    legitimateInterest: 'legitimate interests',
    legitimateInterestStem: /legitimate interest/i,
    personalData: 'personal data',
    personalDataStem: /personal data/i,
    supervisoryAuthority: 'supervisory authority',
  },
  de: {
    rightToObject: 'Widerspruchsrecht',
    objectStem: /widersp(ruch|rech)/i,
    legitimateInterest: 'berechtigte Interessen',
    legitimateInterestStem: /berechtigte[ns]? Interesse/i,
    personalData: 'personenbezogene Daten',
    personalDataStem: /personenbezogene[n]? Daten/i,
    supervisoryAuthority: 'Aufsichtsbehörde',
  },
  nb: {
    rightToObject: 'rett til å protestere',
    objectStem: /protest/i,
    legitimateInterest: 'berettiget interesse',
    legitimateInterestStem: /berettige[td]e? interesse/i,
    personalData: 'personopplysninger',
    personalDataStem: /personopplysning/i,
    supervisoryAuthority: 'tilsynsmyndighet',
  },
  bg: {
    rightToObject: 'право на възражение',
    objectStem: /възра(жени|зява|зи)/i,
    legitimateInterest: 'легитимни интереси',
    legitimateInterestStem: /легитим\p{L}* интерес/iu,
    personalData: 'лични данни',
    personalDataStem: /лични\p{L}* данни/iu,
    supervisoryAuthority: 'надзорен орган',
  },
  cs: {
    rightToObject: 'právo vznést námitku',
    objectStem: /námit/i,
    legitimateInterest: 'oprávněné zájmy',
    legitimateInterestStem: /oprávněn\p{L}* (zájm|zájem)/iu,
    personalData: 'osobní údaje',
    personalDataStem: /osobní\p{L}* údaj/iu,
    supervisoryAuthority: 'dozorový úřad',
  },
  da: {
    rightToObject: 'ret til indsigelse',
    objectStem: /indsigelse/i,
    legitimateInterest: 'legitime interesser',
    legitimateInterestStem: /legitim\p{L}* interesse/iu,
    personalData: 'personoplysninger',
    personalDataStem: /personoplysning/i,
    supervisoryAuthority: 'tilsynsmyndighed',
  },
  el: {
    rightToObject: 'δικαίωμα εναντίωσης',
    objectStem: /εναντ[ιί]ω/i,
    legitimateInterest: 'έννομα συμφέροντα',
    legitimateInterestStem: /έννομ\p{L}* συμφέρ/iu,
    personalData: 'δεδομένα προσωπικού χαρακτήρα',
    personalDataStem: /δεδομέν\p{L}* προσωπικού χαρακτήρα/iu,
    supervisoryAuthority: 'εποπτική αρχή',
  },
  es: {
    rightToObject: 'derecho de oposición',
    objectStem: /opo(ng|sici|ner)/i,
    legitimateInterest: 'intereses legítimos',
    legitimateInterestStem: /inter[eé]s\p{L}* legítim/iu,
    personalData: 'datos personales',
    personalDataStem: /datos personales/i,
    supervisoryAuthority: 'autoridad de control',
  },
  et: {
    rightToObject: 'õigus esitada vastuväiteid',
    objectStem: /vastuväi/i,
    legitimateInterest: 'õigustatud huvid',
    legitimateInterestStem: /õigustatud huvi/i,
    personalData: 'isikuandmed',
    personalDataStem: /isikuandme/i,
    supervisoryAuthority: 'järelevalveasutus',
  },
  fi: {
    rightToObject: 'vastustamisoikeus',
    objectStem: /vastust/i,
    legitimateInterest: 'oikeutettu etu',
    legitimateInterestStem: /oikeutet\p{L}* e(tu|du|dun|tua)/iu,
    personalData: 'henkilötiedot',
    personalDataStem: /henkilötie(to|do)/i,
    supervisoryAuthority: 'valvontaviranomainen',
  },
  fr: {
    rightToObject: 'droit d’opposition',
    objectStem: /oppos/i,
    legitimateInterest: 'intérêts légitimes',
    legitimateInterestStem: /intérêts? légitimes?/i,
    personalData: 'données à caractère personnel',
    personalDataStem: /données à caractère personnel/i,
    supervisoryAuthority: 'autorité de contrôle',
  },
  ga: {
    rightToObject: 'an ceart chun agóid a dhéanamh',
    objectStem: /agóid/i,
    legitimateInterest: 'leasanna dlisteanacha',
    legitimateInterestStem: /leas\p{L}* dlisteanach/iu,
    personalData: 'sonraí pearsanta',
    personalDataStem: /sh?onraí pearsanta/i,
    supervisoryAuthority: 'údarás maoirseachta',
  },
  hr: {
    rightToObject: 'pravo na prigovor',
    objectStem: /prigovor/i,
    legitimateInterest: 'legitimni interesi',
    legitimateInterestStem: /legitimn\p{L}* interes/iu,
    personalData: 'osobni podaci',
    personalDataStem: /osobn\p{L}* pod(ac|at)/iu,
    supervisoryAuthority: 'nadzorno tijelo',
  },
  hu: {
    rightToObject: 'tiltakozáshoz való jog',
    objectStem: /tiltakoz/i,
    legitimateInterest: 'jogos érdek',
    legitimateInterestStem: /jogos érdek/i,
    personalData: 'személyes adat',
    personalDataStem: /személyes adat/i,
    supervisoryAuthority: 'felügyeleti hatóság',
  },
  is: {
    rightToObject: 'réttur til að andmæla',
    objectStem: /andmæl/i,
    legitimateInterest: 'lögmætir hagsmunir',
    legitimateInterestStem: /lögmæt\p{L}* hagsmun/iu,
    personalData: 'persónuupplýsingar',
    personalDataStem: /persónuupplýsing/i,
    supervisoryAuthority: 'eftirlitsyfirvald',
  },
  it: {
    rightToObject: 'diritto di opposizione',
    objectStem: /oppo(ng|r|siz)/i,
    legitimateInterest: 'legittimo interesse',
    legitimateInterestStem: /(legittim\p{L}* interess|interess\p{L}* legittim)/iu,
    personalData: 'dati personali',
    personalDataStem: /dati personali/i,
    supervisoryAuthority: 'autorità di controllo',
  },
  lt: {
    rightToObject: 'teisė nesutikti',
    objectStem: /(nesuti[kn]|prieštara)/i,
    legitimateInterest: 'teisėti interesai',
    legitimateInterestStem: /teisėt\p{L}* interes/iu,
    personalData: 'asmens duomenys',
    personalDataStem: /asmens duomen/i,
    supervisoryAuthority: 'priežiūros institucija',
  },
  lv: {
    rightToObject: 'tiesības iebilst',
    objectStem: /iebil/i,
    legitimateInterest: 'leģitīmās intereses',
    legitimateInterestStem: /leģitīm\p{L}* interes/iu,
    personalData: 'personas dati',
    personalDataStem: /personas dat/i,
    supervisoryAuthority: 'uzraudzības iestāde',
  },
  mt: {
    rightToObject: 'dritt ta’ oġġezzjoni',
    objectStem: /oġġezzjon/i,
    legitimateInterest: 'interessi leġittimi',
    legitimateInterestStem: /interess\p{L}* leġittim/iu,
    personalData: 'data personali',
    personalDataStem: /data personali/i,
    supervisoryAuthority: 'awtorità superviżorja',
  },
  nl: {
    rightToObject: 'recht van bezwaar',
    objectStem: /bezwaar/i,
    legitimateInterest: 'gerechtvaardigde belangen',
    legitimateInterestStem: /gerechtvaardigd\p{L}* belang/iu,
    personalData: 'persoonsgegevens',
    personalDataStem: /persoonsgegevens/i,
    supervisoryAuthority: 'toezichthoudende autoriteit',
  },
  pl: {
    rightToObject: 'prawo do sprzeciwu',
    objectStem: /sprzeciw/i,
    legitimateInterest: 'prawnie uzasadnione interesy',
    legitimateInterestStem: /prawnie uzasadnion\p{L}* interes/iu,
    personalData: 'dane osobowe',
    personalDataStem: /(dane|danych) osobow/i,
    supervisoryAuthority: 'organ nadzorczy',
  },
  pt: {
    rightToObject: 'direito de oposição',
    objectStem: /op(or|onh|osi|õe)/i,
    legitimateInterest: 'interesses legítimos',
    legitimateInterestStem: /interesses? legítimos?/i,
    personalData: 'dados pessoais',
    personalDataStem: /dados pessoais/i,
    supervisoryAuthority: 'autoridade de controlo',
  },
  ro: {
    rightToObject: 'dreptul la opoziție',
    objectStem: /(opoziți|opun|opune)/i,
    legitimateInterest: 'interese legitime',
    legitimateInterestStem: /interes\p{L}* legitim/iu,
    personalData: 'date cu caracter personal',
    personalDataStem: /date(lor)?( \p{L}+)? cu caracter personal/iu,
    supervisoryAuthority: 'autoritate de supraveghere',
  },
  sk: {
    rightToObject: 'právo namietať',
    objectStem: /n[aá]miet/i,
    legitimateInterest: 'oprávnené záujmy',
    legitimateInterestStem: /oprávnen\p{L}* záuj/iu,
    personalData: 'osobné údaje',
    personalDataStem: /osobn\p{L}* údaj/iu,
    supervisoryAuthority: 'dozorný orgán',
  },
  sl: {
    rightToObject: 'pravica do ugovora',
    objectStem: /ugov(or|arj)/i,
    legitimateInterest: 'zakoniti interesi',
    legitimateInterestStem: /zakonit\p{L}* interes/iu,
    personalData: 'osebni podatki',
    personalDataStem: /osebn\p{L}* podat/iu,
    supervisoryAuthority: 'nadzorni organ',
  },
  sv: {
    rightToObject: 'rätt att göra invändningar',
    objectStem: /invänd/i,
    legitimateInterest: 'berättigade intressen',
    legitimateInterestStem: /berättiga\p{L}* intresse/iu,
    personalData: 'personuppgifter',
    personalDataStem: /personuppgift/i,
    supervisoryAuthority: 'tillsynsmyndighet',
  },
} as const satisfies Record<Locale, LegalTerms>;
