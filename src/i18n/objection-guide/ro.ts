import type { ObjectionGuideContent } from './en';

/** The objection guide in Romanian. */
export const objectionGuideRo: ObjectionGuideContent = {
  title: 'Cum vă opuneți, pas cu pas',
  description:
    'Opuneți-vă folosirii postărilor dumneavoastră de pe Facebook și Instagram de către Meta pentru antrenarea inteligenței artificiale: formularele oficiale, fiecare pas, texte pe care le puteți folosi și ce acoperă opoziția.',
  intro:
    'Opoziția durează aproximativ cinci minute pentru fiecare platformă. Aveți nevoie de datele de conectare și de acces la adresa de e-mail a contului.',
  tocLabel: 'Pe această pagină',
  warning: 'Folosiți doar formularele oficiale indicate aici. Meta nu vă cere niciodată parola în formular.',

  facebook: {
    heading: 'Opoziția pe Facebook',
    steps: [
      'Mai întâi, conectați-vă la Facebook în browserul web. Formularul funcționează numai cu contul conectat.',
      'Deschideți formularul oficial de opoziție cu butonul de mai jos. Se deschide pe {host}.',
      'Alegeți din listă țara în care locuiți.',
      'Introduceți adresa de e-mail a contului dumneavoastră de Facebook.',
      'Câmpul de text liber este opțional: îl puteți lăsa gol sau puteți lipi unul dintre textele de mai jos.',
      'Apăsați „Trimite”.',
      'Meta vă poate trimite un cod de securitate pe adresa de e-mail. Introduceți-l pe pagina formularului.',
      'Meta vă confirmă opoziția prin e-mail, adesea în câteva minute. Păstrați acest e-mail: este dovada dumneavoastră.',
    ],
  },
  instagram: {
    heading: 'Opoziția pe Instagram',
    steps: [
      'Mai întâi, conectați-vă la Instagram în browserul web. Formularul funcționează numai cu contul conectat.',
      'Deschideți formularul oficial de opoziție cu butonul de mai jos. Se deschide pe {host}.',
      'Alegeți din listă țara în care locuiți.',
      'Introduceți adresa de e-mail a contului dumneavoastră de Instagram.',
      'Câmpul de text liber este opțional: îl puteți lăsa gol sau puteți lipi unul dintre textele de mai jos.',
      'Apăsați „Trimite”.',
      'Meta vă poate trimite un cod de securitate pe adresa de e-mail. Introduceți-l pe pagina formularului.',
      'Meta vă confirmă opoziția prin e-mail, adesea în câteva minute. Păstrați acest e-mail: este dovada dumneavoastră.',
    ],
  },
  stepsSource: 'Pașii așa cum i-a testat klicksafe și cum i-a descris autoritatea de protecție a datelor din Hamburg.',

  inApp: {
    heading: 'Pe telefon, în aplicație',
    intro:
      'Vă puteți opune și din aplicații. Meta mută uneori aceste meniuri. Dacă nu le găsiți, folosiți linkurile către formulare de mai sus.',
    facebook:
      'Facebook: Meniu → Setări și confidențialitate → Setări → Politica de confidențialitate → linkul pentru opoziție.',
    instagram: 'Instagram: Profil → Meniu → Setări → Despre → Politica de confidențialitate → linkul pentru opoziție.',
    privacyCenter: 'O altă cale: Centrul de confidențialitate al Meta → IA la Meta → trimiteți o cerere de opoziție.',
    source: 'Căile din meniu, conform presei. Pot diferi în versiunea dumneavoastră a aplicației.',
  },

  texts: {
    heading: 'Ce puteți scrie',
    intro:
      'Nu trebuie să indicați un motiv. Datatilsynet spune: „Nu trebuie să vă justificați” (traducerea noastră), iar Meta a declarat că acceptă toate opozițiile. Dacă doriți să scrieți ceva, copiați unul dintre aceste texte în câmpul de text liber.',
    copy: 'Copiați textul',
    copied: 'Copiat în clipboard.',
    copyFailed: 'Copierea nu a reușit. Selectați textul și copiați-l manual.',
    items: [
      {
        title: 'Scurt și neutru',
        text: 'Mă opun utilizării datelor mele cu caracter personal, inclusiv a postărilor, fotografiilor și comentariilor mele, pentru dezvoltarea și îmbunătățirea inteligenței artificiale la Meta.',
      },
      {
        title: 'Despre drepturile de autor asupra propriilor postări',
        text: 'Dețin drepturile de autor asupra conținutului pe care îl public și nu îmi dau permisiunea ca acesta să fie utilizat pentru aplicații de inteligență artificială.',
        note: 'Pe baza formulării folosite cu succes de klicksafe în testul său.',
      },
      {
        title: 'Despre preocupările dumneavoastră personale',
        text: 'Postările și fotografiile mele sunt personale. Odată folosite pentru antrenarea unui model de inteligență artificială, ele nu mai pot fi eliminate din acesta. Nu doresc ca datele mele să fie folosite în acest scop.',
      },
    ],
  },

  covers: {
    heading: 'Ce acoperă opoziția',
    covered: 'Acoperit',
    notCovered: 'Neacoperit sau oricum nefolosit',
    items: [
      {
        kind: 'covered',
        text: 'Postările, fotografiile, descrierile și comentariile dumneavoastră publice, dacă sunteți adult.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Ce îi scrieți chatbotului Meta AI, la orice vârstă.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Mesajele private: Meta spune că nu le folosește pentru această antrenare.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Conturile persoanelor sub 18 ani: Meta spune că nu le folosește postările.',
        source: 'relatări din presă',
      },
      {
        kind: 'notCovered',
        text: 'Postările și fotografiile publicate de alte persoane despre dumneavoastră: opoziția dumneavoastră nu le acoperă.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Mai multe conturi: Datatilsynet spune că o singură opoziție acoperă toate conturile conectate în același Centru de conturi. Alte surse recomandă câte o opoziție pentru fiecare cont. Dacă aveți dubii, trimiteți ambele formulare, câte unul pentru fiecare cont.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: potrivit presei, conversațiile private nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp.',
    whatsappSource: 'relatări din presă',
    thirdParty:
      'Date de la alte companii: pentru antrenarea inteligenței sale artificiale, Meta folosește și date pe care le cumpără de la terți. Acest lucru îi poate afecta și pe oamenii fără cont. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție pentru aceste date. Nu am putut confirma un link către ea, așa că nu afișăm niciunul. Pentru detalii, citiți comunicarea autorității din Hamburg.',
    thirdPartyLink: 'Comunicarea autorității din Hamburg din 12 iunie 2024',
    sourceLabel: 'Sursa: {source}',
  },

  afterDeadline: {
    heading: 'Dacă termenul a expirat',
    text: 'Vă puteți opune oricând. Opoziția face ca ce publicați de atunci încolo să nu fie folosit pentru antrenarea inteligenței artificiale a Meta. Ea nu poate elimina ce a folosit deja Meta: datele care au intrat într-un model nu mai pot fi scoase din el.',
    earlier: 'Dacă v-ați opus în 2024, acea opoziție rămâne valabilă, potrivit Datatilsynet și Meta.',
    source: 'Autoritatea de protecție a datelor din Hamburg, 15 aprilie 2025',
  },

  checklist: {
    heading: 'Lista dumneavoastră de verificare',
    intro: 'Bifați ce ați făcut. Bifele rămân doar în acest browser. Nu se trimite nimic nicăieri.',
    items: ['Formularul Facebook trimis', 'Formularul Instagram trimis', 'E-mailul de confirmare primit și păstrat'],
    reset: 'Ștergeți bifele',
  },

  faq: {
    heading: 'Întrebări frecvente',
    items: [
      {
        question: 'Mă privește și pe mine?',
        answer:
          'Da, dacă locuiți în UE sau în SEE (inclusiv Norvegia, Islanda și Liechtenstein), aveți cel puțin 18 ani și aveți conținut public pe Facebook sau Instagram. În Regatul Unit, Meta urmează un alt proces.',
      },
      {
        question: 'Am ratat termenul. Este prea târziu?',
        answer:
          'Nu. Vă puteți opune oricând. Opoziția protejează ce publicați de atunci încolo. Ce a folosit deja Meta pentru antrenare nu mai poate fi scos din inteligența sa artificială.',
      },
      {
        question: 'Trebuie să indic un motiv?',
        answer:
          'Nu. Câmpul de text liber este opțional. Datatilsynet spune că nu trebuie să vă justificați opoziția, iar Meta a declarat că acceptă toate opozițiile.',
      },
      {
        question: 'Am mai multe conturi. Ce trebuie să fac?',
        answer:
          'Datatilsynet spune că o singură opoziție acoperă conturile conectate în același Centru de conturi. Dacă nu știți sigur dacă aveți conturile conectate, trimiteți formularul pentru Facebook și pentru Instagram, o dată pentru fiecare cont.',
      },
      {
        question: 'Opoziția acoperă și fotografiile copiilor mei pe care le-am postat?',
        answer:
          'Opoziția dumneavoastră acoperă conținutul public pe care l-ați postat, inclusiv fotografiile copiilor dumneavoastră. Datatilsynet a întrebat Meta dacă își antrenează inteligența artificială cu fotografii ale copiilor postate de adulți. Meta nu răspunsese până la momentul în care Datatilsynet și-a publicat comunicarea.',
      },
      {
        question: 'Ce se întâmplă cu WhatsApp?',
        answer:
          'Potrivit presei, conversațiile dumneavoastră private de pe WhatsApp nu sunt folosite, dar mesajele pe care le trimiteți către Meta AI în WhatsApp sunt folosite. Nu se cunoaște un formular separat de opoziție pentru WhatsApp. Dacă nu doriți ca aceste mesaje să fie folosite, nu le trimiteți către Meta AI.',
      },
      {
        question: 'Nu am cont. Poate Meta să folosească totuși date despre mine?',
        answer:
          'Posibil. Meta folosește și date pe care le cumpără de la alte companii, iar alte persoane pot posta fotografii cu dumneavoastră. Autoritatea din Hamburg spune că Meta oferă o cale separată de opoziție față de utilizarea datelor provenite de la terți. Nu am putut confirma un link către ea.',
      },
      {
        question: 'Cum știu că a funcționat?',
        answer:
          'Meta trimite un e-mail de confirmare la adresa contului dumneavoastră. În testul klicksafe, acesta a sosit în câteva minute. Păstrați-l. Dacă nu primiți nimic, verificați dosarul de spam, apoi trimiteți din nou formularul.',
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
    button: 'Tipăriți acest ghid',
  },
};
