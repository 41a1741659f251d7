import type { ObjectionGuideContent } from './en';

/** The objection guide in Icelandic. */
export const objectionGuideIs: ObjectionGuideContent = {
  title: 'Svona andmælir þú, skref fyrir skref',
  description:
    'Andmæltu því að Meta noti færslurnar þínar á Facebook og Instagram til að þjálfa gervigreind: opinberu eyðublöðin, hvert skref, textar sem þú getur notað og hvað andmæli ná yfir.',
  intro:
    'Það tekur um fimm mínútur að andmæla á hvorum miðli. Þú þarft innskráningarupplýsingarnar þínar og aðgang að netfangi reikningsins.',
  warning: 'Notaðu aðeins opinberu eyðublöðin sem vísað er á hér. Meta biður aldrei um lykilorðið þitt á eyðublaðinu.',
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
    heading: 'Hvað þú getur skrifað',
    intro:
      'Þú þarft ekki að gefa upp ástæðu. Datatilsynet segir: „Þú þarft ekki að rökstyðja“ (okkar þýðing), og Meta hefur sagt að fyrirtækið taki við öllum andmælum. Ef þú vilt skrifa eitthvað skaltu afrita einn af þessum textum inn í reitinn fyrir frjálsan texta.',
    copy: 'Afrita texta',
    copied: 'Afritað á klippiborðið.',
    copyFailed: 'Ekki tókst að afrita. Veldu textann og afritaðu hann handvirkt.',
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
    heading: 'Hvað andmæli ná yfir',
    covered: 'Nær yfir',
    notCovered: 'Nær ekki yfir, eða er hvort sem er ekki notað',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Fleiri en einn reikningur: Datatilsynet segir að nóg sé að andmæla einu sinni fyrir alla reikninga sem eru tengdir í sömu Reikningamiðstöð. Aðrar heimildir ráðleggja að andmæla fyrir hvern reikning fyrir sig. Ef þú ert ekki viss skaltu senda bæði eyðublöðin, og eitt fyrir hvern reikning.',
    whatsapp:
      'WhatsApp: samkvæmt fréttum fjölmiðla eru einkaspjöll ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp.',
    thirdParty:
      'Gögn frá öðrum fyrirtækjum: Meta notar líka gögn sem það kaupir af þriðju aðilum til að þjálfa gervigreind sína. Þetta getur átt við fólk sem er ekki með reikning. Persónuverndaryfirvaldið í Hamburg segir að Meta bjóði upp á sérstaka leið til að andmæla þessu. Við gátum ekki staðfest tengil á hana og sýnum því engan. Lestu tilkynninguna frá Hamburg til að fá nánari upplýsingar.',
    thirdPartyLink: 'Tilkynning frá Hamburg, 12. júní 2024',
  },
  afterDeadline: {
    heading: 'Ef fresturinn er liðinn',
    text: 'Þú getur andmælt hvenær sem er. Andmæli halda því sem þú birtir frá þeim tíma utan við gervigreindarþjálfun Meta. Þau geta ekki fjarlægt það sem Meta hefur þegar notað: gögn sem hafa farið inn í líkan er ekki hægt að taka út aftur.',
    earlier: 'Ef þú andmæltir árið 2024 gilda þau andmæli enn, samkvæmt Datatilsynet og Meta.',
  },
  faq: {
    heading: 'Spurningar sem fólk spyr',
    items: [
      {
        question: 'Á þetta við um mig?',
        answer:
          'Já, ef þú býrð í ESB eða EES (þar á meðal í Noregi, á Íslandi og í Liechtenstein), ert 18 ára eða eldri og átt opinbert efni á Facebook eða Instagram. Í Bretlandi fylgir Meta öðru ferli.',
      },
      {
        question: 'Ég missti af frestinum. Er það of seint?',
        answer:
          'Nei. Þú getur andmælt hvenær sem er. Andmælin vernda það sem þú birtir frá þeim tíma. Það sem Meta hefur þegar notað til þjálfunar er ekki hægt að taka aftur út úr gervigreindinni.',
      },
      {
        question: 'Þarf ég að gefa upp ástæðu?',
        answer:
          'Nei. Reiturinn fyrir frjálsan texta er valfrjáls. Datatilsynet segir að þú þurfir ekki að rökstyðja andmælin, og Meta hefur sagt að fyrirtækið taki við öllum andmælum.',
      },
      {
        question: 'Ég er með fleiri en einn reikning. Hvað geri ég?',
        answer:
          'Datatilsynet segir að nóg sé að andmæla einu sinni fyrir reikningana sem eru tengdir í sömu Reikningamiðstöð. Ef þú ert ekki viss hvort reikningarnir þínir eru tengdir skaltu senda eyðublaðið fyrir Facebook og fyrir Instagram, einu sinni fyrir hvern reikning.',
      },
      {
        question: 'Ná andmælin yfir myndir af börnunum mínum sem ég hef birt?',
        answer:
          'Andmælin þín ná yfir opinbera efnið sem þú birtir, þar á meðal myndir af börnunum þínum. Datatilsynet hefur spurt Meta hvort fyrirtækið þjálfi gervigreindina á myndum af börnum sem fullorðnir birta. Meta hafði ekki svarað þegar Datatilsynet birti tilkynningu sína.',
      },
      {
        question: 'Hvað með WhatsApp?',
        answer:
          'Samkvæmt fréttum fjölmiðla eru einkaspjöll þín á WhatsApp ekki notuð, en skilaboð sem þú sendir til Meta AI í WhatsApp eru notuð. Ekki er vitað um sérstakt andmælaeyðublað fyrir WhatsApp. Ef þú vilt ekki að þau skilaboð séu notuð skaltu ekki senda þau til Meta AI.',
      },
      {
        question: 'Ég er ekki með reikning. Getur Meta samt notað gögn um mig?',
        answer:
          'Mögulega. Meta notar líka gögn sem það kaupir af öðrum fyrirtækjum, og annað fólk getur birt myndir af þér. Persónuverndaryfirvaldið í Hamburg segir að Meta bjóði upp á sérstaka leið til að andmæla notkun gagna frá þriðju aðilum. Við gátum ekki staðfest tengil á hana.',
      },
      {
        question: 'Hvernig veit ég að þetta tókst?',
        answer:
          'Meta sendir staðfestingarpóst á netfang reikningsins þíns. Í prófun klicksafe barst hann innan nokkurra mínútna. Geymdu hann. Ef ekkert berst skaltu athuga ruslpóstmöppuna og senda svo eyðublaðið aftur.',
      },
      {
        question: 'Ég andmælti árið 2024. Þarf ég að andmæla aftur?',
        answer: 'Nei. Datatilsynet og Meta segja að andmæli sem send voru árið 2024 gildi enn.',
      },
    ],
  },
  print: {
    heading: 'Þessar leiðbeiningar á pappír',
    qr: 'Skannaðu kóðann til að opna þessar leiðbeiningar í síma: {url}',
  },
};
