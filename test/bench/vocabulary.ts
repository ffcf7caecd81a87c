/**
 * Word lists for the bench generator: the names, units, documents, places and addresses a defence
 * department's breach register is full of. Every person and address is fictional; domains are either
 * the lookalikes the seed article is about (army.ml, navy.ml, mistyped mod.gov.uk) or reserved ones
 * (example.com, example.org, .example).
 */

export const FIRST_NAMES = [
  'James', 'Oliver', 'Jack', 'Harry', 'George', 'Thomas', 'William', 'Daniel', 'Samuel', 'Joseph',
  'Matthew', 'Benjamin', 'Christopher', 'Andrew', 'David', 'Michael', 'Richard', 'Robert', 'Stephen', 'Mark',
  'Paul', 'Peter', 'Simon', 'Gareth', 'Rhys', 'Dafydd', 'Owain', 'Callum', 'Euan', 'Fraser',
  'Hamish', 'Angus', 'Connor', 'Ciaran', 'Declan', 'Liam', 'Sean', 'Niall', 'Patrick', 'Kieran',
  'Mohammed', 'Ahmed', 'Ali', 'Omar', 'Yusuf', 'Imran', 'Hassan', 'Tariq', 'Bilal', 'Zain',
  'Rajesh', 'Sanjay', 'Vikram', 'Arjun', 'Rohan', 'Amit', 'Deepak', 'Harpreet', 'Gurpreet', 'Manpreet',
  'Tomasz', 'Piotr', 'Krzysztof', 'Marek', 'Andrzej', 'Chinedu', 'Emeka', 'Oluwaseun', 'Kwame', 'Kofi',
  'Sitiveni', 'Josefa', 'Bishnu', 'Dil', 'Hari', 'Ram', 'Lachlan', 'Ewan', 'Alistair', 'Graham',
  'Olivia', 'Amelia', 'Isla', 'Emily', 'Sophie', 'Charlotte', 'Grace', 'Lucy', 'Hannah', 'Jessica',
  'Sarah', 'Rebecca', 'Laura', 'Emma', 'Rachel', 'Katherine', 'Helen', 'Claire', 'Nicola', 'Joanne',
  'Fiona', 'Morag', 'Eilidh', 'Catriona', 'Siobhan', 'Niamh', 'Aoife', 'Bethan', 'Carys', 'Ffion',
  'Aisha', 'Fatima', 'Zainab', 'Maryam', 'Amina', 'Priya', 'Anjali', 'Sunita', 'Kiran', 'Simran',
  'Agnieszka', 'Katarzyna', 'Magdalena', 'Ngozi', 'Chioma', 'Adaeze', 'Abena', 'Akosua', 'Farida', 'Parwana',
  'Mariam', 'Shabnam', 'Zahra', 'Nadia', 'Leila', 'Yasmin', 'Ruth', 'Margaret', 'Susan', 'Alison',
] as const;

export const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
  'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy',
  'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh',
  'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali',
  'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight',
  'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey',
  'MacDonald', 'MacLeod', 'Fraser', 'Stewart', 'Robertson', 'Reid', 'Ross', 'Paterson', 'Henderson', 'McKenzie',
  "O'Brien", "O'Neill", 'Byrne', 'Doyle', 'Gallagher', 'Quinn', 'Kavanagh', 'Brennan', 'Rees', 'Pryce',
  'Llewellyn', 'Vaughan', 'Pritchard', 'Gurung', 'Rai', 'Limbu', 'Thapa', 'Tamang', 'Magar', 'Pun',
  'Tuilagi', 'Naivalu', 'Vunipola', 'Ratu', 'Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Boateng', 'Asante',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Sharma', 'Gupta', 'Menon', 'Nair', 'Iyer',
  'Chaudhry', 'Malik', 'Qureshi', 'Rahman', 'Akhtar', 'Rahimi', 'Ahmadi', 'Noori', 'Karimi', 'Hakimi',
  'Sultani', 'Popal', 'Safi', 'Wardak', 'Mohammadi', 'Stanekzai', 'Haidari', 'Sadat', 'Nazari', 'Yousufzai',
  'Marsh-Taylor', 'Ashworth-Reid', 'Fitzgerald', 'Strachan', 'Whitfield', 'Pemberton', 'Thornton', 'Hargreaves', 'Cartwright', 'Blackwood',
] as const;

/** Surnames that occur a handful of times in 100,000 incidents: the "rare name" searches look for these. */
export const RARE_SURNAMES = ['Featherstonehaugh', 'Cholmondeley-Warner', 'Vasquez-Oyelaran', 'Throgmorton', 'Quarshie-Lindqvist'] as const;

export const RANKS = ['Pte', 'LCpl', 'Cpl', 'Sgt', 'SSgt', 'WO2', 'WO1', 'Lt', 'Capt', 'Maj', 'Lt Col', 'Col', 'AB', 'LS', 'PO', 'CPO', 'Lt Cdr', 'Cdr', 'SAC', 'Cpl', 'Flt Lt', 'Sqn Ldr', 'Wg Cdr'] as const;

/** The department's business units (configured data, not a closed vocabulary), with a rough share of incidents. */
export const BUSINESS_UNITS: readonly (readonly [string, number])[] = [
  ['Army Personnel Centre', 9],
  ['Defence Business Services — HR Casework', 8],
  ['Defence Business Services — Pay', 6],
  ['Defence Equipment & Support', 8],
  ['Head Office', 5],
  ['Royal Navy — Navy Command', 6],
  ['Royal Air Force — Air Command', 6],
  ['Army Headquarters', 6],
  ['Strategic Command', 4],
  ['Defence Digital', 4],
  ['Defence Infrastructure Organisation', 4],
  ['Defence Science and Technology Laboratory', 3],
  ['Veterans UK', 6],
  ['Joint Casualty and Compassionate Centre', 2],
  ['Defence Medical Services', 4],
  ['Army Recruiting Group', 3],
  ['Afghan Relocations and Assistance Policy team', 3],
  ['Permanent Joint Headquarters', 2],
  ['Submarine Delivery Agency', 1],
  ['Defence Nuclear Organisation', 1],
  ['UK Hydrographic Office', 1],
  ['Defence Safety Authority', 1],
  ['Service Police Crime Bureau', 1],
  ['Defence Security and Resilience', 2],
  ['British Embassy Kabul (Defence Section)', 1],
];

/** Security officers who own incidents, with the years they were in post. */
export const OFFICERS: readonly (readonly [string, number, number])[] = [
  ['Alison Whitfield', 2016, 2026], ['Marcus Pemberton', 2016, 2021], ['Priya Chandrasekar', 2016, 2026], ['Gavin McAllister', 2016, 2019],
  ['Joanne Hargreaves', 2016, 2024], ['Tom Bracewell', 2016, 2018], ['Sunita Bhamra', 2017, 2026], ['Neil Ferguson-Hart', 2016, 2022],
  ['Claire Osei', 2018, 2026], ['Robert Llewellyn', 2016, 2020], ['Hannah Croft', 2019, 2026], ['Iain Drummond', 2016, 2026],
  ['Deborah Akinola', 2020, 2026], ['Stuart Penhaligon', 2017, 2023], ['Rachel Thornbury', 2016, 2026], ['Kwame Asante-Barnes', 2021, 2026],
  ['Lucy Harcombe', 2018, 2025], ['Martin Delaney', 2016, 2017], ['Fiona MacRae', 2016, 2026], ['Owen Pritchard', 2019, 2026],
  ['Sarah Kettering', 2022, 2026], ['David Okonjo', 2016, 2021], ['Emma Strickland', 2020, 2026], ['Graham Ellery', 2016, 2019],
  ['Nadia Rahman', 2017, 2026], ['Peter Castellan', 2016, 2023], ['Helen Ashby', 2021, 2026], ['Callum Rennie', 2018, 2026],
  ['Margaret Ilsley', 2016, 2018], ['Anjali Desai', 2023, 2026], ['Christopher Vane', 2016, 2026], ['Bethan Morgan-Price', 2019, 2026],
  ['Simon Achterberg', 2016, 2020], ['Ruth Calloway', 2024, 2026], ['Jack Tremayne', 2020, 2026], ['Aisha Mahmood', 2022, 2026],
  ['William Fenwick', 2016, 2022], ['Katherine Lowther', 2025, 2026], ['Daniel Oyelaran', 2017, 2026], ['Moira Buchanan', 2016, 2024],
];

/** Organisations that appear as data owners, third parties or unintended recipients. */
export const ORGANISATIONS: readonly (readonly [string, string])[] = [
  ['Harcourt Systems Engineering Ltd', 'harcourt-systems.example.com'],
  ['Albion Defence Logistics plc', 'albion-logistics.example.com'],
  ['Northgate Secure Archives Ltd', 'northgate-archives.example.com'],
  ['Pennine Shredding Services Ltd', 'pennine-shredding.example.co.uk'],
  ['Severn Facilities Management LLP', 'severn-fm.example.co.uk'],
  ['Caledonian Aerospace Support Ltd', 'caledonian-aero.example.com'],
  ['Redbrook Recruitment Partners', 'redbrook-recruitment.example.co.uk'],
  ['Meridian Occupational Health Ltd', 'meridian-oh.example.co.uk'],
  ['Kestrel Training Solutions Ltd', 'kestrel-training.example.com'],
  ['Blackwater Estates Maintenance Ltd', 'blackwater-estates.example.co.uk'],
  ['Orion Cloud Hosting Ltd', 'orion-hosting.example.net'],
  ['Thamesbridge Legal LLP', 'thamesbridge-legal.example.co.uk'],
  ['Wessex Print and Mail Ltd', 'wessex-print.example.co.uk'],
  ['Highland Marine Services Ltd', 'highland-marine.example.com'],
  ['Atlas Relocation Services', 'atlas-relocation.example.com'],
  ['Sentinel Vetting Services Ltd', 'sentinel-vetting.example.co.uk'],
  ['Service Families Housing Association', 'sfha.example.org.uk'],
  ['Veterans Support Trust', 'veterans-support.example.org'],
  ['Royal British Legion (branch office)', 'legion-branch.example.org.uk'],
  ['SSAFA caseworker team', 'ssafa-casework.example.org.uk'],
  ['Wiltshire Council', 'wiltshire.example.gov.uk'],
  ['North Yorkshire Council', 'northyorks.example.gov.uk'],
  ['Plymouth City Council', 'plymouth.example.gov.uk'],
  ['Kent Police', 'kent.police.example.uk'],
  ['Thames Valley Police', 'thamesvalley.police.example.uk'],
  ['Hampshire and Isle of Wight Constabulary', 'hampshire.police.example.uk'],
  ['NHS Trust (Salisbury)', 'salisbury.nhs.example.uk'],
  ['NHS Trust (Portsmouth)', 'portsmouth.nhs.example.uk'],
  ['Home Office', 'homeoffice.example.gov.uk'],
  ['Foreign, Commonwealth & Development Office', 'fcdo.example.gov.uk'],
  ['HM Revenue & Customs', 'hmrc.example.gov.uk'],
  ['Department for Work and Pensions', 'dwp.example.gov.uk'],
  ['BBC (British Broadcasting Corporation)', ''],
  ['Daily Courier newsdesk', 'courier-news.example.co.uk'],
  ['US Army liaison office', 'army.mil'],
  ['US Navy liaison office', 'navy.mil'],
  ['Mali Dili (.ml registry operator)', ''],
  ['Interpreter Welfare Association', 'interpreter-welfare.example.org'],
  ['Gurkha Welfare Advice Centre', 'gurkha-welfare.example.org.uk'],
  ['Armed Forces Compensation Scheme tribunal clerk', 'tribunals.example.gov.uk'],
];

/** Lookalike domains, each with the domain the sender meant and how it happened. */
export const LOOKALIKE_DOMAINS: readonly (readonly [string, string, string, number])[] = [
  ['army.ml', 'army.mil', 'TLD swap: .mil typed as .ml (Mali)', 30],
  ['navy.ml', 'navy.mil', 'TLD swap: .mil typed as .ml (Mali)', 14],
  ['af.ml', 'af.mil', 'TLD swap: .mil typed as .ml (Mali)', 6],
  ['mail.ml', 'mail.mil', 'TLD swap: .mil typed as .ml (Mali)', 5],
  ['us.af.ml', 'us.af.mil', 'TLD swap: .mil typed as .ml (Mali)', 3],
  ['mod.gov.uk.com', 'mod.gov.uk', 'suffix added by autocomplete', 8],
  ['mod.gvo.uk', 'mod.gov.uk', 'transposed letters', 7],
  ['mod.gov.co.uk', 'mod.gov.uk', 'extra label', 6],
  ['mdo.gov.uk', 'mod.gov.uk', 'transposed letters', 4],
  ['mod.uk', 'mod.gov.uk', 'omitted label', 5],
  ['modgov.uk', 'mod.gov.uk', 'dot omitted', 3],
  ['m0d.gov.uk', 'mod.gov.uk', 'homoglyph (zero for o)', 2],
  ['mod.gov.um', 'mod.gov.uk', 'TLD typo', 2],
  ['homeofice.example.gov.uk', 'homeoffice.example.gov.uk', 'omitted letter', 2],
  ['fcdo.example.gov.co.uk', 'fcdo.example.gov.uk', 'extra label', 1],
];

export const PERSONAL_DOMAINS = [
  'example.com', 'example.org', 'example.net', 'example.co.uk', 'mail.example', 'post.example', 'outlook.example',
  'btinternet.example', 'sky.example', 'virginmedia.example', 'yahoo.example', 'proton.example', 'icloud.example',
  'example.af', 'example.com.np', 'example.com.fj',
] as const;

/** What gets sent, lost or disclosed, with the data categories it usually carries. */
export const DOCUMENTS: readonly (readonly [string, readonly string[]])[] = [
  ['travel itinerary', ['basic_identifiers', 'location']],
  ['nominal roll', ['basic_identifiers']],
  ['staff list with home addresses', ['basic_identifiers', 'location']],
  ['medical board report', ['health', 'basic_identifiers']],
  ['pay and allowances spreadsheet', ['economic_financial', 'basic_identifiers']],
  ['security clearance referral', ['basic_identifiers', 'criminal_convictions', 'economic_financial']],
  ['disciplinary investigation report', ['basic_identifiers', 'other']],
  ['ARAP application bundle', ['basic_identifiers', 'official_documents', 'racial_ethnic_origin', 'location']],
  ['visit programme', ['basic_identifiers', 'location']],
  ['exercise order', ['basic_identifiers', 'location']],
  ['personnel file', ['basic_identifiers', 'health', 'economic_financial']],
  ['HR casework summary', ['basic_identifiers', 'health']],
  ['vetting questionnaire', ['basic_identifiers', 'criminal_convictions', 'economic_financial', 'sex_life']],
  ['sickness absence record', ['health', 'basic_identifiers']],
  ['grievance letter', ['basic_identifiers', 'other']],
  ['tender evaluation', ['basic_identifiers', 'economic_financial']],
  ['passport copies', ['official_documents', 'basic_identifiers']],
  ['duty rota', ['basic_identifiers', 'location']],
  ['welfare case notes', ['health', 'basic_identifiers', 'religious_beliefs']],
  ["service leaver's resettlement record", ['basic_identifiers', 'economic_financial']],
  ['court martial papers', ['criminal_convictions', 'basic_identifiers']],
  ['compensation claim', ['health', 'economic_financial', 'basic_identifiers']],
  ['family accommodation allocation list', ['basic_identifiers', 'location']],
  ['recruitment assessment results', ['basic_identifiers', 'health']],
  ['pension forecast', ['economic_financial', 'basic_identifiers']],
  ['training course results', ['basic_identifiers']],
  ["veterans' medical records", ['health', 'basic_identifiers']],
  ['next-of-kin list', ['basic_identifiers', 'location']],
  ['occupational health referral', ['health', 'basic_identifiers']],
  ['equality monitoring return', ['racial_ethnic_origin', 'religious_beliefs', 'sexual_orientation', 'gender_reassignment']],
  ['trade union facility time return', ['trade_union_membership', 'basic_identifiers']],
  ['casualty notification', ['health', 'basic_identifiers', 'location']],
  ['building pass application', ['basic_identifiers', 'official_documents', 'genetic_biometric']],
  ['IT account list with temporary passwords', ['identification_data', 'basic_identifiers']],
  ['base access map', ['location']],
  ['crew list', ['basic_identifiers']],
] as const;

export const EMAIL_MISTAKES = [
  'Outlook autocomplete offered the wrong address',
  'the address was typed from memory',
  'the wrong entry was picked from the global address list',
  'a distribution list contained an outdated external member',
  'the sender replied to all instead of replying to the sender',
  'the address was copied from an old signature block',
  'a forwarding rule sent the message on automatically',
  'two colleagues with the same name were confused',
] as const;

export const DISCOVERIES = [
  'The sender noticed the error a few minutes later and reported it to the security team.',
  'The recipient replied to say the message was not meant for them.',
  'The message did not bounce, so it is assumed to have been delivered.',
  'A colleague spotted the wrong address while reviewing the sent items.',
  'The intended recipient chased the document and the error came to light.',
  'The data loss prevention tool flagged the message after it had left the network.',
  'The error was found during a routine mailbox audit.',
  'A member of the public telephoned the helpline to report it.',
] as const;

export const CONTAINMENT = [
  'A recall was attempted but had no effect on an external mailbox.',
  'The recipient was asked to delete the message and confirm in writing.',
  'The recipient confirmed deletion by return email.',
  'No response has been received from the recipient.',
  'The documents were collected by hand the same day.',
  'The finder handed the papers to a police station.',
  'The device was remotely wiped by Defence Digital.',
  'The shared link was revoked and access logs requested.',
  'Passwords in the attachment were reset the same afternoon.',
] as const;

export const PLACES = [
  'a bus stop in Kent', 'a train from London Waterloo to Salisbury', 'a café near Main Building', 'the car park at Abbey Wood',
  'a hotel in Aldershot', 'a taxi in Plymouth', 'the Tube near Westminster', 'a pub in Catterick Garrison',
  'a departure lounge at Brize Norton', 'a hire car returned in Edinburgh', 'a restaurant in Portsmouth', 'the station at Andover',
  'a conference centre in Birmingham', 'the embassy compound in Kabul', 'a gym locker in Tidworth', 'a library in Lincoln',
  'a park bench in Colchester', 'a motorway services on the M4', 'a lay-by near Warminster', 'the ferry to Belfast',
] as const;

export const DEVICES = [
  'MODNET laptop', 'encrypted USB stick', 'unencrypted USB stick', 'official mobile phone', 'tablet', 'external hard drive',
  'Dell Latitude laptop', 'iPhone (official)', 'camera memory card', 'BlackBerry handset',
] as const;

export const POST_ITEMS = [
  'pension statement', 'medical appointment letter', 'payslip', 'compensation award letter', 'service record extract',
  'housing allocation letter', 'security vetting questionnaire', 'discharge papers', 'court summons', 'benefit decision letter',
] as const;

export const DISPOSAL_ITEMS = [
  'confidential waste sacks', 'filing cabinets', 'a decommissioned server', 'laptops sent for recycling', 'personnel files',
  'archive boxes', 'printer hard drives', 'a shredder bin',
] as const;

export const DISPOSAL_PLACES = [
  'a skip outside the Officers’ Mess', 'a recycling centre in Swindon', 'a car boot sale', 'an online auction site',
  'the general waste compactor', 'a disused hangar', 'a married quarter being cleared', 'a contractor’s yard',
] as const;

export const DISCLOSURE_HOW = [
  'personal details were read out on a conference call with external attendees',
  'an unredacted version of a document was released under FOI',
  'a caseworker discussed a case with a family member without consent',
  'a spreadsheet released to a supplier contained hidden columns of personal data',
  'access to a SharePoint folder was granted to the whole department',
  'a screenshot containing personal data was posted to a team chat with guests',
  'a caseworker accessed records without a business need',
  'a press office response included a serving member’s name',
] as const;

export const NOTE_TEMPLATES = [
  'Spoke to the sender; they confirmed the circumstances and have completed refresher training.',
  'Recipient has confirmed deletion in writing; copy of the confirmation saved to the case file.',
  'Chased the recipient again; no response so far.',
  'Data owner consulted on the risk to the individuals. Assessed as {risk}.',
  'DPO briefed; agrees with the proposed approach on notification.',
  'Line manager informed and asked to reinforce the handling guidance in the team.',
  'Asked Defence Digital whether the lookalike domain can be blocked at the gateway.',
  'Reviewed the attachment: it contains {doc} for {n} people.',
  'Call with the finder: papers handed over intact, no copies believed to have been made.',
  'Request sent to the mail team for the message trace.',
  'Affected individuals identified from the nominal roll; contact details being checked.',
  'Letters to the affected individuals drafted and sent to the data owner for approval.',
  'SIRO informed by email.',
  'Police reference obtained for the theft report.',
  'Asset register checked: the device was encrypted with the standard build.',
  'Contractor has provided its own incident report under the contract.',
] as const;

export const RISKS = ['low', 'medium', 'high', 'low to medium', 'medium to high'] as const;

export const ROOT_CAUSES = [
  'Human error: the wrong address was selected by autocomplete.',
  'Human error: the sender did not check the recipient before sending.',
  'Process: no second check before sending personal data externally.',
  'Process: the handling instructions were not followed for OFFICIAL-SENSITIVE material.',
  'Technology: the lookalike domain was not blocked at the mail gateway.',
  'Process: papers were taken off site without authorisation.',
  'Training: the individual had not completed data protection training in the last two years.',
  'Supplier: the contractor did not follow the disposal procedure in the contract.',
] as const;

export const LESSONS = [
  'Autocomplete cache cleared for the team; BCC reminder added to the mailing procedure.',
  'Gateway rule requested to hold messages to .ml addresses for confirmation.',
  'Team briefing on taking papers off site; secure bags issued.',
  'Second-person check introduced for bulk emails to external recipients.',
  'Supplier reminded of its contractual obligations; audit of the disposal process scheduled.',
  'Refresher training completed by the individual and the wider team.',
  'Standard letters updated to use BCC and to avoid naming other applicants.',
  'Device encryption verified across the fleet; asset register reconciled.',
] as const;

export const REASONS_CLOSE = {
  breach: ['Investigation complete; decisions recorded.', 'All actions complete and lessons recorded.', 'Closed after ICO acknowledgement.'],
  near_miss: ['Recipient was internal and deleted the message; no personal data left our control.', 'Papers recovered unopened.', 'Message blocked at the gateway before delivery.'],
  not_a_breach: ['No personal data involved.', 'Information was already public.', 'Recipient was entitled to the information.'],
  duplicate: ['Same event already recorded.', 'Reported twice by different officers.'],
} as const;

export const REASONS_BACK = [
  'New information: further recipients identified.',
  'Recipient has not confirmed deletion after all.',
  'Data owner disputes the containment.',
  'More documents found to be missing.',
] as const;

export const REASONS_REOPEN = [
  'ICO asked for further information.',
  'The individual has complained about the handling.',
  'A second copy of the papers has surfaced.',
  'Audit found the lessons were not implemented.',
] as const;

export const REGULATOR_RATIONALE_YES = [
  'Special category data of several individuals disclosed outside the department: a risk to their rights and freedoms is likely.',
  'Financial and identity data disclosed to an unknown recipient: risk of fraud.',
  'Names of Afghan applicants exposed to each other: risk to their safety.',
] as const;

export const REGULATOR_RATIONALE_NO = [
  'Recipient is a trusted partner and confirmed deletion: a risk to individuals is unlikely.',
  'Data limited to business contact details: a risk is unlikely.',
  'Device was encrypted to the standard build: the data is unintelligible.',
  'Papers recovered intact within hours: no evidence of access.',
] as const;

export const SUBJECT_RATIONALE_NO = [
  'Not likely to result in a high risk to the individuals.',
  'Data unintelligible to the recipient (encrypted).',
  'Deletion confirmed before any use; high risk no longer likely.',
] as const;
