import type { ObjectionGuideContent } from './en';

/** The objection guide in Bulgarian. */
export const objectionGuideBg: ObjectionGuideContent = {
  title: 'Как да възразите, стъпка по стъпка',
  description:
    'Възразете срещу използването на Вашите публикации във Facebook и Instagram от Meta за обучение на изкуствен интелект: официалните формуляри, всяка стъпка, текстове, които можете да използвате, и какво обхваща възражението.',
  intro:
    'Възражението отнема около пет минути за всяка платформа. Нужни са Ви данните за вход и достъп до имейл адреса на акаунта Ви.',
  warning:
    'Използвайте само официалните формуляри, към които водят връзките тук. Meta никога не иска паролата Ви във формуляра.',
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
    heading: 'Какво можете да напишете',
    intro:
      'Не е нужно да посочвате причина. Datatilsynet казва: „Не е нужно да се обосновавате“ (наш превод), а Meta заяви, че приема всички възражения. Ако искате да напишете нещо, копирайте един от тези текстове в полето за свободен текст.',
    copy: 'Копиране на текста',
    copied: 'Копирано в клипборда.',
    copyFailed: 'Копирането не бе успешно. Маркирайте текста и го копирайте сами.',
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
    heading: 'Какво обхваща възражението',
    covered: 'Обхванато',
    notCovered: 'Не е обхванато или така или иначе не се използва',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Няколко акаунта: според Datatilsynet едно възражение обхваща всички акаунти, свързани в един и същ Център за акаунти. Други източници съветват да подадете по едно възражение за всеки акаунт. Ако не сте сигурни, изпратете и двата формуляра, по един за всеки акаунт.',
    whatsapp:
      'WhatsApp: според публикации в медиите личните чатове не се използват, но съобщенията, които изпращате на Meta AI в WhatsApp, се използват. Не е известен отделен формуляр за възражение за WhatsApp.',
    thirdParty:
      'Данни от други компании: за обучението на своя изкуствен интелект Meta използва и данни, които купува от трети страни. Това може да засегне и хора без акаунт. Органът в Хамбург заявява, че Meta предлага отделен начин за възражение за тези данни. Не успяхме да потвърдим връзка към него, затова не показваме такава. Подробности ще намерите в съобщението от Хамбург.',
    thirdPartyLink: 'Съобщение от Хамбург от 12 юни 2024 г.',
  },
  afterDeadline: {
    heading: 'Ако срокът е изтекъл',
    text: 'Можете да възразите по всяко време. Възражението гарантира, че това, което публикувате оттогава нататък, няма да се използва за обучението на изкуствения интелект на Meta. То не може да премахне онова, което Meta вече е използвала: данни, попаднали в модел, не могат да бъдат извадени от него.',
    earlier: 'Ако сте възразили през 2024 г., това възражение остава валидно според Datatilsynet и Meta.',
  },
  faq: {
    heading: 'Често задавани въпроси',
    items: [
      {
        question: 'Отнася ли се това за мен?',
        answer:
          'Да, ако живеете в ЕС или ЕИП (включително Норвегия, Исландия и Лихтенщайн), навършили сте 18 години и имате публично съдържание във Facebook или Instagram. В Обединеното кралство Meta прилага различна процедура.',
      },
      {
        question: 'Пропуснах срока. Късно ли е?',
        answer:
          'Не. Можете да възразите по всяко време. Така защитавате това, което публикувате оттогава нататък. Онова, което Meta вече е използвала за обучението, не може да бъде извадено от нейния изкуствен интелект.',
      },
      {
        question: 'Трябва ли да посоча причина?',
        answer:
          'Не. Полето за свободен текст не е задължително. Datatilsynet заявява, че не е нужно да обосновавате възражението си, а Meta заяви, че приема всички възражения.',
      },
      {
        question: 'Имам няколко акаунта. Какво да направя?',
        answer:
          'Според Datatilsynet едно възражение обхваща акаунтите, свързани в един и същ Център за акаунти. Ако не сте сигурни дали акаунтите Ви са свързани, изпратете формуляра за Facebook и за Instagram, по веднъж за всеки акаунт.',
      },
      {
        question: 'Обхваща ли възражението снимките на децата ми, публикувани от мен?',
        answer:
          'Възражението Ви обхваща публичното съдържание, което сте публикували, включително снимките на децата Ви. Datatilsynet попита Meta дали обучава изкуствения си интелект със снимки на деца, публикувани от възрастни. Когато Datatilsynet публикува своето съобщение, Meta още не беше отговорила.',
      },
      {
        question: 'А WhatsApp?',
        answer:
          'Според публикации в медиите личните Ви чатове в WhatsApp не се използват, но съобщенията, които изпращате на Meta AI в WhatsApp, се използват. Не е известен отделен формуляр за възражение за WhatsApp. Ако не искате тези съобщения да бъдат използвани, не ги изпращайте на Meta AI.',
      },
      {
        question: 'Нямам акаунт. Може ли Meta все пак да използва данни за мен?',
        answer:
          'Възможно е. Meta използва и данни, които купува от други компании, а други хора може да публикуват Ваши снимки. Органът в Хамбург заявява, че Meta предлага отделен начин за възражение срещу използването на данни от трети страни. Не успяхме да потвърдим връзка към него.',
      },
      {
        question: 'Как да разбера дали е успешно?',
        answer:
          'Meta изпраща имейл с потвърждение на адреса на акаунта Ви. При теста на klicksafe той пристигна до няколко минути. Запазете го. Ако не получите нищо, проверете папката за спам и след това изпратете формуляра отново.',
      },
      {
        question: 'Възразих през 2024 г. Трябва ли да възразя отново?',
        answer: 'Не. Datatilsynet и Meta заявяват, че възраженията, изпратени през 2024 г., остават валидни.',
      },
    ],
  },
  print: {
    heading: 'Това ръководство на хартия',
    qr: 'Сканирайте кода, за да отворите това ръководство на телефон: {url}',
  },
};
