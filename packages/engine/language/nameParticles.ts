/**
 * Lower-case particles of surnames ("da" in "Monteiro da Silva", "van der" in "Anna van der Berg"): the
 * spelling rule accepts them between names, and a signature line may hold them ("Sanne de Vries").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'binti', 'da', 'das', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu']);
