import type { TimelineTexts } from './en';

export const timelineGa: TimelineTexts = {
  'meta-notifies-2024':
    'Tosaíonn Meta ag insint d’úsáideoirí san AE faoi bheartas príobháideachta nua a ligeann dó a IS a thraenáil ar a gcuid postálacha.',
  'complaints-2024':
    'Déanann an grúpa príobháideachta noyb gearáin le húdaráis cosanta sonraí in 11 tír. Déanann Comhairle Tomhaltóirí na hIorua gearán freisin.',
  'hamburg-2024': 'Molann údarás cosanta sonraí Hamburg do dhaoine agóid a dhéanamh roimh an 26 Meitheamh 2024.',
  'meta-pauses-2024':
    'Cuireann Meta a phlean ar sos tar éis don Choimisiún um Chosaint Sonraí in Éirinn é sin a iarraidh air. Cuireann an Coimisiún fáilte roimh an gcinneadh.',
  'deadline-2024':
    'An lá deireanach chun agóid a dhéanamh de réir an léimh is déine. D’iarr údarás Hamburg ar dhaoine agóid a dhéanamh roimh an 26 Meitheamh 2024; scríobh klicksafe faoin 26 Meitheamh 2024, lá níos déanaí. Chríochnaigh an comhaireamh síos ag tús an 26 Meitheamh, ionas go mbeadh gach duine a lean é in am de réir an dá léamh.',
  'policy-date-2024':
    'An lá a bhí beartas príobháideachta nua Meta le teacht i bhfeidhm. Bhí a phleananna curtha ar sos ag Meta ar an 14 Meitheamh, sular thosaigh aon traenáil; thug klicksafe le fios go raibh sé fós indéanta agóid a dhéanamh tar éis an tsosa.',
  'meta-announces-2025':
    'Fógraíonn Meta go dtraenálfaidh sé a IS ar ábhar poiblí úsáideoirí fásta san AE agus sa LEE ón 27 Bealtaine 2025.',
  'hamburg-2025':
    'Deir údarás cosanta sonraí Hamburg gur cheart d’aon duine ar mian leis agóid a dhéanamh é sin a dhéanamh roimh dheireadh mhí na Bealtaine 2025.',
  'vz-nrw-letter-2025':
    'Seolann an eagraíocht tomhaltóirí Verbraucherzentrale NRW litir fhoirmiúil chuig Meta ag éileamh air éirí as.',
  'noyb-letter-2025':
    'Seolann noyb litir fhoirmiúil chuig Meta ag éileamh air éirí as, agus iarrann sé freagra faoin 21 Bealtaine.',
  'dpc-statement-2025':
    'Deir an Coimisiún um Chosaint Sonraí in Éirinn go bhfuil athruithe déanta ag Meta, lena n-áirítear fógraí níos soiléire, foirm agóide níos éasca agus tréimhse fógra níos faide.',
  'hamburg-urgency-2025':
    'Cuireann údarás cosanta sonraí Hamburg tús le nós imeachta práinne faoi Airteagal 66 den RGCS.',
  'court-cologne-2025':
    'Diúltaíonn Cúirt Réigiúnach Uachtarach Köln d’iarratas Verbraucherzentrale NRW stop a chur leis an traenáil. Ní féidir achomharc a dhéanamh i gcoinne an chinnidh.',
  'deadline-2025': 'An lá deireanach le hagóid a dhéanamh sula dtosaíonn an traenáil.',
  'training-starts-2025':
    'Tosaíonn Meta ag traenáil a IS ar ábhar poiblí úsáideoirí san AE agus sa LEE. Socraíonn Hamburg gan bearta sealadacha a ordú.',
};
