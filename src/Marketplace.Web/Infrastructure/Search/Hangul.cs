using System.Text;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>What Korean search needs of Hangul, by Unicode's arithmetic on precomposed syllables (U+AC00..U+D7A3):
/// a syllable's jamo (for typo tolerance: 세재 and 세제 differ by one jamo), its initial consonant (초성 search:
/// ㄷㅅㄹ finds 도시락), and the 2-set (두벌식) keyboard, both ways (ehtlfkr is 도시락 typed in English mode).</summary>
public static class Hangul
{
    private const int First = 0xAC00, Last = 0xD7A3, MedialCount = 21, FinalCount = 28;

    // Compatibility jamo, as people type and read them.
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string Medials = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private static readonly string[] Finals = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"];

    public static bool IsSyllable(char c) => c is >= (char)First and <= (char)Last;

    /// <summary>A compatibility jamo (ㄱ..ㅣ), as typed alone.</summary>
    public static bool IsJamo(char c) => c is >= '\u3131' and <= '\u3163';

    public static bool IsInitialConsonant(char c) => Initials.Contains(c);

    /// <summary>세제 → ㅅㅔㅈㅔ; other characters stay. Double finals stay one jamo, which is how they are typed wrong.</summary>
    public static string Jamo(string text)
    {
        var jamo = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (!IsSyllable(c)) { jamo.Append(c); continue; }
            var index = c - First;
            jamo.Append(Initials[index / (MedialCount * FinalCount)]).Append(Medials[index % (MedialCount * FinalCount) / FinalCount]).Append(Finals[index % FinalCount]);
        }
        return jamo.ToString();
    }

    /// <summary>도시락 → ㄷㅅㄹ; other characters stay.</summary>
    public static string Initial(string text)
    {
        var initials = new StringBuilder(text.Length);
        foreach (var c in text) initials.Append(IsSyllable(c) ? Initials[(c - First) / (MedialCount * FinalCount)] : c);
        return initials.ToString();
    }

    /// <summary>True for a query of initial consonants only (ㄷㅅㄹ), which is 초성 search.</summary>
    public static bool IsInitialsOnly(string text) => text.Length > 0 && text.All(c => IsInitialConsonant(c) || c == ' ');

    // The 2-set layout: each compatibility jamo and the key it sits on (shifted keys for the double consonants and ㅒ ㅖ).
    private static readonly (char Jamo, char Key)[] Keys =
    [
        ('ㅂ', 'q'), ('ㅈ', 'w'), ('ㄷ', 'e'), ('ㄱ', 'r'), ('ㅅ', 't'), ('ㅛ', 'y'), ('ㅕ', 'u'), ('ㅑ', 'i'), ('ㅐ', 'o'), ('ㅔ', 'p'),
        ('ㅁ', 'a'), ('ㄴ', 's'), ('ㅇ', 'd'), ('ㄹ', 'f'), ('ㅎ', 'g'), ('ㅗ', 'h'), ('ㅓ', 'j'), ('ㅏ', 'k'), ('ㅣ', 'l'),
        ('ㅋ', 'z'), ('ㅌ', 'x'), ('ㅊ', 'c'), ('ㅍ', 'v'), ('ㅠ', 'b'), ('ㅜ', 'n'), ('ㅡ', 'm'),
        ('ㅃ', 'Q'), ('ㅉ', 'W'), ('ㄸ', 'E'), ('ㄲ', 'R'), ('ㅆ', 'T'), ('ㅒ', 'O'), ('ㅖ', 'P'),
    ];

    private static readonly Dictionary<char, char> JamoOfKey = Keys.ToDictionary(k => k.Key, k => k.Jamo);
    private static readonly Dictionary<char, char> KeyOfJamo = Keys.ToDictionary(k => k.Jamo, k => k.Key);

    // Jamo typed as two keys: compound vowels and double finals.
    private static readonly Dictionary<(char, char), char> Compounds = new()
    {
        [('ㅗ', 'ㅏ')] = 'ㅘ', [('ㅗ', 'ㅐ')] = 'ㅙ', [('ㅗ', 'ㅣ')] = 'ㅚ', [('ㅜ', 'ㅓ')] = 'ㅝ', [('ㅜ', 'ㅔ')] = 'ㅞ', [('ㅜ', 'ㅣ')] = 'ㅟ', [('ㅡ', 'ㅣ')] = 'ㅢ',
        [('ㄱ', 'ㅅ')] = 'ㄳ', [('ㄴ', 'ㅈ')] = 'ㄵ', [('ㄴ', 'ㅎ')] = 'ㄶ', [('ㄹ', 'ㄱ')] = 'ㄺ', [('ㄹ', 'ㅁ')] = 'ㄻ', [('ㄹ', 'ㅂ')] = 'ㄼ',
        [('ㄹ', 'ㅅ')] = 'ㄽ', [('ㄹ', 'ㅌ')] = 'ㄾ', [('ㄹ', 'ㅍ')] = 'ㄿ', [('ㄹ', 'ㅎ')] = 'ㅀ', [('ㅂ', 'ㅅ')] = 'ㅄ',
    };

    private static readonly Dictionary<char, (char, char)> Split = Compounds.ToDictionary(c => c.Value, c => c.Key);

    private static bool IsVowel(char c) => Medials.Contains(c);

    /// <summary>Hangul typed with the keyboard in English mode, back to Hangul: "ehtlfkr" → 도시락, "tpwp" → 세제.
    /// Null when the letters do not spell Hangul (a real English word such as "soap" mostly does not).</summary>
    public static string? FromQwerty(string typed)
    {
        var jamo = new List<char>();
        foreach (var c in typed)
        {
            if (c == ' ') { jamo.Add(' '); continue; }
            // Upper case means shift only for the keys that have a shifted jamo; otherwise it is the same key.
            if (JamoOfKey.TryGetValue(c, out var j) || JamoOfKey.TryGetValue(char.ToLowerInvariant(c), out j)) jamo.Add(j);
            else return null;
        }
        return Compose(jamo);
    }

    /// <summary>English typed with the keyboard in Korean mode: "ㄴㅐ메" → "soap".</summary>
    public static string? ToQwerty(string typed)
    {
        var keys = new StringBuilder();
        foreach (var c in Jamo(typed))
        {
            if (c == ' ') { keys.Append(' '); continue; }
            if (KeyOfJamo.TryGetValue(c, out var key)) { keys.Append(char.ToLowerInvariant(key)); continue; }
            if (Split.TryGetValue(c, out var pair)) { keys.Append(KeyOfJamo[pair.Item1]).Append(KeyOfJamo[pair.Item2]); continue; }
            return null;
        }
        return keys.ToString();
    }

    /// <summary>Jamo as a keyboard sends them, to syllables, the way a Hangul input method composes them:
    /// a consonant after a vowel is held as a final until the next key shows whether it starts the next syllable.</summary>
    private static string? Compose(List<char> jamo)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < jamo.Count)
        {
            var c = jamo[i];
            if (c == ' ' || !IsInitialConsonant(c) || i + 1 >= jamo.Count || !IsVowel(jamo[i + 1]))
            {
                // A lone jamo (or a space): kept as it is; a query of such is no Hangul word.
                if (c != ' ' && !IsJamo(c)) return null;
                text.Append(c);
                i++;
                continue;
            }
            var initial = c;
            var vowel = jamo[i + 1];
            i += 2;
            if (i < jamo.Count && IsVowel(jamo[i]) && Compounds.TryGetValue((vowel, jamo[i]), out var compoundVowel)) { vowel = compoundVowel; i++; }
            var final = "";
            if (i < jamo.Count && Array.IndexOf(Finals, jamo[i].ToString()) > 0 && !(i + 1 < jamo.Count && IsVowel(jamo[i + 1])))
            {
                final = jamo[i].ToString();
                i++;
                // A double final, unless its second half starts the next syllable.
                if (i < jamo.Count && Compounds.TryGetValue((final[0], jamo[i]), out var doubleFinal) && !(i + 1 < jamo.Count && IsVowel(jamo[i + 1])))
                {
                    final = doubleFinal.ToString();
                    i++;
                }
            }
            text.Append((char)(First + (Initials.IndexOf(initial) * MedialCount + Medials.IndexOf(vowel)) * FinalCount + Array.IndexOf(Finals, final)));
        }
        var composed = text.ToString();
        return composed.Any(IsSyllable) && !composed.Any(IsJamo) ? composed : null;
    }
}
