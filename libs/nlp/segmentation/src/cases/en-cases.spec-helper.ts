import type { SentenceCase } from './expect-sentences.spec-helper';

/** English wire sentences, hand-cut. Grouped by the rule they exercise. */
export const ENGLISH_CASES: Record<string, readonly SentenceCase[]> = {
  'plain sentences': [
    [
      'The coalition is bombing Islamic State positions. It backs the New Syrian Army.',
      ['The coalition is bombing Islamic State positions.', 'It backs the New Syrian Army.'],
    ],
    [
      'Oil prices fell on Tuesday. Brent crude lost 2 percent in early trading.',
      ['Oil prices fell on Tuesday.', 'Brent crude lost 2 percent in early trading.'],
    ],
    [
      'The earthquake killed at least 10 people. Rescuers are still searching the rubble. More aftershocks are expected.',
      [
        'The earthquake killed at least 10 people.',
        'Rescuers are still searching the rubble.',
        'More aftershocks are expected.',
      ],
    ],
    [
      'Police arrested three suspects. Prosecutors said they would be charged on Monday.',
      ['Police arrested three suspects.', 'Prosecutors said they would be charged on Monday.'],
    ],
    [
      'Talks will resume next week in Geneva. It is the third round since January.',
      ['Talks will resume next week in Geneva.', 'It is the third round since January.'],
    ],
    [
      "The company's shares rose sharply. Analysts had expected weaker results.",
      ["The company's shares rose sharply.", 'Analysts had expected weaker results.'],
    ],
    [
      'A single sentence issued by the ministry on Friday.',
      ['A single sentence issued by the ministry on Friday.'],
    ],
    [
      'The fire was contained overnight. No casualties were reported.',
      ['The fire was contained overnight.', 'No casualties were reported.'],
    ],
    [
      'Rebels retook Manbij. Turkey protested immediately.',
      ['Rebels retook Manbij.', 'Turkey protested immediately.'],
    ],
    [
      'The Senate passed the bill 52-48. The House is expected to vote on Thursday.',
      ['The Senate passed the bill 52-48.', 'The House is expected to vote on Thursday.'],
    ],
    ['Hello World. My name is Jonas.', ['Hello World.', 'My name is Jonas.']],
    [
      'Stocks closed higher on Wall Street. The Dow gained 120 points.',
      ['Stocks closed higher on Wall Street.', 'The Dow gained 120 points.'],
    ],
  ],
  'titles and ranks': [
    ['Mr. Smith met Mrs. Jones at the embassy.', ['Mr. Smith met Mrs. Jones at the embassy.']],
    [
      'Col. Chris Garver, a coalition spokesman, spoke from Baghdad. He gave no details.',
      ['Col. Chris Garver, a coalition spokesman, spoke from Baghdad.', 'He gave no details.'],
    ],
    [
      'Gen. Mark Milley testified before the committee on Tuesday.',
      ['Gen. Mark Milley testified before the committee on Tuesday.'],
    ],
    [
      'Lt. Gen. Paul LaCamera will take command in May.',
      ['Lt. Gen. Paul LaCamera will take command in May.'],
    ],
    ['Sgt. Maj. John Wayne Troxell retired in 2019.', ['Sgt. Maj. John Wayne Troxell retired in 2019.']],
    [
      'Dr. Anthony Fauci warned of a new wave. Officials urged caution.',
      ['Dr. Anthony Fauci warned of a new wave.', 'Officials urged caution.'],
    ],
    [
      'Sen. Mitch McConnell and Rep. Nancy Pelosi met at the White House.',
      ['Sen. Mitch McConnell and Rep. Nancy Pelosi met at the White House.'],
    ],
    [
      'Gov. Gavin Newsom signed the bill. It takes effect in January.',
      ['Gov. Gavin Newsom signed the bill.', 'It takes effect in January.'],
    ],
    [
      'The case was handled by Det. Sgt. Mary Brown of the Metropolitan Police.',
      ['The case was handled by Det. Sgt. Mary Brown of the Metropolitan Police.'],
    ],
    [
      'Prof. Jane Goodall will receive the award. The ceremony is in Oslo.',
      ['Prof. Jane Goodall will receive the award.', 'The ceremony is in Oslo.'],
    ],
    [
      'Capt. Sully Sullenberger landed the plane on the Hudson.',
      ['Capt. Sully Sullenberger landed the plane on the Hudson.'],
    ],
    [
      'Ms. Ardern announced her resignation. She had led the country since 2017.',
      ['Ms. Ardern announced her resignation.', 'She had led the country since 2017.'],
    ],
    [
      'Adm. John Aquilino commands U.S. forces in the Pacific.',
      ['Adm. John Aquilino commands U.S. forces in the Pacific.'],
    ],
    [
      'The Rev. Al Sharpton led the march. Thousands joined him.',
      ['The Rev. Al Sharpton led the march.', 'Thousands joined him.'],
    ],
    ['Martin Luther King Jr. was born in Atlanta.', ['Martin Luther King Jr. was born in Atlanta.']],
    [
      'The award went to Robert Downey Jr. The actor thanked his family.',
      ['The award went to Robert Downey Jr.', 'The actor thanked his family.'],
    ],
    ["That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]],
    ['I can see Mt. Fuji from here.', ['I can see Mt. Fuji from here.']],
    [
      "St. Michael's Church is on 5th st. near the light.",
      ["St. Michael's Church is on 5th st. near the light."],
    ],
    [
      'Pvt. First Class Lynndie England was convicted in 2005.',
      ['Pvt. First Class Lynndie England was convicted in 2005.'],
    ],
  ],
  abbreviations: [
    [
      'They closed the deal with Pitt, Briggs & Co. at noon.',
      ['They closed the deal with Pitt, Briggs & Co. at noon.'],
    ],
    [
      'They closed the deal with Pitt, Briggs & Co. It closed yesterday.',
      ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.'],
    ],
    ['Apple Inc. said revenue rose 8 percent.', ['Apple Inc. said revenue rose 8 percent.']],
    [
      'The deal was signed by Apple Inc. The terms were not disclosed.',
      ['The deal was signed by Apple Inc.', 'The terms were not disclosed.'],
    ],
    [
      'He brought bread, cheese, wine, etc. The guests were pleased.',
      ['He brought bread, cheese, wine, etc.', 'The guests were pleased.'],
    ],
    ['Fuel, food, etc. are now rationed.', ['Fuel, food, etc. are now rationed.']],
    ['Please turn to p. 55.', ['Please turn to p. 55.']],
    [
      'The prime minister lives at No. 10 Downing Street.',
      ['The prime minister lives at No. 10 Downing Street.'],
    ],
    [
      'The vote is set for Jan. 5. Lawmakers return from recess the day before.',
      ['The vote is set for Jan. 5.', 'Lawmakers return from recess the day before.'],
    ],
    [
      'The trial opens Sept. 12 in Manhattan federal court.',
      ['The trial opens Sept. 12 in Manhattan federal court.'],
    ],
    ['Were Jane and co. at the party?', ['Were Jane and co. at the party?']],
    ["Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", 'They should know.']],
    [
      'Costs rose in several sectors, e.g. energy and transport.',
      ['Costs rose in several sectors, e.g. energy and transport.'],
    ],
    [
      'The study by Smith et al. found no link. Critics disputed it.',
      ['The study by Smith et al. found no link.', 'Critics disputed it.'],
    ],
    [
      'The fighter is known as the champion vs. all comers.',
      ['The fighter is known as the champion vs. all comers.'],
    ],
    [
      'Shares of Acme Corp. fell 5 percent. The company cut its forecast.',
      ['Shares of Acme Corp. fell 5 percent.', 'The company cut its forecast.'],
    ],
    ['The plant produces approx. 4,000 cars a month.', ['The plant produces approx. 4,000 cars a month.']],
    ['See Fig. 3 for the full breakdown.', ['See Fig. 3 for the full breakdown.']],
    [
      'Shares of Alphabet Inc. (GOOGL.O) rose 3% in early trading.',
      ['Shares of Alphabet Inc. (GOOGL.O) rose 3% in early trading.'],
    ],
    [
      'The firm, based in St. Louis, Mo., employs 5,000 people.',
      ['The firm, based in St. Louis, Mo., employs 5,000 people.'],
    ],
  ],
  'initials and acronyms': [
    ['My name is Jonas E. Smith.', ['My name is Jonas E. Smith.']],
    ['George W. Bush visited Iraq in 2003.', ['George W. Bush visited Iraq in 2003.']],
    [
      'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
      ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?'],
    ],
    ['J.K. Rowling donated the money to charity.', ['J.K. Rowling donated the money to charity.']],
    [
      'The U.S. military said eight strikes hit Islamic State targets.',
      ['The U.S. military said eight strikes hit Islamic State targets.'],
    ],
    ['I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
    ['I have lived in the U.S. for 20 years.', ['I have lived in the U.S. for 20 years.']],
    ['I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
    ['I live in the E.U. How about you?', ['I live in the E.U.', 'How about you?']],
    ['I visited the U.S.A. last year.', ['I visited the U.S.A. last year.']],
    [
      'The resolution was passed by the U.N. Security Council on Friday.',
      ['The resolution was passed by the U.N. Security Council on Friday.'],
    ],
    [
      'The talks were held at the U.N. The Russian delegation walked out.',
      ['The talks were held at the U.N.', 'The Russian delegation walked out.'],
    ],
    [
      'Troops will leave by the end of the year, U.S. officials said.',
      ['Troops will leave by the end of the year, U.S. officials said.'],
    ],
    [
      'The company is based in Washington, D.C. It employs 300 people.',
      ['The company is based in Washington, D.C.', 'It employs 300 people.'],
    ],
    ['F. Scott Fitzgerald wrote the novel in 1925.', ['F. Scott Fitzgerald wrote the novel in 1925.']],
    [
      'The pact was signed by the U.K. and France in 1904.',
      ['The pact was signed by the U.K. and France in 1904.'],
    ],
  ],
  numbers: [
    ['She has $100.00 in her bag.', ['She has $100.00 in her bag.']],
    ['She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
    [
      'Fighters seized more than 10,000 documents belonging to the group.',
      ['Fighters seized more than 10,000 documents belonging to the group.'],
    ],
    [
      'Inflation rose 2.5 percent in May. Economists had forecast 2.3 percent.',
      ['Inflation rose 2.5 percent in May.', 'Economists had forecast 2.3 percent.'],
    ],
    [
      'The company lost $1.2 billion in the quarter. Its shares fell 8.4%.',
      ['The company lost $1.2 billion in the quarter.', 'Its shares fell 8.4%.'],
    ],
    [
      'The death toll rose to 12. 45 people were injured.',
      ['The death toll rose to 12.', '45 people were injured.'],
    ],
    ['The quake measured 6.4 on the Richter scale.', ['The quake measured 6.4 on the Richter scale.']],
    ['He was born in 1962. He grew up in Ohio.', ['He was born in 1962.', 'He grew up in Ohio.']],
    [
      'The population grew from 3,250,000 to 3,400,000 in a decade.',
      ['The population grew from 3,250,000 to 3,400,000 in a decade.'],
    ],
    [
      'Brent crude settled at $82.45 a barrel. U.S. crude fell 1.1%.',
      ['Brent crude settled at $82.45 a barrel.', 'U.S. crude fell 1.1%.'],
    ],
    [
      'The final score was 3-1. 60,000 fans watched the match.',
      ['The final score was 3-1.', '60,000 fans watched the match.'],
    ],
    [
      'You can find it at N°. 1026.253.553. That is where the treasure is.',
      ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.'],
    ],
    [
      'Temperatures reached 45.9 °C in the south. It was a record.',
      ['Temperatures reached 45.9 °C in the south.', 'It was a record.'],
    ],
    [
      'The bill passed 218 to 210. Two Republicans voted no.',
      ['The bill passed 218 to 210.', 'Two Republicans voted no.'],
    ],
    [
      'The index gained 0.75 points to 4,512.36 at the close.',
      ['The index gained 0.75 points to 4,512.36 at the close.'],
    ],
  ],
  'times, dates and ordinals': [
    ['At 5 a.m. Mr. Smith went to the bank.', ['At 5 a.m. Mr. Smith went to the bank.']],
    [
      'The blast happened at 5 a.m. The building was empty.',
      ['The blast happened at 5 a.m.', 'The building was empty.'],
    ],
    [
      'The meeting starts at 10:30 a.m. local time on Tuesday.',
      ['The meeting starts at 10:30 a.m. local time on Tuesday.'],
    ],
    [
      'Polls close at 8 p.m. EDT. Results are expected after midnight.',
      ['Polls close at 8 p.m. EDT.', 'Results are expected after midnight.'],
    ],
    [
      'The law takes effect on Jan. 1, 2025. It covers 2 million workers.',
      ['The law takes effect on Jan. 1, 2025.', 'It covers 2 million workers.'],
    ],
    [
      'The attack took place on June 29, 2016. No group claimed it.',
      ['The attack took place on June 29, 2016.', 'No group claimed it.'],
    ],
    [
      'The 21st century began in 2001. Many celebrated a year early.',
      ['The 21st century began in 2001.', 'Many celebrated a year early.'],
    ],
    [
      'The 2nd Battalion will deploy on Oct. 3. Families were informed on Friday.',
      ['The 2nd Battalion will deploy on Oct. 3.', 'Families were informed on Friday.'],
    ],
    [
      'The curfew starts at 2100 GMT. It will be lifted at dawn.',
      ['The curfew starts at 2100 GMT.', 'It will be lifted at dawn.'],
    ],
    [
      'The summit is set for 2024-06-12. Leaders arrive the day before.',
      ['The summit is set for 2024-06-12.', 'Leaders arrive the day before.'],
    ],
    ['He left the bank at 6 P.M. on Friday.', ['He left the bank at 6 P.M. on Friday.']],
    ['The meeting is at 3 p.m. Friday in Room 201.', ['The meeting is at 3 p.m. Friday in Room 201.']],
    [
      'She was born on Dec. 25. She turned 40 this year.',
      ['She was born on Dec. 25.', 'She turned 40 this year.'],
    ],
  ],
  'quotes and attribution': [
    ["She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]],
    ['She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
    [
      'She turned to him, "This is great." She held the book out to show him.',
      ['She turned to him, "This is great."', 'She held the book out to show him.'],
    ],
    [
      '"We are working to cut the last major route," Garver said. He gave no timetable.',
      ['"We are working to cut the last major route," Garver said.', 'He gave no timetable.'],
    ],
    ['"Where is the money?" asked the senator.', ['"Where is the money?" asked the senator.']],
    [
      '"It\'s over!" the coach shouted as the whistle blew.',
      ['"It\'s over!" the coach shouted as the whistle blew.'],
    ],
    [
      '“We will not back down,” the prime minister said.',
      ['“We will not back down,” the prime minister said.'],
    ],
    [
      '“We will not back down.” The prime minister then left the room.',
      ['“We will not back down.”', 'The prime minister then left the room.'],
    ],
    [
      'He said the operation was "continuing." "It has not stopped," he added.',
      ['He said the operation was "continuing."', '"It has not stopped," he added.'],
    ],
    [
      '"We are ready. We are waiting for orders," an officer said.',
      ['"We are ready.', 'We are waiting for orders," an officer said.'],
    ],
    [
      'The spokesman called the report "baseless." The ministry declined to comment.',
      ['The spokesman called the report "baseless."', 'The ministry declined to comment.'],
    ],
    [
      '"Is this the end?" wondered one analyst. Nobody knows.',
      ['"Is this the end?" wondered one analyst.', 'Nobody knows.'],
    ],
    [
      'Protesters chanted "Resign!" outside parliament.',
      ['Protesters chanted "Resign!" outside parliament.'],
    ],
    [
      'The minister described the deal as ‘provisional’. Talks continue.',
      ['The minister described the deal as ‘provisional’.', 'Talks continue.'],
    ],
    [
      '"They said the strikes were \'targeted,\'" the official said.',
      ['"They said the strikes were \'targeted,\'" the official said.'],
    ],
    [
      'He told reporters: "No decision has been made." The meeting resumes tomorrow.',
      ['He told reporters: "No decision has been made."', 'The meeting resumes tomorrow.'],
    ],
    [
      '"Time is short," he warned. "Every day counts."',
      ['"Time is short," he warned.', '"Every day counts."'],
    ],
    [
      '"Do you want war? You will have it," the rebel leader threatened.',
      ['"Do you want war?', 'You will have it," the rebel leader threatened.'],
    ],
    [
      'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
      [
        'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
      ],
    ],
    [
      '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
      ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ],
    [
      'The fighting is "ongoing right now," the colonel said, adding that it was "coordinated."',
      ['The fighting is "ongoing right now," the colonel said, adding that it was "coordinated."'],
    ],
    [
      '"Why now?" Senate Majority Leader Chuck Schumer asked.',
      ['"Why now?" Senate Majority Leader Chuck Schumer asked.'],
    ],
    ['"It is over." Smith said, shaking his head.', ['"It is over." Smith said, shaking his head.']],
    [
      '"We won!" Smith said he was happy with the result.',
      ['"We won!"', 'Smith said he was happy with the result.'],
    ],
  ],
  'questions, exclamations and ellipses': [
    ['What is your name? My name is Jonas.', ['What is your name?', 'My name is Jonas.']],
    ['There it is! I found it.', ['There it is!', 'I found it.']],
    ['Hello!! Long time no see.', ['Hello!!', 'Long time no see.']],
    ['Hello?? Who is there?', ['Hello??', 'Who is there?']],
    ['Hello!? Is that you?', ['Hello!?', 'Is that you?']],
    ['Hello?! Is that you?', ['Hello?!', 'Is that you?']],
    [
      'She works at Yahoo! in the accounting department.',
      ['She works at Yahoo! in the accounting department.'],
    ],
    ['I never meant that.... She left the store.', ['I never meant that....', 'She left the store.']],
    [
      "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
      [
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
      ],
    ],
    [
      'One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .',
      [
        'One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .',
      ],
    ],
    [
      'If words are left off at the end of a sentence, indicate the end of the sentence with a period . . . . Next sentence.',
      [
        'If words are left off at the end of a sentence, indicate the end of the sentence with a period . . . .',
        'Next sentence.',
      ],
    ],
    [
      'The rally was huge… Police estimated the crowd at 50,000.',
      ['The rally was huge…', 'Police estimated the crowd at 50,000.'],
    ],
    [
      '"We are working to cut the last major route," said Col. Chris...',
      ['"We are working to cut the last major route," said Col. Chris...'],
    ],
    [
      'Who? When? How? Investigators are still looking for answers.',
      ['Who?', 'When?', 'How?', 'Investigators are still looking for answers.'],
    ],
  ],
  'parentheses and dashes': [
    [
      'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
      ['He teaches science (He previously worked for 5 years as an engineer.) at the local University.'],
    ],
    [
      'The offensive by the New Syrian Army (NSA) failed. The rebels withdrew.',
      ['The offensive by the New Syrian Army (NSA) failed.', 'The rebels withdrew.'],
    ],
    [
      'A U.S.-backed group -- the Syrian Democratic Forces (SDF) -- is leading the offensive.',
      ['A U.S.-backed group -- the Syrian Democratic Forces (SDF) -- is leading the offensive.'],
    ],
    [
      'The minister resigned. (He will be replaced by his deputy.) Markets reacted calmly.',
      ['The minister resigned.', '(He will be replaced by his deputy.)', 'Markets reacted calmly.'],
    ],
    [
      'The strikes — eight, according to the Pentagon — hit weapons depots.',
      ['The strikes — eight, according to the Pentagon — hit weapons depots.'],
    ],
    [
      'The toll (provisional) stands at 8 dead. It could rise.',
      ['The toll (provisional) stands at 8 dead.', 'It could rise.'],
    ],
    [
      'The lawmaker (D-Calif.) voted against the measure.',
      ['The lawmaker (D-Calif.) voted against the measure.'],
    ],
  ],
  'URLs and e-mail addresses': [
    [
      'Her email is Jane.Doe@example.com. I sent her an email.',
      ['Her email is Jane.Doe@example.com.', 'I sent her an email.'],
    ],
    [
      'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
      ['The site is: https://www.example.50.com/new-site/awesome_content.html.', 'Please check it out.'],
    ],
    [
      'The report is available at www.whitehouse.gov. It runs to 200 pages.',
      ['The report is available at www.whitehouse.gov.', 'It runs to 200 pages.'],
    ],
    [
      'Send tips to tips@reuters.com or call the newsroom.',
      ['Send tips to tips@reuters.com or call the newsroom.'],
    ],
    [
      'The petition on change.org has gathered 100,000 signatures.',
      ['The petition on change.org has gathered 100,000 signatures.'],
    ],
  ],
  'lists and bullets': [
    ['1.) The first item 2.) The second item', ['1.) The first item', '2.) The second item']],
    ['1.) The first item. 2.) The second item.', ['1.) The first item.', '2.) The second item.']],
    ['1) The first item 2) The second item', ['1) The first item', '2) The second item']],
    ['1. The first item 2. The second item', ['1. The first item', '2. The second item']],
    ['1. The first item. 2. The second item.', ['1. The first item.', '2. The second item.']],
    ['• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
    ['⁃9. The first item ⁃10. The second item', ['⁃9. The first item', '⁃10. The second item']],
    [
      'a. The first item b. The second item c. The third list item',
      ['a. The first item', 'b. The second item', 'c. The third list item'],
    ],
    [
      'The plan includes:\n- a price freeze;\n- higher wages;\n- tax cuts.',
      ['The plan includes:', '- a price freeze;', '- higher wages;', '- tax cuts.'],
    ],
    [
      'Key points:\n• 10,000 new nurses\n• $1 billion for hospitals',
      ['Key points:', '• 10,000 new nurses', '• $1 billion for hospitals'],
    ],
  ],
  'datelines, lines and headlines': [
    [
      'WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday.',
      ['WASHINGTON (Reuters) -', 'The U.S. Senate passed the bill on Tuesday.'],
    ],
    [
      'NEW YORK, Jan 5 (Reuters) - Stocks fell. Bonds rallied.',
      ['NEW YORK, Jan 5 (Reuters) -', 'Stocks fell.', 'Bonds rallied.'],
    ],
    [
      'SPRINGFIELD, Ill. (AP) — The governor signed the budget.',
      ['SPRINGFIELD, Ill. (AP) —', 'The governor signed the budget.'],
    ],
    [
      'KYIV, Ukraine (AP) — Russian drones struck the capital overnight.',
      ['KYIV, Ukraine (AP) —', 'Russian drones struck the capital overnight.'],
    ],
    [
      'Strike hits rail network\nTrains will be heavily disrupted on Thursday.',
      ['Strike hits rail network', 'Trains will be heavily disrupted on Thursday.'],
    ],
    [
      'This is a sentence\ncut off in the middle because pdf.',
      ['This is a sentence\ncut off in the middle because pdf.'],
    ],
    ['It was a cold \nnight in the city.', ['It was a cold \nnight in the city.']],
    ['By Jane Smith\nThe Senate rejected the bill.', ['By Jane Smith', 'The Senate rejected the bill.']],
    [
      'Stocks fell sharply.\n(Reporting by John Doe; Editing by Jane Roe)',
      ['Stocks fell sharply.', '(Reporting by John Doe; Editing by Jane Roe)'],
    ],
    [
      'The fighting has resumed.\n\nCivilians are fleeing south.',
      ['The fighting has resumed.', 'Civilians are fleeing south.'],
    ],
  ],
};
