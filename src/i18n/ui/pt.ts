import type { UiStrings } from './en';

export const pt = {
  'site.name': 'Opor-se à Meta AI',
  'site.tagline':
    'Como impedir que a Meta use as suas publicações do Facebook e do Instagram para treinar a IA da empresa',
  'skip.toContent': 'Saltar para o conteúdo principal',
  'nav.label': 'Menu principal',
  'nav.home': 'Início',
  'nav.notices': 'Avisos das autoridades',
  'lang.label': 'Idioma',
  'lang.choose': 'Escolha o seu idioma',
  'lang.chooseIntro':
    'Este site explica, em vários idiomas, como se opor a que a Meta utilize as suas publicações para treinar a IA da empresa.',
  'footer.about':
    'Um site de informação independente. Não é gerido pela Meta nem por qualquer autoridade de proteção de dados. Todas as datas e ligações aqui apresentadas vêm de uma fonte identificada.',
  'footer.privacy': 'Sem cookies, sem rastreamento, sem pedidos a outros sites.',
  'footer.licence': 'Código-fonte sob a licença MIT.',
  'footer.reviewed': 'Conteúdo verificado pela última vez a {date}.',
  'footer.built': 'Página gerada a {date}.',
  'external.newTab': '(abre outro site)',
  'home.title': 'Oponha-se a que a Meta treine a IA com as suas publicações',
  'home.description':
    'A Meta treina a IA com publicações públicas do Facebook e do Instagram da UE e do EEE, a menos que se oponha. Veja o ponto da situação e como se opor.',
  'home.intro':
    'A Meta utiliza publicações, fotografias e comentários públicos de adultos na UE e no EEE para treinar a IA. Não pede consentimento: invoca o “interesse legítimo”. Tem o direito de se opor.',
  'home.stepsHeading': 'Opor-se em três passos',
  'home.step1': 'Inicie sessão no Facebook ou no Instagram no seu navegador.',
  'home.step2':
    'Abra o formulário oficial de oposição, escolha o seu país e introduza o endereço de e-mail da sua conta. Indicar um motivo é opcional.',
  'home.step3': 'Envie o formulário e guarde o e-mail de confirmação que a Meta lhe envia.',
  'home.formsHeading': 'Os formulários oficiais',
  'home.noticesHeading': 'O que disseram as autoridades',
  'home.noticesLink': 'Leia os avisos das autoridades de proteção de dados',
  'form.facebook': 'Formulário de oposição do Facebook',
  'form.instagram': 'Formulário de oposição do Instagram',
  'form.destination': 'Abre {host}',
  'status.heading': 'Ponto da situação',
  'status.upcoming':
    'A Meta prevê começar a treinar a IA com as suas publicações públicas a {date}. Oponha-se antes dessa data para que nenhuma das suas publicações seja utilizada.',
  'status.paused':
    'A Meta suspendeu o plano a {date}, depois de a Comissão de Proteção de Dados irlandesa (Data Protection Commission) lho ter pedido.',
  'status.passed':
    'A Meta começou a treinar a IA com conteúdos públicos do Facebook e do Instagram da UE e do EEE a {date}. Ainda se pode opor: isso protege o que publicar a partir de então.',
  'round.name': 'Fase {year}',
  'rounds.heading': 'As duas fases em resumo',
  'rounds.deadline': 'Prazo: {date}',
  'rounds.paused': 'Suspensa pela Meta a {date}',
  'rounds.trainingStart': 'O treino começou a {date}',
  'sources.one': 'Source: {source}',
  'sources.many': 'Sources: {sources}',
  'sources.press': 'press reports',
  'sources.secondary': 'secondary source',
  'sources.unverified': 'not confirmed',
  'state.upcoming': 'Em curso',
  'state.urgent': 'Faltam menos de 48 horas',
  'state.passed': 'Prazo terminado',
  'state.paused': 'Em pausa',
  'countdown.heading': 'Prazo para se opor',
  'countdown.deadline': 'Oponha-se até {datetime}.',
  'countdown.yourZone': 'No seu fuso horário ({zone}), isso corresponde a {datetime}.',
  'countdown.asOfBuild': 'Estado quando esta página foi gerada ({date}): {state}.',
  'countdown.passed': 'O prazo terminou há {elapsed}.',
  'countdown.passedMeaning':
    'Se se opuser agora, o que publicar a partir de agora fica fora do treino. O que a Meta já utilizou não pode ser retirado da IA.',
  'countdown.paused': 'A Meta suspendeu esta fase a {date}, antes do fim do prazo.',
  'countdown.pausedMeaning':
    'As oposições enviadas durante esta fase continuam válidas, segundo a Meta e a Datatilsynet, a autoridade norueguesa de proteção de dados.',
  'countdown.announce': 'Tempo restante para se opor: {duration}.',
  'countdown.clockWarning':
    'O relógio do seu dispositivo indica a data {now}, anterior à criação desta página ({built}). Se o relógio estiver errado, estes números também estão.',
  'countdown.calendar': 'Adicionar o prazo ao seu calendário (ficheiro .ics)',
  'calendar.summary': 'Último dia para se opor ao treino da IA da Meta',
  'calendar.description':
    'Oponha-se antes desta hora nos formulários oficiais do Facebook e do Instagram, para que a Meta não treine a IA com as suas publicações públicas. Guia: {url}',
  'calendar.reminder': 'Lembrete: oponha-se ao treino da IA da Meta antes do fim do prazo',
  'notices.title': 'O que disseram as autoridades de proteção de dados',
  'notices.description':
    'Resumos dos avisos da autoridade de proteção de dados de Hamburg, da autoridade norueguesa Datatilsynet e da klicksafe sobre o treino da IA da Meta.',
  'notices.intro':
    'Autoridades de proteção de dados e serviços de segurança na internet explicaram como se opor e porquê. Eis o que diz cada aviso, por palavras nossas, com uma ligação para o original.',
  'notice.publisher': 'Autoridade',
  'notice.published': 'Data de publicação',
  'notice.round': 'Fase',
  'notice.source': 'Original',
  'notice.sourceLink': 'Ler o aviso original',
  'notice.sourceHome': 'Publicado em {host}',
  'notice.sourceLanguage': 'Idioma do original: {language}',
  'notice.ourSummary': 'Este é o nosso resumo, não o texto da própria autoridade.',
  'notice.backToList': 'Todos os avisos',
  'notice.objectCta': 'Opor-se agora nos formulários oficiais',
  'nav.guide': 'Como se opor',
  'nav.timeline': 'Cronologia',
  'home.guideLink': 'Leia o guia completo: todos os passos, textos que pode usar e o que uma oposição abrange',
  'notice.guideLink': 'Como se opor, passo a passo',
  'timeline.title': 'O que aconteceu e quando',
  'timeline.description':
    'As datas dos planos da Meta para treinar a IA com publicações da UE e do EEE, desde o primeiro anúncio em 2024 até ao início do treino em 2025, cada uma com a sua fonte.',
  'timeline.intro':
    'Todas as datas aqui apresentadas vêm de uma autoridade, de um tribunal ou de outra fonte identificada.',
  'timeline.deadline': 'Prazo',
  'timeline.notice': 'O nosso resumo deste aviso',
  'footer.embed': 'Coloque a contagem decrescente no seu site',
  'footer.translations': 'Estado das traduções',
  'embed.title': 'Coloque a contagem decrescente no seu site',
  'embed.description':
    'Um widget gratuito de contagem decrescente para sites parceiros: sem cookies, sem rastreamento, em todos os idiomas deste site. Escolha o aspeto, copie o código e cole-o na sua página.',
  'embed.intro':
    'Organizações de consumidores, ONG, blogues e autoridades podem mostrar a nossa contagem decrescente nas suas próprias páginas. Atualiza-se sozinha: quando o prazo termina, cada cópia do widget explica o que uma oposição ainda consegue.',
  'embed.optionsHeading': 'Escolha o aspeto',
  'embed.language': 'Idioma',
  'embed.theme': 'Cores',
  'embed.themeAuto': 'De acordo com o dispositivo de quem lê',
  'embed.themeLight': 'Claro',
  'embed.themeDark': 'Escuro',
  'embed.size': 'Tamanho',
  'embed.sizeFull': 'Completo: números e explicação',
  'embed.sizeCompact': 'Compacto: o essencial',
  'embed.previewHeading': 'Pré-visualização',
  'embed.iframeHeading': 'Incorporar com um iframe: funciona em qualquer lado',
  'embed.iframeNote':
    'Use esta opção se o seu site não permitir scripts, como acontece com muitos sistemas de gestão de conteúdos.',
  'embed.scriptHeading': 'Incorporar com um script: ajusta a altura',
  'embed.scriptNote':
    'O script transforma a ligação no widget e mantém a altura correta. Sem JavaScript, os seus leitores veem a ligação.',
  'embed.copy': 'Copiar código',
  'embed.copied': 'Código copiado para a área de transferência.',
  'embed.copyFailed': 'Não foi possível copiar. Selecione o código e copie-o manualmente.',
  'embed.privacyHeading': 'Privacidade',
  'embed.privacy':
    'O widget não define cookies, não guarda nada no navegador, não rastreia ninguém e não faz pedidos a nenhum outro servidor. Funciona numa moldura isolada (sandbox) que não consegue ler a sua página.',
  'embed.licenceHeading': 'Licença',
  'embed.licence': 'Pode utilizar o widget em qualquer site, gratuitamente. O código está sob a licença MIT.',
  'widget.title': 'Contagem decrescente: oponha-se ao treino da IA da Meta',
  'widget.more': 'Como se opor',
  'share.heading': 'Partilhar esta página',
  'share.native': 'Partilhar…',
  'share.copyLink': 'Copiar ligação',
  'share.copied': 'Ligação copiada.',
  'share.copyFailed': 'Não foi possível copiar. Copie o endereço a partir da barra de endereço do navegador.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'O seu servidor Mastodon',
  'share.mastodonHint': 'Por exemplo, mastodon.social. Só fica guardado neste navegador.',
  'share.mastodonGo': 'Partilhar no Mastodon',
  'share.mastodonInvalid': 'Introduza um nome de servidor, como mastodon.social.',
  'share.textUpcoming':
    'Oponha-se antes de {date} para que a Meta não treine a IA com as suas publicações do Facebook e do Instagram. Saiba como:',
  'share.textPassed':
    'A Meta treina a IA com publicações públicas do Facebook e do Instagram. Ainda se pode opor: isso protege o que publicar a partir de agora. Saiba como:',
  'share.textPaused':
    'A Meta suspendeu o plano de treinar IA com publicações do Facebook e do Instagram. Saiba como se opor, caso o plano seja retomado:',
  'og.imageAlt': '{title}. {status}',
  'feed.title': '{site}: notícias',
  'feed.description':
    'Novos avisos das autoridades de proteção de dados e alterações no estado do treino da IA da Meta.',
  'feed.roundAnnounced':
    'Fase {year}: a Meta anuncia o treino da IA com as suas publicações; oponha-se antes de {date}',
  'feed.roundPaused': 'Fase {year}: a Meta suspende o plano',
  'feed.roundStarted': 'Fase {year}: a Meta começou a treinar a IA',
  'translations.title': 'Estado das traduções',
  'translations.description':
    'Que páginas deste site estão traduzidas para que idioma, e quais mostram, por agora, o texto em inglês.',
  'translations.intro':
    'Todas as páginas existem em todos os idiomas. Quando um aviso ainda não está traduzido, a página mostra o texto em inglês com uma nota no topo.',
  'translations.translated': 'Traduzido',
  'translations.fallback': 'Em inglês, por agora',
  'fallback.notice': 'Este texto ainda não está traduzido para {language}. Está a ler a versão em inglês.',
  'notFound.title': 'Página não encontrada',
  'notFound.description': 'Esta página não existe.',
  'notFound.body':
    'Não existe nenhuma página neste endereço. Pode ter sido movida, ou a ligação pode ter um erro de escrita.',
  'notFound.home': 'Ir para a página inicial',
} as const satisfies UiStrings;
