/**
 * Common English words (adjectives, adverbs, verbs, common nouns, function
 * words), to tell a capitalised word that opens a sentence from a name:
 * "*Overall*, the plan …", "*Angry* voters …", "“*Look*, …”".
 *
 * Derived once from the lexicon of compromise 14.17.0 (MIT, a bench
 * dependency, not bundled): its lowercase one-word entries whose every tag
 * is a common-word tag (Adjective, Adverb, Comparative, Superlative,
 * Infinitive, PresentTense, PastTense, Participle, Gerund, Expression,
 * Conjunction, Preposition, Determiner, Pronoun, Modal, QuestionWord,
 * Singular, Plural, Uncountable, Noun, Actor), leaving out the words whose
 * ending already marks them as common (COMMON_ENDING in entities.ts:
 * "-ing", "-ly", "-ous", "-ness", "-tion" …). Names, places and
 * demonyms carry other tags there and are not in the list. About 5,400
 * words, 39 KB of source.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(`
a abandon abduct aberrant abet abide abject ablaze able aboard abolish abort abound about above abreast abroad abrupt
abscond absent absolute absolve absorb abstract abstruse absurd absurder absurdest abundant abuse academic accelerate
accent accept access accident acclimate accommodate accompany accomplish accord accost account accountant accrual
accrue accurate accuse accustom ace aced aces acetate ache achieve acid acknowledge acquaintance acquiesce acquiescent
acquire acquittal acrobat across act activate activist actor actress acts actual acute adamant adapt add addenda
addendum addict address adds adept adequate adjourn adjust administer administrator admiral admit adolescent adopt
adorn adsorb adult advance advantage adventurer adverse advertise advice advisor advocate affect affectionate
affiliate affix affluent afford afraid after again against age aged agent ages agile agonize agonze agree agreed ah
aha ahead ahem ahh ahoy aid aids aim aims air aircraft airs aka alarm alas alcoholic alert alfredo alga algae alien
alight alighter alightest align alike alkaline all allege allergy allot allow allude ally alma almost alone along
alongside aloof already alright also alter alternate although altogether alumna alumnae alumni alumnus amalgamate
amaze amen amid amidst amnesty among amongst ample amuse an analyse analysis analyst anarchist ancestor anchor and
anecdote anger angrier angriest angry animate animator anise anneal announce announcer annoy annul another answer
antarctic antenna antennae anticipate antidote antique antsy any anybody anymore anyone anyway apart apostle apparent
appeal appear appease appendix appetite appoint appraise appreciate apprentice approach appropriate approve
approximate approximater approximatest apt arab arbitrary arch archbishop architect archival arctic argh argue arise
arisen aristocrat arithmetic arm armour arms arose around arouse arrange array arrest arrogant arsenal arsenic art
articulate articulater articulatest artisan artist arts artsy as ascent ashen aside ask asks asleep aspect aspire
aspirin assail assemble assert assess assign assist assistant associate assume assure astonish astound astronaut
astronomer astute at ate athiest athlete atop attach attack attain attempt attendant attest attic attorney attract
auditory aunt auntie austere authentic author authorize autocrat autoimmune automate autopsy average avert avocado
avoid await awake awaken award aware away awesome awesomer awesomest awhile awkward awoken axes axis ayatullah aye
baby babysat babysit bacilli bacillus back backfire backward bad baffle baggage bah bail bake baker balance bald
balder baldest bam ban band bang bank banker bankrupt bankrupter bankruptest bans bar barber bare bargain barge bark
baron barren barrier bars bartender base bash bass bathe batter battle bawdier bawdiest bawdy be bean bear beat
beatboxer beaten beau beaux became because become beef been before befriend beg began begin begs beguile begun behave
behead beheld behind behold believe belittle bella belong below belt bend beneath benedict benefit benign bent
bequeath berg beside best bestow bet betray bets better between bewilder bewitch beyond bias bicyclist bid bide bids
big bigger biggest bigtime bike bill bind biopic biopsy bipartisan bishop bison bit bitch bite bits bitten bitter
bitterest bizarre black blacker blackest blame bland blander blandest blank blast bled bleed blemish blend blew blind
blink blithe blitz bloat block blogger blond blonder blondest blood bloodier bloodiest bloody blow blown blue bluer
bluest blunt blunter bluntest blur blurt bo board boast boat body bog boggle bogs bogus bohemian boil bold bolder
boldest boldface bolster bomb bombard bonafide bond bone boo boogeyman book bookkeep bookkept boom boost boot booya
border bore borough borrow bos boss both bother bottle bottom bought bounce bouncier bounciest bouncy bound bourgeois
bout bowl box boy boycott boyfriend boys brake branch brand brandy brash brasher brashest brave braver bravest bravo
breach bread breadth break breakfast breakthrough breastfeed breathe breathtake breathtook bred breed bribe brick
bricklayer bride bridge brief brigadier bright brighten brighter brightest brilliant brillianter brilliantest brisk
bro broad broadcast broaden broader broadest broke broken broker bronze brook bros brother brought brown browner
brownest brr bruise brush brute btw bubble buckle bud buddhist budget buds buff buffer buffest build builder built
bulk bump bundle bunny burden burglar burglary burlier burliest burn burnt burp burst bury bus busier busiest
businessman businessperson businesswoman bust bustle busy but butcher butt butter buy buys buzz by bye bypass cacti
cactus cad cadet cage cageier cageiest cagey cahier cake calculate call calm calmer calmest calorie cam came camp cams
can canal canary cancel cane cannibal canoe canton cap capital caps captain captivate capture car carbohydrate card
cardiac care careen carer caretaker carpenter carrier carry cars carve cash cashier cast catalog catch cater
caterpillar cathedral caucus caught caulk cause cave cease celcius celebate celebrate celebrity cellar center
centralize centre ceo ceos cereal certain certificate certify cfo cfos chain chair chairman chairwoman challenge
champion chancellor chandelier change channel chant chaplain character characteristic charge charity charm chart chat
chateau chateaux chauffeur cheap cheaper cheapest cheat check cheer cheerleader cheery cheese cheesier cheesiest
cheesy chef cheque cherish chew chewy chez chicken chief child children chill chillier chilliest chin chintzy chip
chirp chocolate choose chop chose chosen christian chrysanthemum chum circa circle circumspect circumvent circus cite
citizen city civil claim clap classic classify claw clean cleaner cleanest cleanse clear clearer clearest clergy
cleric clerk clever cleverer cleverest click client cliff climb clinic clip clockwise clone close closer closest cloth
cloud cloudier cloudiest cloudy clown club clung clutter cm cmon coach coal coalesce coarse coarser coarsest coat code
coefficient coerce coexist cogent cognizant cohabit coin coincide coke cold colder coldest colic collapse collar
colleague collect collide collude colonel color colossal colour columnist comatose combat combine combust come
comedian comfort comic command commander commence commensurate commentary commenter commissioner commit common
commoner commonest communicate communique communist commute companion compassionate compel compete compile complain
complete completer completest complex complicate compose composer compound compromise compulsory comrade concave
conceal concentrate concise conclude concrete concur condemn condense condone conduct confess confidant confidante
confide configure confirm conflict conform confront confuse conglomerate congressman congresswoman congruent conjoint
conjugal conjugate conjugater conjugatest conjure connote conquer conscript consent consequent conservatory conserve
consider consist consolidate conspire constant constituent constitute constrain construct consulate consult consultant
consume consummate consummater consummatest contact contain contemporary contender content continue contradictory
contrary contrast contribute contributor contrite control controller convene converge convert convey convince cook
cookie cool cooler coolest coordinate coordinator cope copier copy coral core corpora corporal corporate corpus corral
correct correcter correctest correspond corrode corrupt corrupter corruptest cos cost costlier costliest cottage
cotton cough could councillor counsel count counterclockwise counterfeit counterfeiter counterfeittest countess couple
courier court cousin cover covert cowabunga cowardlier cowardliest cowboy coworker coy coyote coz cozier coziest cozy
crack craft crafty cramp crash crave craven crawl create creator credit creep creepy crept cripple crisis crisp
crisper crispest criteria criterion critic crop cross crowd crucible crude cruel crueler cruelest crumble crush cry
crystal crystalline cube cuddlier cuddliest cue cued cues cultivate cup cups curator curb cure curl curlier curliest
currency curricula curriculum curtail curve customary customer customize cut cute cuter cutest cutesy cuts cuz cycle
dab dabs dad daddy dads daisy dam damage dammit damn damnit damp dampen damper dampest dams dance dancer dang dapper
dare daredevil dark darken dart dash database date daughter daunt dawn daze dazzle de deacon dead deader deadest
deadlier deadliest deadpan deaf deafen deafer deafest deal dealer dealt dean dear dearer dearest death debark debate
debilitate debrief debug debunk debut decal decay decentralize decide decimal decimate decipher declare decline decode
decompose decorate decorator decouple decrease decree decreed decry decrypt dedicate deduct deep deepen deeper deepest
deer deface defeat defect defenceman defer deferral defiant define definite deform defraud defuse defuser defusest
defy degenerate degrade deity deja delay delegate deliberate deliberater deliberatest delicate delight delimit deliver
demand demean demise demographic demolish demoralize demure denizen denote denounce dense denser densest deny depart
dependent depict deplore deploy deport deposit depress deputee deputy derail derange derelict des descendant desert
deserter deserve design designer desire desist desperate despite despondent destitute desultory detach detail
determine deterrent devastate develop developer devoid devolve devote devout diagnose diagnosis dialect dice dick
dictator did didactic die died dies dietician dietitian differ difficult diffuse diffuser diffusest dig digest dignify
dignitary digs dim diminish dine dinner dip diplomat dips dire direct directer directest director direr direst dirtier
dirtiest dirty disappoint disarm disband disburse discard discharge discipline disclaim disclose discontent discount
discourage discover discreet discrete discuss disgruntle disguise disgust dish dishearten dishonesty disjoint dislike
dislodge dismantle disparate dispatch dispense disperse displace display displease dispose disprove dispute disrepute
disrupt dissent dissolve dissuade distant distil distill distinct distinguish distort distract distress district
disturb ditch diva dive diverge divergent diverse divert divest divide dividend divine diviner divinest divorce
divulge dixie dizzier dizziest dizzy dj djs do docile dock doctor doctorate documentary dodge does doggy doin dole
dominant done door dope dork dormant dossier double doubler doublest doubt dove down download downside draft drag
drain drank drat draw drawn dream dreamt dreary dredge dress dribble drier driest drift drifter drill drink drip
driven driver drone drop drove drown drowsy drum drunk drunker drunkest dry du dub dubs dude due duel dug duh dull
duller dullest dumb dumber dumbest dump duplicate dustier dustiest dusty dutchess dwell dweller dwindle dye dyed dyes
dynasty each eager earl earlier earliest earmark earn earnest earnester earth earthlier earthliest easier easiest east
easterner easternest easy eat eaten eats echo economist economy eddy edge edify edit editor educate eek eep eerie
eerier eeriest effect efficient effigy egg eggs eh either el elaborate elaborater elaboratest elapse elate elder elect
electorate electrician electricity electrify elegant elicit eliciter elicittest elite elle eloquent else elucidate
elude emaciate embalm embargo embark embarrass embassy embody embrace embroider embroil emcee emerge emergent eminent
emir emperor emphasize employee employer empower emptier emptiest empty enact enchant encircle enclose encounter
encourage encroach encrypt encumber end endanger endear endorse endow ends endure enemy energize energy enforce engage
engender engineer engrave engulf enhance enjoy enlarge enlist enliven enough enquire enrich enrol enroll ensue ensure
enter enterprise enthral entice entire entrain entrench entrepreneur entrust envelop environmentalist envisage envy
epic epidemic epoch equal equip erase erect erstwhile erupt escape eschew espouse essentialer essentialest establish
estate estimate etch ethereal ethic eula eureka evaluate eve even event ever every everybody everyday everyone eves
evil eviler evilest evoke evolve eww exact exaggerate exalt examine examiner example exasperate exceed excel
excellency except excess exchange excite exclaim exclude excuse exemplar exempt exempter exemptest exercise exert
exhale exhaust exhibit exhilarate exhort exhume exile exist existence exit expand expect expedient expedite expel
experience expert expertise expire explain explicit explode exploit explore export expose express expresser expressest
expunge exquisite extend extent extinguish extol extra extract extravagant extreme extremer extremest exuberant exude
exultant eye eyeball eyed eyelid eyes fabric face fade fail faint fainter faintest fair faith fake faker fakest fall
fallen false falter familiar fancier fanciest fancy fanny far farewell farm farmer farther fascinate fast fasten
faster fastest fat fate father fats fatten faultier faultiest faulty faux favorite favour favourite fear feature fed
feeble feebler feeblest feed feel feet fell fella fellow felt female feminine feminist fence fend fern fertile fervent
fess fetch fetish few fewer fiance field fiend fierce fiercer fiercest fiery fight fighter figure file fill film
filmmaker filter final finance financialer financialest financier find fine finer finish finite finn fire firefighter
fireman firm firmer firmest fish fit fits fitter fix fizzle flag flagrant flake flame flare flash flat flatten flatter
flattest flavor flavour fled flee flesh flew flip flirt flirtier flirtiest flirty flo float flock flood flos flour
flow flower flowery flown fluent fluid flung fluorescent fluster flute fly foamier foamiest foamy focus foe foes fog
fogs foil fold folksy follow fond fonder fondest food fool foolish foot for forbade forbid forbidden force forebear
forecast foreclose forego foreign foreman forerunner foresaw foresee foreshadow forester forever forewarn forewent
forfeit forgave forge forget forgiven forgot forgotten fork form formal formaler formalest format former formula
formulae forsake forsaken forseen forsook forthcome fortunate forward fought foul fouler foulest found fourier
foursome fowl fracture fragile fragme fragrant frail frailer frailest frame franchise frank franker frankest frantic
free freed freelancer freer freest freeze frequent fresh freshen fresher freshest friend friendlier friendliest
frigate frighten fringe fringer fringest frolic from frontier frost frown froze frozen frugal frustrate fry ft fuck
fuel fulfil fulfill full fullest fun fund fundraise funer funest fungi fungus funnier funniest funny furnish furniture
furrier furriest furry further furthermore furthest fuss future fuzz gad gads gag gags gah gaier gail gain gal gambler
game gang garden gardener garlic garnish gas gate gather gauche gaudier gaudiest gaudy gave gay gayest gaze gb gear
gee geek geese geisha gelatin gene genera generate generic genius gentle gentleman gentler gentlest genuine genuiner
genuinest genus get gets ghastlier ghastliest ghost ghostlier ghostliest ghostwriter giant gianter giantest giddier
giddiest giddy gift gigantic giggle gill girl girlfriend give given glacier glad gladder gladest gladiator glare gleam
glean glib glibber glibest glide global gloomier gloomiest gloomy gloss glow glue gluten glycerin go goalie goalkeeper
goaltender god goddess gods goes gold golden golf golfer gone good goodbye goof goofier goofiest goofy goose gore gosh
gossip got gotten gought grab grade graduate graiest granary grand grandchild granddaughter grander grandest
grandfather grandma grandmother grandpa grandparent grandson granite granny graphic grapple grasp grass grate gratify
gratis grave gray grayer graze greasy great greater greatest greed greedier greediest greedy green greener greenest
greet greier grenadier grew grey greyest grid grieve grill grim grimest grimmer grind grip grislier grisliest groom
groovier grooviest groovy gross grosser grossest ground groundbreak grow grown growth grr gruel gruesome gruesomer
gruesomest grumble guarantee guaranteed guard guess guest guide guilty gulp gum gun guns guru gurus guy guys gypsy
hack had haha hahaha hai hair hairdresser hairstylist hairy half halibut hall hallelujah halo ham hammer hamper hams
hand handle handsome handsomer handsomest handsy handy hang hanker happen happier happiest happy harangue harass
harbour hard hardcore harder hardest hardier hardiest hardy harm harsh harsher harshest harvest hash hashish haste
hasten hatch hate haunt have haven haze hazel he head headier headiest headphone heady heal hear heard heartier
heartiest heartwarm hearty heat heaven heavenlier heavenliest heavier heaviest heavy heck hedge hee heftier heftiest
hefty heighten heir heist held hella hellish hello help hence herb here hermit hero heroine hesitant hesitanter
hesitantest hey hg hi hid hidden hide high higher highest highfalutin highlight highrise hijack hike hill hillier
hilliest him hinder hint hippopotami hippopotamus hire hispanic historian history hit hits hoary hobby hobo hockey
hoist hold hole holla hollow hollower hollowest holy home homelier homeliest homesick homework hone honest honesty
honey honor honorary honour hook hooky hooray hooyah hop hope hops hormone horrific horrify horse horseradish hospital
hospitality host hostage hostess hostile hot hotter hottest house housekeeper how however howl hug huge huger hugest
hugs huh human humane humanitarian humble humbler humblest humdrum humid humider humidest humiliate humph hung hunger
hungrier hungriest hungry hunker hunt hunter hurrah hurray hurry hurt husband hush hussy huzzah hygienist hz i ice
icier iciest icon icy ideal idle idler idlest idol if ignorance ignorant ignore il ill illegal illegitimate iller
illest illicit illiterate illuminate illustrate illustrator imagine imbue immature immediate immense immerse immigrant
imminent impact impale impart impatience imperfect imperil impinge implicit implode impolite import importance
important impose impoverish impress impressionist imprison improper improv improve in inaccurate inadequate inane
inappropriate inasmuch incel inch incident incite incline include incomplete inconsiderate incorporate incorrect
increase incumbent indebt indeed indefinite independent indeterminate index indicate indie indirect individual indoor
indulge indulgent inept inert infant infect inferior infest infinite inflate influence inform infrequent infuriate
infuse ingest ingrown inhabit inhabitant inhale inhibit inhibitory initiate injure ink inks innate inner innocent
innovate innovator inordinate inquire insane insect insecure insecurer insecurest insert inside insignificant insist
insoluble insolvent inspect inspector inspire install installer instant instead instigator instil institute instruct
instructor insubordinate insult insure intact integrate intellect intellegent intellegenter intellegentest intend
intense intensify intent interact interdependent interest interface interim intermediate intermediater intermediatest
internet interpret interrupt interstate interview intimate intimater intimatest intimidate into intoxicate intrigue
introduce intrude inundate invade invent inventor invert invertebrate invest investigator invigorate invite invoice
invoke involve irate irk irks iron irrelevant irritate isolate issue it jade jag jags jam jams jasmine jay jays jazz
jean jeez jellyfish jester jewel jewelry jittery jog jogger jogs join joke jolie jollier jolliest jot jots journal
journalist joy joys judge juggle juggler juice juicier juiciest juicy jump junior jupiter just justice justify
juvenile juxtapose k kaput karate kb keel keen keener keenest keep kelvin kept key keynote keys kg kick kid kidnap
kids kill kin kind kinda kinder kindergarten kindest king kins kinsman kinswoman kiss kitten kitty km knead kneel
knelt knew knit knock know knowledge known label labor laboratory laborer labour lace lack lad lads lady lag lags lah
laid laier laiest lame lamer lamest land landlord lane languid languish lap laps large larger largest larva larvae
lash lass last laster latch late later latest latter laugh laughter launch launder laureate lawyer lay layer layman
lays lb le leach lead leader leaf leak lean leaner leanest leap leapt learn lease least leather leave lecture led
leech leerier leeriest leery left legal legend legendary legitimate leh leisure lend lengthen lent leo leos les less
lessen lesser let lethal lets level levy lewd lewder lewdest libretti libretto lice license lick lie lied lies
lieutenant lifesave lift light lighten lightweight like likelier likeliest likewise lil liler lilest lily lime limit
limp limper limpest line linger link lipid liquefy liquid liquidate list listen lit literary literate literature
little littler littlest live livelier liveliest liven liver livest lmao lmfao load loaf loan lobby lock lodge loftier
loftiest lofty log logic logs lol lols lonelier loneliest long longer longest longterm longtime look loose loosen
looser loosest loot lord lose loser lost loud louder loudest lousier lousiest lousy loutish love lovelier loveliest
lover low lower lowest lowlier lowliest loyal loyaler loyalest luck luckier luckiest lucky luddite luggage lump lunch
lurk lush lust m macabre machinery macho mad madden madder made madest magenta magic magician magistrate magnate mail
maim main mainstream maintain majesty major make maker makeshift male mammal mammalian mammoth man manage manager
mandate mandatory mandible maniac manifest manner manoeuvre mans manufacture many map maps marine maritime market
marry mars martyr masculine mash mask master mat match mate matriarch matrix mats matter mature maturer maturest
maverick max may maya maybe mayor mb me meager mean meander meaner meanest meant meanwhile measlier measliest measure
meat meatier meatiest meaty mechanic medal media median medic mediocre meditate medium meek meeker meekest meet mega
meh mellow mellower mellowest melody melt memoranda memorandum men mend mentor menu menus merchandise merchant mere
merge merit merry mesmerize mess message met metal metallurgy metier metric metropolitan mg mi mic mice mics mid might
mild milder mildest military milk mime mimic mimick mince mind mine mingle mini miniature minion minister minor minus
minuss mirror mischief misfit misplace miss missus mistake mister mistier mistiest mistook misty mitigate mitten mix
ml mm mmm mobile mock model moderate moderater moderatest moderator modernist modest modify moduli modulus mogul moist
moister mold moldy molest mom mommy moms monarch money monitor monk monkey monochrome monogamy moodier moodiest moody
moose moot mop mops moral morbid more moreover mortal mosque mosquito most mother motivate mould mount mourn mouse
mouth move movie mow mows mph mps much muddle muddy mull multiple mum mumble mummy mums mundane mundaner mundanest
mural murder music musician must mute muter mutest mystic mystify nag nags nah nail naiver naivest name nanny narcotic
narrator narrow narrower narrowest nat nats naval navigate nay near nearby nearer nearest neat neater neattest nebula
nebulae necessary need neglect negotiate neice neighbor neither nemesis nephew neptune nerd nerdier nerdiest nerdy net
nets network neurosis new newer newest news newton next nibblier nibbliest nice nicer nicest niece nimble nimbler
nimblest nite nitrate no noble nobleman nobler noblest noblewoman nobody nod nods noisier noisiest noisy nomad
nonchalant nondescript nonprofit nonstop nope nor norm normal normaler normalest north northeast northwest nosier
nosiest nosy notary note notice nourish novel novice now nuclei nucleus nude numb number numbest nun nuns nurse
nurseryman nurture nutella nuts oatmeal obediant obedient obese obey object obscene obscure obscurer obscurest
observant observe obsess obsolete obtain occupant occupier occupy occur ocean octopi octopus odd odder oddest of off
offbeat offend offer offhand officer offline offset often oh ohh oi oil oilier oiliest oils oily ok okay old older
oldest ollay omg omit on onboard once ones online only onto ooh ooo oops ooze open opener openest opera operate
operator opiate opine oppose opposite oppress opt optimist optometrist opts opus or oracle orange oranger orangest
orbit ordeal order organic organise organize organizer orient originator orotund orphan other otherwise ouch ought
oughta out outcast outdone outdoor outer outgo outgrew outgrow outgrown outlaw outline outnumber outpace outright
outside outspoken outstand outstood ova oval oven over overall overarch overboard overcame overcome overdone overdue
overhand overhead overlap overlook overnight overpass overpower override overrode oversaw oversee overseen overshadow
overt overtaken overthrown overtime overturn overuse overview overweight overwhelm overwrought ovulate ovum ow owe
owed owes own owner ownest owns ox oxen oxygen oy oz pa pack package paddy page paid paint painter pair paise pal pale
paler palest pals pamper pan panellist panic pans paradise parallel paralyse paranoid parent parental parenthesis
pariah parish park part participate partisan partner party pass passionate past paste pastor patch pate patent
pathogen patience patient patriarch patriot patrol patron pats patsy pause pave pawn pay pays peace peacekeep
peacekept peak peanut pearl pedal pedestal pee peel peer pees pen pencil pend penny pens pent people per percentage
perfect perfecter perfectest perform performer perfume perish permanent permeate permit perplex persevere persist
person persuade pert pertinent pervade perverse pessimist pet petal petite petrol pets peyote pff phantom pharmacist
phase phenomena phenomenon phew philosopher phone phonier phoniest phony phooey photocopier photograph photographer
phrase physician picayune pick picnic pie pier pies pig piggy pigs pile pilgrim pilot pin pine pink pinker pinkest
pinpoint pins pioneer pipe piss pit pits pity pivot place placid plaid plain plainer plainest plan planner plant
plaque plastic plate play player playmate playwright plce plead pleasant pleasanter pleasantest please plebiscite
plenty pls plug plumber plummet plump plunge plus pluto plz poach podcaster poet point pointy poison pol police
policeman polish polite politer politest politician poll pollen pollute pols polygamy pool poop poor poorer poorest
pop poppy pops populist pore pork pornstar portal portray pose possess post potter pound pour pow power practice
practitioner praise prankster prattle pray preach preacher preamble precede precise preclude predetermine predict
prefer pregnant pregnanter pregnantest premature premia premier premise premium preoccupy prepaid prepare presense
present presenter presentest preserve president press pressure presuppose pretend pretense prevail prevent prey price
priceier pricey priciest pricklier prickliest pride priest priestess prima primary prime primer primest prince
princess principal print prior prisoner pristine private pro probe problem proceed process proclaim procure prod
prodigy produce producer profane profess professor profile profound profounder profoundest profuse progenitor progeny
prognosis program programme programmer progress prohibit project prolong prominent promise promote prompt prompter
promptest pronounce prop proper prophet proportionate propose pros prospect prospector prosper prostate prostitute
protect protest protrude proud prouder proudest prove proven provide provoke proximate prune psst psych psychologist
pt public publish puke pull pump punch punier puniest punish punjabi punk puny pupil puppy purchase pure purer purest
purple purpler purplest purport purpose pursuant pursue push pussy put puts putty puzzle px pyramid qt qua quack
quacker quackest quaint quainter quaintest qualify quarterback quash queen quench quick quicker quickest quiet quieter
quietest quit quite quiver quiz quote quotient rabbi rabbis rabid race racist rack radii radius rage raggeder
raggedest rain rainier rainiest rainy raise rake ramble rampant ran randier randiest random randomer randomest randy
rang range rank rant rap rape rapid rapider rapidest rapper raps rare rarer rarest rash rat rate rather ratify rats
rattle rave raven ravish raw rawer rawest ray rays reach react read readier readiest ready real realer realest realise
realist realize reap rear reason reassure rebate rebel reboot rebuff rebuttal recalcitrant recall recent receptionist
recipient recital reckon reclaim recluse recognize recommend reconcile recondite record recoup recover recruit
recruiter recycle red redact redefine reder redest redid redo reduce redundant reed reel refactor reference referenda
referendum referent referral refinance refine reflect refocus reform reformer refract refresh refuel refugee refund
refurbish refuse regard register regret regroup regulate rehearse reheat reign reimburse rein reinforce reject rejoice
rejuvenate relate relax release relent relevant relieve relinquish relish reload reluctant rely remade remain remake
remark remedy remember remote remoter remotest remove render renew renounce rent rental reorder repair repeal repeat
repel rephrase replace replenish replicate replicater replicatest report reporter represent reprobate republic
republican request require rerun research researcher resemble resent reserve reside resident resign resist resistant
resolute resolve resonant resort respect respite respond rest restart restock restore restrain restrict restructrue
restructure result resume resurface retire retrieve retrofit return reup revamp reveal revel revere reverend reverse
revert review revisit revitalise revitalize revoke revolutionary revolve reward rewritten rex rhetoric rheumatoid
rhyme rice rich richer richest rid ridden ride rids right righter rightest ring riot rip ripe ripen riper ripest rips
rise risen risk rite ritual ritzier ritziest ritzy rival rivetung roam roar roast robin robust rock rod rode rodent
rodeo rods rogue roll romantic roof roofer rookie room roomier roomiest roomy root rope rose rosier rosiest rosy rot
rots rotten rough rougher roughest round rout route routine row rows royal rub rubbish rubs ruby rude ruder rudest
ruin rule ruler run rung runningback runs rush rust rustier rustiest rustle rusty sack sacrifice sad sadden sadder
sadest safe safeguard safer safest safety sage said sail sailor saint saintlier saintliest salary salmon salt saltier
saltiest salty same sample sand sandier sandiest sandwich sandy sang sank sans sapien sat satisfactory satisfy satish
saturate saturn save savvier savviest savvy saw say says scale scan scantier scantiest scanty scar scarce scarcer
scarcest scare scarier scariest scarlet scary scatter scavenge scenery scent schedule scholar school scientific
scientist scion scorch score scout scrape scratch scream screech screen screenwriter screw scribble scroll sculpt
sculptor seal search seat secondary secret secretary sect secure securer securest sedate sedater sedatest see seed
seek seem seen sees seldom select selecter selectest self selfish sell seminar senate send senior sense sensory sent
sentence separate separater separatest sequester serene sergeant servant serve service servitor set sets settle sever
severe severer severest sew sewn sews sex sexier sexiest sexy shack shade shadier shadiest shady shake shaken shall
shallow shallower shallowest shaman shant shape share sharp sharpen sharper sharpest shatter shave she shed sheep
sheer sheesh sheild sheilt shelter shepherd shhh shift shine shinier shiniest shiny ship shit shiver shock shoe shone
shoo shook shoot shop shore short shortage shorten shorter shortest shot should shout show showgirl showman shown
showrunner shrank shrill shriller shrillest shrink shrivel shrunk shuffle shun shut shy shyer shyest sic sick sicker
sickest sicklier sickliest side sift sign signal signatory significant silence silk sillier silliest silver simple
simpler simplest simplify simulate since sincere sing singer single sinister sink sinner sip sips sissy sister sit
site sits size skate skateboard skeleten ski skier skill skin skinnier skinniest skinny skirmish skis sky skyrocket
slack slain slam slay sleek sleeker sleekest sleep sleepy slender slenderest slept slice slick slicker slickest slid
slide slier sliest slight slighter slightest slim slimest slimier slimiest slimmer slimy slip slippery slipshod slit
slope slouch slow slower slowest sly small smaller smallest smart smarter smartest smash smell smellier smelliest
smile smirk smoke smooth smoother smoothest smug smuggle smuggler snake snap snatch sneak sneeze snew sniff snobbish
snow snowboard snuck snuggle so soak soap soar sob sober sobs soccer socialer socialest socialist soft softer softest
sold soldier sole solemn solemner solemnest solicit solid solider solidest soloist soluble solve solvent somber
sombrero some somebody somehow someone somewhat son sonny sons soon sooner soonest sooth soothe sorcerer sorceress
sordid sore sorer sorest sorry sort sought soul sound soundproof sour south southeast southwest sovereign soviet sow
sown sows spacecraft spam span spare sparer sparest spark sparkle sparse spat spawn speak specialer specialest
specialist specialize specific specify spectator sped speed speedy spell spellbind spend spent spice spicier spiciest
spicy spill spilt spin spiral spirit spit spite splash splay splendid split spoil spoke spoken spokesperson sponsor
spoof spot spouse sprang sprawl spray spread sprightlier sprightliest sprinkle spruce spry spun spur spy squander
square squat squatter squeamish squish stab stack staff staffer stage stagger stain stake stale staler stalest stalk
stall stalwart stamp stand standard staple star stare stark starker starkest start startle starve state statelier
stateliest statesman static statistic statute statutory stave stay steadfast steadier steadiest steady steal steam
steel steep steeper steepest steer stem step stepbrother stepchild stepfather stepmother stepsister stereotype sterile
sterner sternest stick stiff stiffen stiffer stiffest stifle still stimulate stimuli stimulus stink stipend stir
stitch stockpile stole stolen stomach stone stood stoop stop store storm storytellung stout straier straiest straight
straighten straighter straightest straightforward strain strange stranger strangest strangle strategy stray stream
streamer strengthen stress stretch strew strewn strict stricter strictest strike stringent strip stroke strong
stronger strongest strove struck struggle stubborn stuck student study stuff stumble stump stun stung stunk stupid
stupider stupidest sturdier sturdiest sturdy style stylish sub subject sublimate sublime submerge submit subordinate
subpar subs subsequent subside subsidize subsist substandard substantialer substantialest substrate subtle subtler
subtlest subtotal subtract suburban subvert succeed succinct succumb such suck sudden suddener suddenest sued suffer
suffice sugar suggest suit suite sultan sum summarise summer summon sums sung sunk sunrise sunshine super superb
superficialer superficialest superhero superhuman superintendent superior superstar supervisor supervisory support
suppose suppress supreme sure surer surest surf surface surfer surge surgeon surmount surpass surprise surreal
surrealer surrealest surrogate surround survey survivor sushi suspect suspecter suspectest suspend suss sustain
swallow swam sway swear sweat sweep sweeper sweet sweeten sweeter sweetest sweetheart swell swept swift swifter
swiftest swim swipe switch swore sworn swum swung syllabi syllabus symbolic synergy synopsis system tableau tableaux
tablespoon taboo tack tackle tactic tag tags tailor take taken talent talk tall taller tallest tame tamer tamest
tamper tan tangle tans tantalize taoiseach target tarnish tart tarter tartest taste taught tawdrier tawdriest tawdry
tax tb tbl tbsp tea teach teacher team tear tease teaspoon technician technologist tee teen teenage teenager tees
teeth tell temper temperate template temporary tempt tenant tender tenderest tennis tense tenser tensest terminal
terrific terrify terrorist tertiary test tester testy text tha than thank that the thee them then therapist there
thereby therefore these thesis they thick thicker thickest thief thin thingy think thinner thinnest thirstier
thirstiest thirsty this tho thorny those thou though thought thread threaten threesome threw thrill through throughout
throw thrown thru thrust thunder thus thwart tic tick tics tide tidier tidiest tidy tie tied tier ties tight tighten
tighter tightest tiktoker til tile till time timelier timeliest tin tinier tiniest tiny tip tips tire to toddler
together token told tolerant toll tone tonight tonite too took tooth toothpaste top topic topple tops tore torn
tornado torpid torque torture toss total touch tough toughen tougher toughest tour tourist toward townfolk townsfolk
track trade trader traffic traffick tragedy train tramp trample tranquil tranquiler tranquilest transact
transcriptionist transfer transform transparent transpire transport trap travel traveler treat treatise trek tremble
trenchant trend trendier trendiest trendsetter trendy tribe tribunal tributary tribute trick trickle trifle trigger
trim trinity trip trite trooper trot trouble trough trout true truer truest trust try tsk tsp tuck tumble tummy tuna
tune tungsten tunic tunnel turn tutor tuxedo tv tvs twice twin twist tycoon type tyranny ugh uglier ugliest ugly uh
uhh uhm ultimate ultra uncle uncover under underage undercover undercut underestimate undergo undergone undergraduate
underground underhand underneath understand understood undertake undertone undertook undervalue underwater underway
underwear underweight underwent underwhelm underwriter undid undo undone undue unearth uneven unfair unfold unforeseen
unheard unify unique unite universal unknown unleash unlike unlock unmet unnerve unpaid unplug unravel unseen unsettle
unsold unspent unspoken untie until untold unveil unwieldy up upbeat update upgrade upheld uphold uplift upload upon
upper uppity uprisen upscale upset upside uptight uranus urban urbanite urge urgent urinal us use used user uses usher
usual utter utterest uttermost vacant vacuum vagabond vagrant vague vaguer vaguest vain vainer vainest validate value
van vanilla vanish vans vapor variant variety varnish vary vast vaster venture venus verdant verdanter verdantest
verdict verify vernacular versatile versus vertebra vertebrae vertebrate very vet veteran veterinarian vets vex via
vibe vibrant vie vied vies view vigilant vile villain vinegar viola violence violet vip vips virus visionary visit
visitor visualize vitae vocabulary voice void voila volatile volcano voltage volunteer vomit vote vow vows voyager
vulgar vulgarest wafer wahoo waist wait waiter wake waken walk wander wanderer wang want wanton war ward warehouse
warier wariest warm warmer warmest warmth warn warp warrant warrior wars wary wash waste wat watch water watery wave
wax way ways we weak weaken weaker weakest wean wear wearier weariest weary weather weatherman weatherproof weave wed
weds wee weed weep weigh weird weirder weirdest welcome welder well went wept wet wets wetter wettest whack whale what
whatever whatsoever whee wheel when whenever where whereby wherever whether whew which whichever while whilst whinier
whiniest whiny whip whisk whisky whisper whistle white whiter whitest who whoa whoever whole wholesale whom whose why
wick wickeder wickedest wide widen wider widespread widest wield wife wild wilder wildest wildlife wilier wiliest will
wily wimp win wind windier windiest windy wine wing winner wins wipe wire wirier wiriest wiry wise wiser wisest wish
witch with withdraw withdrawn withdrew wither within without wizard woken woman women won wonder wood wooden woodier
woodiest woody wool woozy word wore work worker workshop worn worry worse worsen worst worth worthwhile would wound
wove woven wow wrap wreak wreck wrestle wrestler wrier wriest wrinkle write writer written wrong wronger wrongest
wrote wrought wroughter wroughtest wrung wry wtaf wtf ya yaa yah yammer yard yawn yay yd yea yeah yearn yell yellow
yellower yellowest yep yes yet yield yipee yippee yogi yogis you young younger youngest youth youtuber yuck yup zanier
zaniest zany zip zips zombie zone zonk zoom
`.split(/\s+/).filter((w) => w !== ''));
