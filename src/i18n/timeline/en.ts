/*
 * One sentence per timeline event (src/content/timeline.yaml), in our own words. The English module
 * is the reference: every locale has exactly its event ids.
 */
export const timelineEn = {
  'meta-notifies-2024':
    'Meta starts telling users in the EU about a new privacy policy that lets it train its AI on their posts.',
  'complaints-2024':
    'The privacy group noyb files complaints with data-protection authorities in 11 countries; the Norwegian Consumer Council complains too.',
  'hamburg-2024': 'The Hamburg data-protection authority advises people to object before 26 June 2024.',
  'meta-pauses-2024':
    'Meta pauses its plan after the Irish Data Protection Commission asks it to. The Commission welcomes the decision.',
  'deadline-2024':
    'The last day to object, by the stricter reading. The Hamburg authority asked people to object before 26 June 2024; klicksafe wrote by 26 June 2024, a day later. The countdown ended as 26 June began, so that anyone who followed it was in time by either reading.',
  'policy-date-2024':
    'The day Meta’s new privacy policy was to apply. Meta had paused its plans on 14 June, before any training began; klicksafe noted that objecting stayed possible after the pause.',
  'meta-announces-2025':
    'Meta announces that it will train its AI on public content of adult users in the EU and EEA from 27 May 2025.',
  'hamburg-2025':
    'The Hamburg data-protection authority says that anyone who wants to object should do so before the end of May 2025.',
  'vz-nrw-letter-2025': 'The consumer organisation Verbraucherzentrale NRW sends Meta a cease-and-desist letter.',
  'noyb-letter-2025': 'noyb sends Meta a cease-and-desist letter and asks for an answer by 21 May.',
  'dpc-statement-2025':
    'The Irish Data Protection Commission says Meta has made changes, including clearer notices, an easier objection form and a longer notice period.',
  'hamburg-urgency-2025':
    'The Hamburg data-protection authority opens an urgency procedure under Article 66 of the GDPR.',
  'court-cologne-2025':
    'The Higher Regional Court of Cologne rejects Verbraucherzentrale NRW’s request to stop the training. The decision cannot be appealed.',
  'deadline-2025': 'The last day to object before training starts.',
  'training-starts-2025':
    'Meta starts training its AI on public content of users in the EU and EEA. Hamburg decides not to order provisional measures.',
};

export type TimelineTexts = Record<keyof typeof timelineEn, string>;
