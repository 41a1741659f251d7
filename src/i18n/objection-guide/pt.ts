import type { ObjectionGuideContent } from './en';

/** The objection guide in Portuguese. */
export const objectionGuidePt: ObjectionGuideContent = {
  title: 'Como se opor, passo a passo',
  description:
    'Oponha-se a que a Meta use as suas publicações do Facebook e do Instagram para treinar IA: os formulários oficiais, todos os passos, textos que pode usar e o que uma oposição abrange.',
  intro:
    'Opor-se demora cerca de cinco minutos por plataforma. Precisa dos seus dados de início de sessão e de acesso ao endereço de e-mail da sua conta.',
  tocLabel: 'Nesta página',
  warning:
    'Utilize apenas os formulários oficiais indicados aqui. A Meta nunca pede a sua palavra-passe no formulário.',

  facebook: {
    heading: 'Opor-se no Facebook',
    steps: [
      'Primeiro, inicie sessão no Facebook no seu navegador. O formulário só funciona com a sessão iniciada.',
      'Abra o formulário oficial de oposição com o botão abaixo. O formulário abre em {host}.',
      'Escolha na lista o país onde vive.',
      'Introduza o endereço de e-mail da sua conta do Facebook.',
      'O campo de texto livre é opcional: pode deixá-lo vazio ou colar um dos textos abaixo.',
      'Carregue em “Enviar”.',
      'A Meta pode enviar um código de segurança para o seu endereço de e-mail. Introduza-o na página do formulário.',
      'A Meta confirma a sua oposição por e-mail, muitas vezes em poucos minutos. Guarde esse e-mail: é a sua prova.',
    ],
  },
  instagram: {
    heading: 'Opor-se no Instagram',
    steps: [
      'Primeiro, inicie sessão no Instagram no seu navegador. O formulário só funciona com a sessão iniciada.',
      'Abra o formulário oficial de oposição com o botão abaixo. O formulário abre em {host}.',
      'Escolha na lista o país onde vive.',
      'Introduza o endereço de e-mail da sua conta do Instagram.',
      'O campo de texto livre é opcional: pode deixá-lo vazio ou colar um dos textos abaixo.',
      'Carregue em “Enviar”.',
      'A Meta pode enviar um código de segurança para o seu endereço de e-mail. Introduza-o na página do formulário.',
      'A Meta confirma a sua oposição por e-mail, muitas vezes em poucos minutos. Guarde esse e-mail: é a sua prova.',
    ],
  },
  stepsSource: 'Passos testados pela klicksafe e descritos pela autoridade de proteção de dados de Hamburg.',

  inApp: {
    heading: 'No telemóvel, na aplicação',
    intro:
      'Também se pode opor dentro das aplicações. Por vezes, a Meta muda estes menus de sítio; se não os encontrar, use as ligações para os formulários acima.',
    facebook:
      'Facebook: Menu → Definições e privacidade → Definições → Política de Privacidade → a ligação para se opor.',
    instagram: 'Instagram: Perfil → Menu → Definições → Sobre → Política de Privacidade → a ligação para se opor.',
    privacyCenter: 'Outra forma: Centro de Privacidade da Meta → IA na Meta → enviar um pedido de oposição.',
    source: 'Caminhos dos menus segundo a imprensa; podem ser diferentes na sua versão da aplicação.',
  },

  texts: {
    heading: 'O que pode escrever',
    intro:
      'Não tem de indicar um motivo. A Datatilsynet, autoridade norueguesa de proteção de dados, afirma: “Não tem de se justificar” (tradução nossa). A Meta declarou que aceita todas as oposições. Se quiser escrever alguma coisa, copie um destes textos para o campo de texto livre.',
    copy: 'Copiar texto',
    copied: 'Copiado para a área de transferência.',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o manualmente.',
    items: [
      {
        title: 'Curto e neutro',
        text: 'Oponho-me à utilização dos meus dados pessoais, incluindo as minhas publicações, fotografias e comentários, para o desenvolvimento e a melhoria da IA na Meta.',
      },
      {
        title: 'Sobre os direitos de autor das suas publicações',
        text: 'Sou titular dos direitos de autor sobre os conteúdos que publico e não autorizo a sua utilização em aplicações de IA.',
        note: 'Com base na formulação que a klicksafe usou com êxito no seu teste.',
      },
      {
        title: 'Sobre as suas preocupações pessoais',
        text: 'As minhas publicações e fotografias são pessoais. Depois de utilizadas para treinar um modelo de IA, não podem ser retiradas. Não quero que os meus dados sejam utilizados para este fim.',
      },
    ],
  },

  covers: {
    heading: 'O que uma oposição abrange',
    covered: 'Abrangido',
    notCovered: 'Não abrangido, ou não utilizado de qualquer forma',
    items: [
      {
        kind: 'covered',
        text: 'As suas publicações, fotografias, legendas e comentários públicos, se for maior de idade.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'O que escreve à Meta AI, o chatbot, em qualquer idade.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Mensagens privadas: a Meta afirma que não as utiliza para este treino.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Contas de menores de 18 anos: a Meta afirma que não utiliza as publicações dessas pessoas.',
        source: 'notícias da imprensa',
      },
      {
        kind: 'notCovered',
        text: 'Publicações e fotografias que outras pessoas publicam sobre si: a sua oposição não as abrange.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Várias contas: segundo a Datatilsynet, uma única oposição abrange todas as contas associadas no mesmo Centro de Contas. Outras fontes aconselham uma oposição por conta. Em caso de dúvida, envie os dois formulários, uma vez para cada conta.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: segundo notícias da imprensa, as conversas privadas não são utilizadas, mas as mensagens que envia à Meta AI no WhatsApp são. Não se conhece nenhum formulário de oposição próprio do WhatsApp.',
    whatsappSource: 'notícias da imprensa',
    thirdParty:
      'Dados de outras empresas: para treinar a IA, a Meta também utiliza dados que compra a terceiros. Isto pode afetar pessoas sem conta. Segundo a autoridade de Hamburg, a Meta oferece uma forma separada de oposição para estes dados; não conseguimos confirmar uma ligação para essa forma de oposição, por isso não a mostramos. Leia o aviso de Hamburg para mais pormenores.',
    thirdPartyLink: 'Aviso de Hamburg de 12 de junho de 2024',
    sourceLabel: 'Fonte: {source}',
  },

  afterDeadline: {
    heading: 'Se o prazo já terminou',
    text: 'Pode opor-se a qualquer momento. Uma oposição deixa fora do treino da IA da Meta o que publicar a partir desse momento. Não pode remover o que a Meta já utilizou: os dados que entraram num modelo não podem ser retirados.',
    earlier: 'Se se opôs em 2024, essa oposição continua válida, segundo a Datatilsynet e a Meta.',
    source: 'Autoridade de proteção de dados de Hamburg, 15 de abril de 2025',
  },

  checklist: {
    heading: 'A sua lista de verificação',
    intro: 'Assinale o que já fez. As marcações ficam apenas neste navegador; nada é enviado para lado nenhum.',
    items: [
      'Formulário do Facebook enviado',
      'Formulário do Instagram enviado',
      'E-mail de confirmação recebido e guardado',
    ],
    reset: 'Apagar as minhas marcações',
  },

  faq: {
    heading: 'Perguntas frequentes',
    items: [
      {
        question: 'Isto aplica-se a mim?',
        answer:
          'Sim, se vive na UE ou no EEE (que inclui a Noruega, a Islândia e o Liechtenstein), tem 18 anos ou mais e tem conteúdos públicos no Facebook ou no Instagram. No Reino Unido, a Meta segue um processo diferente.',
      },
      {
        question: 'Perdi o prazo. É tarde demais?',
        answer:
          'Não. Pode opor-se a qualquer momento. Isso protege o que publicar a partir desse momento. O que a Meta já utilizou para o treino não pode ser retirado da IA.',
      },
      {
        question: 'Tenho de indicar um motivo?',
        answer:
          'Não. O campo de texto livre é opcional. Segundo a Datatilsynet, não tem de justificar a sua oposição, e a Meta declarou que aceita todas as oposições.',
      },
      {
        question: 'Tenho várias contas. O que faço?',
        answer:
          'Segundo a Datatilsynet, uma única oposição abrange as contas associadas no mesmo Centro de Contas. Se não tiver a certeza de que as suas contas estão associadas, envie o formulário do Facebook e o do Instagram, uma vez para cada conta.',
      },
      {
        question: 'A oposição abrange as fotografias dos meus filhos que publiquei?',
        answer:
          'A sua oposição abrange os conteúdos públicos que publicou, incluindo fotografias dos seus filhos. A Datatilsynet perguntou à Meta se treina a IA com fotografias de crianças publicadas por adultos; a Meta ainda não tinha respondido quando a Datatilsynet publicou o seu aviso.',
      },
      {
        question: 'E o WhatsApp?',
        answer:
          'Segundo notícias da imprensa, as suas conversas privadas no WhatsApp não são utilizadas, mas as mensagens que envia à Meta AI no WhatsApp são. Não se conhece nenhum formulário de oposição próprio do WhatsApp. Se não quiser que essas mensagens sejam utilizadas, não as envie à Meta AI.',
      },
      {
        question: 'Não tenho conta. A Meta pode, mesmo assim, utilizar dados sobre mim?',
        answer:
          'É possível. A Meta também utiliza dados que compra a outras empresas, e outras pessoas podem publicar fotografias suas. Segundo a autoridade de Hamburg, a Meta oferece uma forma separada de se opor à utilização de dados de terceiros; não conseguimos confirmar uma ligação para essa forma de oposição.',
      },
      {
        question: 'Como sei se resultou?',
        answer:
          'A Meta envia um e-mail de confirmação para o endereço da sua conta; no teste da klicksafe, chegou em poucos minutos. Guarde-o. Se não receber nada, verifique a pasta de spam e, depois, envie novamente o formulário.',
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
    button: 'Imprimir este guia',
  },
};
