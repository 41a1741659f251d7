import type { TimelineTexts } from './en';

export const timelinePt: TimelineTexts = {
  'meta-notifies-2024':
    'A Meta começa a informar os utilizadores na UE sobre uma nova política de privacidade que lhe permite treinar a IA com as publicações desses utilizadores.',
  'complaints-2024':
    'A organização de defesa da privacidade noyb apresenta queixas junto das autoridades de proteção de dados de 11 países; o Conselho dos Consumidores da Noruega (Forbrukerrådet) também apresenta queixa.',
  'hamburg-2024':
    'A autoridade de proteção de dados de Hamburgo aconselha as pessoas a oporem-se antes de 26 de junho de 2024.',
  'meta-pauses-2024':
    'A Meta suspende o plano depois de a Comissão de Proteção de Dados irlandesa (Data Protection Commission) lho pedir. A Comissão congratula-se com a decisão.',
  'deadline-2024':
    'O último dia para se opor segundo a leitura mais rigorosa. A autoridade de Hamburgo pediu às pessoas que se opusessem antes de 26 de junho de 2024; a klicksafe escreveu até 26 de junho de 2024, ou seja, um dia depois. A contagem decrescente terminou no início de 26 de junho, para que quem a seguisse chegasse a tempo segundo ambas as leituras.',
  'policy-date-2024':
    'O dia em que a nova política de privacidade da Meta devia começar a aplicar-se. A Meta tinha suspendido os seus planos a 14 de junho, antes de qualquer treino ter começado; a klicksafe assinalou que continuou a ser possível opor-se depois da suspensão.',
  'meta-announces-2025':
    'A Meta anuncia que vai treinar a IA com conteúdos públicos de utilizadores adultos na UE e no EEE a partir de 27 de maio de 2025.',
  'hamburg-2025':
    'A autoridade de proteção de dados de Hamburgo afirma que quem quiser opor-se deve fazê-lo antes do fim de maio de 2025.',
  'vz-nrw-letter-2025':
    'A organização de consumidores Verbraucherzentrale NRW envia à Meta uma notificação extrajudicial para que desista.',
  'noyb-letter-2025':
    'A noyb envia à Meta uma notificação extrajudicial para que desista e pede uma resposta até 21 de maio.',
  'dpc-statement-2025':
    'A Comissão de Proteção de Dados irlandesa (Data Protection Commission) afirma que a Meta fez alterações, incluindo avisos mais claros, um formulário de oposição mais simples e um período de pré-aviso mais longo.',
  'hamburg-urgency-2025':
    'A autoridade de proteção de dados de Hamburgo abre um procedimento de urgência ao abrigo do artigo 66.º do RGPD.',
  'court-cologne-2025':
    'O Tribunal Regional Superior de Colónia rejeita o pedido da Verbraucherzentrale NRW para travar o treino. A decisão não é passível de recurso.',
  'deadline-2025': 'O último dia para se opor antes do início do treino.',
  'training-starts-2025':
    'A Meta começa a treinar a IA com conteúdos públicos de utilizadores na UE e no EEE. A autoridade de Hamburgo decide não ordenar medidas provisórias.',
};
