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
/// same words shares; Latin words are lower-cased whole. The jamo and 초성 fields are built from those grams by
/// <see cref="Hangul"/> and indexed as given (whitespace-separated).</summary>
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
        [Fields.Jamo] = new Words(), [Fields.Initials] = new Words(), [Fields.Words] = new Words(),
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

    /// <summary>The jamo of each Hangul gram of a text: 세제 → ㅅㅔㅈㅔ, for typo-tolerant matching.</summary>
    public static string JamoGrams(string text) =>
        string.Join(' ', Terms(Text, text).Where(t => t.Any(Hangul.IsSyllable)).Select(Hangul.Jamo));

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
    public const string Name = "name", Labels = "labels", Description = "desc";
    public const string Jamo = "jamo", Initials = "initials", Words = "words", Exact = "exact";
}
