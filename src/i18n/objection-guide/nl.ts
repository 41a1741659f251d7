import type { ObjectionGuideContent } from './en';

/** The objection guide in Dutch. */
export const objectionGuideNl: ObjectionGuideContent = {
  title: 'Zo maakt u bezwaar, stap voor stap',
  description:
    'Maak bezwaar tegen het gebruik van uw berichten op Facebook en Instagram voor de AI-training van Meta: de officiële formulieren, elke stap, teksten die u kunt gebruiken en waarvoor een bezwaar geldt.',
  intro:
    'Bezwaar maken duurt ongeveer vijf minuten per platform. U hebt uw inloggegevens nodig en toegang tot het e-mailadres van uw account.',
  tocLabel: 'Op deze pagina',
  warning:
    'Gebruik alleen de officiële formulieren waarnaar we hier linken. Meta vraagt in het formulier nooit om uw wachtwoord.',

  facebook: {
    heading: 'Bezwaar maken op Facebook',
    steps: [
      'Log eerst in bij Facebook in uw webbrowser. Het formulier werkt alleen als u bent ingelogd.',
      'Open het officiële bezwaarformulier met de knop hieronder. Het opent op {host}.',
      'Kies in de lijst het land waar u woont.',
      'Vul het e-mailadres van uw Facebook-account in.',
      'Het vrije tekstveld is niet verplicht: u kunt het leeg laten of een van de teksten hieronder erin plakken.',
      'Klik op “Verzenden”.',
      'Meta stuurt misschien een beveiligingscode naar uw e-mailadres. Vul die in op de pagina van het formulier.',
      'Meta bevestigt uw bezwaar per e-mail, vaak binnen enkele minuten. Bewaar deze e-mail: het is uw bewijs.',
    ],
  },
  instagram: {
    heading: 'Bezwaar maken op Instagram',
    steps: [
      'Log eerst in bij Instagram in uw webbrowser. Het formulier werkt alleen als u bent ingelogd.',
      'Open het officiële bezwaarformulier met de knop hieronder. Het opent op {host}.',
      'Kies in de lijst het land waar u woont.',
      'Vul het e-mailadres van uw Instagram-account in.',
      'Het vrije tekstveld is niet verplicht: u kunt het leeg laten of een van de teksten hieronder erin plakken.',
      'Klik op “Verzenden”.',
      'Meta stuurt misschien een beveiligingscode naar uw e-mailadres. Vul die in op de pagina van het formulier.',
      'Meta bevestigt uw bezwaar per e-mail, vaak binnen enkele minuten. Bewaar deze e-mail: het is uw bewijs.',
    ],
  },
  stepsSource: 'Stappen zoals klicksafe ze heeft getest en de privacytoezichthouder van Hamburg ze beschrijft.',

  inApp: {
    heading: 'Op uw telefoon, in de app',
    intro:
      'U kunt ook in de apps zelf bezwaar maken. Meta verplaatst deze menu’s soms. Vindt u ze niet, gebruik dan de links naar de formulieren hierboven.',
    facebook: 'Facebook: Menu → Instellingen en privacy → Instellingen → Privacybeleid → de link om bezwaar te maken.',
    instagram: 'Instagram: Profiel → Menu → Instellingen → Info → Privacybeleid → de link om bezwaar te maken.',
    privacyCenter: 'Een andere mogelijkheid: het Privacycentrum van Meta → AI bij Meta → dien een bezwaarverzoek in.',
    source: 'Menupaden zoals beschreven in de pers. Ze kunnen anders zijn in uw versie van de app.',
  },

  texts: {
    heading: 'Wat u kunt schrijven',
    intro:
      'U hoeft geen reden te geven. De Noorse toezichthouder Datatilsynet zegt: “U hoeft het niet te motiveren” (onze vertaling). Meta heeft gezegd dat het alle bezwaren accepteert. Wilt u toch iets schrijven, kopieer dan een van deze teksten in het vrije tekstveld.',
    copy: 'Tekst kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer die zelf.',
    items: [
      {
        title: 'Kort en neutraal',
        text: 'Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens, waaronder mijn berichten, foto’s en reacties, voor de ontwikkeling en verbetering van AI bij Meta.',
      },
      {
        title: 'Over het auteursrecht op uw eigen berichten',
        text: 'Ik heb het auteursrecht op de inhoud die ik plaats en ik geef geen toestemming om deze te gebruiken voor AI-toepassingen.',
        note: 'Gebaseerd op de formulering die klicksafe in zijn test met succes gebruikte.',
      },
      {
        title: 'Over uw persoonlijke zorgen',
        text: 'Mijn berichten en foto’s zijn persoonlijk. Zodra ze zijn gebruikt om een AI-model te trainen, kunnen ze er niet meer uit worden gehaald. Ik wil niet dat mijn gegevens hiervoor worden gebruikt.',
      },
    ],
  },

  covers: {
    heading: 'Waarvoor een bezwaar geldt',
    covered: 'Valt eronder',
    notCovered: 'Valt er niet onder, of wordt sowieso niet gebruikt',
    items: [
      {
        kind: 'covered',
        text: 'Uw openbare berichten, foto’s, bijschriften en reacties, als u volwassen bent.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Wat u aan de chatbot Meta AI schrijft, op elke leeftijd.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Privéberichten: Meta zegt dat het die niet voor deze training gebruikt.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Accounts van mensen onder de 18: Meta zegt dat het hun berichten niet gebruikt.',
        source: 'mediaberichten',
      },
      {
        kind: 'notCovered',
        text: 'Berichten en foto’s die anderen over u publiceren: uw bezwaar geldt daar niet voor.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Meerdere accounts: volgens de Noorse toezichthouder Datatilsynet geldt één bezwaar voor alle accounts die in hetzelfde Accountcentrum aan elkaar gekoppeld zijn. Andere bronnen raden één bezwaar per account aan. Weet u het niet zeker, verstuur dan beide formulieren, voor elk account één keer.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: volgens mediaberichten worden privéchats niet gebruikt, maar berichten die u in WhatsApp naar Meta AI stuurt wel. Er is geen apart bezwaarformulier voor WhatsApp bekend.',
    whatsappSource: 'mediaberichten',
    thirdParty:
      'Gegevens van andere bedrijven: Meta gebruikt ook gegevens die het van derden koopt om zijn AI te trainen. Dat kan ook mensen zonder account raken. De privacytoezichthouder van Hamburg zegt dat Meta hiervoor een aparte manier biedt om bezwaar te maken. Wij konden geen link daarnaar bevestigen, dus we tonen er geen. Lees de mededeling uit Hamburg voor de details.',
    thirdPartyLink: 'Mededeling uit Hamburg van 12 juni 2024',
    sourceLabel: 'Bron: {source}',
  },

  afterDeadline: {
    heading: 'Als de deadline voorbij is',
    text: 'U kunt altijd bezwaar maken. Een bezwaar houdt wat u vanaf dat moment plaatst buiten de AI-training van Meta. Het kan niet weghalen wat Meta al heeft gebruikt: gegevens die in een model zijn verwerkt, kunnen er niet meer uit worden gehaald.',
    earlier: 'Hebt u in 2024 bezwaar gemaakt? Dan telt dat bezwaar nog steeds, volgens Datatilsynet en Meta.',
    source: 'Privacytoezichthouder van Hamburg, 15 april 2025',
  },

  checklist: {
    heading: 'Uw checklist',
    intro: 'Vink aan wat u hebt gedaan. De vinkjes blijven alleen in deze browser; er wordt niets verstuurd.',
    items: ['Facebook-formulier verstuurd', 'Instagram-formulier verstuurd', 'Bevestigingsmail ontvangen en bewaard'],
    reset: 'Mijn vinkjes wissen',
  },

  faq: {
    heading: 'Veelgestelde vragen',
    items: [
      {
        question: 'Geldt dit voor mij?',
        answer:
          'Ja, als u in de EU of de EER woont (daar horen ook Noorwegen, IJsland en Liechtenstein bij), 18 jaar of ouder bent en openbare inhoud op Facebook of Instagram hebt. In het Verenigd Koninkrijk volgt Meta een andere procedure.',
      },
      {
        question: 'Ik heb de deadline gemist. Is het te laat?',
        answer:
          'Nee. U kunt altijd bezwaar maken. Dat beschermt wat u vanaf dat moment plaatst. Wat Meta al voor de training heeft gebruikt, kan niet meer uit zijn AI worden gehaald.',
      },
      {
        question: 'Moet ik een reden geven?',
        answer:
          'Nee. Het vrije tekstveld is niet verplicht. Datatilsynet zegt dat u uw bezwaar niet hoeft te motiveren, en Meta heeft gezegd dat het alle bezwaren accepteert.',
      },
      {
        question: 'Ik heb meerdere accounts. Wat moet ik doen?',
        answer:
          'Volgens Datatilsynet geldt één bezwaar voor de accounts die in hetzelfde Accountcentrum gekoppeld zijn. Weet u niet zeker of uw accounts gekoppeld zijn, verstuur dan het formulier voor Facebook en voor Instagram, één keer voor elk account.',
      },
      {
        question: 'Geldt het ook voor foto’s van mijn kinderen die ik heb geplaatst?',
        answer:
          'Uw bezwaar geldt voor de openbare inhoud die u hebt geplaatst, ook voor foto’s van uw kinderen. Datatilsynet heeft Meta gevraagd of het zijn AI traint met foto’s van kinderen die volwassenen plaatsen. Meta had nog niet geantwoord toen Datatilsynet zijn mededeling publiceerde.',
      },
      {
        question: 'En WhatsApp?',
        answer:
          'Volgens mediaberichten worden uw privéchats in WhatsApp niet gebruikt, maar berichten die u in WhatsApp naar Meta AI stuurt wel. Er is geen apart bezwaarformulier voor WhatsApp bekend. Wilt u niet dat die berichten worden gebruikt, stuur ze dan niet naar Meta AI.',
      },
      {
        question: 'Ik heb geen account. Kan Meta toch gegevens over mij gebruiken?',
        answer:
          'Mogelijk wel. Meta gebruikt ook gegevens die het van andere bedrijven koopt, en andere mensen kunnen foto’s van u plaatsen. De privacytoezichthouder van Hamburg zegt dat Meta een aparte manier biedt om bezwaar te maken tegen het gebruik van gegevens van derden. Wij konden geen link daarnaar bevestigen.',
      },
      {
        question: 'Hoe weet ik of het gelukt is?',
        answer:
          'Meta stuurt een bevestigingsmail naar het adres van uw account. In de test van klicksafe kwam die binnen enkele minuten. Bewaar de e-mail. Komt er niets, kijk dan in uw spammap en verstuur het formulier daarna opnieuw.',
      },
      {
        question: 'Ik heb in 2024 bezwaar gemaakt. Moet ik opnieuw bezwaar maken?',
        answer: 'Nee. Datatilsynet en Meta zeggen dat bezwaren uit 2024 nog steeds tellen.',
      },
    ],
  },

  print: {
    heading: 'Deze handleiding op papier',
    qr: 'Scan de code om deze handleiding op een telefoon te openen: {url}',
    button: 'Deze handleiding afdrukken',
  },
};
