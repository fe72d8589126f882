/**
 * Common given names by the gender they usually mark, for resolving "he" and
 * "she" to the right person when the article itself gives no title or
 * pronoun near the name. Deliberately short: frequent English-language news
 * names and common international ones; an unknown name decides nothing.
 */
export const MALE_NAMES = new Set(`
aaron adam adrian ahmed alan albert alejandro alex alexander alexei ali andre andrew andrei angel anthony antonio
arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan
brett brian bruce bryan carl carlos charles charlie chris christian christopher chuck clarence clint colin craig
dale dan daniel danny darrell dave david dennis dick dmitry don donald doug douglas duncan dwight earl ed eddie
edward emmanuel eric ernest evan frank franklin fred gary gavin gene george gerald glenn gordon greg gregory hank
harold harry hassan henry howard hugh ian ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey
jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin
keith ken kenneth kevin kim kirk kurt larry lee leon lindsey louis luis luke marco marcus mark martin matt matthew
michael miguel mike mitch mitt mohammed muhammad narendra nathan neil nicholas nick nicolas nigel noah oliver
omar oscar patrick paul pedro peter phil philip rahm ralph rand randy ray raymond reince rex richard rick rob
robert roberto rodrigo roger ron ronald rudy russell ryan sam samuel scott sean sergey sergei seth shawn sherrod
stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey tyler victor vince
vincent vladimir walter wayne william willie xi yuri zach
`.trim().split(/\s+/));

export const FEMALE_NAMES = new Set(`
abigail alexandra alice alicia alison amanda amber amy andrea angela angelina ann anna anne annie barbara betsy
betty beverly brenda brittany carla carly carol caroline carolyn catherine cathy chelsea cheryl christina
christine claire cynthia dana daniela deborah debbie debra denise diana diane donna doris dorothy elaine elena
elisabeth elise elizabeth ellen emily emma erin evelyn frances gabriela gail gina gloria grace hannah heather
heidi helen hillary holly huma ivanka jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanna
joanne jodi joni joyce judith judy julia julie karen karin kate katherine kathleen kathy katie kayleigh kellyanne
kelly kim kimberly kirsten kristen laura lauren linda lisa liz loretta lori louise lucy lynn madeleine marcia
margaret maria marie marilyn marine marsha martha mary megan megyn melania melissa michelle mitzi monica nancy
natalie nicole nikki nina olivia pam pamela patricia paula penny rachel rebecca rose ruth sally samantha sandra
sara sarah sharon sheila shirley sonia stephanie susan susana suzanne tammy teresa theresa tina tracy tulsi
valerie vanessa victoria virginia wendy yvonne zoe
`.trim().split(/\s+/));

/** A known given name of either gender: "Hillary", "Frank", "Will" is not. */
export function isFirstName(word: string): boolean {
  const key = word.toLowerCase();
  return MALE_NAMES.has(key) || FEMALE_NAMES.has(key);
}
