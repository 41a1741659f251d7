import type { ObjectionGuideContent } from './en';

/** The objection guide in Italian. */
export const objectionGuideIt: ObjectionGuideContent = {
  title: 'Come opporsi, passo dopo passo',
  description:
    'Opporsi all’uso dei propri post di Facebook e Instagram da parte di Meta per l’addestramento dell’IA: i moduli ufficiali, i passaggi nell’app o nel browser, testi pronti da usare e che cosa copre un’opposizione.',
  intro:
    'Opporsi è gratuito e non serve indicare un motivo. Deve aver effettuato l’accesso al Suo account e poter consultare la casella email collegata all’account.',
  warning:
    'Usi solo i moduli ufficiali indicati in questa pagina. Il nostro consiglio: non inserisca mai la Sua password in un modulo che qualcuno Le invia in un messaggio o in un’email.',
  warningLabel: 'Attenzione',
  chooser: {
    heading: 'Il Suo modo di opporsi',
    platformLegend: 'Quale account vuole proteggere?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Entrambi',
    },
    wayLegend: 'Dove lo usa?',
    ways: {
      app: 'Nell’app sul mio telefono',
      browser: 'In un browser web',
    },
    ticksNote:
      'Spunti ogni passaggio quando l’ha completato. Le spunte restano solo in questo browser; non viene inviato nulla.',
  },
  paths: {
    'facebook-browser': 'Facebook, in un browser web',
    'instagram-browser': 'Instagram, in un browser web',
    'both-browser': 'Facebook e Instagram, in un browser web',
    'facebook-app': 'Facebook, nell’app',
    'instagram-app': 'Instagram, nell’app',
    'both-app': 'Facebook e Instagram, nelle app',
  },
  steps: {
    'login-browser': 'Acceda a {platforms} nel Suo browser web. Il modulo funziona solo se ha effettuato l’accesso.',
    'app-facebook':
      'Nell’app di Facebook apra il menu, poi le impostazioni e la privacy (Settings & privacy) → le impostazioni (Settings) → l’informativa sulla privacy (Privacy Policy), e tocchi il link per opporsi. Si apre il modulo di opposizione di Meta.',
    'app-instagram':
      'Nell’app di Instagram apra il Suo profilo, poi il menu → le impostazioni (Settings) → le informazioni (About) → l’informativa sulla privacy (Privacy Policy), e tocchi il link per opporsi. Si apre il modulo di opposizione di Meta.',
    'what-the-form-asks':
      'Il modulo chiede il Paese in cui vive e l’indirizzo email del Suo account. Ha anche un campo per il motivo: secondo Datatilsynet non deve indicarne uno, quindi può lasciarlo vuoto.',
    'send-form':
      'Apra il modulo ufficiale qui sotto, lo compili e prema il pulsante di invio. Il modulo si apre su {hosts}.',
    'send-each-form':
      'Apra uno dopo l’altro i moduli ufficiali qui sotto, compili ciascuno e prema il pulsante di invio. I moduli si aprono su {hosts}.',
    'send-in-app': 'Alla fine del modulo prema il pulsante di invio.',
    'send-in-each-app': 'Alla fine di ogni modulo prema il pulsante di invio.',
    'security-code':
      'Meta potrebbe inviare un codice di sicurezza al Suo indirizzo email. Lo inserisca nella pagina del modulo.',
    confirmation:
      'Meta conferma la Sua opposizione via email; nel test di klicksafe l’email è arrivata pochi minuti dopo. La conservi: è la Sua prova.',
  },
  textsLink: 'Testi da usare nel campo del motivo',
  checks: {
    'facebook-sent': 'Modulo di Facebook inviato',
    'instagram-sent': 'Modulo di Instagram inviato',
    'confirmation-kept': 'Email di conferma ricevuta e conservata',
  },
  clearTicks: 'Cancella le mie spunte',
  appFallback: {
    cannotFind:
      'Non trova il menu? Meta lo sposta di tanto in tanto, e nella Sua app le voci potrebbero chiamarsi in altro modo. Usi invece il modulo ufficiale in un browser web:',
    privacyCentre:
      'Un’altra strada nell’app: il Centro per la privacy di Meta (Privacy Centre) → l’IA di Meta (AI at Meta) → inviare una richiesta di opposizione.',
  },
  credits:
    'I passaggi del modulo seguono il test di klicksafe di giugno 2024, in cui klicksafe ha compilato il campo del motivo; che non serva indicare un motivo lo dice Datatilsynet (aprile 2025). I link ai moduli sono quelli indicati dall’autorità di Amburgo ad aprile 2025; i percorsi dei menu nelle app provengono da notizie di stampa e possono essere diversi nella Sua versione dell’app.',
  texts: {
    heading: 'Che cosa può scrivere',
    intro:
      'Non è necessario indicare un motivo. Datatilsynet, l’autorità norvegese per la protezione dei dati, afferma: “Non deve giustificarsi” (traduzione nostra), e Meta ha dichiarato di accettare tutte le opposizioni. Se desidera scrivere qualcosa, copi uno di questi testi nel campo di testo libero.',
    copy: 'Copia testo',
    copied: 'Copiato negli appunti.',
    copyFailed: 'Impossibile copiare. Selezioni il testo e lo copi manualmente.',
    items: {
      neutral: {
        title: 'Breve e neutro',
        text: 'Mi oppongo al trattamento dei miei dati personali, compresi i miei post, le mie foto e i miei commenti, per lo sviluppo e il miglioramento dell’IA di Meta.',
      },
      copyright: {
        title: 'Sul diritto d’autore sui propri post',
        text: 'Detengo il diritto d’autore sui contenuti che pubblico e non concedo il permesso di usarli per applicazioni di IA.',
        note: 'Basato sulla formulazione che klicksafe ha usato con successo nel suo test.',
      },
      personal: {
        title: 'Sulle Sue preoccupazioni personali',
        text: 'I miei post e le mie foto sono personali. Una volta usati per addestrare un modello di IA, non possono più esserne tolti. Non voglio che i miei dati personali siano usati per questo scopo.',
      },
    },
  },
  covers: {
    heading: 'Che cosa copre un’opposizione',
    covered: 'Coperto',
    unclear: 'Usato da Meta; nessuna fonte dice che l’opposizione lo ferma',
    notCovered: 'Non coperto, o comunque non usato',
    items: {
      'public-content': 'I Suoi post, foto, didascalie e commenti pubblici, se è maggiorenne.',
      'meta-ai-chats':
        'Ciò che scrive in Meta AI, il chatbot, o nei suoi strumenti per le immagini: Meta lo usa a qualsiasi età. Il nostro consiglio: non scriva lì nulla che non vuole sia usato.',
      'private-messages': 'Messaggi privati: Meta afferma di non usarli per questo addestramento.',
      minors: 'Contenuti di persone sotto i 18 anni: Meta non usa i loro post e le loro foto per questo addestramento.',
      'posts-by-others': 'Post e foto che altre persone pubblicano su di Lei: la Sua opposizione non li copre.',
    },
    accounts:
      'Più account: secondo Datatilsynet, una sola opposizione copre tutti gli account collegati nello stesso centro per la gestione degli account (Accounts Centre) e, in caso di dubbio, conviene compilare il modulo sia per Facebook sia per Instagram. Il nostro consiglio: se i Suoi account non sono collegati, invii il modulo una volta per ciascun account.',
    whatsapp:
      'WhatsApp: secondo notizie di stampa, le chat private non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp.',
    thirdParty:
      'Dati di altre aziende: per addestrare la sua IA, Meta usa anche dati che acquista da terzi. Questo può riguardare anche persone senza account. Secondo l’autorità di Amburgo, Meta offre una procedura di opposizione separata per questi dati; non abbiamo potuto confermare un link a questa procedura, quindi non ne mostriamo nessuno. Per i dettagli, legga la comunicazione di Amburgo.',
    thirdPartyLink: 'La nostra sintesi della comunicazione di Amburgo del 12 giugno 2024',
  },
  afterDeadline: {
    heading: 'Se la scadenza è passata',
    text: 'Può opporsi in qualsiasi momento. Da quel momento in poi, la Sua opposizione impedisce a Meta di usare i Suoi post pubblici per la sua IA. Non può rimuovere ciò che Meta ha già usato: i dati entrati in un modello non possono più esserne tolti.',
    earlier: 'Se ha inviato un’opposizione nel 2024, questa resta valida, secondo Datatilsynet e Meta.',
  },
  faq: {
    heading: 'Domande frequenti',
    items: [
      {
        question: 'Mi riguarda?',
        answer:
          'Sì, se vive nell’UE o nel SEE (che comprende anche Norvegia, Islanda e Liechtenstein), ha almeno 18 anni e ha post, foto o commenti pubblici su Facebook o Instagram: è questo che copre la Sua opposizione. Meta usa anche ciò che persone di qualsiasi età scrivono in Meta AI; nessuna fonte dice che l’opposizione lo ferma. Nel Regno Unito Meta segue una procedura diversa.',
      },
      {
        question: 'Ho perso la scadenza. È troppo tardi?',
        answer:
          'No. Può opporsi in qualsiasi momento. Da quel momento in poi, l’opposizione impedisce a Meta di usare i Suoi post pubblici per la sua IA. Ciò che Meta ha già usato per l’addestramento non può più essere tolto dalla sua IA.',
      },
      {
        question: 'Devo indicare un motivo?',
        answer:
          'No. Secondo Datatilsynet non deve giustificare la Sua opposizione, quindi può lasciare vuoto il campo di testo libero. Meta ha dichiarato di accettare tutte le opposizioni.',
      },
      {
        question: 'Ho più account. Che cosa devo fare?',
        answer:
          'Secondo Datatilsynet, una sola opposizione copre gli account collegati nello stesso centro per la gestione degli account (Accounts Centre); in caso di dubbio, consiglia di compilare il modulo sia per Facebook sia per Instagram. Il nostro consiglio: se i Suoi account non sono collegati, invii il modulo una volta per ciascun account.',
      },
      {
        question: 'L’opposizione copre anche le foto dei miei figli che ho pubblicato?',
        answer:
          'La Sua opposizione copre i contenuti pubblici che ha pubblicato, comprese le foto dei Suoi figli. Datatilsynet ha chiesto a Meta se addestra la sua IA con foto di bambini pubblicate da adulti; quando Datatilsynet ha pubblicato la sua comunicazione, Meta non aveva ancora risposto.',
      },
      {
        question: 'Ho meno di 18 anni, oppure li ha mio figlio o mia figlia. Che cosa vale?',
        answer:
          'Secondo Datatilsynet, per questo addestramento Meta usa solo i post e le foto pubblici degli utenti con più di 18 anni, quindi i post dei ragazzi stessi non vengono usati. Ciò che le persone scrivono in Meta AI viene usato a qualsiasi età, e nessuna fonte dice che l’opposizione lo ferma: il nostro consiglio è di non scrivere lì nulla che non si vuole sia usato. Le foto di bambini pubblicate da adulti sono una questione aperta: Datatilsynet ha chiesto a Meta se addestra la sua IA con queste foto. I genitori che pubblicano tali foto in modo pubblico possono opporsi per il proprio account.',
      },
      {
        question: 'E WhatsApp?',
        answer:
          'Secondo notizie di stampa, le Sue chat private di WhatsApp non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp. Se non vuole che quei messaggi siano usati, non li invii a Meta AI.',
      },
      {
        question: 'Non ho un account. Meta può comunque usare dati che mi riguardano?',
        answer:
          'È possibile. Meta usa anche dati che acquista da altre aziende, e altre persone possono pubblicare foto in cui compare Lei. Secondo l’autorità di Amburgo, Meta offre una procedura separata per opporsi all’uso di dati di terzi; non abbiamo potuto confermare un link a questa procedura.',
      },
      {
        question: 'Come faccio a sapere se ha funzionato?',
        answer:
          'Meta invia un’email di conferma all’indirizzo del Suo account; nel test di klicksafe è arrivata pochi minuti dopo. La conservi. Se non arriva nulla, controlli la cartella della posta indesiderata (spam), poi invii di nuovo il modulo.',
      },
      {
        question: 'Ho inviato un’opposizione nel 2024. Devo oppormi di nuovo?',
        answer: 'No. Datatilsynet e Meta affermano che le opposizioni inviate nel 2024 restano valide.',
      },
    ],
  },
  print: {
    heading: 'Questa guida su carta',
    qr: 'Scansioni il codice per aprire questa guida su un telefono: {url}',
  },
};
