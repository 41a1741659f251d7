import type { UiStrings } from './en';

export const it = {
  'site.name': 'Opporsi a Meta AI',
  'site.tagline': 'Come impedire che Meta addestri la sua IA con i Suoi post di Facebook e Instagram',
  'skip.toContent': 'Vai al contenuto principale',
  'nav.label': 'Menu principale',
  'nav.home': 'Home',
  'nav.notices': 'Comunicazioni delle autorità',
  'lang.label': 'Lingua',
  'lang.choose': 'Scelga la lingua',
  'lang.chooseIntro':
    'Questo sito spiega, in diverse lingue, come opporsi all’uso dei propri post da parte di Meta per l’addestramento della sua IA.',
  'footer.about':
    'Un sito di informazione indipendente. Non è gestito da Meta né da alcuna autorità per la protezione dei dati. Ogni data e ogni link presenti nel sito provengono da una fonte indicata.',
  'footer.privacy': 'Nessun cookie, nessun tracciamento, nessuna richiesta ad altri siti web.',
  'footer.licence': 'Codice sorgente con licenza MIT.',
  'footer.reviewed': 'Ultima verifica dei contenuti: {date}.',
  'footer.built': 'Data di generazione della pagina: {date}.',
  'external.newTab': '(apre un altro sito web)',
  'home.title': 'Opporsi all’addestramento dell’IA di Meta con i propri post',
  'home.description':
    'Meta addestra la sua IA con i post pubblici di Facebook e Instagram provenienti dall’UE e dal SEE, a meno che Lei non si opponga. Ecco a che punto siamo e come opporsi.',
  'home.intro':
    'Meta usa post, foto e commenti pubblici di persone adulte nell’UE e nel SEE per addestrare la sua IA. Non chiede il consenso: si basa sul “legittimo interesse”. Lei ha il diritto di opporsi.',
  'home.stepsHeading': 'Opporsi in tre passaggi',
  'home.step1': 'Acceda a Facebook o a Instagram dal Suo browser.',
  'home.step2':
    'Apra il modulo ufficiale di opposizione, scelga il Suo Paese e inserisca l’indirizzo email del Suo account. La motivazione è facoltativa.',
  'home.step3': 'Invii il modulo e conservi l’email di conferma che Meta Le invia.',
  'home.formsHeading': 'I moduli ufficiali',
  'home.noticesHeading': 'Che cosa hanno detto le autorità',
  'home.noticesLink': 'Leggere le comunicazioni delle autorità per la protezione dei dati',
  'form.facebook': 'Modulo di opposizione di Facebook',
  'form.instagram': 'Modulo di opposizione di Instagram',
  'form.destination': 'Apre {host}',
  'status.heading': 'A che punto siamo',
  'status.upcoming':
    'Meta prevede di iniziare ad addestrare la sua IA con i Suoi post pubblici in data {date}. Si opponga prima di quella data per escludere tutti i Suoi post.',
  'status.paused':
    'Meta ha sospeso il suo piano in data {date}, su richiesta della Commissione irlandese per la protezione dei dati (Data Protection Commission).',
  'status.passed':
    'In data {date} Meta ha iniziato ad addestrare la sua IA con i contenuti pubblici di Facebook e Instagram provenienti dall’UE e dal SEE. Può ancora opporsi: l’opposizione protegge ciò che pubblica da quel momento in poi.',
  'round.name': 'Fase {year}',
  'rounds.heading': 'Le due fasi in sintesi',
  'rounds.deadline': 'Scadenza: {date}',
  'rounds.paused': 'Sospesa da Meta in data {date}',
  'rounds.trainingStart': 'Inizio dell’addestramento: {date}',
  'sources.one': 'Source: {source}',
  'sources.many': 'Sources: {sources}',
  'sources.press': 'press reports',
  'sources.secondary': 'secondary source',
  'sources.unverified': 'not confirmed',
  'state.upcoming': 'In corso',
  'state.urgent': 'Mancano meno di 48 ore',
  'state.passed': 'Scadenza superata',
  'state.paused': 'In pausa',
  'countdown.heading': 'Scadenza per opporsi',
  'countdown.deadline': 'Si opponga entro {datetime}.',
  'countdown.yourZone': 'Nel Suo fuso orario ({zone}) corrisponde a {datetime}.',
  'countdown.asOfBuild': 'Stato al momento della generazione di questa pagina ({date}): {state}.',
  'countdown.passed': 'La scadenza è passata {elapsed} fa.',
  'countdown.passedMeaning':
    'Se si oppone ora, ciò che pubblicherà da adesso in poi resterà escluso dall’addestramento. Ciò che Meta ha già usato non può essere tolto dalla sua IA.',
  'countdown.paused': 'Meta ha sospeso questa fase in data {date}, prima della scadenza.',
  'countdown.pausedMeaning':
    'Le opposizioni inviate durante questa fase restano valide, secondo Meta e Datatilsynet, l’autorità norvegese per la protezione dei dati.',
  'countdown.announce': 'Tempo rimasto per opporsi: {duration}.',
  'countdown.clockWarning':
    'L’orologio del Suo dispositivo indica la data {now}, che è precedente alla generazione di questa pagina ({built}). Se l’orologio è sbagliato, anche questi dati sono sbagliati.',
  'countdown.calendar': 'Aggiungere la scadenza al calendario (file .ics)',
  'calendar.summary': 'Ultimo giorno per opporsi all’addestramento dell’IA di Meta',
  'calendar.description':
    'Si opponga prima di quest’ora con i moduli ufficiali di Facebook e Instagram, così Meta non addestrerà la sua IA con i Suoi post pubblici. Guida: {url}',
  'calendar.reminder': 'Promemoria: opporsi all’addestramento dell’IA di Meta prima della scadenza',
  'notices.title': 'Che cosa hanno detto le autorità per la protezione dei dati',
  'notices.description':
    'Sintesi delle comunicazioni dell’autorità per la protezione dei dati di Hamburg, dell’autorità norvegese Datatilsynet e di klicksafe sull’addestramento dell’IA di Meta.',
  'notices.intro':
    'Autorità per la protezione dei dati e servizi per la sicurezza online hanno spiegato come opporsi, e perché. Ecco che cosa dice ogni comunicazione, con parole nostre e con un link all’originale.',
  'notice.publisher': 'Autorità',
  'notice.published': 'Data di pubblicazione',
  'notice.round': 'Fase',
  'notice.source': 'Originale',
  'notice.sourceLink': 'Leggere la comunicazione originale',
  'notice.sourceHome': 'Pubblicata su {host}',
  'notice.sourceLanguage': 'Lingua dell’originale: {language}',
  'notice.ourSummary': 'Questa è una nostra sintesi, non il testo dell’autorità.',
  'notice.backToList': 'Tutte le comunicazioni',
  'notice.objectCta': 'Opporsi ora con i moduli ufficiali',
  'nav.guide': 'Come opporsi',
  'nav.timeline': 'Cronologia',
  'home.guideLink':
    'Leggere la guida completa: tutti i passaggi, testi pronti da usare e che cosa copre un’opposizione',
  'notice.guideLink': 'Come opporsi, passo dopo passo',
  'timeline.title': 'Che cosa è successo e quando',
  'timeline.description':
    'Le date dei piani di Meta per addestrare la sua IA con i post provenienti dall’UE e dal SEE, dal primo annuncio nel 2024 all’inizio dell’addestramento nel 2025, ognuna con la sua fonte.',
  'timeline.intro': 'Ogni data riportata qui proviene da un’autorità, da un tribunale o da un’altra fonte indicata.',
  'timeline.deadline': 'Scadenza',
  'timeline.notice': 'La nostra sintesi di questa comunicazione',
  'footer.embed': 'Inserire il conto alla rovescia nel proprio sito',
  'footer.translations': 'Stato delle traduzioni',
  'embed.title': 'Inserire il conto alla rovescia nel proprio sito',
  'embed.description':
    'Un widget gratuito con il conto alla rovescia per i siti partner: niente cookie, nessun tracciamento, in tutte le lingue di questo sito. Scegliere l’aspetto, copiare il codice e incollarlo nella propria pagina.',
  'embed.intro':
    'Associazioni dei consumatori, ONG, blog e autorità possono mostrare il nostro conto alla rovescia sulle proprie pagine. Si aggiorna da solo: quando la scadenza è passata, ogni copia del widget spiega che cosa ottiene ancora un’opposizione.',
  'embed.optionsHeading': 'Scegliere l’aspetto',
  'embed.language': 'Lingua',
  'embed.theme': 'Colori',
  'embed.themeAuto': 'In base al dispositivo di chi legge',
  'embed.themeLight': 'Chiaro',
  'embed.themeDark': 'Scuro',
  'embed.size': 'Dimensioni',
  'embed.sizeFull': 'Completo: cifre e spiegazione',
  'embed.sizeCompact': 'Compatto: l’essenziale',
  'embed.previewHeading': 'Anteprima',
  'embed.iframeHeading': 'Incorporare con un iframe: funziona ovunque',
  'embed.iframeNote':
    'Usare questa opzione se il sito non consente script, come molti sistemi di gestione dei contenuti.',
  'embed.scriptHeading': 'Incorporare con uno script: adatta l’altezza',
  'embed.scriptNote':
    'Lo script trasforma il link nel widget e ne mantiene corretta l’altezza. Senza JavaScript, chi legge vede il link.',
  'embed.copy': 'Copia codice',
  'embed.copied': 'Codice copiato negli appunti.',
  'embed.copyFailed': 'Impossibile copiare. Selezionare il codice e copiarlo manualmente.',
  'embed.privacyHeading': 'Privacy',
  'embed.privacy':
    'Il widget non imposta cookie, non salva nulla nel browser, non traccia nessuno e non invia richieste ad altri server. Funziona in un riquadro isolato (sandbox) che non può leggere la pagina che lo ospita.',
  'embed.licenceHeading': 'Licenza',
  'embed.licence':
    'Il widget può essere usato gratuitamente su qualsiasi sito web. Il suo codice è distribuito con licenza MIT.',
  'widget.title': 'Conto alla rovescia: opporsi all’addestramento dell’IA di Meta',
  'widget.more': 'Come opporsi',
  'share.heading': 'Condividi questa pagina',
  'share.native': 'Condividi…',
  'share.copyLink': 'Copia link',
  'share.copied': 'Link copiato.',
  'share.copyFailed': 'Impossibile copiare. Copiare l’indirizzo dalla barra degli indirizzi del browser.',
  'share.email': 'Email',
  'share.mastodonServer': 'Il Suo server Mastodon',
  'share.mastodonHint': 'Ad esempio mastodon.social. Viene memorizzato solo in questo browser.',
  'share.mastodonGo': 'Condividi su Mastodon',
  'share.mastodonInvalid': 'Inserire il nome di un server, ad esempio mastodon.social.',
  'share.textUpcoming':
    'Opporsi prima del giorno {date} per evitare che Meta addestri la sua IA con i propri post di Facebook e Instagram. Ecco come fare:',
  'share.textPassed':
    'Meta addestra la sua IA con i post pubblici di Facebook e Instagram. È ancora possibile opporsi: l’opposizione protegge ciò che si pubblica da ora in poi. Ecco come fare:',
  'share.textPaused':
    'Meta ha sospeso il piano di addestrare l’IA con i post di Facebook e Instagram. Ecco come opporsi, nel caso il piano riprenda:',
  'og.imageAlt': '{title}. {status}',
  'feed.title': '{site}: notizie',
  'feed.description':
    'Nuove comunicazioni delle autorità per la protezione dei dati e cambiamenti nello stato dell’addestramento dell’IA di Meta.',
  'feed.roundAnnounced':
    'Fase {year}: Meta annuncia l’addestramento della sua IA con i Suoi post; si opponga prima del giorno {date}',
  'feed.roundPaused': 'Fase {year}: Meta sospende il suo piano',
  'feed.roundStarted': 'Fase {year}: Meta ha iniziato ad addestrare la sua IA',
  'translations.title': 'Stato delle traduzioni',
  'translations.description':
    'Quali pagine di questo sito sono tradotte e in quali lingue, e quali mostrano per ora il testo inglese.',
  'translations.intro':
    'Ogni pagina esiste in tutte le lingue. Se una comunicazione non è ancora tradotta, la sua pagina mostra il testo inglese con una nota in alto.',
  'translations.translated': 'Tradotto',
  'translations.fallback': 'Per ora in inglese',
  'fallback.notice': 'Questo testo non è ancora tradotto in {language}. Sta leggendo la versione inglese.',
  'notFound.title': 'Pagina non trovata',
  'notFound.description': 'Questa pagina non esiste.',
  'notFound.body':
    'A questo indirizzo non c’è nessuna pagina. Potrebbe essere stata spostata, oppure il link potrebbe contenere un errore di battitura.',
  'notFound.home': 'Vai alla home page',
} as const satisfies UiStrings;
