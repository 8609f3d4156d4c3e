using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>A product the index found, with the score it is ranked by.</summary>
/// <param name="TitleKey">The name's hash: two hits with one name are told apart from two names without loading either.</param>
public sealed record SearchHit(int Id, int EnterpriseId, long TitleKey, double Score);

/// <summary>Turns what a shopper typed into a Lucene query and ranks what it finds. Every word must match (in any
/// order, spaced or not, by its two-syllable grams); a word also matches one jamo off (세재 → 세제, tried with a
/// lower weight so exact matches rank first), as 초성 (ㄷㅅㄹ), typed in the wrong keyboard mode (ehtlfkr), or
/// through a synonym (soap → 비누). Names weigh most, then tags, category and the enterprise, then descriptions;
/// a whole-word or whole-name match adds more; sales lift a little. The first page is diversified so one
/// enterprise or one name does not fill it.</summary>
public static class CatalogSearch
{
    public const int MaxCandidates = 500;

    // Tags, category and the enterprise's name share one field: three postings lists per gram instead of five.
    private static readonly (string Field, float Boost)[] Weights = [(Fields.Name, 4f), (Fields.Labels, 2f), (Fields.Description, 0.5f)];

    public static IReadOnlyList<SearchHit> Products(CatalogIndex index, string text, IReadOnlyList<IReadOnlyList<string>> synonyms, int pageSize)
    {
        // The words as typed first; their synonyms only when that finds less than a page; the tolerant query (a jamo
        // off, the other keyboard mode) only when nothing is found. A common query pays for one plain query.
        if (Build(text, [], "product", tolerant: false) is not { } exact) return [];
        var hits = index.Read(searcher => Collect(searcher, exact));
        if (hits.Count < pageSize && synonyms.Count > 0 && Build(text, synonyms, "product", tolerant: false) is { } widened) hits = index.Read(searcher => Collect(searcher, widened));
        if (hits.Count == 0 && Build(text, synonyms, "product", tolerant: true) is { } tolerant) hits = index.Read(searcher => Collect(searcher, tolerant));
        return Diversify(hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id).ToList(), pageSize);
    }

    /// <summary>The top hits with the figures ranking needs, read from doc values (no stored-field loading).</summary>
    private static List<SearchHit> Collect(IndexSearcher searcher, Query query)
    {
        var top = searcher.Search(query, MaxCandidates);
        if (top.ScoreDocs.Length == 0) return [];
        var reader = searcher.IndexReader;
        var ids = MultiDocValues.GetNumericValues(reader, Fields.Id);
        var enterprises = MultiDocValues.GetNumericValues(reader, Fields.EnterpriseId);
        var sales = MultiDocValues.GetNumericValues(reader, Fields.Sales);
        var titles = MultiDocValues.GetNumericValues(reader, Fields.TitleHash);
        return top.ScoreDocs.Select(d => new SearchHit((int)ids.Get(d.Doc), (int)enterprises.Get(d.Doc), titles.Get(d.Doc),
            d.Score * (1 + 0.1 * Math.Log10(1 + sales.Get(d.Doc))))).ToList();
    }

    /// <summary>Enterprises whose name matches, for the search page's enterprise row.</summary>
    public static IReadOnlyList<(int Id, string Name, string NameEn)> Enterprises(CatalogIndex index, string text, int max)
    {
        if (Build(text, [], "enterprise", tolerant: false) is not { } query) return [];
        return index.Read(searcher => searcher.Search(query, max).ScoreDocs.Select(d => searcher.Doc(d.Doc))
            .Select(doc => (doc.GetField(Fields.Id).GetInt32Value()!.Value, doc.Get(Fields.Title), doc.Get(Fields.TitleEn))).ToList());
    }

    /// <summary>Names that start with what is being typed (the last word a prefix), for suggestions.</summary>
    /// <param name="kind">"product" or "enterprise": each asked apart, so an enterprise whose name the products carry
    /// (행복 전통 고추장 of 행복푸드) is not crowded out by them.</param>
    public static IReadOnlyList<(int Id, string Title, string TitleEn, bool IsEnterprise)> Suggest(CatalogIndex index, string text, int max, string kind)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var word in words.SkipLast(1)) if (Word(word) is { } q) query.Add(q, Occur.MUST);
        var last = words[^1].ToLowerInvariant();
        var prefix = new BooleanQuery { { new PrefixQuery(new Term(Fields.Words, last)), Occur.SHOULD } };
        if (Hangul.IsInitialsOnly(last)) prefix.Add(new TermQuery(new Term(Fields.Initials, last)), Occur.SHOULD);
        if (last.Length >= 2 && Word(last) is { } whole) prefix.Add(whole, Occur.SHOULD);
        query.Add(prefix, Occur.MUST);
        query.Add(new TermQuery(new Term(Fields.Kind, kind)), Occur.MUST);
        return index.Read(searcher => searcher.Search(query, max * 4).ScoreDocs.Select(d => searcher.Doc(d.Doc))
            .Select(doc => (doc.GetField(Fields.Id).GetInt32Value()!.Value, doc.Get(Fields.Title), doc.Get(Fields.TitleEn), doc.Get(Fields.Key).StartsWith('e')))
            .DistinctBy(s => (s.Item2, s.Item4)).Take(max).ToList());
    }

    /// <summary>On no result: the name of the best match of a looser query (any of the first words, one jamo off), to offer instead.</summary>
    public static string? DidYouMean(CatalogIndex index, string text)
    {
        var loose = new BooleanQuery();
        foreach (var word in Words(text).Take(3))
            foreach (var term in Analyzers.Terms(Analyzers.Text, word).Take(4))
            {
                loose.Add(new TermQuery(new Term(Fields.Name, term)), Occur.SHOULD);
                if (term.Any(Hangul.IsSyllable)) loose.Add(Fuzzy(Fields.Jamo, Hangul.Jamo(term)), Occur.SHOULD);
                else if (term.Length >= 4) loose.Add(Fuzzy(Fields.Name, term), Occur.SHOULD);
            }
        if (loose.Clauses.Count == 0) return null;
        var query = new BooleanQuery { { loose, Occur.MUST }, { new TermQuery(new Term(Fields.Kind, "product")), Occur.MUST } };
        return index.Read(searcher => searcher.Search(query, 1).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(Fields.Title)).FirstOrDefault());
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\t', ',', '+'], StringSplitOptions.RemoveEmptyEntries).Take(12).ToList();

    /// <summary>The whole query: the words as typed, or with a synonym in place, or re-typed in the other keyboard mode.</summary>
    private static Query? Build(string text, IReadOnlyList<IReadOnlyList<string>> synonyms, string kind, bool tolerant)
    {
        var normalized = Documents.Normalize(text);
        var variants = new BooleanQuery();
        void Add(string variant, float boost)
        {
            if (Strict(variant, tolerant) is not { } q) return;
            q.Boost = boost;
            variants.Add(q, Occur.SHOULD);
        }
        Add(normalized, 1f);
        foreach (var group in synonyms)
            foreach (var member in group.Where(m => Contains(normalized, m)))
                foreach (var other in group.Where(o => o != member))
                    Add(normalized.Replace(member, other), 0.8f);
        if (tolerant && normalized.All(c => char.IsAsciiLetter(c) || c == ' ') && Hangul.FromQwerty(normalized) is { } hangul) Add(hangul, 0.7f);
        if (tolerant && normalized.Any(c => Hangul.IsSyllable(c) || Hangul.IsJamo(c)) && Hangul.ToQwerty(normalized) is { } latin) Add(latin, 0.7f);
        if (variants.Clauses.Count == 0) return null;

        var query = new BooleanQuery { { variants, Occur.MUST }, { new TermQuery(new Term(Fields.Kind, kind)), Occur.MUST } };
        // A whole name typed, or whole words of it, rank above a part of a word.
        query.Add(new TermQuery(new Term(Fields.Exact, normalized)) { Boost = 8f }, Occur.SHOULD);
        foreach (var word in Words(normalized)) query.Add(new TermQuery(new Term(Fields.Words, word)) { Boost = 2f }, Occur.SHOULD);
        return query;
    }

    // Whole words only: "비누" is in "천연 비누" and in "천연비누", not the "누" of another word.
    private static bool Contains(string text, string phrase) => $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal) || text == phrase
        || (phrase.Any(Hangul.IsSyllable) && text.Replace(" ", "").Contains(phrase.Replace(" ", ""), StringComparison.Ordinal));

    /// <summary>Every word must match.</summary>
    private static BooleanQuery? Strict(string text, bool tolerant = false)
    {
        var all = new BooleanQuery();
        foreach (var word in Words(text)) if (Word(word, tolerant) is { } q) all.Add(q, Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>One word: its grams in any field (most of them, for a long word whose spacing differs), or one jamo
    /// off each (lower), or its 초성.</summary>
    private static Query? Word(string word, bool tolerant = false)
    {
        if (Hangul.IsInitialsOnly(word))
        {
            if (word.Length <= 3) return new TermQuery(new Term(Fields.Initials, word));
            var grams = new BooleanQuery();
            for (var i = 0; i + 3 <= word.Length; i++) grams.Add(new TermQuery(new Term(Fields.Initials, word.Substring(i, 3))), Occur.MUST);
            return grams;
        }
        var terms = Analyzers.Terms(Analyzers.Text, word);
        if (terms.Count == 0) return null;
        var needed = terms.Count <= 2 ? terms.Count : (int)Math.Ceiling(terms.Count * 2 / 3.0);

        var exact = new BooleanQuery { MinimumNumberShouldMatch = needed };
        var fuzzy = new BooleanQuery { MinimumNumberShouldMatch = needed };
        foreach (var term in terms)
        {
            var anyField = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in Weights) anyField.Add(new TermQuery(new Term(field, term)) { Boost = boost });
            exact.Add(anyField, Occur.SHOULD);
            // One jamo off a two-syllable gram (세재 for 세제); a Latin word of five letters or more, one letter off.
            if (term.Any(Hangul.IsSyllable)) fuzzy.Add(Fuzzy(Fields.Jamo, Hangul.Jamo(term)), Occur.SHOULD);
            else if (term.Length >= 5) fuzzy.Add(Fuzzy(Fields.Name, term), Occur.SHOULD);
            else fuzzy.Add(new TermQuery(new Term(Fields.Name, term)), Occur.SHOULD);
        }
        fuzzy.Boost = 0.3f;
        var combined = new BooleanQuery { { exact, Occur.SHOULD } };
        if (tolerant) combined.Add(fuzzy, Occur.SHOULD);
        // 유기농쌀 for 유기농 쌀: a syllable standing alone in a name is a term of its own; it lifts the product that has it.
        if (word.Length >= 3 && word.All(Hangul.IsSyllable))
            foreach (var syllable in word.Distinct()) combined.Add(new TermQuery(new Term(Fields.Name, syllable.ToString())) { Boost = 3f }, Occur.SHOULD);
        return combined;
    }

    /// <summary>One edit away, the first letter (jamo) kept, at most 20 spellings tried: typos, not every neighbour.</summary>
    private static FuzzyQuery Fuzzy(string field, string text) => new(new Term(field, text), maxEdits: 1, prefixLength: 1, maxExpansions: 20, transpositions: true);

    /// <summary>The first page keeps no three in a row from one enterprise, nor three of one name, while other good
    /// matches wait: the next best that breaks the run moves up. Below the first page the order is the score's.</summary>
    private static IReadOnlyList<SearchHit> Diversify(List<SearchHit> ranked, int pageSize)
    {
        var result = new List<SearchHit>(ranked.Count);
        var waiting = new List<SearchHit>(ranked);
        while (waiting.Count > 0 && result.Count < pageSize)
        {
            var pick = waiting.Take(pageSize * 2).FirstOrDefault(h => !Repeats(result, h)) ?? waiting[0];
            result.Add(pick);
            waiting.Remove(pick);
        }
        result.AddRange(waiting);
        return result;
    }

    private static bool Repeats(List<SearchHit> placed, SearchHit next) =>
        placed.Count >= 2 && (placed[^1].EnterpriseId == next.EnterpriseId && placed[^2].EnterpriseId == next.EnterpriseId
            || placed[^1].TitleKey == next.TitleKey && placed[^2].TitleKey == next.TitleKey);
}
