import type { TimelineTexts } from './en';

export const timelineIt: TimelineTexts = {
  'meta-notifies-2024':
    'Meta inizia a informare gli utenti nell’UE di una nuova informativa sulla privacy che le consente di addestrare la sua IA con i loro post.',
  'complaints-2024':
    'L’organizzazione per la tutela della privacy noyb presenta reclami alle autorità per la protezione dei dati di 11 Paesi; anche il Consiglio norvegese dei consumatori (Forbrukerrådet) presenta un reclamo.',
  'hamburg-2024': 'L’autorità per la protezione dei dati di Amburgo consiglia di opporsi prima del 26 giugno 2024.',
  'meta-pauses-2024':
    'Meta sospende il suo piano su richiesta della Commissione irlandese per la protezione dei dati (Data Protection Commission). La Commissione accoglie con favore la decisione.',
  'deadline-2024':
    'L’ultimo giorno per opporsi secondo la lettura più rigorosa. L’autorità di Amburgo aveva chiesto di opporsi prima del 26 giugno 2024; klicksafe scriveva entro il 26 giugno 2024, cioè un giorno dopo. Il conto alla rovescia è terminato all’inizio del 26 giugno, perché chi lo seguiva fosse in tempo secondo entrambe le letture.',
  'policy-date-2024':
    'Il giorno in cui doveva applicarsi la nuova informativa sulla privacy di Meta. Meta aveva sospeso i suoi piani il 14 giugno, prima che iniziasse qualsiasi addestramento; klicksafe ha fatto notare che anche dopo la sospensione è rimasto possibile opporsi.',
  'meta-announces-2025':
    'Meta annuncia che dal 27 maggio 2025 addestrerà la sua IA con i contenuti pubblici degli utenti adulti nell’UE e nel SEE.',
  'hamburg-2025':
    'L’autorità per la protezione dei dati di Amburgo afferma che chi vuole opporsi dovrebbe farlo prima della fine di maggio 2025.',
  'vz-nrw-letter-2025': 'L’organizzazione dei consumatori Verbraucherzentrale NRW invia una diffida a Meta.',
  'noyb-letter-2025': 'noyb invia una diffida a Meta e chiede una risposta entro il 21 maggio.',
  'dpc-statement-2025':
    'La Commissione irlandese per la protezione dei dati (Data Protection Commission) afferma che Meta ha apportato modifiche, tra cui informative più chiare, un modulo di opposizione più semplice e un periodo di preavviso più lungo.',
  'hamburg-urgency-2025':
    'L’autorità per la protezione dei dati di Amburgo avvia una procedura d’urgenza ai sensi dell’articolo 66 del GDPR.',
  'court-cologne-2025':
    'Il Tribunale regionale superiore di Colonia respinge la richiesta della Verbraucherzentrale NRW di fermare l’addestramento. La decisione non è impugnabile.',
  'deadline-2025': 'L’ultimo giorno per opporsi prima dell’inizio dell’addestramento.',
  'training-starts-2025':
    'Meta inizia ad addestrare la sua IA con i contenuti pubblici degli utenti nell’UE e nel SEE. L’autorità di Amburgo decide di non disporre misure provvisorie.',
};
