using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>How text becomes terms. Korean has no spaces a shopper can be trusted with (주방세제, 주방 세제), so Hangul
/// runs are cut into overlapping two-syllable grams (CJK bigrams: 주방세제 → 주방 방세 세제), which any spacing of the
/// same words shares; Latin words are lower-cased whole. The near-spelling and 초성 fields are built from those grams by
/// <see cref="Hangul"/> and <see cref="Near"/>, and indexed as given (whitespace-separated).</summary>
public static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public sealed class Bigrams : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    public sealed class Words : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WhitespaceTokenizer(Version, reader);
            return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
        }
    }

    public static readonly Analyzer Text = new Bigrams();

    /// <summary>The analyzer each field is indexed with.</summary>
    public static Analyzer PerField() => new PerFieldAnalyzerWrapper(Text, new Dictionary<string, Analyzer>
    {
        [Fields.Near] = new Words(), [Fields.Initials] = new Words(), [Fields.Words] = new Words(),
    });

    /// <summary>The terms an analyzer makes of a text.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>The spellings one edit from each gram of a text, as index terms (see <see cref="Near"/>).</summary>
    public static string NearGrams(string text) =>
        string.Join(' ', Terms(Text, text).Where(HasNear).SelectMany(Near).Distinct());

    /// <summary>Hangul grams, and Latin words of five letters or more: shorter Latin words have too many neighbours.</summary>
    public static bool HasNear(string term) => term.Any(Hangul.IsSyllable) || term.Length >= 5 && term.All(char.IsAsciiLetter);

    /// <summary>A gram's jamo (세제 → ㅅㅔㅈㅔ) or a Latin word, and each of them with one letter left out (never the
    /// first). Two spellings one edit apart (a letter wrong, missing, extra or swapped) share one of these: 세재 and
    /// 세제 share ㅅㅔㅈ. So a typo is found by looking terms up, not by walking the term dictionary with an automaton
    /// on every search.</summary>
    public static IEnumerable<string> Near(string term)
    {
        var spelling = term.Any(Hangul.IsSyllable) ? Hangul.Jamo(term) : term;
        yield return spelling;
        for (var i = 1; i < spelling.Length; i++) yield return string.Concat(spelling.AsSpan(0, i), spelling.AsSpan(i + 1));
    }

    /// <summary>The 초성 of each Hangul word and of its two- and three-syllable runs: 도시락 → ㄷㅅㄹ ㄷㅅ ㅅㄹ.</summary>
    public static string InitialGrams(string text)
    {
        var grams = new HashSet<string>();
        foreach (var word in text.Split([' ', ',', '(', ')', '/', '·', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var initials = new string(Hangul.Initial(word).Where(Hangul.IsInitialConsonant).ToArray());
            if (initials.Length == 0) continue;
            grams.Add(initials);
            for (var n = 2; n <= 3; n++)
                for (var i = 0; i + n <= initials.Length; i++) grams.Add(initials.Substring(i, n));
        }
        return string.Join(' ', grams);
    }
}

/// <summary>The index's field names.</summary>
public static class Fields
{
    public const string Key = "key", Kind = "kind", Id = "id", EnterpriseId = "enterprise_id", Sales = "sales", TitleHash = "title_hash";
    public const string Title = "title", TitleEn = "title_en";
    /// <summary>Everything a product is found by, in one postings list per gram (see <see cref="Documents.Of(Marketplace.Domain.Catalog.Product)"/>).</summary>
    public const string All = "all";
    public const string Name = "name";
    public const string Near = "near", Initials = "initials", Words = "words", Exact = "exact";
}
