import type { ObjectionGuideContent } from './en';

/** The objection guide in Portuguese. */
export const objectionGuidePt: ObjectionGuideContent = {
  title: 'Como se opor, passo a passo',
  description:
    'Oponha-se a que a Meta use as suas publicações do Facebook e do Instagram para treinar a IA: os formulários oficiais, os passos na aplicação ou no navegador, textos que pode usar e o que uma oposição abrange.',
  intro:
    'Opor-se é gratuito e não tem de indicar um motivo. Precisa de ter sessão iniciada e de ter acesso ao endereço de e-mail da sua conta.',
  warning:
    'Utilize apenas os formulários oficiais indicados nesta página. O nosso conselho: nunca escreva a sua palavra-passe num formulário que alguém lhe envie por mensagem ou por e-mail.',
  warningLabel: 'Atenção',
  chooser: {
    heading: 'A sua forma de se opor',
    platformLegend: 'Que conta quer proteger?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Ambas',
    },
    wayLegend: 'Onde a utiliza?',
    ways: {
      app: 'Na aplicação do meu telemóvel',
      browser: 'Num navegador web',
    },
    ticksNote:
      'Marque cada passo quando estiver concluído. As marcas ficam apenas neste navegador; nada é enviado para lado nenhum.',
  },
  paths: {
    'facebook-browser': 'Facebook, num navegador web',
    'instagram-browser': 'Instagram, num navegador web',
    'both-browser': 'Facebook e Instagram, num navegador web',
    'facebook-app': 'Facebook, na aplicação',
    'instagram-app': 'Instagram, na aplicação',
    'both-app': 'Facebook e Instagram, nas aplicações',
  },
  steps: {
    'login-browser':
      'Inicie sessão no {platforms} no seu navegador web. O formulário só funciona com a sessão iniciada.',
    'app-facebook':
      'Na aplicação do Facebook, abra o menu e depois as definições e privacidade (Settings & privacy) → as definições (Settings) → a política de privacidade (Privacy Policy), e toque na ligação para se opor. Abre-se o formulário de oposição da Meta.',
    'app-instagram':
      'Na aplicação do Instagram, abra o seu perfil e depois o menu → as definições (Settings) → a secção de informações (About) → a política de privacidade (Privacy Policy), e toque na ligação para se opor. Abre-se o formulário de oposição da Meta.',
    'what-the-form-asks':
      'O formulário pede o país onde vive e o endereço de e-mail da sua conta. Também tem um campo para o motivo: segundo a Datatilsynet, não tem de indicar nenhum, por isso pode deixá-lo em branco.',
    'send-form':
      'Abra o formulário oficial abaixo, preencha-o e prima o botão de envio. O formulário abre-se em {hosts}.',
    'send-each-form':
      'Abra os formulários oficiais abaixo, um a seguir ao outro, preencha cada um e prima o botão de envio. Os formulários abrem-se em {hosts}.',
    'send-in-app': 'Prima o botão de envio no fim do formulário.',
    'send-in-each-app': 'Prima o botão de envio no fim de cada formulário.',
    'security-code':
      'A Meta pode enviar um código de segurança para o seu endereço de e-mail. Introduza-o na página do formulário.',
    confirmation:
      'A Meta confirma a sua oposição por e-mail; no teste da klicksafe, o e-mail chegou poucos minutos depois. Guarde-o: é a sua prova.',
  },
  textsLink: 'Textos que pode usar no campo do motivo',
  checks: {
    'facebook-sent': 'Formulário do Facebook enviado',
    'instagram-sent': 'Formulário do Instagram enviado',
    'confirmation-kept': 'E-mail de confirmação recebido e guardado',
  },
  clearTicks: 'Limpar as minhas marcas',
  appFallback: {
    cannotFind:
      'Não encontra o menu? A Meta muda-o de sítio de vez em quando, e pode ter outros nomes na sua aplicação. Em alternativa, use o formulário oficial num navegador web:',
    privacyCentre:
      'Outra forma na aplicação: o centro de privacidade da Meta (Privacy Centre) → a secção sobre IA na Meta (AI at Meta) → o pedido de oposição (submit an objection request).',
  },
  credits:
    'Os passos do formulário seguem o teste da klicksafe de junho de 2024, em que a klicksafe preencheu o campo do motivo; que não é preciso indicar um motivo é o que diz a Datatilsynet (abril de 2025). As ligações para os formulários são as que a autoridade de Hamburgo indicou em abril de 2025; os caminhos nos menus das aplicações vêm de notícias da imprensa e podem ser diferentes na sua versão da aplicação.',
  texts: {
    heading: 'O que pode escrever',
    intro:
      'Não tem de indicar um motivo. A Datatilsynet, autoridade norueguesa de proteção de dados, afirma: “Não tem de se justificar” (tradução nossa), e a Meta declarou que aceita todas as oposições. Se quiser escrever alguma coisa, copie um destes textos para o campo de texto livre.',
    copy: 'Copiar texto',
    copied: 'Copiado para a área de transferência.',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o manualmente.',
    items: {
      neutral: {
        title: 'Curto e neutro',
        text: 'Oponho-me ao tratamento dos meus dados pessoais, incluindo as minhas publicações, fotografias e comentários, para o desenvolvimento e a melhoria da inteligência artificial (IA) na Meta.',
      },
      copyright: {
        title: 'Sobre os direitos de autor das suas publicações',
        text: 'Sou titular dos direitos de autor dos conteúdos que publico e não autorizo a sua utilização em aplicações de IA.',
        note: 'Baseado no texto que a klicksafe usou com sucesso no seu teste.',
      },
      personal: {
        title: 'Sobre as suas preocupações pessoais',
        text: 'As minhas publicações e fotografias são pessoais. Depois de serem usadas para treinar um modelo de IA, já não podem ser retiradas. Não quero que os meus dados pessoais sejam usados para isto.',
      },
    },
  },
  covers: {
    heading: 'O que uma oposição abrange',
    covered: 'Abrangido',
    unclear: 'Utilizado pela Meta; nenhuma fonte diz que a oposição o impede',
    notCovered: 'Não abrangido, ou não utilizado mesmo sem oposição',
    items: {
      'public-content': 'As suas publicações, fotografias, legendas e comentários públicos, se for maior de idade.',
      'meta-ai-chats':
        'O que escreve na Meta AI, o chatbot, ou nas suas ferramentas de imagem: a Meta utiliza-o seja qual for a sua idade. O nosso conselho: não escreva lá nada que não queira ver utilizado.',
      'private-messages': 'Mensagens privadas: a Meta diz que não as utiliza para este treino.',
      minors:
        'Conteúdos de menores de 18 anos: a Meta não utiliza as publicações e fotografias deles para este treino.',
      'posts-by-others':
        'Publicações e fotografias sobre si publicadas por outras pessoas: a sua oposição não as abrange.',
    },
    accounts:
      'Várias contas: segundo a Datatilsynet, uma única oposição abrange todas as contas associadas no mesmo centro de contas (Accounts Centre) e, em caso de dúvida, deve preencher o formulário do Facebook e o do Instagram. O nosso conselho: se as suas contas não estiverem associadas, envie o formulário uma vez para cada conta.',
    whatsapp:
      'WhatsApp: segundo notícias da imprensa, as conversas privadas não são utilizadas, mas as mensagens que envia à Meta AI no WhatsApp são. Não se conhece nenhum formulário de oposição próprio do WhatsApp.',
    thirdParty:
      'Dados de outras empresas: para treinar a IA, a Meta também utiliza dados que compra a terceiros. Isto pode afetar pessoas sem conta. Segundo a autoridade de Hamburgo, a Meta oferece uma forma separada de oposição para estes dados; não conseguimos confirmar uma ligação para essa forma de oposição, por isso não a mostramos. Leia o aviso de Hamburgo para mais pormenores.',
    thirdPartyLink: 'O nosso resumo do aviso de Hamburgo de 12 de junho de 2024',
  },
  afterDeadline: {
    heading: 'Se o prazo já terminou',
    text: 'Pode opor-se a qualquer momento. A partir de então, a sua oposição impede que a Meta utilize as suas publicações públicas para a IA. Não pode remover o que a Meta já utilizou: os dados que entraram num modelo não podem ser retirados.',
    earlier: 'Se se opôs em 2024, essa oposição continua válida, segundo a Datatilsynet e a Meta.',
  },
  faq: {
    heading: 'Perguntas frequentes',
    items: [
      {
        question: 'Isto aplica-se a mim?',
        answer:
          'Sim, se vive na UE ou no EEE (que inclui a Noruega, a Islândia e o Liechtenstein), tem 18 anos ou mais e tem publicações, fotografias ou comentários públicos no Facebook ou no Instagram: é isso que a sua oposição abrange. A Meta também utiliza o que pessoas de qualquer idade escrevem na Meta AI; nenhuma fonte diz que a oposição o impede. No Reino Unido, a Meta segue um processo diferente.',
      },
      {
        question: 'Perdi o prazo. É tarde demais?',
        answer:
          'Não. Pode opor-se a qualquer momento. A partir de então, isso impede que a Meta utilize as suas publicações públicas para a IA. O que a Meta já utilizou para o treino não pode ser retirado da IA.',
      },
      {
        question: 'Tenho de indicar um motivo?',
        answer:
          'Não. Segundo a Datatilsynet, não tem de justificar a sua oposição, por isso pode deixar em branco o campo de texto livre. A Meta declarou que aceita todas as oposições.',
      },
      {
        question: 'Tenho várias contas. O que faço?',
        answer:
          'Segundo a Datatilsynet, uma única oposição abrange as contas associadas no mesmo centro de contas (Accounts Centre); em caso de dúvida, aconselha a preencher o formulário do Facebook e o do Instagram. O nosso conselho: se as suas contas não estiverem associadas, envie o formulário uma vez para cada conta.',
      },
      {
        question: 'A oposição abrange as fotografias dos meus filhos que publiquei?',
        answer:
          'A sua oposição abrange os conteúdos públicos que publicou, incluindo fotografias dos seus filhos. A Datatilsynet perguntou à Meta se treina a IA com fotografias de crianças publicadas por adultos; a Meta ainda não tinha respondido quando a Datatilsynet publicou o seu aviso.',
      },
      {
        question: 'Tenho menos de 18 anos, ou o meu filho ou a minha filha tem. O que se aplica?',
        answer:
          'Segundo a Datatilsynet, a Meta só utiliza para este treino as publicações e fotografias públicas de utilizadores com mais de 18 anos, por isso as publicações dos próprios adolescentes não são utilizadas. O que as pessoas escrevem na Meta AI é utilizado seja qual for a idade, e nenhuma fonte diz que a oposição o impede: o nosso conselho é não escrever lá nada que não queira ver utilizado. As fotografias de crianças publicadas por adultos são uma questão em aberto: a Datatilsynet perguntou à Meta se treina a IA com elas. Os pais que publicam essas fotografias em público podem opor-se pela sua própria conta.',
      },
      {
        question: 'E o WhatsApp?',
        answer:
          'Segundo notícias da imprensa, as suas conversas privadas no WhatsApp não são utilizadas, mas as mensagens que envia à Meta AI no WhatsApp são. Não se conhece nenhum formulário de oposição próprio do WhatsApp. Se não quiser que essas mensagens sejam utilizadas, não as envie à Meta AI.',
      },
      {
        question: 'Não tenho conta. A Meta pode, mesmo assim, utilizar dados sobre mim?',
        answer:
          'É possível. A Meta também utiliza dados que compra a outras empresas, e outras pessoas podem publicar fotografias suas. Segundo a autoridade de Hamburgo, a Meta oferece uma forma separada de se opor à utilização de dados de terceiros; não conseguimos confirmar uma ligação para essa forma de oposição.',
      },
      {
        question: 'Como sei se resultou?',
        answer:
          'A Meta envia um e-mail de confirmação para o endereço da sua conta; no teste da klicksafe, chegou poucos minutos depois. Guarde-o. Se não receber nada, verifique a pasta de spam e, depois, envie novamente o formulário.',
      },
      {
        question: 'Opus-me em 2024. Tenho de me opor outra vez?',
        answer: 'Não. A Datatilsynet e a Meta afirmam que as oposições enviadas em 2024 continuam válidas.',
      },
    ],
  },
  print: {
    heading: 'Este guia em papel',
    qr: 'Digitalize o código para abrir este guia num telemóvel: {url}',
  },
};
