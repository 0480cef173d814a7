/**
 * Topics of the synthetic syndication set. Stories on one topic draw on the same templates and
 * word lists, so distinct stories share vocabulary and stock phrases the way real coverage of
 * one subject does; names, places, figures and the alternatives chosen keep them apart.
 *
 * Template syntax (template.ts): `[a|b]` one alternative per use, `{slot}` a cast value fixed per
 * story, `{#2-9}` a fresh integer. Generic slots: country, demonym, city, city2, capital,
 * currency, leader, leaderTitle, minister, spokes, analyst, firm, day, day2, told. Topic slots
 * are filled once per story and may use the generic ones.
 */

export interface Topic {
  id: string;
  /** Per-story choices; each value may use generic slots. */
  slots: Readonly<Record<string, readonly string[]>>;
  /** Per-story figures: [min, max], integers. */
  numbers: Readonly<Record<string, readonly [number, number]>>;
  headlines: readonly string[];
  /** First sentence of the story (after the dateline). */
  leads: readonly string[];
  body: readonly string[];
  /** Quoted words, used in `"{quote}," {who} said.` and variants. */
  quotes: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'rates',
    slots: {
      bank: ['the Bank of {country}', 'the {demonym} central bank', 'the National Bank of {country}'],
      rate: ['benchmark rate', 'key policy rate', 'main refinancing rate', 'overnight lending rate'],
      move: ['raised', 'cut', 'held'],
    },
    numbers: { bp: [10, 75], level: [2, 14], inflation: [2, 19], growth: [1, 6], vote: [5, 9] },
    headlines: [
      '{country} central bank {move} {rate} as inflation hits {inflation}%',
      'Bank of {country} {move} rates, signals [more to come|a pause|caution]',
      '{demonym} policymakers {move} {rate} in [split|unanimous|surprise] vote',
      '{currency} [jumps|slides|steadies] after rate decision in {capital}',
    ],
    leads: [
      '{bank} {move} its {rate} by {bp} basis points to {level} percent on {day}, [citing|pointing to] [stubborn|persistent|easing] inflation',
      'Policymakers at {bank} {move} the {rate} on {day} in a {vote}-[2|1|3] vote, [seeking to|hoping to] [tame|contain] prices that rose {inflation} percent last month',
      '{bank} [surprised|wrong-footed] [markets|investors|economists] on {day} when it {move} its {rate} to {level} percent',
    ],
    body: [
      "Annual inflation [reached|stood at|hit] {inflation} percent in [March|April|May|June], [well above|far above|above] the bank's target [of 2 percent|range]",
      'The {currency} [rose|fell|edged] {#1-3} percent against the dollar [after the announcement|in afternoon trading|on the news]',
      '[Governor|Bank governor] {minister} told a news conference that the [board|committee] would [watch|monitor] [wage growth|food prices|energy costs] closely',
      'Economists polled [before the meeting|last week] had [expected|forecast] a move of {#10-50} basis points',
      'The economy grew {growth} percent last year, [slower|faster] than [the previous year|the government had forecast]',
      '[Mortgage rates|Borrowing costs] for [households|small firms|first-time buyers] [have climbed|have eased|are expected to change] [since the start of the year|in recent months]',
      'The bank said [future decisions|the path of rates] would depend on [incoming data|the outlook for prices|the labour market]',
      '{analyst}, [chief economist|an economist] at {firm}, said the decision [showed|suggested] the bank was [worried about|focused on] [inflation expectations|the weak {currency}|credit growth]',
      '[Finance Minister|The finance minister] {spokes} [welcomed|criticised] the move, saying it [would|could] [hurt|help] [exporters|small businesses|savers]',
      'The next [policy meeting|rate decision] is scheduled for [July|September|October|December]',
      '[Bond yields|Two-year yields] [rose|fell] after the decision, while stocks in {capital} [closed higher|ended lower|were little changed]',
      'The bank [also|separately] [trimmed|raised] its growth forecast for [this year|next year] to {growth} percent',
      '[Some|Two] members of the board had [argued for|pushed for] a [larger|smaller] move, [according to|the bank said in] the statement',
    ],
    quotes: [
      'We will do whatever is needed to bring inflation back to target',
      'The fight against inflation is not over',
      'We see early signs that price pressures are easing',
      'Our decisions will remain data-dependent',
      'Households are feeling the squeeze and we know it',
    ],
  },
  {
    id: 'quake',
    slots: {
      region: [
        'the mountainous north of {country}',
        'the coastal south of {country}',
        'eastern {country}',
        'the province around {city2}',
      ],
      agencyName: [
        'the {demonym} Seismological Institute',
        'the national geological survey',
        'the {demonym} Geophysical Service',
      ],
    },
    numbers: {
      magnitude: [5, 7],
      decimal: [0, 9],
      dead: [3, 180],
      injured: [20, 900],
      depth: [8, 60],
      homes: [40, 3000],
    },
    headlines: [
      'Magnitude {magnitude}.{decimal} earthquake strikes {region}, killing {dead}',
      'Death toll from {country} quake rises to {dead}',
      'Rescuers search rubble after strong quake near {city2}',
      '[Powerful|Strong|Shallow] earthquake [rocks|hits|jolts] {country}',
    ],
    leads: [
      'A magnitude {magnitude}.{decimal} earthquake struck {region} [early|late] on {day}, killing at least {dead} people and injuring {injured}, officials said',
      'At least {dead} people were killed when a [strong|powerful|shallow] earthquake hit {region} on {day}, [toppling|damaging] [homes|buildings] [in|around] {city2}',
      'Rescue teams [dug|searched] through [rubble|collapsed buildings] in {city2} on {day} after a magnitude {magnitude}.{decimal} quake killed at least {dead} people',
    ],
    body: [
      '{agencyName} said the quake [struck|hit] at a depth of {depth} kilometres, [about|some] {#10-80} kilometres from {city2}',
      'More than {homes} [homes|buildings] were [damaged|destroyed], and [power|water supplies] [were cut|failed] in [several|many] districts',
      '[Television footage|Images on social media] showed [residents|people] [fleeing|running] into the streets as [walls|facades] [collapsed|crumbled]',
      '{leaderTitle} {leader} [declared|announced] [three days of mourning|a state of emergency] and [sent|ordered] [troops|the army] to help [rescuers|with the search]',
      '[Several|Dozens of|Strong] aftershocks [followed|rattled the region], the strongest of magnitude {#4-5}.{#0-9}',
      'Hospitals in {city2} [were overwhelmed|struggled to cope] and [patients|the injured] were [treated|cared for] in [tents|car parks|corridors]',
      '[Neighbouring countries|The European Union|Aid groups] [offered|sent] [rescue teams|help|tents and blankets]',
      'Schools in the region [will stay|were ordered to remain] closed until [engineers|inspectors] [check|have checked] the buildings',
      'The [region|area] sits on [a major fault line|an active fault] and [last suffered|was last hit by] a [deadly|major] quake in [1998|2004|2011]',
      '[Residents|Families] [spent the night|slept] [outdoors|in cars|in tents] for fear of [aftershocks|further collapses]',
      'Roads [into|to] [the worst-hit villages|the mountain villages] were [blocked|cut] by [landslides|rockfalls], [slowing|hampering] the [rescue|relief] effort',
      'The [interior ministry|civil protection agency] said the death toll [was likely to rise|could rise further] as [rescuers|teams] reached [remote|isolated] areas',
    ],
    quotes: [
      'The shaking went on for what felt like a minute',
      'We are still pulling people from the rubble',
      'Everything fell down around us',
      'We will rebuild every home that was lost',
      'Our priority now is to reach the villages that are cut off',
    ],
  },
  {
    id: 'election',
    slots: {
      party: [
        'the Democratic Union',
        "the People's Alliance",
        'the Reform Party',
        'the Green Front',
        'the National Movement',
      ],
      rival: [
        'the Social Bloc',
        'the Liberal Centre',
        "the Workers' Party",
        'the Civic Platform',
        'the Unity List',
      ],
      kind: ['parliamentary', 'presidential', 'regional', 'snap'],
    },
    numbers: {
      share: [28, 48],
      rivalShare: [20, 39],
      turnout: [45, 78],
      seats: [60, 180],
      counted: [70, 99],
    },
    headlines: [
      '{party} leads in {country} {kind} election with {share}% of vote',
      '{country} votes in tight {kind} election',
      '{leader} claims victory as {party} tops poll',
      '[Turnout|Voters] [low|high] as {country} holds {kind} vote',
    ],
    leads: [
      "{party} [took|won] {share} percent of the vote in {country}'s {kind} election on {day}, with {counted} percent of ballots counted, the electoral commission said",
      'Voters in {country} [went to the polls|cast ballots] on {day} in a {kind} election [seen as|viewed as] a test for {leaderTitle} {leader}',
      '{leader} [declared victory|claimed victory] on {day} after preliminary results showed {party} ahead with {share} percent',
    ],
    body: [
      '{rival} [came second|trailed] with {rivalShare} percent, [according to|based on] [partial results|the preliminary count]',
      'Turnout was {turnout} percent, [up|down] from the last election, the [electoral commission|election authority] said',
      'The result would give {party} about {seats} seats in the [assembly|parliament|legislature], [short of|enough for] a majority',
      '[Observers from|Monitors from] [the regional security body|international groups] said the vote was [largely orderly|marred by irregularities|competitive]',
      '[Campaigning|The campaign] was [dominated|shaped] by [rising prices|corruption|migration|housing costs]',
      '{rival} [alleged|claimed] [fraud|irregularities] in [several|some] [districts|regions] and [said it would|vowed to] [challenge|contest] the result',
      'Coalition talks [could|are expected to] [take weeks|begin next week], [analysts|political scientists] said',
      '{analyst}, a political analyst at {firm}, said the result [reflected|showed] [voter anger|frustration] over [living costs|the economy]',
      'Supporters of {party} [gathered|celebrated] in [central|downtown] {capital} [waving flags|chanting]',
      'Final results are [expected|due] [by {day2}|later this week|within days]',
      'Polling stations [closed|shut] at [8 p.m.|9 p.m.] and [counting began|the count started] [immediately|soon after]',
      '[Some|Several] [polling stations|voters] [reported|faced] [long queues|technical problems] [in the morning|during the day]',
    ],
    quotes: [
      'The people have spoken and they have chosen change',
      'We will respect the will of the voters',
      'This is a victory for every citizen of this country',
      'We will not accept a result built on fraud',
      'The work of forming a government starts tomorrow',
    ],
  },
  {
    id: 'trade',
    slots: {
      partner: [
        'the European bloc',
        'its largest trading partner',
        'neighbouring Ostrana',
        'the Pacific trade group',
      ],
      goods: ['steel and aluminium', 'farm goods', 'electric vehicles', 'semiconductors', 'textiles'],
    },
    numbers: { tariff: [10, 60], billion: [2, 90], exportsDrop: [2, 25], round: [2, 8] },
    headlines: [
      '{country} [imposes|threatens] {tariff}% tariffs on {goods}',
      'Trade talks between {country} and {partner} [stall|resume|end without deal]',
      '{country} [retaliates|hits back] with tariffs worth {billion} billion dollars',
      'Exporters brace as {country} tariff row [deepens|escalates]',
    ],
    leads: [
      '{country} [said|announced] on {day} it would impose tariffs of {tariff} percent on imports of {goods}, [escalating|deepening] a trade dispute with {partner}',
      'Negotiators from {country} and {partner} [ended|wrapped up] a {round}th round of trade talks in {capital} on {day} [without|with no] agreement on {goods}',
      'Trade Minister {minister} [warned|said] on {day} that {country} was [ready|prepared] to [retaliate|respond] if {partner} [raised|kept] duties on {goods}',
    ],
    body: [
      'The [measures|tariffs] [cover|affect] goods worth about {billion} billion dollars a year, [according to|based on] [government figures|customs data]',
      'Exports of {goods} [fell|dropped] {exportsDrop} percent in the first [quarter|half] of the year',
      '{partner} [has accused|accuses] {country} of [dumping|unfair subsidies] and [flooding|distorting] [its market|the market]',
      '[Business groups|Industry associations] [warned|said] the dispute [could|would] [cost|threaten] [thousands of|many] jobs',
      'The tariffs [take effect|will come into force] [next month|on July 1|in 30 days] unless [a deal is reached|talks succeed]',
      '{analyst} of {firm} said the [move|dispute] [was|looked] [largely symbolic|a serious escalation|a negotiating tactic]',
      'Shares in [steelmakers|carmakers|chipmakers|exporters] [fell|rose] in {capital} [after the announcement|on the news]',
      'The two sides [agreed|said they would] to [meet again|keep talking] [next month|before the deadline|in the autumn]',
      '{country} [filed|has filed] a [complaint|case] with the [World Trade Organization|trade body] over the [duties|subsidies]',
      '[Farmers|Manufacturers] [fear|worry] [retaliation|losing access] to [key markets|their biggest market]',
      'Trade between the two [totalled|reached] about {billion} billion dollars last year',
    ],
    quotes: [
      'We will defend our industry against unfair competition',
      'Nobody wins a trade war',
      'Our door remains open to dialogue',
      'These tariffs will be paid by our own consumers',
      'We are ready to respond in kind',
    ],
  },
  {
    id: 'wildfire',
    slots: {
      area: [
        'the hills above {city2}',
        'forests east of {city2}',
        'the {city2} national park',
        'farmland south of {city2}',
      ],
    },
    numbers: {
      hectares: [800, 40000],
      evacuated: [300, 20000],
      firefighters: [150, 2500],
      temp: [36, 46],
      homesLost: [5, 400],
    },
    headlines: [
      'Wildfire forces {evacuated} to flee near {city2}',
      '[Firefighters battle|Crews fight] [blaze|wildfire] in {area}',
      '{country} wildfire burns {hectares} hectares as heatwave [grips|bakes] region',
      'Homes lost as fire [sweeps|tears] through {area}',
    ],
    leads: [
      'A wildfire [raging|burning] in {area} forced [the evacuation of|authorities to evacuate] about {evacuated} people on {day}, [officials|fire officials] said',
      'More than {firefighters} firefighters [battled|were fighting] a [wildfire|blaze] in {area} on {day} as temperatures [topped|reached] {temp} degrees Celsius',
      'Fire crews in {country} [struggled|fought] on {day} to contain a wildfire that has burned {hectares} hectares of [forest|land] in {area}',
    ],
    body: [
      'The fire has [destroyed|burned] at least {homesLost} [homes|houses] and [threatened|reached] the [outskirts|edges] of {city2}',
      '[Strong|Gusting|Dry] winds [fanned|pushed] the flames [towards|into] [villages|populated areas], [officials|the fire service] said',
      '[Water-bombing aircraft|Helicopters and planes] [joined|were deployed in] the [effort|operation] [at dawn|on {day}]',
      '[Smoke|Ash] [covered|blanketed] {city2}, and [health authorities|officials] [urged|advised] residents to [stay indoors|keep windows shut]',
      'The [civil protection agency|fire service] said the fire was [not yet under control|partly contained|spreading on several fronts]',
      '[Police|Investigators] [are investigating|were looking into] whether the fire was [started deliberately|caused by a power line]',
      '{country} has [suffered|faced] a [prolonged|record] [drought|heatwave] this summer, with [little|almost no] rain since [April|May]',
      '[Evacuees|Residents] were [housed|sheltered] in [schools|sports halls] in [nearby|neighbouring] towns',
      '{leaderTitle} {leader} [visited|flew to] the [area|region] and promised [aid|compensation] for those who lost homes',
      '[Scientists|Experts] say climate change is making [heatwaves|wildfires] [longer|more frequent] and [more intense|fiercer]',
      '[No deaths|Two deaths|One death] [had been reported|were reported] [by {day}|so far], but [several|some] firefighters were [treated|hurt] for [burns|smoke inhalation]',
    ],
    quotes: [
      'The flames were coming down the hill faster than we could run',
      'We lost everything in a matter of minutes',
      'The next 48 hours will be critical',
      'This fire is behaving in ways we have rarely seen',
      'Please follow the evacuation orders',
    ],
  },
  {
    id: 'strike',
    slots: {
      union: [
        "the {demonym} Transport Workers' Union",
        "the rail workers' union",
        "the teachers' federation",
        "the dockers' union",
        "the nurses' union",
      ],
      sector: ['rail', 'port', 'school', 'hospital', 'airport'],
    },
    numbers: { workers: [4000, 90000], raise: [5, 15], offer: [2, 6], hours: [24, 96] },
    headlines: [
      '{sector} workers [walk out|strike] across {country} over pay',
      '{union} calls {hours}-hour strike',
      'Strike [halts|disrupts|cripples] {sector} services in {country}',
      'Talks fail as {sector} strike [begins|widens] in {capital}',
    ],
    leads: [
      'About {workers} {sector} workers [walked off the job|went on strike] across {country} on {day}, [demanding|seeking] a pay rise of {raise} percent',
      '{union} [began|launched] a {hours}-hour strike on {day} after talks with [the government|employers] [broke down|collapsed] over pay',
      'A {sector} strike [disrupted|halted] services across {country} on {day} as [workers|union members] [rejected|turned down] a pay offer of {offer} percent',
    ],
    body: [
      'The union is [demanding|seeking] a {raise} percent [rise|increase] to [offset|keep pace with] [inflation|the rising cost of living]',
      '[Employers|The government] [offered|has offered] {offer} percent, [calling it|saying it was] [fair|the most it could afford]',
      '[Commuters|Travellers|Parents] [faced|endured] [long delays|cancellations|closures] [in|across] {capital} and {city2}',
      '[Labour Minister|The labour minister] {minister} [urged|called on] [both sides|the union] to [return to talks|resume negotiations]',
      '[Pickets|Striking workers] [gathered|rallied] outside [the ministry|stations|the main port] [with banners|chanting]',
      'The union [said|warned] [further strikes|more walkouts] [would follow|were planned] [next month|in the coming weeks] if [no deal|no agreement] was reached',
      '[Business groups|Retailers] [estimated|said] the strike [would cost|was costing] the economy [millions|about {#20-200} million {currency}] a day',
      'Union leader {spokes} said [members|workers] had [seen their pay fall|lost ground] in real terms [for years|since {#2012-2019}]',
      "[A poll|Surveys] [showed|suggested] [most|many] [people|voters] [supported|backed] the [strike|workers' demands]",
      '[Emergency|Minimum] services [were maintained|continued] [under the law|as required by law]',
      'It was the [largest|biggest] {sector} strike in {country} [in decades|since {#1990-2015}]',
    ],
    quotes: [
      'Our members cannot pay their bills on promises',
      'We did not want to strike but we were left with no choice',
      'The offer on the table is fair and affordable',
      'We are ready to talk at any time',
      'This strike will continue until we are heard',
    ],
  },
  {
    id: 'tech',
    slots: {
      company: ['Quillon', 'Nexora', 'Brightlane', 'Vantix', 'Orbiq', 'Helixa'],
      product: [
        'its app store',
        'its search engine',
        'its cloud business',
        'its messaging service',
        'its online marketplace',
      ],
      regulator: [
        'the {demonym} Competition Authority',
        'the competition regulator',
        'the digital markets watchdog',
      ],
    },
    numbers: { fine: [50, 900], share: [40, 85], users: [5, 60], days: [30, 120] },
    headlines: [
      '{regulator} fines {company} {fine} million {currency}',
      '{company} [faces|hit with] antitrust [probe|charges] in {country}',
      '{company} to appeal {country} ruling over {product}',
      '{country} [orders|tells] {company} to open up {product}',
    ],
    leads: [
      '{regulator} [fined|has fined] {company} {fine} million {currency} on {day} for [abusing|exploiting] its [dominant position|market power] through {product}',
      '{regulator} [opened|launched] an [investigation|inquiry] into {company} on {day} over [whether|claims that] {product} [shuts out|unfairly favours] [rivals|its own services]',
      '{company} said on {day} it would [appeal|challenge] a ruling by {regulator} that [ordered|requires] it to [change|open up] {product}',
    ],
    body: [
      '{company} [controls|holds] about {share} percent of the market and has some {users} million users in {country}',
      'The regulator said the company [must|has to] [change|comply] within {days} days or [face|risk] [further|daily] fines',
      '{company} [said it disagreed|rejected the findings] and [would|planned to] [appeal|contest the decision] [in court|before the courts]',
      '[Rivals|Smaller competitors] had [complained|argued] that {company} [favoured|promoted] its own [services|products] [in search results|over theirs]',
      'The [case|investigation] [began|was opened] in [2021|2022|2023] after [complaints|a complaint] from [app developers|publishers|retailers]',
      "{analyst}, a [technology|competition] analyst at {firm}, said the [fine|decision] was [small|modest|significant] relative to the company's revenue",
      '[Shares|Stock] in {company} [fell|dropped|slipped] {#1-4} percent [in early trading|after the announcement]',
      'The ruling [is|was] [one of several|the latest in a series of] [actions|cases] against [big technology firms|tech giants] [in the region|worldwide]',
      '[Consumer groups|Digital rights groups] [welcomed|praised] the decision [but said|and said] [more|stronger] [rules were|action was] needed',
      'Digital Minister {minister} said the government would [present|propose] a [law|bill] on [online platforms|digital markets] [this year|next year]',
    ],
    quotes: [
      'No company is above competition law',
      'We believe our practices are fair and benefit users',
      'This decision opens the market to innovation',
      'We will comply while we appeal',
      'Consumers have paid the price for too long',
    ],
  },
  {
    id: 'oil',
    slots: {
      field: [
        'the offshore {city2} field',
        'the northern fields',
        'the {city2} refinery',
        'the main export terminal',
      ],
      group: ["the producers' group", "the exporters' alliance", 'the oil cartel'],
    },
    numbers: { barrels: [100, 900], price: [62, 98], cut: [200, 1500], pct: [1, 6] },
    headlines: [
      'Oil [jumps|rises|falls] to {price} dollars as {group} [weighs|agrees] output cut',
      '{country} to cut oil output by {cut},000 barrels a day',
      'Outage at {field} [lifts|pushes up] crude prices',
      '{group} [surprises|stuns] market with [deeper|extra] supply cuts',
    ],
    leads: [
      'Oil prices [rose|jumped|climbed] {pct} percent to {price} dollars a barrel on {day} after {group} [agreed|announced] to cut output by {cut},000 barrels a day',
      '{country} said on {day} it would [reduce|cut] crude production by {cut},000 barrels per day [from next month|starting in July], [pushing|sending] prices [higher|up]',
      'Crude prices [climbed|rose] on {day} after [a fire|a pipeline leak|a power failure] [shut|halted] output at {field}, which pumps about {barrels},000 barrels a day',
    ],
    body: [
      'Brent crude [futures|for delivery in two months] [settled|traded] at {price} dollars a barrel, [up|down] {pct} percent [on the day|from the previous close]',
      "{field} [produces|pumps] about {barrels},000 barrels a day, [roughly|nearly] a [fifth|quarter|tenth] of the country's output",
      'Energy Minister {minister} said the [cut|decision] was [needed|meant] to [support|stabilise] [prices|the market]',
      '[Traders|Analysts] [said|noted] that [global demand|demand from Asia] had been [weaker|stronger] than [expected|forecast]',
      '{analyst} at {firm} said [prices|Brent] [could|might] [reach|test] $[90|100|80] [by the end of the year|in the coming months]',
      '[Repairs|Work to restore output] [could|may] take [days|weeks|up to a month], the [company|operator] said',
      'Members of {group} will [meet again|next meet] in [June|October|December] to review [output|the cuts]',
      '[Fuel prices|Petrol prices] in {country} [have risen|climbed] {#3-15} percent [this year|since January]',
      'The [cut|outage] [comes|came] as [inventories|stockpiles] in [major consumers|the United States] [fell|rose] for a [second|third] week',
      "Oil revenues [account for|make up] [about half|more than a third] of {country}'s [budget|export earnings]",
    ],
    quotes: [
      'The market needs stability and we will provide it',
      'We acted to prevent a glut',
      'Our fields will be back to full output soon',
      'Prices are being driven by fear, not fundamentals',
      'We are watching demand very closely',
    ],
  },
  {
    id: 'ceasefire',
    slots: {
      mediator: [
        'the regional council',
        'neighbouring Ilvara',
        'a group of mediators from the Gulf of Sefira',
        'the United Nations envoy',
      ],
      armed: [
        'the Northern Front',
        'the Liberation Army of {city2}',
        'the Eastern Coalition',
        'the Highland militia',
      ],
    },
    numbers: { days: [3, 60], prisoners: [20, 400], killed: [5, 120], trucks: [20, 300] },
    headlines: [
      '{country} and {armed} agree {days}-day ceasefire',
      'Ceasefire talks in {capital} [stall|falter|make progress]',
      '[Truce|Ceasefire] [holds|frays] as aid reaches {city2}',
      'Prisoner swap [planned|agreed] under {country} truce deal',
    ],
    leads: [
      'The government of {country} and {armed} agreed on {day} to a {days}-day ceasefire brokered by {mediator}, [officials|both sides] said',
      'Talks between {country} and {armed} [mediated|hosted] by {mediator} [stalled|broke off|resumed] on {day} over [the release of prisoners|the withdrawal of forces]',
      'A ceasefire between {country} and {armed} [largely held|appeared to hold] on {day}, allowing the first aid convoy to reach {city2} in [weeks|months]',
    ],
    body: [
      'The deal [provides for|includes] the release of {prisoners} prisoners and [the opening of|safe passage through] [humanitarian corridors|two crossings]',
      'At least {killed} people were killed in fighting [near|around] {city2} [in the week before|before] the truce, [according to|said] [local officials|aid groups]',
      '[About|Some] {trucks} [trucks|lorries] carrying [food|medicine|fuel] [entered|reached] {city2} [on {day}|under the deal]',
      '{mediator} said [monitors|observers] would [oversee|watch] the [ceasefire|truce] [from|along] the front line',
      'Both sides [accused|blamed] each other of [violations|breaking the truce] [within hours|overnight]',
      'Foreign Minister {minister} said the government was [committed to|serious about] [peace|a lasting settlement]',
      'The [conflict|fighting] has [displaced|uprooted] [hundreds of thousands of|more than a million] people since [it began|2021]',
      '[A spokesman|Spokesman {spokes}] for {armed} said the group [would|could] [extend|end] the truce [if|unless] [its demands were met|prisoners were freed]',
      '[Earlier ceasefires|Previous truces] [collapsed|broke down] [within days|after weeks]',
      '[Aid agencies|The U.N. humanitarian office] [warned|said] that [famine|hunger|disease] [threatened|was spreading in] [the region|camps around {city2}]',
      'Further talks are [planned|expected] in {capital} [next week|after the holiday|within {#5-15} days]',
    ],
    quotes: [
      'This is a first step, not the end of the road',
      'We will respond to any violation',
      'The people of this region deserve peace',
      'Aid must reach everyone who needs it',
      'We have not forgotten the prisoners',
    ],
  },
  {
    id: 'health',
    slots: {
      disease: ['cholera', 'measles', 'dengue fever', 'a new strain of influenza', 'meningitis'],
      ministry: [
        'the health ministry',
        'the {demonym} Institute of Public Health',
        'the national disease control centre',
      ],
    },
    numbers: { cases: [80, 6000], deaths: [2, 90], doses: [50, 900], weeks: [2, 10] },
    headlines: [
      '{disease} outbreak in {country} [kills|claims] {deaths}',
      '{country} [declares|announces] health emergency over {disease}',
      'Vaccination drive [starts|begins] as {disease} cases [rise|climb]',
      '{disease} cases [top|pass] {cases} in {city2}',
    ],
    leads: [
      '{ministry} said on {day} that {disease} had killed {deaths} people and infected {cases} in {city2} [since|over the past] {weeks} weeks',
      '{country} declared a health emergency on {day} over an outbreak of {disease} that has [sickened|infected] {cases} people',
      'Health workers in {country} [began|launched] a vaccination [campaign|drive] on {day} to [contain|halt] an outbreak of {disease} [centred on|around] {city2}',
    ],
    body: [
      'Most [cases|infections] [were|have been] [among children|in poor districts|in camps] [around|near] {city2}, {ministry} said',
      '[Health Minister|The health minister] {minister} said {doses},000 vaccine doses [had been|were being] [delivered|sent] to the [region|area]',
      '[Hospitals|Clinics] [were|have been] [stretched|overwhelmed], and [tents|field wards] were [set up|erected] [to treat|for] patients',
      'The [World Health Organization|regional health body] [sent|deployed] [experts|a team] to [help|support] [local authorities|the response]',
      '[Unsafe water|Poor sanitation|Low vaccination rates] [were|are] [blamed|thought to be behind] the [outbreak|spread], [officials|experts] said',
      'Schools in {city2} [were closed|will close] for [a week|two weeks] [as a precaution|to slow the spread]',
      '[Doctors|Experts] [urged|advised] [residents|people] to [boil water|wash hands|seek treatment early] and [report|watch for] [symptoms|signs of illness]',
      'It is the [worst|largest] outbreak of {disease} in {country} [in a decade|since {#1995-2015}]',
      '{analyst}, an epidemiologist at {firm}, said [cases|infections] could [peak|rise] [within|in the next] {weeks} weeks',
      '[Neighbouring countries|Border officials] [stepped up|tightened] [screening|checks] at [crossings|airports]',
    ],
    quotes: [
      'We are doing everything we can to contain this outbreak',
      'Vaccines are the best protection we have',
      'The next few weeks will be decisive',
      'People should not panic but should take precautions',
      'Our health workers are exhausted',
    ],
  },
];

/**
 * Context sentences any story may carry: background, reactions and process, shared by all
 * topics (as "did not respond to a request for comment" is shared by all real coverage).
 */
export const GENERIC_BODY: readonly string[] = [
  '{country}, [a country|a nation] of about {#3-60} million people, [has|had] [struggled|grappled] with [high prices|slow growth|political turmoil] [for years|since {#2015-2021}]',
  '[The ministry|The government|A spokesperson for the government] did not [immediately respond to|respond to] a request for comment',
  '[The announcement|The news|The decision] came [as|amid] [growing|mounting] [pressure|criticism] on {leaderTitle} {leader} [ahead of|before] [a budget vote|elections next year|a party congress]',
  '[Opposition lawmakers|Critics] [accused|blamed] the government of [acting too slowly|failing to prepare|mismanaging the situation]',
  '[Local media|State television|Newspapers in {capital}] [reported|said] that [officials|ministers] would [meet|hold talks] [on {day2}|later in the week|over the weekend]',
  '{leaderTitle} {leader} [is due to|will] [address|speak to] [parliament|the nation] [on {day2}|next week]',
  '[Details|Further details] [were not immediately available|were not released|remained unclear] [on {day}|by late {day}]',
  '[The situation|Events] [were being|are being] [followed|watched] closely in [neighbouring countries|the region|foreign capitals]',
  '[Residents|People] in {city2} [said|told local media] they [were|felt] [anxious|worried|uncertain] about [what comes next|the coming weeks|their jobs]',
  '[The|This] [development|move] [follows|comes after] [months of|weeks of] [tension|debate|uncertainty] [over|about] [the issue|the policy]',
  '[A|An official] statement [published|released] [late on {day}|on {day}] [gave no|did not give a] timetable',
  '[International|Foreign] [partners|governments] [urged|called on] {country} to [act|respond] [quickly|responsibly|with restraint]',
  "{country}'s [currency|stock market|bonds] [reacted|moved] [little|sharply] [to the news|on {day}]",
  '[It was|This is] the [second|third|first] [such|similar] [event|decision|episode] [this year|in {#2-12} months]',
];

/**
 * Stock clauses wire copy hangs on a sentence (", officials said"); appended now and then, they
 * lengthen sentences and add the clichés that distinct stories share.
 */
export const CLAUSES: readonly string[] = [
  '[officials|authorities] said',
  'according to [a statement|figures] released [on {day}|late on {day}|by the ministry]',
  '[a figure that|which] [surprised|worried|reassured] [many|some] [observers|analysts|investors]',
  '[the latest sign of|in a further sign of] [strain|change|uncertainty] in {country}',
  '[local media|state media|a local newspaper] reported',
  '[two|several] people [familiar with the matter|briefed on the talks] said',
  'in [comments|remarks] [broadcast|published] [on {day}|later that day]',
  'although [few|some] details [were given|have emerged] so far',
  'a [spokesperson|spokesman|spokeswoman] [confirmed|said] [by phone|in a statement]',
  '[up from|down from|compared with] [a year earlier|the previous month|last year]',
];
