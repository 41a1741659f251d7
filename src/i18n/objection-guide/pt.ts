import type { ObjectionGuideContent } from './en';

/** The objection guide in Portuguese. */
export const objectionGuidePt: ObjectionGuideContent = {
  title: 'Como se opor, passo a passo',
  description:
    'Oponha-se a que a Meta use as suas publicações do Facebook e do Instagram para treinar IA: os formulários oficiais, todos os passos, textos que pode usar e o que uma oposição abrange.',
  intro:
    'Opor-se demora cerca de cinco minutos por plataforma. Precisa dos seus dados de início de sessão e de acesso ao endereço de e-mail da sua conta.',
  warning:
    'Utilize apenas os formulários oficiais indicados aqui. A Meta nunca pede a sua palavra-passe no formulário.',
  warningLabel: 'Warning',
  chooser: {
    heading: 'Your way to object',
    platformLegend: 'Which account do you want to protect?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Both',
    },
    wayLegend: 'Where do you use it?',
    ways: {
      app: 'In the app on my phone',
      browser: 'In a web browser',
    },
    ticksNote: 'Tick each step when it is done. The ticks stay in this browser only; nothing is sent anywhere.',
  },
  paths: {
    'facebook-browser': 'Facebook, in a web browser',
    'instagram-browser': 'Instagram, in a web browser',
    'both-browser': 'Facebook and Instagram, in a web browser',
    'facebook-app': 'Facebook, in the app',
    'instagram-app': 'Instagram, in the app',
    'both-app': 'Facebook and Instagram, in the apps',
  },
  steps: {
    'login-browser': 'Log in to {platforms} in your web browser. The form only works while you are logged in.',
    'app-facebook':
      'In the Facebook app, open the menu, then Settings & privacy → Settings → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'app-instagram':
      'In the Instagram app, open your profile, then the menu → Settings → About → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'what-the-form-asks':
      'The form asks for the country where you live and the e-mail address of your account. The field for a reason is optional: you may leave it empty.',
    'send-form': 'Open the official form below, fill it in and press “Send”. It opens on {hosts}.',
    'send-each-form':
      'Open the official forms below one after the other, fill in each and press “Send”. They open on {hosts}.',
    'send-in-app': 'Press “Send” at the end of the form.',
    'send-in-each-app': 'Press “Send” at the end of each form.',
    'security-code': 'Meta may send a security code to your e-mail address. Type it into the form page.',
    confirmation:
      'Meta confirms your objection by e-mail; in klicksafe’s test the e-mail arrived a few minutes later. Keep it: it is your proof.',
  },
  textsLink: 'Texts you can use in the reason field',
  checks: {
    'facebook-sent': 'Facebook form sent',
    'instagram-sent': 'Instagram form sent',
    'confirmation-kept': 'Confirmation e-mail received and kept',
  },
  clearTicks: 'Clear my ticks',
  appFallback: {
    cannotFind:
      'Cannot find the menu? Meta moves it from time to time, and it may have other names in your app. Use the official form in a web browser instead:',
    privacyCentre: 'Another way in the app: Meta’s Privacy Centre → AI at Meta → submit an objection request.',
  },
  credits:
    'The form steps are those klicksafe tested in June 2024; the form links are the ones the Hamburg authority gave in April 2025; the menu paths in the apps come from press reports and may differ in your version of the app.',
  texts: {
    heading: 'O que pode escrever',
    intro:
      'Não tem de indicar um motivo. A Datatilsynet, autoridade norueguesa de proteção de dados, afirma: “Não tem de se justificar” (tradução nossa). A Meta declarou que aceita todas as oposições. Se quiser escrever alguma coisa, copie um destes textos para o campo de texto livre.',
    copy: 'Copiar texto',
    copied: 'Copiado para a área de transferência.',
    copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o manualmente.',
    items: {
      neutral: {
        title: 'Short and neutral',
        text: 'I object to the processing of my personal data, including my posts, photos and comments, for the development and improvement of AI at Meta.',
      },
      copyright: {
        title: 'About copyright in your own posts',
        text: 'I hold the copyright to the content I post and I do not give permission to use it for AI applications.',
        note: 'Based on the wording klicksafe used successfully in its test.',
      },
      personal: {
        title: 'About your personal concerns',
        text: 'My posts and photos are personal. Once they are used to train an AI model, they cannot be taken out again. I do not want my personal data to be used for this.',
      },
    },
  },
  covers: {
    heading: 'O que uma oposição abrange',
    covered: 'Abrangido',
    notCovered: 'Não abrangido, ou não utilizado de qualquer forma',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Várias contas: segundo a Datatilsynet, uma única oposição abrange todas as contas associadas no mesmo Centro de Contas. Outras fontes aconselham uma oposição por conta. Em caso de dúvida, envie os dois formulários, uma vez para cada conta.',
    whatsapp:
      'WhatsApp: segundo notícias da imprensa, as conversas privadas não são utilizadas, mas as mensagens que envia à Meta AI no WhatsApp são. Não se conhece nenhum formulário de oposição próprio do WhatsApp.',
    thirdParty:
      'Dados de outras empresas: para treinar a IA, a Meta também utiliza dados que compra a terceiros. Isto pode afetar pessoas sem conta. Segundo a autoridade de Hamburg, a Meta oferece uma forma separada de oposição para estes dados; não conseguimos confirmar uma ligação para essa forma de oposição, por isso não a mostramos. Leia o aviso de Hamburg para mais pormenores.',
    thirdPartyLink: 'Aviso de Hamburg de 12 de junho de 2024',
  },
  afterDeadline: {
    heading: 'Se o prazo já terminou',
    text: 'Pode opor-se a qualquer momento. Uma oposição deixa fora do treino da IA da Meta o que publicar a partir desse momento. Não pode remover o que a Meta já utilizou: os dados que entraram num modelo não podem ser retirados.',
    earlier: 'Se se opôs em 2024, essa oposição continua válida, segundo a Datatilsynet e a Meta.',
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
  },
};
