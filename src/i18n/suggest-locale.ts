// Picks the site language that best matches the browser's preferences, for a suggestion only.
/** `available` are lower-case BCP 47 tags ('ja', 'zh-cn', 'pt-br'). Returns one of them or null. */
export function suggestLocale(preferred: readonly string[], available: readonly string[]): string | null {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    if (available.includes(tag)) return tag;
    // zh-Hans, zh-SG and plain zh read Simplified Chinese; pt-PT readers still prefer pt-BR to English.
    const language = tag.split('-')[0] ?? '';
    if (language === 'zh' && /^(zh|zh-hans.*|zh-sg|zh-cn)$/.test(tag) && available.includes('zh-cn')) return 'zh-cn';
    if (language === 'fil' && available.includes('tl')) return 'tl';
    const sameLanguage = available.find((a) => a.split('-')[0] === language);
    if (sameLanguage && language !== 'zh') return sameLanguage;
  }
  return null;
}
