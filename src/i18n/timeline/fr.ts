import type { TimelineTexts } from './en';

export const timelineFr: TimelineTexts = {
  'meta-notifies-2024':
    'Meta commence à informer ses utilisateurs de l’UE d’une nouvelle politique de confidentialité qui lui permet d’entraîner son IA avec leurs publications.',
  'complaints-2024':
    'L’association de défense de la vie privée noyb dépose des plaintes auprès des autorités de protection des données de 11 pays ; le Conseil norvégien des consommateurs (Forbrukerrådet) porte plainte lui aussi.',
  'hamburg-2024': 'L’autorité de protection des données de Hambourg conseille de s’opposer avant le 26 juin 2024.',
  'meta-pauses-2024':
    'Meta suspend son projet à la demande de la Commission irlandaise de protection des données (Data Protection Commission). La Commission salue cette décision.',
  'deadline-2024':
    'Le dernier jour pour s’opposer selon la lecture la plus stricte. L’autorité de Hambourg demandait de s’opposer avant le 26 juin 2024 ; klicksafe écrivait au plus tard le 26 juin 2024, soit un jour plus tard. Le compte à rebours s’est arrêté au début du 26 juin, afin que toute personne qui le suivait soit dans les temps selon les deux lectures.',
  'policy-date-2024':
    'Le jour où la nouvelle politique de confidentialité de Meta devait s’appliquer. Meta avait suspendu ses projets le 14 juin, avant que le moindre entraînement ait commencé ; klicksafe a indiqué qu’il restait possible de s’opposer après cette suspension.',
  'meta-announces-2025':
    'Meta annonce qu’à partir du 27 mai 2025, elle entraînera son IA avec les contenus publics des utilisateurs adultes de l’UE et de l’EEE.',
  'hamburg-2025':
    'L’autorité de protection des données de Hambourg indique que toute personne qui souhaite s’opposer devrait le faire avant la fin du mois de mai 2025.',
  'vz-nrw-letter-2025': 'L’association de consommateurs Verbraucherzentrale NRW adresse une mise en demeure à Meta.',
  'noyb-letter-2025': 'noyb adresse une mise en demeure à Meta et demande une réponse d’ici le 21 mai.',
  'dpc-statement-2025':
    'La Commission irlandaise de protection des données (Data Protection Commission) indique que Meta a apporté des changements, notamment des avis plus clairs, un formulaire d’opposition plus simple et un délai de préavis plus long.',
  'hamburg-urgency-2025':
    'L’autorité de protection des données de Hambourg ouvre une procédure d’urgence au titre de l’article 66 du RGPD.',
  'court-cologne-2025':
    'Le tribunal régional supérieur de Cologne rejette la demande de la Verbraucherzentrale NRW visant à arrêter l’entraînement. La décision n’est pas susceptible de recours.',
  'deadline-2025': 'Le dernier jour pour s’opposer avant le début de l’entraînement.',
  'training-starts-2025':
    'Meta commence à entraîner son IA avec les contenus publics des utilisateurs de l’UE et de l’EEE. L’autorité de Hambourg décide de ne pas ordonner de mesures provisoires.',
};
