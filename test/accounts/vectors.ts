/**
 * Published test vectors for account numbers, each list with its source. Nothing here is
 * invented: every value is copied from the file named above it.
 */

/**
 * SWIFT IBAN registry, "IBAN electronic format example" of each country. Source: the registry
 * file as kept by iban4j, github.com/arturmkrtchyan/iban4j `src/test/resources/iban_registry_0.txt`
 * (commit 3aa30ecdd3d9df51ec8e0bb1660aee5a7067c333).
 */
export const SWIFT_REGISTRY_EXAMPLES: Readonly<Record<string, string>> = {
  NO: 'NO9386011117947',
  SE: 'SE4550000000058398257466',
  DK: 'DK5000400440116243',
  FI: 'FI2112345600000785',
  DE: 'DE89370400440532013000',
  GB: 'GB29NWBK60161331926819',
  FR: 'FR1420041010050500013M02606',
  NL: 'NL91ABNA0417164300',
  CH: 'CH9300762011623852957',
  // Countries with a national check digit (same source).
  BE: 'BE68539007547034',
  ES: 'ES9121000418450200051332',
  IT: 'IT60X0542811101000000123456',
  PL: 'PL61109010140000071219812874',
  PT: 'PT50000201231234567890154',
  SI: 'SI56263300012039086',
  EE: 'EE382200221020145685',
  HR: 'HR1210010051863000160',
  CZ: 'CZ6508000000192000145399',
  SK: 'SK3112000000198742637541',
  HU: 'HU42117730161111101800000000',
  IS: 'IS140159260076545510730339',
  MC: 'MC5811222000010123456789030',
  SM: 'SM86U0322509800000000270100',
  BA: 'BA391290079401028494',
  ME: 'ME25505000012345678951',
  MK: 'MK07250120000058984',
  RS: 'RS35260005601001611379',
  TN: 'TN5910006035183598478831',
};

/** The same examples in print format (same source, "IBAN print format example"). */
export const SWIFT_REGISTRY_PRINT_EXAMPLES: readonly string[] = [
  'NO93 8601 1117 947',
  'SE45 5000 0000 0583 9825 7466',
  'DK50 0040 0440 1162 43',
  'FI21 1234 5600 0007 85',
  'DE89 3704 0044 0532 0130 00',
  'GB29 NWBK 6016 1331 9268 19',
  'FR14 2004 1010 0505 0001 3M02 606',
  'CH93 0076 2011 6238 5295 7',
];

/**
 * Valid IBANs found in use, Norwegian and Spanish ones in particular (their national check
 * digits are verified). Source: python-stdnum, github.com/arthurdejong/python-stdnum
 * `tests/test_iban.doctest` ("These should all be valid numbers").
 */
export const STDNUM_VALID_IBANS: readonly string[] = [
  'NO 02 15037577003', 'NO 05 15030383041', 'NO 0560110516994', 'NO 0571 3905 25162', 'NO 0828014322061',
  'NO 1232600465693', 'NO 19 4920 06 96270', 'NO 21 650 405 251 19', 'NO 2342009668904', 'NO 26 7032 0516 038',
  'NO 3036245391786', 'NO 31 6018 04 47124', 'NO 33 4270 06 08551', 'NO 35 9650 05 73667', 'NO 39 4750 07 95936',
  'NO 39 6318 05 01489', 'NO 39 7874 0597 506', 'NO 40 1503 7355 353', 'NO 402333 06 01019', 'NO 43 651 204 471 94',
  'NO 44 1850.05.14562', 'NO 4575600702548', 'NO 5314300642641', 'NO 57 78740655867', 'NO 5997501101463',
  'NO 62 650 204 441 20', 'NO 6865040505746', 'NO 6940872430085', 'NO 6947780786090', 'NO 71 7694 05 00903',
  'NO 7615030839797', 'NO 89 42004151326', 'NO 91 16024246306', 'NO05 7058 0555 568', 'NO07.8380.08.06006',
  'NO1782000193468', 'NO2476940517075', 'NO38 8200 06 10190', 'NO4697500641723', 'NO5876940518888',
  'NO71.4202.47.14777', 'NO77 7694 0511 077', 'NO89 4760 5692 776', 'NO8976940512510', 'NO9832271000153',
  'ES 58 0049 0290 3424 1352 8341', 'ES04 0075 0078 0605 0005 0355', 'ES0521053014113400002160',
  'ES10 0075 0080 11 0600658108', 'ES15-0049-1806-9121-1186-9374', 'ES2030810089311100269222',
  'ES24 2090 3191 1400 4012 1040', 'ES27 3183 1500 9600 0121 0562', 'ES28 2104 0485 5390 6968 2983',
  'ES29 2100 2815 9822 0059 9427', 'ES37 2038 8700 7861 0000 9781', 'ES39 0081 0294 66 0001238624',
  'ES58 1465 0100 9719 0014 4593', 'ES59 0049 5030 1129 1601 1246', 'ES62 2100 4288 5922 0010 4465',
  'ES72 2013-0692-81-0201150993', 'ES72 2048 1075 8334 0000 2171', 'ES81 0081 5515 2900 0157 5763',
  'ES8521005731710200031769', 'ES86 2013 0095 1102 0142 6812', 'ES86 30580157682720001384',
  'ES88 2095 0497 9191 0708 8631', 'ES98 0049 5442 2227 1606 6973', 'FI5542345670000081',
  'CZ94 5500 0000 0010 1103 8930', 'MC11 1273 9000 7000 1111 1000 h79', 'ME 25 5403 0000 2379 9201 09',
  'ME 2551 0000 0000 0623 4133', 'SI56 1910 0000 0123 438',
];

/** Wrong MOD 97 check digits. Source: python-stdnum `tests/test_iban.doctest` ("broken checksums or are mangled"). */
export const STDNUM_BAD_CHECKSUM: readonly string[] = [
  'AL48212110090000000235698741',
  'AD1210012030200359100100',
  'AT611804300234573201',
  'BG80BNBG99611020345678',
  'CY17002001281000001200527600',
  'DK5000400440116342',
];

/**
 * Wrong MOD 97 check digits: `AT621904300234573201` (expected 61). Source: iban4j
 * `src/test/java/org/iban4j/InvalidIbanValidationTest.java` (ibanValidationWithInvalidCheckDigit).
 */
export const IBAN4J_BAD_CHECKSUM = 'AT621904300234573201';

/** Wrong length but a valid checksum. Source: python-stdnum `tests/test_iban.doctest`. */
export const STDNUM_WRONG_LENGTH: readonly string[] = ['AD48 0001 2030 2003 5910 01', 'AT93 1904 3002 3457 3201 99', 'BE36 5390 0754 7034 1234', 'BA30 1290 0794 0102 84'];

/** Letters where digits belong (or the reverse), or an unknown country. Source: python-stdnum `tests/test_iban.doctest`. */
export const STDNUM_BAD_STRUCTURE: readonly string[] = ['BG93 BNBG 9661 1A20 3456 78', 'GI22 NW3K 0000 0000 7099 453', 'NL56 3003 0A17 1643 00'];

/**
 * A valid MOD 97 checksum but a wrong national check digit. Sources: iban4j
 * `src/test/java/org/iban4j/countryrules/NationalCheckDigitAlgorithmTest.java` (commit
 * 2838de4e48aa2cb0840fe9eab011c42a0b59c9ae) for NO, BE, ES, FI, FR, IT, PT, SI, SK, ME, MK, RS,
 * BA, TN; python-stdnum `tests/test_iban.doctest` for the two Spanish ones at the end.
 */
export const BAD_NATIONAL_CHECK: Readonly<Record<string, string>> = {
  NO: 'NO5086011117945',
  BE: 'BE19539007557034',
  ES: 'ES4221000418450200061332',
  FI: 'FI9112345600000786',
  FR: 'FR6020041010050500013M52606',
  IT: 'IT33X0542811101000000123457',
  'IT (letter on an even place valued A = 10)': 'IT56H05428111010A0000123456',
  PT: 'PT52000201231234567850154',
  SI: 'SI72191000000123538',
  SK: 'SK4712000000198742637641',
  ME: 'ME58505000012345678551',
  MK: 'MK40250120000058584',
  RS: 'RS67260005601001611579',
  BA: 'BA551290079401028594',
  TN: 'TN1110006035183598478531',
  'ES (stdnum 1)': 'ES2121000418450200051331',
  'ES (stdnum 2)': 'ES89 3183 1500 9500 0121 0562',
};

/** Valid with national check digits, extra cases. Source: iban4j NationalCheckDigitAlgorithmTest.java. */
export const IBAN4J_VALID_NATIONAL: readonly string[] = ['ES4000495525592810597769', 'IT17X05428111010A0000123456', 'SI56191000000123438'];

/**
 * BICs found in use; all valid. Source: python-stdnum `tests/test_bic.doctest` (a selection of
 * its list, including Kosovo's XK and the Caribbean Netherlands' BQ).
 */
export const STDNUM_VALID_BICS: readonly string[] = [
  'ABNCNL2AGIR', 'ABNNSVS2', 'ABOCCNBJ270', 'AGBMDEMM', 'AIEPSGSGIWC', 'BKCHJPJTOTM', 'BNPAFRPPAUX', 'BOFAIE3XFUT',
  'CITGUS44EHP', 'CRESCHZZ12Q', 'DABAFIHHHAM', 'DEUTESBBAP2', 'DKNBDKKKPLL', 'HABAEE2XTIP', 'HANDPLPW', 'KBNONO22',
  'LIVEDKKK', 'LNLNNOB2D01', 'MCBKBQBN', 'NLPRXKPR', 'RIKOEE22', 'RIKSSESSBER', 'SKFISEGA', 'TEBKXKPR030',
  'UPMKFIHH', 'WEWOUS33', 'ZBCGMEPG', 'BBICCWCW', 'RBNKSXSMANT',
];

/** Not a BIC: `IP` is not a country. Source: python-stdnum `tests/test_bic.doctest`. */
export const STDNUM_BIC_BAD_COUNTRY = 'MULTIPLE';

/**
 * US routing numbers. Sources: 111000025 valid and 112000025 with a bad checksum: python-stdnum
 * `stdnum/us/rtn.py` doctests (111000025 is also the worked example of Wikipedia's "ABA
 * routing transit number", Bank of America, Virginia); 021000021: Tazapay API reference, "ABA
 * Routing Number Validation" example; 076401251: the worked example of chenz.net, "ABA
 * Routing Number Check Digit" (2008): 0764012 5 → check digit 1.
 */
export const ABA_VALID: readonly string[] = ['111000025', '021000021', '076401251'];
export const ABA_BAD_CHECKSUM = '112000025';

/**
 * Swedish domestic account numbers. Sources: github.com/swantzter/kontonummer `test/index.test.ts`
 * (Multitude, Handelsbanken, Swedbank with five-digit clearing numbers, Nordea personkonto,
 * Klarna; the invalid Handelsbanken check digit and Swedbank clearing check digit) and
 * github.com/barsoom/banktools-se `spec/account_spec.rb` (Nordea personkonto 3300-800928-6249 and
 * the zero accounts of the type 2 ranges; its type 1 zero accounts such as 1100-0000000 are not
 * used, because banktools-se does not check type 1 check digits and they fail MOD 11).
 */
export const SE_VALID_ACCOUNTS: readonly string[] = [
  '9071, 417 23 83',
  '6789123456789',
  '8424-4,983 189 224-6',
  '8351-9,392 242 224-5',
  '8129-9,043 386 711-6',
  '3300 000620-5124',
  '97891111113',
  '3300-800928-6249',
  '6000-000000000',
  '8000-2-0000000000',
  '9180-0000000000',
  '9500-00',
];
export const SE_BAD_CHECK_DIGIT = '6789123456788';
export const SE_BAD_CLEARING_CHECK_DIGIT = '8424-1,983 189 224-6';

/**
 * Bankgiro and PlusGiro numbers. Source: barsoom/banktools-se `spec/bankgiro_spec.rb` and
 * `spec/plusgiro_spec.rb`.
 */
export const BANKGIRO_VALID: readonly string[] = ['5402-9681', '297-3675', '640-5070', '902-0033'];
export const BANKGIRO_BAD = '5402-9682';
export const PLUSGIRO_VALID: readonly string[] = ['28 65 43-4', '410 54 68-5', '4-2', '90 20 03-3'];
export const PLUSGIRO_BAD = '410 54 68-6';
