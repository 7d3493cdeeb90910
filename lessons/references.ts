/**
 * Every source the course cites, by key. Lessons cite with `<Cite key="hebb1949" />` and list
 * the keys they cite in their frontmatter `references:`; `npm run content:check` fails on an
 * unknown, unlisted or uncited key, and on a reference with no DOI, PMID, PMCID, ISBN or URL.
 * `*...*` marks a title in italics; `url` is the DOI link where there is one. Add a source only
 * after reading its abstract or text. Titles are given in full, in their published wording.
 */
export interface Reference {
	text: string;
	url?: string;
}

export const references = {
	// Read: the booklet (NIH Pub No. 10-5605, first published 2007; the 2020 revision is online).
	'nida-dbb': {
		text: 'National Institute on Drug Abuse. *Drugs, Brains, and Behavior: The Science of Addiction*. NIH Pub No. 10-5605. NIDA; 2020.',
		url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction'
	},
	// Read: the page. Person-first language; "person with a substance use disorder".
	'nida-words': {
		text: 'National Institute on Drug Abuse. *Words Matter: Preferred Language for Talking About Addiction*. NIDA; 2021.',
		url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction'
	},
	volkow2001: {
		text: 'Volkow ND, Chang L, Wang GJ, et al. Loss of dopamine transporters in methamphetamine abusers recovers with protracted abstinence. *J Neurosci* 2001;21(23):9414–9418. doi:10.1523/JNEUROSCI.21-23-09414.2001',
		url: 'https://doi.org/10.1523/JNEUROSCI.21-23-09414.2001'
	},
	wang1997: {
		text: 'Wang GJ, Volkow ND, Fowler JS, et al. Dopamine D2 receptor availability in opiate-dependent subjects before and after naloxone-precipitated withdrawal. *Neuropsychopharmacology* 1997;16(2):174–182.',
		url: 'https://scilit.net/publications/d57297d956e923983e8b257895d53d2f'
	},
	martinez2012: {
		text: 'Martinez D, Saccone PA, Liu F, et al. Deficits in dopamine D2 receptors and presynaptic dopamine in heroin dependence: commonalities and differences with other types of addiction. *Biol Psychiatry* 2012;71(3):192–198. doi:10.1016/j.biopsych.2011.08.024',
		url: 'https://doi.org/10.1016/j.biopsych.2011.08.024'
	},
	// Read: the abstract (PMC6372711). Pooled alcohol, opioid and cannabis studies. Opioids: lower
	// striatal D2/D3 receptor (g = 1.17) and transporter (g = 1.55) availability. The sentence on
	// moderation by duration of abstinence follows the alcohol results; it is not shown for opioids.
	kamp2019: {
		text: 'Kamp F, Proebstl L, Penzel N, et al. Effects of sedative drug use on the dopamine system: a systematic review and meta-analysis of in vivo neuroimaging studies. *Neuropsychopharmacology* 2019;44(4):660–667. doi:10.1038/s41386-018-0191-9. PMID: 30188512',
		url: 'https://doi.org/10.1038/s41386-018-0191-9'
	},
	watson2014: {
		text: 'Watson BJ, et al. Investigating expectation and reward in human opioid addiction with [11C]raclopride PET. *Addict Biol* 2014;19(6):1032–1040. doi:10.1111/adb.12073',
		url: 'https://doi.org/10.1111/adb.12073'
	},
	volkow2019: {
		text: 'Volkow ND, Michaelides M, Baler R. The neuroscience of drug reward and addiction. *Physiol Rev* 2019;99(4):2115–2140. doi:10.1152/physrev.00014.2018',
		url: 'https://doi.org/10.1152/physrev.00014.2018'
	},
	hebb1949: {
		text: 'Hebb DO. *The Organization of Behavior: A Neuropsychological Theory*. Wiley; 1949. Reprinted: Lawrence Erlbaum Associates; 2002. ISBN 0-8058-4300-0.'
	},
	childress1999: {
		text: 'Childress AR, Mozley PD, McElgin W, et al. Limbic activation during cue-induced cocaine craving. *Am J Psychiatry* 1999;156(1):11–18. doi:10.1176/ajp.156.1.11. PMCID: PMC2820826',
		url: 'https://doi.org/10.1176/ajp.156.1.11'
	},
	langleben2008: {
		text: 'Langleben DD, Ruparel K, Elman I, et al. Acute effect of methadone maintenance dose on brain fMRI response to heroin-related cues. *Am J Psychiatry* 2008;165(3):390–394. doi:10.1176/appi.ajp.2007.07010070',
		url: 'https://doi.org/10.1176/appi.ajp.2007.07010070'
	},
	// Read: the abstract (PubMed 23894345). Cross-sectional: a different group at each time;
	// cue-induced craving increased until 3 months, then decreased at 6 months and 1 year.
	wang2013: {
		text: 'Wang G, Shi J, Chen N, et al. Effects of length of abstinence on decision-making and craving in methamphetamine abusers. *PLoS One* 2013;8(7):e68791. doi:10.1371/journal.pone.0068791',
		url: 'https://doi.org/10.1371/journal.pone.0068791'
	},
	// Read: the abstract (PMC3788047). Clinical and preclinical evidence; effects depend on the
	// level, type and timing of exercise, the stage of addiction, the drug and the population;
	// future work: exercise-based interventions "alone or as an adjunct". It compares neither.
	lynch2013: {
		text: 'Lynch WJ, Peterson AB, Sanchez V, Abel J, Smith MA. Exercise as a novel treatment for drug addiction: a neurobiological and stage-dependent hypothesis. *Neurosci Biobehav Rev* 2013;37(8):1622–1644. doi:10.1016/j.neubiorev.2013.06.011',
		url: 'https://doi.org/10.1016/j.neubiorev.2013.06.011'
	},
	wang2014: {
		text: 'Wang D, Wang Y, Wang Y, Li R, Zhou C. Impact of physical exercise on substance use disorders: a meta-analysis. *PLoS One* 2014;9(10):e110728. doi:10.1371/journal.pone.0110728',
		url: 'https://doi.org/10.1371/journal.pone.0110728'
	},
	robertson2016: {
		text: 'Robertson CL, Ishibashi K, Chudzynski J, et al. Effect of exercise training on striatal dopamine D2/D3 receptors in methamphetamine users during behavioral treatment. *Neuropsychopharmacology* 2016;41(6):1629–1636. doi:10.1038/npp.2015.331',
		url: 'https://doi.org/10.1038/npp.2015.331'
	},
	carroll2008: {
		text: 'Carroll KM, Ball SA, Martino S, et al. Computer-assisted delivery of cognitive behavioral therapy for addiction: a randomized trial of CBT4CBT. *Am J Psychiatry* 2008;165(7):881–888. doi:10.1176/appi.ajp.2008.07111835',
		url: 'https://doi.org/10.1176/appi.ajp.2008.07111835'
	},
	// Read: the abstract (Biol Psychiatry, PubMed 12437938). Extinction does not destroy the
	// original learning; new learning is stored along with the old and depends on context.
	bouton2002: {
		text: 'Bouton ME. Context, ambiguity, and unlearning: sources of relapse after behavioral extinction. *Biol Psychiatry* 2002;52(10):976–986. doi:10.1016/S0006-3223(02)01546-9',
		url: 'https://doi.org/10.1016/S0006-3223(02)01546-9'
	},
	// Read: the abstract (Ann N Y Acad Sci, Wiley). Stress is a well-known risk factor in addiction
	// and in relapse vulnerability; in animals, stress reinstates drug seeking.
	sinha2008: {
		text: 'Sinha R. Chronic stress, drug use, and vulnerability to addiction. *Ann N Y Acad Sci* 2008;1141:105–130. doi:10.1196/annals.1441.030',
		url: 'https://doi.org/10.1196/annals.1441.030'
	},
	// Read: the text (BMJ). 137 people in a 28-day inpatient opioid detox program in London; 3 died
	// of an overdose within 4 months of discharge, all among the 37 who had finished it ("lost tolerance").
	strang2003: {
		text: 'Strang J, McCambridge J, Best D, Beswick T, Bearn J, Rees S, Gossop M. Loss of tolerance and overdose mortality after inpatient opiate detoxification: follow up study. *BMJ* 2003;326(7396):959–960. doi:10.1136/bmj.326.7396.959',
		url: 'https://doi.org/10.1136/bmj.326.7396.959'
	},
	// Read: the abstract (Am Psychol, PubMed 27977239). "Wanting" uses mesolimbic dopamine; "liking"
	// uses smaller systems not dependent on dopamine; addiction amplifies cue-triggered wanting.
	berridge2016: {
		text: 'Berridge KC, Robinson TE. Liking, wanting, and the incentive-sensitization theory of addiction. *Am Psychol* 2016;71(8):670–679. doi:10.1037/amp0000059',
		url: 'https://doi.org/10.1037/amp0000059'
	},
	// Read: the abstract (J Neurosci, PubMed 1346804). In rat brain slices, opioids acting on
	// mu-receptors hyperpolarize GABA interneurons, not the dopamine neurons, in the VTA.
	johnson1992: {
		text: 'Johnson SW, North RA. Opioids excite dopamine neurons by hyperpolarization of local interneurons. *J Neurosci* 1992;12(2):483–488. doi:10.1523/JNEUROSCI.12-02-00483.1992',
		url: 'https://doi.org/10.1523/JNEUROSCI.12-02-00483.1992'
	},
	// Read: the abstract (Physiol Rev). Mu, delta and kappa receptors, activated by the body's own
	// opioid peptides, are recruited by natural rewards and by drugs (rodent work).
	lemerrer2009: {
		text: 'Le Merrer J, Becker JAJ, Befort K, Kieffer BL. Reward processing by the opioid system in the brain. *Physiol Rev* 2009;89(4):1379–1412. doi:10.1152/physrev.00005.2009',
		url: 'https://doi.org/10.1152/physrev.00005.2009'
	},
	// Read: the article as syndicated by A.D.A.M. (MedlinePlus article 000949): tolerance, dependence,
	// early symptoms, "very uncomfortable but not life threatening", onset 12 h heroin / 30 h methadone;
	// late symptoms include diarrhea, nausea and vomiting; treatment uses medicines (clonidine,
	// buprenorphine, methadone) to ease symptoms.
	'medlineplus-withdrawal': {
		text: 'MedlinePlus Medical Encyclopedia. *Opiate and opioid withdrawal*. US National Library of Medicine.',
		url: 'https://medlineplus.gov/ency/article/000949.htm'
	},
	// Read: the page. The FDA approved nonprescription Narcan 4 mg naloxone nasal spray on 29 March
	// 2023, sold directly in drug, grocery and convenience stores.
	'samhsa-naloxone': {
		text: 'Substance Abuse and Mental Health Services Administration. *Non-prescription (“Over-the-Counter”) Naloxone Frequently Asked Questions*. SAMHSA.',
		url: 'https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose-reversal-medications/over-the-counter-naloxone-faqs'
	},
	// Read: chapter 2. FDA-approved medications for OUD are effective and save lives; all three
	// reduce cravings; long-term retention is associated with better outcomes.
	nasem2019: {
		text: 'National Academies of Sciences, Engineering, and Medicine. *Medications for Opioid Use Disorder Save Lives*. Washington, DC: The National Academies Press; 2019. doi:10.17226/25310',
		url: 'https://doi.org/10.17226/25310'
	},
	// Read: the abstract (BMJ, PubMed 28446428). 19 cohorts, 122,885 people on methadone; overdose
	// deaths 2.6 vs 12.7 per 1000 person-years in vs out of treatment (rate ratio 4.80).
	sordo2017: {
		text: 'Sordo L, Barrio G, Bravo MJ, et al. Mortality risk during and after opioid substitution treatment: systematic review and meta-analysis of cohort studies. *BMJ* 2017;357:j1550. doi:10.1136/bmj.j1550',
		url: 'https://doi.org/10.1136/bmj.j1550'
	},
	// Read: the page. PET images of dopamine transporters in people who used methamphetamine, one
	// month and 14 months after stopping (Volkow 2001); "near-full return"; some effects persist.
	'nida-recover': {
		text: 'National Institute on Drug Abuse. *It takes time, but the brain can recover* (Addiction Science: From Molecules to Managed Care). NIDA; 2008.',
		url: 'https://www.drugabuse.gov/publications/addiction-science/relapse/it-takes-time-brain-can-recover'
	},
	// Read: the abstract. Efficacy expectations decide whether coping starts, how much effort is spent
	// and how long it lasts; four sources: performance accomplishments, vicarious experience, verbal
	// persuasion and physiological states.
	bandura1977: {
		text: 'Bandura A. Self-efficacy: toward a unifying theory of behavioral change. *Psychol Rev* 1977;84(2):191–215. doi:10.1037/0033-295X.84.2.191',
		url: 'https://doi.org/10.1037/0033-295X.84.2.191'
	},
	// Read: the abstract. Mental health (not drug) recovery narratives; 5 papers included. Impacts:
	// connectedness, understanding of recovery, less stigma, validation, feelings and actions; harm
	// for some recipients with eating disorders.
	rennick2019: {
		text: 'Rennick-Egglestone S, Morgan K, Llewellyn-Beardsley J, et al. Mental health recovery narratives and their impact on recipients: systematic review and narrative synthesis. *Can J Psychiatry* 2019;64(10):669–679. doi:10.1177/0706743719846108',
		url: 'https://doi.org/10.1177/0706743719846108'
	},
	// Read: the abstract. Review of 10 US studies of peer support groups in addiction treatment:
	// benefits for substance use, treatment engagement, HIV/HCV risk behaviours, craving and
	// self-efficacy; few rigorous studies.
	tracy2016: {
		text: 'Tracy K, Wallace SP. Benefits of peer support groups in the treatment of addiction. *Subst Abuse Rehabil* 2016;7:143–154. doi:10.2147/SAR.S81535',
		url: 'https://doi.org/10.2147/SAR.S81535'
	},
	// Read: the abstract. US probability survey (n = 39,809): 9.1% had resolved an alcohol or drug
	// problem; the most used support was mutual help (45.1%), then treatment (27.6%).
	kelly2017: {
		text: 'Kelly JF, Bergman B, Hoeppner BB, Vilsaint C, White WL. Prevalence and pathways of recovery from drug and alcohol problems in the United States population: implications for practice, research, and policy. *Drug Alcohol Depend* 2017;181:162–169. doi:10.1016/j.drugalcdep.2017.09.028',
		url: 'https://doi.org/10.1016/j.drugalcdep.2017.09.028'
	},
	// Read: the abstract. 2,002 US adults who resolved an alcohol or drug problem: median 2 serious
	// recovery attempts (IQR 1–4; mean 5.35); no difference by primary substance (opioids vs alcohol).
	kelly2019: {
		text: 'Kelly JF, Greene MC, Bergman BG, White WL, Hoeppner BB. How many recovery attempts does it take to successfully resolve an alcohol or drug problem? Estimates and correlates from a national study of recovering U.S. adults. *Alcohol Clin Exp Res* 2019;43(7):1533–1544. doi:10.1111/acer.14067',
		url: 'https://doi.org/10.1111/acer.14067'
	},
	// Read: the abstract and opening. 40–60% of people treated for alcohol or other drug dependence
	// return to use within a year; adherence and relapse rates similar to type 2 diabetes,
	// hypertension and asthma.
	mclellan2000: {
		text: 'McLellan AT, Lewis DC, O’Brien CP, Kleber HD. Drug dependence, a chronic medical illness: implications for treatment, insurance, and outcomes evaluation. *JAMA* 2000;284(13):1689–1695. doi:10.1001/jama.284.13.1689',
		url: 'https://doi.org/10.1001/jama.284.13.1689'
	},
	// Read: the abstract. The natural history of addiction involves recurrent cycles of relapse and
	// recovery; recovery management, continuity of care, mutual aid.
	dennis2007: {
		text: 'Dennis M, Scott CK. Managing addiction as a chronic condition. *Addict Sci Clin Pract* 2007;4(1):45–55. doi:10.1151/ascp074145',
		url: 'https://doi.org/10.1151/ascp074145'
	},
	// Read: the abstract and opening. Traditional treatment saw relapse as an end state equal to
	// treatment failure; the RP model plans for high-risk situations, builds coping and self-efficacy,
	// manages lapses; names the abstinence violation effect as a determinant of relapse.
	larimer1999: {
		text: 'Larimer ME, Palmer RS, Marlatt GA. Relapse prevention: an overview of Marlatt’s cognitive-behavioral model. *Alcohol Res Health* 1999;23(2):151–160. PMCID: PMC6760427.',
		url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6760427/'
	},
	// Read: the abstract. RP is integrated in most cognitive-behavioral substance use interventions.
	hendershot2011: {
		text: 'Hendershot CS, Witkiewitz K, George WH, Marlatt GA. Relapse prevention for addictive behaviors. *Subst Abuse Treat Prev Policy* 2011;6:17. doi:10.1186/1747-597X-6-17',
		url: 'https://doi.org/10.1186/1747-597X-6-17'
	},
	// Read: the abstract (Br J Sports Med, PMC7719906). Adults: 150–300 min of moderate-intensity
	// or 75–150 min of vigorous aerobic activity a week, regular muscle-strengthening activity, less
	// sedentary time; some physical activity is better than none. The adult recommendation (as
	// tabulated from the guideline): muscle-strengthening involving major muscle groups on two or
	// more days a week.
	bull2020: {
		text: 'Bull FC, Al-Ansari SS, Biddle S, et al. World Health Organization 2020 guidelines on physical activity and sedentary behaviour. *Br J Sports Med* 2020;54(24):1451–1462. doi:10.1136/bjsports-2020-102955. PMID: 33239350',
		url: 'https://doi.org/10.1136/bjsports-2020-102955'
	},
	// Read: the abstract (as posted on ResearchGate). 94 independent tests: if-then plans
	// (implementation intentions) had a medium-to-large effect (d = .65) on goal attainment.
	gollwitzer2006: {
		text: 'Gollwitzer PM, Sheeran P. Implementation intentions and goal achievement: a meta-analysis of effects and processes. *Adv Exp Soc Psychol* 2006;38:69–119. doi:10.1016/S0065-2601(06)38002-1',
		url: 'https://doi.org/10.1016/S0065-2601(06)38002-1'
	},
	// Read: the abstract (PMC3858501). Knockout studies in mice: "Genetic data, altogether, set
	// the mu receptor as the primary target for morphine and heroin."
	charbogne2014: {
		text: 'Charbogne P, Kieffer BL, Befort K. 15 years of genetic approaches in vivo for addiction research: opioid receptor and peptide gene knockout in mouse models of drug abuse. *Neuropharmacology* 2014;76:204–217. PMCID: PMC3858501',
		url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3858501/'
	},
	// Read: the maker's safety information (as in the label, 5.1 Vulnerability to opioid overdose):
	// after treatment, "you may be more sensitive to the effects of lower amounts of opioids than
	// you used to take", including "after you stop VIVITROL treatment".
	'vivitrol-safety': {
		text: 'Alkermes. *VIVITROL (naltrexone for extended-release injectable suspension): important safety information*.',
		url: 'https://www.vivitrol.com/important-safety-information'
	},
	// Read: the introduction. Overdose deaths; "illicitly manufactured fentanyl has been a
	// significant driver of deaths"; reduced tolerance after abstinence is a risk factor.
	'samhsa-overdose-toolkit': {
		text: 'Substance Abuse and Mental Health Services Administration. *SAMHSA Overdose Prevention and Response Toolkit*. Publication No. PEP23-03-00-001. Rockville, MD: SAMHSA; 2025.',
		url: 'https://www.drugsandalcohol.ie/44188'
	},
	// Read: the page. Call emergency responders even with naloxone: it "is only active in the body
	// for 30 to 90 minutes, and its effects can wear off"; "Sometimes a second dose is needed,
	// especially with really deadly opioids like fentanyl."
	'nida-naloxone': {
		text: 'National Institute on Drug Abuse. *Say What? Naloxone*. NIDA for Teens blog.',
		url: 'https://teens.drugabuse.gov/blog/post/say-what-naloxone'
	},
	// Read: the abstract (PubMed 18374464). 12 randomized trials (n = 754): behavioral couples
	// therapy did better than individual-based treatment (d = 0.54), in frequency of use,
	// consequences of use and relationship satisfaction, at follow-up.
	powers2008: {
		text: 'Powers MB, Vedel E, Emmelkamp PMG. Behavioral couples therapy (BCT) for alcohol and drug use disorders: a meta-analysis. *Clin Psychol Rev* 2008. doi:10.1016/j.cpr.2008.02.002. PMID: 18374464',
		url: 'https://doi.org/10.1016/j.cpr.2008.02.002'
	},
	// Read: the opening pages. Trauma: "an event, series of events, or set of circumstances that is
	// experienced by an individual as physically or emotionally harmful or life threatening and
	// that has lasting adverse effects"; a trauma-informed approach realizes, recognizes, responds
	// and resists re-traumatization.
	'samhsa-trauma': {
		text: 'Substance Abuse and Mental Health Services Administration. *SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach*. HHS Publication No. (SMA) 14-4884. Rockville, MD: SAMHSA; 2014.',
		url: 'https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884'
	}
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof references;
