import type { ObjectionGuideContent } from './en';

/** The objection guide in Romanian. */
export const objectionGuideRo: ObjectionGuideContent = {
  title: 'Cum vă opuneți, pas cu pas',
  description:
    'Opuneți-vă folosirii postărilor dumneavoastră de pe Facebook și Instagram de către Meta pentru antrenarea inteligenței artificiale: formularele oficiale, pașii în aplicație sau în browser, texte pe care le puteți folosi și ce acoperă opoziția.',
  intro:
    'Opoziția este gratuită și nu trebuie să indicați un motiv. Trebuie să vă conectați la cont și să aveți acces la adresa de e-mail a acestuia.',
  warning:
    'Folosiți doar formularele oficiale indicate pe această pagină. Sfatul nostru: nu introduceți niciodată parola într-un formular pe care vi-l trimite cineva într-un mesaj sau într-un e-mail.',
  warningLabel: 'Atenție',
  chooser: {
    heading: 'Alegeți cum vă opuneți',
    platformLegend: 'Ce cont doriți să protejați?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Ambele',
    },
    wayLegend: 'Unde îl folosiți?',
    ways: {
      app: 'În aplicația de pe telefon',
      browser: 'Într-un browser web',
    },
    ticksNote:
      'Bifați fiecare pas după ce l-ați făcut. Bifele rămân doar în acest browser; nu se trimite nimic nicăieri.',
  },
  paths: {
    'facebook-browser': 'Facebook, într-un browser web',
    'instagram-browser': 'Instagram, într-un browser web',
    'both-browser': 'Facebook și Instagram, într-un browser web',
    'facebook-app': 'Facebook, în aplicație',
    'instagram-app': 'Instagram, în aplicație',
    'both-app': 'Facebook și Instagram, în aplicații',
  },
  steps: {
    'login-browser': 'Conectați-vă la {platforms} în browserul web. Formularul funcționează doar dacă v-ați conectat.',
    'app-facebook':
      'În aplicația Facebook, deschideți meniul, apoi setările și confidențialitatea (Settings & privacy) → setările (Settings) → politica de confidențialitate (Privacy Policy) și atingeți linkul pentru opoziție. Se deschide formularul de opoziție al Meta.',
    'app-instagram':
      'În aplicația Instagram, deschideți profilul, apoi meniul → setările (Settings) → informațiile despre aplicație (About) → politica de confidențialitate (Privacy Policy) și atingeți linkul pentru opoziție. Se deschide formularul de opoziție al Meta.',
    'what-the-form-asks':
      'Formularul vă cere țara în care locuiți și adresa de e-mail a contului. Are și un câmp pentru motiv: Datatilsynet spune că nu trebuie să indicați unul, așa că îl puteți lăsa gol.',
    'send-form':
      'Deschideți formularul oficial de mai jos, completați-l și apăsați butonul de trimitere. Formularul se deschide pe {hosts}.',
    'send-each-form':
      'Deschideți pe rând formularele oficiale de mai jos, completați-le pe fiecare și apăsați butonul de trimitere. Formularele se deschid pe {hosts}.',
    'send-in-app': 'Apăsați butonul de trimitere de la finalul formularului.',
    'send-in-each-app': 'Apăsați butonul de trimitere de la finalul fiecărui formular.',
    'security-code':
      'Meta vă poate trimite un cod de securitate pe adresa de e-mail. Introduceți-l în pagina formularului.',
    confirmation:
      'Meta vă confirmă opoziția prin e-mail; în testul klicksafe, e-mailul a sosit după câteva minute. Păstrați-l: este dovada dumneavoastră.',
  },
  textsLink: 'Texte pe care le puteți folosi în câmpul pentru motiv',
  checks: {
    'facebook-sent': 'Formularul Facebook a fost trimis',
    'instagram-sent': 'Formularul Instagram a fost trimis',
    'confirmation-kept': 'E-mailul de confirmare a fost primit și păstrat',
  },
  clearTicks: 'Ștergeți bifele',
  appFallback: {
    cannotFind:
      'Nu găsiți meniul? Meta îl mută din când în când, iar în aplicația dumneavoastră opțiunile pot avea alte denumiri. Folosiți în schimb formularul oficial într-un browser web:',
    privacyCentre:
      'O altă cale în aplicație: centrul de confidențialitate al Meta (Privacy Centre) → secțiunea despre inteligența artificială (AI at Meta) → trimiteți o cerere de opoziție.',
  },
  credits:
    'Pașii din formular urmează testul klicksafe din iunie 2024, în care klicksafe a completat câmpul pentru motiv; faptul că nu trebuie să indicați un motiv vine de la Datatilsynet (aprilie 2025). Linkurile către formulare sunt cele indicate de autoritatea din Hamburg în aprilie 2025; căile din meniurile aplicațiilor provin din relatări din presă și pot fi diferite în versiunea dumneavoastră a aplicației.',
  texts: {
    heading: 'Ce puteți scrie',
    intro:
      'Nu trebuie să indicați un motiv. Datatilsynet spune: „Nu trebuie să vă justificați” (traducerea noastră), iar Meta a declarat că acceptă toate opozițiile. Dacă doriți să scrieți ceva, copiați unul dintre aceste texte în câmpul de text liber.',
    copy: 'Copiați textul',
    copied: 'Copiat în clipboard.',
    copyFailed: 'Copierea nu a reușit. Selectați textul și copiați-l manual.',
    items: {
      neutral: {
        title: 'Scurt și neutru',
        text: 'Mă opun prelucrării datelor cu caracter personal care mă privesc, inclusiv a postărilor, fotografiilor și comentariilor mele, în scopul dezvoltării și îmbunătățirii inteligenței artificiale a Meta.',
      },
      copyright: {
        title: 'Despre drepturile de autor asupra propriilor postări',
        text: 'Dețin drepturile de autor asupra conținutului pe care îl public și nu îmi dau permisiunea ca acesta să fie folosit pentru aplicații de inteligență artificială.',
        note: 'Pe baza formulării pe care klicksafe a folosit-o cu succes în testul său.',
      },
      personal: {
        title: 'Despre îngrijorările dumneavoastră personale',
        text: 'Postările și fotografiile mele sunt personale. Odată folosite pentru antrenarea unui model de inteligență artificială, ele nu mai pot fi scoase din el. Nu doresc ca datele mele cu caracter personal să fie folosite în acest scop.',
      },
    },
  },
  covers: {
    heading: 'Ce acoperă opoziția',
    covered: 'Acoperit',
    unclear: 'Folosit de Meta; nicio sursă nu spune că opoziția oprește acest lucru',
    notCovered: 'Neacoperit sau oricum nefolosit',
    items: {
      'public-content':
        'Postările, fotografiile, descrierile și comentariile dumneavoastră publice, dacă aveți cel puțin 18 ani.',
      'meta-ai-chats':
        'Ceea ce introduceți în Meta AI, chatbotul, sau în instrumentele sale pentru imagini: Meta le folosește la orice vârstă. Sfatul nostru: nu introduceți acolo nimic ce nu doriți să fie folosit.',
      'private-messages': 'Mesajele private: Meta spune că nu le folosește pentru această antrenare.',
      minors:
        'Conținutul persoanelor sub 18 ani: Meta nu folosește postările și fotografiile lor pentru această antrenare.',
      'posts-by-others':
        'Postările și fotografiile despre dumneavoastră publicate de alte persoane: opoziția dumneavoastră nu le acoperă.',
    },
    accounts:
      'Mai multe conturi: Datatilsynet spune că o singură opoziție acoperă toate conturile conectate în același centru de conturi (Accounts Centre) și că, dacă aveți dubii, ar trebui să completați formularul atât pentru Facebook, cât și pentru Instagram. Sfatul nostru: dacă aveți conturile neconectate, trimiteți formularul o dată pentru fiecare cont.',
    whatsapp:
      'WhatsApp: potrivit relatărilor din presă, conversațiile private nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp.',
    thirdParty:
      'Date de la alte companii: pentru antrenarea inteligenței sale artificiale, Meta folosește și date pe care le cumpără de la terți. Acest lucru îi poate afecta și pe oamenii fără cont. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție pentru aceste date. Nu am putut confirma un link către ea, așa că nu afișăm niciunul. Pentru detalii, citiți comunicarea autorității din Hamburg.',
    thirdPartyLink: 'Rezumatul nostru al comunicării autorității din Hamburg din 12 iunie 2024',
  },
  afterDeadline: {
    heading: 'Dacă termenul a expirat',
    text: 'Vă puteți opune oricând. De atunci încolo, opoziția dumneavoastră oprește folosirea postărilor dumneavoastră publice pentru inteligența artificială a Meta. Ea nu poate elimina ceea ce Meta a folosit deja: datele care au intrat într-un model nu mai pot fi scoase din el.',
    earlier: 'Dacă v-ați opus în 2024, acea opoziție rămâne valabilă, potrivit Datatilsynet și Meta.',
  },
  faq: {
    heading: 'Întrebări frecvente',
    items: [
      {
        question: 'Mă privește și pe mine?',
        answer:
          'Da, dacă locuiți în UE sau în SEE (inclusiv Norvegia, Islanda și Liechtenstein), aveți cel puțin 18 ani și aveți postări, fotografii sau comentarii publice pe Facebook sau Instagram: pe acestea le acoperă opoziția dumneavoastră. Meta folosește și ceea ce persoane de orice vârstă introduc în Meta AI; nicio sursă nu spune că opoziția oprește acest lucru. În Regatul Unit, Meta urmează un alt proces.',
      },
      {
        question: 'Am ratat termenul. Este prea târziu?',
        answer:
          'Nu. Vă puteți opune oricând. De atunci încolo, opoziția oprește folosirea postărilor dumneavoastră publice pentru inteligența artificială a Meta. Ceea ce Meta a folosit deja pentru antrenare nu mai poate fi scos din inteligența sa artificială.',
      },
      {
        question: 'Trebuie să indic un motiv?',
        answer:
          'Nu. Datatilsynet spune că nu trebuie să vă justificați opoziția, așa că puteți lăsa gol câmpul de text liber. Meta a declarat că acceptă toate opozițiile.',
      },
      {
        question: 'Am mai multe conturi. Ce trebuie să fac?',
        answer:
          'Datatilsynet spune că o singură opoziție acoperă conturile conectate în același centru de conturi (Accounts Centre); dacă aveți dubii, recomandă să completați formularul atât pentru Facebook, cât și pentru Instagram. Sfatul nostru: dacă aveți conturile neconectate, trimiteți formularul o dată pentru fiecare cont.',
      },
      {
        question: 'Opoziția acoperă și fotografiile cu copiii mei pe care le-am postat?',
        answer:
          'Opoziția dumneavoastră acoperă conținutul public pe care l-ați postat, inclusiv fotografiile cu copiii dumneavoastră. Datatilsynet a întrebat Meta dacă își antrenează inteligența artificială cu fotografii cu copii postate de adulți. Meta nu răspunsese până la momentul în care Datatilsynet și-a publicat comunicarea.',
      },
      {
        question: 'Am sub 18 ani sau copilul meu are. Ce se aplică?',
        answer:
          'Potrivit Datatilsynet, pentru această antrenare Meta folosește doar postările și fotografiile publice ale utilizatorilor de peste 18 ani, așa că postările adolescenților înșiși nu sunt folosite. Ceea ce oamenii introduc în Meta AI este folosit la orice vârstă, iar nicio sursă nu spune că opoziția oprește acest lucru: vă sfătuim să nu introduceți acolo nimic ce nu doriți să fie folosit. Fotografiile cu copii postate de adulți sunt o întrebare deschisă: Datatilsynet a întrebat Meta dacă își antrenează inteligența artificială cu ele. Părinții care postează public astfel de fotografii se pot opune pentru propriul cont.',
      },
      {
        question: 'Ce se întâmplă cu WhatsApp?',
        answer:
          'Potrivit relatărilor din presă, conversațiile dumneavoastră private de pe WhatsApp nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp. Dacă nu doriți ca aceste mesaje să fie folosite, nu le trimiteți către Meta AI.',
      },
      {
        question: 'Nu am cont. Poate Meta să folosească totuși date despre mine?',
        answer:
          'Posibil. Meta folosește și date pe care le cumpără de la alte companii, iar alte persoane pot posta fotografii cu dumneavoastră. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție față de utilizarea datelor provenite de la terți. Nu am putut confirma un link către ea.',
      },
      {
        question: 'Cum știu că a funcționat?',
        answer:
          'Meta trimite un e-mail de confirmare la adresa contului dumneavoastră; în testul klicksafe, acesta a sosit după câteva minute. Păstrați-l. Dacă nu primiți nimic, verificați dosarul de spam, apoi trimiteți din nou formularul.',
      },
      {
        question: 'M-am opus în 2024. Trebuie să mă opun din nou?',
        answer: 'Nu. Datatilsynet și Meta spun că opozițiile trimise în 2024 rămân valabile.',
      },
    ],
  },
  print: {
    heading: 'Acest ghid pe hârtie',
    qr: 'Scanați codul pentru a deschide acest ghid pe telefon: {url}',
  },
};
