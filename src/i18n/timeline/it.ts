import type { TimelineTexts } from './en';

export const timelineIt: TimelineTexts = {
  'meta-notifies-2024':
    'Meta inizia a informare gli utenti nell’UE di una nuova informativa sulla privacy che le consente di addestrare la sua IA con i loro post.',
  'complaints-2024':
    'L’organizzazione per la tutela della privacy noyb presenta reclami alle autorità per la protezione dei dati di 11 Paesi; anche il Consiglio norvegese dei consumatori (Forbrukerrådet) presenta un reclamo.',
  'hamburg-2024': 'L’autorità per la protezione dei dati di Hamburg consiglia di opporsi prima del 26 giugno 2024.',
  'meta-pauses-2024':
    'Meta sospende il suo piano su richiesta della Commissione irlandese per la protezione dei dati (Data Protection Commission). La Commissione accoglie con favore la decisione.',
  'deadline-2024':
    'Il giorno in cui la nuova informativa sulla privacy doveva entrare in vigore, e quindi l’ultimo giorno per opporsi nel 2024.',
  'policy-date-2024':
    'The day Meta’s new privacy policy was to apply. Meta had paused the AI training on 14 June, and objecting stayed possible after the pause.',
  'meta-announces-2025':
    'Meta annuncia che dal 27 maggio 2025 addestrerà la sua IA con i contenuti pubblici degli utenti adulti nell’UE e nel SEE.',
  'hamburg-2025':
    'L’autorità per la protezione dei dati di Hamburg afferma che chi vuole opporsi dovrebbe farlo prima della fine di maggio 2025.',
  'vz-nrw-letter-2025': 'L’organizzazione dei consumatori Verbraucherzentrale NRW invia una diffida a Meta.',
  'noyb-letter-2025': 'noyb invia una diffida a Meta e chiede una risposta entro il 21 maggio.',
  'dpc-statement-2025':
    'La Commissione irlandese per la protezione dei dati (Data Protection Commission) afferma che Meta ha apportato modifiche, tra cui informative più chiare, un modulo di opposizione più semplice e un periodo di preavviso più lungo.',
  'hamburg-urgency-2025':
    'L’autorità per la protezione dei dati di Hamburg avvia una procedura d’urgenza ai sensi dell’articolo 66 del GDPR.',
  'court-cologne-2025':
    'Il Tribunale regionale superiore di Colonia respinge la richiesta della Verbraucherzentrale NRW di fermare l’addestramento. La decisione non è impugnabile.',
  'deadline-2025': 'L’ultimo giorno per opporsi prima dell’inizio dell’addestramento.',
  'training-starts-2025':
    'Meta inizia ad addestrare la sua IA con i contenuti pubblici degli utenti nell’UE e nel SEE. Hamburg decide di non disporre misure provvisorie.',
};
