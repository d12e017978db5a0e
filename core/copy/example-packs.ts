import polish from '../../content/language-packs/pl-example.json';
import urdu from '../../content/language-packs/ur-example.json';

/**
 * The two example language packs shipped with Coplan: one right to left, one left to right. They
 * are marked "example, not clinically reviewed" and checked like any trust's pack before use.
 */
export const EXAMPLE_LANGUAGE_PACKS: unknown[] = [urdu, polish];
