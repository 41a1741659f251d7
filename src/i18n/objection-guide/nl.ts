import type { ObjectionGuideContent } from './en';

/** The objection guide in Dutch. */
export const objectionGuideNl: ObjectionGuideContent = {
  title: 'Zo maakt u bezwaar, stap voor stap',
  description:
    'Maak bezwaar tegen het gebruik van uw berichten op Facebook en Instagram voor de AI-training van Meta: de officiële formulieren, de stappen in de app of in een browser, teksten die u kunt gebruiken en waarvoor een bezwaar geldt.',
  intro:
    'Bezwaar maken is gratis en u hoeft geen reden te geven. U moet ingelogd zijn en u hebt toegang nodig tot het e-mailadres van uw account.',
  warning:
    'Gebruik alleen de officiële formulieren waarnaar deze pagina linkt. Ons advies: typ uw wachtwoord nooit in een formulier dat iemand u in een bericht of e-mail stuurt.',
  warningLabel: 'Let op',
  chooser: {
    heading: 'Uw manier om bezwaar te maken',
    platformLegend: 'Welk account wilt u beschermen?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Allebei',
    },
    wayLegend: 'Waar gebruikt u het?',
    ways: {
      app: 'In de app op mijn telefoon',
      browser: 'In een webbrowser',
    },
    ticksNote:
      'Vink elke stap af als die klaar is. De vinkjes worden alleen in deze browser bewaard; er wordt niets verstuurd.',
  },
  paths: {
    'facebook-browser': 'Facebook, in een webbrowser',
    'instagram-browser': 'Instagram, in een webbrowser',
    'both-browser': 'Facebook en Instagram, in een webbrowser',
    'facebook-app': 'Facebook, in de app',
    'instagram-app': 'Instagram, in de app',
    'both-app': 'Facebook en Instagram, in de apps',
  },
  steps: {
    'login-browser': 'Log in bij {platforms} in uw webbrowser. Het formulier werkt alleen als u bent ingelogd.',
    'app-facebook':
      'Open in de Facebook-app het menu en ga naar instellingen en privacy (Settings & privacy) → instellingen (Settings) → privacybeleid (Privacy Policy). Tik daar op de link om bezwaar te maken. Het bezwaarformulier van Meta gaat open.',
    'app-instagram':
      'Open in de Instagram-app uw profiel en daarna het menu → instellingen (Settings) → informatie (About) → privacybeleid (Privacy Policy). Tik daar op de link om bezwaar te maken. Het bezwaarformulier van Meta gaat open.',
    'what-the-form-asks':
      'Het formulier vraagt in welk land u woont en wat het e-mailadres van uw account is. Er is ook een veld voor een reden: volgens Datatilsynet hoeft u geen reden te geven, dus u mag het leeg laten.',
    'send-form': 'Open hieronder het officiële formulier, vul het in en verstuur het. Het opent op {hosts}.',
    'send-each-form':
      'Open hieronder de officiële formulieren één voor één, vul ze allemaal in en verstuur ze. Ze openen op {hosts}.',
    'send-in-app': 'Verstuur het formulier met de knop onderaan.',
    'send-in-each-app': 'Verstuur elk formulier met de knop onderaan.',
    'security-code':
      'Meta stuurt misschien een beveiligingscode naar uw e-mailadres. Vul die in op de pagina van het formulier.',
    confirmation:
      'Meta bevestigt uw bezwaar per e-mail; in de test van klicksafe kwam die e-mail een paar minuten later binnen. Bewaar de e-mail: dat is uw bewijs.',
  },
  textsLink: 'Teksten die u in het veld voor een reden kunt gebruiken',
  checks: {
    'facebook-sent': 'Formulier voor Facebook verstuurd',
    'instagram-sent': 'Formulier voor Instagram verstuurd',
    'confirmation-kept': 'Bevestigingsmail ontvangen en bewaard',
  },
  clearTicks: 'Mijn vinkjes wissen',
  appFallback: {
    cannotFind:
      'Kunt u het menu niet vinden? Meta verplaatst het af en toe, en in uw app kan het anders heten. Gebruik dan het officiële formulier in een webbrowser:',
    privacyCentre:
      'Een andere weg in de app: het privacycentrum van Meta (Privacy Centre) → AI bij Meta (AI at Meta) → een bezwaarverzoek indienen.',
  },
  credits:
    'De stappen in het formulier volgen de test van klicksafe uit juni 2024, waarin klicksafe het veld voor een reden invulde; dat u geen reden hoeft te geven, zegt Datatilsynet (april 2025). De links naar de formulieren zijn de links die de privacytoezichthouder van Hamburg in april 2025 gaf. De menupaden in de apps komen uit mediaberichten en kunnen in uw versie van de app anders zijn.',
  texts: {
    heading: 'Wat u kunt schrijven',
    intro:
      'U hoeft geen reden te geven. De Noorse toezichthouder Datatilsynet zegt: “U hoeft het niet te motiveren” (onze vertaling). Meta heeft gezegd dat het alle bezwaren accepteert. Wilt u toch iets schrijven, kopieer dan een van deze teksten naar het vrije tekstveld.',
    copy: 'Tekst kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    copyFailed: 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer die zelf.',
    items: {
      neutral: {
        title: 'Kort en neutraal',
        text: 'Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens, waaronder mijn berichten, foto’s en reacties, voor de ontwikkeling en verbetering van AI bij Meta.',
      },
      copyright: {
        title: 'Over het auteursrecht op uw eigen berichten',
        text: 'Ik heb het auteursrecht op de inhoud die ik plaats, en ik geef geen toestemming om die te gebruiken voor AI-toepassingen.',
        note: 'Gebaseerd op de formulering die in de test van klicksafe werkte.',
      },
      personal: {
        title: 'Over uw persoonlijke zorgen',
        text: 'Mijn berichten en foto’s zijn persoonlijk. Als ze eenmaal zijn gebruikt om een AI-model te trainen, kunnen ze er niet meer uit worden gehaald. Ik wil niet dat mijn persoonsgegevens hiervoor worden gebruikt.',
      },
    },
  },
  covers: {
    heading: 'Waarvoor een bezwaar geldt',
    covered: 'Valt eronder',
    unclear: 'Meta gebruikt het; geen bron zegt dat een bezwaar dat stopt',
    notCovered: 'Valt er niet onder, of wordt sowieso niet gebruikt',
    items: {
      'public-content': 'Uw openbare berichten, foto’s, bijschriften en reacties, als u volwassen bent.',
      'meta-ai-chats':
        'Wat u invoert in de chatbot Meta AI of in de beeldtools ervan: Meta gebruikt dat op elke leeftijd. Ons advies: voer daar niets in waarvan u niet wilt dat het wordt gebruikt.',
      'private-messages': 'Privéberichten: Meta zegt dat het die niet voor deze training gebruikt.',
      minors: 'Inhoud van mensen onder de 18: Meta gebruikt hun berichten en foto’s niet voor deze training.',
      'posts-by-others': 'Berichten en foto’s die andere mensen over u publiceren: uw bezwaar geldt daar niet voor.',
    },
    accounts:
      'Meerdere accounts: volgens de Noorse toezichthouder Datatilsynet geldt één bezwaar voor alle accounts die in hetzelfde accountcentrum (Accounts Centre) aan elkaar gekoppeld zijn, en wie twijfelt, moet het formulier voor zowel Facebook als Instagram invullen. Ons advies: zijn uw accounts niet gekoppeld, verstuur het formulier dan één keer voor elk account.',
    whatsapp:
      'WhatsApp: volgens mediaberichten worden privéchats niet gebruikt, maar berichten die u in WhatsApp naar Meta AI stuurt wel. Er is geen apart bezwaarformulier voor WhatsApp bekend.',
    thirdParty:
      'Gegevens van andere bedrijven: Meta gebruikt ook gegevens die het van derden koopt om zijn AI te trainen. Dat kan ook mensen zonder account raken. De privacytoezichthouder van Hamburg zegt dat Meta hiervoor een aparte manier biedt om bezwaar te maken. Wij konden geen link daarnaar bevestigen, dus we tonen er geen. Lees de mededeling uit Hamburg voor de details.',
    thirdPartyLink: 'Onze samenvatting van de mededeling uit Hamburg van 12 juni 2024',
  },
  afterDeadline: {
    heading: 'Als de deadline voorbij is',
    text: 'U kunt altijd bezwaar maken. Vanaf dat moment zorgt uw bezwaar ervoor dat Meta uw openbare berichten niet meer voor zijn AI gebruikt. Het kan niet weghalen wat Meta al heeft gebruikt: gegevens die in een model zijn verwerkt, kunnen er niet meer uit worden gehaald.',
    earlier: 'Hebt u in 2024 bezwaar gemaakt? Dan telt dat bezwaar nog steeds, volgens Datatilsynet en Meta.',
  },
  faq: {
    heading: 'Veelgestelde vragen',
    items: [
      {
        question: 'Geldt dit voor mij?',
        answer:
          'Ja, als u in de EU of de EER woont (daar horen ook Noorwegen, IJsland en Liechtenstein bij), 18 jaar of ouder bent en openbare berichten, foto’s of reacties op Facebook of Instagram hebt: daarvoor geldt uw bezwaar. Meta gebruikt ook wat mensen van elke leeftijd in Meta AI invoeren; geen bron zegt dat een bezwaar dat stopt. In het Verenigd Koninkrijk volgt Meta een andere procedure.',
      },
      {
        question: 'Ik heb de deadline gemist. Is het te laat?',
        answer:
          'Nee. U kunt altijd bezwaar maken. Vanaf dat moment zorgt het ervoor dat Meta uw openbare berichten niet meer voor zijn AI gebruikt. Wat Meta al voor de training heeft gebruikt, kan niet meer uit zijn AI worden gehaald.',
      },
      {
        question: 'Moet ik een reden geven?',
        answer:
          'Nee. Datatilsynet zegt dat u uw bezwaar niet hoeft te motiveren, dus u mag het vrije tekstveld leeg laten. Meta heeft gezegd dat het alle bezwaren accepteert.',
      },
      {
        question: 'Ik heb meerdere accounts. Wat moet ik doen?',
        answer:
          'Volgens Datatilsynet geldt één bezwaar voor de accounts die in hetzelfde accountcentrum (Accounts Centre) gekoppeld zijn; twijfelt u, dan raadt Datatilsynet aan het formulier voor zowel Facebook als Instagram in te vullen. Ons advies: zijn uw accounts niet gekoppeld, verstuur het formulier dan één keer voor elk account.',
      },
      {
        question: 'Geldt het ook voor foto’s van mijn kinderen die ik heb geplaatst?',
        answer:
          'Uw bezwaar geldt voor de openbare inhoud die u hebt geplaatst, ook voor foto’s van uw kinderen. Datatilsynet heeft Meta gevraagd of het zijn AI traint met foto’s van kinderen die volwassenen plaatsen. Meta had nog niet geantwoord toen Datatilsynet zijn mededeling publiceerde.',
      },
      {
        question: 'Ik ben jonger dan 18, of mijn kind is dat. Wat geldt er?',
        answer:
          'Volgens Datatilsynet gebruikt Meta voor deze training alleen openbare berichten en foto’s van gebruikers ouder dan 18, dus de eigen berichten van tieners worden niet gebruikt. Wat mensen in Meta AI invoeren, wordt op elke leeftijd gebruikt, en geen bron zegt dat een bezwaar dat stopt: ons advies is daar niets in te voeren waarvan u niet wilt dat het wordt gebruikt. Foto’s van kinderen die volwassenen plaatsen, zijn een open vraag: Datatilsynet heeft Meta gevraagd of het zijn AI daarmee traint. Ouders die zulke foto’s openbaar plaatsen, kunnen voor hun eigen account bezwaar maken.',
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
          'Meta stuurt een bevestigingsmail naar het adres van uw account; in de test van klicksafe kwam die een paar minuten later binnen. Bewaar die e-mail. Komt er niets, kijk dan in uw spammap en verstuur het formulier daarna opnieuw.',
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
  },
};
