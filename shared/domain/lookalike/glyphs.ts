/**
 * Characters that pass for others at a glance. Three uses: the homoglyph fuzzer substitutes them, the
 * cyrillic fuzzer rewrites a whole label in Cyrillic (which browsers' mixed-script checks do not catch),
 * and the classifier folds any of them back to Latin (a "skeleton", after Unicode TR #39) so a variant
 * with any number of swaps is caught even if the fuzzer never produced it.
 */

/** Look-alikes per Latin letter or digit: accented and IPA Latin, Greek, Cyrillic, and ASCII sequences. */
const LOOKALIKES: Record<string, readonly string[]> = {
  '0': ['o'],
  '1': ['l', 'i'],
  '2': ['ƻ'],
  '3': ['8'],
  '5': ['ƽ'],
  '6': ['9'],
  '8': ['3'],
  '9': ['6'],
  a: [...'àáâãäåāăąǎȧạɑəα', 'а'],
  b: ['d', 'lb', ...'ʙɓḃḅḇƅ'],
  c: ['e', ...'çćĉċčƈᴄ', 'с'],
  d: ['b', 'cl', 'dl', ...'ďđɖɗḋḍḏḑḓ', 'ԁ'],
  e: ['c', ...'èéêëēĕėęěȩɇẹḛ', 'е'],
  f: [...'ƒḟ'],
  g: ['q', ...'ĝğġģǥǧǵɡɢ', 'ԍ'],
  h: ['lh', ...'ĥħȟɦḣḥḧḩḫẖⱨ', 'һ'],
  i: ['1', 'l', ...'ìíîïĩīĭįǐȉȋıɨɩɪỉịι', 'і'],
  j: [...'ĵǰɉʝ', 'ј'],
  k: ['lk', 'ik', 'lc', ...'ķḳḵⱪᴋκ'],
  l: ['1', 'i', ...'ɫł', 'ӏ'],
  m: ['n', 'nn', 'rn', 'rr', ...'ḿṁṃɱᴍ'],
  n: ['m', 'r', ...'ñńņňǹṅṇṉꞑ'],
  o: ['0', ...'òóôõöōŏőơȯọỏᴏο', 'о'],
  p: [...'ƥƿṕṗρ', 'р'],
  q: ['g', 'ʠ', 'ԛ'],
  r: [...'ŕŗřȑȓɍɼɽɾʀṙṛṟ'],
  s: [...'śŝşšșʂṡṣꜱ', 'ѕ'],
  t: [...'ţťŧƫțṫṭ'],
  u: [...'ùúûüũūŭůűųưǔȕȗʉụᴜυ'],
  v: [...'ṽṿᶌⱱⱴᴠν', 'ѵ'],
  w: ['vv', ...'ŵẁẃẅẇẉẘⱳᴡ', 'ԝ'],
  x: [...'ẋẍχ', 'х'],
  y: [...'ýÿŷƴȳɏẏỵỿʏ', 'у'],
  z: [...'źżžƶʐẓẕⱬᴢ'],
};

/** Cyrillic letters that, written in place of every Latin letter of a label, read as the Latin word. */
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'ь',
  c: 'с',
  d: 'ԁ',
  e: 'е',
  g: 'ԍ',
  h: 'һ',
  i: 'і',
  j: 'ј',
  k: 'к',
  l: 'ӏ',
  m: 'м',
  o: 'о',
  p: 'р',
  q: 'ԛ',
  s: 'ѕ',
  t: 'т',
  v: 'ѵ',
  w: 'ԝ',
  x: 'х',
  y: 'у',
};

export function lookalikesOf(char: string): readonly string[] {
  return LOOKALIKES[char] ?? [];
}

/** The label rewritten in Cyrillic, or null if any of its letters has no Cyrillic twin. */
export function toCyrillic(text: string): string | null {
  let out = '';
  for (const char of text) {
    if (/[a-z]/.test(char)) {
      const twin = CYRILLIC[char];
      if (!twin) return null;
      out += twin;
    } else out += char;
  }
  return out === text ? null : out;
}

/** "Cyrillic 'о'", "Greek 'ο'", "Latin 'á'" or "'rn'": what the substituted glyph is, for a reason. */
export function describeGlyph(glyph: string): string {
  const code = glyph.codePointAt(0)!;
  if (code < 0x80) return `'${glyph}'`;
  if (code >= 0x0400 && code <= 0x052f) return `Cyrillic '${glyph}'`;
  if (code >= 0x0370 && code <= 0x03ff) return `Greek '${glyph}'`;
  return `Latin '${glyph}'`;
}

/** Every non-ASCII look-alike, mapped back to the letter it imitates. */
const FOLD: ReadonlyMap<string, string> = (() => {
  const fold = new Map<string, string>();
  for (const [letter, glyphs] of Object.entries(LOOKALIKES)) {
    for (const glyph of glyphs) if (/[^\x00-\x7f]/.test(glyph) && !fold.has(glyph)) fold.set(glyph, letter);
  }
  for (const [letter, glyph] of Object.entries(CYRILLIC)) if (!fold.has(glyph)) fold.set(glyph, letter);
  return fold;
})();

/**
 * The Latin skeleton of a Unicode hostname: look-alike letters folded to the letter they imitate,
 * remaining accents stripped, then the ASCII tricks undone ('rn' → 'm', 'vv' → 'w', '0' → 'o',
 * '1' → 'l'). Two names with the same skeleton look the same to a hurried reader.
 */
export function skeleton(unicode: string): string {
  let out = '';
  for (const char of unicode.toLowerCase()) {
    const folded = FOLD.get(char);
    out += folded ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/1/g, 'l');
}
