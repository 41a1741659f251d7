import type { ObjectionGuideContent } from './en';

/** The objection guide in Italian. */
export const objectionGuideIt: ObjectionGuideContent = {
  title: 'Come opporsi, passo dopo passo',
  description:
    'Opporsi all’uso dei propri post di Facebook e Instagram da parte di Meta per l’addestramento dell’IA: i moduli ufficiali, tutti i passaggi, testi pronti da usare e che cosa copre un’opposizione.',
  intro:
    'Per opporsi bastano circa cinque minuti per ogni piattaforma. Servono le credenziali di accesso e l’accesso all’indirizzo email dell’account.',
  tocLabel: 'In questa pagina',
  warning: 'Usi solo i moduli ufficiali indicati qui. Nel modulo Meta non chiede mai la Sua password.',

  facebook: {
    heading: 'Opporsi su Facebook',
    steps: [
      'Acceda prima a Facebook dal Suo browser web. Il modulo funziona solo dopo aver effettuato l’accesso.',
      'Apra il modulo ufficiale di opposizione con il pulsante qui sotto. Si apre su {host}.',
      'Scelga dall’elenco il Paese in cui vive.',
      'Inserisca l’indirizzo email del Suo account Facebook.',
      'Il campo di testo libero è facoltativo: può lasciarlo vuoto o incollarvi uno dei testi riportati più sotto.',
      'Prema “Invia”.',
      'Meta potrebbe inviare un codice di sicurezza al Suo indirizzo email. Lo inserisca nella pagina del modulo.',
      'Meta conferma la Sua opposizione via email, spesso in pochi minuti. Conservi questa email: è la Sua prova.',
    ],
  },
  instagram: {
    heading: 'Opporsi su Instagram',
    steps: [
      'Acceda prima a Instagram dal Suo browser web. Il modulo funziona solo dopo aver effettuato l’accesso.',
      'Apra il modulo ufficiale di opposizione con il pulsante qui sotto. Si apre su {host}.',
      'Scelga dall’elenco il Paese in cui vive.',
      'Inserisca l’indirizzo email del Suo account Instagram.',
      'Il campo di testo libero è facoltativo: può lasciarlo vuoto o incollarvi uno dei testi riportati più sotto.',
      'Prema “Invia”.',
      'Meta potrebbe inviare un codice di sicurezza al Suo indirizzo email. Lo inserisca nella pagina del modulo.',
      'Meta conferma la Sua opposizione via email, spesso in pochi minuti. Conservi questa email: è la Sua prova.',
    ],
  },
  stepsSource: 'Passaggi verificati da klicksafe e descritti dall’autorità per la protezione dei dati di Hamburg.',

  inApp: {
    heading: 'Sul telefono, nell’app',
    intro:
      'Può opporsi anche dall’interno delle app. Meta a volte sposta questi menu; se non li trova, usi i link ai moduli riportati sopra.',
    facebook:
      'Facebook: Menu → Impostazioni e privacy → Impostazioni → Informativa sulla privacy → il link per opporsi.',
    instagram:
      'Instagram: Profilo → Menu → Impostazioni → Informazioni → Informativa sulla privacy → il link per opporsi.',
    privacyCenter:
      'In alternativa: Centro sulla privacy di Meta → L’IA di Meta → inviare una richiesta di opposizione.',
    source: 'Percorsi dei menu secondo la stampa; nella Sua versione dell’app potrebbero essere diversi.',
  },

  texts: {
    heading: 'Che cosa può scrivere',
    intro:
      'Non è necessario indicare un motivo. Datatilsynet, l’autorità norvegese per la protezione dei dati, afferma: “Non deve giustificarsi” (traduzione nostra). Meta ha dichiarato di accettare tutte le opposizioni. Se desidera scrivere qualcosa, copi uno di questi testi nel campo di testo libero.',
    copy: 'Copia testo',
    copied: 'Copiato negli appunti.',
    copyFailed: 'Impossibile copiare. Selezioni il testo e lo copi manualmente.',
    items: [
      {
        title: 'Breve e neutro',
        text: 'Mi oppongo all’uso dei miei dati personali, compresi i miei post, le mie foto e i miei commenti, per lo sviluppo e il miglioramento dell’IA di Meta.',
      },
      {
        title: 'Sul diritto d’autore sui propri post',
        text: 'Sono titolare del diritto d’autore sui contenuti che pubblico e non ne autorizzo l’uso per applicazioni di IA.',
        note: 'Basato sulla formulazione che klicksafe ha usato con successo nel suo test.',
      },
      {
        title: 'Sulle proprie preoccupazioni personali',
        text: 'I miei post e le mie foto sono personali. Una volta usati per addestrare un modello di IA, non possono più esserne rimossi. Non voglio che i miei dati siano usati per questo scopo.',
      },
    ],
  },

  covers: {
    heading: 'Che cosa copre un’opposizione',
    covered: 'Coperto',
    notCovered: 'Non coperto, o comunque non usato',
    items: [
      {
        kind: 'covered',
        text: 'I Suoi post, foto, didascalie e commenti pubblici, se è maggiorenne.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Ciò che scrive a Meta AI, il chatbot, a qualsiasi età.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'I messaggi privati: Meta dichiara di non usarli per questo addestramento.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Gli account delle persone minori di 18 anni: Meta dichiara di non usare i loro post.',
        source: 'notizie di stampa',
      },
      {
        kind: 'notCovered',
        text: 'Post e foto che altre persone pubblicano su di Lei: la Sua opposizione non li copre.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Più account: secondo Datatilsynet, una sola opposizione copre tutti gli account collegati nello stesso Centro gestione account. Altre fonti consigliano un’opposizione per ogni account. In caso di dubbio, invii entrambi i moduli, una volta per ciascun account.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: secondo notizie di stampa, le chat private non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp.',
    whatsappSource: 'notizie di stampa',
    thirdParty:
      'Dati di altre aziende: per addestrare la sua IA, Meta usa anche dati che acquista da terzi. Questo può riguardare anche persone senza account. Secondo l’autorità di Hamburg, Meta offre una procedura di opposizione separata per questi dati; non abbiamo potuto confermare un link a questa procedura, quindi non ne mostriamo nessuno. Per i dettagli, legga la comunicazione di Hamburg.',
    thirdPartyLink: 'Comunicazione di Hamburg del 12 giugno 2024',
    sourceLabel: 'Fonte: {source}',
  },

  afterDeadline: {
    heading: 'Se la scadenza è passata',
    text: 'Può opporsi in qualsiasi momento. Un’opposizione esclude dall’addestramento dell’IA di Meta ciò che pubblica da quel momento in poi. Non può rimuovere ciò che Meta ha già usato: i dati entrati in un modello non possono esserne tolti.',
    earlier: 'Se ha inviato un’opposizione nel 2024, questa resta valida, secondo Datatilsynet e Meta.',
    source: 'Autorità per la protezione dei dati di Hamburg, 15 aprile 2025',
  },

  checklist: {
    heading: 'La Sua lista di controllo',
    intro: 'Spunti ciò che ha già fatto. Le spunte restano solo in questo browser; non viene inviato nulla.',
    items: ['Modulo di Facebook inviato', 'Modulo di Instagram inviato', 'Email di conferma ricevuta e conservata'],
    reset: 'Cancella le mie spunte',
  },

  faq: {
    heading: 'Domande frequenti',
    items: [
      {
        question: 'Mi riguarda?',
        answer:
          'Sì, se vive nell’UE o nel SEE (che comprende anche Norvegia, Islanda e Liechtenstein), ha almeno 18 anni e ha contenuti pubblici su Facebook o Instagram. Nel Regno Unito Meta segue una procedura diversa.',
      },
      {
        question: 'Ho perso la scadenza. È troppo tardi?',
        answer:
          'No. Può opporsi in qualsiasi momento. L’opposizione protegge ciò che pubblica da quel momento in poi. Ciò che Meta ha già usato per l’addestramento non può essere tolto dalla sua IA.',
      },
      {
        question: 'Devo indicare un motivo?',
        answer:
          'No. Il campo di testo libero è facoltativo. Secondo Datatilsynet non deve giustificare la Sua opposizione, e Meta ha dichiarato di accettare tutte le opposizioni.',
      },
      {
        question: 'Ho più account. Che cosa devo fare?',
        answer:
          'Secondo Datatilsynet, una sola opposizione copre gli account collegati nello stesso Centro gestione account. Se ha dubbi sul fatto che i Suoi account siano collegati, invii il modulo per Facebook e quello per Instagram, una volta per ciascun account.',
      },
      {
        question: 'L’opposizione copre anche le foto dei miei figli che ho pubblicato?',
        answer:
          'La Sua opposizione copre i contenuti pubblici che ha pubblicato, comprese le foto dei Suoi figli. Datatilsynet ha chiesto a Meta se addestra la sua IA con foto di bambini pubblicate da adulti; quando Datatilsynet ha pubblicato la sua comunicazione, Meta non aveva ancora risposto.',
      },
      {
        question: 'E WhatsApp?',
        answer:
          'Secondo notizie di stampa, le Sue chat private di WhatsApp non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp. Se non vuole che quei messaggi siano usati, non li invii a Meta AI.',
      },
      {
        question: 'Non ho un account. Meta può comunque usare dati che mi riguardano?',
        answer:
          'È possibile. Meta usa anche dati che acquista da altre aziende, e altre persone possono pubblicare foto in cui compare Lei. Secondo l’autorità di Hamburg, Meta offre una procedura separata per opporsi all’uso di dati di terzi; non abbiamo potuto confermare un link a questa procedura.',
      },
      {
        question: 'Come faccio a sapere se ha funzionato?',
        answer:
          'Meta invia un’email di conferma all’indirizzo del Suo account; nel test di klicksafe è arrivata in pochi minuti. La conservi. Se non arriva nulla, controlli la cartella della posta indesiderata (spam), poi invii di nuovo il modulo.',
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
    button: 'Stampa questa guida',
  },
};
