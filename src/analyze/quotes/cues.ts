/**
 * The reviewed cue lexicon: the words that attribute something to someone ("said", "told",
 * "according to", "believes", "wants"). The tagger's features read each token's cue kind, so a
 * cue word seen rarely in training still counts as one; the quote rules read the speech kinds.
 *
 * Provenance: written by dateline developers from public knowledge (English reporting verbs as
 * news style guides list them, and the belief and intention verbs that attribution corpora such
 * as PARC and PolNeAR annotate), 2026-11-25. Licence: the project's (MIT).
 *
 * Change log:
 * - 2026-11-25: first version.
 *
 * Each entry lists its word forms (lower case, one token each) and an example sentence with
 * fictional people that contains one of them.
 */

/**
 * What a cue word attributes: `speech` (said, told), `write` (wrote, tweeted), `ask` (asked),
 * `belief` (thinks, fears), `intent` (wants, plans), `evidence` (shows, found, suggests),
 * `stance` (criticized, praised, accused: an attitude towards someone), `noun` (statement,
 * interview, according), `continue` (added, continued: a further quote of the same speaker).
 */
export type CueKind =
  | 'speech'
  | 'write'
  | 'ask'
  | 'belief'
  | 'intent'
  | 'evidence'
  | 'stance'
  | 'noun'
  | 'continue';

/** The kinds as small integers for the features (0 means "not a cue word"). */
export const CUE_KINDS: readonly CueKind[] = [
  'speech',
  'write',
  'ask',
  'belief',
  'intent',
  'evidence',
  'stance',
  'noun',
  'continue',
];

/** One lexicon entry. */
export interface Cue {
  id: string;
  kind: CueKind;
  /** Lower-case word forms, each one token. */
  forms: readonly string[];
  example: string;
}

const cue = (kind: CueKind, forms: string, example: string): Cue => {
  const list = forms.split(' ');
  return { id: `${kind}-${list[0]}`, kind, forms: list, example };
};

/** The lexicon. */
export const CUES: readonly Cue[] = [
  cue('speech', 'say says said saying', 'Mayor Ilse Varga said the bridge would reopen.'),
  cue('speech', 'tell tells told telling', 'Varga told reporters the bridge would reopen.'),
  cue('speech', 'announce announces announced announcing', 'The ministry announced new tariffs.'),
  cue('speech', 'declare declares declared declaring', 'Senator Hale declared the bill dead.'),
  cue('speech', 'state states stated stating', 'The company stated that it had paid.'),
  cue('speech', 'explain explains explained explaining', 'Okafor explained that the rules had changed.'),
  cue('speech', 'claim claims claimed claiming', 'Dunmore claimed he had won the debate.'),
  cue('speech', 'insist insists insisted insisting', 'Orr insisted that nothing was wrong.'),
  cue('speech', 'argue argues argued arguing', 'Critics argued the plan was too costly.'),
  cue('speech', 'warn warns warned warning', 'Brandt warned that prices would rise.'),
  cue('speech', 'suggest suggests suggested suggesting', 'Lind suggested the vote be delayed.'),
  cue('speech', 'respond responds responded responding', 'Hale responded that he had no comment.'),
  cue('speech', 'reply replies replied replying', '"Never," Orr replied.'),
  cue('speech', 'acknowledge acknowledges acknowledged acknowledging', 'Varga acknowledged the delay.'),
  cue('speech', 'admit admits admitted admitting', 'The minister admitted mistakes were made.'),
  cue('speech', 'concede concedes conceded conceding', 'Dane conceded that turnout was low.'),
  cue('speech', 'confirm confirms confirmed confirming', 'Police confirmed two arrests.'),
  cue('speech', 'deny denies denied denying', 'Marsh denied any wrongdoing.'),
  cue('speech', 'stress stresses stressed stressing', 'Quist stressed that talks continue.'),
  cue('speech', 'emphasize emphasizes emphasized emphasizing', 'Reyes emphasized the risks.'),
  cue('speech', 'recall recalls recalled recalling', 'Abara recalled the night of the fire.'),
  cue('speech', 'predict predicts predicted predicting', 'Analysts predicted a close race.'),
  cue('speech', 'promise promises promised promising', 'Whitfield promised lower taxes.'),
  cue('speech', 'vow vows vowed vowing', 'Hartley vowed to fight on.'),
  cue('speech', 'pledge pledges pledged pledging', 'Marsh pledged to veto the bill.'),
  cue('speech', 'urge urges urged urging', 'Activists urged voters to turn out.'),
  cue('speech', 'describe describes described describing', 'Varga described the talks as useful.'),
  cue('speech', 'mention mentions mentioned mentioning', 'Dane mentioned the budget twice.'),
  cue('speech', 'comment comments commented commenting', 'Orr declined to comment.'),
  cue('speech', 'remark remarks remarked remarking', 'Lind remarked that the hall was empty.'),
  cue('speech', 'observe observes observed observing', 'One analyst observed that turnout fell.'),
  cue('speech', 'point points pointed pointing', 'Okafor pointed out that costs had doubled.'),
  cue('speech', 'report reports reported reporting', 'The Velda Herald reported that talks failed.'),
  cue('speech', 'reveal reveals revealed revealing', 'The audit revealed missing funds.'),
  cue('speech', 'disclose discloses disclosed disclosing', 'The firm disclosed a loss.'),
  cue('speech', 'indicate indicates indicated indicating', 'Hale indicated he would run.'),
  cue('speech', 'signal signals signaled signalled signaling', 'The bank signaled a rate cut.'),
  cue('speech', 'allege alleges alleged alleging', 'Prosecutors alleged that Pell lied.'),
  cue('speech', 'testify testifies testified testifying', 'Abara testified before the panel.'),
  cue('speech', 'exclaim exclaims exclaimed exclaiming', '"At last!" Varga exclaimed.'),
  cue('speech', 'joke jokes joked joking', 'Orr joked that he needed a nap.'),
  cue('speech', 'quip quips quipped quipping', '"Not today," Lind quipped.'),
  cue('speech', 'boast boasts boasted boasting', 'Dunmore boasted of his record.'),
  cue('speech', 'complain complains complained complaining', 'Farmers complained about the rules.'),
  cue('speech', 'reiterate reiterates reiterated reiterating', 'Marsh reiterated her opposition.'),
  cue('speech', 'repeat repeats repeated repeating', 'Hale repeated his call for a vote.'),
  cue('speech', 'echo echoes echoed echoing', 'Dane echoed those concerns.'),
  cue('speech', 'speak speaks spoke speaking', 'Varga spoke of a new start.'),
  cue('speech', 'estimate estimates estimated estimating', 'Officials estimated the cost at $2 million.'),
  cue('speech', 'agree agrees agreed agreeing', 'Quist agreed that the law was flawed.'),
  cue('speech', 'counter counters countered countering', 'Reyes countered that the data was old.'),
  cue('write', 'write writes wrote writing written', 'Abara wrote that the plan had failed.'),
  cue('write', 'tweet tweets tweeted tweeting', 'Dunmore tweeted that he would win.'),
  cue('write', 'post posts posted posting', 'Hale posted a video on Friday.'),
  cue('ask', 'ask asks asked asking', '"Why now?" Orr asked.'),
  cue('ask', 'question questions questioned questioning', 'Lind questioned the timing.'),
  cue('ask', 'wonder wonders wondered wondering', 'Voters wondered whether it mattered.'),
  cue('continue', 'add adds added adding', '"It is final," Varga added.'),
  cue('continue', 'continue continues continued continuing', '"And we will win," Hale continued.'),
  cue('continue', 'note notes noted noting', 'Okafor noted that the vote was close.'),
  cue('continue', 'conclude concludes concluded concluding', 'The panel concluded that rules were broken.'),
  cue('belief', 'think thinks thought thinking', 'Most voters think the economy is weak.'),
  cue('belief', 'believe believes believed believing', 'Dane believes the deal will hold.'),
  cue('belief', 'feel feels felt feeling', 'Farmers feel ignored.'),
  cue('belief', 'know knows knew knowing known', 'Orr knows the vote is close.'),
  cue('belief', 'fear fears feared fearing', 'Residents fear more floods.'),
  cue('belief', 'hope hopes hoped hoping', 'Varga hopes to finish by June.'),
  cue('belief', 'expect expects expected expecting', 'Lind expects a recount.'),
  cue('belief', 'doubt doubts doubted doubting', 'Analysts doubt the plan will pass.'),
  cue('belief', 'suspect suspects suspected suspecting', 'Police suspect arson.'),
  cue('belief', 'worry worries worried worrying', 'Parents worry about the closures.'),
  cue('belief', 'consider considers considered considering', 'Hale considers the law unfair.'),
  cue('belief', 'see sees saw seeing seen', 'Investors see little risk.'),
  cue('belief', 'view views viewed viewing', 'Many view the move as a bluff.'),
  cue('belief', 'seem seems seemed seeming', 'Dane seemed to reject the offer.'),
  cue('belief', 'appear appears appeared appearing', 'Marsh appeared to change course.'),
  cue('intent', 'want wants wanted wanting', 'Quist wants a new vote.'),
  cue('intent', 'plan plans planned planning', 'The union plans a strike.'),
  cue('intent', 'intend intends intended intending', 'Reyes intends to resign.'),
  cue('intent', 'seek seeks sought seeking', 'Abara seeks a second term.'),
  cue('intent', 'wish wishes wished wishing', 'Lind wishes to stay.'),
  cue('intent', 'refuse refuses refused refusing', 'Orr refused to answer.'),
  cue('intent', 'decline declines declined declining', 'A spokesman declined to comment.'),
  cue('evidence', 'show shows showed showing shown', 'A poll shows Varga ahead.'),
  cue('evidence', 'find finds found finding', 'The study found no link.'),
  cue('evidence', 'cite cites cited citing', 'Hale cited the budget figures.'),
  cue('stance', 'call calls called calling', 'Dunmore called the report a hoax.'),
  cue('stance', 'accuse accuses accused accusing', 'Marsh accused Hale of lying.'),
  cue('stance', 'criticize criticizes criticized criticizing', 'Unions criticized the plan.'),
  cue('stance', 'praise praises praised praising', 'Varga praised the rescuers.'),
  cue('stance', 'blame blames blamed blaming', 'Orr blamed the weather.'),
  cue('stance', 'dismiss dismisses dismissed dismissing', 'Lind dismissed the claims.'),
  cue('stance', 'reject rejects rejected rejecting', 'Voters rejected the measure.'),
  cue('stance', 'defend defends defended defending', 'Okafor defended the decision.'),
  cue('stance', 'support supports supported supporting', 'Farmers support the bill.'),
  cue('stance', 'oppose opposes opposed opposing', 'Quist opposes the merger.'),
  cue('stance', 'endorse endorses endorsed endorsing', 'The union endorsed Whitfield.'),
  cue('stance', 'condemn condemns condemned condemning', 'Leaders condemned the attack.'),
  cue('stance', 'attack attacks attacked attacking', 'Hale attacked his rival.'),
  cue('stance', 'propose proposes proposed proposing', 'Dane proposed a new tax.'),
  cue('noun', 'according', 'According to Varga, the bridge will reopen.'),
  cue('noun', 'statement statements', 'The ministry said in a statement that talks failed.'),
  cue('noun', 'interview interviews', 'Orr said in an interview that he would run.'),
  cue('noun', 'testimony', 'In testimony on Friday, Hale defended the plan.'),
  cue('noun', 'speech', 'In a speech, Varga promised jobs.'),
  cue('noun', 'letter', 'In a letter, Lind urged restraint.'),
  cue('noun', 'reportedly', 'Dane reportedly plans to resign.'),
  cue('noun', 'spokesman spokeswoman spokesperson', 'A spokeswoman for Marsh said she would appeal.'),
];

/** Cue kind index (1-based, 0 for none) by word form. */
export const CUE_KIND_OF: ReadonlyMap<string, number> = new Map(
  CUES.flatMap((c) => c.forms.map((f) => [f, CUE_KINDS.indexOf(c.kind) + 1] as const)),
);
