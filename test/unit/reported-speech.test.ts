// The reported-speech table: first-person sentences in the committee's
// language and the minutes sentence each must become.
import { describe, expect, it } from "vitest";
import { reportSpeech } from "../../src/minutes/reported-speech.ts";

type Row = [speaker: string, said: string, minutes: string];

const PRONOUNS: Row[] = [
  [
    "Norway",
    "we will organise a workshop in Lebanon in November",
    "Norway informed the meeting that it would organise a workshop in Lebanon in November.",
  ],
  [
    "Norway",
    "Our delegation supports the approach and encourages all States to join.",
    "Norway informed the meeting that its delegation supported the approach and encouraged all States to join.",
  ],
  [
    "Italy",
    "I have consulted my capital and we can support the proposal.",
    "Italy informed the meeting that it had consulted its capital and it could support the proposal.",
  ],
  [
    "Ms. Hauge",
    "I will circulate my notes to the Coordinators.",
    "Ms. Hauge informed the meeting that she would circulate her notes to the Coordinators.",
  ],
  [
    "Mr. Pilz",
    "I am in contact with the European Union about funding.",
    "Mr. Pilz informed the meeting that he was in contact with the European Union about funding.",
  ],
  [
    "Dr. Cattaneo",
    "I am grateful for the support of the ISU-CCM.",
    "Dr. Cattaneo stated that they were grateful for the support of the ISU-CCM.",
  ],
  [
    "Norway and the Netherlands",
    "We are preparing a concept note together.",
    "Norway and the Netherlands informed the meeting that they were preparing a concept note together.",
  ],
  [
    "the Netherlands",
    "We would like to reach out to these States ourselves.",
    "The Netherlands informed the meeting that it would like to reach out to those States itself.",
  ],
  [
    "New Zealand",
    "The ICRC has offered to help us with the guidance document.",
    "New Zealand informed the meeting that the ICRC had offered to help it with the guidance document.",
  ],
  [
    "Costa Rica",
    "You will receive our list of target countries by email.",
    "Costa Rica informed the meeting that members would receive its list of target countries by email.",
  ],
  [
    "Zambia",
    "We count on your support for the workshop.",
    "Zambia informed the meeting that it counted on members' support for the workshop.",
  ],
  [
    "Chile",
    "Thank you, Mr. President, for giving us the floor.",
    "Chile stated that it thanked the President for giving it the floor.",
  ],
  [
    "Italy",
    "We thank the ISU-CCM for its support and advice.",
    "Italy stated that it thanked the ISU-CCM for its support and advice.",
  ],
  [
    "Switzerland",
    "Dear colleagues, we welcome the initiative of the Presidency.",
    "Switzerland stated that it welcomed the initiative of the Presidency.",
  ],
];

const MODALS: Row[] = [
  [
    "Croatia",
    "We shall rely mainly on diplomacy.",
    "Croatia informed the meeting that it would rely mainly on diplomacy.",
  ],
  [
    "Australia",
    "We can host a side event in the margins of the Mine Action Directors meeting.",
    "Australia informed the meeting that it could host a side event in the margins of the Mine Action Directors meeting.",
  ],
  [
    "Mexico",
    "We cannot provide a specific budget at this stage.",
    "Mexico informed the meeting that it could not provide a specific budget at that stage.",
  ],
  [
    "Iraq",
    "The workshop may take place in Baghdad.",
    "Iraq informed the meeting that the workshop might take place in Baghdad.",
  ],
  [
    "France",
    "We must engage the producers of cluster munitions.",
    "France informed the meeting that it must engage the producers of cluster munitions.",
  ],
  [
    "Norway",
    "We won't be able to attend the seminar.",
    "Norway informed the meeting that it would not be able to attend the seminar.",
  ],
  [
    "Zambia",
    "We would like to have eight new States Parties by the 7MSP.",
    "Zambia informed the meeting that it would like to have eight new States Parties by the 7MSP.",
  ],
  [
    "Germany",
    "The Presidency should consider a specific trust fund.",
    "Germany informed the meeting that the Presidency should consider a specific trust fund.",
  ],
  [
    "Norway",
    "There is political will to move forward.",
    "Norway informed the meeting that there was political will to move forward.",
  ],
  [
    "UNODA",
    "UNOG finances will have finished the review by May 2017.",
    "UNODA informed the meeting that UNOG finances would have finished the review by May 2017.",
  ],
];

const TENSES: Row[] = [
  [
    "Italy",
    "Our contribution is being processed.",
    "Italy informed the meeting that its contribution was being processed.",
  ],
  [
    "Costa Rica",
    "There are still 22 States Parties with overdue initial reports.",
    "Costa Rica informed the meeting that there were still 22 States Parties with overdue initial reports.",
  ],
  [
    "Norway",
    "I am happy to elaborate on the concept.",
    "Norway informed the meeting that it was happy to elaborate on the concept.",
  ],
  [
    "New Zealand",
    "We have already submitted our concept note.",
    "New Zealand informed the meeting that it had already submitted its concept note.",
  ],
  [
    "Australia",
    "The guidance document has been translated into Spanish.",
    "Australia informed the meeting that the guidance document had been translated into Spanish.",
  ],
  [
    "Chile",
    "We need more time to complete the national action plan.",
    "Chile informed the meeting that it needed more time to complete the national action plan.",
  ],
  [
    "Croatia",
    "The concept note focuses on States Parties with upcoming deadlines.",
    "Croatia informed the meeting that the concept note focused on States Parties with upcoming deadlines.",
  ],
  [
    "the ISU-CCM Director",
    "The ISU needs more funding to cover its 2016 budget.",
    "The ISU-CCM Director informed the meeting that the ISU needed more funding to cover its 2016 budget.",
  ],
  [
    "Netherlands",
    "We organised a workshop on clearance and invited the operators.",
    "The Netherlands informed the meeting that it had organised a workshop on clearance and invited the operators.",
  ],
  [
    "Australia",
    "We received the hardcopies of the document.",
    "Australia informed the meeting that it had received the hardcopies of the document.",
  ],
  [
    "Zambia",
    "The workshop in Addis Ababa took place in August 2016.",
    "Zambia informed the meeting that the workshop in Addis Ababa had taken place in August 2016.",
  ],
  [
    "Croatia",
    "We did not foresee any specific budget.",
    "Croatia informed the meeting that it had not foreseen any specific budget.",
  ],
  [
    "Norway",
    "We don't know yet how the workshops will be financed.",
    "Norway informed the meeting that it did not know yet how the workshops would be financed.",
  ],
  [
    "ICRC",
    "We were already working bilaterally in South East Asia.",
    "ICRC informed the meeting that it had already been working bilaterally in South East Asia.",
  ],
  [
    "Italy",
    "I was not sure how the workshops would be financed.",
    "Italy informed the meeting that it had not been sure how the workshops would be financed.",
  ],
  [
    "Zambia",
    "If we receive funding, we will organise a workshop in South East Asia.",
    "Zambia informed the meeting that if it received funding, it would organise a workshop in South East Asia.",
  ],
  [
    "Bosnia and Herzegovina",
    "We are going to review the financial model at the 7MSP.",
    "Bosnia and Herzegovina informed the meeting that it was going to review the financial model at the 7MSP.",
  ],
  [
    "Costa Rica",
    "We have to define a target list of countries.",
    "Costa Rica informed the meeting that it had to define a target list of countries.",
  ],
  [
    "New Zealand",
    "Most Pacific States belong to the first category.",
    "New Zealand informed the meeting that most Pacific States belonged to the first category.",
  ],
  [
    "the President",
    "The Presidency does not see a need for a new mechanism.",
    "The President informed the meeting that the Presidency did not see a need for a new mechanism.",
  ],
  [
    "Norway",
    "The Coordinators have adopted this approach for the workshop in Beirut.",
    "Norway informed the meeting that the Coordinators had adopted that approach for the workshop in Beirut.",
  ],
  [
    "the ISU-CCM Director",
    "Three reminders were sent to States in 2016.",
    "The ISU-CCM Director informed the meeting that three reminders had been sent to States in 2016.",
  ],
];

const TIME_AND_PLACE: Row[] = [
  [
    "Norway",
    "We will circulate the revised version tomorrow.",
    "Norway informed the meeting that it would circulate the revised version the following day.",
  ],
  [
    "Italy",
    "We sent our concept note yesterday.",
    "Italy informed the meeting that it had sent its concept note the previous day.",
  ],
  [
    "Mexico",
    "The final version is available today.",
    "Mexico informed the meeting that the final version was available that day.",
  ],
  [
    "Chile",
    "We will meet the operators next week.",
    "Chile informed the meeting that it would meet the operators the following week.",
  ],
  [
    "Iraq",
    "Our national authority approved the plan last month.",
    "Iraq informed the meeting that its national authority had approved the plan the previous month.",
  ],
  [
    "France",
    "We met the producers two weeks ago.",
    "France informed the meeting that it had met the producers two weeks before.",
  ],
  [
    "Switzerland",
    "We are now ready to host the seminar here in Geneva.",
    "Switzerland informed the meeting that it was then ready to host the seminar there in Geneva.",
  ],
  [
    "Germany",
    "These States need to be engaged this year.",
    "Germany informed the meeting that those States needed to be engaged that year.",
  ],
  [
    "New Zealand",
    "We will host the ASEAN meeting next year.",
    "New Zealand informed the meeting that it would host the ASEAN meeting the following year.",
  ],
  [
    "Australia",
    "We will receive the hardcopies on Monday 6 November.",
    "Australia informed the meeting that it would receive the hardcopies on Monday 6 November.",
  ],
  [
    "Norway",
    "We will present the results at the next meeting.",
    "Norway informed the meeting that it would present the results at the next meeting.",
  ],
];

const REPORTING_VERBS: Row[] = [
  [
    "Germany",
    "We propose that the concept notes be discussed before they are uploaded.",
    "Germany proposed that the concept notes be discussed before they were uploaded.",
  ],
  [
    "Germany",
    "We suggest that the Coordination Committee also focuses its efforts on these States.",
    "Germany suggested that the Coordination Committee also focused its efforts on those States.",
  ],
  [
    "Costa Rica",
    "We would like to stress that there will be overlaps in the work of the Coordinators.",
    "Costa Rica stressed that there would be overlaps in the work of the Coordinators.",
  ],
  [
    "Norway",
    "We believe the approach is in line with our workshop in Beirut.",
    "Norway expressed the view that the approach was in line with its workshop in Beirut.",
  ],
  [
    "Zambia",
    "We hope that Cameroon will confirm its interest soon.",
    "Zambia expressed the hope that Cameroon would confirm its interest soon.",
  ],
  [
    "New Zealand",
    "We are pleased to inform you that the guidance document is ready.",
    "New Zealand was pleased to inform the meeting that the guidance document was ready.",
  ],
  [
    "ICRC",
    "We can confirm that we will support New Zealand.",
    "ICRC confirmed that it would support New Zealand.",
  ],
  [
    "the ISU-CCM Director",
    "I would like to remind you that the financial model will be reviewed at the 7MSP.",
    "The ISU-CCM Director reminded the meeting that the financial model would be reviewed at the 7MSP.",
  ],
  [
    "Switzerland",
    "We are convinced that there is value in looking at similar processes.",
    "Switzerland was convinced that there was value in looking at similar processes.",
  ],
  [
    "Netherlands",
    "Could you present your list of target countries?",
    "The Netherlands requested that members present their list of target countries.",
  ],
  [
    "Zambia",
    "What impact will this shortfall have on the annual plan?",
    "Zambia asked what impact that shortfall would have on the annual plan.",
  ],
  ["Netherlands", "Is the ISU funding voluntary?", "The Netherlands asked if the ISU funding was voluntary."],
  ["Germany", "Let us move to the next item.", "Germany proposed that the meeting move to the next item."],
  [
    "the ISU-CCM Director",
    "Please send your contributions without delay.",
    "The ISU-CCM Director requested that members send their contributions without delay.",
  ],
];

const KEPT_AS_THEY_ARE: Row[] = [
  [
    "Germany",
    "Lao PDR is the first candidate for a country coalition.",
    "Germany informed the meeting that Lao PDR was the first candidate for a country coalition.",
  ],
  [
    "New Zealand",
    "“Naming and shaming” has proven effective for the APMBC.",
    "New Zealand informed the meeting that “Naming and shaming” had proven effective for the APMBC.",
  ],
  [
    "Norway",
    'The Minister said: "We will not give up."',
    'Norway informed the meeting that the Minister had said: "We will not give up".',
  ],
  [
    "the ISU-CCM Director",
    "Only 24 out of 100 States Parties have contributed CHF 96'433 towards 7a.",
    "The ISU-CCM Director informed the meeting that only 24 out of 100 States Parties had contributed CHF 96'433 towards 7a.",
  ],
  [
    "Germany",
    "The Resolution A/C.1/71/L.22 was adopted with few abstentions.",
    "Germany informed the meeting that the Resolution A/C.1/71/L.22 had been adopted with few abstentions.",
  ],
  [
    "Netherlands",
    "The Netherlands and Norway will co-host the event in Beirut.",
    "The Netherlands informed the meeting that the Netherlands and Norway would co-host the event in Beirut.",
  ],
  [
    "Chile",
    "The APMBC 15th Meeting of States Parties takes place in Santiago, Chile.",
    "Chile informed the meeting that the APMBC 15th Meeting of States Parties took place in Santiago, Chile.",
  ],
  [
    "Bosnia and Herzegovina",
    "Mine action in Bosnia and Herzegovina depends on donors.",
    "Bosnia and Herzegovina informed the meeting that mine action in Bosnia and Herzegovina depended on donors.",
  ],
  [
    "Germany",
    "The deadline under Article 4 is 1 August 2020.",
    "Germany informed the meeting that the deadline under Article 4 was 1 August 2020.",
  ],
  [
    "Norway",
    "We will organise a workshop. It will take place in Beirut.",
    "Norway informed the meeting that it would organise a workshop and that it would take place in Beirut.",
  ],
];

const TABLE = [...PRONOUNS, ...MODALS, ...TENSES, ...TIME_AND_PLACE, ...REPORTING_VERBS, ...KEPT_AS_THEY_ARE];

describe("reported speech", () => {
  it("has a table of at least 60 sentences", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)("%s: %s", (speaker, said, minutes) => {
    expect(reportSpeech(speaker, said)).toBe(minutes);
  });

  it("always answers <Speaker> <verb> that <clause>., or <Speaker> asked if/what ... for a question", () => {
    for (const [speaker, said] of TABLE) {
      const pattern = said.endsWith("?") ? /^\S.* (?:that|asked) \S.*\.$/ : /^\S.* that \S.*\.$/;
      expect(reportSpeech(speaker, said)).toMatch(pattern);
    }
  });

  it("gives nothing for an empty sentence", () => {
    expect(reportSpeech("Norway", "   ")).toBe("");
  });
});
